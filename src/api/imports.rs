//! Ledger import over HTTP: `POST /api/v1/import/ledger` takes a sheet (XLSX, XLS, ODS or
//! CSV) as a multipart upload, with the fields `file` and, optionally, `sheet`, `dry_run`
//! and `new_leaders`, and answers what changed (or would), or 422 with every bad cell by
//! row and column. The work itself is `import::ledger::run`, shared with the CLI.

use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use futures_util::StreamExt;

use super::AppState;
use super::extract::Actor;
use crate::error::{AppError, AppResult, ErrorBody};
use crate::import::ledger::{self, Options, Summary};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(import_ledger);
}

fn flag(field: &str, text: &str) -> AppResult<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" | "" => Ok(false),
        other => Err(AppError::field(
            field,
            format!("{other:?} is not true or false"),
        )),
    }
}

/// What the upload carried.
#[derive(Default)]
pub(crate) struct Upload {
    pub file: Option<Vec<u8>>,
    pub sheet: Option<String>,
    pub dry_run: bool,
    pub new_leaders: bool,
}

/// Reads the upload's fields, at most `limit` bytes in all (the web page's form sends its
/// `csrf_token` too, checked by the guard before).
pub(crate) async fn read_upload(mut form: Multipart, limit: usize) -> AppResult<Upload> {
    let mut up = Upload::default();
    let mut total = 0usize;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(multipart_error)?;
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(multipart_error)?;
            total += chunk.len();
            if total > limit {
                return Err(AppError::PayloadTooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = || {
            String::from_utf8(bytes.clone())
                .map_err(|_| AppError::field(&name, "is not UTF-8 text"))
        };
        match name.as_str() {
            "file" => up.file = Some(bytes),
            "sheet" => up.sheet = Some(text()?.trim().to_string()).filter(|s| !s.is_empty()),
            "dry_run" => up.dry_run = flag("dry_run", &text()?)?,
            "new_leaders" => up.new_leaders = flag("new_leaders", &text()?)?,
            "csrf_token" => {}
            other => {
                return Err(AppError::field(
                    other,
                    "is not a field of this upload (file, sheet, dry_run, new_leaders)",
                ));
            }
        }
    }
    Ok(up)
}

fn multipart_error(e: actix_multipart::MultipartError) -> AppError {
    use actix_multipart::MultipartError as M;
    match e {
        M::ContentTypeMissing | M::ContentTypeParse | M::ContentTypeIncompatible => {
            AppError::UnsupportedMediaType(
                "send the sheet as multipart/form-data with a `file` field".into(),
            )
        }
        other => AppError::bad_request(
            "bad_upload",
            format!("the upload could not be read: {other}"),
        ),
    }
}

/// Import a ledger sheet: new project codes are created, known ones updated, people and
/// units matched or created; all or nothing.
#[utoipa::path(
    tag = "import",
    request_body(content_type = "multipart/form-data",
        description = "`file`: the sheet; `sheet`: the tab to read; `dry_run`: true to only \
                       say what would change; `new_leaders`: true to create unknown leaders"),
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
