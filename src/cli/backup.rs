//! Whole-database copies of the embedded SQLite file: `duban backup` and `duban restore`.

use super::*;

#[derive(Debug, Args)]
pub(super) struct BackupArgs {
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
pub(super) struct RestoreArgs {
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// Replace an existing database.
    #[arg(long)]
    pub force: bool,
}

/// The embedded database's file, or why backups work differently here.
fn sqlite_file(settings: &Settings) -> Result<&std::path::Path, String> {
    match &settings.database {
        crate::db::DbUrl::Sqlite(path) => Ok(path),
        crate::db::DbUrl::Postgres(_) => Err(
            "the database is PostgreSQL: back it up with pg_dump and restore with pg_restore \
             (docs/OPERATIONS.md)"
                .into(),
        ),
    }
}

pub(super) fn backup_cmd(settings: &Settings, to: &std::path::Path) -> CliResult {
    let db = sqlite_file(settings)?;
    if !db.exists() {
        return Err(format!("{}: no database to back up", db.display()));
    }
    let c = crate::db::backup::backup(db, to)?;
    println!(
        "{} → {}: {} bytes, {} projects, {} migrations, integrity ok",
        db.display(),
        to.display(),
        c.bytes,
        c.projects,
        c.migrations
    );
    Ok(())
}

pub(super) fn restore_cmd(settings: &Settings, from: &std::path::Path, force: bool) -> CliResult {
    let db = sqlite_file(settings)?;
    let c = crate::db::backup::restore(from, db, force)?;
    println!(
        "{} → {}: {} projects, {} migrations restored",
        from.display(),
        db.display(),
        c.projects,
        c.migrations
    );
    Ok(())
}
