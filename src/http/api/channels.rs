//! `/api/v1/channels`: channels beside email (企业微信, 钉钉, webhook, SMS), for
//! administrators: the same use cases as `duban channel` and the admin page.

use actix_web::{HttpResponse, delete, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson};
use crate::store::channels::{self, ChannelView, NewChannel};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(remove)
        .service(test);
}

/// A test message to send.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TestRequest {
    /// For an SMS gateway: the mobile number to send it to.
    #[serde(default)]
    pub to: Option<String>,
}

/// Where to read what became of a test message.
#[derive(Debug, Serialize, ToSchema)]
pub struct TestQueued {
    /// The message in `/api/v1/outbox/{id}`: its status and the server's answer.
    pub outbox_id: i64,
}

/// The channels in use; secrets are never shown, the keys in URLs masked.
#[utoipa::path(tag = "channels", responses(
    (status = 200, body = Vec<ChannelView>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/channels")]
async fn list(state: web::Data<AppState>, actor: Actor) -> AppResult<web::Json<Vec<ChannelView>>> {
    let ctx = state.ctx(&actor);
    Ok(web::Json(state.db(move |c| channels::list(c, &ctx)).await?))
}

/// Add a channel, owned by the supervision office, a unit or a person.
#[utoipa::path(tag = "channels", request_body = NewChannel, responses(
    (status = 201, body = ChannelView), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/channels")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<NewChannel>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let made = state.db(move |c| channels::add(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(made))
}

/// One channel in use.
#[utoipa::path(tag = "channels", responses(
    (status = 200, body = ChannelView), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/channels/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<ChannelView>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let c = state.db(move |c| channels::get(c, &ctx, id)).await?;
    Ok(web::Json(ChannelView::from(&c)))
}

/// Remove a channel; what still waited to go through it is marked dead.
#[utoipa::path(tag = "channels", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/channels/{id}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| channels::remove(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send a test message through a channel: queued and delivered at once like any other;
/// read its outcome at `/api/v1/outbox/{outbox_id}`.
#[utoipa::path(tag = "channels", request_body = TestRequest, responses(
    (status = 202, body = TestQueued), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/channels/{id}/test")]
async fn test(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<TestRequest>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let lang = actor.0.lang.clone();
    let to = body.0.to;
    let outbox_id = state
        .db(move |c| channels::queue_test(c, &ctx, id, &lang, to.as_deref()))
        .await?;
    state.scheduling.wake.notify_one();
    Ok(HttpResponse::Accepted().json(TestQueued { outbox_id }))
}
