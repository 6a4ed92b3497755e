//! Applying migrations: `duban migrate`.

use super::*;

pub(super) fn migrate(settings: &Settings) -> CliResult {
    let mut conn = connect(settings)?;
    let ran = run_migrations(&mut conn)?;
    if ran.is_empty() {
        println!("{}: no pending migrations", settings.database.display());
    } else {
        for v in &ran {
            println!("applied {v}");
        }
        println!(
            "{}: {} migration(s) applied",
            settings.database.display(),
            ran.len()
        );
    }
    Ok(())
}
