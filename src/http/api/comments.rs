//! `/api/v1/projects/{code}/comments` and `/history`: the leaders' comments (批示) on a
//! project, and its audit trail for whoever may read the project.

use actix_web::{HttpResponse, get, post, web};

use crate::db::models::{AuditEntry, Comment};
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, Paging, audit, comments};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(history);
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

/// Comment on a project (its leader, the supervision office, admins).
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
    let c = state
        .db(move |c| comments::create(c, &ctx, &code, body.0))
        .await?;
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
) -> AppResult<web::Json<Page<AuditEntry>>> {
    let (ctx, code, paging) = (state.ctx(&actor), code.into_inner(), q.0);
    Ok(web::Json(
        state
            .db(move |c| audit::project_history(c, &ctx, &code, paging))
            .await?,
    ))
}
