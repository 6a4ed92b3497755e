//! `duban report`: the supervision office's inspection reports.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum ReportCmd {
    /// Issue the inspection report: numbered (督查通报 YYYY 第 N 期) and stored unchanged.
    Issue {
        /// The date the report describes (default today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Issue again a date already issued, replacing the report with this id (it stays,
        /// marked superseded).
        #[arg(long, value_name = "ID")]
        replaces: Option<i64>,
    },
    /// The inspection report (督查通报) as it stood on a date.
    Inspection {
        /// Report date (default: today in the configured time zone).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Only this leader's projects (person id).
        #[arg(long)]
        leader: Option<i64>,
        /// Only this unit's projects (unit id).
        #[arg(long)]
        unit: Option<i64>,
        /// Only this category (industrial, infrastructure, services, ...).
        #[arg(long)]
        category: Option<String>,
        /// Output format: json, csv (UTF-8 with BOM, for Excel), xlsx (an Excel workbook) or
        /// html (a printable A4 bulletin).
        #[arg(long, default_value = "json", value_parser = crate::export::ReportFormat::NAMES)]
        format: String,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

pub(super) fn report_cmd(settings: &Settings, cmd: ReportCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    match cmd {
        ReportCmd::Issue { as_of, replaces } => {
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let r = crate::store::reports::issue(
                &mut conn,
                &ctx,
                settings.timezone,
                &settings.rules,
                crate::store::reports::IssueInput {
                    as_of,
                    replaces,
                    letterhead: Some(settings.letterhead.clone()),
                },
            )
            .map_err(|e| e.to_string())?;
            println!("issued {} (#{}) as of {}", r.title, r.id, r.as_of);
        }
        ReportCmd::Inspection {
            as_of,
            leader,
            unit,
            category,
            format,
            output,
        } => {
            let category = match category {
                Some(c) => Some(crate::domain::project::Category::parse(&c).ok_or_else(|| {
                    format!(
                        "--category: {c:?} is not one of {}",
                        crate::domain::project::Category::allowed()
                    )
                })?),
                None => None,
            };
            let fmt = crate::export::ReportFormat::parse(&format).ok_or_else(|| {
                format!(
                    "--format: {format:?} is not one of {}",
                    crate::export::ReportFormat::allowed()
                )
            })?;
            let f = crate::store::reports::InspectionFilter {
                as_of,
                leader,
                unit,
                category,
                format: Some(format),
                ..Default::default()
            };
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let r = crate::store::reports::inspection(
                &mut conn,
                &ctx,
                settings.timezone,
                &settings.rules,
                &f,
            )
            .map_err(|e| e.to_string())?;
            let bytes = crate::export::inspection(&r, fmt)?;
            match output {
                Some(path) => {
                    std::fs::write(&path, bytes)
                        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    println!(
                        "inspection report as of {}: {} projects, start rate {}, on-time rate {} → {}",
                        r.as_of,
                        r.summary.projects,
                        r.summary
                            .start_rate
                            .map(|p| format!("{p} %"))
                            .unwrap_or_else(|| "-".into()),
                        r.summary
                            .on_time_rate
                            .map(|p| format!("{p} %"))
                            .unwrap_or_else(|| "-".into()),
                        path.display()
                    );
                }
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(&bytes)
                        .map_err(|e| e.to_string())?;
                }
            }
        }
    }
    Ok(())
}
