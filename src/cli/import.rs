//! `duban import`: a ledger sheet (台帐) into the database.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum ImportCmd {
    /// Projects from a ledger sheet (XLSX, XLS, ODS or CSV), matched by 项目编号: new codes
    /// are created, known ones updated field by field, people and units matched by name and
    /// email or created. All or nothing: a sheet with any bad cell is refused, every bad
    /// cell named by row and column, and nothing is written.
    Ledger {
        /// The sheet file.
        file: PathBuf,
        /// The sheet (tab) to read in a workbook (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Show what would change (new / updated / unchanged); write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Create leaders the database does not know yet, instead of refusing them as
        /// possible misspellings (the first import into an empty ledger always may).
        #[arg(long)]
        new_leaders: bool,
    },
}

pub(super) fn import_cmd(settings: &Settings, cmd: ImportCmd) -> CliResult {
    use crate::import::ledger::{self, Step};
    use indicatif::{ProgressBar, ProgressStyle};
    let ImportCmd::Ledger {
        file,
        sheet,
        dry_run,
        new_leaders,
    } = cmd;
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    // Drawn only on a terminal; a pipe or a log gets the summary alone.
    let bar = ProgressBar::new_spinner();
    bar.set_message(format!("reading {}", file.display()));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    let result = ledger::run(
        &mut conn,
        &ctx,
        &bytes,
        sheet.as_deref(),
        dry_run,
        ledger::Options { new_leaders },
        &mut |step| match step {
            Step::Checked(n) => {
                bar.disable_steady_tick();
                bar.set_length(n as u64);
                bar.set_style(
                    ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} rows ({elapsed})")
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                );
                bar.set_message("writing");
            }
            Step::Written(n) => bar.set_position(n as u64),
        },
    );
    bar.finish_and_clear();
    let s = result.map_err(|e| match e {
        crate::error::AppError::Sheet(cells) => {
            let mut out = format!(
                "{}: {} problem(s); nothing was imported",
                file.display(),
                cells.len()
            );
            for c in &cells {
                out.push_str(&format!("\n  {c}"));
            }
            out
        }
        other => format!("{}: {other}", file.display()),
    })?;
    print!("{}", import_report(&s));
    Ok(())
}

/// The import summary as people read it.
fn import_report(s: &crate::import::ledger::Summary) -> String {
    let mut out = String::new();
    let codes = |v: &[String]| {
        if v.len() > 10 {
            format!(
                "{} …",
                v.iter().take(10).cloned().collect::<Vec<_>>().join(", ")
            )
        } else {
            v.join(", ")
        }
    };
    if s.nothing_changed {
        out.push_str(&format!(
            "{} rows read: every row matches the ledger; nothing to change\n",
            s.rows
        ));
    } else {
        out.push_str(&format!(
            "{} rows read: {} new, {} updated, {} unchanged\n",
            s.rows,
            s.created.len(),
            s.updated.len(),
            s.unchanged
        ));
    }
    if !s.created.is_empty() {
        out.push_str(&format!("  new: {}\n", codes(&s.created)));
    }
    for u in s.updated.iter().take(50) {
        out.push_str(&format!(
            "  updated row {} {}: {}\n",
            u.row,
            u.code,
            u.changes.join("; ")
        ));
    }
    if s.updated.len() > 50 {
        out.push_str(&format!("  … and {} more updated\n", s.updated.len() - 50));
    }
    if !s.new_units.is_empty() {
        out.push_str(&format!("  new units: {}\n", codes(&s.new_units)));
    }
    if !s.new_people.is_empty() {
        out.push_str(&format!("  new people: {}\n", codes(&s.new_people)));
    }
    if s.contacts_updated > 0 {
        out.push_str(&format!(
            "  contact details filled in for {} people\n",
            s.contacts_updated
        ));
    }
    for w in &s.warnings {
        out.push_str(&format!("  warning: {w}\n"));
    }
    if s.dry_run {
        out.push_str("dry run: nothing was written\n");
    }
    out
}
