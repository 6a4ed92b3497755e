//! `/admin/...`: the administrator's pages: people, units, accounts and roles, who answers
//! for each project, the working-day calendar, the mail outbox (which the supervision
//! office may read too) and the settings in force (read only). Every change goes through
//! the same `store` use cases as the API, audited the same way.

mod assignments;
mod calendar;
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
async fn index(req: HttpRequest) -> HttpResponse {
    admin_page(&req, StatusCode::OK, "admin/index.html", json!({}))
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
