//! Liveness (`/healthz`: the process answers), readiness (`/readyz`: the database too) and
//! `/metrics` (Prometheus text format; for the monitoring network, see docs/OPERATIONS.md).

use actix_web::{HttpResponse, get, web};
use diesel::connection::SimpleConnection;
use serde_json::json;

use crate::error::AppError;
use crate::http::AppState;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(healthz).service(readyz).service(metrics);
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, description = "alive")))]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

/// The database answers and takes writes: a committed write of one row, so that a
/// read-only database or a full disk is not-ready (503 `not_writable`), not ready with every
/// write failing.
#[utoipa::path(tag = "health", responses(
    (status = 200, description = "ready"),
    (status = 503, description = "database unreachable (`unavailable`) or refusing writes (`not_writable`)", body = crate::error::ErrorBody)))]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let now = crate::clock::db_timestamp(state.clock.now());
    let backend = state
        .db(move |c| {
            c.batch_execute("SELECT 1")
                .map_err(|e| AppError::Unavailable(e.to_string()))?;
            crate::store::probe_write(c, now)?;
            Ok(c.backend_name())
        })
        .await?;
    Ok(HttpResponse::Ok().json(json!({"status": "ready", "database": backend})))
}

/// Prometheus metrics: HTTP latency by route, the daily scan, the outbox by state, the pool.
#[utoipa::path(tag = "health", responses(
    (status = 200, description = "Prometheus text format", content_type = "text/plain")))]
#[get("/metrics")]
async fn metrics(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let pool = state.pool.clone();
    let text = state.db(move |c| crate::metrics::render(c, &pool)).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(text))
}
