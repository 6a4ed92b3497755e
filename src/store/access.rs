//! Access inside the use cases: every use case calls one of these with its [`Ctx`] before
//! it reads or writes, so the API, the pages, the reminder links and the command line get
//! the same answer. This module reads the facts (how the acting user is related to a
//! project on a date, which projects they may read); the decisions themselves are the pure
//! rules of [`crate::domain::access`]. The installation itself (`ctx.principal` is `None`)
//! may do everything.

use super::one_of::one_of;
use chrono::NaiveDate;
use diesel::prelude::*;

use super::Ctx;
use crate::db::DbConn;
use crate::db::schema::{assignments, projects, units};
use crate::domain::access::{Action, Principal, Relation, Role, may, may_read_as_of};
use crate::error::{AppError, AppResult};

/// Units the person heads.
fn headed_units(conn: &mut DbConn, person: i64) -> AppResult<Vec<i64>> {
    Ok(units::table
        .filter(units::head_person_id.eq(person))
        .select(units::id)
        .load(conn)?)
}

/// The units whose reports the acting user reads as their head: `None` for whoever reads
/// every project (the installation, admins, the supervision office) or is no unit head.
pub fn headed_scope(conn: &mut DbConn, ctx: &Ctx) -> AppResult<Option<Vec<i64>>> {
    let Some(p) = &ctx.principal else {
        return Ok(None);
    };
    if p.reads_everything() || !p.has(Role::UnitHead) {
        return Ok(None);
    }
    match p.person_id {
        Some(person) => Ok(Some(headed_units(conn, person)?)),
        None => Ok(Some(vec![])),
    }
}

/// The user's relation to a project through the assignment in force on `on`.
pub fn relation(
    conn: &mut DbConn,
    p: &Principal,
    project_id: i64,
    on: NaiveDate,
) -> AppResult<Relation> {
    let Some(person) = p.person_id else {
        return Ok(Relation::default());
    };
    let Some(a) = super::projects::assignment_on(conn, project_id, on)? else {
        return Ok(Relation::default());
    };
    let unit_head = p.has(Role::UnitHead) && headed_units(conn, person)?.contains(&a.unit_id);
    Ok(Relation {
        leader: a.leader_id == person,
        unit_head,
        responsible: a.person_id == person,
    })
}

/// Lets the action through, or refuses it: "`what` not found", word for word what a
/// missing record gets, when the user may not even read the project (its existence is not
/// theirs to learn); 403 when they may read but not act.
fn check(
    conn: &mut DbConn,
    p: &Principal,
    project_id: i64,
    on: NaiveDate,
    action: Action,
    what: &str,
) -> AppResult<()> {
    if p.has(Role::Admin) {
        return Ok(());
    }
    let rel = relation(conn, p, project_id, on)?;
    if !may(p, rel, Action::Read) {
        return Err(AppError::not_found(what));
    }
    if !may(p, rel, action) {
        return Err(AppError::forbidden(format!(
            "your roles ({}) do not allow this on this project",
            p.roles
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(())
}

/// The use case's gate for an action on one project today (see [`check`]).
pub fn require(
    conn: &mut DbConn,
    ctx: &Ctx,
    project_id: i64,
    action: Action,
    what: &str,
) -> AppResult<()> {
    match &ctx.principal {
        None => Ok(()),
        Some(p) => check(conn, p, project_id, ctx.today, action, what),
    }
}

/// The use case's gate for what only some roles do whatever the project (managing the
/// ledger, issuing reports): 403 naming the roles that may.
pub fn require_role(ctx: &Ctx, roles: &[Role]) -> AppResult<()> {
    match &ctx.principal {
        Some(p) if !p.has_any(roles) => Err(AppError::forbidden(format!(
            "this needs one of the roles {}",
            roles
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        _ => Ok(()),
    }
}

/// The acting user's relation to a project today (the installation is related to none,
/// and needs none).
pub fn relation_today(conn: &mut DbConn, ctx: &Ctx, project_id: i64) -> AppResult<Relation> {
    match &ctx.principal {
        None => Ok(Relation::default()),
        Some(p) => relation(conn, p, project_id, ctx.today),
    }
}

/// Whether the acting user may do this on the project today, without refusing.
/// Whether the acting user could do this on some project at all ([`crate::domain::access::may_on_some`];
/// the installation may do everything): when not, no project need be looked at.
pub fn may_on_some(ctx: &Ctx, action: Action) -> bool {
    ctx.principal
        .as_ref()
        .is_none_or(|p| crate::domain::access::may_on_some(p, action))
}

pub fn may_today(conn: &mut DbConn, ctx: &Ctx, project_id: i64, action: Action) -> AppResult<bool> {
    match &ctx.principal {
        None => Ok(true),
        Some(p) => Ok(may(p, relation(conn, p, project_id, ctx.today)?, action)),
    }
}

/// The gate of a view as of `as_of`: only someone who may read the project today and could
/// read it on that day sees it ([`may_read_as_of`]); anyone else gets the 404 of a missing
/// project, so a leader who handed a project over reads nothing recorded under it since.
pub fn require_as_of(
    conn: &mut DbConn,
    ctx: &Ctx,
    project_id: i64,
    as_of: chrono::NaiveDate,
    what: &str,
) -> AppResult<()> {
    let Some(p) = &ctx.principal else {
        return Ok(());
    };
    let now = relation(conn, p, project_id, ctx.today)?;
    let then = relation(conn, p, project_id, as_of)?;
    if may_read_as_of(p, now, then) {
        Ok(())
    } else {
        Err(AppError::not_found(what))
    }
}

/// A record that belongs to one project.
pub trait OfProject {
    fn project_id(&self) -> i64;
}

macro_rules! of_project {
    ($($t:ty),*) => {$(
        impl OfProject for $t {
            fn project_id(&self) -> i64 {
                self.project_id
            }
        }
    )*};
}
of_project!(
    crate::db::models::Milestone,
    crate::db::models::InvestmentPlan,
    crate::db::models::InvestmentReport,
    crate::db::models::ProgressUpdate,
    crate::db::models::Problem
);

/// Loads a record and applies [`require`] to its project; `what` names the record in the
/// 404 ("milestone 7"), word for word what a missing one gets.
pub fn load<T: OfProject>(
    conn: &mut DbConn,
    ctx: &Ctx,
    action: Action,
    what: &str,
    load: impl FnOnce(&mut DbConn) -> AppResult<T>,
) -> AppResult<T> {
    let record = load(conn)?;
    require(conn, ctx, record.project_id(), action, what)?;
    Ok(record)
}

/// The id of the project named by its code, after [`require`].
pub fn require_code(conn: &mut DbConn, ctx: &Ctx, code: &str, action: Action) -> AppResult<i64> {
    let id = project_id(conn, code)?;
    require(conn, ctx, id, action, &format!("project {code}"))?;
    Ok(id)
}

/// The id of the project named by its code, after [`require_as_of`].
pub fn require_code_as_of(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    as_of: NaiveDate,
) -> AppResult<i64> {
    let id = project_id(conn, code)?;
    require_as_of(conn, ctx, id, as_of, &format!("project {code}"))?;
    Ok(id)
}

fn project_id(conn: &mut DbConn, code: &str) -> AppResult<i64> {
    projects::table
        .filter(projects::code.eq(code))
        .select(projects::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("project {code}")))
}

/// The projects the acting user may read today, for a list's filter: `None` for all.
pub fn readable_today(conn: &mut DbConn, ctx: &Ctx) -> AppResult<Option<Vec<i64>>> {
    match &ctx.principal {
        None => Ok(None),
        Some(p) => readable(conn, p, ctx.today),
    }
}

/// The projects the acting user may read as of `as_of` ([`require_as_of`]'s rule, for a
/// list's filter): read today and on that day.
pub fn readable_as_of(
    conn: &mut DbConn,
    ctx: &Ctx,
    as_of: NaiveDate,
) -> AppResult<Option<Vec<i64>>> {
    let Some(p) = &ctx.principal else {
        return Ok(None);
    };
    let now = readable(conn, p, ctx.today)?;
    if as_of == ctx.today {
        return Ok(now);
    }
    Ok(match (now, readable(conn, p, as_of)?) {
        (None, _) | (_, None) => None,
        (Some(now), Some(then)) => Some(now.into_iter().filter(|id| then.contains(id)).collect()),
    })
}

/// The projects a user may read on `on`: `None` for all (admins, supervisors), otherwise
/// the ids reached through the user's roles and the assignments in force that day.
pub(crate) fn readable(
    conn: &mut DbConn,
    p: &Principal,
    on: NaiveDate,
) -> AppResult<Option<Vec<i64>>> {
    if p.reads_everything() {
        return Ok(None);
    }
    let Some(person) = p.person_id else {
        return Ok(Some(Vec::new()));
    };
    let holding = assignments::start_on
        .le(on)
        .and(assignments::end_on.is_null().or(assignments::end_on.gt(on)));
    let mut ids: Vec<i64> = Vec::new();
    if p.has(Role::Leader) {
        ids.extend(
            assignments::table
                .filter(holding)
                .filter(assignments::leader_id.eq(person))
                .select(assignments::project_id)
                .load::<i64>(conn)?,
        );
    }
    if p.has(Role::Responsible) {
        ids.extend(
            assignments::table
                .filter(holding)
                .filter(assignments::person_id.eq(person))
                .select(assignments::project_id)
                .load::<i64>(conn)?,
        );
    }
    if p.has(Role::UnitHead) {
        let units = headed_units(conn, person)?;
        ids.extend(
            assignments::table
                .filter(holding)
                .filter(one_of(assignments::unit_id, &units))
                .select(assignments::project_id)
                .load::<i64>(conn)?,
        );
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(ids))
}

/// Like [`require`] for the project a request body names in `project_code`: a project the
/// user may not read gets the same 422 as a code that does not exist.
pub fn require_named(conn: &mut DbConn, ctx: &Ctx, code: &str, action: Action) -> AppResult<i64> {
    let project = super::projects::named_in_body(conn, code)?;
    require(conn, ctx, project.id, action, "").map_err(|e| match e {
        AppError::NotFound(_) => {
            AppError::field("project_code", format!("no project with code {code}"))
        }
        other => other,
    })?;
    Ok(project.id)
}
