//! `duban export`: the project ledger (台帐) as a sheet.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum ExportCmd {
    /// Every project as one row of the ledger, in the layout offices keep in Excel; with
    /// `--template`, the same layout with one example row, to fill in.
    Ledger {
        #[arg(long, default_value = "xlsx", value_parser = ["xlsx", "csv"])]
        format: String,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The blank layout with an example row.
        #[arg(long)]
        template: bool,
    },
}

pub(super) fn export_cmd(settings: &Settings, cmd: ExportCmd) -> CliResult {
    let ExportCmd::Ledger {
        format,
        output,
        template,
    } = cmd;
    let rows = if template {
        vec![crate::export::ledger::example()]
    } else {
        let mut conn = connect(settings)?;
        run_migrations(&mut conn)?;
        let ctx = Ctx::new("cli:export", &SystemClock, settings.timezone);
        crate::store::ledger::rows(&mut conn, &ctx, &settings.rules).map_err(|e| e.to_string())?
    };
    let bytes = if format == "csv" {
        crate::export::ledger::csv(&rows)?
    } else {
        crate::export::ledger::xlsx(&rows)?
    };
    write_out(output.as_deref(), &bytes)?;
    if output.is_some() {
        println!("{} projects written", if template { 0 } else { rows.len() });
    }
    Ok(())
}
