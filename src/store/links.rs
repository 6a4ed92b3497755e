//! The signed links of the reminder emails, on the server side: whether a link may still
//! act (signed here, not expired, not used, the milestone open, the person still its
//! responsible person), and acting on it once.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{Ctx, milestones, progress, projects};
use crate::auth::{self, LinkAction, LinkClaims, LinkError};
use crate::db::DbConn;
use crate::db::models::{Milestone, Project};
use crate::db::schema::{people, used_links, users};
use crate::error::{AppError, AppResult};

/// What a valid link acts on.
#[derive(Debug, Clone)]
pub struct Target {
    pub claims: LinkClaims,
    pub milestone: Milestone,
    pub project: Project,
    pub person_name: String,
    pub lang: String,
}

/// Why a link cannot act, each with its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// 400: not signed by this server, or altered.
    Invalid,
    /// 410
    Expired,
    /// 410: single use.
    Used,
    /// 404: the milestone was deleted.
    Missing,
    /// 409: the milestone was completed meanwhile.
    AlreadyDone(NaiveDate),
    /// 403: responsibility passed to someone else since the mail was sent.
    NotResponsible,
}

impl Refusal {
    pub fn status(&self) -> u16 {
        match self {
            // A forged or garbled link names no link: there is nothing at this address.
            Refusal::Invalid => 404,
            Refusal::Expired | Refusal::Used => 410,
            Refusal::Missing => 404,
            Refusal::AlreadyDone(_) => 409,
            Refusal::NotResponsible => 403,
        }
    }
}

/// Checks a link without using it.
pub fn inspect(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
    today: NaiveDate,
) -> AppResult<Result<Target, Refusal>> {
    let Some(key) = super::secrets::existing_link_key(conn)? else {
        return Ok(Err(Refusal::Invalid));
    };
    let claims = match auth::verify_link(&key, token, now) {
        Ok(c) => c,
        Err(LinkError::Invalid) => return Ok(Err(Refusal::Invalid)),
        Err(LinkError::Expired) => return Ok(Err(Refusal::Expired)),
    };
    let used: i64 = used_links::table
        .filter(used_links::nonce.eq(&claims.nonce))
        .count()
        .get_result(conn)?;
    if used > 0 {
        return Ok(Err(Refusal::Used));
    }
    let milestone = match milestones::get(conn, claims.milestone_id) {
        Ok(m) => m,
        Err(AppError::NotFound(_)) => return Ok(Err(Refusal::Missing)),
        Err(e) => return Err(e),
    };
    if claims.action == LinkAction::Done
        && let Some(done) = milestone.completed_on
    {
        return Ok(Err(Refusal::AlreadyDone(done)));
    }
    let responsible_now =
        projects::assignment_on(conn, milestone.project_id, today)?.map(|a| a.person_id);
    if responsible_now != Some(claims.person_id) {
        return Ok(Err(Refusal::NotResponsible));
    }
    // A person whose accounts are all disabled has been stopped from acting; a link must
    // not act for them either. (A person without any account may: the link is for them.)
    let accounts: Vec<bool> = users::table
        .filter(users::person_id.eq(claims.person_id))
        .select(users::disabled)
        .load(conn)?;
    if !accounts.is_empty() && accounts.iter().all(|d| *d) {
        return Ok(Err(Refusal::NotResponsible));
    }
    let (person_name, lang): (String, String) = people::table
        .find(claims.person_id)
        .select((people::name, people::lang))
        .first(conn)?;
    let project = projects::get(conn, milestone.project_id)?;
    Ok(Ok(Target {
        claims,
        milestone,
        project,
        person_name,
        lang,
    }))
}

/// What the landing page's form sends.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct LinkForm {
    pub evidence: Option<String>,
    pub progress: Option<String>,
    pub problems: Option<String>,
}

/// Uses the link: records the nonce and does the one thing it allows, in one transaction,
/// recorded in the audit log as the person's account (or `link:<name>` without one).
/// A link used meanwhile by a concurrent request fails on the nonce and changes nothing.
pub fn act(conn: &mut DbConn, base: &Ctx, target: &Target, form: LinkForm) -> AppResult<()> {
    let account: Option<(i64, String)> = users::table
        .filter(users::person_id.eq(target.claims.person_id))
        .filter(users::disabled.eq(false))
        .order(users::id)
        .select((users::id, users::username))
        .first(conn)
        .optional()?;
    let ctx = Ctx {
        actor: account
            .as_ref()
            .map(|(_, u)| u.clone())
            .unwrap_or_else(|| format!("link:{}", target.person_name)),
        user_id: account.map(|(id, _)| id),
        ..base.clone()
    };
    conn.transaction(|conn| {
        diesel::insert_into(used_links::table)
            .values((
                used_links::nonce.eq(&target.claims.nonce),
                used_links::action.eq(target.claims.action.as_str()),
                used_links::milestone_id.eq(target.claims.milestone_id),
                used_links::person_id.eq(target.claims.person_id),
                used_links::used_at.eq(ctx.now),
            ))
            .execute(conn)
            .map_err(|e| match e {
                diesel::result::Error::DatabaseError(
                    diesel::result::DatabaseErrorKind::UniqueViolation,
                    _,
                ) => AppError::Gone("this link has been used".into()),
                other => other.into(),
            })?;
        match target.claims.action {
            LinkAction::Done => {
                milestones::complete(
                    conn,
                    &ctx,
                    target.milestone.id,
                    milestones::CompleteInput {
                        date: None,
                        evidence: form.evidence.unwrap_or_default(),
                    },
                )?;
            }
            LinkAction::Progress => {
                progress::create(
                    conn,
                    &ctx,
                    progress::NewProgress {
                        project_code: target.project.code.clone(),
                        reported_on: None,
                        progress: form.progress.unwrap_or_default(),
                        problems: form.problems.filter(|p| !p.trim().is_empty()),
                        next_steps: None,
                    },
                )?;
            }
        }
        Ok(())
    })
}
