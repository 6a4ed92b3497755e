//! `/api/v1/projects`: the key projects, their page, stage changes and (re)assignment.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::db::models::{Assignment, Project, StageEvent};
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::http::read_cache::ReadCache;
use crate::store::{Page, projects};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove)
        .service(change_stage)
        .service(assign)
        .service(assignments)
        .service(stages);
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct AsOf {
    /// The date the page describes (default today).
    as_of: Option<NaiveDate>,
}

/// List projects with their responsibility and milestone counts.
#[utoipa::path(tag = "projects", params(projects::ProjectFilter), responses(
    (status = 200, body = Page<projects::ProjectSummary>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<projects::ProjectFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f, st) = (state.ctx(&actor), q.0, state.clone());
    state
        .db_json_kept(ReadCache::key("projects::list", &ctx, &f), move |c| {
            projects::list(c, &ctx, &st.scheduling.rules, &f)
        })
        .await
}

/// Register a project with its stage and responsibility.
#[utoipa::path(tag = "projects", request_body = projects::NewProject, responses(
    (status = 201, body = Project), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<projects::NewProject>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let p = state.db(move |c| projects::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(p))
}

/// The project page: current responsibility, milestones, latest progress, plan vs completed.
#[utoipa::path(tag = "projects", params(AsOf), responses(
    (status = 200, body = projects::ProjectDetail), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    q: ApiQuery<AsOf>,
) -> AppResult<web::Json<projects::ProjectDetail>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let as_of = q.0.as_of.unwrap_or(ctx.today);
    let st = state.clone();
    Ok(web::Json(
        state
            .db(move |c| projects::detail(c, &ctx, &code, as_of, &st.scheduling.rules))
            .await?,
    ))
}

/// Change a project's descriptive fields.
#[utoipa::path(tag = "projects", request_body = projects::ProjectPatch, responses(
    (status = 200, body = Project), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/projects/{code}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<projects::ProjectPatch>,
) -> AppResult<web::Json<Project>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    Ok(web::Json(
        state
            .db(move |c| projects::update(c, &ctx, &code, body.0))
            .await?,
    ))
}

/// Delete a project and all recorded under it (the audit log keeps the record).
#[utoipa::path(tag = "projects", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/projects/{code}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    state.db(move |c| projects::delete(c, &ctx, &code)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Record a dated stage change (签约 → 开工 → 在建 → 竣工 → 投产, or 停缓建).
#[utoipa::path(tag = "projects", request_body = projects::StageChange, responses(
    (status = 201, body = StageEvent), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects/{code}/stage")]
async fn change_stage(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<projects::StageChange>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let e = state
        .db(move |c| projects::change_stage(c, &ctx, &code, body.0))
        .await?;
    Ok(HttpResponse::Created().json(e))
}

/// Hand the project to a new leader, unit and/or responsible person from a date.
#[utoipa::path(tag = "projects", request_body = projects::AssignInput, responses(
    (status = 201, body = Assignment), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects/{code}/assign")]
async fn assign(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<projects::AssignInput>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let a = state
        .db(move |c| projects::assign(c, &ctx, &code, body.0))
        .await?;
    Ok(HttpResponse::Created().json(a))
}

/// Who held the project, from when to when.
#[utoipa::path(tag = "projects", responses(
    (status = 200, body = Vec<Assignment>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}/assignments")]
async fn assignments(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
) -> AppResult<web::Json<Vec<Assignment>>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    Ok(web::Json(
        state
            .db(move |c| projects::assignments_of(c, &ctx, &code))
            .await?,
    ))
}

/// The project's dated stage changes.
#[utoipa::path(tag = "projects", responses(
    (status = 200, body = Vec<StageEvent>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}/stages")]
async fn stages(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
) -> AppResult<web::Json<Vec<StageEvent>>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    Ok(web::Json(
        state
            .db(move |c| projects::stages_of(c, &ctx, &code))
            .await?,
    ))
}
