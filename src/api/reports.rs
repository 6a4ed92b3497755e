//! `/api/v1/reports`: the inspection report (督查通报) as of any date.

use actix_web::{HttpResponse, get, post, web};

use super::AppState;
use super::extract::{Actor, ApiJson, ApiQuery};
use crate::domain::report::InspectionReport;
use crate::error::{AppResult, ErrorBody};
use crate::store::{Page, Paging, reports};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(inspection)
        .service(issue)
        .service(issued)
        .service(issued_one);
}

/// Per project and in summary, by leader and by unit, as it stood on `as_of`.
#[utoipa::path(tag = "reports", params(reports::InspectionFilter), responses(
    (status = 200, body = InspectionReport, description = "JSON, or a CSV file with format=csv"),
    (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection")]
async fn inspection(
    state: web::Data<AppState>,
    q: ApiQuery<reports::InspectionFilter>,
) -> AppResult<HttpResponse> {
    let (f, today, tz, st) = (q.0, state.today(), state.tz, state.clone());
    let csv = f.format.as_deref() == Some("csv");
    let r = state
        .db(move |c| reports::inspection(c, today, tz, &st.scheduling.rules, &f))
        .await?;
    if csv {
        let body = crate::export::inspection_csv(&r).map_err(crate::error::AppError::internal)?;
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                "Content-Disposition",
                format!("attachment; filename=\"inspection-{}.csv\"", r.as_of),
            ))
            .body(body));
    }
    Ok(HttpResponse::Ok().json(r))
}

/// Issue the inspection report as of a date: numbered (督查通报 YYYY 第 N 期) and stored unchanged.
#[utoipa::path(tag = "reports", request_body = reports::IssueInput, responses(
    (status = 201, body = reports::Issued), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/reports/inspection/issue")]
async fn issue(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<reports::IssueInput>,
) -> AppResult<HttpResponse> {
    let (ctx, tz, st) = (state.ctx(&actor), state.tz, state.clone());
    let r = state
        .db(move |c| reports::issue(c, &ctx, tz, &st.scheduling.rules, body.0))
        .await?;
    Ok(HttpResponse::Created().json(r))
}

/// Issued reports, newest first (without their bodies).
#[utoipa::path(tag = "reports", params(Paging), responses(
    (status = 200, body = Page<reports::Issued>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection/issued")]
async fn issued(
    state: web::Data<AppState>,
    q: ApiQuery<Paging>,
) -> AppResult<web::Json<Page<reports::Issued>>> {
    let p = q.0;
    Ok(web::Json(state.db(move |c| reports::issued(c, p)).await?))
}

/// One issued report, exactly as issued.
#[utoipa::path(tag = "reports", responses(
    (status = 200, body = reports::Issued), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection/issued/{id}")]
async fn issued_one(
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> AppResult<web::Json<reports::Issued>> {
    let id = id.into_inner();
    Ok(web::Json(
        state.db(move |c| reports::issued_one(c, id)).await?,
    ))
}
