//! `/api/v1/projects/{code}/problems` and `/api/v1/problems`: the rapid-response channel.

use actix_web::{HttpResponse, get, post, web};

use crate::db::models::Problem;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, problems};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(raise)
        .service(list)
        .service(get_one)
        .service(resolve)
        .service(send_back)
        .service(close);
}

/// Raise a problem on a project; the leader and the acting unit's head are mailed at once.
#[utoipa::path(tag = "problems", request_body = problems::NewProblem, responses(
    (status = 201, body = problems::Raised), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/projects/{code}/problems")]
async fn raise(
    state: web::Data<AppState>,
    actor: Actor,
    code: web::Path<String>,
    body: ApiJson<problems::NewProblem>,
) -> AppResult<HttpResponse> {
    let (ctx, code) = (state.ctx(&actor), code.into_inner());
    let base = state.scheduling.base_url.clone();
    let raised = state
        .db(move |c| {
            let notices = crate::mail::compose::Notices { base_url: &base };
            problems::raise(c, &ctx, &code, body.0, &notices)
        })
        .await?;
    state.scheduling.wake.notify_one();
    Ok(HttpResponse::Created().json(raised))
}

/// Problems, newest first.
#[utoipa::path(tag = "problems", params(problems::ProblemFilter), responses(
    (status = 200, body = Page<Problem>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/problems")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<problems::ProblemFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| problems::list(c, &ctx, &f)).await
}

/// One problem.
#[utoipa::path(tag = "problems", responses((status = 200, body = Problem), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/problems/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<Problem>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| problems::read(c, &ctx, id)).await?,
    ))
}

/// The acting unit resolves its problem (销号 asked): the office then confirms (close) or
/// sends it back. Its head, a responsible person working in it, or an admin.
#[utoipa::path(tag = "problems", request_body = problems::CloseProblem, responses(
    (status = 200, body = Problem), (status = 409, body = ErrorBody), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/problems/{id}/resolve")]
async fn resolve(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<problems::CloseProblem>,
) -> AppResult<web::Json<Problem>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| problems::resolve(c, &ctx, id, body.0))
            .await?,
    ))
}

/// The office sends the acting unit's resolution back with a note; the problem is open
/// again.
#[utoipa::path(tag = "problems", request_body = problems::SendBack, responses(
    (status = 200, body = Problem), (status = 409, body = ErrorBody), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/problems/{id}/send-back")]
async fn send_back(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<problems::SendBack>,
) -> AppResult<web::Json<Problem>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| problems::send_back(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Close a problem: confirm the acting unit's resolution (the resolution may then be left
/// out), or close it with one.
#[utoipa::path(tag = "problems", request_body = problems::CloseProblem, responses(
    (status = 200, body = Problem), (status = 409, body = ErrorBody), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/problems/{id}/close")]
async fn close(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<problems::CloseProblem>,
) -> AppResult<web::Json<Problem>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| problems::close(c, &ctx, id, body.0))
            .await?,
    ))
}
