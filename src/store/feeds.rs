//! Calendar feeds: each user's secret feed URL (only the token's SHA-256 is kept), rotated or
//! revoked by its owner, and the milestones the feed shows: those of the projects the user
//! answers for today (all projects for the supervision office), with how often each due date
//! moved.

use super::one_of::one_of;
use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use super::{Ctx, access, accounts, audit};
use crate::auth;
use crate::db::DbConn;
use crate::db::models::Milestone;
use crate::db::schema::{calendar_feeds, milestones, projects, reschedules, users};
use crate::domain::access::Principal;
use crate::error::AppResult;

const ENTITY: &str = "calendar_feed";

/// Prefix of feed tokens, so that a leaked one is recognised for what it is.
pub const FEED_TOKEN_PREFIX: &str = "dbf_";

/// Starts a new feed for the user, revoking any earlier one; returns the token (shown once).
pub fn rotate(conn: &mut DbConn, ctx: &Ctx, user_id: i64) -> AppResult<String> {
    let token = format!("{FEED_TOKEN_PREFIX}{}", auth::random_token(24)?);
    conn.transaction(|conn| {
        revoke_all(conn, ctx, user_id)?;
        let id: i64 = diesel::insert_into(calendar_feeds::table)
            .values((
                calendar_feeds::user_id.eq(user_id),
                calendar_feeds::token_hash.eq(auth::token_digest(&token)),
                calendar_feeds::created_at.eq(ctx.now),
            ))
            .returning(calendar_feeds::id)
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, id, "create", None::<&()>, None::<&()>)?;
        Ok(token)
    })
}

/// Revokes the user's feed (if any): its URL stops working at once.
pub fn revoke_all(conn: &mut DbConn, ctx: &Ctx, user_id: i64) -> AppResult<usize> {
    let ids: Vec<i64> = calendar_feeds::table
        .filter(calendar_feeds::user_id.eq(user_id))
        .filter(calendar_feeds::revoked_at.is_null())
        .select(calendar_feeds::id)
        .load(conn)?;
    for id in &ids {
        diesel::update(calendar_feeds::table.find(id))
            .set(calendar_feeds::revoked_at.eq(Some(ctx.now)))
            .execute(conn)?;
        audit::record(conn, ctx, ENTITY, id, "revoke", None::<&()>, None::<&()>)?;
    }
    Ok(ids.len())
}

/// The owner of a live feed token, as a principal; `None` for an unknown, revoked or
/// disabled one (all look alike from outside).
pub fn owner(conn: &mut DbConn, token: &str) -> AppResult<Option<Principal>> {
    let found = calendar_feeds::table
        .inner_join(users::table)
        .filter(calendar_feeds::token_hash.eq(auth::token_digest(token)))
        .filter(calendar_feeds::revoked_at.is_null())
        .filter(users::disabled.eq(false))
        .select(crate::db::models::User::as_select())
        .first(conn)
        .optional()?;
    found.map(|u| accounts::principal(conn, &u)).transpose()
}

/// One milestone of a feed, with its project and how many times its due date was moved.
#[derive(Debug, Clone)]
pub struct FeedMilestone {
    pub milestone: Milestone,
    pub project_code: String,
    pub project_name: String,
    pub moves: u32,
}

/// The milestones the principal answers for on `today`.
pub fn milestones_of(
    conn: &mut DbConn,
    p: &Principal,
    today: NaiveDate,
) -> AppResult<Vec<FeedMilestone>> {
    let within = access::readable(conn, p, today)?;
    let mut q = milestones::table
        .inner_join(projects::table)
        .select((Milestone::as_select(), projects::code, projects::name))
        .order((projects::code, milestones::ordinal, milestones::id))
        .into_boxed();
    if let Some(ids) = &within {
        q = q.filter(one_of(milestones::project_id, ids));
    }
    let rows: Vec<(Milestone, String, String)> = q.load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(m, _, _)| m.id).collect();
    let mut moves: HashMap<i64, u32> = HashMap::new();
    for chunk in ids.chunks(super::IDS_PER_QUERY) {
        let moved: Vec<i64> = reschedules::table
            .filter(one_of(reschedules::milestone_id, chunk))
            .filter(reschedules::status.eq("approved"))
            .select(reschedules::milestone_id)
            .load(conn)?;
        for m in moved {
            *moves.entry(m).or_default() += 1;
        }
    }
    Ok(rows
        .into_iter()
        .map(|(m, code, name)| FeedMilestone {
            moves: moves.get(&m.id).copied().unwrap_or(0),
            milestone: m,
            project_code: code,
            project_name: name,
        })
        .collect())
}
