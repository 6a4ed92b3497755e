//! `/api/v1/auth`: log in and out (session cookie plus CSRF token), the caller's own
//! account and password, and the caller's API tokens for scripts.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clock::db_timestamp;
use crate::db::models::ApiToken;
use crate::domain::access::Role;
use crate::error::{AppResult, ErrorBody, FieldErrors};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson};
use crate::http::guard::{SESSION_COOKIE, client_address, over_https};
use crate::store::accounts::{self, CreatedToken, Credential, NewToken, UserView};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(login)
        .service(logout)
        .service(me)
        .service(change_password)
        .service(list_tokens)
        .service(create_token)
        .service(revoke_token);
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginInput {
    /// Username or email.
    pub login: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginOutput {
    pub user: UserView,
    pub roles: Vec<Role>,
    /// Send back as the `X-CSRF-Token` header on every state-changing request made with
    /// the session cookie.
    pub csrf_token: String,
    /// When the session ends (UTC).
    pub expires_at: String,
}

fn session_cookie(value: String, secure: bool, max_age: time::Duration) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(max_age)
        .finish()
}

/// Log in with username or email and password. Sets the session cookie and returns the
/// user, the roles and the CSRF token. Wrong login and wrong password get the same 401;
/// too many failures for the account or from the address get 429 with `Retry-After`.
#[utoipa::path(tag = "auth", request_body = LoginInput, responses(
    (status = 200, body = LoginOutput), (status = 401, body = ErrorBody),
    (status = 429, body = ErrorBody), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/auth/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ApiJson<LoginInput>,
) -> AppResult<HttpResponse> {
    let input = body.0;
    let mut f = FieldErrors::new();
    if input.login.trim().is_empty() {
        f.add("login", "give your username or email");
    }
    if input.password.is_empty() {
        f.add("password", "give your password");
    }
    f.into_result()?;
    let address = client_address(&req, &state.trusted_proxies);
    let now = db_timestamp(state.clock.now());
    let s = state
        .with_password_slot(move |pool, slot| {
            accounts::login(pool, slot, now, &input.login, &input.password, &address)
        })
        .await?;
    let secure = over_https(&req, &state);
    let cookie = session_cookie(
        s.token,
        secure,
        time::Duration::hours(accounts::SESSION_HOURS),
    );
    Ok(HttpResponse::Ok()
        .cookie(cookie)
        .insert_header(("Cache-Control", "no-store"))
        .json(LoginOutput {
            roles: s.user.roles.clone(),
            user: s.user,
            csrf_token: s.csrf_token,
            expires_at: s.expires_at.and_utc().to_rfc3339(),
        }))
}

/// End the session: it is revoked on the server and the cookie is cleared.
#[utoipa::path(tag = "auth", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/auth/logout")]
async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    credential: Credential,
) -> AppResult<HttpResponse> {
    if let Credential::Session { id, .. } = credential {
        let now = db_timestamp(state.clock.now());
        state.db(move |c| accounts::logout(c, id, now)).await?;
    }
    let mut gone = session_cookie(
        String::new(),
        over_https(&req, &state),
        time::Duration::ZERO,
    );
    gone.make_removal();
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: UserView,
    /// Present when the request came with the session cookie.
    pub csrf_token: Option<String>,
}

/// The caller's account and roles.
#[utoipa::path(tag = "auth", responses((status = 200, body = Me), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/auth/me")]
async fn me(
    state: web::Data<AppState>,
    actor: Actor,
    credential: Credential,
) -> AppResult<web::Json<Me>> {
    let (ctx, id) = (state.ctx(&actor), actor.0.user_id);
    let user = state.db(move |c| accounts::user(c, &ctx, id)).await?;
    let csrf_token = match credential {
        Credential::Session { csrf_token, .. } => Some(csrf_token),
        Credential::Token { .. } => None,
    };
    Ok(web::Json(Me { user, csrf_token }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    /// At least 10 characters.
    pub new_password: String,
}

/// Change one's own password. Every session of the account, this one included, is
/// revoked: log in again with the new password. API tokens stay valid.
#[utoipa::path(tag = "auth", request_body = PasswordChange, responses(
    (status = 204), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/auth/password")]
async fn change_password(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<PasswordChange>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let (id, input) = (actor.0.user_id, body.0);
    state
        .with_password_slot(move |pool, slot| {
            accounts::change_own_password(
                pool,
                slot,
                &ctx,
                id,
                &input.current_password,
                input.new_password,
            )
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's API tokens (never the tokens themselves).
#[utoipa::path(tag = "auth", responses((status = 200, body = Vec<ApiToken>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/auth/tokens")]
async fn list_tokens(
    state: web::Data<AppState>,
    actor: Actor,
) -> AppResult<web::Json<Vec<ApiToken>>> {
    let id = actor.0.user_id;
    Ok(web::Json(
        state.db(move |c| accounts::list_tokens(c, id)).await?,
    ))
}

/// Create an API token for scripts. The token is in this response only; the server keeps
/// a digest. Send it as `Authorization: Bearer <token>`; no CSRF token is needed then.
#[utoipa::path(tag = "auth", request_body = NewToken, responses(
    (status = 201, body = CreatedToken), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/auth/tokens")]
async fn create_token(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<NewToken>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let id = actor.0.user_id;
    let t = state
        .db(move |c| accounts::create_token(c, &ctx, id, body.0))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(t))
}

/// Revoke one of one's own API tokens; it stops working at once.
#[utoipa::path(tag = "auth", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/auth/tokens/{id}")]
async fn revoke_token(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let (user, id) = (actor.0.user_id, id.into_inner());
    state
        .db(move |c| accounts::revoke_token(c, &ctx, user, id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
