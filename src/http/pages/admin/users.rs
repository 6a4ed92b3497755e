//! `/admin/users`: login accounts, the person each acts as, and their roles; a form to add
//! an account and, per account, its roles and whether it may log in. The last active admin
//! cannot be demoted or disabled (the store refuses it, as for the API).

use std::collections::{BTreeMap, HashMap};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use super::people::choices;
use crate::domain::access::Role;
use crate::error::FieldErrors;
use crate::http::AppState;
use crate::http::pages::form::{Refused, Sent, checked, id_field, required, settle, text};
use crate::http::pages::home::error;
use crate::http::pages::i18n;
use crate::store::accounts;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(add)
        .service(change)
        .service(reset_password);
}

/// Accounts on one page of the list.
const PER_PAGE: i64 = 25;

/// A password just reset, shown once on the page that answers the reset.
struct Reset {
    id: i64,
    name: String,
    password: String,
}

fn role_label(lang: &str, r: Role) -> String {
    i18n::text(lang, &format!("role_{}", r.as_str()))
}

/// The roles ticked in a form (`role_admin=on`, …).
fn ticked(typed: &BTreeMap<String, String>) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|r| typed.contains_key(&format!("role_{}", r.as_str())))
        .collect()
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    show_with(state, req, status, refused, None).await
}

async fn show_with(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
    reset: Option<Reset>,
) -> HttpResponse {
    let lang = crate::http::pages::req_lang(req);
    let ctx = match crate::http::pages::home::viewer(&state, req) {
        Ok(ctx) => ctx,
        Err(e) => return error(req, &e),
    };
    // After a reset the list shows that account, whatever was searched before.
    let q = match &reset {
        Some(r) => Some(r.name.clone()),
        None => crate::http::pages::asked(req, "q").filter(|q| !q.trim().is_empty()),
    };
    let page_no = if reset.is_some() {
        1
    } else {
        crate::http::pages::asked_page(req) as i64
    };
    let search = accounts::UserSearch {
        q: q.clone(),
        limit: Some(PER_PAGE),
        offset: Some((page_no - 1).saturating_mul(PER_PAGE)),
    };
    let got = state.db(move |c| accounts::search(c, &ctx, &search)).await;
    let (users, total) = match got {
        Ok(page) => (page.items, page.total),
        Err(e) => return error(req, &e),
    };
    let (people, _) = match choices(&state).await {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let names: HashMap<i64, String> = people.iter().map(|p| (p.id, p.name.clone())).collect();
    let rows: Vec<Value> = users
        .iter()
        .map(|u| {
            let (errors, _) = Refused::of(refused.as_ref(), &u.id.to_string());
            json!({
                "id": u.id, "username": u.username, "display_name": u.display_name,
                "email": u.email, "disabled": u.disabled, "lang": u.lang,
                "person": u.person_id.and_then(|p| names.get(&p).cloned()),
                "roles": Role::ALL.iter().map(|r| json!({
                    "key": r.as_str(), "label": role_label(lang, *r), "held": u.roles.contains(r)
                })).collect::<Vec<_>>(),
                "errors": errors,
            })
        })
        .collect();
    let (errors, typed) = Refused::of(refused.as_ref(), "new");
    let q = q.unwrap_or_default();
    let mut resp = admin_page(
        req,
        status,
        "admin/users.html",
        json!({
            "q": q,
            "q_url": form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>(),
            "page": page_no, "pages": ((total + PER_PAGE - 1) / PER_PAGE).max(1),
            "total": total,
            "reset": reset.as_ref().map(|r| json!({"id": r.id, "name": r.name, "password": r.password})),
            "users": rows,
            "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
            "roles": Role::ALL.iter().map(|r| json!({"key": r.as_str(), "label": role_label(lang, *r)})).collect::<Vec<_>>(),
            "errors": errors, "typed": typed,
        }),
    );
    if reset.is_some() {
        // The page holds a password: no cache keeps it.
        resp.headers_mut().insert(
            actix_web::http::header::CACHE_CONTROL,
            actix_web::http::header::HeaderValue::from_static("no-store"),
        );
    }
    resp
}

/// Accounts, with the form to add one.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/users")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show(state, &req, StatusCode::OK, None).await
}

/// Adds an account.
#[utoipa::path(tag = "pages", responses((status = 303, description = "added"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/admin/users")]
async fn add(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, mut typed } = sent;
    let mut f = FieldErrors::new();
    let password = required(&mut f, lang, &typed, "password");
    // The password is never sent back into a page.
    typed.remove("password");
    let roles = ticked(&typed);
    if roles.is_empty() {
        f.add("roles", i18n::text(lang, "admin_roles_none"));
    }
    let input = accounts::NewUser {
        username: text(&typed, "username"),
        email: text(&typed, "email"),
        display_name: text(&typed, "display_name"),
        person_id: id_field(&mut f, lang, &typed, "person_id"),
        roles,
        password,
        lang: text(&typed, "lang"),
    };
    let ctx = state.ctx_for(&p);
    let outcome = match checked(f, input) {
        Ok(input) => state.db(move |c| accounts::create(c, &ctx, input)).await,
        Err(e) => Err(e),
    };
    settle(&req, outcome, "/admin/users", "username", |f| {
        let refused = Refused::new("new", f, typed);
        show(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// Changes an account's roles and whether it may log in.
#[utoipa::path(tag = "pages", responses((status = 303, description = "changed"),
    (status = "4XX", description = "HTML page with the refusal beside the account")))]
#[post("/admin/users/{id}")]
async fn change(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let id = id.into_inner();
    let mut f = FieldErrors::new();
    let roles = ticked(&typed);
    if roles.is_empty() {
        f.add("roles", i18n::text(lang, "admin_roles_none"));
    }
    let patch = accounts::UserPatch {
        roles: Some(roles),
        disabled: Some(typed.contains_key("disabled")),
        lang: text(&typed, "lang"),
        ..Default::default()
    };
    let ctx = state.ctx_for(&p);
    let outcome = match checked(f, patch) {
        Ok(patch) => {
            state
                .db(move |c| accounts::update(c, &ctx, id, patch))
                .await
        }
        Err(e) => Err(e),
    };
    settle(
        &req,
        outcome,
        format!("/admin/users#u-{id}"),
        "roles",
        |f| {
            let refused = Refused::new(id.to_string(), f, typed);
            show(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
        },
    )
    .await
}

/// Resets an account's password to a generated one, shown once on the page that answers
/// (never in an address, never in a mail); the account's sessions end with it.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page with the new password, once"),
    (status = 404, description = "HTML page: no such account")))]
#[post("/admin/users/{id}/password")]
async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let id = id.into_inner();
    let ctx = state.ctx_for(&sent.p);
    let got = state
        .db(move |c| {
            let password = crate::auth::random_password()?;
            let u = accounts::update(
                c,
                &ctx,
                id,
                accounts::UserPatch {
                    password: Some(password.clone()),
                    ..Default::default()
                },
            )?;
            Ok((u, password))
        })
        .await;
    match got {
        Ok((u, password)) => {
            let reset = Reset {
                id: u.id,
                name: u.username,
                password,
            };
            show_with(state, &req, StatusCode::OK, None, Some(reset)).await
        }
        Err(e) => error(&req, &e),
    }
}
