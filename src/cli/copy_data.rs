//! `duban copy-data`: an installation from its SQLite file to an empty PostgreSQL database.

use super::*;

#[derive(Debug, Args)]
pub(super) struct CopyDataArgs {
    /// `sqlite://PATH` of the installation.
    #[arg(long, value_name = "URL")]
    pub from: String,
    /// `postgres://USER@HOST/DB`, migrated here if needed; it must hold no data.
    #[arg(long, value_name = "URL")]
    pub to: String,
}

pub(super) fn copy_data_cmd(from: &str, to: &str) -> CliResult {
    use crate::db::{DbConn, DbUrl, copy};
    let (src_url, dst_url) = (DbUrl::parse(from)?, DbUrl::parse(to)?);
    match (&src_url, &dst_url) {
        (DbUrl::Sqlite(path), DbUrl::Postgres(_)) if path.exists() => {}
        (DbUrl::Sqlite(path), DbUrl::Postgres(_)) => {
            return Err(format!("--from: {} does not exist", path.display()));
        }
        _ => {
            return Err(
                "copy-data moves a sqlite:// installation to a postgres:// database".into(),
            );
        }
    }
    let open = |u: &DbUrl, which: &str| -> Result<DbConn, String> {
        let mut c = crate::db::establish(u).map_err(|e| format!("{which}: {e}"))?;
        run_migrations(&mut c).map_err(|e| format!("{which}: {e}"))?;
        Ok(c)
    };
    let (mut src, mut dst) = (open(&src_url, "--from")?, open(&dst_url, "--to")?);
    if let Some(t) = copy::sums(&mut dst)?.into_iter().find(|t| t.rows > 0) {
        return Err(format!(
            "--to {}: not empty ({} has {} rows); copy-data only fills an empty database",
            dst_url.display(),
            t.table,
            t.rows
        ));
    }
    let (DbConn::Sqlite(s), DbConn::Postgresql(p)) = (&mut src, &mut dst) else {
        return Err("copy-data moves a sqlite:// installation to a postgres:// database".into());
    };
    copy::copy(s, p)?;
    let (before, after) = (copy::sums(&mut src)?, copy::sums(&mut dst)?);
    let mut rows = 0;
    for (a, b) in before.iter().zip(&after) {
        if a != b {
            return Err(format!(
                "verification failed for {}: {} rows (checksum {:?}) copied as {} rows ({:?}); \
                 drop the target database and try again",
                a.table, a.rows, a.checksum, b.rows, b.checksum
            ));
        }
        rows += a.rows;
    }
    println!(
        "{} → {}: {} tables, {rows} rows copied and verified (counts, and checksums of {} tables)",
        src_url.display(),
        dst_url.display(),
        before.len(),
        before.iter().filter(|t| t.checksum.is_some()).count()
    );
    Ok(())
}
