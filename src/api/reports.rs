//! `/api/v1/reports`: the inspection report (督查通报) as of any date.

use actix_web::{get, web};

use super::AppState;
use super::extract::ApiQuery;
use crate::domain::report::InspectionReport;
use crate::error::{AppResult, ErrorBody};
use crate::store::reports;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(inspection);
}

/// Per project and in summary, by leader and by unit, as it stood on `as_of`.
#[utoipa::path(tag = "reports", params(reports::InspectionFilter), responses(
    (status = 200, body = InspectionReport), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection")]
async fn inspection(
    state: web::Data<AppState>,
    q: ApiQuery<reports::InspectionFilter>,
) -> AppResult<web::Json<InspectionReport>> {
    let (f, today, tz, st) = (q.0, state.today(), state.tz, state.clone());
    Ok(web::Json(
        state
            .db(move |c| reports::inspection(c, today, tz, &st.scheduling.rules, &f))
            .await?,
    ))
}
