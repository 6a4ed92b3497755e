//! Delivery of queued mail, one message at a time through a small window.
//!
//! The promise, per outbox row: **at least once, and twice only if the worker died while
//! that message was in flight.** How it is kept:
//! - a worker claims only what it is about to send (at most [`Window::in_flight`] rows), and
//!   each claim is committed before the send starts;
//! - each outcome is written as soon as the mail server answers that message, not after a
//!   batch, so a crash loses the outcomes of the in-flight messages only;
//! - while the worker lives it renews the lease of the rows it holds, so a slow server never
//!   lets a second worker take a row that is still being sent;
//! - a dead worker's rows wait for their lease to run out, then go out again with the same
//!   Message-ID, so a receiving system can tell the copy;
//! - a worker told to stop (SIGTERM, Ctrl-C) claims nothing more, waits up to [`GRACE`] for
//!   the answers to what it has in flight and records them, and gives back the claims of
//!   any still unanswered, so that another worker sends them at once rather than after the
//!   lease (such a message, if its end had reached the server, may arrive twice, as after a
//!   crash).

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use chrono::Duration;
use futures_util::stream::FuturesUnordered;
use futures_util::{FutureExt, StreamExt};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::clock::{Clock, SharedClock, db_timestamp};
use crate::courier::{Courier, Outcome};
use crate::db::Pool;
use crate::db::models::{Channel, OutboxRow};
use crate::error::{AppError, AppResult};
use crate::mail::SendError;
use crate::store::{channels, outbox};

/// How long a claim holds before another worker may take the row, unless renewed.
pub const LEASE: Duration = Duration::minutes(5);
/// Messages claimed and in flight at once over the pooled SMTP connections.
pub const IN_FLIGHT: usize = 16;
/// How long a worker told to stop waits for the answers to the messages in flight (within
/// systemd's and docker's stop timeouts, 90 and 10 s by default: set docker's to 30 s).
pub const GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// How much a worker holds and for how long.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    /// The claim's lease; renewed every third of it while the worker sends.
    pub lease: Duration,
    /// The most rows a worker holds at once: at a crash, at most these are delayed until
    /// their lease runs out, and only these may reach a recipient twice.
    pub in_flight: usize,
    /// How long a worker told to stop waits for the answers to what it has in flight.
    pub grace: std::time::Duration,
}

impl Default for Window {
    fn default() -> Self {
        Self {
            lease: LEASE,
            in_flight: IN_FLIGHT,
            grace: GRACE,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
    pub dead: usize,
    /// Held back by a channel's rate, a robot's pause or the quiet hours: due again later,
    /// no attempt counted.
    pub deferred: usize,
}

async fn blocking<T: Send + 'static>(
    pool: &Pool,
    f: impl FnOnce(&mut crate::db::DbConn) -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    let pool = pool.clone();
    actix_web::rt::task::spawn_blocking(move || {
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await
    .map_err(AppError::internal)?
}

/// Sends everything that is due now with the default window; returns what happened.
pub async fn deliver_pending(
    pool: &Pool,
    courier: &Courier,
    clock: SharedClock,
    worker: &str,
    max_attempts: u32,
) -> AppResult<DeliveryReport> {
    let never = CancellationToken::new();
    deliver_until(
        pool,
        courier,
        clock,
        worker,
        max_attempts,
        Window::default(),
        &never,
    )
    .await
}

/// Renews the lease of the rows a worker holds until dropped.
struct Renewal {
    held: Arc<Mutex<HashSet<i64>>>,
    task: actix_web::rt::task::JoinHandle<()>,
}

impl Renewal {
    fn start(pool: &Pool, clock: SharedClock, worker: &str, lease: Duration) -> Self {
        let held: Arc<Mutex<HashSet<i64>>> = Arc::default();
        let every = (lease / 3)
            .to_std()
            .unwrap_or(std::time::Duration::from_secs(1));
        let (pool, mine, worker) = (pool.clone(), held.clone(), worker.to_string());
        let task = actix_web::rt::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let ids: Vec<i64> = lock(&mine).iter().copied().collect();
                if ids.is_empty() {
                    continue;
                }
                let until = db_timestamp(clock.now()) + lease;
                let who = worker.clone();
                if let Err(e) = blocking(&pool, move |c| outbox::renew(c, &ids, &who, until)).await
                {
                    tracing::warn!(error = %e, "mail lease not renewed; will try again");
                }
            }
        });
        Self { held, task }
    }
}

impl Drop for Renewal {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn lock(held: &Mutex<HashSet<i64>>) -> std::sync::MutexGuard<'_, HashSet<i64>> {
    // A panic elsewhere cannot leave a half-updated set of ids: keep using it.
    held.lock().unwrap_or_else(|e| e.into_inner())
}

/// Sends everything that is due now through `window`, until `stop`: then nothing more is
/// claimed, what is in flight is finished within the window's grace and recorded, and the claims of
/// what the server has not answered by then are given back.
pub async fn deliver_until(
    pool: &Pool,
    courier: &Courier,
    clock: SharedClock,
    worker: &str,
    max_attempts: u32,
    window: Window,
    stop: &CancellationToken,
) -> AppResult<DeliveryReport> {
    // A round starts holding nothing: any claim in this worker's name is one whose answer
    // was lost in the last round (the database cut at the commit), never sent.
    let (who, now) = (worker.to_string(), db_timestamp(clock.now()));
    let lost = blocking(pool, move |c| outbox::take_back_lost(c, &who, now)).await?;
    if lost > 0 {
        tracing::warn!(
            taken_back = lost,
            "claims whose answer was lost are due again"
        );
    }
    let renewal = Renewal::start(pool, clock.clone(), worker, window.lease);
    let mut report = DeliveryReport::default();
    let mut sending = FuturesUnordered::new();
    // Answers the server has given that are not yet written. The database is written while
    // the other connections go on (`alongside`): a commit that waits for the disk (on
    // PostgreSQL, a WAL flush) does not hold up the mail in flight.
    let mut answered: Vec<(OutboxRow, Outcome)> = Vec::new();
    let mut drained = false;
    let mut failed_claim = None;
    let mut grace_ends: Option<tokio::time::Instant> = None;
    // Claims are made for a quarter of the window at a time, not one row per answer: each
    // claim is a transaction.
    let refill = (window.in_flight / 4).max(1);
    loop {
        // Answered but not yet written is still claimed in the database: counted, so that
        // a sender killed at any moment holds at most its window (it held 20 of 16 when
        // claims were made beside unwritten answers).
        let free = window
            .in_flight
            .max(1)
            .saturating_sub(sending.len() + answered.len());
        if !drained && (free >= refill || sending.is_empty()) && free > 0 && !stop.is_cancelled() {
            let now = db_timestamp(clock.now());
            let who = worker.to_string();
            let (lease, want) = (window.lease, free as i64);
            let claim = blocking(pool, move |c| {
                let rows = outbox::claim(c, now, lease, &who, want)?;
                let ids: Vec<i64> = rows.iter().filter_map(|r| r.channel_id).collect();
                let found = if ids.is_empty() {
                    vec![]
                } else {
                    channels::by_ids(c, &ids)?
                };
                Ok((rows, found))
            });
            match alongside(claim, &mut sending, &mut answered).await {
                Ok((rows, found)) => {
                    drained = rows.len() < free;
                    lock(&renewal.held).extend(rows.iter().map(|r| r.id));
                    let found: Arc<Vec<Channel>> = Arc::new(found);
                    for row in rows {
                        sending.push(send_one(pool, courier, clock.clone(), found.clone(), row));
                    }
                }
                // The messages already in flight are still finished and recorded: dropping
                // them here would send them again after their lease.
                Err(e) => {
                    drained = true;
                    failed_claim = Some(e);
                }
            }
        }
        if stop.is_cancelled() && grace_ends.is_none() {
            grace_ends = Some(tokio::time::Instant::now() + window.grace);
        }
        if answered.is_empty() {
            let next = match grace_ends {
                // Stopping: only the answers that come within the grace are waited for.
                // Nothing answered is unwritten here, so every claim still held is of mail
                // the server has not answered.
                Some(end) => match tokio::time::timeout_at(end, sending.next()).await {
                    Ok(next) => next,
                    Err(_) => {
                        let ids: Vec<i64> = lock(&renewal.held).iter().copied().collect();
                        let (who, now) = (worker.to_string(), db_timestamp(clock.now()));
                        let given = ids.len();
                        blocking(pool, move |c| outbox::release(c, &ids, &who, now)).await?;
                        tracing::warn!(
                            given_back = given,
                            "stopped with mail unanswered; its claims are given back"
                        );
                        return Ok(report);
                    }
                },
                None => tokio::select! {
                    next = sending.next() => next,
                    // Told to stop while waiting: look again, now with the grace running.
                    () = stop.cancelled() => continue,
                },
            };
            match next {
                Some(first) => answered.push(first),
                None => {
                    return match failed_claim {
                        Some(e) => Err(e),
                        None => Ok(report),
                    };
                }
            }
        }
        // Whatever else the server has answered meanwhile is written in the same
        // transaction: one commit, so that the record keeps up with a fast server.
        while let Some(Some(more)) = sending.next().now_or_never() {
            answered.push(more);
        }
        let batch = std::mem::take(&mut answered);
        let ids: Vec<i64> = batch.iter().map(|(row, _)| row.id).collect();
        let written = record(pool, clock.as_ref(), batch, max_attempts, window);
        for status in alongside(written, &mut sending, &mut answered).await? {
            match status {
                outbox::Status::Sent => report.sent += 1,
                outbox::Status::Dead => report.dead += 1,
                outbox::Status::Pending => report.deferred += 1,
                _ => report.failed += 1,
            }
        }
        let mut held = lock(&renewal.held);
        for id in ids {
            held.remove(&id);
        }
    }
}

/// Runs `work` (a write or a claim) to its end while the mail in flight goes on; the
/// answers that come meanwhile are kept in `answered`, for the next write.
async fn alongside<T, S>(
    work: impl std::future::Future<Output = T>,
    sending: &mut FuturesUnordered<S>,
    answered: &mut Vec<S::Output>,
) -> T
where
    S: std::future::Future,
{
    let mut work = std::pin::pin!(work);
    loop {
        tokio::select! {
            biased;
            out = &mut work => return out,
            Some(done) = sending.next(), if !sending.is_empty() => answered.push(done),
        }
    }
}

/// Sends one row: a channel's row first waits out the quiet hours and takes a slot of the
/// channel's rate (counted in the database, across instances), then goes through the
/// courier, which sends mail as well.
async fn send_one(
    pool: &Pool,
    courier: &Courier,
    clock: SharedClock,
    found: Arc<Vec<Channel>>,
    row: OutboxRow,
) -> (OutboxRow, Outcome) {
    let now = clock.now();
    let channel = row
        .channel_id
        .and_then(|id| found.iter().find(|c| c.id == id));
    if let Some(channel) = channel.filter(|c| c.removed_at.is_none()) {
        if let Some(until) = courier.held_back(channel, now) {
            return (row, Outcome::wait(until, "quiet hours: sent when they end"));
        }
        let (id, at) = (channel.id, db_timestamp(now));
        match blocking(pool, move |c| channels::reserve(c, id, at)).await {
            Ok(channels::Slot::Go) => {}
            Ok(channels::Slot::Wait(until)) => {
                let reason = format!("channel {}: rate limit, waiting", channel.name);
                return (row, Outcome::wait(until, reason));
            }
            Err(e) => {
                let failed = SendError {
                    message: format!("rate not checked: {e}"),
                    permanent: false,
                };
                return (row, Outcome::Failed(failed));
            }
        }
    }
    let outcome = courier.send(&row, channel, now).await;
    (row, outcome)
}

/// Writes the outcomes the server has given. The database may be briefly away (a restart):
/// the write is tried again for up to half the lease, which the renewal keeps alive
/// meanwhile, because an outcome that is never written means the message goes out again.
async fn record(
    pool: &Pool,
    clock: &dyn Clock,
    answered: Vec<(OutboxRow, Outcome)>,
    max_attempts: u32,
    window: Window,
) -> AppResult<Vec<outbox::Status>> {
    for (row, outcome) in &answered {
        if let Outcome::Failed(e) = outcome {
            tracing::warn!(
                to = %row.recipient_email,
                channel = row.channel_id,
                error = %e.message,
                "message not delivered"
            );
        }
    }
    let answered = Arc::new(answered);
    let give_up = std::time::Instant::now() + (window.lease / 2).to_std().unwrap_or_default();
    loop {
        let now = db_timestamp(clock.now());
        let these = answered.clone();
        let written = blocking(pool, move |c| {
            c.transaction(|c| {
                these
                    .iter()
                    .map(|(row, outcome)| match outcome {
                        Outcome::Sent(id) => {
                            outbox::mark_sent(c, row.id, now, id).map(|_| outbox::Status::Sent)
                        }
                        Outcome::Failed(e) => {
                            outbox::mark_failed(c, row, now, &e.message, e.permanent, max_attempts)
                        }
                        Outcome::Deferred {
                            until,
                            reason,
                            pause_channel,
                        } => {
                            if let (true, Some(channel)) = (*pause_channel, row.channel_id) {
                                channels::block(c, channel, *until)?;
                            }
                            outbox::defer(c, row.id, *until, reason)
                                .map(|_| outbox::Status::Pending)
                        }
                    })
                    .collect::<AppResult<Vec<_>>>()
            })
        })
        .await;
        match written {
            Ok(statuses) => return Ok(statuses),
            Err(e) if std::time::Instant::now() < give_up => {
                tracing::warn!(error = %e, "mail outcomes not recorded; trying again");
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            }
            Err(e) => return Err(e),
        }
    }
}
