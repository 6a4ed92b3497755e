//! `/api/v1/units`: 责任单位.

use actix_web::{HttpResponse, delete, get, patch, post, web};

use crate::db::models::Unit;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, units};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove);
}

/// List units.
#[utoipa::path(tag = "units", params(units::UnitFilter), responses(
    (status = 200, body = Page<Unit>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/units")]
async fn list(
    state: web::Data<AppState>,
    q: ApiQuery<units::UnitFilter>,
) -> AppResult<HttpResponse> {
    let f = q.0;
    state.db_json(move |c| units::list(c, &f)).await
}

/// Create a unit.
#[utoipa::path(tag = "units", request_body = units::NewUnit, responses(
    (status = 201, body = Unit), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/units")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<units::NewUnit>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let unit = state.db(move |c| units::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(unit))
}

/// One unit.
#[utoipa::path(tag = "units", responses((status = 200, body = Unit), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/units/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> AppResult<web::Json<Unit>> {
    let id = id.into_inner();
    Ok(web::Json(state.db(move |c| units::get(c, id)).await?))
}

/// Change a unit.
#[utoipa::path(tag = "units", request_body = units::UnitPatch, responses(
    (status = 200, body = Unit), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/units/{id}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<units::UnitPatch>,
) -> AppResult<web::Json<Unit>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| units::update(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Delete a unit nobody refers to.
#[utoipa::path(tag = "units", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/units/{id}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| units::delete(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
