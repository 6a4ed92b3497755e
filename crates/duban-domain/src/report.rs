//! The inspection report (督查通报) as of a date, computed from history: who held each
//! project then, its stage then, each milestone's due date then (reschedules requested
//! later are not yet applied), completions up to then, and investment reported for the
//! months closed by then. Pure: the storage layer gathers the facts, this module decides.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::assignment::{Held, answerable_on};
use super::calendar::WorkCalendar;
use super::money::percent;
use super::rules::{self, Light, Reason, Rules, Status};
use super::stage::Stage;

/// A milestone's history, as stored.
#[derive(Debug, Clone)]
pub struct MilestoneFacts {
    pub id: i64,
    pub title: String,
    pub baseline_due: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    /// `(date requested, new due date)`, in the order they were made.
    pub reschedules: Vec<(NaiveDate, NaiveDate)>,
}

impl MilestoneFacts {
    /// The due date in force on `as_of`: the last reschedule requested by then, else the
    /// baseline.
    pub fn due_on(&self, as_of: NaiveDate) -> NaiveDate {
        self.reschedules
            .iter()
            .rfind(|(on, _)| *on <= as_of)
            .map(|(_, due)| *due)
            .unwrap_or(self.baseline_due)
    }

    /// The moves made after the due date then in force had passed, known on `as_of`.
    pub fn moved_while_overdue(
        &self,
        cal: &WorkCalendar,
        as_of: NaiveDate,
    ) -> Vec<rules::MovedWhileOverdue> {
        rules::moved_while_overdue(cal, self.baseline_due, &self.reschedules, as_of)
    }

    /// Whether its light keeps the 调整 mark on `as_of`.
    pub fn adjusted(&self, as_of: NaiveDate) -> bool {
        rules::adjusted(self.baseline_due, &self.reschedules, as_of)
    }
}

/// Who held a project (leader, unit, person) under one recorded assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBy {
    pub leader: Option<Holder>,
    pub unit: Option<Holder>,
    pub person: Option<Holder>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Holder {
    pub id: i64,
    pub name: String,
}

/// A project's history, as stored.
#[derive(Debug, Clone)]
pub struct ProjectFacts {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub level: String,
    pub category: String,
    pub planned_start: NaiveDate,
    pub planned_finish: NaiveDate,
    /// Stage changes `(effective date, stage)`.
    pub stages: Vec<(NaiveDate, Stage)>,
    /// Leader, unit, person holding the project on the report date.
    pub leader: Option<Holder>,
    pub unit: Option<Holder>,
    pub person: Option<Holder>,
    pub milestones: Vec<MilestoneFacts>,
    /// Planned investment for the report date's year, yuan.
    pub annual_plan: Option<i64>,
    /// Monthly completed investment `(year, month, yuan)`.
    pub monthly: Vec<(i32, u32, i64)>,
    /// Latest progress entry on or before the report date: `(date, text)`.
    pub latest_progress: Option<(NaiveDate, String)>,
    /// Every recorded assignment, so that a delay is counted to whoever held it then.
    pub held: Vec<Held<HeldBy>>,
}

/// A monthly report counts once its month is over: October's figure is known in November.
pub fn month_closed(year: i32, month: u32, as_of: NaiveDate) -> bool {
    (year, month) < (as_of.year(), as_of.month())
}

/// The stage on `as_of`: the last change effective by then.
pub fn stage_on(stages: &[(NaiveDate, Stage)], as_of: NaiveDate) -> Option<Stage> {
    stages
        .iter()
        .filter(|(on, _)| *on <= as_of)
        .max_by_key(|(on, _)| *on)
        .map(|(_, s)| *s)
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct OverdueItem {
    pub title: String,
    pub due: NaiveDate,
    pub working_days_overdue: i64,
    /// Moved while overdue, or moved twice (调整).
    #[serde(default)]
    pub adjusted: bool,
}

/// A milestone moved after it had fallen due (逾期后调整), with the days it was overdue
/// then: they stay on the record.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct MovedItem {
    pub title: String,
    #[serde(flatten)]
    pub moved: rules::MovedWhileOverdue,
    /// Who answered for it on the first day it was overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<Holder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Holder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Holder>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct NextItem {
    pub title: String,
    pub due: NaiveDate,
    pub working_days_left: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProjectRow {
    pub code: String,
    pub name: String,
    pub level: String,
    pub category: String,
    pub leader: Option<Holder>,
    pub unit: Option<Holder>,
    pub person: Option<Holder>,
    /// Stage on the report date (`null` before the project was signed).
    pub stage: Option<Stage>,
    pub light: Light,
    /// Milestones due before the report date (as the date stood then), or due that day and
    /// done: each is exactly one of done on time, done late, overdue.
    pub due_so_far: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub overdue: Vec<OverdueItem>,
    /// Against the baseline (按原计划): milestones whose baseline date has come, and those
    /// done by it. A milestone moved after it fell due is late here.
    #[serde(default)]
    pub baseline_due_so_far: usize,
    #[serde(default)]
    pub baseline_on_time: usize,
    /// Moved while overdue (逾期后调整), with the days accrued then.
    #[serde(default)]
    pub moved_while_overdue: Vec<MovedItem>,
    /// A milestone of the project keeps the 调整 mark.
    #[serde(default)]
    pub adjusted: bool,
    /// Why the light is what it is (为何亮灯), worst first.
    #[serde(default)]
    pub reasons: Vec<Reason>,
    pub next: Option<NextItem>,
    pub annual_plan: Option<i64>,
    /// Investment completed this year in months closed by the report date, yuan.
    pub completed_to_date: i64,
    pub percent_of_plan: Option<f64>,
    pub latest_progress: Option<(NaiveDate, String)>,
}

/// Figures for the whole report, or for one leader's or unit's projects.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct Figures {
    pub projects: usize,
    /// Projects by stage on the report date (`none` before signing).
    pub by_stage: BTreeMap<String, usize>,
    /// Projects planned to have started by the report date.
    pub planned_to_start: usize,
    /// Of those, the ones that had started (开工).
    pub started: usize,
    /// 开工率, percent.
    pub start_rate: Option<f64>,
    pub annual_plan: i64,
    pub completed_to_date: i64,
    pub percent_of_plan: Option<f64>,
    pub milestones_due: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub overdue: usize,
    /// Done on time ÷ due so far, percent, against the plan in force (按调整后).
    pub on_time_rate: Option<f64>,
    /// The same against the baseline (按原计划).
    #[serde(default)]
    pub baseline_due: usize,
    #[serde(default)]
    pub baseline_on_time: usize,
    #[serde(default)]
    pub baseline_on_time_rate: Option<f64>,
    /// Milestones moved after they fell due (逾期后调整), and the working days they were
    /// overdue then, counted to whoever held them then.
    #[serde(default)]
    pub moved_while_overdue: usize,
    #[serde(default)]
    pub accrued_working_days: i64,
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct GroupFigures {
    pub rank: usize,
    pub id: i64,
    pub name: String,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct InspectionReport {
    pub as_of: NaiveDate,
    /// What changed since the last issued report before this date, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    pub summary: Figures,
    pub by_leader: Vec<GroupFigures>,
    pub by_unit: Vec<GroupFigures>,
    pub projects: Vec<ProjectRow>,
    /// Where the year ends at the pace so far (absent in reports issued before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast: Option<Forecast>,
}

/// A project's investment projected to 31 December at its pace so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProjectedInvestment {
    pub code: String,
    pub name: String,
    pub annual_plan: i64,
    pub completed_to_date: i64,
    pub projected: i64,
    pub projected_percent: Option<f64>,
}

/// An open milestone due by 31 December that is likely to slip, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SlipRisk {
    pub project_code: String,
    pub title: String,
    pub due: NaiveDate,
    pub working_days_left: i64,
    pub reason: String,
}

/// The year's end at the pace so far, so that supervisors act in September rather than
/// learn in January. Investment: the monthly average of the months closed so far, carried
/// to twelve months. Milestones: an open one due by 31 December is likely to slip when its
/// project already has an overdue milestone, or has done at most half of its due
/// milestones on time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Forecast {
    pub year_end: NaiveDate,
    /// Months of the year with reports counted (closed by the report date).
    pub months_closed: u32,
    pub annual_plan: i64,
    pub completed_to_date: i64,
    /// `None` before the first month closes.
    pub projected: Option<i64>,
    pub projected_percent: Option<f64>,
    /// The projection falls short of the annual plan.
    pub investment_short: bool,
    /// Projects whose own projection falls short of their plan, furthest behind first.
    pub projects_short: Vec<ProjectedInvestment>,
    /// Open milestones due from the report date to 31 December.
    pub milestones_due_by_year_end: usize,
    pub likely_to_slip: Vec<SlipRisk>,
}

/// Carries `completed` over `months` closed months to twelve.
fn project_year(completed: i64, months: u32) -> Option<i64> {
    (months > 0).then(|| (completed as i128 * 12 / months as i128) as i64)
}

/// The forecast to 31 December of the report date's year.
pub fn forecast(
    facts: &[ProjectFacts],
    rows: &[ProjectRow],
    as_of: NaiveDate,
    cal: &WorkCalendar,
) -> Forecast {
    let year_end = NaiveDate::from_ymd_opt(as_of.year(), 12, 31).unwrap_or(as_of);
    let months = as_of.month() - 1;
    let annual_plan: i64 = rows.iter().filter_map(|r| r.annual_plan).sum();
    let completed: i64 = rows.iter().map(|r| r.completed_to_date).sum();
    let projected = project_year(completed, months);
    let mut projects_short: Vec<ProjectedInvestment> = rows
        .iter()
        .filter_map(|r| {
            let plan = r.annual_plan.filter(|p| *p > 0)?;
            let p = project_year(r.completed_to_date, months)?;
            (p < plan).then(|| ProjectedInvestment {
                code: r.code.clone(),
                name: r.name.clone(),
                annual_plan: plan,
                completed_to_date: r.completed_to_date,
                projected: p,
                projected_percent: percent(p, plan),
            })
        })
        .collect();
    projects_short.sort_by(|a, b| {
        a.projected_percent
            .unwrap_or(0.0)
            .total_cmp(&b.projected_percent.unwrap_or(0.0))
            .then(a.code.cmp(&b.code))
    });
    let mut due_by_end = 0;
    let mut likely_to_slip = Vec::new();
    for (p, row) in facts.iter().zip(rows) {
        let behind = !row.overdue.is_empty();
        let poor = row.due_so_far > 0 && row.done_on_time * 2 <= row.due_so_far;
        for m in &p.milestones {
            let due = m.due_on(as_of);
            let open = m.completed_on.is_none_or(|c| c > as_of);
            if !open || due < as_of || due > year_end {
                continue;
            }
            due_by_end += 1;
            let reason = if behind {
                format!("项目已有 {} 个节点逾期未完成", row.overdue.len())
            } else if poor {
                format!(
                    "项目按期完成率偏低（{} / {}）",
                    row.done_on_time, row.due_so_far
                )
            } else {
                continue;
            };
            likely_to_slip.push(SlipRisk {
                project_code: p.code.clone(),
                title: m.title.clone(),
                due,
                working_days_left: cal.working_days_left(as_of, due),
                reason,
            });
        }
    }
    likely_to_slip.sort_by(|a, b| a.due.cmp(&b.due).then(a.project_code.cmp(&b.project_code)));
    Forecast {
        year_end,
        months_closed: months,
        annual_plan,
        completed_to_date: completed,
        projected,
        projected_percent: projected.and_then(|p| percent(p, annual_plan)),
        investment_short: projected.is_some_and(|p| p < annual_plan),
        projects_short,
        milestones_due_by_year_end: due_by_end,
        likely_to_slip,
    }
}

/// The months of `as_of`'s year whose investment counts on `as_of`: the closed months,
/// except the last one while its report is not in and its reporting day has not passed (it
/// is not late yet, so it is neither counted against the plan nor missing).
pub fn months_counted(p: &ProjectFacts, as_of: NaiveDate, cal: &WorkCalendar, r: &Rules) -> u32 {
    let closed = as_of.month() - 1;
    let last_in = p
        .monthly
        .iter()
        .any(|(y, m, _)| *y == as_of.year() && *m == closed);
    if closed > 0 && !last_in && as_of <= rules::report_due(cal, r, as_of.year(), closed) {
        closed - 1
    } else {
        closed
    }
}

/// The last day of a month.
pub fn month_end(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// The months of `as_of`'s year whose investment report is missing on `as_of` (未报):
/// months the project spent started or under construction (at the month's end), with no
/// report, whose reporting day has passed. `(year, month, reporting day)`.
pub fn missing_reports(
    p: &ProjectFacts,
    as_of: NaiveDate,
    cal: &WorkCalendar,
    r: &Rules,
) -> Vec<(i32, u32, NaiveDate)> {
    reports_owed(p, as_of, cal, r)
        .into_iter()
        .filter(|(_, _, due)| as_of > *due)
        .collect()
}

/// The monthly reports of `as_of`'s year the project owes and has not filed, with their
/// reporting days: the missing ones, and the last closed month's while its reporting day
/// is still to come (the one to remind about). A month is owed when the project spent it
/// started or under construction (at the month's end).
pub fn reports_owed(
    p: &ProjectFacts,
    as_of: NaiveDate,
    cal: &WorkCalendar,
    r: &Rules,
) -> Vec<(i32, u32, NaiveDate)> {
    let year = as_of.year();
    (1..as_of.month())
        .filter(|m| {
            matches!(
                stage_on(&p.stages, month_end(year, *m)),
                Some(Stage::Started | Stage::UnderConstruction)
            )
        })
        .filter(|m| !p.monthly.iter().any(|(y, mm, _)| *y == year && mm == m))
        .map(|m| (year, m, rules::report_due(cal, r, year, m)))
        .collect()
}

/// Investment completed in `as_of`'s year over the first `months` months, yuan.
fn completed_in(p: &ProjectFacts, year: i32, months: u32) -> i64 {
    p.monthly
        .iter()
        .filter(|(y, m, _)| *y == year && *m <= months)
        .map(|(_, _, amount)| amount)
        .sum()
}

/// Why the project's light is what it is on `as_of` (为何亮灯), worst first: its
/// milestones (as their due dates stood then), its investment against 序时进度, its start
/// against the planned month, and its missing monthly reports. The light is the worst
/// reason's ([`rules::light_of`]).
pub fn reasons(p: &ProjectFacts, as_of: NaiveDate, cal: &WorkCalendar, r: &Rules) -> Vec<Reason> {
    let mut out: Vec<Reason> = p
        .milestones
        .iter()
        .filter_map(|m| {
            let due = m.due_on(as_of);
            rules::milestone_reason(
                &m.title,
                due,
                rules::status(cal, r, due, m.completed_on, as_of),
            )
        })
        .collect();
    let stage = stage_on(&p.stages, as_of);
    if let Some(plan) = p.annual_plan {
        let months = months_counted(p, as_of, cal, r);
        let ended = stage.is_some_and(|s| matches!(s, Stage::Completed | Stage::InProduction));
        // The plan spreads over the months from the planned start (January for a project
        // started before the year): a project due to start in June owes nothing in May.
        let first = if p.planned_start.year() < as_of.year() {
            1
        } else if p.planned_start.year() == as_of.year() {
            p.planned_start.month()
        } else {
            13
        };
        let elapsed = (months + 1).saturating_sub(first);
        if !ended && stage != Some(Stage::Suspended) && first <= 12 {
            out.extend(rules::investment_lag(
                r,
                plan,
                completed_in(p, as_of.year(), months),
                elapsed,
                13 - first,
            ));
        }
    }
    if stage != Some(Stage::Suspended) {
        out.extend(rules::start_lag(
            r,
            p.planned_start,
            stage.is_some_and(Stage::has_started),
            as_of,
        ));
    }
    out.extend(rules::missing_reports(
        r,
        &missing_reports(p, as_of, cal, r),
    ));
    // Worst first; within a light, in the order found (milestones in their order).
    out.sort_by_key(|x| std::cmp::Reverse(x.light));
    out
}

/// One project's row as of `as_of`.
pub fn project_row(
    p: &ProjectFacts,
    as_of: NaiveDate,
    cal: &WorkCalendar,
    r: &Rules,
) -> ProjectRow {
    let mut row = ProjectRow {
        code: p.code.clone(),
        name: p.name.clone(),
        level: p.level.clone(),
        category: p.category.clone(),
        leader: p.leader.clone(),
        unit: p.unit.clone(),
        person: p.person.clone(),
        stage: stage_on(&p.stages, as_of),
        light: Light::Green,
        due_so_far: 0,
        done_on_time: 0,
        done_late: 0,
        overdue: vec![],
        baseline_due_so_far: 0,
        baseline_on_time: 0,
        moved_while_overdue: vec![],
        adjusted: false,
        reasons: vec![],
        next: None,
        annual_plan: p.annual_plan,
        completed_to_date: 0,
        percent_of_plan: None,
        latest_progress: p.latest_progress.clone(),
    };
    for m in &p.milestones {
        let due = m.due_on(as_of);
        let status = rules::status(cal, r, due, m.completed_on, as_of);
        let adjusted = m.adjusted(as_of);
        row.adjusted |= adjusted;
        // Due so far: due before the report date, or due that day and done. Then every
        // milestone due so far is exactly one of on time, late or overdue.
        let counted = due < as_of || (due == as_of && status.is_done());
        if counted {
            row.due_so_far += 1;
        }
        // The same against the baseline: a move does not change whether it was on time.
        let done = m.completed_on.filter(|c| *c <= as_of);
        let baseline_counted =
            m.baseline_due < as_of || (m.baseline_due == as_of && done.is_some());
        if baseline_counted {
            row.baseline_due_so_far += 1;
            if done.is_some_and(|c| c <= m.baseline_due) {
                row.baseline_on_time += 1;
            }
        }
        for moved in m.moved_while_overdue(cal, as_of) {
            let first_late = cal.add_working_days(moved.due, 1);
            let then = answerable_on(&p.held, first_late).map(|h| &h.holder);
            row.moved_while_overdue.push(MovedItem {
                title: m.title.clone(),
                moved,
                leader: then.and_then(|h| h.leader.clone()),
                unit: then.and_then(|h| h.unit.clone()),
                person: then.and_then(|h| h.person.clone()),
            });
        }
        match status {
            Status::DoneOnTime if counted => row.done_on_time += 1,
            Status::DoneLate { .. } => row.done_late += 1,
            Status::Overdue {
                working_days_overdue,
            } => row.overdue.push(OverdueItem {
                title: m.title.clone(),
                due,
                working_days_overdue,
                adjusted,
            }),
            Status::OnSchedule { working_days_left } | Status::DueSoon { working_days_left }
                if row.next.as_ref().is_none_or(|n| due < n.due) =>
            {
                row.next = Some(NextItem {
                    title: m.title.clone(),
                    due,
                    working_days_left,
                });
            }
            _ => {}
        }
    }
    row.reasons = reasons(p, as_of, cal, r);
    row.light = rules::light_of(&row.reasons);
    row.completed_to_date = p
        .monthly
        .iter()
        .filter(|(y, m, _)| *y == as_of.year() && month_closed(*y, *m, as_of))
        .map(|(_, _, amount)| amount)
        .sum();
    row.percent_of_plan = p
        .annual_plan
        .and_then(|plan| percent(row.completed_to_date, plan));
    row
}

/// Adds up rows into figures.
pub fn figures<'a>(
    rows: impl IntoIterator<Item = (&'a ProjectRow, NaiveDate)>,
    as_of: NaiveDate,
) -> Figures {
    let mut f = Figures::default();
    for (row, planned_start) in rows {
        f.projects += 1;
        let stage = row
            .stage
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| "none".into());
        *f.by_stage.entry(stage).or_default() += 1;
        if planned_start <= as_of {
            f.planned_to_start += 1;
            if row.stage.is_some_and(Stage::has_started) {
                f.started += 1;
            }
        }
        f.annual_plan += row.annual_plan.unwrap_or(0);
        f.completed_to_date += row.completed_to_date;
        f.milestones_due += row.due_so_far;
        f.done_on_time += row.done_on_time;
        f.done_late += row.done_late;
        f.overdue += row.overdue.len();
        f.baseline_due += row.baseline_due_so_far;
        f.baseline_on_time += row.baseline_on_time;
        match row.light {
            Light::Green => f.green += 1,
            Light::Yellow => f.yellow += 1,
            Light::Red => f.red += 1,
        }
    }
    f.start_rate = percent(f.started as i64, f.planned_to_start as i64);
    f.percent_of_plan = percent(f.completed_to_date, f.annual_plan);
    f.on_time_rate = percent(f.done_on_time as i64, f.milestones_due as i64);
    f.baseline_on_time_rate = percent(f.baseline_on_time as i64, f.baseline_due as i64);
    f
}

/// Adds moved-while-overdue milestones to figures: their number and the days accrued.
fn add_moved<'a>(f: &mut Figures, moved: impl IntoIterator<Item = &'a MovedItem>) {
    for m in moved {
        f.moved_while_overdue += 1;
        f.accrued_working_days += m.moved.working_days_overdue;
    }
}

/// Ranks groups: best on-time rate against the baseline first (so that a reschedule does
/// not climb the table), then against the plan in force, then investment completion, then
/// fewer overdue, then name (a stated, stable tie-break).
pub fn rank(mut groups: Vec<GroupFigures>) -> Vec<GroupFigures> {
    let key = |g: &GroupFigures| {
        (
            std::cmp::Reverse((g.figures.baseline_on_time_rate.unwrap_or(100.0) * 10.0) as i64),
            std::cmp::Reverse((g.figures.on_time_rate.unwrap_or(100.0) * 10.0) as i64),
            std::cmp::Reverse((g.figures.percent_of_plan.unwrap_or(0.0) * 10.0) as i64),
            g.figures.overdue,
            g.name.clone(),
        )
    };
    groups.sort_by_key(key);
    for (i, g) in groups.iter_mut().enumerate() {
        g.rank = i + 1;
    }
    groups
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
pub struct ChangeItem {
    pub project_code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LightChange {
    pub project_code: String,
    pub from: Light,
    pub to: Light,
}

/// The difference between an earlier report and this one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Changes {
    /// The earlier report, e.g. `督查通报 2026 第 6 期`.
    pub since: String,
    pub since_as_of: NaiveDate,
    /// Overdue now, not then.
    pub newly_overdue: Vec<ChangeItem>,
    /// Overdue then, not now (completed, or rescheduled).
    pub resolved: Vec<ChangeItem>,
    /// Projects whose light changed.
    pub lights: Vec<LightChange>,
}

/// What changed from `prev` to `cur`.
pub fn changes(since: &str, prev: &InspectionReport, cur: &InspectionReport) -> Changes {
    let overdue = |r: &InspectionReport| -> std::collections::BTreeSet<ChangeItem> {
        r.projects
            .iter()
            .flat_map(|p| {
                p.overdue.iter().map(|o| ChangeItem {
                    project_code: p.code.clone(),
                    title: o.title.clone(),
                })
            })
            .collect()
    };
    let (before, now) = (overdue(prev), overdue(cur));
    let lights_then: BTreeMap<&str, Light> = prev
        .projects
        .iter()
        .map(|p| (p.code.as_str(), p.light))
        .collect();
    Changes {
        since: since.to_string(),
        since_as_of: prev.as_of,
        newly_overdue: now.difference(&before).cloned().collect(),
        resolved: before.difference(&now).cloned().collect(),
        lights: cur
            .projects
            .iter()
            .filter_map(|p| {
                let from = *lights_then.get(p.code.as_str())?;
                (from != p.light).then(|| LightChange {
                    project_code: p.code.clone(),
                    from,
                    to: p.light,
                })
            })
            .collect(),
    }
}

type RowWithStart<'a> = (&'a ProjectRow, NaiveDate);

/// The whole report from the projects' facts.
pub fn inspection(
    facts: &[ProjectFacts],
    as_of: NaiveDate,
    cal: &WorkCalendar,
    r: &Rules,
) -> InspectionReport {
    let rows: Vec<ProjectRow> = facts
        .iter()
        .map(|p| project_row(p, as_of, cal, r))
        .collect();
    let with_start = || rows.iter().zip(facts.iter().map(|p| p.planned_start));
    let mut summary = figures(with_start(), as_of);
    add_moved(
        &mut summary,
        rows.iter().flat_map(|r| &r.moved_while_overdue),
    );
    // A group's projects are the ones it holds on the report date; a delay moved away is
    // counted to whoever held the milestone when it fell due.
    type Pick = dyn Fn(&ProjectRow) -> Option<&Holder>;
    type PickMoved = dyn Fn(&MovedItem) -> Option<&Holder>;
    let group = |pick: &Pick, pick_moved: &PickMoved| {
        type Group<'a> = (String, Vec<RowWithStart<'a>>, Vec<(&'a MovedItem, bool)>);
        let mut by: BTreeMap<i64, Group> = BTreeMap::new();
        for (row, start) in with_start() {
            if let Some(h) = pick(row) {
                by.entry(h.id)
                    .or_insert_with(|| (h.name.clone(), vec![], vec![]))
                    .1
                    .push((row, start));
            }
            for m in &row.moved_while_overdue {
                if let Some(h) = pick_moved(m) {
                    // Held by someone else now: then this milestone is in no row of the
                    // holder's; it counts to him as due by the baseline and late.
                    let elsewhere = pick(row).is_none_or(|now| now.id != h.id);
                    by.entry(h.id)
                        .or_insert_with(|| (h.name.clone(), vec![], vec![]))
                        .2
                        .push((m, elsewhere));
                }
            }
        }
        rank(
            by.into_iter()
                .map(|(id, (name, rows, moved))| {
                    let mut figures = figures(rows, as_of);
                    add_moved(&mut figures, moved.iter().map(|(m, _)| *m));
                    figures.baseline_due += moved.iter().filter(|(_, e)| *e).count();
                    figures.baseline_on_time_rate =
                        percent(figures.baseline_on_time as i64, figures.baseline_due as i64);
                    GroupFigures {
                        rank: 0,
                        id,
                        name,
                        figures,
                    }
                })
                .collect(),
        )
    };
    let by_leader = group(&|r| r.leader.as_ref(), &|m| m.leader.as_ref());
    let by_unit = group(&|r| r.unit.as_ref(), &|m| m.unit.as_ref());
    let forecast = Some(forecast(facts, &rows, as_of, cal));
    InspectionReport {
        as_of,
        changes: None,
        summary,
        by_leader,
        by_unit,
        projects: rows,
        forecast,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn ms(title: &str, due: &str, done: Option<&str>, moved: &[(&str, &str)]) -> MilestoneFacts {
        MilestoneFacts {
            id: 0,
            title: title.into(),
            baseline_due: d(due),
            completed_on: done.map(d),
            reschedules: moved.iter().map(|(on, to)| (d(on), d(to))).collect(),
        }
    }

    fn holder(id: i64, name: &str) -> Option<Holder> {
        Some(Holder {
            id,
            name: name.into(),
        })
    }

    /// Two projects, worked by hand as of Wednesday 30 September 2026 (weekdays, no
    /// holiday before 1 October except 25 Sep 中秋 and the make-up Sunday 20 Sep).
    fn fixture() -> Vec<ProjectFacts> {
        vec![
            ProjectFacts {
                id: 1,
                code: "A".into(),
                name: "甲".into(),
                level: "district".into(),
                category: "industrial".into(),
                planned_start: d("2026-01-10"),
                planned_finish: d("2027-06-30"),
                stages: vec![
                    (d("2026-01-05"), Stage::Signed),
                    (d("2026-02-01"), Stage::Started),
                    (d("2026-10-20"), Stage::Completed),
                ],
                leader: holder(1, "张"),
                unit: holder(10, "经发局"),
                person: holder(100, "李"),
                milestones: vec![
                    ms("m1", "2026-03-31", Some("2026-03-30"), &[]), // on time
                    ms("m2", "2026-06-30", Some("2026-07-03"), &[]), // late
                    ms("m3", "2026-09-22", None, &[]),               // overdue
                    // baseline 15 Sep, moved on 1 Oct (after the report date) to 30 Oct:
                    // as of 30 Sep it is still due 15 Sep, so overdue.
                    ms("m4", "2026-09-15", None, &[("2026-10-01", "2026-10-30")]),
                    ms("m5", "2026-10-09", Some("2026-10-08"), &[]), // done after the date: open then
                ],
                annual_plan: Some(1_000_000),
                monthly: vec![
                    (2026, 1, 100_000),
                    (2026, 8, 200_000),
                    (2026, 9, 300_000),
                    (2025, 12, 50_000),
                ],
                latest_progress: Some((d("2026-09-28"), "主体施工".into())),
                held: vec![],
            },
            ProjectFacts {
                id: 2,
                code: "B".into(),
                name: "乙".into(),
                level: "municipal".into(),
                category: "services".into(),
                planned_start: d("2026-12-01"),
                planned_finish: d("2028-12-31"),
                stages: vec![(d("2026-09-01"), Stage::Signed)],
                leader: holder(1, "张"),
                unit: holder(11, "招商局"),
                person: holder(101, "王"),
                milestones: vec![ms("n1", "2026-10-12", None, &[])],
                annual_plan: Some(500_000),
                monthly: vec![],
                latest_progress: None,
                held: vec![],
            },
        ]
    }

    #[test]
    fn hand_worked_report() {
        let cal = WorkCalendar::china();
        let r = inspection(&fixture(), d("2026-09-30"), &cal, &Rules::default());
        let a = &r.projects[0];
        assert_eq!(
            a.stage,
            Some(Stage::Started),
            "completion on 20 Oct is after the date"
        );
        assert_eq!(
            (a.due_so_far, a.done_on_time, a.done_late, a.overdue.len()),
            (4, 1, 1, 2)
        );
        // m3 due Tue 22 Sep: 23, 24, (25 中秋 off), 28, 29, 30 → 5 working days overdue.
        // m4 due Tue 15 Sep: 16, 17, 18, 20 (make-up Sunday), 21, 22, 23, 24, 28, 29, 30 → 11.
        let od: Vec<(&str, i64)> = a
            .overdue
            .iter()
            .map(|o| (o.title.as_str(), o.working_days_overdue))
            .collect();
        assert_eq!(od, vec![("m3", 5), ("m4", 11)]);
        assert_eq!(
            a.overdue[1].due,
            d("2026-09-15"),
            "the later reschedule is not applied yet"
        );
        // Next: m5 due Fri 9 Oct; from 30 Sep the working days are 8 and 9 Oct → 2.
        assert_eq!(
            a.next,
            Some(NextItem {
                title: "m5".into(),
                due: d("2026-10-09"),
                working_days_left: 2
            })
        );
        // Months closed by 30 Sep 2026: Jan and Aug of 2026 count (100k + 200k); September's
        // report is not in yet, December 2025 is another year.
        assert_eq!(a.completed_to_date, 300_000);
        assert_eq!(a.percent_of_plan, Some(30.0));
        assert_eq!(a.light, Light::Red);

        let b = &r.projects[1];
        assert_eq!(
            (b.stage, b.due_so_far, b.light),
            (Some(Stage::Signed), 0, Light::Green)
        );

        let s = &r.summary;
        // Only A was planned to start by 30 Sep, and it had: 1 of 1.
        assert_eq!(
            (s.planned_to_start, s.started, s.start_rate),
            (1, 1, Some(100.0))
        );
        assert_eq!(
            (s.annual_plan, s.completed_to_date, s.percent_of_plan),
            (1_500_000, 300_000, Some(20.0))
        );
        assert_eq!(
            (s.milestones_due, s.done_on_time, s.done_late, s.overdue),
            (4, 1, 1, 2)
        );
        assert_eq!(s.on_time_rate, Some(25.0));
        assert_eq!((s.green, s.yellow, s.red), (1, 0, 1));
        assert_eq!(s.by_stage.get("started"), Some(&1));

        assert_eq!(r.by_leader.len(), 1);
        assert_eq!(r.by_leader[0].figures.projects, 2);
        // Units: 招商局 has nothing due (rate counts as perfect), 经发局 25 %.
        let units: Vec<(&str, usize)> = r
            .by_unit
            .iter()
            .map(|g| (g.name.as_str(), g.rank))
            .collect();
        assert_eq!(units, vec![("招商局", 1), ("经发局", 2)]);
    }

    #[test]
    fn forecast_to_year_end_at_the_pace_so_far() {
        let cal = WorkCalendar::china();
        let r = inspection(&fixture(), d("2026-09-30"), &cal, &Rules::default());
        let f = r.forecast.as_ref().unwrap();
        // Eight months closed (Jan–Aug). A: 300,000 in 8 months → 300,000 × 12 / 8 =
        // 450,000 of a 1,000,000 plan (45 %). B: nothing of 500,000 → 0. Zone: 450,000 of
        // 1,500,000 = 30 %, short of the plan.
        assert_eq!(f.months_closed, 8);
        assert_eq!(
            (f.projected, f.projected_percent),
            (Some(450_000), Some(30.0))
        );
        assert!(f.investment_short);
        let short: Vec<(&str, i64)> = f
            .projects_short
            .iter()
            .map(|p| (p.code.as_str(), p.projected))
            .collect();
        assert_eq!(short, vec![("B", 0), ("A", 450_000)]);
        // Open by 31 Dec: A's m5 (due 9 Oct; its completion on 8 Oct is not known on 30 Sep)
        // and B's n1 (due 12 Oct). A already has two overdue milestones, so m5 is likely to
        // slip; B has nothing due so far and nothing overdue, so n1 is not flagged.
        assert_eq!(f.milestones_due_by_year_end, 2);
        let slips: Vec<(&str, &str)> = f
            .likely_to_slip
            .iter()
            .map(|s| (s.project_code.as_str(), s.title.as_str()))
            .collect();
        assert_eq!(slips, vec![("A", "m5")]);
        assert_eq!(f.likely_to_slip[0].working_days_left, 2);
        // In January no month has closed: no projection, nothing flagged short.
        let jan = inspection(&fixture(), d("2026-01-20"), &cal, &Rules::default());
        let f = jan.forecast.unwrap();
        assert_eq!((f.projected, f.investment_short), (None, false));
    }

    #[test]
    fn later_facts_do_not_change_an_earlier_report() {
        let cal = WorkCalendar::china();
        let before = serde_json::to_string(&inspection(
            &fixture(),
            d("2026-09-30"),
            &cal,
            &Rules::default(),
        ))
        .unwrap();
        let mut later = fixture();
        let a = &mut later[0];
        a.milestones[2].completed_on = Some(d("2026-10-02"));
        a.milestones[0]
            .reschedules
            .push((d("2026-10-05"), d("2026-12-31")));
        a.stages.push((d("2026-11-01"), Stage::InProduction));
        a.monthly.push((2026, 10, 999_999));
        let after = serde_json::to_string(&inspection(
            &later,
            d("2026-09-30"),
            &cal,
            &Rules::default(),
        ))
        .unwrap();
        assert_eq!(before, after);
    }

    fn bare(code: &str, start: &str, stages: &[(&str, Stage)]) -> ProjectFacts {
        ProjectFacts {
            id: 9,
            code: code.into(),
            name: code.into(),
            level: "district".into(),
            category: "industrial".into(),
            planned_start: d(start),
            planned_finish: d("2028-12-31"),
            stages: stages.iter().map(|(on, s)| (d(on), *s)).collect(),
            leader: holder(2, "赵"),
            unit: holder(12, "住建局"),
            person: holder(102, "钱"),
            milestones: vec![],
            annual_plan: None,
            monthly: vec![],
            latest_progress: None,
            held: vec![],
        }
    }

    fn kinds(row: &ProjectRow) -> Vec<(Light, String)> {
        row.reasons
            .iter()
            .map(|r| (r.light, r.describe(crate::lang::Lang::ZhCn)))
            .collect()
    }

    #[test]
    fn lights_see_starts_and_investment_behind_the_time_proportional_plan() {
        let cal = WorkCalendar::china();
        let r = Rules::default();
        // Planned to start 15 Mar 2026, still 签约 on 1 Dec: 9 months late → red.
        // Plan 1,200,000 from March: 10 months (Mar–Dec). On 1 Dec, November's report is
        // not due until the 5th working day of December (Tue 1, 2, 3, 4, Mon 7 → 7 Dec),
        // so 10 months count: Mar–Oct is 8 of 10 → 80 % expected; 600,000 done → 50 %:
        // exactly 30 points behind → yellow (red only beyond 30).
        let mut c = bare("C", "2026-03-15", &[("2026-01-05", Stage::Signed)]);
        c.annual_plan = Some(1_200_000);
        c.monthly = (3..=8).map(|m| (2026, m, 100_000)).collect();
        let row = project_row(&c, d("2026-12-01"), &cal, &r);
        assert_eq!(
            kinds(&row),
            vec![
                (
                    Light::Red,
                    "未开工：计划 2026年3月 开工，已滞后 9 个月".to_string()
                ),
                (
                    Light::Yellow,
                    "投资完成 50.0%，序时进度（8 个月）80.0%，落后 30.0 个百分点".to_string()
                ),
            ]
        );
        assert_eq!(row.light, Light::Red);
        // In its planned month it is not late; one month on it is yellow, three red.
        let lag = |on: &str| rules::start_lag(&r, d("2026-03-15"), false, d(on)).map(|x| x.light);
        assert_eq!(lag("2026-03-31"), None);
        assert_eq!(lag("2026-04-01"), Some(Light::Yellow));
        assert_eq!(lag("2026-05-31"), Some(Light::Yellow));
        assert_eq!(lag("2026-06-01"), Some(Light::Red));
        // 60,000 more (660,000 = 55 %): 25 behind, still yellow; 900,000 (75 %): 5, none.
        c.monthly.push((2026, 9, 60_000));
        let row = project_row(&c, d("2026-12-01"), &cal, &r);
        assert!(row.reasons.iter().any(|x| matches!(
            x.why,
            rules::Why::InvestmentLag { points_behind, .. } if points_behind == 25.0
        )));
        c.monthly.push((2026, 10, 240_000));
        c.stages.push((d("2026-11-20"), Stage::Started));
        let row = project_row(&c, d("2026-12-01"), &cal, &r);
        assert_eq!(kinds(&row), vec![]);
        assert_eq!(row.light, Light::Green);
    }

    #[test]
    fn a_month_not_reported_by_its_reporting_day_is_missing() {
        let cal = WorkCalendar::china();
        let r = Rules::default();
        // Started 10 Feb; reports for Feb–Jun and Aug, none for July. July's reporting day
        // is the 5th working day of August 2026: Mon 3, 4, 5, 6, Fri 7 → 7 Aug.
        let mut p = bare(
            "D",
            "2026-02-01",
            &[
                ("2026-01-05", Stage::Signed),
                ("2026-02-10", Stage::Started),
            ],
        );
        p.monthly = [2, 3, 4, 5, 6, 8].map(|m| (2026, m, 10_000)).to_vec();
        assert_eq!(rules::report_due(&cal, &r, 2026, 7), d("2026-08-07"));
        assert!(missing_reports(&p, d("2026-08-07"), &cal, &r).is_empty());
        assert_eq!(
            missing_reports(&p, d("2026-08-10"), &cal, &r),
            vec![(2026, 7, d("2026-08-07"))]
        );
        let row = project_row(&p, d("2026-09-15"), &cal, &r);
        assert_eq!(
            kinds(&row),
            vec![(
                Light::Yellow,
                "2026年7月投资完成情况未报（应于 2026-08-07 前报送）".to_string()
            )]
        );
        // January was spent 签约: no report owed. Two months missing light red.
        p.monthly.retain(|(_, m, _)| *m != 6);
        let row = project_row(&p, d("2026-09-15"), &cal, &r);
        assert_eq!(row.light, Light::Red);
        assert_eq!(row.reasons.len(), 2);
        // Suspended from 1 Jul: July and later owe nothing.
        p.monthly.push((2026, 6, 10_000));
        p.stages.push((d("2026-07-01"), Stage::Suspended));
        assert!(missing_reports(&p, d("2026-09-15"), &cal, &r).is_empty());
    }

    #[test]
    fn a_delay_moved_away_stays_on_the_record_of_whoever_held_it() {
        let cal = WorkCalendar::china();
        let r = Rules::default();
        let who = |leader: (i64, &str), start: &str, end: Option<&str>, id: i64| Held {
            id,
            start_on: d(start),
            end_on: end.map(d),
            holder: HeldBy {
                leader: holder(leader.0, leader.1),
                unit: holder(12, "住建局"),
                person: holder(102, "钱"),
            },
        };
        // Due Wed 30 Sep; moved on Fri 9 Oct (8 and 9 Oct overdue: 2 working days) to
        // 25 Dec. 孙 held it until 1 Nov, 赵 since.
        let mut p = bare("E", "2026-01-01", &[("2026-01-05", Stage::Started)]);
        p.milestones = vec![
            ms("e1", "2026-09-30", None, &[("2026-10-09", "2026-12-25")]),
            ms("e2", "2026-06-30", Some("2026-06-30"), &[]),
        ];
        p.held = vec![
            who((3, "孙"), "2026-01-01", Some("2026-11-01"), 1),
            who((2, "赵"), "2026-11-01", None, 2),
        ];
        p.monthly = (1..=10).map(|m| (2026, m, 0)).collect();
        let rep = inspection(std::slice::from_ref(&p), d("2026-12-01"), &cal, &r);
        let row = &rep.projects[0];
        // In force, e1 is not due yet: 1 due (e2, on time). Against the baseline both are
        // due and only e2 was on time.
        assert_eq!((row.due_so_far, row.done_on_time), (1, 1));
        assert_eq!((row.baseline_due_so_far, row.baseline_on_time), (2, 1));
        assert!(row.adjusted);
        assert_eq!(row.moved_while_overdue.len(), 1);
        let m = &row.moved_while_overdue[0];
        assert_eq!(
            (
                m.moved.due,
                m.moved.working_days_overdue,
                m.leader.as_ref().map(|h| h.id)
            ),
            (d("2026-09-30"), 2, Some(3))
        );
        let s = &rep.summary;
        assert_eq!(
            (s.on_time_rate, s.baseline_on_time_rate),
            (Some(100.0), Some(50.0))
        );
        assert_eq!((s.moved_while_overdue, s.accrued_working_days), (1, 2));
        // 赵 holds the project now; 孙 answers for the delay moved away.
        let by: Vec<(&str, usize, usize, i64)> = rep
            .by_leader
            .iter()
            .map(|g| {
                let f = &g.figures;
                (
                    g.name.as_str(),
                    f.projects,
                    f.moved_while_overdue,
                    f.accrued_working_days,
                )
            })
            .collect();
        assert_eq!(by, vec![("赵", 1, 0, 0), ("孙", 0, 1, 2)]);
        // Before the move the baseline and the plan in force agree.
        let before = inspection(std::slice::from_ref(&p), d("2026-10-08"), &cal, &r);
        assert_eq!(
            before.summary.baseline_on_time_rate,
            before.summary.on_time_rate
        );
        assert!(!before.projects[0].adjusted);
    }

    #[test]
    fn each_due_milestone_is_exactly_one_of_on_time_late_overdue() {
        let cal = WorkCalendar::china();
        for day in [
            "2026-03-31",
            "2026-06-30",
            "2026-07-01",
            "2026-09-22",
            "2026-10-09",
            "2026-12-31",
        ] {
            let r = inspection(&fixture(), d(day), &cal, &Rules::default());
            for p in &r.projects {
                assert_eq!(
                    p.due_so_far,
                    p.done_on_time + p.done_late + p.overdue.len(),
                    "{day} {}",
                    p.code
                );
            }
        }
    }
}
