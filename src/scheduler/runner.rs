//! Runs the daily scan exactly once per day across any number of instances sharing one
//! database: the run is claimed with a lease row (`scheduler_runs`, unique per job and
//! day) by insert, or by compare-and-set when an earlier claimant's lease ran out without
//! finishing. The outbox's deduplication keys make even a repeated scan harmless.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::scan::{ScanConfig, ScanReport, scan};
use crate::db::DbConn;
use crate::db::schema::scheduler_runs;
use crate::error::AppResult;

pub const DAILY_SCAN: &str = "daily_scan";
pub const RUN_LEASE: Duration = Duration::minutes(15);

/// Tries to take today's run; true when this caller now holds it.
pub fn claim_run(
    conn: &mut DbConn,
    job: &str,
    day: NaiveDate,
    me: &str,
    now: NaiveDateTime,
) -> AppResult<bool> {
    let values = (
        scheduler_runs::job.eq(job),
        scheduler_runs::day.eq(day),
        scheduler_runs::claimed_by.eq(me),
        scheduler_runs::claimed_at.eq(now),
        scheduler_runs::lease_until.eq(now + RUN_LEASE),
    );
    let inserted = match conn {
        DbConn::Sqlite(c) => diesel::insert_or_ignore_into(scheduler_runs::table)
            .values(values)
            .execute(c)?,
        DbConn::Postgresql(c) => diesel::insert_into(scheduler_runs::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    if inserted == 1 {
        return Ok(true);
    }
    // Someone claimed it; take over only an unfinished run whose lease has lapsed, or one
    // in this caller's own name: it runs one day at a time, so such a claim is one whose
    // answer was lost (the connection cut at the commit) or whose finish was not written,
    // and waiting out the lease would only delay the day's reminders.
    let taken = diesel::update(
        scheduler_runs::table
            .filter(scheduler_runs::job.eq(job))
            .filter(scheduler_runs::day.eq(day))
            .filter(scheduler_runs::finished_at.is_null())
            .filter(
                scheduler_runs::lease_until
                    .lt(now)
                    .or(scheduler_runs::claimed_by.eq(me)),
            ),
    )
    .set((
        scheduler_runs::claimed_by.eq(me),
        scheduler_runs::claimed_at.eq(now),
        scheduler_runs::lease_until.eq(now + RUN_LEASE),
    ))
    .execute(conn)?;
    Ok(taken == 1)
}

pub fn finish_run(
    conn: &mut DbConn,
    job: &str,
    day: NaiveDate,
    me: &str,
    now: NaiveDateTime,
    summary: &str,
) -> AppResult<()> {
    diesel::update(
        scheduler_runs::table
            .filter(scheduler_runs::job.eq(job))
            .filter(scheduler_runs::day.eq(day))
            .filter(scheduler_runs::claimed_by.eq(me)),
    )
    .set((
        scheduler_runs::finished_at.eq(Some(now)),
        scheduler_runs::summary.eq(Some(summary)),
    ))
    .execute(conn)?;
    Ok(())
}

/// Gives up an unfinished claim, so that the day can be claimed again at once.
pub fn release_run(conn: &mut DbConn, job: &str, day: NaiveDate, me: &str) -> AppResult<()> {
    diesel::delete(
        scheduler_runs::table
            .filter(scheduler_runs::job.eq(job))
            .filter(scheduler_runs::day.eq(day))
            .filter(scheduler_runs::claimed_by.eq(me))
            .filter(scheduler_runs::finished_at.is_null()),
    )
    .execute(conn)?;
    Ok(())
}

pub fn finished(conn: &mut DbConn, job: &str, day: NaiveDate) -> AppResult<bool> {
    let n: i64 = scheduler_runs::table
        .filter(scheduler_runs::job.eq(job))
        .filter(scheduler_runs::day.eq(day))
        .filter(scheduler_runs::finished_at.is_not_null())
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The day's scan if this caller wins the claim; `None` when another instance has it.
pub fn run_daily(
    conn: &mut DbConn,
    cfg: &ScanConfig,
    day: NaiveDate,
    me: &str,
    now: NaiveDateTime,
) -> AppResult<Option<ScanReport>> {
    if !claim_run(conn, DAILY_SCAN, day, me, now)? {
        return Ok(None);
    }
    let started = std::time::Instant::now();
    let report = match scan(conn, cfg, day, now, false) {
        Ok(r) => r,
        Err(e) => {
            // Left unclaimed, the next loop (or instance) runs the day again; the outbox's
            // keys keep whatever an earlier attempt queued from going out twice.
            if let Err(release) = release_run(conn, DAILY_SCAN, day, me) {
                tracing::warn!(error = %release, "could not release the failed day's claim");
            }
            return Err(e);
        }
    };
    crate::metrics::scanned(started.elapsed(), report.overdue, report.due_soon);
    let summary = serde_json::json!({
        "overdue": report.overdue, "due_soon": report.due_soon,
        "flags_raised": report.flags_raised, "flags_cleared": report.flags_cleared,
        "enqueued": report.enqueued,
    })
    .to_string();
    finish_run(conn, DAILY_SCAN, day, me, now, &summary)?;
    Ok(Some(report))
}

/// What the loops inside `duban serve` share: the database, the clock, this instance's name
/// in claims, the bell that wakes delivery, and the stop they end on.
#[derive(Clone)]
pub struct Loops {
    pub pool: crate::db::Pool,
    pub clock: crate::clock::SharedClock,
    pub me: String,
    pub wake: std::sync::Arc<tokio::sync::Notify>,
    pub stop: tokio_util::sync::CancellationToken,
}

/// Inside `duban serve`: every half minute, run the day's scan once the configured local
/// time has passed on a working day (so a start-up after that time catches up), and wake the
/// delivery worker after it; until the stop, finishing a scan under way.
pub async fn scan_loop(
    loops: Loops,
    cfg: ScanConfig,
    tz: chrono_tz::Tz,
    scan_at: chrono::NaiveTime,
) {
    let (pool, clock, me) = (loops.pool, loops.clock, loops.me);
    let (wake, stop) = (loops.wake, loops.stop);
    while !stop.is_cancelled() {
        let local = clock.now().with_timezone(&tz);
        let today = local.date_naive();
        if local.time() >= scan_at {
            let (pool, cfg, me2, clock2) = (pool.clone(), cfg.clone(), me.clone(), clock.clone());
            let result =
                actix_web::rt::task::spawn_blocking(move || -> AppResult<Option<ScanReport>> {
                    let mut conn = pool.get()?;
                    let cal = crate::store::calendar::load(&mut conn)?;
                    if !cal.is_working_day(today) || finished(&mut conn, DAILY_SCAN, today)? {
                        return Ok(None);
                    }
                    run_daily(
                        &mut conn,
                        &cfg,
                        today,
                        &me2,
                        crate::clock::db_timestamp(clock2.now()),
                    )
                })
                .await;
            match result {
                Ok(Ok(Some(r))) => {
                    tracing::info!(day = %today, overdue = r.overdue, due_soon = r.due_soon, enqueued = r.enqueued, "daily scan done");
                    wake.notify_one();
                }
                Ok(Ok(None)) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "daily scan failed; will retry"),
                Err(e) => tracing::error!(error = %e, "daily scan panicked; will retry"),
            }
        }
        // A scan under way is finished (it is one transaction); a stop ends the wait.
        tokio::select! {
            () = tokio::time::sleep(std::time::Duration::from_secs(30)) => {}
            () = stop.cancelled() => {}
        }
    }
}

/// Inside `duban serve`: deliver due mail whenever woken, and at least every 15 seconds
/// (retries come due on their own), until the stop (see [`super::deliver::deliver_until`]).
pub async fn delivery_loop(loops: Loops, courier: crate::courier::Courier, max_attempts: u32) {
    let (pool, clock, me) = (loops.pool, loops.clock, loops.me);
    let (wake, stop) = (loops.wake, loops.stop);
    while !stop.is_cancelled() {
        let window = super::deliver::Window::default();
        match super::deliver::deliver_until(
            &pool,
            &courier,
            clock.clone(),
            &me,
            max_attempts,
            window,
            &stop,
        )
        .await
        {
            Ok(r) if r.sent + r.failed + r.dead > 0 => {
                tracing::info!(
                    sent = r.sent,
                    failed = r.failed,
                    dead = r.dead,
                    "mail delivery"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "mail delivery failed; will retry"),
        }
        tokio::select! {
            _ = tokio::time::timeout(std::time::Duration::from_secs(15), wake.notified()) => {}
            () = stop.cancelled() => {}
        }
    }
}
