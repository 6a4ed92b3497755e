//! The home of the web interface: log in and out, the start page, my projects, the
//! supervision board, the stylesheet, and what every page shares (the viewer, the error page,
//! light and status words). Each reads through `store` with the same rules
//! as the API and hands plain rows to a template.

use std::collections::{BTreeMap, HashMap};

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, get, post, web};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Viewer, error_page, i18n};
use crate::clock::db_timestamp;
use crate::domain::access::Principal;
use crate::domain::lang::Lang;
use crate::domain::milestone::MilestoneFilter;
use crate::domain::money::percent;
use crate::domain::project::Category;
use crate::domain::rules::{Light, Status};
use crate::error::{AppError, AppResult};
use crate::http::AppState;
use crate::http::guard::SESSION_COOKIE;
use crate::http::read_cache::ReadCache;
use crate::store::accounts::{self, Credential};
use crate::store::investment;
use crate::store::milestones::{self as ms, MilestoneListFilter};
use crate::store::projects::{self, ProjectFilter};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(login_page)
        .service(login_submit)
        .service(logout)
        .service(home)
        .service(my)
        .service(board)
        .service(stylesheet);
}

/// The use cases' context for the logged-in viewer of this page (the guard put them there;
/// without one, the page asks to log in).
pub(crate) fn viewer(state: &AppState, req: &HttpRequest) -> Result<crate::store::Ctx, AppError> {
    principal(req)
        .map(|p| state.ctx_for(&p))
        .ok_or_else(AppError::unauthenticated)
}

pub(crate) fn principal(req: &HttpRequest) -> Option<Principal> {
    req.extensions().get::<Principal>().cloned()
}

/// What waits for the viewer, as the guard read it for this page.
pub(crate) fn waiting_of(
    req: &HttpRequest,
) -> Option<std::sync::Arc<crate::store::waiting::Waiting>> {
    req.extensions()
        .get::<std::sync::Arc<crate::store::waiting::Waiting>>()
        .cloned()
}

fn csrf(req: &HttpRequest) -> Option<String> {
    match req.extensions().get::<Credential>() {
        Some(Credential::Session { csrf_token, .. }) => Some(csrf_token.clone()),
        _ => None,
    }
}

/// Renders with the request's viewer.
pub(super) fn page(
    req: &HttpRequest,
    status: StatusCode,
    template: &str,
    ctx: Value,
) -> HttpResponse {
    rendered(req, status, PageViewer::of(req).render(template, ctx))
}

/// The request's viewer as owned values, so that a large page can be rendered on the
/// blocking thread that read its data ([`PageViewer::render`], then [`rendered`]).
#[derive(Debug)]
pub(super) struct PageViewer {
    user: Option<Principal>,
    csrf_token: Option<String>,
    lang: &'static str,
    path: String,
    waiting: usize,
}

impl PageViewer {
    pub(super) fn of(req: &HttpRequest) -> Self {
        Self {
            user: principal(req),
            csrf_token: csrf(req),
            lang: super::req_lang(req),
            path: req.path().to_string(),
            waiting: waiting_of(req).map_or(0, |w| w.count()),
        }
    }

    pub(super) fn lang(&self) -> &'static str {
        self.lang
    }

    /// The page's HTML.
    pub(super) fn render(&self, template: &str, ctx: Value) -> Result<String, String> {
        let v = Viewer {
            user: self.user.as_ref(),
            csrf_token: self.csrf_token.as_deref(),
            lang: self.lang,
            path: &self.path,
            waiting: self.waiting,
        };
        super::render_html(template, &v, ctx)
    }
}

/// The response for a page rendered by [`PageViewer::render`].
pub(super) fn rendered<B: actix_web::body::MessageBody + 'static>(
    req: &HttpRequest,
    status: StatusCode,
    html: Result<B, String>,
) -> HttpResponse {
    let mut resp = super::html_response(status, html);
    // A language asked for in the address stays for the next pages.
    if super::asked_lang(req).is_some() {
        let cookie = Cookie::build(super::LANG_COOKIE, super::req_lang(req))
            .path("/")
            .same_site(SameSite::Lax)
            .max_age(time::Duration::days(365))
            .finish();
        let _ = resp.add_cookie(&cookie);
    }
    resp
}

/// An error for people, in the request's language.
pub fn error(req: &HttpRequest, err: &AppError) -> HttpResponse {
    let user = principal(req);
    let token = csrf(req);
    let request_id = req
        .extensions()
        .get::<crate::http::request_id::RequestId>()
        .map(|id| id.0.clone());
    error_page(
        err,
        request_id.as_deref(),
        &Viewer {
            user: user.as_ref(),
            csrf_token: token.as_deref(),
            lang: super::req_lang(req),
            path: req.path(),
            waiting: waiting_of(req).map_or(0, |w| w.count()),
        },
    )
}

fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.to_string()))
        .finish()
}

/// Only a path of this site: anything else could send a fresh login elsewhere.
/// Where to go after logging in: only a path on this site. Browsers read `//host`, `/\host`
/// and a path with a tab or line break in it (`/\t/host`, which they strip to `//host`) as
/// another site, so anything but visible ASCII after a single leading slash goes to the
/// start page instead.
pub(super) fn local_target(next: &str) -> &str {
    let mut chars = next.chars();
    let safe = chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && next.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    if safe { next } else { "/" }
}

/// The cookie that carries the login form's token: a login posted from another site has no
/// matching token (it can neither read the cookie nor set it), so it cannot log the browser
/// into an account of the attacker's choosing.
const LOGIN_COOKIE: &str = "duban_login";

/// The login form with a fresh token, in its field and in [`LOGIN_COOKIE`].
fn login_form(
    req: &HttpRequest,
    state: &AppState,
    status: StatusCode,
    mut ctx: Value,
) -> HttpResponse {
    let token = crate::auth::random_token(16).unwrap_or_default();
    if let Some(fields) = ctx.as_object_mut() {
        fields.insert("login_token".into(), json!(token));
    }
    let mut resp = page(req, status, "login.html", ctx);
    let cookie = Cookie::build(LOGIN_COOKIE, token)
        .path("/login")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(crate::http::guard::over_https(req, state))
        .max_age(time::Duration::hours(2))
        .finish();
    let _ = resp.add_cookie(&cookie);
    resp
}

pub(super) fn light_key(l: Light) -> &'static str {
    match l {
        Light::Green => "green",
        Light::Yellow => "yellow",
        Light::Red => "red",
    }
}

pub(super) fn status_text(lang: &str, s: Status) -> String {
    match s {
        Status::DoneOnTime => i18n::text(lang, "status_done_on_time"),
        Status::DoneLate { .. } => i18n::text(lang, "status_done_late"),
        Status::Overdue {
            working_days_overdue: n,
        } => i18n::text_n(lang, "status_overdue", n),
        Status::OnSchedule {
            working_days_left: 0,
        }
        | Status::DueSoon {
            working_days_left: 0,
        } => i18n::text(lang, "status_due_today"),
        Status::OnSchedule {
            working_days_left: n,
        }
        | Status::DueSoon {
            working_days_left: n,
        } => i18n::text_n(lang, "status_left", n),
    }
}

#[derive(Debug, Default, Deserialize)]
struct NextQuery {
    next: Option<String>,
    notice: Option<String>,
}

/// The login form.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/login")]
async fn login_page(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let q: NextQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    login_form(
        &req,
        &state,
        StatusCode::OK,
        json!({"error": null, "login": "", "next": q.next.as_deref().map(local_target).unwrap_or("/"),
               "missing_login": false, "missing_password": false,
               "notice": (q.notice.as_deref() == Some("password"))
                   .then(|| i18n::text(super::req_lang(&req), "login_password_changed"))}),
    )
}

#[derive(Debug, Default, Deserialize)]
struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    login_token: String,
}

/// Logs in from the form: the session cookie, then the page asked for (or the start page).
#[utoipa::path(tag = "pages", responses((status = 303, description = "logged in"),
    (status = "4XX", description = "HTML page with the error")))]
#[post("/login")]
async fn login_submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: String,
) -> AppResult<HttpResponse> {
    let form: LoginForm = serde_urlencoded::from_str(&body).unwrap_or_default();
    let lang = super::req_lang(&req);
    let next = local_target(&form.next).to_string();
    let again =
        |status: StatusCode, error: Option<String>, login_missing: bool, pw_missing: bool| {
            login_form(
                &req,
                &state,
                status,
                json!({"error": error, "login": form.login, "next": next,
                   "missing_login": login_missing, "missing_password": pw_missing,
                   "notice": null}),
            )
        };
    let sent_token = req.cookie(LOGIN_COOKIE).map(|c| c.value().to_string());
    if !sent_token.is_some_and(|t| !t.is_empty() && crate::auth::same_secret(&t, &form.login_token))
    {
        return Ok(again(
            StatusCode::FORBIDDEN,
            Some(i18n::text(lang, "login_form_expired")),
            false,
            false,
        ));
    }
    let (missing_login, missing_password) =
        (form.login.trim().is_empty(), form.password.is_empty());
    if missing_login || missing_password {
        return Ok(again(
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            missing_login,
            missing_password,
        ));
    }
    let address = crate::http::guard::client_address(&req, &state.trusted_proxies);
    let now = db_timestamp(state.clock.now());
    let (login, password) = (form.login.clone(), form.password.clone());
    match state
        .with_password_slot(move |pool, slot| {
            accounts::login(pool, slot, now, &login, &password, &address)
        })
        .await
    {
        Ok(s) => {
            let cookie = Cookie::build(SESSION_COOKIE, s.token)
                .path("/")
                .http_only(true)
                .same_site(SameSite::Lax)
                .secure(crate::http::guard::over_https(&req, &state))
                .max_age(time::Duration::hours(accounts::SESSION_HOURS))
                .finish();
            Ok(HttpResponse::SeeOther()
                .cookie(cookie)
                .insert_header((LOCATION, next.clone()))
                .finish())
        }
        Err(AppError::Unauthorized { .. }) => Ok(again(
            StatusCode::UNAUTHORIZED,
            Some(i18n::text(lang, "login_failed")),
            false,
            false,
        )),
        Err(AppError::TooManyRequests { retry_after }) => {
            let mut resp = again(
                StatusCode::TOO_MANY_REQUESTS,
                Some(i18n::text(lang, "login_throttled")),
                false,
                false,
            );
            if let Ok(v) = retry_after.to_string().parse() {
                resp.headers_mut()
                    .insert(actix_web::http::header::RETRY_AFTER, v);
            }
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

/// Logs out: the session is revoked and the cookie cleared.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the login page")))]
#[post("/logout")]
async fn logout(state: web::Data<AppState>, req: HttpRequest) -> AppResult<HttpResponse> {
    let credential = req.extensions().get::<Credential>().cloned();
    if let Some(Credential::Session { id, .. }) = credential {
        let now = db_timestamp(state.clock.now());
        state.db(move |c| accounts::logout(c, id, now)).await?;
    }
    let mut gone = Cookie::build(SESSION_COOKIE, "").path("/").finish();
    gone.make_removal();
    Ok(HttpResponse::SeeOther()
        .cookie(gone)
        .insert_header((LOCATION, "/login"))
        .finish())
}

/// The start page: the board for the supervision office and admins, one's projects for
/// everyone else.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the user's home page")))]
#[get("/")]
async fn home(req: HttpRequest) -> HttpResponse {
    match principal(&req) {
        Some(p) if p.reads_everything() => see_other("/board"),
        Some(_) => see_other("/my"),
        None => see_other("/login"),
    }
}

/// A stage as people call it: 开工 in Chinese, the stage's name in English.
pub(super) fn stage_label(lang: &str, stored: &str) -> String {
    match crate::domain::stage::Stage::parse(stored) {
        Some(st) if Lang::of(lang).is_en() => st.as_str().replace('_', " "),
        Some(st) => st.zh().to_string(),
        None => stored.to_string(),
    }
}

/// One row of a project list for people.
fn project_row(lang: &str, s: &projects::ProjectSummary) -> Value {
    json!({
        "code": s.project.code,
        "name": s.project.name,
        "light": light_key(s.light),
        "light_label": i18n::text(lang, &format!("light_{}", light_key(s.light))),
        "adjusted": s.adjusted,
        "why": s.reasons.iter().map(|r| r.describe(Lang::of(lang))).collect::<Vec<_>>(),
        "stage": stage_label(lang, &s.project.stage),
        "overdue": s.milestones.overdue,
        // The longest delay, in working days, of its overdue milestones.
        "days_overdue": s.reasons.iter().filter_map(|r| match r.why {
            crate::domain::rules::Why::Overdue { working_days_overdue, .. } => Some(working_days_overdue),
            _ => None,
        }).max(),
        "leader": s.leader.as_ref().map(|l| l.name.clone()),
        "unit": s.unit.as_ref().map(|u| u.name.clone()),
        "person": s.person.as_ref().map(|p| p.name.clone()),
    })
}

/// My projects: each with its light, stage, next milestone and working days left,
/// investment completion; overdue first.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/my")]
async fn my(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(&req);
    let ctx = state.ctx_for(&p);
    let today = ctx.today;
    let st = state.clone();
    let known = waiting_of(&req);
    // The office holds no projects: its /my is only what waits for it.
    let office = p.reads_everything();
    let rows = state
        .db(move |c| {
            let f = ProjectFilter {
                limit: Some(crate::store::MAX_LIMIT),
                ..Default::default()
            };
            let list = projects::list(c, &ctx, &st.scheduling.rules, &f)?;
            let open = ms::list(
                c,
                &ctx,
                &st.scheduling.rules,
                &MilestoneListFilter {
                    state: Some(MilestoneFilter::Open),
                    limit: Some(crate::store::MAX_LIMIT),
                    ..Default::default()
                },
            )?;
            let ids: Vec<i64> = list.items.iter().map(|s| s.project.id).collect();
            let mut figures = investment::year_figures_of(c, &ids, today.year())?;
            let mut rows = Vec::new();
            for s in &list.items {
                let mut row = project_row(lang, s);
                let next = open
                    .items
                    .iter()
                    .find(|m| m.milestone.project_id == s.project.id);
                let fig = figures.remove(&s.project.id);
                let pct = fig.and_then(|f| f.planned.and_then(|plan| percent(f.completed, plan)));
                super::merge(
                    &mut row,
                    json!({
                        "next_title": next.map(|m| m.milestone.title.clone()),
                        "next_due": next.map(|m| i18n::date(lang, m.milestone.current_due)),
                        "next_status": next
                            .map(|m| status_text(lang, m.working_status))
                            .unwrap_or_default(),
                        "invest_percent": pct,
                        "invest_width": pct.map(|v| v.clamp(0.0, 100.0)),
                    }),
                );
                rows.push((s.light, s.milestones.overdue, row));
            }
            // Overdue first, then yellow, then the rest; within each, most overdue first.
            rows.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
            // Read once per page: the guard's reading for the navigation, if it has one.
            let waiting = match known {
                Some(w) => w,
                None => std::sync::Arc::new(crate::store::waiting::waiting(
                    c,
                    &ctx,
                    &st.scheduling.rules,
                )?),
            };
            Ok((
                rows.into_iter().map(|(_, _, r)| r).collect::<Vec<_>>(),
                waiting,
            ))
        })
        .await;
    match rows {
        Ok((rows, w)) => {
            let waiting = json!({
                "count": w.count(),
                "approvals": w.approvals.iter().map(|r| json!({
                    "code": r.project_code, "milestone": r.milestone_title,
                    "from": i18n::date(lang, r.request.old_due), "to": i18n::date(lang, r.request.new_due),
                    "reason": r.request.reason, "by": r.request.requested_by,
                })).collect::<Vec<_>>(),
                "appeals": w.appeals.iter().map(|a| json!({
                    "run": a.run_id, "year": a.year, "code": a.project_code, "key": a.deduction_key,
                })).collect::<Vec<_>>(),
                "milestones": w.milestones.iter().map(|m| json!({
                    "title": m.milestone.title, "due": i18n::date(lang, m.milestone.current_due),
                    "status": status_text(lang, m.working_status),
                    "overdue": matches!(m.working_status, crate::domain::rules::Status::Overdue { .. }),
                })).collect::<Vec<_>>(),
                "problems": w.problems.iter().chain(&w.confirmations).map(|pb| json!({
                    "id": pb.problem.id, "code": pb.project_code, "name": pb.project_name,
                    "description": pb.problem.description, "unit": pb.unit_name,
                    "due": i18n::date(lang, pb.problem.due),
                    "overdue": pb.problem.resolved_on.is_none() && pb.problem.due < today,
                    "resolved": pb.problem.resolved_on.map(|d| i18n::date(lang, d)),
                })).collect::<Vec<_>>(),
                "reports": w.reports.iter().map(|r| json!({
                    "code": r.project_code, "name": r.project_name,
                    "month": i18n::text(lang, "wait_month").replace("{y}", &r.year.to_string()).replace("{m}", &r.month.to_string()),
                    "due": i18n::date(lang, r.due), "missing": r.missing,
                })).collect::<Vec<_>>(),
            });
            page(
                &req,
                StatusCode::OK,
                "my.html",
                json!({ "projects": rows, "waiting": waiting, "office": office }),
            )
        }
        Err(e) => error(&req, &e),
    }
}

#[derive(Debug, Default, Deserialize)]
struct BoardQuery {
    as_of: Option<NaiveDate>,
    by: Option<String>,
    light: Option<String>,
    category: Option<String>,
    q: Option<String>,
}

/// The supervision board (挂图作战): every project as a coloured tile, grouped by leader or
/// by unit, as of a date.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/board")]
async fn board(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let q: BoardQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let viewer = PageViewer::of(&req);
    let as_of = q.as_of.unwrap_or_else(|| state.today());
    let by_unit = q.by.as_deref() == Some("unit");
    let category = q.category.as_deref().and_then(Category::parse);
    let search = q.q.clone().filter(|s| !s.trim().is_empty());
    let only = super::light_param(q.light.clone());
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let ctx = state.ctx_for(&p);
    let st = state.clone();
    let view = BoardView {
        as_of,
        by_unit,
        only,
        category,
        q: q.q,
    };
    // The page is the viewer's (their navigation, their form token) and the data's: kept
    // for the one and the other as they are now.
    let key = ReadCache::key("pages::board", &ctx, &(&viewer, &view));
    let got = state
        .db_kept(key, move |c| {
            let all = projects::list_all(
                c,
                &ctx,
                &st.scheduling.rules,
                &ProjectFilter {
                    as_of: Some(as_of),
                    category,
                    q: search.clone(),
                    ..Default::default()
                },
            )?;
            // What a tile says beside the light: investment done of the year's plan, by the
            // reports filed up to that month, and the problems still open.
            let ids: Vec<i64> = all.iter().map(|s| s.project.id).collect();
            let figures = investment::figures_through(c, &ids, as_of.year(), as_of.month() as i32)?;
            let open_problems = crate::store::problems::open_counts(c, &ids, as_of)?;
            // Rendered here, where the data was read: the board of a province is megabytes
            // of HTML, and its many parts are freed by the thread that made them.
            board_html(&viewer, &all, &figures, &open_problems, view)
                .map(web::Bytes::from)
                .map_err(AppError::internal)
        })
        .await;
    match got {
        Ok(html) => rendered(&req, StatusCode::OK, Ok(html)),
        Err(e) => error(&req, &e),
    }
}

/// What the board was asked to show.
#[derive(Debug)]
struct BoardView {
    as_of: NaiveDate,
    by_unit: bool,
    only: Option<String>,
    category: Option<Category>,
    q: Option<String>,
}

fn board_html(
    viewer: &PageViewer,
    all: &[projects::ProjectSummary],
    figures: &HashMap<i64, investment::YearFigures>,
    open_problems: &HashMap<i64, i64>,
    v: BoardView,
) -> Result<String, String> {
    let lang = viewer.lang();
    let BoardView {
        as_of,
        by_unit,
        only,
        category,
        q,
    } = v;
    let mut groups: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut counts = BTreeMap::from([("red", 0), ("yellow", 0), ("green", 0)]);
    for s in all {
        let key = if by_unit {
            s.unit.as_ref().map(|u| u.name.clone())
        } else {
            s.leader.as_ref().map(|l| l.name.clone())
        }
        .unwrap_or_default();
        *counts.entry(light_key(s.light)).or_default() += 1;
        // The counts are of every project found; the tiles only of the light asked for.
        if only.as_deref().is_none_or(|l| l == light_key(s.light)) {
            let mut row = project_row(lang, s);
            let pct = figures
                .get(&s.project.id)
                .and_then(|f| f.planned.and_then(|plan| percent(f.completed, plan)));
            super::merge(
                &mut row,
                json!({"invest_percent": pct,
                       "problems": open_problems.get(&s.project.id).copied().unwrap_or(0)}),
            );
            groups.entry(key).or_default().push(row);
        }
    }
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(name, projects)| json!({"name": name, "projects": projects}))
        .collect();
    viewer.render(
        "board.html",
        json!({"groups": groups, "counts": counts, "total": all.len(),
               "as_of": as_of.to_string(), "by": if by_unit { "unit" } else { "leader" },
               "light": only, "category": category.map(|c| c.as_str()), "q": q.unwrap_or_default(),
               "categories": Category::ALL.iter().map(|c| json!({"key": c.as_str(),
                   "label": i18n::text(lang, &format!("cat_{}", c.as_str()))})).collect::<Vec<_>>()}),
    )
}

/// The stylesheet.
#[utoipa::path(tag = "pages", responses((status = 200, description = "text/css")))]
#[get("/static/app.css")]
async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(super::APP_CSS)
}
