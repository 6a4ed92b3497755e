//! `/api/v1/investment-plans` (年度计划投资) and `/api/v1/investment-reports` (monthly
//! investment completed).

use actix_web::{HttpResponse, delete, get, patch, post, web};

use crate::db::models::{InvestmentPlan, InvestmentReport};
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, investment as inv};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list_plans)
        .service(create_plan)
        .service(get_plan)
        .service(update_plan)
        .service(delete_plan)
        .service(list_reports)
        .service(create_report)
        .service(get_report)
        .service(update_report)
        .service(delete_report);
}

/// List annual investment plans.
#[utoipa::path(tag = "investment", params(inv::InvestmentFilter), responses(
    (status = 200, body = Page<InvestmentPlan>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/investment-plans")]
async fn list_plans(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<inv::InvestmentFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| inv::list_plans(c, &ctx, &f)).await
}

/// Set a project's plan for a year.
#[utoipa::path(tag = "investment", request_body = inv::NewPlan, responses(
    (status = 201, body = InvestmentPlan), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/investment-plans")]
async fn create_plan(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<inv::NewPlan>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let row = state.db(move |c| inv::create_plan(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(row))
}

/// One plan.
#[utoipa::path(tag = "investment", responses((status = 200, body = InvestmentPlan), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/investment-plans/{id}")]
async fn get_plan(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<InvestmentPlan>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| inv::read_plan(c, &ctx, id)).await?,
    ))
}

/// Change a plan's amount.
#[utoipa::path(tag = "investment", request_body = inv::PlanPatch, responses(
    (status = 200, body = InvestmentPlan), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/investment-plans/{id}")]
async fn update_plan(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<inv::PlanPatch>,
) -> AppResult<web::Json<InvestmentPlan>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| inv::update_plan(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Delete a plan.
#[utoipa::path(tag = "investment", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/investment-plans/{id}")]
async fn delete_plan(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| inv::delete_plan(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List monthly investment reports.
#[utoipa::path(tag = "investment", params(inv::InvestmentFilter), responses(
    (status = 200, body = Page<InvestmentReport>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/investment-reports")]
async fn list_reports(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<inv::InvestmentFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| inv::list_reports(c, &ctx, &f)).await
}

/// Report the investment completed in a month; `cumulative` is computed.
#[utoipa::path(tag = "investment", request_body = inv::NewReport, responses(
    (status = 201, body = InvestmentReport), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/investment-reports")]
async fn create_report(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<inv::NewReport>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let row = state
        .db(move |c| inv::create_report(c, &ctx, body.0))
        .await?;
    Ok(HttpResponse::Created().json(row))
}

/// One monthly report.
#[utoipa::path(tag = "investment", responses((status = 200, body = InvestmentReport), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/investment-reports/{id}")]
async fn get_report(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<InvestmentReport>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| inv::read_report(c, &ctx, id)).await?,
    ))
}

/// Correct a monthly report.
#[utoipa::path(tag = "investment", request_body = inv::ReportPatch, responses(
    (status = 200, body = InvestmentReport), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/investment-reports/{id}")]
async fn update_report(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<inv::ReportPatch>,
) -> AppResult<web::Json<InvestmentReport>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| inv::update_report(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Delete a monthly report.
#[utoipa::path(tag = "investment", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/investment-reports/{id}")]
async fn delete_report(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| inv::delete_report(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
