//! `duban scan`: the day's flags and reminders, once, by hand.

use super::*;

#[derive(Debug, Args)]
pub(super) struct ScanArgs {
    /// The day to scan as (default: today in the configured time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<NaiveDate>,
    /// Print what would be flagged and sent; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub(super) fn scan_cmd(settings: &Settings, as_of: Option<NaiveDate>, dry_run: bool) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let day = as_of.unwrap_or_else(|| SystemClock.today(settings.timezone));
    let now = db_timestamp(SystemClock.now());
    let cfg = serve::scheduling(settings).scan_config(settings.timezone);
    let r = crate::scheduler::scan::scan(&mut conn, &cfg, day, now, dry_run)
        .map_err(|e| e.to_string())?;
    println!(
        "scan as of {day}{}{}: {} overdue ({} escalated to unit heads, {} to leaders), {} due soon, {} open problems",
        if r.working_day {
            ""
        } else {
            " (not a working day: no reminders)"
        },
        if dry_run {
            ", dry run: nothing written"
        } else {
            ""
        },
        r.overdue,
        r.escalated_unit_head,
        r.escalated_leader,
        r.due_soon,
        r.open_problems
    );
    println!(
        "flags: {} raised, {} cleared",
        r.flags_raised, r.flags_cleared
    );
    println!(
        "messages: {}{}",
        r.messages.len(),
        if dry_run {
            String::new()
        } else {
            format!(" ({} new in the outbox)", r.enqueued)
        }
    );
    for m in &r.messages {
        println!("  {} <{}>: {} [{} items]", m.name, m.to, m.subject, m.items);
    }
    if !r.unreachable.is_empty() {
        println!(
            "no address or inactive, not told: {}",
            r.unreachable.join(", ")
        );
    }
    Ok(())
}
