//! Delivery of queued mail: claim due rows (committing the claim), send outside any
//! transaction, record each outcome. A worker that dies after claiming loses nothing: its
//! claim lapses after the lease and another pass sends the mail.

use chrono::Duration;
use futures_util::StreamExt;
use serde::Serialize;

use crate::clock::{Clock, db_timestamp};
use crate::db::Pool;
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;
use crate::store::outbox;

/// How long a claim holds before another worker may take the row.
pub const LEASE: Duration = Duration::minutes(5);
/// Rows claimed at a time.
const BATCH: i64 = 500;
/// Messages in flight at once over the pooled SMTP connections.
const IN_FLIGHT: usize = 32;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
    pub dead: usize,
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

/// Sends everything that is due now; returns what happened.
pub async fn deliver_pending(
    pool: &Pool,
    mailer: &Mailer,
    clock: &dyn Clock,
    worker: &str,
    max_attempts: u32,
) -> AppResult<DeliveryReport> {
    let mut report = DeliveryReport::default();
    loop {
        let now = db_timestamp(clock.now());
        let who = worker.to_string();
        let batch = blocking(pool, move |c| outbox::claim(c, now, LEASE, &who, BATCH)).await?;
        if batch.is_empty() {
            return Ok(report);
        }
        let outcomes: Vec<_> = futures_util::stream::iter(batch)
            .map(|row| async move {
                let r = mailer
                    .send(
                        &row.recipient_name,
                        &row.recipient_email,
                        &row.subject,
                        &row.body_text,
                        &row.body_html,
                    )
                    .await;
                (row, r)
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        let now = db_timestamp(clock.now());
        let recorded = blocking(pool, move |c| {
            let mut r = DeliveryReport::default();
            for (row, outcome) in outcomes {
                match outcome {
                    Ok(id) => {
                        outbox::mark_sent(c, row.id, now, &id)?;
                        r.sent += 1;
                    }
                    Err(e) => {
                        tracing::warn!(to = %row.recipient_email, error = %e.message, "mail not delivered");
                        match outbox::mark_failed(c, &row, now, &e.message, e.permanent, max_attempts)? {
                            outbox::Status::Dead => r.dead += 1,
                            _ => r.failed += 1,
                        }
                    }
                }
            }
            Ok(r)
        })
        .await?;
        report.sent += recorded.sent;
        report.failed += recorded.failed;
        report.dead += recorded.dead;
    }
}
