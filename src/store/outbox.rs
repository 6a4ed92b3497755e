//! The mail outbox: one row per recipient per day per kind, written in the same transaction
//! as the change that caused it, then claimed, sent outside any transaction, and marked.
//! Nothing is deleted: the outbox is the record of who was told what and when.

use super::one_of::one_of;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, Page, Paging, access};
use crate::db::DbConn;
use crate::db::models::OutboxRow;
use crate::db::schema::outbox;
use crate::domain::access::Role;
use crate::error::{AppError, AppResult, Code};

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox, treat_none_as_default_value = false)]
pub struct NewOutbox {
    pub dedup_key: String,
    pub kind: String,
    pub day: NaiveDate,
    pub recipient_person_id: Option<i64>,
    pub recipient_email: String,
    pub recipient_name: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_until: Option<NaiveDateTime>,
    pub claimed_by: Option<String>,
    pub last_error: Option<String>,
    pub message_id: Option<String>,
    pub sent_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub channel_id: Option<i64>,
    pub address: Option<String>,
}

impl NewOutbox {
    /// What every message is when queued at `now`: pending, due at once, no attempt made,
    /// by mail. Its key, recipient and text are the caller's.
    pub fn queued(day: NaiveDate, now: NaiveDateTime) -> Self {
        Self {
            dedup_key: String::new(),
            kind: String::new(),
            day,
            recipient_person_id: None,
            recipient_email: String::new(),
            recipient_name: String::new(),
            lang: String::new(),
            subject: String::new(),
            body_text: String::new(),
            body_html: String::new(),
            status: Status::Pending.as_str().into(),
            attempts: 0,
            next_attempt_at: now,
            claimed_until: None,
            claimed_by: None,
            last_error: None,
            message_id: None,
            sent_at: None,
            created_at: now,
            channel_id: None,
            address: None,
        }
    }
}

/// Where a message stands in the queue: `pending` until claimed, `sending` while a worker
/// holds it, then `sent`, or `failed` (tried again after a back-off) and at last `dead`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Sending,
    Sent,
    Failed,
    Dead,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Self::Pending,
        Self::Sending,
        Self::Sent,
        Self::Failed,
        Self::Dead,
    ];

    /// As stored in `outbox.status` and shown in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Failed => "failed",
            Self::Dead => "dead",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Whether an admin may queue it again.
    pub fn retryable(self) -> bool {
        matches!(self, Self::Failed | Self::Dead)
    }
}

/// The key that makes a second row for the same recipient, day and kind impossible.
pub fn dedup_key(email: &str, day: NaiveDate, kind: &str) -> String {
    format!("{}|{day}|{kind}", email.trim().to_lowercase())
}

/// Inserts rows whose key is new; returns how many were new.
pub fn enqueue(conn: &mut DbConn, rows: &[NewOutbox]) -> AppResult<usize> {
    let mut added = 0;
    for chunk in rows.chunks(200) {
        added += match conn {
            DbConn::Sqlite(c) => diesel::insert_or_ignore_into(outbox::table)
                .values(chunk)
                .execute(c)?,
            DbConn::Postgresql(c) => diesel::insert_into(outbox::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(c)?,
        };
    }
    Ok(added)
}

/// Inserts rows whose key is new, each with the projects it is about (`about[i]` for
/// `rows[i]`), so that a project can list the reminders sent about it. Rows already queued
/// under the same key keep the projects they were queued with. Returns how many were new.
pub fn enqueue_about(
    conn: &mut DbConn,
    rows: &[NewOutbox],
    about: &[Vec<i64>],
) -> AppResult<usize> {
    use crate::db::schema::outbox_projects;
    let mut added = 0;
    let pairs: Vec<(&NewOutbox, &Vec<i64>)> = rows.iter().zip(about).collect();
    for chunk in pairs.chunks(200) {
        let keys: Vec<&str> = chunk.iter().map(|(r, _)| r.dedup_key.as_str()).collect();
        let existing: std::collections::HashSet<String> = outbox::table
            .filter(outbox::dedup_key.eq_any(&keys))
            .select(outbox::dedup_key)
            .load(conn)?
            .into_iter()
            .collect();
        let fresh: Vec<NewOutbox> = chunk.iter().map(|(r, _)| (*r).clone()).collect();
        added += enqueue(conn, &fresh)?;
        let new_keys: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| !existing.contains(*k))
            .collect();
        if new_keys.is_empty() {
            continue;
        }
        let ids: std::collections::HashMap<String, i64> = outbox::table
            .filter(outbox::dedup_key.eq_any(&new_keys))
            .select((outbox::dedup_key, outbox::id))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();
        let mut links: Vec<(i64, i64)> = Vec::new();
        for (row, projects) in chunk {
            if let Some(id) = ids.get(&row.dedup_key) {
                let mut seen = std::collections::BTreeSet::new();
                links.extend(
                    projects
                        .iter()
                        .filter(|p| seen.insert(**p))
                        .map(|p| (*id, *p)),
                );
            }
        }
        for part in links.chunks(5000) {
            let values: Vec<_> = part
                .iter()
                .map(|(o, p)| {
                    (
                        outbox_projects::outbox_id.eq(*o),
                        outbox_projects::project_id.eq(*p),
                    )
                })
                .collect();
            match conn {
                DbConn::Sqlite(c) => diesel::insert_into(outbox_projects::table)
                    .values(&values)
                    .execute(c)?,
                DbConn::Postgresql(c) => diesel::insert_into(outbox_projects::table)
                    .values(&values)
                    .execute(c)?,
            };
        }
    }
    Ok(added)
}

/// The messages queued about a project, newest first.
pub fn about_project(conn: &mut DbConn, project_id: i64, limit: i64) -> AppResult<Vec<OutboxRow>> {
    use crate::db::schema::outbox_projects;
    Ok(outbox::table
        .inner_join(outbox_projects::table)
        .filter(outbox_projects::project_id.eq(project_id))
        .order(outbox::id.desc())
        .limit(limit)
        .select(OutboxRow::as_select())
        .load(conn)?)
}

/// Claims up to `limit` rows that are due (pending, failed and due for retry, or claimed by
/// a worker whose lease ran out) and commits the claim. On PostgreSQL concurrent workers
/// skip each other's rows (`FOR UPDATE SKIP LOCKED`); SQLite serialises writers.
pub fn claim(
    conn: &mut DbConn,
    now: NaiveDateTime,
    lease: Duration,
    worker: &str,
    limit: i64,
) -> AppResult<Vec<OutboxRow>> {
    let due = outbox::status
        .eq_any([Status::Pending.as_str(), Status::Failed.as_str()])
        .and(outbox::next_attempt_at.le(now))
        .or(outbox::status
            .eq(Status::Sending.as_str())
            .and(outbox::claimed_until.lt(now)));
    let until = Some(now + lease);
    // The select, the update and the read of the claimed rows share one transaction on the
    // concrete backend: a connection cut after the commit must not leave rows claimed in
    // this worker's name that it never read (see [`take_back_lost`] for a cut at the commit).
    macro_rules! claim_in {
        ($c:expr, $select:expr) => {{
            let ids: Vec<i64> = $select.load($c)?;
            if ids.is_empty() {
                return Ok(vec![]);
            }
            diesel::update(outbox::table.filter(one_of(outbox::id, &ids)))
                .set((
                    outbox::status.eq(Status::Sending.as_str()),
                    outbox::claimed_until.eq(until),
                    outbox::claimed_by.eq(Some(worker)),
                    outbox::attempts.eq(outbox::attempts + 1),
                ))
                .execute($c)?;
            outbox::table
                .filter(one_of(outbox::id, &ids))
                .order(outbox::id)
                .select(OutboxRow::as_select())
                .load($c)
        }};
    }
    let pick = outbox::table
        .filter(due)
        .order(outbox::id)
        .limit(limit)
        .select(outbox::id);
    Ok(match conn {
        DbConn::Postgresql(c) => {
            c.transaction(|c| claim_in!(c, pick.for_update().skip_locked()))?
        }
        DbConn::Sqlite(c) => c.immediate_transaction(|c| claim_in!(c, pick))?,
    })
}

/// Gives back every claim standing in `worker`'s name, called when the worker starts a round
/// and so holds nothing: such claims were committed but their answer never reached the
/// worker (the connection was cut at the commit), so it never sent them. Without this they
/// would wait out the lease. Due again at once, the attempt not counted.
pub fn take_back_lost(conn: &mut DbConn, worker: &str, now: NaiveDateTime) -> AppResult<usize> {
    let ids: Vec<i64> = outbox::table
        .filter(outbox::status.eq(Status::Sending.as_str()))
        .filter(outbox::claimed_by.eq(worker))
        .select(outbox::id)
        .load(conn)?;
    release(conn, &ids, worker, now)
}

/// Gives back the claims a stopping worker still holds on messages the server has not
/// answered: due again at once for any worker, the attempt not counted (none was made to
/// the end). Rows another worker has taken meanwhile are left alone.
pub fn release(
    conn: &mut DbConn,
    ids: &[i64],
    worker: &str,
    now: NaiveDateTime,
) -> AppResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    Ok(diesel::update(
        outbox::table
            .filter(one_of(outbox::id, ids))
            .filter(outbox::status.eq(Status::Sending.as_str()))
            .filter(outbox::claimed_by.eq(worker)),
    )
    .set((
        outbox::status.eq(Status::Pending.as_str()),
        outbox::claimed_until.eq(None::<NaiveDateTime>),
        outbox::claimed_by.eq(None::<String>),
        outbox::attempts.eq(outbox::attempts - 1),
        outbox::next_attempt_at.eq(now),
    ))
    .execute(conn)?)
}

/// Extends the lease of the rows a live worker still holds, so that a slow mail server
/// never lets a second worker take a message that is being sent. Returns how many.
pub fn renew(
    conn: &mut DbConn,
    ids: &[i64],
    worker: &str,
    until: NaiveDateTime,
) -> AppResult<usize> {
    Ok(diesel::update(
        outbox::table
            .filter(one_of(outbox::id, ids))
            .filter(outbox::status.eq(Status::Sending.as_str()))
            .filter(outbox::claimed_by.eq(worker)),
    )
    .set(outbox::claimed_until.eq(Some(until)))
    .execute(conn)?)
}

/// Records a delivery.
pub fn mark_sent(
    conn: &mut DbConn,
    id: i64,
    now: NaiveDateTime,
    message_id: &str,
) -> AppResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(Status::Sent.as_str()),
            outbox::sent_at.eq(Some(now)),
            outbox::message_id.eq(Some(message_id)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Holds a message back until `until` for a reason that is not its own (a channel's rate,
/// a robot's pause, the quiet hours): pending again, the attempt not counted, so waiting
/// never makes it dead.
pub fn defer(conn: &mut DbConn, id: i64, until: NaiveDateTime, reason: &str) -> AppResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(Status::Pending.as_str()),
            outbox::next_attempt_at.eq(until),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
            outbox::claimed_by.eq(None::<String>),
            outbox::attempts.eq(outbox::attempts - 1),
            outbox::last_error.eq(Some(reason)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Exponential backoff: 1, 2, 4, 8 … minutes after each failed attempt, at most 6 hours.
pub fn backoff(attempts: i32) -> Duration {
    let minutes = 1i64 << (attempts.clamp(1, 20) - 1);
    Duration::minutes(minutes.min(6 * 60))
}

/// Records a failure: retried later, or dead after `max_attempts` or a permanent error.
pub fn mark_failed(
    conn: &mut DbConn,
    row: &OutboxRow,
    now: NaiveDateTime,
    error: &str,
    permanent: bool,
    max_attempts: u32,
) -> AppResult<Status> {
    let dead = permanent || row.attempts >= max_attempts as i32;
    let status = if dead { Status::Dead } else { Status::Failed };
    diesel::update(outbox::table.find(row.id))
        .set((
            outbox::status.eq(status.as_str()),
            outbox::last_error.eq(Some(error.chars().take(2000).collect::<String>())),
            outbox::next_attempt_at.eq(now + backoff(row.attempts)),
            outbox::claimed_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    Ok(status)
}

/// Counts by state, the oldest message still waiting, and the dead rows.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct OutboxStatus {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub failed: i64,
    pub dead: i64,
    /// When the oldest unsent (pending, sending or failed) message was queued.
    #[serde(serialize_with = "crate::db::dates::utc_opt")]
    pub oldest_waiting: Option<NaiveDateTime>,
    pub dead_rows: Vec<DeadRow>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeadRow {
    pub id: i64,
    pub recipient_email: String,
    pub subject: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

pub fn status(conn: &mut DbConn) -> AppResult<OutboxStatus> {
    let counts: Vec<(String, i64)> = outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut s = OutboxStatus::default();
    for (status, n) in counts {
        match Status::parse(&status) {
            Some(Status::Pending) => s.pending = n,
            Some(Status::Sending) => s.sending = n,
            Some(Status::Sent) => s.sent = n,
            Some(Status::Failed) => s.failed = n,
            Some(Status::Dead) => s.dead = n,
            _ => {}
        }
    }
    s.oldest_waiting = outbox::table
        .filter(
            outbox::status
                .eq_any([Status::Pending, Status::Sending, Status::Failed].map(Status::as_str)),
        )
        .select(diesel::dsl::min(outbox::created_at))
        .first(conn)?;
    s.dead_rows = outbox::table
        .filter(outbox::status.eq(Status::Dead.as_str()))
        .order(outbox::id)
        .limit(100)
        .select((
            outbox::id,
            outbox::recipient_email,
            outbox::subject,
            outbox::attempts,
            outbox::last_error,
        ))
        .load::<(i64, String, String, i32, Option<String>)>(conn)?
        .into_iter()
        .map(
            |(id, recipient_email, subject, attempts, last_error)| DeadRow {
                id,
                recipient_email,
                subject,
                attempts,
                last_error,
            },
        )
        .collect();
    Ok(s)
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct OutboxFilter {
    /// pending, sending, sent, failed or dead.
    pub status: Option<String>,
    /// Recipient address.
    pub to: Option<String>,
    pub day: Option<NaiveDate>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// Who reads the outbox (the supervision office: what was sent to whom) and who queues
/// messages again (an admin).
const READERS: &[Role] = &[Role::Admin, Role::Supervisor];
const RETRIERS: &[Role] = &[Role::Admin];

/// The messages, newest first, for the supervision office.
pub fn messages(conn: &mut DbConn, ctx: &Ctx, f: &OutboxFilter) -> AppResult<Page<OutboxRow>> {
    access::require_role(ctx, READERS)?;
    let mut page = list(conn, f)?;
    page.items = page.items.into_iter().map(as_read).collect();
    Ok(page)
}

/// One message, for the supervision office.
pub fn message(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<OutboxRow> {
    access::require_role(ctx, READERS)?;
    Ok(as_read(get(conn, id)?))
}

/// A message as the office reads it: its signed links are for its recipient alone.
fn as_read(mut row: OutboxRow) -> OutboxRow {
    row.body_text = redact_links(&row.body_text);
    row.body_html = redact_links(&row.body_html);
    row
}

/// A message as staff may read it in the outbox: the one-click links' tokens are cut, so
/// that reading someone's mail does not let anyone act as its recipient.
pub fn redact_links(body: &str) -> String {
    // The HTML part writes the slashes as entities.
    const MARKERS: [&str; 2] = ["/act/", "&#x2f;act&#x2f;"];
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some((i, marker)) = MARKERS
        .iter()
        .filter_map(|m| rest.find(m).map(|i| (i, *m)))
        .min()
    {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        let token_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
            .unwrap_or(rest.len());
        if token_len > 0 {
            out.push('…');
        }
        rest = &rest[token_len..];
    }
    out.push_str(rest);
    out
}

/// The counts by state, for the supervision office.
pub fn counts(conn: &mut DbConn, ctx: &Ctx) -> AppResult<OutboxStatus> {
    access::require_role(ctx, READERS)?;
    status(conn)
}

/// Newest first (a query for use cases and the metrics; the doors ask [`messages`]).
pub fn list(conn: &mut DbConn, f: &OutboxFilter) -> AppResult<Page<OutboxRow>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let query = || {
        let mut q = outbox::table.into_boxed();
        if let Some(s) = &f.status {
            q = q.filter(outbox::status.eq(s.clone()));
        }
        if let Some(to) = &f.to {
            q = q.filter(outbox::recipient_email.eq(to.trim().to_lowercase()));
        }
        if let Some(d) = f.day {
            q = q.filter(outbox::day.eq(d));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(outbox::id.desc())
        .limit(limit)
        .offset(offset)
        .select(OutboxRow::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<OutboxRow> {
    outbox::table
        .find(id)
        .select(OutboxRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("outbox message {id}")))
}

/// Puts a failed or dead message back in the queue now, with a fresh attempt budget.
pub fn retry(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<OutboxRow> {
    access::require_role(ctx, RETRIERS)?;
    let now = ctx.now;
    conn.transaction(|conn| {
        let row = get(conn, id)?;
        if !Status::parse(&row.status).is_some_and(Status::retryable) {
            return Err(AppError::conflict(
                Code::NotRetryable,
                format!(
                    "message {id} is {}; only failed or dead messages are retried",
                    row.status
                ),
            ));
        }
        requeue(conn, outbox::table.find(id).into_boxed(), now)?;
        Ok(as_read(get(conn, id)?))
    })
}

/// Requeues every dead message; returns how many.
pub fn retry_dead(conn: &mut DbConn, ctx: &Ctx) -> AppResult<usize> {
    access::require_role(ctx, RETRIERS)?;
    requeue(
        conn,
        outbox::table
            .filter(outbox::status.eq(Status::Dead.as_str()))
            .into_boxed(),
        ctx.now,
    )
}

fn requeue(
    conn: &mut DbConn,
    rows: outbox::BoxedQuery<'_, crate::db::MultiBackend>,
    now: NaiveDateTime,
) -> AppResult<usize> {
    let ids: Vec<i64> = rows.select(outbox::id).load(conn)?;
    Ok(
        diesel::update(outbox::table.filter(one_of(outbox::id, &ids)))
            .set((
                outbox::status.eq(Status::Pending.as_str()),
                outbox::attempts.eq(0),
                outbox::next_attempt_at.eq(now),
            ))
            .execute(conn)?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outbox_copies_lose_the_link_tokens_only() {
        let body = "确认办结：https://x.gov.cn/act/eyJh.Xq0-_Dj\n<a href=\"https://x.gov.cn/act/ab.c\">办结</a> /act/";
        assert_eq!(
            redact_links(body),
            "确认办结：https://x.gov.cn/act/…\n<a href=\"https://x.gov.cn/act/…\">办结</a> /act/"
        );
        assert_eq!(redact_links("no links"), "no links");
        assert_eq!(
            redact_links("href=\"https:&#x2f;&#x2f;x&#x2f;act&#x2f;ab.c-d\""),
            "href=\"https:&#x2f;&#x2f;x&#x2f;act&#x2f;…\""
        );
    }
}
