//! `/account`: one's own account: who one is in the ledger and with which roles, the
//! language of one's pages (kept with the account, so it follows the user to any browser),
//! and changing one's password (every session ends; one logs in again).

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::json;

use super::form::{Refused, Sent, checked, settle};
use super::home::{error, page, principal};
use super::i18n;
use crate::auth::MIN_PASSWORD_CHARS;
use crate::error::{AppError, FieldErrors};
use crate::http::AppState;
use crate::store::accounts;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show).service(set_lang).service(set_password);
}

async fn render(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let Some(p) = principal(req) else {
        return error(req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(req);
    let (ctx, id) = (state.ctx_for(&p), p.user_id);
    let found = state
        .db(move |c| {
            Ok((
                accounts::user(c, &ctx, id)?,
                accounts::credentials(c, &ctx, id)?,
            ))
        })
        .await;
    let (me, credentials) = match found {
        Ok(found) => found,
        Err(e) => return error(req, &e),
    };
    let when = |t: Option<chrono::NaiveDateTime>| {
        t.map(|t| {
            t.and_utc()
                .with_timezone(&state.tz)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
    };
    let tokens: Vec<_> = credentials
        .tokens
        .iter()
        .map(|t| {
            json!({"name": t.name, "created": when(Some(t.created_at)),
                        "used": when(t.last_used_at), "ended": when(t.revoked_at)})
        })
        .collect();
    let feeds: Vec<_> = credentials
        .feeds
        .iter()
        .map(|f| json!({"created": when(Some(f.created_at)), "ended": when(f.revoked_at)}))
        .collect();
    let (errors, _) = Refused::of(refused.as_ref(), "password");
    let notice = super::asked(req, "notice")
        .filter(|n| n == "lang")
        .map(|_| i18n::text(lang, "account_lang_saved"));
    page(
        req,
        status,
        "account.html",
        json!({
            "me": {"username": me.username, "display_name": me.display_name, "email": me.email,
                   "lang": me.lang,
                   "roles": me.roles.iter().map(|r| i18n::text(lang, &format!("role_{}", r.as_str()))).collect::<Vec<_>>()},
            "errors": errors,
            "notice": notice,
            "tokens": tokens,
            "feeds": feeds,
            "min_chars": MIN_PASSWORD_CHARS,
        }),
    )
}

/// One's own account.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/account")]
async fn show(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    render(state, &req, StatusCode::OK, None).await
}

/// Keeps the language of one's pages with the account (and in this browser).
#[utoipa::path(tag = "pages", responses((status = 303, description = "saved"),
    (status = "4XX", description = "HTML page")))]
#[post("/account/lang")]
async fn set_lang(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, typed, .. } = sent;
    let chosen = i18n::lang(typed.get("lang").map(String::as_str).unwrap_or("zh-CN"));
    let ctx = state.ctx_for(&p);
    let patch = accounts::UserPatch {
        lang: Some(chosen.to_string()),
        ..Default::default()
    };
    let id = p.user_id;
    match state
        .db(move |c| accounts::update(c, &ctx, id, patch))
        .await
    {
        Ok(_) => {
            // A language chosen earlier in this browser would otherwise win over the account's.
            let kept = Cookie::build(super::LANG_COOKIE, chosen)
                .path("/")
                .same_site(SameSite::Lax)
                .max_age(time::Duration::days(365))
                .finish();
            HttpResponse::SeeOther()
                .cookie(kept)
                .insert_header((LOCATION, "/account?notice=lang"))
                .finish()
        }
        Err(e) => error(&req, &e),
    }
}

/// Changes one's password; every session of the account ends, this one too.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the login page"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/account/password")]
async fn set_password(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let current = typed.get("current_password").cloned().unwrap_or_default();
    let new = typed.get("new_password").cloned().unwrap_or_default();
    let mut f = FieldErrors::new();
    if new.chars().count() < MIN_PASSWORD_CHARS || new.trim().is_empty() {
        f.add(
            "new_password",
            i18n::text_n(lang, "account_password_short", MIN_PASSWORD_CHARS as i64),
        );
    } else if typed.get("repeat_password") != Some(&new) {
        f.add(
            "repeat_password",
            i18n::text(lang, "account_password_differs"),
        );
    }
    let ctx = state.ctx_for(&p);
    let id = p.user_id;
    let outcome = match checked(f, new) {
        Ok(new) => {
            state
                .with_password_slot(move |pool, slot| {
                    accounts::change_own_password(pool, slot, &ctx, id, &current, new)
                })
                .await
        }
        Err(e) => Err(e),
    };
    settle(
        &req,
        outcome,
        "/login?notice=password",
        "new_password",
        |found| {
            // Passwords are never sent back; the store's refusal is said in the page's words.
            let mut f = FieldErrors::new();
            for field in found.0.keys() {
                let (field, key) = match field.as_str() {
                    "current_password" => ("current_password", "account_password_wrong"),
                    "repeat_password" => ("repeat_password", "account_password_differs"),
                    _ => ("new_password", "account_password_short"),
                };
                f.add(field, i18n::text_n(lang, key, MIN_PASSWORD_CHARS as i64));
            }
            render(
                state,
                &req,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(Refused::new("password", f, Default::default())),
            )
        },
    )
    .await
}
