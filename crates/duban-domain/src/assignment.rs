//! Who held a project on a given date: the one rule every part asks (access, the scan's
//! recipients, reports, the project page). An assignment holds from `start_on` (inclusive)
//! up to `end_on` (exclusive): on the day of a handover the new holder answers. Where two
//! recorded assignments both cover a day, the one that started later stands, and of two
//! that started the same day the one recorded later (a correction). Its SQL twin is
//! `store::projects::assignment_on`; a test holds them to the same answers.

use chrono::NaiveDate;

pub fn holds_on(start_on: NaiveDate, end_on: Option<NaiveDate>, date: NaiveDate) -> bool {
    start_on <= date && end_on.is_none_or(|end| date < end)
}

/// One recorded assignment as the rule sees it: its id (the order it was recorded in), its
/// span, and whoever it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held<T> {
    pub id: i64,
    pub start_on: NaiveDate,
    pub end_on: Option<NaiveDate>,
    pub holder: T,
}

/// The assignment in force on `date`, if any (see the module's rule for overlaps).
pub fn holder_on<T>(assignments: &[Held<T>], date: NaiveDate) -> Option<&Held<T>> {
    assignments
        .iter()
        .filter(|a| holds_on(a.start_on, a.end_on, date))
        .max_by_key(|a| (a.start_on, a.id))
}

/// Who answers for a date: the holder then; for a day no assignment covers (a milestone
/// due before the ledger named anyone, or a gap between two holders) the next holder, who
/// took the work over as it stood, so that no delay is left without someone who held it.
pub fn answerable_on<T>(assignments: &[Held<T>], date: NaiveDate) -> Option<&Held<T>> {
    holder_on(assignments, date).or_else(|| {
        assignments
            .iter()
            .filter(|a| a.start_on > date)
            .min_by_key(|a| (a.start_on, a.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn held(id: i64, start: &str, end: Option<&str>, who: char) -> Held<char> {
        Held {
            id,
            start_on: d(start),
            end_on: end.map(d),
            holder: who,
        }
    }

    #[test]
    fn overlaps_go_to_the_later_start_then_the_later_record() {
        let list = [
            held(1, "2026-01-01", None, 'a'),
            held(2, "2026-03-01", Some("2026-04-01"), 'b'),
            held(3, "2026-03-01", Some("2026-04-01"), 'c'),
        ];
        let who = |day: &str| holder_on(&list, d(day)).map(|h| h.holder);
        assert_eq!(who("2026-02-01"), Some('a'));
        assert_eq!(who("2026-03-15"), Some('c'));
        assert_eq!(who("2026-04-01"), Some('a'));
        assert_eq!(who("2025-12-31"), None);
    }

    #[test]
    fn before_the_first_assignment_the_first_holder_answers() {
        let list = [
            held(7, "2026-05-01", None, 'b'),
            held(4, "2026-02-01", Some("2026-05-01"), 'a'),
        ];
        assert_eq!(
            answerable_on(&list, d("2026-01-10")).map(|h| h.holder),
            Some('a')
        );
        assert_eq!(
            answerable_on(&list, d("2026-06-10")).map(|h| h.holder),
            Some('b')
        );
        assert!(answerable_on::<char>(&[], d("2026-06-10")).is_none());
    }

    #[test]
    fn handover_day_belongs_to_the_new_holder() {
        let (s, e) = (d("2026-01-01"), Some(d("2026-06-01")));
        assert!(holds_on(s, e, d("2026-01-01")));
        assert!(holds_on(s, e, d("2026-05-31")));
        assert!(!holds_on(s, e, d("2026-06-01")));
        assert!(!holds_on(s, e, d("2025-12-31")));
        assert!(holds_on(s, None, d("2030-01-01")));
    }
}
