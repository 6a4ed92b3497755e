//! The working-day calendar of Chinese offices: weekends off, public holidays off, and
//! official make-up working days (调休) on. Counting rules used everywhere:
//! - a date's *working days left* until a due date counts the working days after today up
//!   to and including the due date (due today → 0);
//! - *working days overdue* counts the working days after the due date up to and including
//!   today (the first working day after the due date → 1).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::holidays_cn;

/// What an entry says about a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A day off (public holiday or 调休 rest day).
    Holiday,
    /// A working day, even on a weekend (调休上班).
    Workday,
}

impl DayKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Holiday => "holiday",
            Self::Workday => "workday",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "holiday" => Some(Self::Holiday),
            "workday" => Some(Self::Workday),
            _ => None,
        }
    }
}

/// A calendar: the shipped arrangements plus overrides. Dates not listed follow the week.
#[derive(Debug, Clone, Default)]
pub struct WorkCalendar {
    days: BTreeMap<NaiveDate, DayKind>,
}

impl WorkCalendar {
    /// The State Council arrangements shipped with duban.
    pub fn china() -> Self {
        let mut days = BTreeMap::new();
        let mut put = |list: &[(i32, u32, u32)], kind| {
            for &(y, m, d) in list {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    days.insert(date, kind);
                }
            }
        };
        put(holidays_cn::HOLIDAYS, DayKind::Holiday);
        put(holidays_cn::MAKEUP_WORKDAYS, DayKind::Workday);
        Self { days }
    }

    /// Only weekends off.
    pub fn weekends_only() -> Self {
        Self::default()
    }

    /// An admin's entry overrides whatever was there.
    pub fn set(&mut self, date: NaiveDate, kind: DayKind) {
        self.days.insert(date, kind);
    }

    /// Forgets an entry, so the day follows the week again.
    pub fn unset(&mut self, date: NaiveDate) {
        self.days.remove(&date);
    }

    /// Listed days within `[from, to]`.
    pub fn entries(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, DayKind)> + '_ {
        self.days.range(from..=to).map(|(d, k)| (*d, *k))
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match self.days.get(&date) {
            Some(DayKind::Workday) => true,
            Some(DayKind::Holiday) => false,
            None => !matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// Working days `d` with `from < d <= to`; negative when `to` is before `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        // Whole weeks hold five weekdays; listed days then correct the count.
        let span = (to - from).num_days();
        let mut count = (span / 7) * 5;
        let mut d = from + Duration::days((span / 7) * 7);
        while d < to {
            d += Duration::days(1);
            if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                count += 1;
            }
        }
        let start = from + Duration::days(1);
        if start <= to {
            for (date, kind) in self.days.range(start..=to) {
                let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
                match (kind, weekend) {
                    (DayKind::Holiday, false) => count -= 1,
                    (DayKind::Workday, true) => count += 1,
                    _ => {}
                }
            }
        }
        count
    }

    /// The date `n` working days after `from` (`n = 0` gives `from` itself).
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d += Duration::days(1);
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }

    /// Working days left until `due` as of `today` (0 when due today, negative when past).
    pub fn working_days_left(&self, today: NaiveDate, due: NaiveDate) -> i64 {
        self.working_days_between(today, due)
    }

    /// Working days overdue as of `today` for a milestone due on `due` (0 when not past).
    pub fn working_days_overdue(&self, due: NaiveDate, today: NaiveDate) -> i64 {
        if today <= due {
            0
        } else {
            self.working_days_between(due, today)
        }
    }
}

/// The years whose holiday arrangement (放假调休安排) is missing on `today`: this year's,
/// and from 1 November next year's, unless it is in the shipped table or an admin has
/// entered days for it (`entered`: the years with at least one calendar override). Until
/// then counts of working days in that year miss its 调休, and the pages and
/// `duban calendar list` say so.
pub fn missing_arrangements(today: NaiveDate, entered: &[i32]) -> Vec<i32> {
    let mut years = vec![today.year()];
    if today.month() >= 11 {
        years.push(today.year() + 1);
    }
    years
        .into_iter()
        .filter(|y| !super::holidays_cn::PUBLISHED_YEARS.contains(y) && !entered.contains(y))
        .collect()
}

#[cfg(test)]
mod tests {

    #[test]
    fn next_years_arrangement_is_missing_from_november_until_entered() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            missing_arrangements(d("2026-10-31"), &[]),
            Vec::<i32>::new()
        );
        assert_eq!(missing_arrangements(d("2026-11-01"), &[]), vec![2027]);
        assert_eq!(
            missing_arrangements(d("2026-12-01"), &[2027]),
            Vec::<i32>::new()
        );
        assert_eq!(missing_arrangements(d("2027-03-01"), &[]), vec![2027]);
        assert_eq!(missing_arrangements(d("2027-11-02"), &[2027]), vec![2028]);
    }
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn slow_between(c: &WorkCalendar, from: NaiveDate, to: NaiveDate) -> i64 {
        let mut n = 0;
        let mut x = from;
        while x < to {
            x += Duration::days(1);
            if c.is_working_day(x) {
                n += 1;
            }
        }
        n
    }

    #[test]
    fn spring_festival_2026() {
        let c = WorkCalendar::china();
        assert!(c.is_working_day(d("2026-02-13")), "Friday before");
        assert!(c.is_working_day(d("2026-02-14")), "Saturday 调休上班");
        for day in 15..=23 {
            assert!(
                !c.is_working_day(d(&format!("2026-02-{day:02}"))),
                "Feb {day} off"
            );
        }
        assert!(c.is_working_day(d("2026-02-24")));
        assert!(c.is_working_day(d("2026-02-28")), "Saturday 调休上班");
        // A milestone due Friday 13 Feb, asked on Tuesday 24 Feb: Saturday 14 and Tuesday 24
        // are the only working days after it.
        assert_eq!(c.working_days_overdue(d("2026-02-13"), d("2026-02-24")), 2);
        assert_eq!(c.add_working_days(d("2026-02-13"), 2), d("2026-02-24"));
    }

    #[test]
    fn national_day_2026() {
        let c = WorkCalendar::china();
        assert!(c.is_working_day(d("2026-09-20")), "Sunday 调休上班");
        assert!(!c.is_working_day(d("2026-09-25")), "中秋 Friday");
        assert!(!c.is_working_day(d("2026-10-07")));
        assert!(c.is_working_day(d("2026-10-08")));
        assert!(c.is_working_day(d("2026-10-10")), "Saturday 调休上班");
        // Due Wed 30 Sep: the next working day is Thu 8 Oct.
        assert_eq!(c.working_days_overdue(d("2026-09-30"), d("2026-10-08")), 1);
        // From Thu 24 Sep: 28, 29, 30 Sep and 8, 9 Oct are the working days up to Fri 9 Oct.
        assert_eq!(c.working_days_left(d("2026-09-24"), d("2026-10-09")), 5);
    }

    #[test]
    fn year_end_and_new_year() {
        let c = WorkCalendar::china();
        // Thu 31 Dec 2026 → Mon 4 Jan 2027: 1 Jan is off, 2–3 Jan are a weekend.
        assert_eq!(c.add_working_days(d("2026-12-31"), 1), d("2027-01-04"));
        assert_eq!(
            c.working_days_between(d("2025-12-31"), d("2026-01-05")),
            2,
            "4 Jan 2026 is a Sunday 调休上班, 5 Jan a Monday"
        );
        assert!(c.is_working_day(d("2026-01-04")));
        assert!(!c.is_working_day(d("2027-02-08")), "2027 春节 初三");
    }

    #[test]
    fn counting_agrees_with_day_by_day_over_three_years() {
        let c = WorkCalendar::china();
        let start = d("2024-12-20");
        for offset in (0..1100).step_by(7) {
            let from = start + Duration::days(offset);
            for span in [0, 1, 3, 6, 10, 45, 200] {
                let to = from + Duration::days(span);
                assert_eq!(
                    c.working_days_between(from, to),
                    slow_between(&c, from, to),
                    "{from}..{to}"
                );
                assert_eq!(
                    c.working_days_between(to, from),
                    -slow_between(&c, from, to)
                );
            }
        }
        let total: i64 = slow_between(&c, d("2025-12-31"), d("2026-12-31"));
        // 261 weekdays − 19 holidays on weekdays + 6 make-up weekend days.
        assert_eq!(total, 248, "working days in 2026");
    }

    #[test]
    fn overrides_win() {
        let mut c = WorkCalendar::china();
        c.set(d("2026-03-02"), DayKind::Holiday);
        assert!(!c.is_working_day(d("2026-03-02")));
        c.set(d("2026-02-16"), DayKind::Workday);
        assert!(c.is_working_day(d("2026-02-16")));
        c.unset(d("2026-03-02"));
        assert!(c.is_working_day(d("2026-03-02")));
        assert!(WorkCalendar::weekends_only().is_working_day(d("2026-10-01")));
    }
}
