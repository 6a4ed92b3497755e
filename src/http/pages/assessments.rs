//! `/assessments`: the year-end reward assessment (年底重奖) as a page: the saved runs one may
//! read (drafts for the supervision office, leaders and unit heads; published ones for all),
//! the chosen run's tiers and rankings, and for every project, unit and leader the full
//! breakdown down to the milestone events behind each deduction. The supervision office
//! computes a draft and publishes it from here.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::Datelike;
use serde_json::{Value, json};

use super::home::{error, page, principal};
use super::i18n;
use crate::http::AppState;
use std::sync::Arc;

use crate::domain::assessment::Assessment;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::store::assessments as store;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show).service(compute).service(publish);
}

/// Projects per page of the ranking.
const PER_PAGE: usize = 100;

/// What was typed into the compute form and why it was refused.
#[derive(Default)]
struct Refused {
    errors: FieldErrors,
    year: String,
}

async fn render(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let Some(p) = principal(req) else {
        return error(req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(req);
    let asked: Option<i64> = super::asked(req, "run").and_then(|r| r.parse().ok());
    let st = state.clone();
    let viewer = p.clone();
    type Got = (
        Vec<store::Run>,
        Option<(store::Run, Option<Arc<Assessment>>)>,
    );
    let got: AppResult<Got> = state
        .db(move |c| {
            let ctx = st.ctx_for(&viewer);
            let runs = store::list(
                c,
                &ctx,
                &store::RunFilter {
                    limit: Some(100),
                    ..Default::default()
                },
            )?
            .items;
            let chosen = match asked.or_else(|| runs.first().map(|r| r.id)) {
                // The list holds only the runs this viewer may see: a draft asked for by
                // someone who may not is the 404 of a run that does not exist.
                Some(id) => {
                    let head = store::get_head(c, &ctx, id)?;
                    let result = st.results.result(c, &head)?;
                    Some((head, Some(result)))
                }
                None => None,
            };
            Ok((runs, chosen))
        })
        .await;
    let (runs, chosen) = match got {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let status_text = |s: &str| i18n::text(lang, &format!("as_status_{s}"));
    let list: Vec<Value> = runs
        .iter()
        .map(|r| {
            json!({"id": r.id, "year": r.year, "as_of": i18n::date(lang, r.as_of),
                   "status": r.status, "status_text": status_text(&r.status),
                   "current": chosen.as_ref().is_some_and(|(c, _)| c.id == r.id)})
        })
        .collect();
    // Thousands of projects: the ranking is paged, and one breakdown is shown at a time
    // (the project, unit or leader asked for), each row linking to its own.
    let page_no = super::asked_page(req);
    let pick_project = super::asked(req, "project");
    let pick_unit = super::asked(req, "unit").and_then(|u| u.parse::<i64>().ok());
    let pick_leader = super::asked(req, "leader").and_then(|l| l.parse::<i64>().ok());
    let run = chosen.as_ref().map(|(r, result)| {
        let result = result.as_deref();
        let projects = result.map(|a| a.projects.as_slice()).unwrap_or_default();
        let pages = projects.len().div_ceil(PER_PAGE).max(1);
        let ranking: Vec<Value> = projects
            .iter()
            .skip((page_no - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|p| {
                json!({"rank": p.rank, "code": p.code, "name": p.name, "score": p.score,
                       "tier": p.tier, "components": p.components_total,
                       "deductions": p.deductions_total, "bonus": p.bonus_total})
            })
            .collect();
        let group_rows = |g: &[crate::domain::assessment::GroupScore]| -> Vec<Value> {
            g.iter()
                .map(|u| json!({"rank": u.rank, "id": u.id, "name": u.name, "score": u.score, "tier": u.tier,
                                "projects": u.projects.len()}))
                .collect()
        };
        let project = pick_project
            .as_deref()
            .and_then(|code| projects.iter().find(|p| p.code == code));
        let unit = pick_unit.and_then(|id| result.and_then(|a| a.units.iter().find(|u| u.id == id)));
        let leader =
            pick_leader.and_then(|id| result.and_then(|a| a.leaders.iter().find(|u| u.id == id)));
        json!({
            "id": r.id, "year": r.year, "as_of": i18n::date(lang, r.as_of),
            "status": r.status, "status_text": status_text(&r.status),
            "model": r.model_name, "created_by": r.created_by,
            "appeals_pending": r.appeals.as_ref().map_or(0, |a| a.iter().filter(|a| a.status == store::APPEAL_PENDING).count()),
            "max_score": result.map(|a| a.max_score),
            "tie_break": result.map(|a| a.tie_break.clone()),
            "tiers": result.map(|a| a.tiers.clone()).unwrap_or_default(),
            "projects": ranking,
            "project_count": projects.len(),
            "page": page_no, "pages": pages,
            "units": result.map(|a| group_rows(&a.units)).unwrap_or_default(),
            "leaders": result.map(|a| group_rows(&a.leaders)).unwrap_or_default(),
            "project": project,
            "group": unit.or(leader),
            "group_kind": if unit.is_some() { "unit" } else { "leader" },
        })
    });
    let refused = refused.unwrap_or_default();
    let ctx = json!({
        "runs": list,
        "run": run,
        "may_compute": p.reads_everything(),
        "errors": refused.errors.0,
        "typed_year": if refused.year.is_empty() { (state.today().year()).to_string() } else { refused.year },
        "notice": super::asked(req, "notice").map(|n| i18n::text(lang, &format!("as_notice_{}", if n == "published" { "published" } else { "computed" }))),
    });
    page(req, status, "assessments.html", ctx)
}

/// The runs one may read, and the chosen one (`?run=ID`, default the newest) in full.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/assessments")]
async fn show(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    render(state, &req, StatusCode::OK, None).await
}

/// Computes the year's assessment and saves it as a draft.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the new draft"),
    (status = 422, description = "HTML page with the error beside the field")))]
#[post("/assessments")]
async fn compute(state: web::Data<AppState>, req: HttpRequest, body: String) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(&req);
    let typed = form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == "year")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let Ok(year) = typed.parse::<i32>() else {
        let mut errors = FieldErrors::default();
        errors.add("year", i18n::text(lang, "as_year_invalid"));
        let refused = Refused {
            errors,
            year: typed,
        };
        return render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused)).await;
    };
    let (ctx, tz) = (state.ctx_for(&p), state.tz);
    let made = state
        .db(move |c| {
            store::create(
                c,
                &ctx,
                tz,
                store::NewRun {
                    year,
                    ..Default::default()
                },
            )
        })
        .await;
    match made {
        Ok(run) => HttpResponse::SeeOther()
            .insert_header((
                LOCATION,
                format!("/assessments?run={}&notice=computed", run.id),
            ))
            .finish(),
        Err(AppError::Validation(found)) => {
            // The store words its refusals for the API; the page says it in the reader's
            // language, beside the one field the form has.
            let mut errors = FieldErrors::default();
            let key = if found.0.contains_key("year") {
                "as_year_invalid"
            } else {
                "as_year_not_started"
            };
            errors.add("year", i18n::text(lang, key));
            let refused = Refused {
                errors,
                year: typed,
            };
            render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused)).await
        }
        Err(e) => error(&req, &e),
    }
}

/// Publishes a draft (every appeal decided first); from then on it never changes.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the published run"),
    (status = "4XX", description = "HTML page")))]
#[post("/assessments/{id}/publish")]
async fn publish(state: web::Data<AppState>, req: HttpRequest, id: web::Path<i64>) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let ctx = state.ctx_for(&p);
    let id = id.into_inner();
    match state.db(move |c| store::publish(c, &ctx, id)).await {
        Ok(run) => HttpResponse::SeeOther()
            .insert_header((
                LOCATION,
                format!("/assessments?run={}&notice=published", run.id),
            ))
            .finish(),
        Err(e) => error(&req, &e),
    }
}
