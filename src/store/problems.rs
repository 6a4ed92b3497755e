//! Problems raised on a project (项目建设快速反应机制): what blocks it, which unit must act,
//! by when. Raising one queues mail at once to the project's leader and the acting unit's
//! head (in the same transaction); afterwards the daily scan tracks it like a milestone
//! until it is closed with a resolution.

use super::one_of::one_of;
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::outbox::NewOutbox;
use super::{Ctx, Page, Paging, access, audit, outbox, projects};
use crate::db::DbConn;
use crate::db::models::Problem;
use crate::db::schema::{people, problems, units};
use crate::domain::access::{ActingUnit, Action, may_confirm_problem, may_resolve_problem};
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
    /// How it was resolved. Required, except when the office confirms a resolution the
    /// acting unit gave (left out, the unit's words stand).
    #[serde(default)]
    pub resolution: Option<String>,
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

/// One problem, for whoever may read its project or belongs to the unit that must act on
/// it (which may answer for another unit's project).
pub fn read(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Problem> {
    let of_project = access::load(conn, ctx, Action::Read, &format!("problem {id}"), |c| {
        get(c, id)
    });
    match of_project {
        Err(AppError::Forbidden(_) | AppError::NotFound(_)) => {
            let p = get(conn, id)?;
            let unit = acting_unit(conn, ctx, &p)?;
            if unit.heads || unit.member {
                Ok(p)
            } else {
                Err(AppError::not_found(format!("problem {id}")))
            }
        }
        other => other,
    }
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
            q = q.filter(one_of(problems::project_id, ids));
        }
        if let Some(ids) = &readable {
            q = q.filter(one_of(problems::project_id, ids));
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
            let Some((name, email, lang)) = super::people::addressee(conn, pid)? else {
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

/// The units the acting user's person heads and the one they work in.
fn units_of(conn: &mut DbConn, ctx: &Ctx) -> AppResult<(Vec<i64>, Option<i64>)> {
    let Some(person) = ctx.principal.as_ref().and_then(|p| p.person_id) else {
        return Ok((Vec::new(), None));
    };
    let heads = units::table
        .filter(units::head_person_id.eq(person))
        .select(units::id)
        .load(conn)?;
    let unit: Option<Option<i64>> = people::table
        .find(person)
        .select(people::unit_id)
        .first(conn)
        .optional()?;
    Ok((heads, unit.flatten()))
}

fn stands(units: &(Vec<i64>, Option<i64>), problem: &Problem) -> ActingUnit {
    ActingUnit {
        heads: units.0.contains(&problem.acting_unit_id),
        member: units.1 == Some(problem.acting_unit_id),
    }
}

/// How the acting user's person stands to the problem's acting unit.
fn acting_unit(conn: &mut DbConn, ctx: &Ctx, problem: &Problem) -> AppResult<ActingUnit> {
    Ok(stands(&units_of(conn, ctx)?, problem))
}

/// Whether the acting user may resolve this problem ([`may_resolve_problem`]); the
/// installation itself may.
pub fn may_resolve(conn: &mut DbConn, ctx: &Ctx, problem: &Problem) -> AppResult<bool> {
    let Some(p) = &ctx.principal else {
        return Ok(true);
    };
    let unit = acting_unit(conn, ctx, problem)?;
    Ok(may_resolve_problem(p, unit))
}

/// Whether the acting user confirms resolutions (the office, admins, the installation).
pub fn may_confirm(ctx: &Ctx) -> bool {
    ctx.principal.as_ref().is_none_or(may_confirm_problem)
}

/// The acting unit resolves its problem (销号 asked): the resolution is recorded, the daily
/// scan stops reminding the unit, and the office confirms or sends it back.
pub fn resolve(conn: &mut DbConn, ctx: &Ctx, id: i64, input: CloseProblem) -> AppResult<Problem> {
    conn.transaction(|conn| {
        let before = read(conn, ctx, id)?;
        if !may_resolve(conn, ctx, &before)? {
            return Err(AppError::forbidden(
                "only the unit that must act resolves this problem",
            ));
        }
        let resolution = resolution_of(input)?;
        still_open(&before)?;
        if let Some(on) = before.resolved_on {
            return Err(AppError::conflict(
                Code::RequestPending,
                format!("problem {id} was resolved on {on} and awaits the office's confirmation"),
            ));
        }
        let after: Problem = diesel::update(problems::table.find(id))
            .set((
                problems::resolved_on.eq(Some(ctx.today)),
                problems::resolved_by.eq(Some(&ctx.actor)),
                problems::resolution.eq(Some(&resolution)),
                problems::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "resolve",
            Some(&before),
            Some(&after),
        )?;
        Ok(after)
    })
}

/// A closed problem stays closed: no step of 销号 reopens it.
fn still_open(p: &Problem) -> AppResult<()> {
    match p.closed_on {
        Some(on) => Err(AppError::conflict(
            Code::AlreadyClosed,
            format!("problem {} was closed on {on}", p.id),
        )),
        None => Ok(()),
    }
}

fn resolution_of(input: CloseProblem) -> AppResult<String> {
    let resolution = blank_to_none(input.resolution).unwrap_or_default();
    let mut f = FieldErrors::new();
    validate::required_text(&mut f, "resolution", &resolution);
    f.into_result()?;
    Ok(resolution)
}

/// Closes a problem: the supervision office's (or an admin's) confirmation of the acting
/// unit's resolution (the resolution may be left out, or reworded), or a closing of its own
/// with a resolution when the unit has not resolved it.
pub fn close(conn: &mut DbConn, ctx: &Ctx, id: i64, input: CloseProblem) -> AppResult<Problem> {
    // Confirming and sending back are the office's ([`may_confirm_problem`]).
    if !may_confirm(ctx) {
        return Err(AppError::forbidden(
            "only the supervision office confirms or sends back a problem's resolution",
        ));
    }
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let resolution = match (&before.resolved_on, blank_to_none(input.resolution.clone())) {
            (Some(_), None) => before.resolution.clone().unwrap_or_default(),
            _ => resolution_of(input)?,
        };
        still_open(&before)?;
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

/// Why the office sends a resolution back.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendBack {
    pub note: String,
}

/// The office sends the acting unit's resolution back with a note: the problem is open
/// again (and reminded again), the note kept for the unit to read.
pub fn send_back(conn: &mut DbConn, ctx: &Ctx, id: i64, input: SendBack) -> AppResult<Problem> {
    // Confirming and sending back are the office's ([`may_confirm_problem`]).
    if !may_confirm(ctx) {
        return Err(AppError::forbidden(
            "only the supervision office confirms or sends back a problem's resolution",
        ));
    }
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let note = input.note.trim().to_string();
        let mut f = FieldErrors::new();
        validate::required_text(&mut f, "note", &note);
        f.into_result()?;
        still_open(&before)?;
        if before.resolved_on.is_none() {
            return Err(AppError::conflict(
                Code::NoChange,
                format!("problem {id} has no resolution to send back"),
            ));
        }
        let after: Problem = diesel::update(problems::table.find(id))
            .set((
                problems::resolved_on.eq(None::<NaiveDate>),
                problems::resolved_by.eq(None::<String>),
                problems::resolution.eq(None::<String>),
                problems::returned_note.eq(Some(&note)),
                problems::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "send_back",
            Some(&before),
            Some(&after),
        )?;
        Ok(after)
    })
}

/// How many problems each of these projects had open (raised, not yet closed) on `as_of`.
pub fn open_counts(
    conn: &mut DbConn,
    project_ids: &[i64],
    as_of: NaiveDate,
) -> AppResult<std::collections::HashMap<i64, i64>> {
    let mut counts = std::collections::HashMap::new();
    for chunk in project_ids.chunks(super::IDS_PER_QUERY) {
        let rows: Vec<(i64, i64)> = problems::table
            .filter(one_of(problems::project_id, chunk))
            .filter(problems::raised_on.le(as_of))
            .filter(
                problems::closed_on
                    .is_null()
                    .or(problems::closed_on.gt(as_of)),
            )
            .group_by(problems::project_id)
            .select((problems::project_id, diesel::dsl::count_star()))
            .load(conn)?;
        counts.extend(rows);
    }
    Ok(counts)
}

/// A problem with the names a page shows beside it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemItem {
    pub problem: Problem,
    pub project_code: String,
    pub project_name: String,
    pub unit_name: String,
}

/// Open problems that wait for the acting user: to resolve, for the unit that must act
/// (not yet resolved); to confirm, for the office (resolved).
pub fn waiting(conn: &mut DbConn, ctx: &Ctx) -> AppResult<(Vec<ProblemItem>, Vec<ProblemItem>)> {
    let Some(p) = &ctx.principal else {
        return Ok((Vec::new(), Vec::new()));
    };
    let rows = items(conn, Scope::Open)?;
    // The office and admins confirm; acting for every unit is not what waits for them.
    let confirms = may_confirm_problem(p);
    let mine = units_of(conn, ctx)?;
    let (mut resolve, mut confirm) = (Vec::new(), Vec::new());
    for item in rows.into_iter().filter(|i| i.problem.closed_on.is_none()) {
        if item.problem.resolved_on.is_some() {
            if confirms {
                confirm.push(item);
            }
        } else if !confirms && may_resolve_problem(p, stands(&mine, &item.problem)) {
            resolve.push(item);
        }
    }
    Ok((resolve, confirm))
}

/// Which problems [`items`] reads.
pub enum Scope<'a> {
    /// Every problem open today, soonest due first.
    Open,
    /// The problems of these projects that were open on a day, soonest due first.
    OpenOn(&'a [String], NaiveDate),
}

/// Problems with the names beside them, for a use case that has decided access.
pub fn items(conn: &mut DbConn, scope: Scope<'_>) -> AppResult<Vec<ProblemItem>> {
    use crate::db::schema::projects as pj;
    let mut q = problems::table
        .inner_join(pj::table)
        .inner_join(units::table)
        .select((Problem::as_select(), pj::code, pj::name, units::name))
        .order(problems::due.asc())
        .into_boxed();
    q = match scope {
        Scope::Open => q.filter(problems::closed_on.is_null()),
        Scope::OpenOn(codes, as_of) => q
            .filter(pj::code.eq_any(codes.to_vec()))
            .filter(problems::raised_on.le(as_of))
            .filter(
                problems::closed_on
                    .is_null()
                    .or(problems::closed_on.gt(as_of)),
            ),
    };
    let rows: Vec<(Problem, String, String, String)> = q.load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(problem, project_code, project_name, unit_name)| ProblemItem {
                problem,
                project_code,
                project_name,
                unit_name,
            },
        )
        .collect())
}
