//! `/api/v1/assessments`: the year-end reward assessment (年底重奖) — saved runs (draft →
//! published), appeals against deductions, and `/api/v1/service-ratings` (服务质量评议).

use actix_web::{HttpResponse, get, post, put, web};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::error::{AppError, AppResult, ErrorBody};
use crate::export::{self, ReportFormat};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, assessments as store};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(provisional)
        .service(one)
        .service(rerun)
        .service(publish)
        .service(appeals)
        .service(file_appeal)
        .service(decide)
        .service(ratings)
        .service(set_rating);
}

/// Saved runs, newest first (without their results).
#[utoipa::path(tag = "assessments", params(store::RunFilter), responses(
    (status = 200, body = Page<store::Run>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/assessments")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<store::RunFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| store::list(c, &ctx, &f)).await
}

/// Compute the assessment for a year and save it as a draft run.
#[utoipa::path(tag = "assessments", request_body = store::NewRun, responses(
    (status = 201, body = store::Run), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<store::NewRun>,
) -> AppResult<HttpResponse> {
    let (ctx, tz) = (state.ctx(&actor), state.tz);
    let run = state
        .db(move |c| store::create(c, &ctx, tz, body.0))
        .await?;
    Ok(HttpResponse::Created().json(run))
}

/// What a provisional run is asked for.
#[derive(Debug, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProvisionalInput {
    /// The year under way.
    pub year: i32,
    /// The scoring model as TOML text, or a shipped model's name (`default`, `2020`).
    pub model: Option<String>,
}

/// The year as it would end at today's pace: investment carried to December at the pace of
/// the months closed, milestones and stages as they stand. Marked `provisional`; never
/// saved, so never published.
#[utoipa::path(tag = "assessments", request_body = ProvisionalInput, responses(
    (status = 200, body = crate::domain::assessment::Assessment), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments/provisional")]
async fn provisional(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<ProvisionalInput>,
) -> AppResult<web::Json<crate::domain::assessment::Assessment>> {
    let (ctx, tz) = (state.ctx(&actor), state.tz);
    let b = body.0;
    Ok(web::Json(
        state
            .db(move |c| store::provisional(c, &ctx, tz, b.year, b.model.as_deref()))
            .await?,
    ))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FormatQuery {
    /// `json` (the default), `csv`, `xlsx` or `html`.
    pub format: Option<String>,
}

/// One run with its model, appeals and every score's breakdown; also as a file.
#[utoipa::path(tag = "assessments", params(FormatQuery), responses(
    (status = 200, description = "The run: JSON by default, or a file for format=csv|xlsx|html",
        content(
            (store::Run = "application/json"),
            (String = "text/csv"),
            (super::reports::FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "text/html"))),
    (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/assessments/{id}")]
async fn one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    q: ApiQuery<FormatQuery>,
) -> AppResult<HttpResponse> {
    let fmt = match q.0.format.as_deref() {
        None => ReportFormat::Json,
        Some(f) => ReportFormat::parse(f).ok_or_else(|| {
            AppError::field(
                "format",
                format!("{f} is not one of {}", ReportFormat::allowed()),
            )
        })?,
    };
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let run = state.db(move |c| store::read(c, &ctx, id)).await?;
    if fmt == ReportFormat::Json {
        return Ok(HttpResponse::Ok().json(run));
    }
    // Rendering a large workbook is CPU work: keep it off the async workers.
    let (body, stem) =
        web::block(move || (export::assessment(&run, fmt), export::assessment_stem(&run)))
            .await
            .map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type(fmt.content_type())
        .insert_header(("Content-Disposition", fmt.disposition(&stem)))
        .body(body.map_err(AppError::internal)?))
}

/// Recompute a draft from today's data (409 once published).
#[utoipa::path(tag = "assessments", responses(
    (status = 200, body = store::Run), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments/{id}/rerun")]
async fn rerun(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<store::Run>> {
    let (ctx, tz, id) = (state.ctx(&actor), state.tz, id.into_inner());
    Ok(web::Json(
        state.db(move |c| store::rerun(c, &ctx, tz, id)).await?,
    ))
}

/// Publish a draft: immutable from then on (409 while appeals are pending).
#[utoipa::path(tag = "assessments", responses(
    (status = 200, body = store::Run), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments/{id}/publish")]
async fn publish(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<store::Run>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| store::publish(c, &ctx, id)).await?,
    ))
}

/// Appeals (申诉) filed against a run's deductions.
#[utoipa::path(tag = "assessments", responses(
    (status = 200, body = Vec<store::Appeal>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/assessments/{id}/appeals")]
async fn appeals(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<Vec<store::Appeal>>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| store::appeals(c, &ctx, id)).await?,
    ))
}

/// A leader or unit contests one deduction of a draft, with a reason: `party: leader` by
/// the project's leader, `party: unit` by the head of its responsible unit, on the run's
/// as-of date (or an admin for either).
#[utoipa::path(tag = "assessments", request_body = store::NewAppeal, responses(
    (status = 201, body = store::Appeal), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments/{id}/appeals")]
async fn file_appeal(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<store::NewAppeal>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let a = state
        .db(move |c| store::file_appeal(c, &ctx, id, body.0))
        .await?;
    Ok(HttpResponse::Created().json(a))
}

/// A supervisor accepts (the deduction is waived and the draft recomputed) or rejects an
/// appeal, with a reason.
#[utoipa::path(tag = "assessments", request_body = store::Decision, responses(
    (status = 200, body = store::Appeal), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/assessments/{id}/appeals/{appeal}/decide")]
async fn decide(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<(i64, i64)>,
    body: ApiJson<store::Decision>,
) -> AppResult<web::Json<store::Appeal>> {
    let (ctx, tz, (run, appeal)) = (state.ctx(&actor), state.tz, path.into_inner());
    Ok(web::Json(
        state
            .db(move |c| store::decide(c, &ctx, tz, run, appeal, body.0))
            .await?,
    ))
}

/// Service-quality ratings (服务质量评议) per unit and year.
#[utoipa::path(tag = "assessments", params(store::RatingFilter), responses(
    (status = 200, body = Vec<store::Rating>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/service-ratings")]
async fn ratings(
    state: web::Data<AppState>,
    q: ApiQuery<store::RatingFilter>,
) -> AppResult<web::Json<Vec<store::Rating>>> {
    let f = q.0;
    Ok(web::Json(state.db(move |c| store::ratings(c, &f)).await?))
}

/// Set a unit's rating for a year (0–100), replacing an earlier one.
#[utoipa::path(tag = "assessments", request_body = store::RatingInput, responses(
    (status = 200, body = store::Rating), (status = "4XX", body = ErrorBody)))]
#[put("/api/v1/service-ratings")]
async fn set_rating(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<store::RatingInput>,
) -> AppResult<web::Json<store::Rating>> {
    let ctx = state.ctx(&actor);
    Ok(web::Json(
        state
            .db(move |c| store::set_rating(c, &ctx, body.0))
            .await?,
    ))
}
