//! The supervision rules, counted in working days: a milestone's status as of a date, the
//! project's traffic light (红黄绿灯), which reminders go out on a day, and how far an
//! overdue item has escalated (person → unit head → leader). Configured in the `[rules]`
//! section of duban.toml; the defaults below are the office's usual practice.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::calendar::WorkCalendar;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// "Due soon" (yellow) when at most this many working days are left.
    pub warning_days: u32,
    /// Reminders to the responsible person this many working days before the due date.
    pub remind_before: Vec<u32>,
    /// Once overdue, each level is reminded on its first day and then every N working days.
    pub overdue_every: u32,
    /// Working days overdue from which the responsible unit's head is told too.
    pub escalate_unit_after: u32,
    /// Working days overdue from which the responsible leader is told too.
    pub escalate_leader_after: u32,
    /// 序时进度: investment this many percentage points behind the time-proportional plan
    /// (annual plan × months closed ÷ 12) lights yellow…
    pub investment_lag_yellow: u32,
    /// …and more than this many, red.
    pub investment_lag_red: u32,
    /// A project still 签约 this many months after its planned start month lights yellow…
    pub start_lag_yellow_months: u32,
    /// …and this many, red.
    pub start_lag_red_months: u32,
    /// A month's investment report is due by this working day of the next month (未报 after).
    pub report_due_working_day: u32,
    /// This many missing monthly reports light red (one lights yellow).
    pub missing_reports_red: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            warning_days: 3,
            remind_before: vec![5, 2, 0],
            overdue_every: 3,
            escalate_unit_after: 3,
            escalate_leader_after: 5,
            investment_lag_yellow: 10,
            investment_lag_red: 30,
            start_lag_yellow_months: 1,
            start_lag_red_months: 3,
            report_due_working_day: 5,
            missing_reports_red: 2,
        }
    }
}

impl Rules {
    /// Checks the rule set; the error names the key.
    pub fn validate(&self) -> Result<(), String> {
        if self.warning_days > 60 {
            return Err("rules.warning_days must be at most 60".into());
        }
        if self.remind_before.iter().any(|d| *d > 60) {
            return Err("rules.remind_before values must be at most 60".into());
        }
        let mut sorted = self.remind_before.clone();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted.len() != self.remind_before.len() {
            return Err("rules.remind_before must not repeat a value".into());
        }
        if self.overdue_every == 0 {
            return Err("rules.overdue_every must be at least 1".into());
        }
        if self.escalate_unit_after == 0 {
            return Err("rules.escalate_unit_after must be at least 1".into());
        }
        if self.escalate_leader_after < self.escalate_unit_after {
            return Err(
                "rules.escalate_leader_after must not be below rules.escalate_unit_after".into(),
            );
        }
        if self.investment_lag_yellow == 0 || self.investment_lag_yellow > 100 {
            return Err("rules.investment_lag_yellow must be between 1 and 100".into());
        }
        if self.investment_lag_red < self.investment_lag_yellow || self.investment_lag_red > 100 {
            return Err(
                "rules.investment_lag_red must be between rules.investment_lag_yellow and 100"
                    .into(),
            );
        }
        if self.start_lag_yellow_months == 0 || self.start_lag_yellow_months > 24 {
            return Err("rules.start_lag_yellow_months must be between 1 and 24".into());
        }
        if self.start_lag_red_months < self.start_lag_yellow_months
            || self.start_lag_red_months > 36
        {
            return Err(
                "rules.start_lag_red_months must be between rules.start_lag_yellow_months and 36"
                    .into(),
            );
        }
        if !(1..=20).contains(&self.report_due_working_day) {
            return Err("rules.report_due_working_day must be between 1 and 20".into());
        }
        if !(1..=12).contains(&self.missing_reports_red) {
            return Err("rules.missing_reports_red must be between 1 and 12".into());
        }
        Ok(())
    }

    /// The furthest ahead a reminder or warning looks, in working days.
    pub fn horizon(&self) -> u32 {
        self.remind_before
            .iter()
            .copied()
            .chain([self.warning_days])
            .max()
            .unwrap_or(0)
    }
}

/// A milestone's (or problem's) status on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Status {
    DoneOnTime,
    DoneLate { working_days_late: i64 },
    OnSchedule { working_days_left: i64 },
    DueSoon { working_days_left: i64 },
    Overdue { working_days_overdue: i64 },
}

impl Status {
    pub fn is_done(self) -> bool {
        matches!(self, Self::DoneOnTime | Self::DoneLate { .. })
    }
}

/// Status as of `as_of`. A completion dated after `as_of` is not yet known then; a due date
/// that is today is still on time.
pub fn status(
    cal: &WorkCalendar,
    rules: &Rules,
    due: NaiveDate,
    completed_on: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Status {
    match completed_on.filter(|c| *c <= as_of) {
        Some(done) if done <= due => Status::DoneOnTime,
        Some(done) => Status::DoneLate {
            working_days_late: cal.working_days_overdue(due, done),
        },
        None if as_of > due => Status::Overdue {
            working_days_overdue: cal.working_days_overdue(due, as_of),
        },
        None => {
            let left = cal.working_days_left(as_of, due);
            if left <= rules.warning_days as i64 {
                Status::DueSoon {
                    working_days_left: left,
                }
            } else {
                Status::OnSchedule {
                    working_days_left: left,
                }
            }
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    Green,
    Yellow,
    Red,
}

/// Why a project's light is not green (为何亮灯): each reason names what it is about and
/// carries the light it gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Reason {
    pub light: Light,
    #[serde(flatten)]
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Why {
    /// A milestone is past its due date (red).
    Overdue {
        milestone: String,
        due: NaiveDate,
        working_days_overdue: i64,
    },
    /// A milestone falls due within the warning window (yellow).
    DueSoon {
        milestone: String,
        due: NaiveDate,
        working_days_left: i64,
    },
    /// Investment behind the time-proportional plan (序时进度).
    InvestmentLag {
        months_closed: u32,
        /// Annual plan × months closed ÷ 12, percent of the plan.
        expected_percent: f64,
        actual_percent: f64,
        points_behind: f64,
    },
    /// Still 签约 after its planned start month.
    StartLag {
        planned_start: NaiveDate,
        months_late: u32,
    },
    /// A month's investment report not filed by its reporting day (未报).
    MissingReport {
        year: i32,
        month: u32,
        due: NaiveDate,
    },
}

impl Reason {
    /// One line as officials read it, in one language.
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        let en = lang.is_en();
        match &self.why {
            Why::Overdue {
                milestone,
                due,
                working_days_overdue: n,
            } => {
                if en {
                    format!("{milestone}: due {due}, {n} working days overdue")
                } else {
                    format!("{milestone}：应于 {due} 完成，已逾期 {n} 个工作日")
                }
            }
            Why::DueSoon {
                milestone,
                due,
                working_days_left: n,
            } => {
                if en {
                    format!("{milestone}: due {due}, {n} working days left")
                } else {
                    format!("{milestone}：{due} 到期，还剩 {n} 个工作日")
                }
            }
            Why::InvestmentLag {
                months_closed,
                expected_percent,
                actual_percent,
                points_behind,
            } => {
                if en {
                    format!(
                        "investment {actual_percent:.1}% of the annual plan against {expected_percent:.1}% due after {months_closed} months: {points_behind:.1} points behind"
                    )
                } else {
                    format!(
                        "投资完成 {actual_percent:.1}%，序时进度（{months_closed} 个月）{expected_percent:.1}%，落后 {points_behind:.1} 个百分点"
                    )
                }
            }
            Why::StartLag {
                planned_start,
                months_late,
            } => {
                if en {
                    format!(
                        "not started: planned to start in {}, {months_late} months late",
                        planned_start.format("%Y-%m")
                    )
                } else {
                    format!(
                        "未开工：计划 {} 开工，已滞后 {months_late} 个月",
                        planned_start.format("%Y年%-m月")
                    )
                }
            }
            Why::MissingReport { year, month, due } => {
                if en {
                    format!("investment report for {year}-{month:02} not filed (due {due})")
                } else {
                    format!("{year}年{month}月投资完成情况未报（应于 {due} 前报送）")
                }
            }
        }
    }
}

/// A milestone's reason, if its status lights anything.
pub fn milestone_reason(title: &str, due: NaiveDate, status: Status) -> Option<Reason> {
    match status {
        Status::Overdue {
            working_days_overdue,
        } => Some(Reason {
            light: Light::Red,
            why: Why::Overdue {
                milestone: title.to_string(),
                due,
                working_days_overdue,
            },
        }),
        Status::DueSoon { working_days_left } => Some(Reason {
            light: Light::Yellow,
            why: Why::DueSoon {
                milestone: title.to_string(),
                due,
                working_days_left,
            },
        }),
        _ => None,
    }
}

/// 序时进度: `completed` (yuan) against `plan` pro rata to the `months_closed` of the
/// `months_planned` the plan spreads over (12, or fewer for a project planned to start
/// during the year); yellow from `investment_lag_yellow` points behind, red beyond
/// `investment_lag_red`.
pub fn investment_lag(
    rules: &Rules,
    plan: i64,
    completed: i64,
    months_closed: u32,
    months_planned: u32,
) -> Option<Reason> {
    if plan <= 0 || months_closed == 0 || months_planned == 0 {
        return None;
    }
    let expected = months_closed.min(months_planned) as f64 * 100.0 / months_planned as f64;
    let actual = completed as f64 * 100.0 / plan as f64;
    // Tenths of a point, so that 10.0 behind is 10 behind on paper too.
    let behind = ((expected - actual) * 10.0).round() / 10.0;
    let light = if behind > rules.investment_lag_red as f64 {
        Light::Red
    } else if behind >= rules.investment_lag_yellow as f64 {
        Light::Yellow
    } else {
        return None;
    };
    Some(Reason {
        light,
        why: Why::InvestmentLag {
            months_closed,
            expected_percent: (expected * 10.0).round() / 10.0,
            actual_percent: (actual * 10.0).round() / 10.0,
            points_behind: behind,
        },
    })
}

/// Whole months from the planned start month to `as_of`'s month (0 within the month).
fn months_after(planned_start: NaiveDate, as_of: NaiveDate) -> i64 {
    use chrono::Datelike;
    (as_of.year() as i64 * 12 + as_of.month0() as i64)
        - (planned_start.year() as i64 * 12 + planned_start.month0() as i64)
}

/// A project not yet started (`started` false: still 签约 or not signed) after its planned
/// start month: yellow from `start_lag_yellow_months`, red from `start_lag_red_months`.
pub fn start_lag(
    rules: &Rules,
    planned_start: NaiveDate,
    started: bool,
    as_of: NaiveDate,
) -> Option<Reason> {
    let late = months_after(planned_start, as_of);
    if started || late < rules.start_lag_yellow_months as i64 {
        return None;
    }
    let months_late = u32::try_from(late).unwrap_or(u32::MAX);
    Some(Reason {
        light: if late >= rules.start_lag_red_months as i64 {
            Light::Red
        } else {
            Light::Yellow
        },
        why: Why::StartLag {
            planned_start,
            months_late,
        },
    })
}

/// The reporting day of a month's investment report: the `report_due_working_day`-th
/// working day of the next month.
pub fn report_due(cal: &WorkCalendar, rules: &Rules, year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX);
    // The day before the 1st, plus N working days: the Nth working day from the 1st.
    let eve = first.pred_opt().unwrap_or(first);
    cal.add_working_days(eve, rules.report_due_working_day)
}

/// The missing reports (`(year, month, reporting day)`, reporting day passed by `as_of`)
/// light yellow, and `missing_reports_red` of them red.
pub fn missing_reports(rules: &Rules, missing: &[(i32, u32, NaiveDate)]) -> Vec<Reason> {
    let light = if missing.len() >= rules.missing_reports_red as usize {
        Light::Red
    } else {
        Light::Yellow
    };
    missing
        .iter()
        .map(|(year, month, due)| Reason {
            light,
            why: Why::MissingReport {
                year: *year,
                month: *month,
                due: *due,
            },
        })
        .collect()
}

/// The light of a set of reasons: the worst of them, green when there is none.
pub fn light_of(reasons: &[Reason]) -> Light {
    reasons
        .iter()
        .map(|r| r.light)
        .max()
        .unwrap_or(Light::Green)
}

/// 红黄绿灯 of milestones alone: red when anything is overdue, yellow when something falls
/// due within the warning window, green otherwise (done so far, the rest on schedule).
pub fn light(statuses: impl IntoIterator<Item = Status>) -> Light {
    statuses
        .into_iter()
        .map(|s| match s {
            Status::Overdue { .. } => Light::Red,
            Status::DueSoon { .. } => Light::Yellow,
            _ => Light::Green,
        })
        .max()
        .unwrap_or(Light::Green)
}

/// A due date moved after it had passed (逾期后调整): the days it was overdue by then stay
/// on the record, whatever the new date says, so that a reschedule cannot launder a delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MovedWhileOverdue {
    /// The due date that had passed.
    pub due: NaiveDate,
    /// The day the new date took effect (the approval; a request awaiting a decision does
    /// not stop the count).
    pub moved_on: NaiveDate,
    pub new_due: NaiveDate,
    /// Working days overdue against `due` up to `moved_on`.
    pub working_days_overdue: i64,
}

/// The moves of a milestone (`(day it took effect, new due date)`, in order) that came after
/// the due date then in force had passed, as known on `as_of`.
pub fn moved_while_overdue(
    cal: &WorkCalendar,
    baseline_due: NaiveDate,
    moves: &[(NaiveDate, NaiveDate)],
    as_of: NaiveDate,
) -> Vec<MovedWhileOverdue> {
    let mut due = baseline_due;
    let mut out = Vec::new();
    for (on, to) in moves.iter().filter(|(on, _)| *on <= as_of) {
        let days = cal.working_days_overdue(due, *on);
        if *on > due && days > 0 {
            out.push(MovedWhileOverdue {
                due,
                moved_on: *on,
                new_due: *to,
                working_days_overdue: days,
            });
        }
        due = *to;
    }
    out
}

/// The mark a milestone's light keeps (调整): moved while overdue, or moved more than once,
/// as known on `as_of`.
pub fn adjusted(
    baseline_due: NaiveDate,
    moves: &[(NaiveDate, NaiveDate)],
    as_of: NaiveDate,
) -> bool {
    let mut due = baseline_due;
    let mut count = 0;
    for (on, to) in moves.iter().filter(|(on, _)| *on <= as_of) {
        count += 1;
        if *on > due || count > 1 {
            return true;
        }
        due = *to;
    }
    false
}

/// A rung of the escalation ladder (督办层级): who is told, in escalation order. (Not a
/// project's level, `project::Level`.)
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Rung {
    /// 责任人
    Person,
    /// 责任单位负责人
    UnitHead,
    /// 责任领导
    Leader,
}

impl Rung {
    /// The role that answers at this step of the ladder (its name is the role's).
    pub fn role(self) -> crate::access::Role {
        match self {
            Self::Person => crate::access::Role::Responsible,
            Self::UnitHead => crate::access::Role::UnitHead,
            Self::Leader => crate::access::Role::Leader,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::UnitHead => "unit_head",
            Self::Leader => "leader",
        }
    }
}

/// The highest level an item overdue by `days` working days has reached.
pub fn escalation(rules: &Rules, days: i64) -> Rung {
    if days >= rules.escalate_leader_after as i64 {
        Rung::Leader
    } else if days >= rules.escalate_unit_after as i64 {
        Rung::UnitHead
    } else {
        Rung::Person
    }
}

/// Why a level is reminded today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Reminder {
    /// N working days before the due date (0: due today).
    Before { working_days_left: i64 },
    /// Overdue; `level` is the escalation step reached.
    Overdue {
        working_days_overdue: i64,
        level: Rung,
    },
}

/// The reminders due on `today` (a working day) for an item with `status`, per level.
/// Each level starts on the day the item reaches it and repeats every `overdue_every`
/// working days, so a person hears on overdue days 1, 4, 7…, the unit head (default) on
/// 3, 6, 9… and the leader on 5, 8, 11….
pub fn reminders(rules: &Rules, status: Status) -> Vec<(Rung, Reminder)> {
    match status {
        Status::OnSchedule { working_days_left } | Status::DueSoon { working_days_left } => {
            if rules
                .remind_before
                .iter()
                .any(|d| *d as i64 == working_days_left)
            {
                vec![(Rung::Person, Reminder::Before { working_days_left })]
            } else {
                vec![]
            }
        }
        Status::Overdue {
            working_days_overdue: days,
        } => {
            let reached = escalation(rules, days);
            let every = rules.overdue_every.max(1) as i64;
            let starts = [
                (Rung::Person, 1),
                (Rung::UnitHead, rules.escalate_unit_after as i64),
                (Rung::Leader, rules.escalate_leader_after as i64),
            ];
            starts
                .into_iter()
                .filter(|(_, start)| days >= *start && (days - start) % every == 0)
                .map(|(level, _)| {
                    (
                        level,
                        Reminder::Overdue {
                            working_days_overdue: days,
                            level: reached,
                        },
                    )
                })
                .collect()
        }
        Status::DoneOnTime | Status::DoneLate { .. } => vec![],
    }
}

/// Who answered for an item: the leader, the unit and the responsible person (ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holders {
    pub leader: i64,
    pub unit: i64,
    pub person: i64,
}

/// The people told at `level` about a milestone: today's holder, and for an overdue one also
/// whoever held it when it fell due (accountability stays with the one who let it slip, the
/// work with the one who has it now). A unit is told through its head (`head_of`).
pub fn recipients(
    level: Rung,
    reminder: Reminder,
    today: Holders,
    at_due: Holders,
    head_of: impl Fn(i64) -> Option<i64>,
) -> Vec<i64> {
    let pick = |h: Holders| match level {
        Rung::Person => Some(h.person),
        Rung::UnitHead => head_of(h.unit),
        Rung::Leader => Some(h.leader),
    };
    let mut out: Vec<i64> = pick(today).into_iter().collect();
    if matches!(reminder, Reminder::Overdue { .. })
        && let Some(p) = pick(at_due)
        && !out.contains(&p)
    {
        out.push(p);
    }
    out
}

/// The person told at `level` about a problem: the acting unit's head answers for it, the
/// project's leader is told at the leader step.
pub fn problem_recipient(
    level: Rung,
    acting_unit: i64,
    project_leader: i64,
    head_of: impl Fn(i64) -> Option<i64>,
) -> Option<i64> {
    match level {
        Rung::Person | Rung::UnitHead => head_of(acting_unit),
        Rung::Leader => Some(project_leader),
    }
}

/// Who is told at once of a problem raised on a project: the project's leader today and
/// the head of the unit asked to act, each once.
pub fn told_of_problem(leader: Option<i64>, acting_unit_head: Option<i64>) -> Vec<i64> {
    let mut told: Vec<i64> = leader.into_iter().collect();
    if let Some(head) = acting_unit_head.filter(|h| !told.contains(h)) {
        told.push(head);
    }
    told
}

/// Who is told of a 批示 written on a project: the project's responsible person and the
/// head of its responsible unit today, each once, never its author.
pub fn told_of_comment(
    person: Option<i64>,
    unit_head: Option<i64>,
    author: Option<i64>,
) -> Vec<i64> {
    let mut told: Vec<i64> = Vec::new();
    for p in [person, unit_head].into_iter().flatten() {
        if !told.contains(&p) && Some(p) != author {
            told.push(p);
        }
    }
    told
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_reaches_the_person_and_the_unit_head_once_never_its_author() {
        assert_eq!(told_of_comment(Some(1), Some(2), Some(9)), vec![1, 2]);
        assert_eq!(told_of_comment(Some(1), Some(1), None), vec![1]);
        assert_eq!(told_of_comment(Some(1), Some(2), Some(2)), vec![1]);
        assert!(told_of_comment(None, None, None).is_empty());
    }

    #[test]
    fn overdue_reminders_reach_the_holder_then_and_now() {
        let now = Holders {
            leader: 1,
            unit: 10,
            person: 100,
        };
        let then = Holders {
            leader: 2,
            unit: 11,
            person: 101,
        };
        let head = |u: i64| Some(u * 1000);
        let late = Reminder::Overdue {
            working_days_overdue: 4,
            level: Rung::UnitHead,
        };
        let early = Reminder::Before {
            working_days_left: 2,
        };
        assert_eq!(
            recipients(Rung::Person, late, now, then, head),
            vec![100, 101]
        );
        assert_eq!(recipients(Rung::Person, early, now, then, head), vec![100]);
        assert_eq!(
            recipients(Rung::UnitHead, late, now, then, head),
            vec![10_000, 11_000]
        );
        assert_eq!(
            recipients(Rung::Leader, late, now, now, head),
            vec![1],
            "once when unchanged"
        );
        assert_eq!(
            recipients(Rung::UnitHead, late, now, then, |_| None),
            Vec::<i64>::new(),
            "a unit without a head"
        );
        assert_eq!(problem_recipient(Rung::Person, 12, 1, head), Some(12_000));
        assert_eq!(problem_recipient(Rung::Leader, 12, 1, head), Some(1));
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn status_counts_working_days_across_national_day() {
        let cal = WorkCalendar::china();
        let r = Rules::default();
        // Due Fri 9 Oct 2026. On Wed 30 Sep: Oct 8 and 9 are left (1–7 Oct off) → due soon.
        assert_eq!(
            status(&cal, &r, d("2026-10-09"), None, d("2026-09-30")),
            Status::DueSoon {
                working_days_left: 2
            }
        );
        assert_eq!(
            status(&cal, &r, d("2026-10-09"), None, d("2026-09-24")),
            Status::OnSchedule {
                working_days_left: 5
            }
        );
        // Due Wed 30 Sep, not done by Thu 8 Oct: first overdue working day.
        assert_eq!(
            status(&cal, &r, d("2026-09-30"), None, d("2026-10-08")),
            Status::Overdue {
                working_days_overdue: 1
            }
        );
        assert_eq!(
            status(
                &cal,
                &r,
                d("2026-09-30"),
                Some(d("2026-10-09")),
                d("2026-10-20")
            ),
            Status::DoneLate {
                working_days_late: 2
            }
        );
        assert_eq!(
            status(
                &cal,
                &r,
                d("2026-09-30"),
                Some(d("2026-10-09")),
                d("2026-10-08")
            ),
            Status::Overdue {
                working_days_overdue: 1
            },
            "a later completion is not known yet"
        );
    }

    #[test]
    fn lights() {
        use Status::*;
        assert_eq!(
            light([
                DoneOnTime,
                OnSchedule {
                    working_days_left: 9
                }
            ]),
            Light::Green
        );
        assert_eq!(
            light([
                DoneOnTime,
                DueSoon {
                    working_days_left: 1
                }
            ]),
            Light::Yellow
        );
        assert_eq!(
            light([
                DueSoon {
                    working_days_left: 1
                },
                Overdue {
                    working_days_overdue: 1
                }
            ]),
            Light::Red
        );
        assert_eq!(light([]), Light::Green);
    }

    #[test]
    fn reminder_days_before_and_the_overdue_ladder() {
        let r = Rules::default();
        let before = |n| {
            reminders(
                &r,
                Status::DueSoon {
                    working_days_left: n,
                },
            )
        };
        assert_eq!(before(2).len(), 1);
        assert!(before(1).is_empty() && before(3).is_empty());
        assert_eq!(
            reminders(
                &r,
                Status::OnSchedule {
                    working_days_left: 5
                }
            )
            .len(),
            1
        );
        assert!(
            reminders(
                &r,
                Status::OnSchedule {
                    working_days_left: 4
                }
            )
            .is_empty()
        );

        let levels = |days| {
            reminders(
                &r,
                Status::Overdue {
                    working_days_overdue: days,
                },
            )
            .into_iter()
            .map(|(l, _)| l)
            .collect::<Vec<_>>()
        };
        use Rung::*;
        let table: Vec<(i64, Vec<Rung>)> = (1..=11).map(|n| (n, levels(n))).collect();
        assert_eq!(
            table,
            vec![
                (1, vec![Person]),
                (2, vec![]),
                (3, vec![UnitHead]),
                (4, vec![Person]),
                (5, vec![Leader]),
                (6, vec![UnitHead]),
                (7, vec![Person]),
                (8, vec![Leader]),
                (9, vec![UnitHead]),
                (10, vec![Person]),
                (11, vec![Leader]),
            ]
        );
        assert_eq!(escalation(&r, 2), Person);
        assert_eq!(escalation(&r, 3), UnitHead);
        assert_eq!(escalation(&r, 5), Leader);
    }

    #[test]
    fn a_move_after_the_due_date_keeps_the_days_overdue() {
        let cal = WorkCalendar::china();
        // Due Wed 30 Sep 2026; moved on Fri 9 Oct (8 and 9 Oct are working days) to 30 Nov,
        // then moved again on 2 Dec (after 30 Nov: 2 working days, 1 and 2 Dec) to 25 Dec.
        let moves = [
            (d("2026-10-09"), d("2026-11-30")),
            (d("2026-12-02"), d("2026-12-25")),
        ];
        let moved = moved_while_overdue(&cal, d("2026-09-30"), &moves, d("2026-12-10"));
        assert_eq!(
            moved
                .iter()
                .map(|m| (m.due, m.working_days_overdue))
                .collect::<Vec<_>>(),
            vec![(d("2026-09-30"), 2), (d("2026-11-30"), 2)]
        );
        assert_eq!(
            moved_while_overdue(&cal, d("2026-09-30"), &moves, d("2026-10-08")),
            vec![],
            "a move not yet made"
        );
        // Moved before it fell due: nothing accrued, no mark for one move, a mark for two.
        let early = [(d("2026-09-01"), d("2026-10-30"))];
        assert!(moved_while_overdue(&cal, d("2026-09-30"), &early, d("2026-12-10")).is_empty());
        assert!(!adjusted(d("2026-09-30"), &early, d("2026-12-10")));
        assert!(adjusted(d("2026-09-30"), &moves, d("2026-12-10")));
        let twice = [
            (d("2026-09-01"), d("2026-10-30")),
            (d("2026-09-02"), d("2026-11-30")),
        ];
        assert!(adjusted(d("2026-09-30"), &twice, d("2026-12-10")));
        assert!(!adjusted(d("2026-09-30"), &twice, d("2026-09-01")));
    }

    #[test]
    fn invalid_rules_name_the_key() {
        let bad = Rules {
            overdue_every: 0,
            ..Rules::default()
        };
        assert!(bad.validate().unwrap_err().contains("overdue_every"));
        let bad = Rules {
            escalate_leader_after: 2,
            ..Rules::default()
        };
        assert!(
            bad.validate()
                .unwrap_err()
                .contains("escalate_leader_after")
        );
        let bad = Rules {
            remind_before: vec![2, 2],
            ..Rules::default()
        };
        assert!(bad.validate().unwrap_err().contains("remind_before"));
        assert!(Rules::default().validate().is_ok());
        assert_eq!(Rules::default().horizon(), 5);
    }
}
