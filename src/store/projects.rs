//! Projects (重点项目) with their responsibility (assignments), stage history and the
//! project page. Reassignment closes the old assignment and opens a new one; a stage change
//! is a dated event. Nothing is overwritten, so any past date can be reconstructed.

use super::one_of::one_of;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use diesel::dsl::exists;
use diesel::prelude::*;

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::units::escape_like;
use super::{Ctx, Page, Paging, audit, investment, milestones as ms, progress};
use crate::db::DbConn;
use crate::db::dates::Fast;
use crate::db::models::{
    Assignment, NewAssignmentRow, NewProjectRow, NewStageEventRow, Person, ProgressUpdate, Project,
    StageEvent, Unit,
};
use crate::db::schema::{assignments, flags, milestones, people, projects, stage_events, units};
use crate::domain::access::{Action, Role};
use crate::domain::calendar::WorkCalendar;
use crate::domain::milestone::{MilestoneFilter, MilestoneState, state_as_of};
use crate::domain::project::{Category, Level, check_code};
use crate::domain::report;
use crate::domain::rules::{self, Light, Reason, Rules};
use crate::domain::stage::Stage;
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "project";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProject {
    /// Unique code, e.g. `KP-2026-07`.
    pub code: String,
    pub name: String,
    pub category: Category,
    pub level: Level,
    pub location: Option<String>,
    pub description: Option<String>,
    /// Total investment in yuan.
    pub total_investment: i64,
    pub planned_start: NaiveDate,
    pub planned_finish: NaiveDate,
    /// Stage at creation (default `signed`).
    pub stage: Option<Stage>,
    /// Date the stage was reached (default today).
    pub stage_on: Option<NaiveDate>,
    /// 责任领导
    pub leader_id: i64,
    /// 责任单位
    pub unit_id: i64,
    /// 责任人
    pub person_id: i64,
    /// Date the responsibility starts (default today).
    pub assigned_on: Option<NaiveDate>,
}

/// Fields left out stay as they are; an empty text clears `location` or `description`.
/// The code, stage and responsibility change only through their own actions.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectPatch {
    pub name: Option<String>,
    pub category: Option<Category>,
    pub level: Option<Level>,
    pub location: Option<String>,
    pub description: Option<String>,
    pub total_investment: Option<i64>,
    pub planned_start: Option<NaiveDate>,
    pub planned_finish: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    pub stage: Stage,
    /// Default today; not in the future, not before the last recorded change.
    pub effective_on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// Only the roles that change need be given; the others carry over.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignInput {
    pub leader_id: Option<i64>,
    pub unit_id: Option<i64>,
    pub person_id: Option<i64>,
    /// First day the new holders answer (default today).
    pub effective_on: Option<NaiveDate>,
}

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ProjectFilter {
    /// Person id of the responsible leader (on `as_of`).
    pub leader: Option<i64>,
    /// Unit id of the responsible unit (on `as_of`).
    pub unit: Option<i64>,
    /// Person id of the responsible person (on `as_of`).
    pub person: Option<i64>,
    pub stage: Option<Stage>,
    pub category: Option<Category>,
    pub level: Option<Level>,
    /// Projects with at least one milestone in this state on `as_of`.
    pub milestone_state: Option<MilestoneFilter>,
    /// Date the filters and counts refer to (default today).
    pub as_of: Option<NaiveDate>,
    /// Part of the code or name.
    pub q: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// Set by the server from the caller's rights: only these projects.
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
    pub title: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UnitRef {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct MilestoneCounts {
    pub total: i64,
    pub done_on_time: i64,
    pub done_late: i64,
    pub open: i64,
    pub overdue: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectSummary {
    #[serde(flatten)]
    pub project: Project,
    /// 红黄绿灯 on `as_of`: the worst of `reasons`.
    pub light: Light,
    /// Why the light is what it is (为何亮灯), worst first: overdue and due-soon milestones,
    /// investment behind 序时进度, a late start, missing monthly reports.
    pub reasons: Vec<Reason>,
    /// A milestone was moved while overdue or moved twice (调整).
    pub adjusted: bool,
    pub leader: Option<PersonRef>,
    pub unit: Option<UnitRef>,
    pub person: Option<PersonRef>,
    pub milestones: MilestoneCounts,
    /// The earliest open milestone's due date.
    pub next_due: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Responsibility {
    pub leader: Person,
    pub unit: Unit,
    pub person: Person,
    pub since: NaiveDate,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProjectDetail {
    #[serde(flatten)]
    pub project: Project,
    pub as_of: NaiveDate,
    /// 红黄绿灯 on `as_of`: the worst of `reasons`.
    pub light: Light,
    /// Why the light is what it is (为何亮灯), worst first.
    pub reasons: Vec<Reason>,
    /// A milestone was moved while overdue or moved twice (调整).
    pub adjusted: bool,
    /// Milestones moved after they fell due (逾期后调整), with the days accrued then.
    pub moved_while_overdue: Vec<crate::domain::report::MovedItem>,
    pub responsibility: Option<Responsibility>,
    pub assignments: Vec<Assignment>,
    pub stages: Vec<StageEvent>,
    pub milestones: Vec<ms::MilestoneView>,
    pub latest_progress: Option<ProgressUpdate>,
    pub investment: investment::YearFigures,
}

pub fn get_by_code(conn: &mut DbConn, code: &str) -> AppResult<Project> {
    projects::table
        .filter(projects::code.eq(code))
        .select(Project::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("project {code}")))
}

/// The project a request body names in `project_code`: an unknown code is a 422 on that
/// field (the URL was fine; a value in the body was not).
pub fn named_in_body(conn: &mut DbConn, code: &str) -> AppResult<Project> {
    get_by_code(conn, code.trim()).map_err(|e| match e {
        AppError::NotFound(_) => {
            AppError::field("project_code", format!("no project with code {code}"))
        }
        other => other,
    })
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Project> {
    projects::table
        .find(id)
        .select(Project::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("project {id}")))
}

/// The assignment in force on `date`, if any: the SQL twin of
/// [`crate::domain::assignment::holder_on`] (later start, then later record, wins).
pub fn assignment_on(
    conn: &mut DbConn,
    project_id: i64,
    date: NaiveDate,
) -> AppResult<Option<Assignment>> {
    Ok(assignments::table
        .filter(assignments::project_id.eq(project_id))
        .filter(assignments::start_on.le(date))
        .filter(
            assignments::end_on
                .is_null()
                .or(assignments::end_on.gt(date)),
        )
        .order((assignments::start_on.desc(), assignments::id.desc()))
        .select(Assignment::as_select())
        .first(conn)
        .optional()?)
}

/// The open assignment (no end date): the one a reassignment closes.
fn open_assignment(conn: &mut DbConn, project_id: i64) -> AppResult<Option<Assignment>> {
    Ok(assignments::table
        .filter(assignments::project_id.eq(project_id))
        .filter(assignments::end_on.is_null())
        .order(assignments::id.desc())
        .select(Assignment::as_select())
        .first(conn)
        .optional()?)
}

fn check_people(
    conn: &mut DbConn,
    f: &mut FieldErrors,
    leader: i64,
    unit: i64,
    person: i64,
) -> AppResult<()> {
    for (field, id) in [("leader_id", leader), ("person_id", person)] {
        match people::table
            .find(id)
            .select(people::active)
            .first::<bool>(conn)
            .optional()?
        {
            None => f.add(field, format!("no person with id {id}")),
            Some(false) => f.add(field, format!("person {id} is not active")),
            Some(true) => {}
        }
    }
    let n: i64 = units::table.find(unit).count().get_result(conn)?;
    if n == 0 {
        f.add("unit_id", format!("no unit with id {unit}"));
    }
    Ok(())
}

pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewProject) -> AppResult<Project> {
    super::access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let code = input.code.trim().to_string();
        let name = input.name.trim().to_string();
        let location = blank_to_none(input.location);
        let description = blank_to_none(input.description);
        let stage = input.stage.unwrap_or(Stage::Signed);
        let stage_on = input.stage_on.unwrap_or(ctx.today);
        let assigned_on = input.assigned_on.unwrap_or(ctx.today);

        let mut f = FieldErrors::new();
        if let Err(why) = check_code(&code) {
            f.add("code", why);
        }
        validate::required_line(&mut f, "name", &name);
        validate::optional_line(&mut f, "location", location.as_deref());
        validate::optional_text(&mut f, "description", description.as_deref());
        validate::non_negative(&mut f, "total_investment", input.total_investment);
        validate::ordered(
            &mut f,
            "planned_finish",
            input.planned_start,
            input.planned_finish,
        );
        validate::not_future(&mut f, "stage_on", stage_on, ctx.today);
        validate::not_future(&mut f, "assigned_on", assigned_on, ctx.today);
        check_people(
            conn,
            &mut f,
            input.leader_id,
            input.unit_id,
            input.person_id,
        )?;
        f.into_result()?;

        let taken: bool = diesel::select(exists(projects::table.filter(projects::code.eq(&code))))
            .get_result(conn)?;
        if taken {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "code",
                format!("project code {code} is already used"),
            ));
        }
        let project: Project = diesel::insert_into(projects::table)
            .values(&NewProjectRow {
                id: None,
                code: &code,
                name: &name,
                category: input.category.as_str(),
                level: input.level.as_str(),
                location: location.as_deref(),
                description: description.as_deref(),
                total_investment: input.total_investment,
                planned_start: input.planned_start,
                planned_finish: input.planned_finish,
                stage: stage.as_str(),
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        diesel::insert_into(stage_events::table)
            .values(&NewStageEventRow {
                project_id: project.id,
                stage: stage.as_str(),
                effective_on: stage_on,
                note: None,
                recorded_by: &ctx.actor,
                recorded_at: ctx.now,
            })
            .execute(conn)?;
        diesel::insert_into(assignments::table)
            .values(&NewAssignmentRow {
                project_id: project.id,
                leader_id: input.leader_id,
                unit_id: input.unit_id,
                person_id: input.person_id,
                start_on: assigned_on,
                end_on: None,
                recorded_by: &ctx.actor,
                recorded_at: ctx.now,
            })
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            project.id,
            "create",
            None::<&Project>,
            Some(&serde_json::json!({
                "project": &project,
                "leader_id": input.leader_id,
                "unit_id": input.unit_id,
                "person_id": input.person_id,
                "assigned_on": assigned_on,
                "stage_on": stage_on,
            })),
        )?;
        Ok(project)
    })
}

pub fn update(conn: &mut DbConn, ctx: &Ctx, code: &str, patch: ProjectPatch) -> AppResult<Project> {
    super::access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let before = get_by_code(conn, code)?;
        let name = patch
            .name
            .map(|n| n.trim().to_string())
            .unwrap_or_else(|| before.name.clone());
        let location = match patch.location {
            Some(v) => blank_to_none(Some(v)),
            None => before.location.clone(),
        };
        let description = match patch.description {
            Some(v) => blank_to_none(Some(v)),
            None => before.description.clone(),
        };
        let total = patch.total_investment.unwrap_or(before.total_investment);
        let start = patch.planned_start.unwrap_or(before.planned_start);
        let finish = patch.planned_finish.unwrap_or(before.planned_finish);
        let mut f = FieldErrors::new();
        validate::required_line(&mut f, "name", &name);
        validate::optional_line(&mut f, "location", location.as_deref());
        validate::optional_text(&mut f, "description", description.as_deref());
        validate::non_negative(&mut f, "total_investment", total);
        validate::ordered(&mut f, "planned_finish", start, finish);
        if start > before.planned_start
            && let Some(first_due) = milestones::table
                .filter(milestones::project_id.eq(before.id))
                .select(diesel::dsl::min(milestones::current_due))
                .first::<Option<NaiveDate>>(conn)?
            && first_due < start
        {
            f.add(
                "planned_start",
                format!("a milestone is due on {first_due}, before this start"),
            );
        }
        f.into_result()?;
        let after: Project = diesel::update(projects::table.find(before.id))
            .set((
                projects::name.eq(&name),
                projects::category.eq(patch
                    .category
                    .map(Category::as_str)
                    .unwrap_or(&before.category)),
                projects::level.eq(patch.level.map(Level::as_str).unwrap_or(&before.level)),
                projects::location.eq(location.as_deref()),
                projects::description.eq(description.as_deref()),
                projects::total_investment.eq(total),
                projects::planned_start.eq(start),
                projects::planned_finish.eq(finish),
                projects::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            after.id,
            "update",
            Some(&before),
            Some(&after),
        )?;
        Ok(after)
    })
}

/// Removes a project and everything recorded under it; the audit log keeps the record.
pub fn delete(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<()> {
    super::access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let before = get_by_code(conn, code)?;
        diesel::delete(projects::table.find(before.id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            before.id,
            "delete",
            Some(&before),
            None::<&Project>,
        )?;
        Ok(())
    })
}

pub fn change_stage(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    input: StageChange,
) -> AppResult<StageEvent> {
    super::access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let project = get_by_code(conn, code)?;
        let on = input.effective_on.unwrap_or(ctx.today);
        let note = blank_to_none(input.note);
        let mut f = FieldErrors::new();
        validate::not_future(&mut f, "effective_on", on, ctx.today);
        validate::optional_text(&mut f, "note", note.as_deref());
        let last: Option<NaiveDate> = stage_events::table
            .filter(stage_events::project_id.eq(project.id))
            .select(diesel::dsl::max(stage_events::effective_on))
            .first(conn)?;
        if let Some(last) = last
            && on < last
        {
            f.add(
                "effective_on",
                format!("must not be before the last recorded stage change ({last})"),
            );
        }
        f.into_result()?;
        if project.stage == input.stage.as_str() {
            return Err(AppError::conflict_on(
                Code::NoChange,
                "stage",
                format!(
                    "project {code} is already at stage {}",
                    input.stage.as_str()
                ),
            ));
        }
        let event: StageEvent = diesel::insert_into(stage_events::table)
            .values(&NewStageEventRow {
                project_id: project.id,
                stage: input.stage.as_str(),
                effective_on: on,
                note: note.as_deref(),
                recorded_by: &ctx.actor,
                recorded_at: ctx.now,
            })
            .get_result(conn)?;
        diesel::update(projects::table.find(project.id))
            .set((
                projects::stage.eq(input.stage.as_str()),
                projects::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            project.id,
            "stage",
            Some(&serde_json::json!({ "stage": project.stage })),
            Some(&event),
        )?;
        Ok(event)
    })
}

pub fn assign(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    input: AssignInput,
) -> AppResult<Assignment> {
    super::access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let project = get_by_code(conn, code)?;
        let on = input.effective_on.unwrap_or(ctx.today);
        let current = open_assignment(conn, project.id)?;
        let pick = |new: Option<i64>, old: Option<i64>, field: &str, f: &mut FieldErrors| {
            new.or(old).unwrap_or_else(|| {
                f.add(field, "is required: the project has no current assignment");
                0
            })
        };
        let mut f = FieldErrors::new();
        let leader = pick(
            input.leader_id,
            current.as_ref().map(|a| a.leader_id),
            "leader_id",
            &mut f,
        );
        let unit = pick(
            input.unit_id,
            current.as_ref().map(|a| a.unit_id),
            "unit_id",
            &mut f,
        );
        let person = pick(
            input.person_id,
            current.as_ref().map(|a| a.person_id),
            "person_id",
            &mut f,
        );
        validate::not_future(&mut f, "effective_on", on, ctx.today);
        if let Some(cur) = &current
            && on < cur.start_on
        {
            f.add(
                "effective_on",
                format!(
                    "must not be before the current assignment's start ({})",
                    cur.start_on
                ),
            );
        }
        if f.is_empty() {
            check_people(conn, &mut f, leader, unit, person)?;
        }
        f.into_result()?;
        if let Some(cur) = &current
            && (cur.leader_id, cur.unit_id, cur.person_id) == (leader, unit, person)
        {
            return Err(AppError::conflict(
                Code::NoChange,
                format!("project {code} is already assigned to these holders"),
            ));
        }
        if let Some(cur) = &current {
            diesel::update(assignments::table.find(cur.id))
                .set(assignments::end_on.eq(Some(on)))
                .execute(conn)?;
        }
        let new: Assignment = diesel::insert_into(assignments::table)
            .values(&NewAssignmentRow {
                project_id: project.id,
                leader_id: leader,
                unit_id: unit,
                person_id: person,
                start_on: on,
                end_on: None,
                recorded_by: &ctx.actor,
                recorded_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            project.id,
            "assign",
            current.as_ref(),
            Some(&new),
        )?;
        Ok(new)
    })
}

pub fn assignment_history(conn: &mut DbConn, project_id: i64) -> AppResult<Vec<Assignment>> {
    Ok(assignments::table
        .filter(assignments::project_id.eq(project_id))
        .order((assignments::start_on, assignments::id))
        .select(Assignment::as_select())
        .load(conn)?)
}

/// Whether the acting user reports on the project named in a path (for a form that must
/// know before it reads its own fields): 404 when they may not read it, 403 when they may
/// read but not report.
pub fn may_report(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<()> {
    super::access::require_code(conn, ctx, code, Action::Report).map(|_| ())
}

/// Whether the acting user decides the project's reschedule requests today (its leader,
/// an admin): the project page offers the decision only to them.
pub fn decides(conn: &mut DbConn, ctx: &Ctx, project_id: i64) -> AppResult<bool> {
    super::access::may_today(conn, ctx, project_id, Action::ApproveReschedule)
}

/// Who held the project, from when to when, for whoever may read it.
pub fn assignments_of(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<Vec<Assignment>> {
    let id = super::access::require_code(conn, ctx, code, Action::Read)?;
    assignment_history(conn, id)
}

/// The project's dated stage changes, for whoever may read it.
pub fn stages_of(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<Vec<StageEvent>> {
    let id = super::access::require_code(conn, ctx, code, Action::Read)?;
    stage_history(conn, id)
}

pub fn stage_history(conn: &mut DbConn, project_id: i64) -> AppResult<Vec<StageEvent>> {
    Ok(stage_events::table
        .filter(stage_events::project_id.eq(project_id))
        .order((stage_events::effective_on, stage_events::id))
        .select(StageEvent::as_select())
        .load(conn)?)
}

type BoxedProjects<'a> = projects::BoxedQuery<'a, crate::db::MultiBackend>;

fn filtered<'a>(f: &'a ProjectFilter, as_of: NaiveDate) -> BoxedProjects<'a> {
    let mut q = projects::table.into_boxed();
    if let Some(ids) = &f.within {
        q = q.filter(one_of(projects::id, ids));
    }
    let holding = assignments::start_on.le(as_of).and(
        assignments::end_on
            .is_null()
            .or(assignments::end_on.gt(as_of)),
    );
    if let Some(l) = f.leader {
        q = q.filter(
            projects::id.eq_any(
                assignments::table
                    .select(assignments::project_id)
                    .filter(assignments::leader_id.eq(l))
                    .filter(holding),
            ),
        );
    }
    if let Some(u) = f.unit {
        q = q.filter(
            projects::id.eq_any(
                assignments::table
                    .select(assignments::project_id)
                    .filter(assignments::unit_id.eq(u))
                    .filter(holding),
            ),
        );
    }
    if let Some(p) = f.person {
        q = q.filter(
            projects::id.eq_any(
                assignments::table
                    .select(assignments::project_id)
                    .filter(assignments::person_id.eq(p))
                    .filter(holding),
            ),
        );
    }
    if let Some(s) = f.stage {
        q = q.filter(projects::stage.eq(s.as_str()));
    }
    if let Some(c) = f.category {
        q = q.filter(projects::category.eq(c.as_str()));
    }
    if let Some(l) = f.level {
        q = q.filter(projects::level.eq(l.as_str()));
    }
    if let Some(state) = f.milestone_state {
        let ids = milestones::table.select(milestones::project_id);
        q = match state {
            MilestoneFilter::Done => q.filter(projects::id.eq_any(ids.filter(ms::is_done(as_of)))),
            MilestoneFilter::Open => q.filter(projects::id.eq_any(ids.filter(ms::is_open(as_of)))),
            MilestoneFilter::Overdue => {
                q.filter(projects::id.eq_any(ids.filter(ms::is_overdue(as_of))))
            }
        };
    }
    if let Some(text) = f.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let pat = format!("%{}%", escape_like(text));
        q = q.filter(
            projects::code
                .like(pat.clone())
                .escape('\\')
                .or(projects::name.like(pat).escape('\\')),
        );
    }
    q
}

/// Every project the filter selects, page after page (its `limit` and `offset` are ignored).
pub fn list_all(
    conn: &mut DbConn,
    ctx: &Ctx,
    rules: &Rules,
    f: &ProjectFilter,
) -> AppResult<Vec<ProjectSummary>> {
    let as_of = f.as_of.unwrap_or(ctx.today);
    let f = within_readable(conn, ctx, f, as_of)?;
    // One pass, not page after page: each page would read the history it summarizes again.
    let rows: Vec<Project> = filtered(&f, as_of)
        .order(projects::code)
        .select(Project::as_select())
        .load(conn)?;
    let cal = super::calendar::load(conn)?;
    summarize(conn, ctx.tz, rows, as_of, &cal, rules)
}

/// The filter narrowed to the projects the acting user may read as of `as_of`.
fn within_readable(
    conn: &mut DbConn,
    ctx: &Ctx,
    f: &ProjectFilter,
    as_of: NaiveDate,
) -> AppResult<ProjectFilter> {
    let mut f = f.clone();
    if let Some(readable) = super::access::readable_as_of(conn, ctx, as_of)? {
        f.within = Some(match f.within.take() {
            Some(asked) => asked
                .into_iter()
                .filter(|id| readable.contains(id))
                .collect(),
            None => readable,
        });
    }
    Ok(f)
}

/// The projects the acting user may read as of the filter's date (today by default), with
/// their responsibility and milestone counts then.
pub fn list(
    conn: &mut DbConn,
    ctx: &Ctx,
    rules: &Rules,
    f: &ProjectFilter,
) -> AppResult<Page<ProjectSummary>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let as_of = f.as_of.unwrap_or(ctx.today);
    let f = &within_readable(conn, ctx, f, as_of)?;
    let rows: Vec<Project> = filtered(f, as_of)
        .order(projects::code)
        .limit(limit)
        .offset(offset)
        .select(Project::as_select())
        .load(conn)?;
    let total = super::page_total(rows.len(), limit, offset, || {
        Ok(filtered(f, as_of).count().get_result(conn)?)
    })?;
    let cal = super::calendar::load(conn)?;
    let items = summarize(conn, ctx.tz, rows, as_of, &cal, rules)?;
    Ok(Page { items, total })
}

/// Adds responsibility and milestone counts to a page of projects, in a fixed number of
/// queries whatever the page size.
pub fn summarize(
    conn: &mut DbConn,
    tz: chrono_tz::Tz,
    rows: Vec<Project>,
    as_of: NaiveDate,
    cal: &WorkCalendar,
    rules: &Rules,
) -> AppResult<Vec<ProjectSummary>> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let scope = super::scope_of(conn, &ids)?;
    let holding: Vec<Assignment> = super::in_scope(scope, |ids| {
        let mut q = assignments::table
            .filter(assignments::start_on.le(as_of))
            .filter(
                assignments::end_on
                    .is_null()
                    .or(assignments::end_on.gt(as_of)),
            )
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(assignments::project_id, ids));
        }
        Ok(q.order(assignments::id)
            .select(Assignment::as_select())
            .load(conn)?)
    })?;
    let by_project: HashMap<i64, &Assignment> = holding.iter().map(|a| (a.project_id, a)).collect();
    let mut person_ids: Vec<i64> = holding
        .iter()
        .flat_map(|a| [a.leader_id, a.person_id])
        .collect();
    person_ids.sort_unstable();
    person_ids.dedup();
    let mut unit_ids: Vec<i64> = holding.iter().map(|a| a.unit_id).collect();
    unit_ids.sort_unstable();
    unit_ids.dedup();
    let persons: HashMap<i64, PersonRef> = super::in_chunks(&person_ids, |ids| {
        Ok(people::table
            .filter(one_of(people::id, ids))
            .select((people::id, people::name, people::title))
            .load::<(i64, String, Option<String>)>(conn)?)
    })?
    .into_iter()
    .map(|(id, name, title)| (id, PersonRef { id, name, title }))
    .collect();
    let unit_names: HashMap<i64, UnitRef> = super::in_chunks(&unit_ids, |ids| {
        Ok(units::table
            .filter(one_of(units::id, ids))
            .select((units::id, units::name))
            .load::<(i64, String)>(conn)?)
    })?
    .into_iter()
    .map(|(id, name)| (id, UnitRef { id, name }))
    .collect();
    let dues = super::in_scope(scope, |ids| {
        let mut q = milestones::table.into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(milestones::project_id, ids));
        }
        Ok(q.select((
            milestones::project_id,
            milestones::current_due,
            milestones::completed_on,
        ))
        .load::<(i64, Fast<NaiveDate>, Fast<Option<NaiveDate>>)>(conn)?)
    })?;
    let mut counts: HashMap<i64, (MilestoneCounts, Option<NaiveDate>)> = HashMap::new();
    let mut lit = lights(conn, tz, scope, as_of, cal, rules)?;
    for (pid, Fast(due), Fast(done)) in dues {
        let (c, next) = counts.entry(pid).or_default();
        c.total += 1;
        match state_as_of(due, done, as_of) {
            MilestoneState::DoneOnTime => c.done_on_time += 1,
            MilestoneState::DoneLate { .. } => c.done_late += 1,
            MilestoneState::Open { .. } => c.open += 1,
            MilestoneState::Overdue { .. } => c.overdue += 1,
        }
        if !state_as_of(due, done, as_of).is_done() && next.is_none_or(|n| due < n) {
            *next = Some(due);
        }
    }
    Ok(rows
        .into_iter()
        .map(|project| {
            let a = by_project.get(&project.id);
            let (milestones, next_due) = counts.remove(&project.id).unwrap_or_default();
            let (reasons, adjusted) = lit.remove(&project.id).unwrap_or_default();
            ProjectSummary {
                light: rules::light_of(&reasons),
                reasons,
                adjusted,
                leader: a.and_then(|a| persons.get(&a.leader_id).cloned()),
                unit: a.and_then(|a| unit_names.get(&a.unit_id).cloned()),
                person: a.and_then(|a| persons.get(&a.person_id).cloned()),
                milestones,
                next_due,
                project,
            }
        })
        .collect())
}

/// Each project's reasons for its light on `as_of` and whether it keeps the 调整 mark,
/// from its history (`domain::report::reasons`: the one rule the report, the board and the
/// project page share).
fn lights(
    conn: &mut DbConn,
    tz: chrono_tz::Tz,
    ids: Option<&[i64]>,
    as_of: NaiveDate,
    cal: &WorkCalendar,
    rules: &Rules,
) -> AppResult<HashMap<i64, (Vec<Reason>, bool)>> {
    let facts = project_facts(conn, tz, ids, as_of)?;
    Ok(facts
        .iter()
        .map(|p| {
            let adjusted = p.milestones.iter().any(|m| m.adjusted(as_of));
            (p.id, (report::reasons(p, as_of, cal, rules), adjusted))
        })
        .collect())
}

/// The facts of these projects (`None`: the whole zone) as of a day.
fn project_facts(
    conn: &mut DbConn,
    tz: chrono_tz::Tz,
    ids: Option<&[i64]>,
    as_of: NaiveDate,
) -> AppResult<Vec<report::ProjectFacts>> {
    let only = super::reports::InspectionFilter {
        within: ids.map(<[i64]>::to_vec),
        ..Default::default()
    };
    super::reports::facts(conn, tz, as_of, as_of.year(), &only)
}

/// The project page: responsibility on `as_of`, its history, milestones with their state,
/// the latest ledger entry and the year's plan against completion.
///
/// Read as of a day, it shows what was in force on that day (the holders and stages then,
/// completions and progress dated by then), and only to
/// whoever may read the project today and could read it then
/// ([`super::access::require_as_of`]).
pub fn detail(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    as_of: NaiveDate,
    rules: &Rules,
) -> AppResult<ProjectDetail> {
    super::access::require_code_as_of(conn, ctx, code, as_of)?;
    let project = get_by_code(conn, code)?;
    let responsibility = match assignment_on(conn, project.id, as_of)? {
        Some(a) => Some(Responsibility {
            leader: super::people::get(conn, a.leader_id)?,
            unit: super::units::get(conn, a.unit_id)?,
            person: super::people::get(conn, a.person_id)?,
            since: a.start_on,
        }),
        None => None,
    };
    let cal = super::calendar::load(conn)?;
    let red: HashMap<i64, NaiveDate> = flags::table
        .inner_join(milestones::table)
        .filter(milestones::project_id.eq(project.id))
        .filter(flags::kind.eq("overdue"))
        .filter(flags::since.le(as_of))
        .filter(flags::cleared_on.is_null().or(flags::cleared_on.gt(as_of)))
        .select((milestones::id, flags::since))
        .load::<(i64, NaiveDate)>(conn)?
        .into_iter()
        .collect();
    let rows = ms::for_project(conn, project.id)?;
    let mut milestones = ms::MilestoneView::all(conn, ctx.tz, rows, as_of, &cal, rules)?;
    for v in &mut milestones {
        v.red_since = red.get(&v.milestone.id).copied();
    }
    let facts = project_facts(conn, ctx.tz, Some(&[project.id]), as_of)?;
    let row = facts
        .first()
        .map(|p| report::project_row(p, as_of, &cal, rules));
    let (reasons, adjusted, moved_while_overdue) = row
        .map(|r| (r.reasons, r.adjusted, r.moved_while_overdue))
        .unwrap_or_default();
    Ok(ProjectDetail {
        as_of,
        light: rules::light_of(&reasons),
        reasons,
        adjusted,
        moved_while_overdue,
        responsibility,
        assignments: assignment_history(conn, project.id)?
            .into_iter()
            .filter(|a| a.start_on <= as_of)
            .collect(),
        stages: stage_history(conn, project.id)?
            .into_iter()
            .filter(|e| e.effective_on <= as_of)
            .collect(),
        milestones,
        latest_progress: progress::latest(conn, project.id, as_of)?,
        investment: investment::year_figures_as_of(conn, project.id, as_of)?,
        project,
    })
}
