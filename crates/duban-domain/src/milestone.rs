//! Milestone (建设时间节点) state as of a date. A milestone is done once its completion date
//! is on or before the day asked about; it is overdue when still open after its current due
//! date. (Working-day counts and the due-soon window build on this in the scheduler rules.)

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The coarse states used by list filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneFilter {
    Done,
    Open,
    Overdue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum MilestoneState {
    /// Completed on or before the current due date.
    DoneOnTime,
    /// Completed after the current due date.
    DoneLate { days_late: i64 },
    /// Not completed, due date today or later.
    Open { days_left: i64 },
    /// Not completed, due date passed.
    Overdue { days_overdue: i64 },
}

impl MilestoneState {
    pub fn is_done(self) -> bool {
        matches!(self, Self::DoneOnTime | Self::DoneLate { .. })
    }

    pub fn is_overdue(self) -> bool {
        matches!(self, Self::Overdue { .. })
    }

    pub fn matches(self, f: MilestoneFilter) -> bool {
        match f {
            MilestoneFilter::Done => self.is_done(),
            MilestoneFilter::Open => !self.is_done(),
            MilestoneFilter::Overdue => self.is_overdue(),
        }
    }
}

/// State of a milestone due `due` and completed on `completed_on`, as of `as_of`.
/// A completion recorded after `as_of` is not yet known on that day.
pub fn state_as_of(
    due: NaiveDate,
    completed_on: Option<NaiveDate>,
    as_of: NaiveDate,
) -> MilestoneState {
    match completed_on.filter(|c| *c <= as_of) {
        Some(done) if done <= due => MilestoneState::DoneOnTime,
        Some(done) => MilestoneState::DoneLate {
            days_late: (done - due).num_days(),
        },
        None if as_of > due => MilestoneState::Overdue {
            days_overdue: (as_of - due).num_days(),
        },
        None => MilestoneState::Open {
            days_left: (due - as_of).num_days(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn states() {
        let due = d("2026-03-31");
        assert_eq!(
            state_as_of(due, None, d("2026-03-31")),
            MilestoneState::Open { days_left: 0 }
        );
        assert_eq!(
            state_as_of(due, None, d("2026-04-02")),
            MilestoneState::Overdue { days_overdue: 2 }
        );
        assert_eq!(
            state_as_of(due, Some(d("2026-03-31")), d("2026-05-01")),
            MilestoneState::DoneOnTime
        );
        assert_eq!(
            state_as_of(due, Some(d("2026-04-03")), d("2026-05-01")),
            MilestoneState::DoneLate { days_late: 3 }
        );
    }

    #[test]
    fn completion_after_the_date_asked_is_not_yet_known() {
        let due = d("2026-03-31");
        let s = state_as_of(due, Some(d("2026-04-10")), d("2026-04-05"));
        assert_eq!(s, MilestoneState::Overdue { days_overdue: 5 });
        assert!(s.matches(MilestoneFilter::Open));
        assert!(!s.matches(MilestoneFilter::Done));
    }
}
