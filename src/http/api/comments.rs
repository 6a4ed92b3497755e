//! `/api/v1/projects/{code}/comments`, `/vetoes` and `/history`: the leaders' comments
//! (批示) on a project, the incidents the supervision office recorded on it (一票否决), and
//! its audit trail, for whoever may read the project.

use actix_web::{HttpResponse, get, post, web};

use crate::db::models::{AuditEntry, Comment, VetoEvent};
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, Paging, audit, comments, vetoes};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(history)
        .service(list_vetoes)
        .service(record_veto);
}

/// Comments on a project, oldest first.
#[utoipa::path(tag = "projects", responses((status = 200, body = Vec<Comment>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}/comments")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
) -> AppResult<web::Json<Vec<Comment>>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    Ok(web::Json(
        state.db(move |c| comments::list(c, &ctx, &code)).await?,
    ))
}

/// Comment on a project (its leader, the supervision office, admins); its responsible
/// person and unit head are mailed at once.
#[utoipa::path(tag = "projects", request_body = comments::NewComment, responses(
    (status = 201, body = Comment), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects/{code}/comments")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<comments::NewComment>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let base = state.scheduling.base_url.clone();
    let c = state
        .db(move |c| {
            let notices = crate::mail::compose::Notices { base_url: &base };
            comments::create(c, &ctx, &code, body.0, &notices)
        })
        .await?;
    state.scheduling.wake.notify_one();
    Ok(HttpResponse::Created().json(c))
}

/// Every recorded change to the project and what belongs to it, newest first.
#[utoipa::path(tag = "projects", params(Paging), responses(
    (status = 200, body = Page<AuditEntry>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}/history")]
async fn history(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    q: ApiQuery<Paging>,
) -> AppResult<HttpResponse> {
    let (ctx, code, paging) = (state.ctx(&actor), code.into_inner(), q.0);
    state
        .db_json(move |c| audit::project_history(c, &ctx, &code, paging))
        .await
}

/// The incidents recorded on a project (一票否决), oldest first.
#[utoipa::path(tag = "projects", responses((status = 200, body = Vec<VetoEvent>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/projects/{code}/vetoes")]
async fn list_vetoes(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
) -> AppResult<web::Json<Vec<VetoEvent>>> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    Ok(web::Json(
        state.db(move |c| vetoes::list(c, &ctx, &code)).await?,
    ))
}

/// Record an incident on a project (the supervision office): a major safety or quality
/// accident or the like, with its date and evidence. What it does to the year's score is
/// the assessment model's `[veto]`.
#[utoipa::path(tag = "projects", request_body = vetoes::NewVeto, responses(
    (status = 201, body = VetoEvent), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects/{code}/vetoes")]
async fn record_veto(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<vetoes::NewVeto>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let v = state
        .db(move |c| vetoes::record(c, &ctx, &code, body.0))
        .await?;
    Ok(HttpResponse::Created().json(v))
}
