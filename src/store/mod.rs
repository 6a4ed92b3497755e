//! The storage layer: each public function is one use case of the ledger, run in one
//! transaction that validates, writes and appends the audit record, so a rejected request
//! leaves the database exactly as it was. Shared by the HTTP API, the CLI and the seeders.

pub mod access;
pub mod accounts;
pub mod assessments;
pub mod audit;
pub mod calendar;
pub mod channels;
pub mod comments;
pub mod data_version;
pub mod feeds;
pub mod investment;
pub mod ledger;
pub mod ledger_import;
pub mod links;
pub mod milestones;
pub mod one_of;
pub mod outbox;
pub mod people;
pub mod problems;
pub mod progress;
pub mod projects;
pub mod reports;
pub mod secrets;
pub mod units;
pub mod vetoes;
pub mod waiting;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::clock::{Clock, db_timestamp};
use crate::error::{AppError, FieldErrors};

/// Who is writing and when, fixed once per request or command.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Recorded in the audit log: the login name, or `system`/`cli:…` for work without one.
    pub actor: String,
    /// The account that acts, recorded in the audit log beside its name.
    pub user_id: Option<i64>,
    /// UTC timestamp for `created_at` and the like.
    pub now: NaiveDateTime,
    /// Today in the zone: the latest date a fact may carry.
    pub today: NaiveDate,
    /// The account acting, whose roles every use case checks ([`access`]); `None` for the
    /// installation itself (the scheduler, the seeds, the command line), which may do all.
    pub principal: Option<crate::domain::access::Principal>,
    /// The zone's time zone: what day a timestamp (an approval, a filing) falls on.
    pub tz: chrono_tz::Tz,
}

impl Ctx {
    pub fn new(actor: impl Into<String>, clock: &dyn Clock, tz: chrono_tz::Tz) -> Self {
        Self {
            actor: actor.into(),
            user_id: None,
            now: db_timestamp(clock.now()),
            today: clock.today(tz),
            principal: None,
            tz,
        }
    }

    /// The context of a logged-in user's request.
    pub fn for_user(
        p: &crate::domain::access::Principal,
        clock: &dyn Clock,
        tz: chrono_tz::Tz,
    ) -> Self {
        Self {
            user_id: Some(p.user_id),
            principal: Some(p.clone()),
            ..Self::new(p.username.clone(), clock, tz)
        }
    }
}

/// A page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Matching rows in all pages.
    pub total: i64,
}

/// Ids read in one piece. The pieces began with diesel's `eq_any`, one parameter an id,
/// against SQLite's limit of 32,766 parameters a statement and PostgreSQL's 65,535. Each
/// piece is now one bound value ([`one_of::one_of`]), so that limit no longer applies; the
/// pieces stay because the figures in docs/benchmarks.md were measured with them.
pub(crate) const IDS_PER_QUERY: usize = 1000;

/// Runs `load` over `ids` in pieces of [`IDS_PER_QUERY`] and joins what each piece gave, in
/// the order of the pieces; with no ids it does not run at all.
pub(crate) fn in_chunks<T>(
    ids: &[i64],
    mut load: impl FnMut(&[i64]) -> crate::error::AppResult<Vec<T>>,
) -> crate::error::AppResult<Vec<T>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(IDS_PER_QUERY) {
        out.extend(load(chunk)?);
    }
    Ok(out)
}

/// [`in_chunks`] over a scope that may be everything: with `None`, `load` runs once and
/// unfiltered (one pass over the table, cheaper than every id in pieces).
pub(crate) fn in_scope<T>(
    scope: Option<&[i64]>,
    mut load: impl FnMut(Option<&[i64]>) -> crate::error::AppResult<Vec<T>>,
) -> crate::error::AppResult<Vec<T>> {
    match scope {
        None => load(None),
        Some(ids) => in_chunks(ids, |chunk| load(Some(chunk))),
    }
}

/// `ids` as a scope for [`in_scope`]: `None` when they name every project there is (the
/// board of someone who reads the whole zone), so that each table is read in one pass
/// instead of looked up id by id; otherwise the ids themselves.
pub(crate) fn scope_of<'a>(
    conn: &mut crate::db::DbConn,
    ids: &'a [i64],
) -> crate::error::AppResult<Option<&'a [i64]>> {
    use diesel::prelude::*;
    // A short list is looked up for less than the count would cost (a person's projects, a
    // page of the project list).
    const LOOKED_UP_UP_TO: usize = 100;
    if ids.len() <= LOOKED_UP_UP_TO {
        return Ok(Some(ids));
    }
    let projects: i64 = crate::db::schema::projects::table
        .count()
        .get_result(conn)?;
    let every = usize::try_from(projects).is_ok_and(|n| n == ids.len())
        && ids.iter().collect::<std::collections::HashSet<_>>().len() == ids.len();
    Ok((!every).then_some(ids))
}

/// The total of a list from the page it gave: a page short of `limit` that holds rows (or
/// is the first) ends the list, so the total is known without counting; otherwise `count`
/// asks the database.
pub(crate) fn page_total(
    got: usize,
    limit: i64,
    offset: i64,
    count: impl FnOnce() -> crate::error::AppResult<i64>,
) -> crate::error::AppResult<i64> {
    let got = got as i64;
    if got < limit && (got > 0 || offset == 0) {
        Ok(offset + got)
    } else {
        count()
    }
}

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 1000;

/// `limit` and `offset` of every list.
#[derive(Debug, Clone, Copy, Default, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// Rows per page, 1 to 1000 (default 50).
    pub limit: Option<i64>,
    /// Rows to skip (default 0).
    pub offset: Option<i64>,
}

impl Paging {
    pub fn resolve(self) -> Result<(i64, i64), AppError> {
        let mut f = FieldErrors::new();
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        let offset = self.offset.unwrap_or(0);
        if !(1..=MAX_LIMIT).contains(&limit) {
            f.add("limit", format!("must be between 1 and {MAX_LIMIT}"));
        }
        if offset < 0 {
            f.add("offset", "must not be negative");
        }
        f.into_result()?;
        Ok((limit, offset))
    }
}

/// Writes and commits the one row of `readiness_probe`: the database takes writes now.
/// A read-only database or a full disk answers `NotWritable`.
pub fn probe_write(
    conn: &mut crate::db::DbConn,
    now: NaiveDateTime,
) -> crate::error::AppResult<()> {
    use crate::db::schema::readiness_probe as rp;
    use diesel::prelude::*;
    let row = (rp::id.eq(1i64), rp::checked_at.eq(now));
    let written = match conn {
        crate::db::DbConn::Sqlite(c) => diesel::replace_into(rp::table).values(row).execute(c),
        crate::db::DbConn::Postgresql(c) => diesel::insert_into(rp::table)
            .values(row)
            .on_conflict(rp::id)
            .do_update()
            .set(rp::checked_at.eq(now))
            .execute(c),
    };
    written.map(|_| ()).map_err(AppError::from)
}
