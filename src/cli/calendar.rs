//! `duban calendar`: the working-day calendar's holidays and make-up working days.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum CalendarCmd {
    /// Make a day a holiday (day off).
    AddHoliday {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
        #[arg(long)]
        note: Option<String>,
    },
    /// Make a day a working day (e.g. a 调休 Saturday).
    AddWorkday {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove an override; the day follows the shipped arrangement again.
    Remove {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
    },
    /// List holidays and make-up working days.
    List {
        #[arg(long)]
        year: Option<i32>,
    },
    /// Enter a year's arrangement (放假调休安排) from a JSON file: an array of
    /// `{"date": "2027-02-06", "kind": "holiday" | "workday", "name": "春节"}`.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

pub(super) fn calendar_cmd(settings: &Settings, cmd: CalendarCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    let set = |conn: &mut DbConn, day, kind, note| {
        crate::store::calendar::set(
            conn,
            &ctx,
            crate::store::calendar::DayInput { day, kind, note },
        )
        .map(|r| println!("{} is now a {}", r.day, r.kind))
        .map_err(|e| e.to_string())
    };
    match cmd {
        CalendarCmd::AddHoliday { day, note } => set(&mut conn, day, DayKind::Holiday, note)?,
        CalendarCmd::AddWorkday { day, note } => set(&mut conn, day, DayKind::Workday, note)?,
        CalendarCmd::Remove { day } => {
            crate::store::calendar::remove(&mut conn, &ctx, day).map_err(|e| e.to_string())?;
            println!("{day}: override removed");
        }
        CalendarCmd::Import { file } => {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let days = crate::store::calendar::parse_arrangement(&text)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            let n = crate::store::calendar::import(&mut conn, &ctx, days)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            println!("{n} days entered from {}", file.display());
        }
        CalendarCmd::List { year } => {
            let missing = crate::store::calendar::missing_arrangements(&mut conn, ctx.today)
                .map_err(|e| e.to_string())?;
            for y in missing
                .iter()
                .filter(|y| year.is_none_or(|asked| asked == **y))
            {
                eprintln!(
                    "warning: the {y} holiday arrangement (放假调休安排) has not been entered: \
                     working days in {y} miss its 调休 days; enter it with `duban calendar import FILE`"
                );
            }
            for d in crate::store::calendar::list(
                &mut conn,
                &crate::store::calendar::CalendarFilter { year },
            )
            .map_err(|e| e.to_string())?
            {
                println!(
                    "{} {} {:8} {}{}",
                    d.day,
                    d.day.format("%a"),
                    d.kind.as_str(),
                    d.source,
                    d.note.map(|n| format!(" — {n}")).unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}
