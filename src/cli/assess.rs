//! `duban assess`: the year-end reward assessment (年底重奖).

use super::*;

#[derive(Debug, Args)]
pub(super) struct AssessArgs {
    /// The year assessed.
    #[arg(long, required_unless_present = "publish")]
    year: Option<i32>,
    /// Assessment date (default: today in the configured time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Scoring model (TOML; default: the shipped model).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Output format: json, csv, xlsx or html.
    #[arg(long, default_value = "json", value_parser = crate::export::ReportFormat::NAMES)]
    format: String,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Compute and print only; save no draft run.
    #[arg(long)]
    no_save: bool,
    /// The year under way as it would end at today's pace (investment carried to December
    /// at the pace so far): printed, marked provisional, never saved or published.
    #[arg(long, conflicts_with_all = ["as_of", "no_save"])]
    provisional: bool,
    /// Publish the draft run with this id (immutable from then on).
    #[arg(long, value_name = "ID", conflicts_with_all = ["year", "as_of", "model", "no_save"])]
    publish: Option<i64>,
}

pub(super) fn assess_cmd(settings: &Settings, args: AssessArgs) -> CliResult {
    use crate::store::assessments;
    let fmt = crate::export::ReportFormat::parse(&args.format).ok_or_else(|| {
        format!(
            "--format: {:?} is not one of {}",
            args.format,
            crate::export::ReportFormat::allowed()
        )
    })?;
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    if let Some(id) = args.publish {
        let run = assessments::publish(&mut conn, &ctx, id).map_err(|e| e.to_string())?;
        eprintln!(
            "assessment #{} for {} published by {}",
            run.id, run.year, ctx.actor
        );
        return Ok(());
    }
    let year = args.year.ok_or("--year is required")?;
    // A shipped model may be named (`--model 2020`) where no such file is.
    let model = match &args.model {
        Some(path) if !path.exists() && shipped(path) => Some(path.display().to_string()),
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| format!("--model {}: {e}", path.display()))?,
        ),
        None => None,
    };
    if args.provisional {
        let result =
            assessments::provisional(&mut conn, &ctx, settings.timezone, year, model.as_deref())
                .map_err(|e| e.to_string())?;
        let bytes = serde_json::to_vec_pretty(&result).map_err(|e| e.to_string())?;
        eprintln!(
            "provisional: {year} as it would end at today's pace ({}); not saved, not publishable",
            ctx.today
        );
        return write_out(args.output.as_deref(), &bytes);
    }
    let run = if args.no_save {
        let as_of =
            assessments::check_period(ctx.today, year, args.as_of).map_err(|e| e.to_string())?;
        let (m, text) =
            assessments::parse_model("model", model.as_deref()).map_err(|e| e.to_string())?;
        let result = assessments::compute(
            &mut conn,
            settings.timezone,
            year,
            as_of,
            &m,
            Default::default(),
        )
        .map_err(|e| e.to_string())?;
        assessments::Run::unsaved(year, as_of, &ctx, text, result)
    } else {
        assessments::create(
            &mut conn,
            &ctx,
            settings.timezone,
            assessments::NewRun {
                year,
                as_of: args.as_of,
                model,
            },
        )
        .map_err(|e| e.to_string())?
    };
    let bytes = crate::export::assessment(&run, fmt)?;
    write_out(args.output.as_deref(), &bytes)?;
    if let Some(a) = &run.result {
        let saved = if args.no_save {
            "not saved".to_string()
        } else {
            format!("saved as draft #{}", run.id)
        };
        eprintln!(
            "assessment {} as of {}: {} projects, {} units, {} leaders; {saved}",
            a.year,
            a.as_of,
            a.projects.len(),
            a.units.len(),
            a.leaders.len()
        );
    }
    Ok(())
}

/// Whether `--model` names a shipped model (`default`, `2020`).
fn shipped(path: &std::path::Path) -> bool {
    crate::domain::assessment::SHIPPED_MODELS
        .iter()
        .any(|(name, _)| std::path::Path::new(name) == path)
}
