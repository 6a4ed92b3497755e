//! The working-day calendar as used: the shipped State Council arrangements with the
//! admins' overrides (stored in `calendar_days`) on top.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, audit};
use crate::db::DbConn;
use crate::db::models::CalendarDay;
use crate::db::schema::calendar_days;
use crate::domain::calendar::{DayKind, WorkCalendar};
use crate::domain::validate;
use crate::error::{AppError, AppResult, FieldErrors};

pub const ENTITY: &str = "calendar_day";

/// The calendar in force: shipped data plus overrides.
pub fn load(conn: &mut DbConn) -> AppResult<WorkCalendar> {
    let mut cal = WorkCalendar::china();
    for (day, kind) in calendar_days::table
        .select((calendar_days::day, calendar_days::kind))
        .load::<(NaiveDate, String)>(conn)?
    {
        if let Some(k) = DayKind::parse(&kind) {
            cal.set(day, k);
        }
    }
    Ok(cal)
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DayInput {
    pub day: NaiveDate,
    pub kind: DayKind,
    pub note: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CalendarFilter {
    /// Year to list (default: every listed day).
    pub year: Option<i32>,
}

/// One listed day and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ListedDay {
    pub day: NaiveDate,
    pub kind: DayKind,
    /// `shipped` (State Council arrangement) or `override` (entered by an admin).
    pub source: &'static str,
    pub note: Option<String>,
}

pub fn list(conn: &mut DbConn, f: &CalendarFilter) -> AppResult<Vec<ListedDay>> {
    let (from, to) = match f.year {
        Some(y) => (
            NaiveDate::from_ymd_opt(y, 1, 1)
                .ok_or_else(|| AppError::field("year", "out of range"))?,
            NaiveDate::from_ymd_opt(y, 12, 31)
                .ok_or_else(|| AppError::field("year", "out of range"))?,
        ),
        None => (NaiveDate::MIN, NaiveDate::MAX),
    };
    // No date filter without a year: PostgreSQL's date range is narrower than chrono's,
    // so `BETWEEN NaiveDate::MIN AND NaiveDate::MAX` fails there.
    let mut q = calendar_days::table.into_boxed();
    if f.year.is_some() {
        q = q.filter(calendar_days::day.between(from, to));
    }
    let overrides: Vec<CalendarDay> = q.select(CalendarDay::as_select()).load(conn)?;
    let mut out: std::collections::BTreeMap<NaiveDate, ListedDay> = WorkCalendar::china()
        .entries(from, to)
        .map(|(day, kind)| {
            (
                day,
                ListedDay {
                    day,
                    kind,
                    source: "shipped",
                    note: None,
                },
            )
        })
        .collect();
    for o in overrides {
        if let Some(kind) = DayKind::parse(&o.kind) {
            out.insert(
                o.day,
                ListedDay {
                    day: o.day,
                    kind,
                    source: "override",
                    note: o.note,
                },
            );
        }
    }
    Ok(out.into_values().collect())
}

/// Adds or replaces the override for a day.
pub fn set(conn: &mut DbConn, ctx: &Ctx, input: DayInput) -> AppResult<CalendarDay> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let note = validate::blank_to_none(input.note);
        let mut f = FieldErrors::new();
        validate::optional_line(&mut f, "note", note.as_deref());
        if !(2000..=2100).contains(&input.day.year()) {
            f.add("day", "must be between 2000 and 2100");
        }
        f.into_result()?;
        let before: Option<CalendarDay> = calendar_days::table
            .filter(calendar_days::day.eq(input.day))
            .select(CalendarDay::as_select())
            .first(conn)
            .optional()?;
        if before.is_some() {
            diesel::delete(calendar_days::table.filter(calendar_days::day.eq(input.day)))
                .execute(conn)?;
        }
        let row: CalendarDay = diesel::insert_into(calendar_days::table)
            .values((
                calendar_days::day.eq(input.day),
                calendar_days::kind.eq(input.kind.as_str()),
                calendar_days::note.eq(note.as_deref()),
                calendar_days::created_by.eq(&ctx.actor),
                calendar_days::created_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            input.day,
            "set",
            before.as_ref(),
            Some(&row),
        )?;
        Ok(row)
    })
}

/// Removes an override; the day follows the shipped data again.
pub fn remove(conn: &mut DbConn, ctx: &Ctx, day: NaiveDate) -> AppResult<()> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let before: CalendarDay = calendar_days::table
            .filter(calendar_days::day.eq(day))
            .select(CalendarDay::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| AppError::not_found(format!("calendar override for {day}")))?;
        diesel::delete(calendar_days::table.filter(calendar_days::day.eq(day))).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            day,
            "remove",
            Some(&before),
            None::<&CalendarDay>,
        )?;
        Ok(())
    })
}

/// The years with at least one override entered (see `domain::calendar::missing_arrangements`).
pub fn entered_years(conn: &mut DbConn) -> AppResult<Vec<i32>> {
    let days: Vec<NaiveDate> = calendar_days::table.select(calendar_days::day).load(conn)?;
    let mut years: Vec<i32> = days.iter().map(|d| d.year()).collect();
    years.sort_unstable();
    years.dedup();
    Ok(years)
}

/// The years whose arrangement is missing today, for a warning.
pub fn missing_arrangements(conn: &mut DbConn, today: NaiveDate) -> AppResult<Vec<i32>> {
    Ok(crate::domain::calendar::missing_arrangements(
        today,
        &entered_years(conn)?,
    ))
}

/// One day of an arrangement file: `{"date": "2027-02-06", "kind": "holiday", "name": "春节"}`
/// (`kind`: `holiday` for a day off, `workday` for a 调休 working day).
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArrangedDay {
    pub date: NaiveDate,
    pub kind: DayKind,
    #[serde(default)]
    pub name: Option<String>,
}

/// The most days one arrangement file may hold (a year's is some thirty).
pub const MAX_ARRANGED_DAYS: usize = 400;

/// Reads an arrangement: a JSON array of days. The error names the entry (`day 3: …`).
pub fn parse_arrangement(text: &str) -> Result<Vec<ArrangedDay>, String> {
    let values: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON array of days: {e}"))?;
    if values.len() > MAX_ARRANGED_DAYS {
        return Err(format!(
            "{} days: an arrangement holds at most {MAX_ARRANGED_DAYS}",
            values.len()
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::with_capacity(values.len());
    for (i, v) in values.into_iter().enumerate() {
        let day: ArrangedDay =
            serde_json::from_value(v).map_err(|e| format!("day {}: {e}", i + 1))?;
        if !seen.insert(day.date) {
            return Err(format!("day {}: {} is listed twice", i + 1, day.date));
        }
        out.push(day);
    }
    Ok(out)
}

/// Enters an arrangement's days as overrides, all or none, each audited.
pub fn import(conn: &mut DbConn, ctx: &Ctx, days: Vec<ArrangedDay>) -> AppResult<usize> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let n = days.len();
        for (i, d) in days.into_iter().enumerate() {
            set(
                conn,
                ctx,
                DayInput {
                    day: d.date,
                    kind: d.kind,
                    note: d.name,
                },
            )
            .map_err(|e| match e {
                AppError::Validation(f) => AppError::Validation(FieldErrors(
                    f.0.into_iter()
                        .map(|(k, v)| (format!("days[{i}].{k}"), v))
                        .collect(),
                )),
                other => other,
            })?;
        }
        Ok(n)
    })
}
