//! `/api/v1/users`: accounts and roles, for admins.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::domain::access::Role;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::accounts::{self, NewUser, UserPatch, UserView};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(credentials)
        .service(end_token)
        .service(end_feeds);
}

/// An account's API tokens and calendar feed addresses, live and ended (never the secrets).
#[utoipa::path(tag = "users", responses(
    (status = 200, body = accounts::Credentials), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/users/{id}/credentials")]
async fn credentials(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<accounts::Credentials>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| accounts::credentials(c, &ctx, id))
            .await?,
    ))
}

/// End one API token of an account at once.
#[utoipa::path(tag = "users", responses(
    (status = 204, description = "ended (or it had ended)"), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/users/{id}/tokens/{token_id}")]
async fn end_token(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<(i64, i64)>,
) -> AppResult<HttpResponse> {
    let (ctx, (id, token)) = (state.ctx(&actor), path.into_inner());
    state
        .db(move |c| accounts::end_token(c, &ctx, id, token))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// End every calendar feed address of an account at once.
#[utoipa::path(tag = "users", responses(
    (status = 204, description = "ended (or there was none)"), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/users/{id}/feeds")]
async fn end_feeds(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| accounts::end_feeds(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
struct UserFilter {
    /// Only accounts holding this role.
    role: Option<Role>,
}

/// Every account with its roles.
#[utoipa::path(tag = "users", params(UserFilter), responses(
    (status = 200, body = Vec<UserView>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/users")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<UserFilter>,
) -> AppResult<web::Json<Vec<UserView>>> {
    let (ctx, role) = (state.ctx(&actor), q.0.role);
    Ok(web::Json(
        state.db(move |c| accounts::users(c, &ctx, role)).await?,
    ))
}

/// Create an account.
#[utoipa::path(tag = "users", request_body = NewUser, responses(
    (status = 201, body = UserView), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/users")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<NewUser>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let u = state.db(move |c| accounts::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(u))
}

#[utoipa::path(tag = "users", responses((status = 200, body = UserView), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/users/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<web::Json<UserView>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state.db(move |c| accounts::user(c, &ctx, id)).await?,
    ))
}

/// Change roles, link to a person, disable, or set a new password (which revokes the
/// account's sessions). The last active admin cannot be demoted or disabled.
#[utoipa::path(tag = "users", request_body = UserPatch, responses(
    (status = 200, body = UserView), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/users/{id}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<UserPatch>,
) -> AppResult<web::Json<UserView>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| accounts::update(c, &ctx, id, body.0))
            .await?,
    ))
}
