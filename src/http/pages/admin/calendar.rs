//! `/admin/calendar`: the working-day calendar of a year: the State Council's holidays and
//! make-up working days as shipped, the administrator's own entries over them, a form to
//! add or replace a day, and a button to remove an entry.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use super::admin_page;
use crate::domain::calendar::DayKind;
use crate::error::FieldErrors;
use crate::http::AppState;
use crate::http::pages::form::{Refused, Sent, checked, date_field, see_other, settle, text};
use crate::http::pages::home::error;
use crate::http::pages::i18n;
use crate::store::calendar;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(set).service(remove);
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let lang = crate::http::pages::req_lang(req);
    let year = crate::http::pages::asked(req, "year")
        .and_then(|y| y.parse::<i32>().ok())
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| state.today().year());
    let got = state
        .db(move |c| calendar::list(c, &calendar::CalendarFilter { year: Some(year) }))
        .await;
    let days = match got {
        Ok(d) => d,
        Err(e) => return error(req, &e),
    };
    let rows: Vec<Value> = days
        .iter()
        .map(|d| {
            json!({"day": d.day.to_string(), "day_text": i18n::date(lang, d.day),
                   "kind": d.kind.as_str(), "kind_text": i18n::text(lang, &format!("cal_{}", d.kind.as_str())),
                   "source": d.source, "note": d.note})
        })
        .collect();
    let (errors, typed) = Refused::of(refused.as_ref(), "new");
    let warning = super::calendar_warning(&state, req).await;
    let months = month_grid(lang, year, &days, state.today());
    admin_page(
        req,
        status,
        "admin/calendar.html",
        json!({"days": rows, "year": year, "prev": year - 1, "next": year + 1, "months": months,
               "weekdays": weekdays(lang),
               "errors": errors, "typed": typed, "calendar_warning": warning}),
    )
}

/// The names of the week's days, Monday first, as the month grid's column heads.
fn weekdays(lang: &str) -> Vec<Value> {
    const ZH: [(&str, &str); 7] = [
        ("一", "星期一"),
        ("二", "星期二"),
        ("三", "星期三"),
        ("四", "星期四"),
        ("五", "星期五"),
        ("六", "星期六"),
        ("日", "星期日"),
    ];
    const EN: [(&str, &str); 7] = [
        ("Mon", "Monday"),
        ("Tue", "Tuesday"),
        ("Wed", "Wednesday"),
        ("Thu", "Thursday"),
        ("Fri", "Friday"),
        ("Sat", "Saturday"),
        ("Sun", "Sunday"),
    ];
    let names = if crate::domain::lang::Lang::of(lang).is_en() {
        EN
    } else {
        ZH
    };
    names
        .iter()
        .map(|(short, long)| json!({"short": short, "long": long}))
        .collect()
}

/// The year as twelve month grids, weeks from Monday: each day off (a weekend, or a holiday
/// of the calendar) or working, a weekend made a working day (调休) marked as such, the
/// admin's own entries marked, each with its date and note as a title.
fn month_grid(
    lang: &str,
    year: i32,
    listed: &[calendar::ListedDay],
    today: NaiveDate,
) -> Vec<Value> {
    let by_day: std::collections::HashMap<NaiveDate, &calendar::ListedDay> =
        listed.iter().map(|d| (d.day, d)).collect();
    (1..=12)
        .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 1))
        .map(|first| {
            let mut cells: Vec<Value> =
                vec![Value::Null; first.weekday().num_days_from_monday() as usize];
            let mut day = first;
            while day.month() == first.month() {
                let entry = by_day.get(&day);
                let weekend = day.weekday().num_days_from_monday() >= 5;
                let (class, kind) = match entry.map(|e| e.kind) {
                    Some(DayKind::Holiday) => ("holiday", Some("cal_holiday")),
                    Some(DayKind::Workday) => ("workday", Some("cal_workday")),
                    None if weekend => ("off", None),
                    None => ("work", None),
                };
                let title = [
                    Some(i18n::date(lang, day)),
                    kind.map(|k| i18n::text(lang, k)),
                    entry.and_then(|e| e.note.clone()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                cells.push(json!({
                    "n": day.day(), "class": class, "title": title,
                    "override": entry.is_some_and(|e| e.source == "override"),
                    "today": day == today,
                }));
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
            while !cells.len().is_multiple_of(7) {
                cells.push(Value::Null);
            }
            json!({
                "name": super::super::charts::month_label(lang, first),
                "weeks": cells.chunks(7).map(|w| w.to_vec()).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The calendar of a year (`?year=`, default this year).
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/calendar")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show(state, &req, StatusCode::OK, None).await
}

/// Adds or replaces a day's entry.
#[utoipa::path(tag = "pages", responses((status = 303, description = "saved"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/admin/calendar")]
async fn set(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let mut f = FieldErrors::new();
    let day = date_field(&mut f, lang, &typed, "day");
    if day.is_none() && !f.0.contains_key("day") {
        f.add("day", i18n::text(lang, "ms_date_invalid"));
    }
    let kind = typed.get("kind").and_then(|k| DayKind::parse(k));
    if kind.is_none() {
        f.add("kind", i18n::text(lang, "form_choose"));
    }
    let year = day.map_or_else(|| state.today().year(), |d| d.year());
    let input = day.zip(kind).map(|(day, kind)| calendar::DayInput {
        day,
        kind,
        note: text(&typed, "note"),
    });
    let ctx = state.ctx_for(&p);
    let outcome = match (checked(f, ()), input) {
        (Ok(()), Some(input)) => state.db(move |c| calendar::set(c, &ctx, input)).await,
        (Err(e), _) => Err(e),
        // Both fields were checked above; without them there is nothing to save.
        (Ok(()), None) => Err(crate::error::AppError::field(
            "day",
            i18n::text(lang, "ms_date_invalid"),
        )),
    };
    settle(
        &req,
        outcome,
        format!("/admin/calendar?year={year}"),
        "day",
        |f| {
            let refused = Refused::new("new", f, typed);
            show(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
        },
    )
    .await
}

/// Removes the administrator's entry for a day (the shipped arrangement applies again).
#[utoipa::path(tag = "pages", responses((status = 303, description = "removed"),
    (status = 404, description = "HTML page")))]
#[post("/admin/calendar/{day}/remove")]
async fn remove(
    state: web::Data<AppState>,
    req: HttpRequest,
    day: web::Path<NaiveDate>,
) -> HttpResponse {
    let Some(p) = crate::http::pages::home::principal(&req) else {
        return error(&req, &crate::error::AppError::unauthenticated());
    };
    let day = day.into_inner();
    let ctx = state.ctx_for(&p);
    match state.db(move |c| calendar::remove(c, &ctx, day)).await {
        Ok(()) => see_other(format!("/admin/calendar?year={}", day.year())),
        Err(e) => error(&req, &e),
    }
}
