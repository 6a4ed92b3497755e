//! `/admin/...`: the administrator's pages: people, units, accounts and roles, who answers
//! for each project, the working-day calendar, the mail outbox (which the supervision
//! office may read too) and the settings in force (read only). Every change goes through
//! the same `store` use cases as the API, audited the same way.

mod assignments;
mod calendar;
mod channels;
mod ledger;
mod outbox;
mod people;
mod users;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde_json::{Value, json};

use super::home::page;
use super::i18n;
use crate::domain::access::Role;
use crate::http::AppState;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(index).service(settings);
    people::routes(cfg);
    users::routes(cfg);
    assignments::routes(cfg);
    calendar::routes(cfg);
    ledger::routes(cfg);
    outbox::routes(cfg);
    channels::routes(cfg);
}

/// The sections of the admin pages, for their own navigation.
const SECTIONS: &[(&str, &str)] = &[
    ("/admin/people", "admin_people"),
    ("/admin/units", "admin_units"),
    ("/admin/users", "admin_users"),
    ("/admin/assignments", "admin_assignments"),
    ("/admin/calendar", "admin_calendar"),
    ("/admin/ledger", "admin_ledger"),
    ("/admin/outbox", "admin_outbox"),
    ("/admin/channels", "admin_channels"),
    ("/admin/settings", "admin_settings"),
];

/// Renders an admin page with the section navigation.
pub(super) fn admin_page(
    req: &HttpRequest,
    status: StatusCode,
    template: &str,
    mut ctx: Value,
) -> HttpResponse {
    let lang = super::req_lang(req);
    let here = req.path();
    // The supervision office reads the outbox only: no links to pages it may not open.
    let admin = super::home::principal(req).is_some_and(|p| p.has(Role::Admin));
    let sections: Vec<Value> = SECTIONS
        .iter()
        .filter(|_| admin)
        .map(|(href, key)| {
            json!({"href": href, "label": i18n::text(lang, key),
                   "current": here.starts_with(href)})
        })
        .collect();
    crate::http::pages::merge(&mut ctx, json!({ "sections": sections }));
    page(req, status, template, ctx)
}

/// The admin's start page: one card per section.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin")]
async fn index(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let warning = calendar_warning(&state, &req).await;
    admin_page(
        &req,
        StatusCode::OK,
        "admin/index.html",
        json!({ "calendar_warning": warning }),
    )
}

/// The warning an admin page shows while a year's holiday arrangement is missing (this
/// year's, or from 1 November next year's): its working days lack their 调休.
pub(super) async fn calendar_warning(state: &AppState, req: &HttpRequest) -> Option<String> {
    let lang = super::req_lang(req);
    let today = state.today();
    let missing = state
        .db(move |c| crate::store::calendar::missing_arrangements(c, today))
        .await
        .ok()?;
    let years: Vec<String> = missing.iter().map(i32::to_string).collect();
    (!years.is_empty()).then(|| {
        i18n::text(lang, "cal_missing").replace("{y}", &years.join(&i18n::text(lang, "list_sep")))
    })
}

/// The settings in force, read only (passwords hidden).
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/settings")]
async fn settings(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let rows: Vec<Value> = state
        .settings
        .iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect();
    admin_page(
        &req,
        StatusCode::OK,
        "admin/settings.html",
        json!({ "settings": rows }),
    )
}
