//! The facts access decisions need, read from the ledger: how a user is related to a
//! project on a date, and which projects a user may read. The decisions themselves are
//! [`crate::domain::access::may`].

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{assignments, projects, units};
use crate::domain::access::{Action, Principal, Relation, Role, may};
use crate::error::{AppError, AppResult};

/// Units the person heads.
fn headed_units(conn: &mut DbConn, person: i64) -> AppResult<Vec<i64>> {
    Ok(units::table
        .filter(units::head_person_id.eq(person))
        .select(units::id)
        .load(conn)?)
}

/// The date a read is judged on. Only a leader reads "as of a past date" what he led then;
/// everyone else, and any date after today, is judged on today, so that a past or future
/// assignment gives nobody else a look.
pub fn judged_on(p: &Principal, asked: NaiveDate, today: NaiveDate) -> NaiveDate {
    if p.has(Role::Leader) && asked <= today {
        asked
    } else {
        today
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
pub fn check(
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

/// Loads a record and applies [`check`] to its project; `what` names the record in the
/// 404 ("milestone 7"), word for word what a missing one gets.
pub fn load_checked<T: OfProject>(
    conn: &mut DbConn,
    p: &Principal,
    on: NaiveDate,
    action: Action,
    what: &str,
    load: impl FnOnce(&mut DbConn) -> AppResult<T>,
) -> AppResult<T> {
    let record = load(conn)?;
    check(conn, p, record.project_id(), on, action, what)?;
    Ok(record)
}

/// Like [`check`] for a project named by its code.
pub fn check_code(
    conn: &mut DbConn,
    p: &Principal,
    code: &str,
    on: NaiveDate,
    action: Action,
) -> AppResult<i64> {
    let id: i64 = projects::table
        .filter(projects::code.eq(code))
        .select(projects::id)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("project {code}")))?;
    check(conn, p, id, on, action, &format!("project {code}"))?;
    Ok(id)
}

/// The projects a user may read on `on`: `None` for all (admins, supervisors), otherwise
/// the ids reached through the user's roles and the assignments in force that day.
pub fn readable(conn: &mut DbConn, p: &Principal, on: NaiveDate) -> AppResult<Option<Vec<i64>>> {
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
                .filter(assignments::unit_id.eq_any(units))
                .select(assignments::project_id)
                .load::<i64>(conn)?,
        );
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(ids))
}

/// Like [`check`] for the project a request body names in `project_code`: a project the
/// user may not read gets the same 422 as a code that does not exist.
pub fn check_named(
    conn: &mut DbConn,
    p: &Principal,
    code: &str,
    on: NaiveDate,
    action: Action,
) -> AppResult<()> {
    let project = super::projects::named_in_body(conn, code)?;
    check(conn, p, project.id, on, action, "").map_err(|e| match e {
        AppError::NotFound(_) => {
            crate::error::AppError::field("project_code", format!("no project with code {code}"))
        }
        other => other,
    })
}
