//! The append-only audit log: every write records actor, time, entity, action, and the
//! record before and after as JSON. Nothing in the product updates or deletes these rows,
//! and database triggers refuse it too.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;

use super::{Ctx, Page, Paging, access};
use crate::db::DbConn;
use crate::db::models::{AuditEntry, NewAuditRow};
use crate::db::schema::audit_log;
use crate::domain::access::{Action, Role};
use crate::error::{AppError, AppResult};

/// Appends one audit row.
pub fn record<B: Serialize, A: Serialize>(
    conn: &mut DbConn,
    ctx: &Ctx,
    entity: &str,
    entity_id: impl ToString,
    action: &str,
    before: Option<&B>,
    after: Option<&A>,
) -> AppResult<()> {
    let row = entry(ctx, entity, entity_id, action, before, after)?;
    diesel::insert_into(audit_log::table)
        .values(&row)
        .execute(conn)?;
    Ok(())
}

/// The audit row [`record`] appends, for callers that append many at once.
pub fn entry<B: Serialize, A: Serialize>(
    ctx: &Ctx,
    entity: &str,
    entity_id: impl ToString,
    action: &str,
    before: Option<&B>,
    after: Option<&A>,
) -> AppResult<NewAuditRow> {
    let before_json = before
        .map(serde_json::to_string)
        .transpose()
        .map_err(AppError::internal)?;
    let after_json = after
        .map(serde_json::to_string)
        .transpose()
        .map_err(AppError::internal)?;
    let entity_id = entity_id.to_string();
    let project_id = if entity == "project" {
        entity_id.parse().ok()
    } else {
        project_of(before_json.as_deref()).or_else(|| project_of(after_json.as_deref()))
    };
    Ok(NewAuditRow {
        at: ctx.now,
        actor: ctx.actor.clone(),
        entity: entity.to_string(),
        entity_id,
        action: action.to_string(),
        before_json,
        after_json,
        actor_user_id: ctx.user_id,
        project_id,
    })
}

/// The `project_id` of a recorded row: milestones, plans, reports, updates, problems and
/// assignments all carry one, so a project's history needs no per-entity bookkeeping.
fn project_of(json: Option<&str>) -> Option<i64> {
    let v: serde_json::Value = serde_json::from_str(json?).ok()?;
    v.get("project_id")?.as_i64()
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditFilter {
    /// Entity kind: unit, person, project, milestone, investment_plan, investment_report, progress_update.
    pub entity: Option<String>,
    /// Entity id (for projects, the numeric id).
    pub entity_id: Option<String>,
    pub actor: Option<String>,
    /// Only changes to this project (numeric id) and to what belongs to it.
    pub project_id: Option<i64>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// The audit log, newest first: the supervision office's and the admins' to read.
pub fn list(conn: &mut DbConn, ctx: &Ctx, f: &AuditFilter) -> AppResult<Page<AuditEntry>> {
    access::require_role(ctx, &[Role::Admin, Role::Supervisor])?;
    entries(conn, f)
}

/// Every recorded change to one project and what belongs to it, newest first, for whoever
/// may read the project.
pub fn project_history(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    paging: Paging,
) -> AppResult<Page<AuditEntry>> {
    let id = access::require_code(conn, ctx, code, Action::Read)?;
    entries(
        conn,
        &AuditFilter {
            project_id: Some(id),
            limit: paging.limit,
            offset: paging.offset,
            ..Default::default()
        },
    )
}

/// What the supervision office keeps about a project: the reminders sent about it (newest
/// 50) and its audit trail (newest 100). `None` for anyone but the office and admins, who
/// see the project without them.
pub fn office_records(
    conn: &mut DbConn,
    ctx: &Ctx,
    project_id: i64,
) -> AppResult<Option<(Vec<crate::db::models::OutboxRow>, Vec<AuditEntry>)>> {
    if access::require_role(ctx, &[Role::Admin, Role::Supervisor]).is_err() {
        return Ok(None);
    }
    let reminders = super::outbox::about_project(conn, project_id, 50)?;
    let trail = entries(
        conn,
        &AuditFilter {
            project_id: Some(project_id),
            limit: Some(100),
            ..Default::default()
        },
    )?;
    Ok(Some((reminders, trail.items)))
}

fn entries(conn: &mut DbConn, f: &AuditFilter) -> AppResult<Page<AuditEntry>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let query = || {
        let mut q = audit_log::table.into_boxed();
        if let Some(e) = &f.entity {
            q = q.filter(audit_log::entity.eq(e.clone()));
        }
        if let Some(id) = &f.entity_id {
            q = q.filter(audit_log::entity_id.eq(id.clone()));
        }
        if let Some(a) = &f.actor {
            q = q.filter(audit_log::actor.eq(a.clone()));
        }
        if let Some(p) = f.project_id {
            q = q.filter(audit_log::project_id.eq(p));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(audit_log::id.desc())
        .limit(limit)
        .offset(offset)
        .select(AuditEntry::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}
