//! Dates and timestamps read from and written to the hot paths quickly.
//!
//! SQLite keeps a date as the text `YYYY-MM-DD` and a timestamp as `YYYY-MM-DD
//! HH:MM:SS[.fff…]`. diesel reads them with chrono's format parser, trying up to eighteen
//! formats for a timestamp, and chrono writes them to JSON through `Display`, a character at
//! a time. A list of 100 milestones spent a quarter of its time there. [`Fast`] reads the
//! usual text directly (`#[diesel(deserialize_as = Fast<NaiveDate>)]` on a model's field)
//! and hands anything else to diesel's own reading, so no stored value reads differently;
//! PostgreSQL's binary values go to diesel unchanged. [`day`] and [`utc`] write the same
//! JSON strings as chrono, without the formatter.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::sql_types::{Date, Nullable, Timestamp};
use diesel::sqlite::{Sqlite, SqliteType};

use super::multi_connection_impl::{MultiBackend, MultiRawValue};

/// A value read through the fast path; `.into()` (or `deserialize_as`) gives the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, diesel::deserialize::FromSqlRow)]
pub struct Fast<T>(pub T);

macro_rules! into_inner {
    ($($t:ty),*) => {$(
        impl From<Fast<$t>> for $t {
            fn from(f: Fast<$t>) -> Self {
                f.0
            }
        }
    )*};
}
into_inner!(
    NaiveDate,
    Option<NaiveDate>,
    NaiveDateTime,
    Option<NaiveDateTime>
);

/// `YYYY-MM-DD`, the text SQLite holds for a date; `None` for any other shape.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = s.as_bytes() else {
        return None;
    };
    let year = digits(&[y0, y1, y2, y3])?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        digits(&[m0, m1])?,
        digits(&[d0, d1])?,
    )
}

/// `YYYY-MM-DD HH:MM:SS` with an optional fraction of up to nine digits, the text diesel
/// writes for a timestamp; `None` for any other shape.
pub fn parse_stamp(s: &str) -> Option<NaiveDateTime> {
    let (date, time) = s.split_at_checked(10)?;
    let &[b' ', h0, h1, b':', m0, m1, b':', s0, s1, ref rest @ ..] = time.as_bytes() else {
        return None;
    };
    let nanos = match rest {
        [] => 0,
        [b'.', frac @ ..] if !frac.is_empty() && frac.len() <= 9 => {
            let width = u32::try_from(frac.len()).ok()?;
            digits(frac)? * 10u32.pow(9 - width)
        }
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(
        digits(&[h0, h1])?,
        digits(&[m0, m1])?,
        digits(&[s0, s1])?,
        nanos,
    )?;
    Some(parse_day(date)?.and_time(time))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// Reads SQLite's text by `parse`, or by diesel's own reading when it has another shape
/// (another format, a Julian day number).
fn sqlite<T, ST>(
    mut v: <Sqlite as Backend>::RawValue<'_>,
    parse: fn(&str) -> Option<T>,
) -> deserialize::Result<T>
where
    T: FromSql<ST, Sqlite>,
{
    if v.value_type() == Some(SqliteType::Text)
        && let Some(t) = parse(v.read_text())
    {
        return Ok(t);
    }
    T::from_sql(v)
}

macro_rules! fast_from_sql {
    ($st:ty, $t:ty, $parse:expr) => {
        impl FromSql<$st, Sqlite> for Fast<$t> {
            fn from_sql(v: <Sqlite as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                sqlite::<$t, $st>(v, $parse).map(Fast)
            }
        }
        impl FromSql<$st, Pg> for Fast<$t> {
            fn from_sql(v: <Pg as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                <$t as FromSql<$st, Pg>>::from_sql(v).map(Fast)
            }
        }
        impl FromSql<$st, MultiBackend> for Fast<$t> {
            fn from_sql(v: MultiRawValue<'_>) -> deserialize::Result<Self> {
                v.from_sql::<Self, $st>()
            }
        }
        nullable!(Sqlite, $st, $t);
        nullable!(Pg, $st, $t);
        nullable!(MultiBackend, $st, $t);
    };
}

/// An absent value reads as `Fast(None)`, a present one as the value.
macro_rules! nullable {
    ($db:ty, $st:ty, $t:ty) => {
        impl FromSql<Nullable<$st>, $db> for Fast<Option<$t>> {
            fn from_sql(v: <$db as Backend>::RawValue<'_>) -> deserialize::Result<Self> {
                <Fast<$t> as FromSql<$st, $db>>::from_sql(v).map(|f| Fast(Some(f.0)))
            }
            fn from_nullable_sql(
                v: Option<<$db as Backend>::RawValue<'_>>,
            ) -> deserialize::Result<Self> {
                match v {
                    Some(v) => <Self as FromSql<Nullable<$st>, $db>>::from_sql(v),
                    None => Ok(Fast(None)),
                }
            }
        }
    };
}
fast_from_sql!(Date, NaiveDate, parse_day);
fast_from_sql!(Timestamp, NaiveDateTime, parse_stamp);

/// Serializes a date as chrono does (`2026-06-30`).
pub fn day<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    let mut text = String::with_capacity(10);
    if write_day(d, &mut text) {
        s.serialize_str(&text)
    } else {
        serde::Serialize::serialize(d, s)
    }
}

/// [`day`] for an optional date (`null` when absent).
pub fn day_opt<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => day(d, s),
        None => s.serialize_none(),
    }
}

/// Serializes a stored UTC timestamp as RFC 3339 with a `Z`, as chrono's
/// `to_rfc3339_opts(SecondsFormat::AutoSi, true)` does: no fraction, or 3, 6 or 9 digits.
pub fn utc<S: serde::Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    let mut text = String::with_capacity(30);
    if write_day(&t.date(), &mut text) {
        text.push('T');
        put(&mut text, t.hour(), 2);
        text.push(':');
        put(&mut text, t.minute(), 2);
        text.push(':');
        // A leap second is kept in the nanoseconds (>= 1e9); chrono writes it as second 60.
        let (sec, nanos) = match t.nanosecond() {
            n if n >= 1_000_000_000 => (t.second() + 1, n - 1_000_000_000),
            n => (t.second(), n),
        };
        put(&mut text, sec, 2);
        match nanos {
            0 => {}
            n if n % 1_000_000 == 0 => fraction(&mut text, n / 1_000_000, 3),
            n if n % 1_000 == 0 => fraction(&mut text, n / 1_000, 6),
            n => fraction(&mut text, n, 9),
        }
        text.push('Z');
        s.serialize_str(&text)
    } else {
        s.collect_str(
            &t.and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
        )
    }
}

/// [`utc`] for an optional timestamp (`null` when absent).
pub fn utc_opt<S: serde::Serializer>(t: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => utc(t, s),
        None => s.serialize_none(),
    }
}

/// Appends `YYYY-MM-DD`; `false` (nothing written) for years outside 0..=9999, which chrono
/// writes with a sign.
fn write_day(d: &NaiveDate, out: &mut String) -> bool {
    let Some(year) = u32::try_from(d.year()).ok().filter(|y| *y <= 9999) else {
        return false;
    };
    put(out, year, 4);
    out.push('-');
    put(out, d.month(), 2);
    out.push('-');
    put(out, d.day(), 2);
    true
}

fn fraction(out: &mut String, n: u32, width: u32) {
    out.push('.');
    put(out, n, width);
}

/// Appends `n` in exactly `width` decimal digits, zero-padded (`n` < 10^width).
fn put(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = (n / 10u32.pow(place)) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T>(
        f: fn(&T, &mut serde_json::Serializer<&mut Vec<u8>>) -> serde_json::Result<()>,
        v: &T,
    ) -> String {
        let mut out = Vec::new();
        f(v, &mut serde_json::Serializer::new(&mut out)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn dates_and_timestamps_read_as_chrono_reads_them() {
        for s in ["2026-06-30", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(parse_day(s), NaiveDate::parse_from_str(s, "%F").ok(), "{s}");
        }
        for s in [
            "2026-02-30",
            "2026-13-01",
            "26-06-30",
            "2026-06-3x",
            "2026/06/30",
            "",
        ] {
            assert_eq!(parse_day(s), None, "{s}");
        }
        for s in [
            "2026-06-30 08:01:02",
            "2026-06-30 08:01:02.5",
            "2026-06-30 08:01:02.123",
            "2026-06-30 08:01:02.123456",
            "2026-06-30 23:59:59.123456789",
        ] {
            let chrono = NaiveDateTime::parse_from_str(s, "%F %T%.f").ok();
            assert!(chrono.is_some());
            assert_eq!(parse_stamp(s), chrono, "{s}");
        }
        for s in [
            "2026-06-30T08:01:02",
            "2026-06-30 08:01",
            "2026-06-30 25:01:02",
            "2026-06-30 08:01:02.",
            "2026-06-30 08:01:02.1234567890",
            "2026-06-30 08:01:02Z",
        ] {
            assert_eq!(parse_stamp(s), None, "{s}");
        }
    }

    #[test]
    fn dates_and_timestamps_write_as_chrono_writes_them() {
        for d in ["2026-06-30", "0001-01-01", "9999-12-31"] {
            let d = NaiveDate::parse_from_str(d, "%F").unwrap();
            assert_eq!(
                json(|d, s| day(d, s), &d),
                serde_json::to_string(&d).unwrap()
            );
        }
        let far = NaiveDate::from_ymd_opt(12345, 1, 1).unwrap();
        assert_eq!(
            json(|d, s| day(d, s), &far),
            serde_json::to_string(&far).unwrap()
        );
        let base = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        for (h, m, s, n) in [
            (0, 0, 0, 0),
            (8, 1, 2, 500_000_000),
            (8, 1, 2, 123_000_000),
            (8, 1, 2, 123_456_000),
            (23, 59, 59, 123_456_789),
            (23, 59, 59, 1_500_000_000),
            (12, 0, 0, 1_000),
        ] {
            let t = base.and_time(NaiveTime::from_hms_nano_opt(h, m, s, n).unwrap());
            let chrono = format!(
                "\"{}\"",
                t.and_utc()
                    .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
            );
            assert_eq!(json(|t, s| utc(t, s), &t), chrono, "{t:?}");
        }
    }
}
