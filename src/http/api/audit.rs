//! `GET /api/v1/audit`: the append-only record of every write.

use actix_web::{HttpResponse, get, web};

use crate::db::models::AuditEntry;
use crate::error::AppResult;
use crate::http::AppState;
use crate::http::extract::{Actor, ApiQuery};
use crate::store::{Page, audit};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list);
}

/// Audit entries, newest first.
#[utoipa::path(tag = "audit", params(audit::AuditFilter), responses(
    (status = 200, body = Page<AuditEntry>),
    (status = "4XX", body = crate::error::ErrorBody)))]
#[get("/api/v1/audit")]
async fn list(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<audit::AuditFilter>,
) -> AppResult<HttpResponse> {
    let (ctx, f) = (state.ctx(&actor), q.0);
    state.db_json(move |c| audit::list(c, &ctx, &f)).await
}
