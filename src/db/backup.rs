//! Backups of the embedded SQLite database, taken while the service runs (`VACUUM INTO`
//! writes a consistent, compacted copy from one read transaction), checked before they are
//! trusted, and restored with the service stopped. PostgreSQL installations back up with
//! `pg_dump` (docs/OPERATIONS.md).

use std::path::{Path, PathBuf};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

/// What a backup holds, for the operator's log.
#[derive(Debug)]
pub struct Checked {
    pub bytes: u64,
    pub projects: i64,
    pub migrations: i64,
}

#[derive(QueryableByName)]
struct One {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Opens a backup file and checks that it is a whole duban database.
pub fn check(file: &Path) -> Result<Checked, String> {
    let name = file.display();
    let bytes = std::fs::metadata(file)
        .map_err(|e| format!("{name}: {e}"))?
        .len();
    let path = file.to_string_lossy();
    let mut c = SqliteConnection::establish(&format!("file:{path}?mode=ro"))
        .map_err(|e| format!("{name}: {e}"))?;
    let ok: One = diesel::sql_query("PRAGMA integrity_check")
        .get_result(&mut c)
        .map_err(|e| format!("{name}: not a SQLite database ({e})"))?;
    if ok.integrity_check != "ok" {
        return Err(format!("{name}: damaged: {}", ok.integrity_check));
    }
    let count = |c: &mut SqliteConnection, sql: &str| -> Result<i64, String> {
        diesel::sql_query(sql)
            .get_result::<Count>(c)
            .map(|r| r.n)
            .map_err(|e| format!("{name}: not a duban database ({e})"))
    };
    Ok(Checked {
        bytes,
        migrations: count(
            &mut c,
            "SELECT COUNT(*) AS n FROM __diesel_schema_migrations",
        )?,
        projects: count(&mut c, "SELECT COUNT(*) AS n FROM projects")?,
    })
}

/// Writes a consistent copy of the live database at `db` to `to` (which must not exist),
/// then checks it.
pub fn backup(db: &Path, to: &Path) -> Result<Checked, String> {
    if to.exists() {
        return Err(format!(
            "{} exists: a backup never overwrites",
            to.display()
        ));
    }
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut c = SqliteConnection::establish(&db.to_string_lossy())
        .map_err(|e| format!("{}: {e}", db.display()))?;
    diesel::sql_query("PRAGMA busy_timeout = 10000")
        .execute(&mut c)
        .map_err(|e| e.to_string())?;
    // The path is a value of the statement, quoted as SQL text.
    let quoted = to.to_string_lossy().replace('\'', "''");
    diesel::sql_query(format!("VACUUM INTO '{quoted}'"))
        .execute(&mut c)
        .map_err(|e| format!("backup to {}: {e}", to.display()))?;
    check(to)
}

/// Puts a checked backup in place of the database at `db`. The service must be stopped:
/// the old database's write-ahead log is removed with it, never replayed onto the backup.
pub fn restore(from: &Path, db: &Path, force: bool) -> Result<Checked, String> {
    let checked = check(from)?;
    if db.exists() && !force {
        return Err(format!(
            "{} exists: stop the service, then restore with --force to replace it",
            db.display()
        ));
    }
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // Copy beside the target, then rename: the database is never half written.
    let staging = sibling(db, ".restoring");
    std::fs::copy(from, &staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    for suffix in ["-wal", "-shm"] {
        let side = sibling(db, suffix);
        if side.exists() {
            std::fs::remove_file(&side).map_err(|e| format!("{}: {e}", side.display()))?;
        }
    }
    std::fs::rename(&staging, db).map_err(|e| format!("{}: {e}", db.display()))?;
    Ok(checked)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}
