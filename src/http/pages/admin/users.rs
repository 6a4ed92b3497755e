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
    cfg.service(list).service(add).service(change);
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
    let lang = crate::http::pages::req_lang(req);
    let ctx = match crate::http::pages::home::viewer(&state, req) {
        Ok(ctx) => ctx,
        Err(e) => return error(req, &e),
    };
    let got = state.db(move |c| accounts::users(c, &ctx, None)).await;
    let users = match got {
        Ok(u) => u,
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
    admin_page(
        req,
        status,
        "admin/users.html",
        json!({
            "users": rows,
            "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
            "roles": Role::ALL.iter().map(|r| json!({"key": r.as_str(), "label": role_label(lang, *r)})).collect::<Vec<_>>(),
            "errors": errors, "typed": typed,
        }),
    )
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
