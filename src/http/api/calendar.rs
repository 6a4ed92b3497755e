//! `/api/v1/calendar`: the working-day calendar (shipped arrangements and overrides).

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::NaiveDate;

use crate::db::models::CalendarDay;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::calendar;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(set).service(remove);
}

/// Listed days (holidays and make-up working days), shipped and overridden.
#[utoipa::path(tag = "calendar", params(calendar::CalendarFilter), responses(
    (status = 200, body = Vec<calendar::ListedDay>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/calendar")]
async fn list(
    state: web::Data<AppState>,
    q: ApiQuery<calendar::CalendarFilter>,
) -> AppResult<web::Json<Vec<calendar::ListedDay>>> {
    let f = q.0;
    Ok(web::Json(state.db(move |c| calendar::list(c, &f)).await?))
}

/// Declare a day a holiday or a working day, overriding the shipped data.
#[utoipa::path(tag = "calendar", request_body = calendar::DayInput, responses(
    (status = 201, body = CalendarDay), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/calendar")]
async fn set(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<calendar::DayInput>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let row = state.db(move |c| calendar::set(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(row))
}

/// Remove an override.
#[utoipa::path(tag = "calendar", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/calendar/{day}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    day: web::Path<NaiveDate>,
) -> AppResult<HttpResponse> {
    let (ctx, day) = (state.ctx(&actor), day.into_inner());
    state.db(move |c| calendar::remove(c, &ctx, day)).await?;
    Ok(HttpResponse::NoContent().finish())
}
