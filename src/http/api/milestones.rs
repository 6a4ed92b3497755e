//! `/api/v1/milestones`: 建设时间节点, with the complete and reschedule actions.

use actix_web::{HttpResponse, delete, get, patch, post, web};

use crate::db::models::{Milestone, Reschedule};
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::http::read_cache::ReadCache;
use crate::store::milestones::MilestoneView;
use crate::store::{Page, milestones as ms};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove)
        .service(complete)
        .service(reschedule)
        .service(reschedules)
        .service(requests)
        .service(decide)
        .service(withdraw);
}

/// List milestones with their state as of a date, soonest due first.
#[utoipa::path(tag = "milestones", params(ms::MilestoneListFilter), responses(
    (status = 200, body = Page<MilestoneView>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/milestones")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<ms::MilestoneListFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f, st) = (state.ctx(&actor), q.0, state.clone());
    state
        .db_json_kept(ReadCache::key("milestones::list", &ctx, &f), move |c| {
            ms::list(c, &ctx, &st.scheduling.rules, &f)
        })
        .await
}

/// Add a milestone to a project.
#[utoipa::path(tag = "milestones", request_body = ms::NewMilestone, responses(
    (status = 201, body = Milestone), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/milestones")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<ms::NewMilestone>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let m = state.db(move |c| ms::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(m))
}

/// One milestone with its state today.
#[utoipa::path(tag = "milestones", responses((status = 200, body = MilestoneView), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/milestones/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<MilestoneView>> {
    let (ctx, id, st) = (state.ctx(&actor), id.into_inner(), state.clone());
    let view = state
        .db(move |c| ms::view(c, &ctx, &st.scheduling.rules, id))
        .await?;
    Ok(web::Json(view))
}

/// Change a milestone's title or position.
#[utoipa::path(tag = "milestones", request_body = ms::MilestonePatch, responses(
    (status = 200, body = Milestone), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/milestones/{id}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<ms::MilestonePatch>,
) -> AppResult<web::Json<Milestone>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| ms::update(c, &ctx, id, body.0)).await?,
    ))
}

/// Delete a milestone (the audit log keeps it).
#[utoipa::path(tag = "milestones", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/milestones/{id}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| ms::delete(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Mark a milestone done on a date, with evidence. 409 if it is already done.
#[utoipa::path(tag = "milestones", request_body = ms::CompleteInput, responses(
    (status = 200, body = Milestone), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/milestones/{id}/complete")]
async fn complete(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<ms::CompleteInput>,
) -> AppResult<web::Json<Milestone>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| ms::complete(c, &ctx, id, body.0)).await?,
    ))
}

/// Ask to move the current due date, with a reason; the baseline stays. The request waits
/// (`status: pending`) for the project's leader or an admin, and the due date stands until
/// then; made by one of them, it is approved at once.
#[utoipa::path(tag = "milestones", request_body = ms::RescheduleInput, responses(
    (status = 201, body = Reschedule), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/milestones/{id}/reschedule")]
async fn reschedule(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<ms::RescheduleInput>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let r = state
        .db(move |c| ms::reschedule(c, &ctx, id, body.0))
        .await?;
    Ok(HttpResponse::Created().json(r))
}

/// Every request to move a milestone's due date, with its decision.
#[utoipa::path(tag = "milestones", responses(
    (status = 200, body = Vec<Reschedule>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/milestones/{id}/reschedules")]
async fn reschedules(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<Vec<Reschedule>>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| ms::reschedules_of(c, &ctx, id)).await?,
    ))
}

/// Reschedule requests on the projects the caller may read, newest first; a leader's
/// queue is `?status=pending`.
#[utoipa::path(tag = "milestones", params(ms::RescheduleFilter), responses(
    (status = 200, body = Page<ms::RescheduleRequest>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reschedules")]
async fn requests(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<ms::RescheduleFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| ms::list_requests(c, &ctx, &f)).await
}

/// Approve or reject a pending reschedule request (the project's leader, or an admin).
#[utoipa::path(tag = "milestones", request_body = ms::Decision, responses(
    (status = 200, body = Reschedule), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/reschedules/{id}/decide")]
async fn decide(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<ms::Decision>,
) -> AppResult<web::Json<Reschedule>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| ms::decide(c, &ctx, id, body.0)).await?,
    ))
}

/// Take back a pending reschedule request (its requester only); it is kept, marked
/// `withdrawn`, and the due date stands.
#[utoipa::path(tag = "milestones", responses(
    (status = 200, body = Reschedule), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/reschedules/{id}/withdraw")]
async fn withdraw(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<Reschedule>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| ms::withdraw(c, &ctx, id)).await?,
    ))
}
