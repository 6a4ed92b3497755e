//! `/admin/outbox`: the mail outbox: counts by state, the messages (filtered by state), and
//! for the administrator a button to retry a failed or dead message, or every dead one.
//! The supervision office reads it too (as through the API); only admins retry.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use crate::domain::access::Role;
use crate::http::AppState;
use crate::http::pages::form::see_other;
use crate::http::pages::home::{error, principal};
use crate::http::pages::i18n;
use crate::store::outbox;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    // `retry-dead` before `{id}`: a resource whose path matches answers 405 to another
    // method instead of passing the request on.
    cfg.service(list)
        .service(retry)
        .service(retry_dead)
        .service(one);
}

/// One message as it was sent (its plain-text part), with its delivery record; the signed
/// links' tokens are cut by the use case, as through the API.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/admin/outbox/{id}")]
async fn one(state: web::Data<AppState>, req: HttpRequest, id: web::Path<i64>) -> HttpResponse {
    let lang = crate::http::pages::req_lang(&req);
    let id = id.into_inner();
    let may_retry = principal(&req).is_some_and(|p| p.has(Role::Admin));
    let ctx = match crate::http::pages::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    let o = match state.db(move |c| outbox::message(c, &ctx, id)).await {
        Ok(o) => o,
        Err(e) => return error(&req, &e),
    };
    let tz = state.tz;
    let at = |t: chrono::NaiveDateTime| {
        t.and_utc()
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    admin_page(
        &req,
        StatusCode::OK,
        "admin/outbox_message.html",
        json!({"m": {
            "id": o.id, "day": i18n::date(lang, o.day), "to": o.recipient_name,
            "email": o.recipient_email, "via": via(lang, &o), "subject": o.subject, "kind": o.kind,
            "status": o.status, "status_text": i18n::text(lang, &format!("outbox_{}", o.status)),
            "attempts": o.attempts, "error": o.last_error, "message_id": o.message_id,
            "sent_at": o.sent_at.map(at), "created_at": at(o.created_at),
            "body": o.body_text,
            "retryable": may_retry && outbox::Status::parse(&o.status).is_some_and(outbox::Status::retryable),
        }}),
    )
}

/// How a message goes when not by mail: through a channel, to the address it names there
/// (a mobile number, the mobiles a group message mentions).
fn via(lang: &str, o: &crate::db::models::OutboxRow) -> Option<String> {
    o.channel_id.map(|_| {
        let by = i18n::text(lang, "outbox_by_channel");
        match o.address.as_deref() {
            Some(a) => format!("{by} · {a}"),
            None => by,
        }
    })
}

/// The counts, and the newest messages (`?status=` one state).
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/outbox")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let lang = crate::http::pages::req_lang(&req);
    let status =
        crate::http::pages::asked(&req, "status").filter(|s| outbox::Status::parse(s).is_some());
    let may_retry = principal(&req).is_some_and(|p| p.has(Role::Admin));
    let st = status.clone();
    let ctx = match crate::http::pages::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    let got = state
        .db(move |c| {
            let counts = outbox::counts(c, &ctx)?;
            let rows = outbox::messages(
                c,
                &ctx,
                &outbox::OutboxFilter {
                    status: st,
                    limit: Some(200),
                    ..Default::default()
                },
            )?;
            Ok((counts, rows))
        })
        .await;
    let (counts, rows) = match got {
        Ok(x) => x,
        Err(e) => return error(&req, &e),
    };
    let tz = state.tz;
    let rows: Vec<Value> = rows
        .items
        .iter()
        .map(|o| {
            json!({"id": o.id, "day": i18n::date(lang, o.day), "to": o.recipient_name,
                   "email": o.recipient_email, "via": via(lang, o), "subject": o.subject, "kind": o.kind,
                   "status": o.status, "status_text": i18n::text(lang, &format!("outbox_{}", o.status)),
                   "attempts": o.attempts, "error": o.last_error,
                   "sent_at": o.sent_at.map(|t| t.and_utc().with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()),
                   "retryable": may_retry && outbox::Status::parse(&o.status).is_some_and(outbox::Status::retryable)})
        })
        .collect();
    let tabs: Vec<Value> = outbox::Status::ALL
        .iter()
        .map(|st| {
            let n = match st {
                outbox::Status::Pending => counts.pending,
                outbox::Status::Sending => counts.sending,
                outbox::Status::Sent => counts.sent,
                outbox::Status::Failed => counts.failed,
                outbox::Status::Dead => counts.dead,
            };
            let s = st.as_str();
            json!({"key": s, "label": i18n::text(lang, &format!("outbox_{s}")), "count": n,
                   "current": status.as_deref() == Some(s)})
        })
        .collect();
    admin_page(
        &req,
        StatusCode::OK,
        "admin/outbox.html",
        json!({"rows": rows, "tabs": tabs, "all": status.is_none(),
               "dead": counts.dead, "may_retry": may_retry}),
    )
}

/// Puts a failed or dead message back in the queue.
#[utoipa::path(tag = "pages", responses((status = 303, description = "queued again"),
    (status = "4XX", description = "HTML page")))]
#[post("/admin/outbox/{id}/retry")]
async fn retry(state: web::Data<AppState>, req: HttpRequest, id: web::Path<i64>) -> HttpResponse {
    let id = id.into_inner();
    let ctx = match crate::http::pages::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    match state.db(move |c| outbox::retry(c, &ctx, id)).await {
        Ok(_) => {
            state.scheduling.wake.notify_one();
            see_other("/admin/outbox?status=pending")
        }
        Err(e) => error(&req, &e),
    }
}

/// Puts every dead message back in the queue.
#[utoipa::path(tag = "pages", responses((status = 303, description = "queued again")))]
#[post("/admin/outbox/retry-dead")]
async fn retry_dead(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let ctx = match crate::http::pages::home::viewer(&state, &req) {
        Ok(ctx) => ctx,
        Err(e) => return error(&req, &e),
    };
    match state.db(move |c| outbox::retry_dead(c, &ctx)).await {
        Ok(_) => {
            state.scheduling.wake.notify_one();
            see_other("/admin/outbox?status=pending")
        }
        Err(e) => error(&req, &e),
    }
}
