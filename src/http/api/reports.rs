//! `/api/v1/reports`: the inspection report (督查通报) as of any date.

use actix_web::{HttpResponse, get, post, web};

use crate::domain::report::InspectionReport;
use crate::error::{AppError, AppResult, ErrorBody};
use crate::export::{self, ReportFormat};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::http::read_cache::ReadCache;
use crate::store::{Page, Paging, reports};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(inspection)
        .service(issue)
        .service(issued)
        .service(issued_one);
}

// Named so that the API document says "binary" for the workbook: `Vec<u8>` would read as an
// array of numbers. Only its schema is used, never a value.
/// The bytes of a file.
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
#[allow(dead_code)]
pub struct FileBytes(Vec<u8>);

/// Per project and in summary, by leader and by unit, as it stood on `as_of`.
///
/// `format=csv` gives a CSV file (UTF-8 with BOM, Chinese headers, 万元), `format=xlsx` an
/// Excel workbook (sheets 汇总, 按责任领导, 按责任单位, 项目; lights as coloured cells) and
/// `format=html` a printable A4 bulletin; any other format is a 422 naming `format`.
#[utoipa::path(tag = "reports", params(reports::InspectionFilter), responses(
    (status = 200, description = "The report: JSON by default, or a file for format=csv|xlsx|html",
        content(
            (InspectionReport = "application/json"),
            (String = "text/csv"),
            (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "text/html"))),
    (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection")]
async fn inspection(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<reports::InspectionFilter>,
) -> AppResult<HttpResponse> {
    let (f, ctx, tz, st) = (q.0, state.ctx(&actor), state.tz, state.clone());
    // An unknown format is refused before any work is done.
    let fmt = format_of(f.format.as_deref())?;
    if fmt == ReportFormat::Json {
        return state
            .db_json_kept(ReadCache::key("reports::inspection", &ctx, &f), move |c| {
                reports::inspection(c, &ctx, tz, &st.scheduling.rules, &f)
            })
            .await;
    }
    let r = state
        .db(move |c| reports::inspection(c, &ctx, tz, &st.scheduling.rules, &f))
        .await?;
    // Rendering a large workbook is CPU work: keep it off the async workers.
    let (body, as_of) = web::block(move || (export::inspection(&r, fmt), r.as_of))
        .await
        .map_err(AppError::internal)?;
    let body = body.map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type(fmt.content_type())
        .insert_header((
            "Content-Disposition",
            fmt.disposition(&export::inspection_stem(as_of)),
        ))
        .body(body))
}

/// Issue the inspection report as of a date: numbered (督查通报 YYYY 第 N 期) and stored unchanged.
#[utoipa::path(tag = "reports", request_body = reports::IssueInput, responses(
    (status = 201, body = reports::Issued), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/reports/inspection/issue")]
async fn issue(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<reports::IssueInput>,
) -> AppResult<HttpResponse> {
    let (ctx, tz, st) = (state.ctx(&actor), state.tz, state.clone());
    let r = state
        .db(move |c| {
            let input = reports::IssueInput {
                letterhead: Some(st.scheduling.letterhead.clone()),
                ..body.0
            };
            reports::issue(c, &ctx, tz, &st.scheduling.rules, input)
        })
        .await?;
    Ok(HttpResponse::Created().json(r))
}

/// Issued reports, newest first (without their bodies).
#[utoipa::path(tag = "reports", params(Paging), responses(
    (status = 200, body = Page<reports::Issued>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection/issued")]
async fn issued(
    state: web::Data<AppState>,
    actor: Actor,
    q: ApiQuery<Paging>,
) -> AppResult<HttpResponse> {
    let p = q.0;
    let ctx = state.ctx(&actor);
    state.db_json(move |c| reports::issued(c, &ctx, p)).await
}

/// The format asked for (JSON when none); an unknown one is refused naming `format`.
fn format_of(asked: Option<&str>) -> AppResult<ReportFormat> {
    match asked {
        None => Ok(ReportFormat::Json),
        Some(asked) => ReportFormat::parse(asked).ok_or_else(|| {
            AppError::field(
                "format",
                format!(
                    "{asked} is not a report format; use one of {}",
                    ReportFormat::allowed()
                ),
            )
        }),
    }
}

/// Which copy of an issued report.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct IssuedQuery {
    /// `csv`, `xlsx` or `html` (the printable bulletin with its number, issuing office,
    /// date, 抄送 and page numbers); none: the issued report as JSON.
    pub format: Option<String>,
}

/// One issued report, exactly as issued: JSON, or a file of the issued version
/// (`format=xlsx|csv|html`) under the letterhead it was issued with.
#[utoipa::path(tag = "reports", params(IssuedQuery), responses(
    (status = 200, description = "The issued report: JSON by default, or a file for format=csv|xlsx|html",
        content(
            (reports::Issued = "application/json"),
            (String = "text/csv"),
            (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "text/html"))),
    (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/reports/inspection/issued/{id}")]
async fn issued_one(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    q: ApiQuery<IssuedQuery>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    let fmt = format_of(q.0.format.as_deref())?;
    let one = state.db(move |c| reports::issued_one(c, &ctx, id)).await?;
    if fmt == ReportFormat::Json {
        return Ok(HttpResponse::Ok().json(one));
    }
    let report: InspectionReport = one
        .report
        .clone()
        .ok_or_else(|| AppError::internal("an issued report without its body"))
        .and_then(|v| serde_json::from_value(v).map_err(AppError::internal))?;
    let head = export::IssuedHead {
        title: one.title.clone(),
        year: one.year,
        serial: one.serial,
        issuer: one.issuer.clone(),
        issued_on: one.issued_at.with_timezone(&state.tz).date_naive(),
        cc: one.cc.clone(),
    };
    let stem = format!("bulletin-{}-{:02}", one.year, one.serial);
    let body = web::block(move || export::issued(&report, fmt, Some(&head)))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type(fmt.content_type())
        .insert_header(("Content-Disposition", fmt.disposition(&stem)))
        .body(body))
}
