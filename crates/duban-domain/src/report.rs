//! The inspection report (督查通报) as of a date, computed from history: who held each
//! project then, its stage then, each milestone's due date then (reschedules requested
//! later are not yet applied), completions up to then, and investment reported for the
//! months closed by then. Pure: the storage layer gathers the facts, this module decides.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::calendar::WorkCalendar;
use super::money::percent;
use super::rules::{self, Light, Rules, Status};
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
    /// Done on time ÷ due so far, percent.
    pub on_time_rate: Option<f64>,
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
        next: None,
        annual_plan: p.annual_plan,
        completed_to_date: 0,
        percent_of_plan: None,
        latest_progress: p.latest_progress.clone(),
    };
    let mut statuses = Vec::new();
    for m in &p.milestones {
        let due = m.due_on(as_of);
        let status = rules::status(cal, r, due, m.completed_on, as_of);
        statuses.push(status);
        // Due so far: due before the report date, or due that day and done. Then every
        // milestone due so far is exactly one of on time, late or overdue.
        let counted = due < as_of || (due == as_of && status.is_done());
        if counted {
            row.due_so_far += 1;
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
    row.light = rules::light(statuses);
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
        match row.light {
            Light::Green => f.green += 1,
            Light::Yellow => f.yellow += 1,
            Light::Red => f.red += 1,
        }
    }
    f.start_rate = percent(f.started as i64, f.planned_to_start as i64);
    f.percent_of_plan = percent(f.completed_to_date, f.annual_plan);
    f.on_time_rate = percent(f.done_on_time as i64, f.milestones_due as i64);
    f
}

/// Ranks groups: best on-time rate first, then investment completion, then fewer overdue,
/// then name (a stated, stable tie-break).
pub fn rank(mut groups: Vec<GroupFigures>) -> Vec<GroupFigures> {
    let key = |g: &GroupFigures| {
        (
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
    let summary = figures(with_start(), as_of);
    let group = |pick: &dyn Fn(&ProjectRow) -> Option<&Holder>| {
        let mut by: BTreeMap<i64, (String, Vec<RowWithStart>)> = BTreeMap::new();
        for (row, start) in with_start() {
            if let Some(h) = pick(row) {
                by.entry(h.id)
                    .or_insert_with(|| (h.name.clone(), vec![]))
                    .1
                    .push((row, start));
            }
        }
        rank(
            by.into_iter()
                .map(|(id, (name, rows))| GroupFigures {
                    rank: 0,
                    id,
                    name,
                    figures: figures(rows, as_of),
                })
                .collect(),
        )
    };
    let by_leader = group(&|r| r.leader.as_ref());
    let by_unit = group(&|r| r.unit.as_ref());
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
