//! Progress updates: the ledger entries (台帐) of a project: what advanced, what blocks it,
//! what comes next.

use super::one_of::one_of;
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, Page, Paging, access, audit, projects};
use crate::db::DbConn;
use crate::db::models::{NewProgressUpdateRow, ProgressUpdate};
use crate::db::schema::progress_updates;
use crate::domain::access::{Action, may_change_entry};
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, FieldErrors};

pub const ENTITY: &str = "progress_update";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProgress {
    pub project_code: String,
    /// Date of the entry (default today); not in the future.
    pub reported_on: Option<NaiveDate>,
    /// 进展情况
    pub progress: String,
    /// 存在问题
    pub problems: Option<String>,
    /// 下步计划
    pub next_steps: Option<String>,
}

/// Fields left out stay as they are; an empty text clears `problems` or `next_steps`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressPatch {
    pub reported_on: Option<NaiveDate>,
    pub progress: Option<String>,
    pub problems: Option<String>,
    pub next_steps: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ProgressFilter {
    /// Project code.
    pub project: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// Set by the server from the caller's rights: only these projects.
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

/// One update, for whoever may read its project.
pub fn read(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<ProgressUpdate> {
    access::load(
        conn,
        ctx,
        Action::Read,
        &format!("progress update {id}"),
        |c| get(c, id),
    )
}

/// An update the acting user may change: on a project they report on, and written by them
/// ([`may_change_entry`]), so that nobody rewrites a colleague's or predecessor's entry.
fn own(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<ProgressUpdate> {
    let row = access::load(
        conn,
        ctx,
        Action::Report,
        &format!("progress update {id}"),
        |c| get(c, id),
    )?;
    if let Some(p) = &ctx.principal
        && !may_change_entry(p, Some(&row.author))
    {
        return Err(AppError::forbidden(
            "only its author (or an admin) may change a progress update",
        ));
    }
    Ok(row)
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<ProgressUpdate> {
    progress_updates::table
        .find(id)
        .select(ProgressUpdate::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("progress update {id}")))
}

/// The newest update on a project reported on or before `as_of`.
pub fn latest(
    conn: &mut DbConn,
    project_id: i64,
    as_of: NaiveDate,
) -> AppResult<Option<ProgressUpdate>> {
    Ok(progress_updates::table
        .filter(progress_updates::project_id.eq(project_id))
        .filter(progress_updates::reported_on.le(as_of))
        .order((
            progress_updates::reported_on.desc(),
            progress_updates::id.desc(),
        ))
        .select(ProgressUpdate::as_select())
        .first(conn)
        .optional()?)
}

/// Newest first.
/// Updates on the projects the acting user may read today, newest first.
pub fn list(conn: &mut DbConn, ctx: &Ctx, f: &ProgressFilter) -> AppResult<Page<ProgressUpdate>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let readable = access::readable_today(conn, ctx)?;
    let pid = match &f.project {
        Some(code) => Some(projects::get_by_code(conn, code)?.id),
        None => None,
    };
    let query = || {
        let mut q = progress_updates::table.into_boxed();
        if let Some(p) = pid {
            q = q.filter(progress_updates::project_id.eq(p));
        }
        if let Some(ids) = &f.within {
            q = q.filter(one_of(progress_updates::project_id, ids));
        }
        if let Some(ids) = &readable {
            q = q.filter(one_of(progress_updates::project_id, ids));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order((
            progress_updates::reported_on.desc(),
            progress_updates::id.desc(),
        ))
        .limit(limit)
        .offset(offset)
        .select(ProgressUpdate::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

fn check(
    f: &mut FieldErrors,
    ctx: &Ctx,
    on: NaiveDate,
    progress: &str,
    problems: Option<&str>,
    next: Option<&str>,
) {
    validate::not_future(f, "reported_on", on, ctx.today);
    validate::required_text(f, "progress", progress);
    validate::optional_text(f, "problems", problems);
    validate::optional_text(f, "next_steps", next);
}

/// A progress update by one who reports on the project.
pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewProgress) -> AppResult<ProgressUpdate> {
    access::require_named(conn, ctx, &input.project_code, Action::Report)?;
    conn.transaction(|conn| {
        let on = input.reported_on.unwrap_or(ctx.today);
        let progress = input.progress.trim().to_string();
        let problems = blank_to_none(input.problems);
        let next = blank_to_none(input.next_steps);
        let mut f = FieldErrors::new();
        check(
            &mut f,
            ctx,
            on,
            &progress,
            problems.as_deref(),
            next.as_deref(),
        );
        f.into_result()?;
        let project = projects::named_in_body(conn, &input.project_code)?;
        let row: ProgressUpdate = diesel::insert_into(progress_updates::table)
            .values(&NewProgressUpdateRow {
                project_id: project.id,
                reported_on: on,
                progress: &progress,
                problems: problems.as_deref(),
                next_steps: next.as_deref(),
                author: &ctx.actor,
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            row.id,
            "create",
            None::<&ProgressUpdate>,
            Some(&row),
        )?;
        Ok(row)
    })
}

pub fn update(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    patch: ProgressPatch,
) -> AppResult<ProgressUpdate> {
    conn.transaction(|conn| {
        let before = own(conn, ctx, id)?;
        let on = patch.reported_on.unwrap_or(before.reported_on);
        let progress = patch
            .progress
            .map(|p| p.trim().to_string())
            .unwrap_or_else(|| before.progress.clone());
        let problems = match patch.problems {
            Some(v) => blank_to_none(Some(v)),
            None => before.problems.clone(),
        };
        let next = match patch.next_steps {
            Some(v) => blank_to_none(Some(v)),
            None => before.next_steps.clone(),
        };
        let mut f = FieldErrors::new();
        check(
            &mut f,
            ctx,
            on,
            &progress,
            problems.as_deref(),
            next.as_deref(),
        );
        f.into_result()?;
        let after: ProgressUpdate = diesel::update(progress_updates::table.find(id))
            .set((
                progress_updates::reported_on.eq(on),
                progress_updates::progress.eq(&progress),
                progress_updates::problems.eq(problems.as_deref()),
                progress_updates::next_steps.eq(next.as_deref()),
                progress_updates::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, id, "update", Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn delete(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<()> {
    conn.transaction(|conn| {
        let before = own(conn, ctx, id)?;
        diesel::delete(progress_updates::table.find(id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "delete",
            Some(&before),
            None::<&ProgressUpdate>,
        )?;
        Ok(())
    })
}
