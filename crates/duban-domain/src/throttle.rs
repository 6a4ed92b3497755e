//! Login throttling: after too many failed logins within a window, further attempts are
//! refused until the oldest failure in the window has aged out. Counted separately per
//! account (the login name as typed, normalised) and per client address, so one attacker
//! can neither guess one password nor sweep many accounts from one machine. The same
//! sliding window keeps a channel under its rate (`store::channels::reserve`).

use chrono::{Duration, NaiveDateTime};

/// Limits for one kind of key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Failures allowed within the window; the next attempt is refused.
    pub max_failures: usize,
    pub window: Duration,
}

/// Per account: five wrong passwords in fifteen minutes.
pub const PER_ACCOUNT: Limit = Limit {
    max_failures: 5,
    window: Duration::minutes(15),
};

/// Per address: twenty failures in fifteen minutes, whichever accounts they were for.
pub const PER_ADDRESS: Limit = Limit {
    max_failures: 20,
    window: Duration::minutes(15),
};

/// Seconds to wait before another attempt, or `None` when an attempt may be made now.
/// `failures` are the times of failed attempts for one key, in any order.
pub fn retry_after(limit: Limit, failures: &[NaiveDateTime], now: NaiveDateTime) -> Option<u64> {
    let since = now - limit.window;
    let mut recent: Vec<NaiveDateTime> = failures.iter().copied().filter(|t| *t > since).collect();
    if recent.len() < limit.max_failures {
        return None;
    }
    recent.sort();
    // The attempt becomes possible when enough failures have left the window that fewer
    // than `max_failures` remain.
    let freeing = *recent.get(recent.len() - limit.max_failures)?;
    let wait = (freeing + limit.window - now).num_seconds();
    Some(wait.max(1) as u64)
}

/// The account key: the account itself when the name is one of its names, so that guesses
/// by username and by email share one counter; otherwise what was typed, trimmed and
/// lower-cased, so `Li@X.cn ` and `li@x.cn` share one.
pub fn account_key(login: &str, account: Option<i64>) -> String {
    match account {
        Some(id) => format!("account:{id}"),
        None => format!("name:{}", login.trim().to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(min: i64, sec: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 6, 1)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .map(|d| d + Duration::minutes(min) + Duration::seconds(sec))
            .expect("valid")
    }

    #[test]
    fn allows_until_the_limit_then_waits_for_the_oldest_to_age_out() {
        let fails: Vec<_> = (0..4).map(|i| t(i, 0)).collect();
        assert_eq!(retry_after(PER_ACCOUNT, &fails, t(5, 0)), None);
        let fails: Vec<_> = (0..5).map(|i| t(i, 0)).collect();
        // Oldest at 09:00 leaves the window at 09:15; now is 09:05 → 600 s.
        assert_eq!(retry_after(PER_ACCOUNT, &fails, t(5, 0)), Some(600));
        assert_eq!(retry_after(PER_ACCOUNT, &fails, t(15, 0)), None);
        assert_eq!(retry_after(PER_ACCOUNT, &fails, t(14, 59)), Some(1));
    }

    #[test]
    fn old_failures_do_not_count() {
        let mut fails: Vec<_> = (0..10).map(|i| t(-60 + i, 0)).collect();
        fails.push(t(0, 0));
        assert_eq!(retry_after(PER_ACCOUNT, &fails, t(1, 0)), None);
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(
            account_key("  Li.Na@Example.GOV.cn ", None),
            account_key("li.na@example.gov.cn", None)
        );
        // An account's names share its counter; a name that is no account has its own.
        assert_eq!(
            account_key("lina", Some(7)),
            account_key("li.na@x.cn", Some(7))
        );
        assert_ne!(account_key("lina", Some(7)), account_key("lina", None));
    }
}
