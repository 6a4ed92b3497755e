//! The web interface: server-rendered pages (minijinja templates compiled into the binary,
//! CSS served from it too), Chinese first with English on request. Pages share the API's
//! session, gates and per-project rules; this module only shapes what the store returns
//! for people to read.

pub mod account;
pub mod admin;
pub mod assessments;
pub mod charts;
pub mod form;
pub mod home;
pub mod i18n;
pub mod milestones;
pub mod project;
pub mod reports;
pub mod timeline;

use std::sync::OnceLock;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use minijinja::Environment;
use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::access::{Principal, Role};
use crate::domain::lang::Lang;
use crate::error::AppError;

/// Every page of the interface.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    home::routes(cfg);
    milestones::routes(cfg);
    reports::routes(cfg);
    timeline::routes(cfg);
    project::routes(cfg);
    assessments::routes(cfg);
    admin::routes(cfg);
    account::routes(cfg);
}

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("login.html", include_str!("templates/login.html")),
    ("error.html", include_str!("templates/error.html")),
    ("my.html", include_str!("templates/my.html")),
    ("project.html", include_str!("templates/project.html")),
    ("board.html", include_str!("templates/board.html")),
    ("timeline.html", include_str!("templates/timeline.html")),
    ("milestones.html", include_str!("templates/milestones.html")),
    ("report.html", include_str!("templates/report.html")),
    (
        "assessments.html",
        include_str!("templates/assessments.html"),
    ),
    ("account.html", include_str!("templates/account.html")),
    ("admin/nav.html", include_str!("templates/admin/nav.html")),
    (
        "admin/field.html",
        include_str!("templates/admin/field.html"),
    ),
    (
        "admin/index.html",
        include_str!("templates/admin/index.html"),
    ),
    (
        "admin/settings.html",
        include_str!("templates/admin/settings.html"),
    ),
    (
        "admin/people.html",
        include_str!("templates/admin/people.html"),
    ),
    (
        "admin/units.html",
        include_str!("templates/admin/units.html"),
    ),
    (
        "admin/users.html",
        include_str!("templates/admin/users.html"),
    ),
    (
        "admin/assignments.html",
        include_str!("templates/admin/assignments.html"),
    ),
    (
        "admin/assignment.html",
        include_str!("templates/admin/assignment.html"),
    ),
    (
        "admin/calendar.html",
        include_str!("templates/admin/calendar.html"),
    ),
    (
        "admin/ledger.html",
        include_str!("templates/admin/ledger.html"),
    ),
    (
        "admin/outbox.html",
        include_str!("templates/admin/outbox.html"),
    ),
    (
        "admin/channels.html",
        include_str!("templates/admin/channels.html"),
    ),
    (
        "admin/outbox_message.html",
        include_str!("templates/admin/outbox_message.html"),
    ),
];

/// The stylesheet, served from the binary: no CDN, no external fonts.
pub const APP_CSS: &str = include_str!("static/app.css");

fn env() -> Result<&'static Environment<'static>, String> {
    static ENV: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENV.get_or_init(|| {
        // A missing translation or field is an error, never a blank on the page.
        crate::templates::environment(TEMPLATES, crate::templates::Whitespace::AsWritten)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The cookie that keeps a language chosen with `?lang=`.
pub const LANG_COOKIE: &str = "duban_lang";

/// Adds `extra`'s fields to a template context (both JSON objects; a context that is not an
/// object is left as it is).
pub fn merge(ctx: &mut Value, extra: Value) {
    if let (Some(ctx), Value::Object(extra)) = (ctx.as_object_mut(), extra) {
        ctx.extend(extra);
    }
}

/// A parameter of the address, if given.
pub fn asked(req: &HttpRequest, name: &str) -> Option<String> {
    form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The page of a paged list asked for in the address (`?page=`, from 1; anything else is 1).
pub fn asked_page(req: &HttpRequest) -> usize {
    asked(req, "page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

/// A traffic light asked for in the address (`?light=red|yellow|green`), to filter by.
pub fn light_param(v: Option<String>) -> Option<String> {
    v.filter(|l| ["red", "yellow", "green"].contains(&l.as_str()))
}

/// The language asked for in the address, if any.
pub fn asked_lang(req: &HttpRequest) -> Option<String> {
    asked(req, "lang")
}

/// The page language: `?lang=` first, then the one chosen before (cookie), then the
/// account's setting, then Chinese.
pub fn lang_of(req: &HttpRequest, user_lang: Option<&str>) -> &'static str {
    let kept = req.cookie(LANG_COOKIE).map(|c| c.value().to_string());
    i18n::lang(
        asked_lang(req)
            .or(kept)
            .as_deref()
            .or(user_lang)
            .unwrap_or("zh-CN"),
    )
}

/// The language of this request's pages: its address or cookie, else the account's.
pub fn req_lang(req: &HttpRequest) -> &'static str {
    use actix_web::HttpMessage;
    let user_lang = req.extensions().get::<Principal>().map(|p| p.lang.clone());
    lang_of(req, user_lang.as_deref())
}

/// One entry of the main navigation.
#[derive(Debug, Serialize)]
struct NavItem {
    href: &'static str,
    label: String,
    current: bool,
    /// What waits for the viewer there (待我办理), shown beside the label.
    count: usize,
}

/// What every page knows about its viewer.
pub struct Viewer<'a> {
    pub user: Option<&'a Principal>,
    pub csrf_token: Option<&'a str>,
    pub lang: &'static str,
    /// The path of the page, to mark the current navigation entry.
    pub path: &'a str,
    /// How many things wait for the viewer (shown on the entry of /my).
    pub waiting: usize,
}

fn nav(v: &Viewer<'_>) -> Vec<NavItem> {
    let Some(p) = v.user else {
        return Vec::new();
    };
    let mut items = Vec::new();
    let mut add = |href: &'static str, key: &str| {
        items.push(NavItem {
            href,
            label: i18n::text(v.lang, key),
            current: v.path == href || v.path.starts_with(&format!("{href}/")),
            count: if href == "/my" { v.waiting } else { 0 },
        })
    };
    // Everyone has a /my: what waits for them, and the projects they hold.
    if p.has_any(&[Role::Leader, Role::UnitHead, Role::Responsible]) {
        add("/my", "nav_my");
    } else {
        add("/my", "wait_title");
    }
    if p.has_any(&[Role::UnitHead, Role::Responsible]) {
        add("/my/milestones", "ms_title");
    }
    // A unit head reads the board and the report of the units he heads.
    if p.reads_everything() || p.has(Role::UnitHead) {
        add("/board", "nav_board");
        add("/reports/inspection", "nav_report");
    }
    add("/assessments", "nav_assessment");
    if p.has(Role::Admin) {
        add("/admin", "nav_admin");
    } else if p.reads_everything() {
        add("/admin/outbox", "admin_outbox");
    }
    // One current entry: the most specific that contains the page (/my/milestones is not
    // also /my).
    let best = items
        .iter()
        .filter(|i| i.current)
        .map(|i| i.href.len())
        .max();
    for i in &mut items {
        i.current = i.current && Some(i.href.len()) == best;
    }
    items
}

/// Renders a page with the shared context (language, translations, viewer, navigation).
pub fn render(status: StatusCode, template: &str, v: &Viewer<'_>, page: Value) -> HttpResponse {
    html_response(status, render_html(template, v, page))
}

/// The page's HTML, on whatever thread calls it (a large page is rendered where its data
/// was read, off the async workers).
pub fn render_html(template: &str, v: &Viewer<'_>, page: Value) -> Result<String, String> {
    let mut ctx = json!({
        "lang": v.lang,
        "lang_code": v.lang,
        "other_lang": if Lang::of(v.lang).is_en() { Lang::ZhCn.as_str() } else { Lang::En.as_str() },
        "tr": i18n::table(v.lang),
        "user": v.user.map(|u| json!({"display_name": u.display_name, "username": u.username})),
        "csrf_token": v.csrf_token.unwrap_or(""),
        "nav": nav(v),
    });
    if let (Some(obj), Value::Object(extra)) = (ctx.as_object_mut(), page) {
        obj.extend(extra);
    }
    env()
        .and_then(|e| e.get_template(template).map_err(|e| e.to_string()))
        .and_then(|t| t.render(&ctx).map_err(|e| format!("{template}: {e:#}")))
}

/// A rendered page (or the reason it could not be) as the response.
pub fn html_response<B: actix_web::body::MessageBody + 'static>(
    status: StatusCode,
    html: Result<B, String>,
) -> HttpResponse {
    match html {
        Ok(body) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body),
        Err(e) => actix_web::ResponseError::error_response(&AppError::internal(e)),
    }
}

/// An error as a page: the same refusals as the API, for people.
/// A refusal's words for a page in `lang`: as they are on an English page; on a Chinese
/// page their Chinese (`domain::validate::in_chinese`), or, for words that have none, a
/// Chinese sentence saying the action could not be done — never English on a Chinese page.
fn in_page_language(lang: &str, message: String) -> String {
    if crate::domain::lang::Lang::of(lang).is_en() {
        return message;
    }
    let zh = crate::domain::validate::in_chinese(&message);
    if zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        zh
    } else {
        i18n::text(lang, "error_refused")
    }
}

/// The error page; `request_id` is shown so that whoever reports the error can quote it and
/// the operator find the request's log line by it.
pub fn error_page(err: &AppError, request_id: Option<&str>, v: &Viewer<'_>) -> HttpResponse {
    let status = actix_web::ResponseError::status_code(err);
    let message = match err {
        AppError::Forbidden(_) => i18n::text(v.lang, "error_forbidden"),
        AppError::NotFound(_) => i18n::text(v.lang, "error_not_found"),
        // What was refused, field by field, rather than that something was.
        AppError::Validation(f) if !f.0.is_empty() => {
            f.0.values()
                .map(|m| in_page_language(v.lang, m.clone()))
                .collect::<Vec<_>>()
                .join(" ")
        }
        other => in_page_language(v.lang, other.body().error.message),
    };
    if status.is_server_error() {
        // Logged there with the detail; the page says only that it happened.
        let _ = actix_web::ResponseError::error_response(err);
    }
    render(
        status,
        "error.html",
        v,
        json!({ "message": message, "request_id": request_id }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_page_never_shows_an_english_refusal() {
        let english = "milestone 7 was already completed on 2026-03-01".to_string();
        assert_eq!(in_page_language("en", english.clone()), english);
        let zh = in_page_language("zh-CN", english);
        assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        assert_eq!(
            in_page_language("zh-CN", "must not be negative".into()),
            "不能为负数。"
        );
    }

    #[test]
    fn every_template_parses() {
        let env = env().expect("templates");
        for (name, _) in TEMPLATES {
            assert!(env.get_template(name).is_ok(), "{name}");
        }
    }
}
