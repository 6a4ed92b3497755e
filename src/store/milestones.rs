//! Milestones (建设时间节点): the baseline due date is the original commitment and never
//! changes; the current due date moves only by an approved reschedule with a reason, and
//! every request, approved, rejected or pending, is kept in `reschedules`.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::one_of::one_of;
use super::{Ctx, Page, Paging, access, audit, projects};
use crate::db::dates::Fast;
use crate::db::models::{Milestone, NewMilestoneRow, NewRescheduleRow, Reschedule};
use crate::db::schema::{assignments, milestones, reschedules};
use crate::db::{DbConn, MultiBackend};
use crate::domain::access::{Action, completion_refusal, earliest_completion};
use crate::domain::calendar::WorkCalendar;
use crate::domain::milestone::{MilestoneFilter, MilestoneState, state_as_of};
use crate::domain::rules::{self, Rules, Status};
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "milestone";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMilestone {
    pub project_code: String,
    pub title: String,
    /// Due date; becomes both the baseline and the current due date.
    pub due: NaiveDate,
    /// Position in the project (default: after the last one).
    pub ordinal: Option<i32>,
}

/// Only the title and position change here: dates move by reschedule, completion by
/// the complete action.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestonePatch {
    pub title: Option<String>,
    pub ordinal: Option<i32>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompleteInput {
    /// Completion date (default today); not in the future.
    pub date: Option<NaiveDate>,
    /// What shows it is done (验收意见, 批复文号, photos filed at ...).
    pub evidence: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RescheduleInput {
    #[serde(alias = "new_date")]
    pub new_due: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MilestoneListFilter {
    /// Project code.
    pub project: Option<String>,
    /// Responsible leader's person id (on `as_of`).
    pub leader: Option<i64>,
    /// Responsible unit id (on `as_of`).
    pub unit: Option<i64>,
    /// Responsible person's id (on `as_of`).
    pub person: Option<i64>,
    pub state: Option<MilestoneFilter>,
    /// Date the state refers to (default today).
    pub as_of: Option<NaiveDate>,
    /// Current due date on or after.
    pub due_from: Option<NaiveDate>,
    /// Current due date on or before.
    pub due_to: Option<NaiveDate>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// Set by the server from the caller's rights: only these projects.
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MilestoneView {
    #[serde(flatten)]
    pub milestone: Milestone,
    /// State on the date asked about, in calendar days.
    #[schema(value_type = Object)]
    pub status: MilestoneState,
    /// The same in working days, with the due-soon window of the rules
    /// (`on_schedule`, `due_soon`, `overdue`, `done_on_time`, `done_late`).
    #[schema(value_type = Object)]
    pub working_status: Status,
    /// The due date moved away from the baseline.
    pub rescheduled: bool,
    /// The first day it was flagged overdue (red), when it is red on the date asked about.
    #[serde(serialize_with = "crate::db::dates::day_opt")]
    pub red_since: Option<NaiveDate>,
    /// Moved while overdue, or moved twice, by the date asked about: its light keeps the
    /// 调整 mark.
    pub adjusted: bool,
    /// Moves made after the due date then in force had passed (逾期后调整), with the working
    /// days it was overdue by then: they stay on the record.
    pub moved_while_overdue: Vec<rules::MovedWhileOverdue>,
}

impl MilestoneView {
    /// The milestone as it stood on `as_of`: a completion dated later, and its evidence,
    /// were not on the record then and are not shown.
    /// `moves` are its approved moves ([`moves`]).
    pub fn new(
        mut m: Milestone,
        moves: &[(NaiveDate, NaiveDate)],
        as_of: NaiveDate,
        cal: &WorkCalendar,
        rules: &Rules,
    ) -> Self {
        if m.completed_on.is_some_and(|d| d > as_of) {
            m.completed_on = None;
            m.evidence = None;
        }
        Self {
            status: state_as_of(m.current_due, m.completed_on, as_of),
            working_status: rules::status(cal, rules, m.current_due, m.completed_on, as_of),
            rescheduled: m.current_due != m.baseline_due,
            red_since: None,
            adjusted: rules::adjusted(m.baseline_due, moves, as_of),
            moved_while_overdue: rules::moved_while_overdue(cal, m.baseline_due, moves, as_of),
            milestone: m,
        }
    }

    /// Views of milestones as of `as_of`, with their moves loaded in one query.
    pub fn all(
        conn: &mut DbConn,
        tz: chrono_tz::Tz,
        rows: Vec<Milestone>,
        as_of: NaiveDate,
        cal: &WorkCalendar,
        rules: &Rules,
    ) -> AppResult<Vec<Self>> {
        let ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
        let moved = moves(conn, tz, Some(&ids))?;
        Ok(rows
            .into_iter()
            .map(|m| {
                let mv = moved.get(&m.id).map(Vec::as_slice).unwrap_or_default();
                Self::new(m, mv, as_of, cal, rules)
            })
            .collect())
    }
}

/// What the acting user answers for today: the open milestones of the projects they may
/// read, each with whether they report on it, and the projects they report on (with or
/// without an open milestone).
pub struct Worklist {
    pub open: Vec<(MilestoneView, bool)>,
    pub reporting: Vec<crate::db::models::Project>,
}

pub fn worklist(conn: &mut DbConn, ctx: &Ctx, rules: &Rules) -> AppResult<Worklist> {
    let open = list(
        conn,
        ctx,
        rules,
        &MilestoneListFilter {
            state: Some(MilestoneFilter::Open),
            limit: Some(super::MAX_LIMIT),
            ..Default::default()
        },
    )?;
    let mut reports: std::collections::HashMap<i64, bool> = std::collections::HashMap::new();
    let mut reporting = Vec::new();
    for pid in access::readable_today(conn, ctx)?.unwrap_or_default() {
        let may = access::may_today(conn, ctx, pid, Action::Report)?;
        reports.insert(pid, may);
        if may {
            reporting.push(projects::get(conn, pid)?);
        }
    }
    // Someone who may report on no project (the office) is answered no without asking for
    // each milestone's project; anyone else is asked once a project.
    let reports_somewhere = access::may_on_some(ctx, Action::Report);
    let mut with_rights = Vec::with_capacity(open.items.len());
    for m in open.items {
        let pid = m.milestone.project_id;
        let may = match reports.get(&pid) {
            Some(may) => *may,
            None if !reports_somewhere => false,
            None => {
                let may = access::may_today(conn, ctx, pid, Action::Report)?;
                reports.insert(pid, may);
                may
            }
        };
        with_rights.push((m, may));
    }
    Ok(Worklist {
        open: with_rights,
        reporting,
    })
}

/// One milestone with its state today, for whoever may read its project.
pub fn view(conn: &mut DbConn, ctx: &Ctx, rules: &Rules, id: i64) -> AppResult<MilestoneView> {
    let m = readable(conn, ctx, id)?;
    let cal = super::calendar::load(conn)?;
    let mut one = MilestoneView::all(conn, ctx.tz, vec![m], ctx.today, &cal, rules)?;
    one.pop()
        .ok_or_else(|| AppError::not_found(format!("milestone {id}")))
}

/// The milestone, once the acting user is found to report on its project (for a form that
/// must know before it reads its own fields).
pub fn reportable(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Milestone> {
    access::load(conn, ctx, Action::Report, &format!("milestone {id}"), |c| {
        get(c, id)
    })
}

/// The milestone, after the acting user's right to read its project.
fn readable(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Milestone> {
    access::load(conn, ctx, Action::Read, &format!("milestone {id}"), |c| {
        get(c, id)
    })
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Milestone> {
    milestones::table
        .find(id)
        .select(Milestone::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("milestone {id}")))
}

pub fn for_project(conn: &mut DbConn, project_id: i64) -> AppResult<Vec<Milestone>> {
    Ok(milestones::table
        .filter(milestones::project_id.eq(project_id))
        .order((milestones::ordinal, milestones::id))
        .select(Milestone::as_select())
        .load(conn)?)
}

/// The milestones of these projects as of a date, by project, in their order: the district
/// timeline's rows. Only projects the acting user may read on that date are answered, as in
/// [`list`], whatever ids the caller asks for.
pub fn of_projects(
    conn: &mut DbConn,
    ctx: &Ctx,
    rules: &Rules,
    ids: &[i64],
    as_of: NaiveDate,
) -> AppResult<HashMap<i64, Vec<MilestoneView>>> {
    let mut by_project: HashMap<i64, Vec<MilestoneView>> = HashMap::new();
    let readable = access::readable_as_of(conn, ctx, as_of)?;
    let ids: Vec<i64> = match &readable {
        Some(allowed) => {
            let allowed: std::collections::HashSet<i64> = allowed.iter().copied().collect();
            ids.iter()
                .copied()
                .filter(|i| allowed.contains(i))
                .collect()
        }
        None => ids.to_vec(),
    };
    let cal = super::calendar::load(conn)?;
    // In slices, so that a province's thousands of projects stay under the bind limits.
    for chunk in ids.chunks(super::IDS_PER_QUERY) {
        let rows: Vec<Milestone> = milestones::table
            .filter(one_of(milestones::project_id, chunk))
            .order((milestones::project_id, milestones::ordinal, milestones::id))
            .select(Milestone::as_select())
            .load(conn)?;
        for v in MilestoneView::all(conn, ctx.tz, rows, as_of, &cal, rules)? {
            by_project
                .entry(v.milestone.project_id)
                .or_default()
                .push(v);
        }
    }
    Ok(by_project)
}

// The SQL form of [`crate::domain::milestone::state_as_of`] for list filters; the two must
// agree (tests/it/api_ledger.rs compares them on real data).

/// Completed on or before `as_of`.
#[diesel::dsl::auto_type]
pub fn is_done(as_of: NaiveDate) -> _ {
    milestones::completed_on.le(as_of)
}

/// Not completed as of `as_of` (a later completion is not yet known then).
#[diesel::dsl::auto_type]
pub fn is_open(as_of: NaiveDate) -> _ {
    milestones::completed_on
        .is_null()
        .or(milestones::completed_on.gt(as_of))
}

/// Open and past its current due date.
#[diesel::dsl::auto_type]
pub fn is_overdue(as_of: NaiveDate) -> _ {
    let open: is_open = is_open(as_of);
    open.and(milestones::current_due.lt(as_of))
}

pub fn filter_state<'a, ST: 'a>(
    q: milestones::BoxedQuery<'a, MultiBackend, ST>,
    state: MilestoneFilter,
    as_of: NaiveDate,
) -> milestones::BoxedQuery<'a, MultiBackend, ST> {
    match state {
        MilestoneFilter::Done => q.filter(is_done(as_of)),
        MilestoneFilter::Open => q.filter(is_open(as_of)),
        MilestoneFilter::Overdue => q.filter(is_overdue(as_of)),
    }
}

/// Milestones of the projects the acting user may read as of the filter's date (today by
/// default), with their state then, soonest due first.
pub fn list(
    conn: &mut DbConn,
    ctx: &Ctx,
    rules: &Rules,
    f: &MilestoneListFilter,
) -> AppResult<Page<MilestoneView>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let as_of = f.as_of.unwrap_or(ctx.today);
    let readable = access::readable_as_of(conn, ctx, as_of)?;
    let project_id = match &f.project {
        Some(code) => Some(projects::get_by_code(conn, code)?.id),
        None => None,
    };
    let query = || {
        let mut q = milestones::table.into_boxed();
        if let Some(p) = project_id {
            q = q.filter(milestones::project_id.eq(p));
        }
        if let Some(ids) = &f.within {
            q = q.filter(one_of(milestones::project_id, ids));
        }
        if let Some(ids) = &readable {
            q = q.filter(one_of(milestones::project_id, ids));
        }
        let holding = assignments::start_on.le(as_of).and(
            assignments::end_on
                .is_null()
                .or(assignments::end_on.gt(as_of)),
        );
        if let Some(l) = f.leader {
            q = q.filter(
                milestones::project_id.eq_any(
                    assignments::table
                        .select(assignments::project_id)
                        .filter(assignments::leader_id.eq(l).and(holding)),
                ),
            );
        }
        if let Some(u) = f.unit {
            q = q.filter(
                milestones::project_id.eq_any(
                    assignments::table
                        .select(assignments::project_id)
                        .filter(assignments::unit_id.eq(u).and(holding)),
                ),
            );
        }
        if let Some(p) = f.person {
            q = q.filter(
                milestones::project_id.eq_any(
                    assignments::table
                        .select(assignments::project_id)
                        .filter(assignments::person_id.eq(p).and(holding)),
                ),
            );
        }
        if let Some(d) = f.due_from {
            q = q.filter(milestones::current_due.ge(d));
        }
        if let Some(d) = f.due_to {
            q = q.filter(milestones::current_due.le(d));
        }
        if let Some(s) = f.state {
            q = filter_state(q, s, as_of);
        }
        q
    };
    let rows: Vec<Milestone> = query()
        .order((milestones::current_due, milestones::id))
        .limit(limit)
        .offset(offset)
        .select(Milestone::as_select())
        .load(conn)?;
    let total = super::page_total(rows.len(), limit, offset, || {
        Ok(query().count().get_result(conn)?)
    })?;
    let cal = super::calendar::load(conn)?;
    Ok(Page {
        items: MilestoneView::all(conn, ctx.tz, rows, as_of, &cal, rules)?,
        total,
    })
}

fn ordinal_taken(
    conn: &mut DbConn,
    project_id: i64,
    ordinal: i32,
    except: Option<i64>,
) -> AppResult<bool> {
    let mut q = milestones::table
        .filter(milestones::project_id.eq(project_id))
        .filter(milestones::ordinal.eq(ordinal))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(milestones::id.ne(id));
    }
    Ok(q.count().get_result::<i64>(conn)? > 0)
}

pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewMilestone) -> AppResult<Milestone> {
    conn.transaction(|conn| {
        let project = projects::named_in_body(conn, &input.project_code)?;
        let title = input.title.trim().to_string();
        let mut f = FieldErrors::new();
        validate::required_line(&mut f, "title", &title);
        if input.due < project.planned_start {
            f.add(
                "due",
                format!(
                    "must not be before the project's planned start ({})",
                    project.planned_start
                ),
            );
        }
        if let Some(o) = input.ordinal
            && !(1..=10_000).contains(&o)
        {
            f.add("ordinal", "must be between 1 and 10000");
        }
        f.into_result()?;
        let ordinal = match input.ordinal {
            Some(o) => {
                if ordinal_taken(conn, project.id, o, None)? {
                    return Err(AppError::conflict_on(
                        Code::Duplicate,
                        "ordinal",
                        format!(
                            "project {} already has a milestone number {o}",
                            project.code
                        ),
                    ));
                }
                o
            }
            None => {
                milestones::table
                    .filter(milestones::project_id.eq(project.id))
                    .select(diesel::dsl::max(milestones::ordinal))
                    .first::<Option<i32>>(conn)?
                    .unwrap_or(0)
                    + 1
            }
        };
        let m: Milestone = diesel::insert_into(milestones::table)
            .values(&NewMilestoneRow {
                id: None,
                project_id: project.id,
                ordinal,
                title: &title,
                baseline_due: input.due,
                current_due: input.due,
                completed_on: None,
                evidence: None,
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            m.id,
            "create",
            None::<&Milestone>,
            Some(&m),
        )?;
        Ok(m)
    })
}

pub fn update(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    patch: MilestonePatch,
) -> AppResult<Milestone> {
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let title = patch
            .title
            .map(|t| t.trim().to_string())
            .unwrap_or_else(|| before.title.clone());
        let ordinal = patch.ordinal.unwrap_or(before.ordinal);
        let mut f = FieldErrors::new();
        validate::required_line(&mut f, "title", &title);
        if !(1..=10_000).contains(&ordinal) {
            f.add("ordinal", "must be between 1 and 10000");
        }
        f.into_result()?;
        if ordinal != before.ordinal && ordinal_taken(conn, before.project_id, ordinal, Some(id))? {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "ordinal",
                format!("the project already has a milestone number {ordinal}"),
            ));
        }
        let after: Milestone = diesel::update(milestones::table.find(id))
            .set((
                milestones::title.eq(&title),
                milestones::ordinal.eq(ordinal),
                milestones::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, id, "update", Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn delete(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<()> {
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        diesel::delete(milestones::table.find(id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "delete",
            Some(&before),
            None::<&Milestone>,
        )?;
        Ok(())
    })
}

pub fn complete(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    input: CompleteInput,
) -> AppResult<Milestone> {
    conn.transaction(|conn| {
        let before = reportable(conn, ctx, id)?;
        let date = input.date.unwrap_or(ctx.today);
        let evidence = input.evidence.trim().to_string();
        let mut f = FieldErrors::new();
        validate::required_text(&mut f, "evidence", &evidence);
        validate::not_future(&mut f, "date", date, ctx.today);
        if let Some(p) = &ctx.principal
            && let Some(earliest) = earliest_completion(p, ctx.today)
            && date < earliest
        {
            f.add("date", completion_refusal(earliest));
        }
        f.into_result()?;
        if let Some(done) = before.completed_on {
            return Err(AppError::conflict(
                Code::AlreadyCompleted,
                format!("milestone {id} was already completed on {done}"),
            ));
        }
        let after: Milestone = diesel::update(milestones::table.find(id))
            .set((
                milestones::completed_on.eq(Some(date)),
                milestones::evidence.eq(Some(&evidence)),
                milestones::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "complete",
            Some(&before),
            Some(&after),
        )?;
        Ok(after)
    })
}

/// The approved moves of milestones (all, or `only` these), each `(the day it took effect
/// in the zone, the new due date)` in the order made: a reschedule counts from the day it
/// was approved (requests made before approval existed were approved when made). Pending,
/// rejected and withdrawn requests never moved anything.
pub fn moves(
    conn: &mut DbConn,
    tz: chrono_tz::Tz,
    only: Option<&[i64]>,
) -> AppResult<HashMap<i64, Vec<(NaiveDate, NaiveDate)>>> {
    let rows = super::in_scope(only, |ids| {
        let mut q = reschedules::table
            .filter(reschedules::status.eq(APPROVED))
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(reschedules::milestone_id, ids));
        }
        Ok(q.select((
            reschedules::milestone_id,
            reschedules::requested_at,
            reschedules::decided_at,
            reschedules::new_due,
        ))
        .order(reschedules::id)
        .load::<(
            i64,
            Fast<NaiveDateTime>,
            Fast<Option<NaiveDateTime>>,
            Fast<NaiveDate>,
        )>(conn)?)
    })?;
    let mut moved: HashMap<i64, Vec<(NaiveDate, NaiveDate)>> = HashMap::new();
    for (mid, Fast(requested), Fast(decided), Fast(new_due)) in rows {
        let at = decided.unwrap_or(requested);
        moved
            .entry(mid)
            .or_default()
            .push((at.and_utc().with_timezone(&tz).date_naive(), new_due));
    }
    Ok(moved)
}

/// A reschedule request waiting for the project's leader (or an admin).
pub const PENDING: &str = "pending";
/// An approved reschedule: the due date moved on `decided_at`.
pub const APPROVED: &str = "approved";
/// A rejected request: the due date stood.
pub const REJECTED: &str = "rejected";
/// A request its requester took back before it was decided: the due date stood.
pub const WITHDRAWN: &str = "withdrawn";

/// Asks to move the current due date, with a reason. Asked by whoever would decide it
/// ([`crate::domain::access::approve_now`]: the project's leader, an admin, the
/// installation) it takes effect at once; otherwise it waits as `pending` and the due date
/// stands until [`decide`]. One pending request per milestone at a time.
pub fn reschedule(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    input: RescheduleInput,
) -> AppResult<Reschedule> {
    conn.transaction(|conn| {
        let before = reportable(conn, ctx, id)?;
        let approve_now = match &ctx.principal {
            None => true,
            Some(p) => crate::domain::access::approve_now(
                p,
                access::relation_today(conn, ctx, before.project_id)?,
            ),
        };
        let project = projects::get(conn, before.project_id)?;
        let reason = blank_to_none(Some(input.reason)).unwrap_or_default();
        let mut f = FieldErrors::new();
        validate::required_text(&mut f, "reason", &reason);
        if input.new_due == before.current_due {
            f.add("new_due", "is the same as the current due date");
        }
        // A date already past, or earlier than the commitment, would not move work ahead:
        // it would only rewrite the record of when it was due.
        if input.new_due < ctx.today {
            f.add(
                "new_due",
                format!("must not be before today ({})", ctx.today),
            );
        } else if input.new_due < before.baseline_due {
            f.add(
                "new_due",
                format!(
                    "must not be before the baseline due date ({})",
                    before.baseline_due
                ),
            );
        } else if input.new_due < project.planned_start {
            f.add(
                "new_due",
                format!(
                    "must not be before the project's planned start ({})",
                    project.planned_start
                ),
            );
        }
        f.into_result()?;
        if let Some(done) = before.completed_on {
            return Err(AppError::conflict(
                Code::AlreadyCompleted,
                format!("milestone {id} was completed on {done}; it cannot be rescheduled"),
            ));
        }
        let pending: i64 = reschedules::table
            .filter(reschedules::milestone_id.eq(id))
            .filter(reschedules::status.eq(PENDING))
            .count()
            .get_result(conn)?;
        if pending > 0 {
            return Err(AppError::conflict(
                Code::RequestPending,
                format!("milestone {id} already has a reschedule request awaiting a decision"),
            ));
        }
        let r: Reschedule = diesel::insert_into(reschedules::table)
            .values(&NewRescheduleRow {
                milestone_id: id,
                old_due: before.current_due,
                new_due: input.new_due,
                reason: &reason,
                requested_by: &ctx.actor,
                requested_at: ctx.now,
                status: if approve_now { APPROVED } else { PENDING },
                decided_by: approve_now.then_some(ctx.actor.as_str()),
                decided_at: approve_now.then_some(ctx.now),
            })
            .get_result(conn)?;
        if approve_now {
            move_due(conn, ctx, &before, &r)?;
        } else {
            audit::record(
                conn,
                ctx,
                ENTITY,
                id,
                "request_reschedule",
                None::<&()>,
                Some(&serde_json::json!({"project_id": before.project_id, "request": r})),
            )?;
        }
        Ok(r)
    })
}

fn move_due(conn: &mut DbConn, ctx: &Ctx, before: &Milestone, r: &Reschedule) -> AppResult<()> {
    let after: Milestone = diesel::update(milestones::table.find(before.id))
        .set((
            milestones::current_due.eq(r.new_due),
            milestones::updated_at.eq(ctx.now),
        ))
        .get_result(conn)?;
    audit::record(
        conn,
        ctx,
        ENTITY,
        before.id,
        "reschedule",
        Some(before),
        Some(&after),
    )
}

/// The code of the project whose reschedule request this is, once the acting user is
/// found to be one who decides it (the project's leader, an admin).
pub fn decidable(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<String> {
    let r = get_reschedule(conn, id)?;
    let m = get(conn, r.milestone_id)?;
    access::require(
        conn,
        ctx,
        m.project_id,
        Action::ApproveReschedule,
        &format!("reschedule request {id}"),
    )?;
    Ok(projects::get(conn, m.project_id)?.code)
}

pub fn get_reschedule(conn: &mut DbConn, id: i64) -> AppResult<Reschedule> {
    reschedules::table
        .find(id)
        .select(Reschedule::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("reschedule request {id}")))
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// `true` moves the due date to the requested one; `false` leaves it.
    pub approve: bool,
    /// Why (required when rejecting).
    pub note: Option<String>,
}

/// Approves or rejects a pending request. Approval moves the due date from the date it
/// stands at now (which is the request's `old_due` unless it was moved meanwhile).
pub fn decide(conn: &mut DbConn, ctx: &Ctx, id: i64, d: Decision) -> AppResult<Reschedule> {
    decidable(conn, ctx, id)?;
    let note = blank_to_none(d.note);
    let mut f = FieldErrors::new();
    if !d.approve && note.is_none() {
        f.add("note", "give the reason for rejecting the request");
    }
    validate::optional_text(&mut f, "note", note.as_deref());
    f.into_result()?;
    conn.transaction(|conn| {
        let r = get_reschedule(conn, id)?;
        if r.status != PENDING {
            return Err(AppError::conflict(
                Code::AlreadyDecided,
                format!("reschedule request {id} was already {}", r.status),
            ));
        }
        let m = get(conn, r.milestone_id)?;
        if d.approve && m.completed_on.is_some() {
            return Err(AppError::conflict(
                Code::AlreadyCompleted,
                format!("milestone {} is completed; it cannot be rescheduled", m.id),
            ));
        }
        let after: Reschedule = diesel::update(reschedules::table.find(id))
            .set((
                reschedules::status.eq(if d.approve { APPROVED } else { REJECTED }),
                reschedules::decided_by.eq(Some(&ctx.actor)),
                reschedules::decided_at.eq(Some(ctx.now)),
                reschedules::decision_note.eq(note.as_deref()),
            ))
            .get_result(conn)?;
        if d.approve {
            move_due(conn, ctx, &m, &after)?;
        } else {
            audit::record(
                conn,
                ctx,
                ENTITY,
                m.id,
                "reject_reschedule",
                None::<&()>,
                Some(&serde_json::json!({"project_id": m.project_id, "request": after})),
            )?;
        }
        Ok(after)
    })
}

/// Takes back a pending request: only its requester may, and only while it waits. Kept,
/// marked `withdrawn`, and audited.
pub fn withdraw(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Reschedule> {
    conn.transaction(|conn| {
        let r = get_reschedule(conn, id)?;
        let m = get(conn, r.milestone_id)?;
        access::require(
            conn,
            ctx,
            m.project_id,
            Action::Read,
            &format!("reschedule request {id}"),
        )?;
        if ctx
            .principal
            .as_ref()
            .is_some_and(|p| !crate::domain::access::may_withdraw(p, &r.requested_by))
        {
            return Err(AppError::forbidden(format!(
                "reschedule request {id} was made by another user; only its requester may withdraw it"
            )));
        }
        if r.status != PENDING {
            return Err(AppError::conflict(
                Code::AlreadyDecided,
                format!("reschedule request {id} was already {}", r.status),
            ));
        }
        let after: Reschedule = diesel::update(reschedules::table.find(id))
            .set((
                reschedules::status.eq(WITHDRAWN),
                reschedules::decided_by.eq(Some(&ctx.actor)),
                reschedules::decided_at.eq(Some(ctx.now)),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            m.id,
            "withdraw_reschedule",
            Some(&serde_json::json!({"project_id": m.project_id, "request": r})),
            Some(&serde_json::json!({"project_id": m.project_id, "request": after})),
        )?;
        Ok(after)
    })
}

/// A reschedule request with the milestone and project it is about.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RescheduleRequest {
    #[serde(flatten)]
    pub request: Reschedule,
    pub project_id: i64,
    pub project_code: String,
    pub milestone_title: String,
}

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RescheduleFilter {
    /// `pending`, `approved` or `rejected`.
    pub status: Option<String>,
    /// Project code.
    pub project: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// Requests on the projects the acting user may read today, newest first.
pub fn list_requests(
    conn: &mut DbConn,
    ctx: &Ctx,
    f: &RescheduleFilter,
) -> AppResult<Page<RescheduleRequest>> {
    use crate::db::schema::projects;
    let within = access::readable_today(conn, ctx)?;
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    if let Some(s) = &f.status
        && ![PENDING, APPROVED, REJECTED, WITHDRAWN].contains(&s.as_str())
    {
        return Err(AppError::field(
            "status",
            "one of pending, approved, rejected, withdrawn",
        ));
    }
    let query = || {
        let mut q = reschedules::table
            .inner_join(milestones::table.inner_join(projects::table))
            .into_boxed();
        if let Some(s) = &f.status {
            q = q.filter(reschedules::status.eq(s.clone()));
        }
        if let Some(code) = &f.project {
            q = q.filter(projects::code.eq(code.clone()));
        }
        if let Some(ids) = &within {
            q = q.filter(one_of(projects::id, ids));
        }
        q
    };
    let total: i64 = query().count().get_result(conn)?;
    let rows: Vec<(Reschedule, i64, String, String)> = query()
        .order(reschedules::id.desc())
        .limit(limit)
        .offset(offset)
        .select((
            Reschedule::as_select(),
            projects::id,
            projects::code,
            milestones::title,
        ))
        .load(conn)?;
    Ok(Page {
        items: rows
            .into_iter()
            .map(
                |(request, project_id, project_code, milestone_title)| RescheduleRequest {
                    request,
                    project_id,
                    project_code,
                    milestone_title,
                },
            )
            .collect(),
        total,
    })
}

/// Every request to move a milestone's due date, for whoever may read its project.
pub fn reschedules_of(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Vec<Reschedule>> {
    readable(conn, ctx, id)?;
    Ok(reschedules::table
        .filter(reschedules::milestone_id.eq(id))
        .order(reschedules::id)
        .select(Reschedule::as_select())
        .load(conn)?)
}
