//! Time is injected: every rule asks a [`Clock`] rather than the system, so that any
//! behaviour can be tested "as of" a fixed date.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, NaiveDateTime, SubsecRound, Utc};
use chrono_tz::Tz;

/// A source of the current instant.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    /// The calendar date in the zone's time zone: due dates are zone dates, not UTC dates.
    fn today(&self, tz: Tz) -> NaiveDate {
        self.now().with_timezone(&tz).date_naive()
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until moved; for tests and "as of" runs.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Mutex::new(at))
    }

    /// Noon in `tz` on `date`, which is that date in the zone whatever the UTC offset.
    pub fn at_noon(date: NaiveDate, tz: Tz) -> Self {
        let local = date.and_hms_opt(12, 0, 0).unwrap_or_default();
        let at = local
            .and_local_timezone(tz)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| local.and_utc());
        Self::new(at)
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A UTC timestamp as stored: PostgreSQL keeps microseconds and SQLite nanoseconds, so
/// truncating makes both backends return what was written.
pub fn db_timestamp(at: DateTime<Utc>) -> NaiveDateTime {
    at.naive_utc().trunc_subsecs(6)
}
