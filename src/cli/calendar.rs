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
        CalendarCmd::List { year } => {
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
