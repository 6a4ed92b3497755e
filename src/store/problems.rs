//! Problems raised on a project (项目建设快速反应机制): what blocks it, which unit must act,
//! by when. Raising one queues mail at once to the project's leader and the acting unit's
//! head (in the same transaction); afterwards the daily scan tracks it like a milestone
//! until it is closed with a resolution.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::outbox::NewOutbox;
use super::{Ctx, Page, Paging, access, audit, outbox, projects};
use crate::db::DbConn;
use crate::db::models::Problem;
use crate::db::schema::{people, problems, units};
use crate::domain::access::{Action, Role};
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "problem";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProblem {
    /// What blocks the project.
    pub description: String,
    /// The unit that must act.
    pub acting_unit_id: i64,
    /// By when it must be resolved (today or later).
    pub due: NaiveDate,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseProblem {
    pub resolution: String,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ProblemFilter {
    /// Project code.
    pub project: Option<String>,
    /// Only open (true) or only closed (false) problems.
    pub open: Option<bool>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// Set by the server from the caller's rights: only these projects.
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

/// A raised problem and the messages queued about it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Raised {
    pub problem: Problem,
    /// Addresses told at once.
    pub notified: Vec<String>,
}

/// One problem, for whoever may read its project.
pub fn read(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Problem> {
    access::load(conn, ctx, Action::Read, &format!("problem {id}"), |c| {
        get(c, id)
    })
}

/// Whether the acting user may raise a problem on the project today (its responsible
/// person and unit head, the supervision office, an admin), deciding first, before a form's
/// own checks: someone who may not learns nothing of the form.
pub fn may_raise(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<bool> {
    let pid = super::projects::get_by_code(conn, code)?.id;
    access::may_today(conn, ctx, pid, Action::RaiseProblem)
}

/// The problem form's decision: refused (403/404) unless the user may raise one.
pub fn raisable(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<()> {
    access::require_code(conn, ctx, code, Action::RaiseProblem).map(drop)
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Problem> {
    problems::table
        .find(id)
        .select(Problem::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("problem {id}")))
}

/// Problems on the projects the acting user may read today, newest first.
pub fn list(conn: &mut DbConn, ctx: &Ctx, f: &ProblemFilter) -> AppResult<Page<Problem>> {
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
        let mut q = problems::table.into_boxed();
        if let Some(p) = pid {
            q = q.filter(problems::project_id.eq(p));
        }
        if let Some(ids) = &f.within {
            q = q.filter(problems::project_id.eq_any(ids.clone()));
        }
        if let Some(ids) = &readable {
            q = q.filter(problems::project_id.eq_any(ids.clone()));
        }
        match f.open {
            Some(true) => q = q.filter(problems::closed_on.is_null()),
            Some(false) => q = q.filter(problems::closed_on.is_not_null()),
            None => {}
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(problems::id.desc())
        .limit(limit)
        .offset(offset)
        .select(Problem::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// What the immediate notice of a raised problem tells one person.
pub struct ProblemNotice<'a> {
    pub problem_id: i64,
    pub person_id: i64,
    pub email: &'a str,
    pub name: &'a str,
    pub lang: &'a str,
    pub project_code: &'a str,
    pub project_name: &'a str,
    pub description: &'a str,
    pub unit: &'a str,
    pub due: NaiveDate,
}

/// Writes a problem's notice as an outbox row. The words are the mail module's (the one
/// place that writes messages); the store queues the row in the problem's transaction.
pub trait WritesNotices {
    fn problem_notice(&self, ctx: &Ctx, n: &ProblemNotice<'_>) -> Result<NewOutbox, String>;
}

/// Raises a problem found on a project and tells, at once, those who are told of one
/// ([`crate::domain::rules::told_of_problem`]): all in one transaction.
pub fn raise(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    input: NewProblem,
    notices: &dyn WritesNotices,
) -> AppResult<Raised> {
    access::require_code(conn, ctx, code, Action::RaiseProblem)?;
    conn.transaction(|conn| {
        let project = projects::get_by_code(conn, code)?;
        let description = input.description.trim().to_string();
        let mut f = FieldErrors::new();
        validate::required_text(&mut f, "description", &description);
        if input.due < ctx.today {
            f.add("due", format!("must not be before today ({})", ctx.today));
        }
        let unit: Option<(String, Option<i64>)> = units::table
            .find(input.acting_unit_id)
            .select((units::name, units::head_person_id))
            .first(conn)
            .optional()?;
        if unit.is_none() {
            f.add(
                "acting_unit_id",
                format!("no unit with id {}", input.acting_unit_id),
            );
        }
        f.into_result()?;
        let (unit_name, head) = unit.unwrap_or_default();
        let problem: Problem = diesel::insert_into(problems::table)
            .values((
                problems::project_id.eq(project.id),
                problems::description.eq(&description),
                problems::acting_unit_id.eq(input.acting_unit_id),
                problems::due.eq(input.due),
                problems::raised_by.eq(&ctx.actor),
                problems::raised_on.eq(ctx.today),
                problems::created_at.eq(ctx.now),
                problems::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            problem.id,
            "raise",
            None::<&Problem>,
            Some(&problem),
        )?;

        let leader = projects::assignment_on(conn, project.id, ctx.today)?.map(|a| a.leader_id);
        let recipients = crate::domain::rules::told_of_problem(leader, head);
        let mut rows = Vec::new();
        let mut notified = Vec::new();
        for pid in recipients {
            let (name, email, lang, active): (String, Option<String>, String, bool) = people::table
                .find(pid)
                .select((people::name, people::email, people::lang, people::active))
                .first(conn)?;
            let Some(email) = email.filter(|_| active) else {
                continue;
            };
            let row = notices
                .problem_notice(
                    ctx,
                    &ProblemNotice {
                        problem_id: problem.id,
                        person_id: pid,
                        email: &email,
                        name: &name,
                        lang: &lang,
                        project_code: &project.code,
                        project_name: &project.name,
                        description: &description,
                        unit: &unit_name,
                        due: input.due,
                    },
                )
                .map_err(AppError::internal)?;
            rows.push(row);
            notified.push(email);
        }
        let about = vec![vec![project.id]; rows.len()];
        outbox::enqueue_about(conn, &rows, &about)?;
        Ok(Raised { problem, notified })
    })
}

/// Closes a problem with its resolution: the supervision office's (or an admin's) call.
pub fn close(conn: &mut DbConn, ctx: &Ctx, id: i64, input: CloseProblem) -> AppResult<Problem> {
    access::require_role(ctx, &[Role::Admin, Role::Supervisor])?;
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let resolution = blank_to_none(Some(input.resolution)).unwrap_or_default();
        let mut f = FieldErrors::new();
        validate::required_text(&mut f, "resolution", &resolution);
        f.into_result()?;
        if let Some(on) = before.closed_on {
            return Err(AppError::conflict(
                Code::AlreadyClosed,
                format!("problem {id} was closed on {on}"),
            ));
        }
        let after: Problem = diesel::update(problems::table.find(id))
            .set((
                problems::closed_on.eq(Some(ctx.today)),
                problems::resolution.eq(Some(&resolution)),
                problems::closed_by.eq(Some(&ctx.actor)),
                problems::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, id, "close", Some(&before), Some(&after))?;
        Ok(after)
    })
}
