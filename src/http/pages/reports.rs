//! `/reports/inspection`: the inspection report (督查通报) as a page, as of any date, with its
//! downloads (XLSX, CSV, printable HTML through the API), the form that issues it, and the
//! issued reports, each shown exactly as it was issued.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::NaiveDate;
use serde_json::{Value, json};

use super::home::{error, light_key, page, principal, stage_label};
use super::i18n;
use crate::domain::report::{Figures, GroupFigures, InspectionReport};
use crate::error::{AppError, AppResult};
use crate::export::{percent_text, wan_grouped};
use crate::http::AppState;
use crate::store::{Paging, reports};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(inspection).service(issue).service(issued_one);
}

/// The summary figures, labelled in the page's language, in the order a bulletin reads them.
fn summary(lang: &str, f: &Figures) -> Vec<Value> {
    let n = |key: &str, v: usize| json!({"label": i18n::text(lang, key), "value": v.to_string()});
    let pct = |key: &str, v: Option<f64>| json!({"label": i18n::text(lang, key), "value": percent_text(v)});
    let wan = |key: &str, v: i64| json!({"label": i18n::text(lang, key), "value": wan_grouped(v)});
    vec![
        n("rep_projects", f.projects),
        n("rep_started", f.started),
        pct("rep_start_rate", f.start_rate),
        wan("rep_plan", f.annual_plan),
        wan("rep_completed", f.completed_to_date),
        pct("rep_invest_rate", f.percent_of_plan),
        n("rep_due", f.milestones_due),
        n("rep_on_time", f.done_on_time),
        n("rep_late", f.done_late),
        n("rep_overdue", f.overdue),
        pct("rep_on_time_rate", f.on_time_rate),
        pct("rep_on_time_rate_baseline", f.baseline_on_time_rate),
        n("rep_moved_while_overdue", f.moved_while_overdue),
        n(
            "rep_accrued_days",
            usize::try_from(f.accrued_working_days).unwrap_or(0),
        ),
    ]
}

fn groups(g: &[GroupFigures]) -> Vec<Value> {
    g.iter()
        .map(|g| {
            json!({
                "rank": g.rank,
                "name": g.name,
                "projects": g.figures.projects,
                "overdue": g.figures.overdue,
                "on_time_rate": percent_text(g.figures.on_time_rate),
                "baseline_rate": percent_text(g.figures.baseline_on_time_rate),
                "moved": g.figures.moved_while_overdue,
                "invest_rate": percent_text(g.figures.percent_of_plan),
                "red": g.figures.red, "yellow": g.figures.yellow, "green": g.figures.green,
            })
        })
        .collect()
}

/// Projects per page of the report's project table.
const PER_PAGE: usize = 100;

/// Which projects of the table: one light (or all), one page.
#[derive(Debug, Default)]
struct Table {
    light: Option<String>,
    page: usize,
}

impl Table {
    fn of(req: &HttpRequest) -> Self {
        Self {
            light: super::light_param(super::asked(req, "light")),
            page: super::asked_page(req),
        }
    }
}

/// The report shaped for the page template; the project table is paged (the downloads
/// hold every project).
fn shaped(lang: &str, r: &InspectionReport, t: &Table) -> Value {
    let chosen: Vec<_> = r
        .projects
        .iter()
        .filter(|p| t.light.as_deref().is_none_or(|l| l == light_key(p.light)))
        .collect();
    let pages = chosen.len().div_ceil(PER_PAGE).max(1);
    let projects: Vec<Value> = chosen
        .iter()
        .skip((t.page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|p| {
            let light = light_key(p.light);
            json!({
                "code": p.code,
                "name": p.name,
                "light": light,
                "light_label": i18n::text(lang, &format!("light_{light}")),
                "leader": p.leader.as_ref().map(|h| h.name.clone()).unwrap_or_default(),
                "unit": p.unit.as_ref().map(|h| h.name.clone()).unwrap_or_default(),
                "stage": p.stage.map(|s| stage_label(lang, s.as_str())).unwrap_or_else(|| i18n::text(lang, "project_none")),
                "due": p.due_so_far,
                "on_time": p.done_on_time,
                "overdue": p.overdue.iter().map(|o| json!({
                    "title": o.title,
                    "due": i18n::date(lang, o.due),
                    "days": i18n::text_n(lang, "status_overdue", o.working_days_overdue),
                    "adjusted": o.adjusted,
                })).collect::<Vec<_>>(),
                "adjusted": p.adjusted,
                "why": p.reasons.iter().map(|r| r.describe(crate::domain::lang::Lang::of(lang))).collect::<Vec<_>>(),
                "moved": p.moved_while_overdue.iter().map(|x| {
                    format!("{} · {}", x.title, i18n::text(lang, "moved_while_overdue")
                        .replace("{n}", &x.moved.working_days_overdue.to_string())
                        .replace("{from}", &i18n::date(lang, x.moved.due))
                        .replace("{on}", &i18n::date(lang, x.moved.moved_on)))
                }).collect::<Vec<_>>(),
                "invest_rate": percent_text(p.percent_of_plan),
            })
        })
        .collect();
    json!({
        "as_of": r.as_of.to_string(),
        "as_of_text": i18n::date(lang, r.as_of),
        "summary": summary(lang, &r.summary),
        "counts": {"red": r.summary.red, "yellow": r.summary.yellow, "green": r.summary.green},
        "by_leader": groups(&r.by_leader),
        "by_unit": groups(&r.by_unit),
        "projects": projects,
        "shown": chosen.len(),
        "light": t.light,
        "page": t.page,
        "pages": pages,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
struct ReportQuery {
    as_of: Option<String>,
}

/// The report as of a date (default today), the downloads, the issue form and the issued list.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/reports/inspection")]
async fn inspection(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let lang = super::req_lang(&req);
    let q: ReportQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    // A date that does not parse is said so beside the field, with today's report below it.
    let (as_of, bad_date) = match q.as_of.as_deref().filter(|s| !s.is_empty()) {
        None => (state.today(), false),
        Some(s) => match crate::domain::sheet::parse_typed_date(s) {
            Some(d) => (d, false),
            None => (state.today(), true),
        },
    };
    let ctx = match super::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    let (tz, st) = (state.tz, state.clone());
    let office = principal(&req).is_some_and(|p| p.reads_everything());
    let got = state
        .db(move |c| {
            let f = reports::InspectionFilter {
                as_of: Some(as_of),
                ..Default::default()
            };
            let r = reports::inspection(c, &ctx, tz, &st.scheduling.rules, &f)?;
            // Issued reports are the office's; a unit head reads his own units' report.
            let issued = if office {
                reports::issued(
                    c,
                    &ctx,
                    Paging {
                        limit: Some(50),
                        offset: None,
                    },
                )?
            } else {
                crate::store::Page {
                    items: vec![],
                    total: 0,
                }
            };
            // The problems still open on the report's day, of the projects it covers.
            let codes: Vec<String> = r.projects.iter().map(|p| p.code.clone()).collect();
            let open = crate::store::problems::items(
                c,
                crate::store::problems::Scope::OpenOn(&codes, as_of),
            )?;
            Ok((r, issued, open))
        })
        .await;
    let (r, issued, open) = match got {
        Ok(x) => x,
        Err(e) => return error(&req, &e),
    };
    let issued: Vec<Value> = issued
        .items
        .iter()
        .map(|i| {
            json!({"id": i.id, "title": i.title, "as_of": i18n::date(lang, i.as_of),
                   "as_of_iso": i.as_of.to_string(),
                   "issued_by": i.issued_by, "superseded": i.superseded_by.is_some()})
        })
        .collect();
    let problems: Vec<Value> = open
        .iter()
        .map(|i| {
            let pending = i.problem.resolved_on.is_some_and(|d| d <= as_of);
            json!({"id": i.problem.id, "code": i.project_code, "name": i.project_name,
                   "description": i.problem.description, "unit": i.unit_name,
                   "due": i18n::date(lang, i.problem.due),
                   "overdue": !pending && i.problem.due < as_of,
                   "resolved": pending})
        })
        .collect();
    let mut ctx = shaped(lang, &r, &Table::of(&req));
    super::merge(
        &mut ctx,
        json!({
            "problems": problems,
            "issued": issued,
            "bad_date": bad_date.then(|| i18n::text(lang, "ms_date_invalid")),
            "typed_as_of": q.as_of.unwrap_or_else(|| as_of.to_string()),
            "title": i18n::text(lang, "rep_title"),
            "downloads": office,
            "notice": super::asked(&req, "issued")
                .map(|t| i18n::text(lang, "rep_issued_notice").replace("{t}", &t)),
        }),
    );
    page(&req, StatusCode::OK, "report.html", ctx)
}

/// Issues the report as of the form's date: numbered and stored unchanged. A date already
/// issued is refused (409) unless the form names the report it replaces.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the report page"),
    (status = 409, description = "HTML page: the date was already issued")))]
#[post("/reports/inspection/issue")]
async fn issue(state: web::Data<AppState>, req: HttpRequest, body: String) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    // Final: the form asks for a confirmation, and so does the server.
    if let Err(e) = super::form::confirmed(&req, &body) {
        return error(&req, &e);
    }
    let field = |name: &str| {
        form_urlencoded::parse(body.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    let as_of = field("as_of").and_then(|v| v.parse::<NaiveDate>().ok());
    let replaces = field("replaces").and_then(|v| v.parse::<i64>().ok());
    let (tz, st) = (state.tz, state.clone());
    let ctx = state.ctx_for(&p);
    let done: AppResult<reports::Issued> = state
        .db(move |c| {
            reports::issue(
                c,
                &ctx,
                tz,
                &st.scheduling.rules,
                reports::IssueInput {
                    as_of,
                    replaces,
                    letterhead: Some(st.scheduling.letterhead.clone()),
                },
            )
        })
        .await;
    match done {
        Ok(i) => {
            let to = format!(
                "/reports/inspection?as_of={}&issued={}",
                i.as_of,
                form_urlencoded::byte_serialize(i.title.as_bytes()).collect::<String>()
            );
            HttpResponse::SeeOther()
                .insert_header((LOCATION, to))
                .finish()
        }
        Err(e) => error(&req, &e),
    }
}

/// One issued report, exactly as it was issued.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/reports/inspection/issued/{id}")]
async fn issued_one(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
) -> HttpResponse {
    let lang = super::req_lang(&req);
    let id = id.into_inner();
    let ctx = match super::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    let got = state.db(move |c| reports::issued_one(c, &ctx, id)).await;
    let issued = match got {
        Ok(i) => i,
        Err(e) => return error(&req, &e),
    };
    let body = issued
        .report
        .clone()
        .ok_or_else(|| AppError::internal("an issued report without its body"))
        .and_then(|v| serde_json::from_value::<InspectionReport>(v).map_err(AppError::internal));
    let r = match body {
        Ok(r) => r,
        Err(e) => return error(&req, &e),
    };
    let mut ctx = shaped(lang, &r, &Table::of(&req));
    super::merge(
        &mut ctx,
        json!({
            "issued": [],
            "bad_date": null,
            "typed_as_of": r.as_of.to_string(),
            "title": issued.title,
            "downloads": false,
            // The issued version as issued: printable with its letterhead, and as a workbook.
            "issued_copy": issued.id,
            "issued_meta": format!("{} · {} · {}", issued.issuer,
                i18n::date(lang, issued.issued_at.with_timezone(&state.tz).date_naive()), issued.issued_by),
            "notice": null,
        }),
    );
    page(&req, StatusCode::OK, "report.html", ctx)
}
