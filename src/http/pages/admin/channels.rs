//! `/admin/channels`: the channels beside email (企业微信 and 钉钉 groups, a signed webhook,
//! an SMS gateway), with the form to add one, "send a test" and removal, through the same
//! use cases as `duban channel` and `/api/v1/channels`.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use crate::domain::channel::Kind;
use crate::error::{AppError, FieldErrors};
use crate::http::AppState;
use crate::http::pages::form::{
    Refused, Sent, checked, id_field, required, see_other, settle, text,
};
use crate::http::pages::home::error;
use crate::http::pages::i18n;
use crate::store::channels::{self, NewChannel};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(add).service(test).service(remove);
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
    let listed = state.db(move |c| channels::list(c, &ctx)).await;
    let (found, (people, units)) = match (listed, super::people::choices(&state).await) {
        (Ok(l), Ok(c)) => (l, c),
        (Err(e), _) | (_, Err(e)) => return error(req, &e),
    };
    let unit_names: HashMap<i64, &str> = units.iter().map(|u| (u.id, u.name.as_str())).collect();
    let person_names: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let rows: Vec<Value> = found
        .iter()
        .map(|c| {
            let owner = match (c.unit_id, c.person_id) {
                (Some(u), _) => unit_names.get(&u).copied().unwrap_or("").to_string(),
                (_, Some(p)) => person_names.get(&p).copied().unwrap_or("").to_string(),
                _ => i18n::text(lang, "ch_owner_supervision"),
            };
            json!({"id": c.id, "name": c.name, "kind": i18n::text(lang, &format!("ch_kind_{}", c.kind.as_str())),
                   "sms": c.kind == Kind::Sms, "owner": owner, "url": c.url, "address": c.address,
                   "secret": i18n::text(lang, if c.has_secret { "ch_secret_set" } else { "ch_secret_none" }),
                   "rate": i18n::text(lang, "ch_rate_value")
                       .replace("{n}", &c.rate_limit.to_string())
                       .replace("{s}", &c.rate_window_secs.to_string())})
        })
        .collect();
    let (errors, typed) = Refused::of(refused.as_ref(), "new");
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|k| json!({"key": k.as_str(), "label": i18n::text(lang, &format!("ch_kind_{}", k.as_str()))}))
        .collect();
    admin_page(
        req,
        status,
        "admin/channels.html",
        json!({"channels": rows, "kinds": kinds,
               "units": units.iter().map(|u| json!({"id": u.id, "name": u.name})).collect::<Vec<_>>(),
               "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
               "errors": errors, "typed": typed}),
    )
}

/// The channels in use, with the form to add one.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/channels")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show(state, &req, StatusCode::OK, None).await
}

/// Adds a channel.
#[utoipa::path(tag = "pages", responses((status = 303, description = "added"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/admin/channels")]
async fn add(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let mut f = FieldErrors::new();
    let kind = Kind::parse(typed.get("kind").map_or("", String::as_str));
    if kind.is_none() {
        f.add("kind", i18n::text(lang, "form_choose"));
    }
    let owner = text(&typed, "owner").unwrap_or_default();
    let number = |f: &mut FieldErrors, name: &str| {
        text(&typed, name).and_then(|v| {
            v.parse::<i32>().ok().or_else(|| {
                f.add(name, i18n::text(lang, "ch_number"));
                None
            })
        })
    };
    let name = required(&mut f, lang, &typed, "name");
    let (rate_limit, rate_window_secs) = (
        number(&mut f, "rate_limit"),
        number(&mut f, "rate_window_secs"),
    );
    let unit_id = (owner == "unit")
        .then(|| id_field(&mut f, lang, &typed, "unit_id"))
        .flatten();
    let person_id = (owner == "person")
        .then(|| id_field(&mut f, lang, &typed, "person_id"))
        .flatten();
    let ctx = state.ctx_for(&p);
    let outcome = match (checked(f, ()), kind) {
        (Ok(()), Some(kind)) => {
            let input = NewChannel {
                kind,
                name,
                url: text(&typed, "url"),
                secret: text(&typed, "secret"),
                keyword: text(&typed, "keyword"),
                template: text(&typed, "template"),
                supervision: owner == "supervision",
                unit_id,
                person_id,
                address: text(&typed, "address"),
                rate_limit,
                rate_window_secs,
            };
            state.db(move |c| channels::add(c, &ctx, input)).await
        }
        (Err(e), _) => Err(e),
        (Ok(()), None) => Err(AppError::field("kind", i18n::text(lang, "form_choose"))),
    };
    // What was typed comes back beside the refusal, but never the secret.
    let mut typed = typed;
    typed.remove("secret");
    settle(&req, outcome, "/admin/channels", "name", |f| {
        let refused = Refused::new("new", f, typed);
        show(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// Sends a test message through a channel: queued and sent at once, and the message's page
/// shows what the server answered.
#[utoipa::path(tag = "pages", responses((status = 303, description = "queued: on to the message")))]
#[post("/admin/channels/{id}/test")]
async fn test(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let (ctx, id, to) = (state.ctx_for(&p), id.into_inner(), text(&typed, "to"));
    let queued = state
        .db(move |c| channels::queue_test(c, &ctx, id, lang, to.as_deref()))
        .await;
    match queued {
        Ok(outbox_id) => {
            state.scheduling.wake.notify_one();
            see_other(format!("/admin/outbox/{outbox_id}"))
        }
        Err(e) => error(&req, &e),
    }
}

/// Removes a channel (its confirmation box ticked); what waited for it is marked dead.
#[utoipa::path(tag = "pages", responses((status = 303, description = "removed")))]
#[post("/admin/channels/{id}/remove")]
async fn remove(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    if typed.get("confirm").map(String::as_str) != Some("yes") {
        return error(
            &req,
            &AppError::field("confirm", i18n::text(lang, "ch_remove_needed")),
        );
    }
    let (ctx, id) = (state.ctx_for(&p), id.into_inner());
    match state.db(move |c| channels::remove(c, &ctx, id)).await {
        Ok(_) => see_other("/admin/channels"),
        Err(e) => error(&req, &e),
    }
}
