//! `/api/v1/progress-updates`: the project ledger entries (台帐).

use actix_web::{HttpResponse, delete, get, patch, post, web};

use crate::db::models::ProgressUpdate;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, progress};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove);
}

/// List progress updates, newest first.
#[utoipa::path(tag = "progress", params(progress::ProgressFilter), responses(
    (status = 200, body = Page<ProgressUpdate>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/progress-updates")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<progress::ProgressFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| progress::list(c, &ctx, &f)).await
}

/// Post a progress update.
#[utoipa::path(tag = "progress", request_body = progress::NewProgress, responses(
    (status = 201, body = ProgressUpdate), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/progress-updates")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<progress::NewProgress>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let row = state.db(move |c| progress::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(row))
}

/// One progress update.
#[utoipa::path(tag = "progress", responses((status = 200, body = ProgressUpdate), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/progress-updates/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<ProgressUpdate>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| progress::read(c, &ctx, id)).await?,
    ))
}

/// Correct a progress update (its author, or an admin).
#[utoipa::path(tag = "progress", request_body = progress::ProgressPatch, responses(
    (status = 200, body = ProgressUpdate), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/progress-updates/{id}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<progress::ProgressPatch>,
) -> AppResult<web::Json<ProgressUpdate>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| progress::update(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Delete a progress update (its author, or an admin; the audit log keeps it).
#[utoipa::path(tag = "progress", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/progress-updates/{id}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| progress::delete(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
