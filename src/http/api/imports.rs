//! Ledger import over HTTP: `POST /api/v1/import/ledger` takes a sheet (XLSX, XLS, ODS or
//! CSV) as a multipart upload, with the fields `file` and, optionally, `sheet`, `dry_run`
//! and `new_leaders`, and answers what changed (or would), or 422 with every bad cell by
//! row and column. The work itself is `import::ledger::run`, shared with the CLI.

use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};

use crate::error::{AppError, AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, read_upload};
use crate::import::ledger::{self, Options, Summary};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(import_ledger);
}

/// The upload's fields, as the document states them (the form is read by `read_upload`).
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct LedgerUpload {
    /// The sheet: XLSX, XLS, ODS or CSV (UTF-8).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// The tab to read (default: the first).
    sheet: Option<String>,
    /// `true` to only say what would change.
    dry_run: Option<bool>,
    /// `true` to create leaders the ledger does not know.
    new_leaders: Option<bool>,
}

/// Import a ledger sheet: new project codes are created, known ones updated, people and
/// units matched or created; all or nothing.
#[utoipa::path(
    tag = "import",
    request_body(content = LedgerUpload, content_type = "multipart/form-data"),
    responses(
        (status = 200, body = Summary),
        (status = 422, description = "bad cells, listed in `error.cells`", body = ErrorBody),
        (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/import/ledger")]
async fn import_ledger(
    state: web::Data<AppState>,
    actor: Actor,
    form: Multipart,
) -> AppResult<HttpResponse> {
    let up = read_upload(form, state.max_upload_bytes).await?;
    let file = up
        .file
        .ok_or_else(|| AppError::field("file", "is required: the ledger sheet (XLSX or CSV)"))?;
    let ctx = state.ctx(&actor);
    let opts = Options {
        new_leaders: up.new_leaders,
    };
    let (sheet, dry_run) = (up.sheet, up.dry_run);
    let summary = state
        .db(move |c| ledger::run(c, &ctx, &file, sheet.as_deref(), dry_run, opts, &mut |_| {}))
        .await?;
    Ok(HttpResponse::Ok().json(summary))
}
