//! `/api/v1/outbox`: the record of every mail, its delivery state, and retries.

use actix_web::{HttpResponse, get, post, web};
use serde_json::json;

use crate::db::models::OutboxRow;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiQuery};
use crate::store::{Page, outbox};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(status)
        .service(retry_dead)
        .service(get_one)
        .service(retry);
}

/// Messages, newest first; the tokens of one-click links are cut.
#[utoipa::path(tag = "outbox", params(outbox::OutboxFilter), responses(
    (status = 200, body = Page<OutboxRow>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/outbox")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<outbox::OutboxFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| outbox::messages(c, &ctx, &f)).await
}

/// Counts by state, oldest waiting message, dead messages.
#[utoipa::path(tag = "outbox", responses((status = 200, body = outbox::OutboxStatus), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/outbox/status")]
async fn status(
    state: web::Data<AppState>,
    actor: Actor,
) -> AppResult<web::Json<outbox::OutboxStatus>> {
    let ctx = state.ctx(&actor);
    Ok(web::Json(state.db(move |c| outbox::counts(c, &ctx)).await?))
}

/// One message.
#[utoipa::path(tag = "outbox", responses((status = 200, body = OutboxRow), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/outbox/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<OutboxRow>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| outbox::message(c, &ctx, id)).await?,
    ))
}

/// Queue a failed or dead message again.
#[utoipa::path(tag = "outbox", responses((status = 200, body = OutboxRow), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/outbox/{id}/retry")]
async fn retry(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<OutboxRow>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let row = state.db(move |c| outbox::retry(c, &ctx, id)).await?;
    state.scheduling.wake.notify_one();
    Ok(web::Json(row))
}

/// Queue every dead message again.
#[utoipa::path(tag = "outbox", responses((status = 200, description = "{\"requeued\": N}"), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/outbox/retry-dead")]
async fn retry_dead(
    state: web::Data<AppState>,
    actor: Actor,
) -> AppResult<web::Json<serde_json::Value>> {
    let ctx = state.ctx(&actor);
    let n = state.db(move |c| outbox::retry_dead(c, &ctx)).await?;
    state.scheduling.wake.notify_one();
    Ok(web::Json(json!({ "requeued": n })))
}
