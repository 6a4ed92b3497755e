//! Calendar feeds: `POST /api/v1/calendar/feed` gives the caller a secret feed URL (a new one
//! each time: the old stops working), `DELETE` revokes it, and `GET /feeds/{token}.ics`
//! serves the feed itself to calendar clients, which cannot log in: the token is the proof.

use actix_web::{HttpResponse, delete, get, post, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::lang::Lang;
use crate::domain::rules;
use crate::error::{AppError, AppResult, ErrorBody};
use crate::export::ics::{self, FeedContext};
use crate::http::AppState;
use crate::http::extract::Actor;
use crate::store::{calendar, feeds};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(create).service(revoke).service(feed);
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedUrl {
    /// The feed's secret address: shown now only; subscribe to it in a calendar.
    pub url: String,
}

/// Create (or rotate) the caller's calendar feed.
#[utoipa::path(tag = "feeds", responses(
    (status = 201, body = FeedUrl), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/calendar/feed")]
async fn create(state: web::Data<AppState>, actor: Actor) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let user = actor.0.user_id;
    let token = state.db(move |c| feeds::rotate(c, &ctx, user)).await?;
    let url = format!("{}/feeds/{token}.ics", state.scheduling.base_url);
    Ok(HttpResponse::Created().json(FeedUrl { url }))
}

/// Revoke the caller's calendar feed; its address stops working at once.
#[utoipa::path(tag = "feeds", responses(
    (status = 204, description = "revoked (or there was none)"), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/calendar/feed")]
async fn revoke(state: web::Data<AppState>, actor: Actor) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let user = actor.0.user_id;
    state.db(move |c| feeds::revoke_all(c, &ctx, user)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The feed: the milestones its owner answers for today, as iCalendar.
#[utoipa::path(tag = "feeds", responses(
    (status = 200, description = "text/calendar", content_type = "text/calendar"),
    (status = 404, body = ErrorBody)))]
#[get("/feeds/{token}.ics")]
async fn feed(state: web::Data<AppState>, token: web::Path<String>) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let (today, st) = (state.today(), state.clone());
    let found = state
        .db(move |c| {
            let Some(p) = feeds::owner(c, &token)? else {
                return Ok(None);
            };
            let cal = calendar::load(c)?;
            let items = feeds::milestones_of(c, &p, today)?
                .into_iter()
                .map(|f| {
                    let m = &f.milestone;
                    let s = rules::status(
                        &cal,
                        &st.scheduling.rules,
                        m.current_due,
                        m.completed_on,
                        today,
                    );
                    (f, s)
                })
                .collect::<Vec<_>>();
            Ok(Some((p, items)))
        })
        .await?;
    let Some((p, items)) = found else {
        return Err(AppError::not_found("calendar feed"));
    };
    let name = if Lang::of(&p.lang).is_en() {
        format!("duban: {}", p.display_name)
    } else {
        format!("督办节点：{}", p.display_name)
    };
    let cx = FeedContext {
        lang: &p.lang,
        base_url: &state.scheduling.base_url,
        alarm_days: state.scheduling.rules.warning_days,
        stamp: state.clock.now(),
    };
    let body = ics::feed(&name, &items, &cx);
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        // The address is the secret: no caches on the way, no referrer to elsewhere.
        .insert_header(("Cache-Control", "private, no-store"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .body(body))
}
