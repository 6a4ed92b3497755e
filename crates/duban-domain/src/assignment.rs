//! Who held a project on a given date. An assignment holds from `start_on` (inclusive) up
//! to `end_on` (exclusive): on the day of a handover the new holder answers.

use chrono::NaiveDate;

pub fn holds_on(start_on: NaiveDate, end_on: Option<NaiveDate>, date: NaiveDate) -> bool {
    start_on <= date && end_on.is_none_or(|end| date < end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
