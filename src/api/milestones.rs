//! `/api/v1/milestones`: 建设时间节点, with the complete and reschedule actions.

use actix_web::{HttpResponse, delete, get, patch, post, web};

use super::AppState;
use super::extract::{Actor, ApiJson, ApiQuery};
use crate::db::models::{Milestone, Reschedule};
use crate::error::{AppResult, ErrorBody};
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
        .service(reschedules);
}

/// List milestones with their state as of a date, soonest due first.
#[utoipa::path(tag = "milestones", params(ms::MilestoneListFilter), responses(
    (status = 200, body = Page<MilestoneView>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/milestones")]
async fn list(
    state: web::Data<AppState>,
    q: ApiQuery<ms::MilestoneListFilter>,
) -> AppResult<web::Json<Page<MilestoneView>>> {
    let (f, today) = (q.0, state.today());
    let st = state.clone();
    Ok(web::Json(
        state
            .db(move |c| ms::list(c, today, &st.scheduling.rules, &f))
            .await?,
    ))
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
    id: web::Path<i64>,
) -> AppResult<web::Json<MilestoneView>> {
    let (id, today) = (id.into_inner(), state.today());
    let st = state.clone();
    let view = state
        .db(move |c| {
            let m = ms::get(c, id)?;
            let cal = crate::store::calendar::load(c)?;
            Ok(MilestoneView::new(m, today, &cal, &st.scheduling.rules))
        })
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

/// Move the current due date, with a reason; the baseline stays.
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

/// Every move of a milestone's due date.
#[utoipa::path(tag = "milestones", responses(
    (status = 200, body = Vec<Reschedule>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/milestones/{id}/reschedules")]
async fn reschedules(
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> AppResult<web::Json<Vec<Reschedule>>> {
    let id = id.into_inner();
    Ok(web::Json(
        state.db(move |c| ms::reschedules_of(c, id)).await?,
    ))
}
