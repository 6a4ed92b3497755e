//! `/admin/ledger`: the ledger (台帐) as a sheet, for the administrator: download it (Excel or
//! CSV) or the blank template, and upload a sheet, previewed first by default, with what
//! would change (or changed) or every bad cell listed. The import itself is
//! `import::ledger::run`, as for the CLI and the API.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use crate::error::{AppError, FieldErrors};
use crate::export::ReportFormat;
use crate::http::AppState;
use crate::http::extract::read_upload;
use crate::http::pages::form::Sent;
use crate::http::pages::home::error;
use crate::import::ledger::{self, Options, Summary};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show)
        .service(download)
        .service(upload)
        .service(import_previewed);
}

fn render(req: &HttpRequest, status: StatusCode, result: Value) -> HttpResponse {
    // The preview box is ticked, except right after a preview: then importing what was
    // just seen is the next step.
    let flag = |k: &str| result.get(k) == Some(&json!(true));
    let previewed = flag("ok") && flag("dry_run");
    admin_page(
        req,
        status,
        "admin/ledger.html",
        json!({ "result": result, "preview": !previewed }),
    )
}

/// Downloads, and the upload form.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/ledger")]
async fn show(req: HttpRequest) -> HttpResponse {
    render(&req, StatusCode::OK, Value::Null)
}

/// The ledger as a file: `?format=xlsx` (default) or `csv`; `?template=1` for the blank
/// layout with one example row.
#[utoipa::path(tag = "pages", responses((status = 200, description = "the sheet")))]
#[get("/admin/ledger/download")]
async fn download(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let csv = crate::http::pages::asked(&req, "format").as_deref() == Some("csv");
    let template = crate::http::pages::asked(&req, "template").is_some_and(|t| t == "1");
    let st = state.clone();
    let rows = match (template, crate::http::pages::home::principal(&req)) {
        (true, _) => Ok(vec![crate::export::ledger::example()]),
        (false, None) => Err(crate::error::AppError::unauthenticated()),
        (false, Some(p)) => {
            let ctx = state.ctx_for(&p);
            state
                .db(move |c| crate::store::ledger::rows(c, &ctx, &st.scheduling.rules))
                .await
        }
    };
    let built = rows.and_then(|rows| {
        if csv {
            crate::export::ledger::csv(&rows)
        } else {
            crate::export::ledger::xlsx(&rows)
        }
        .map_err(AppError::internal)
    });
    match built {
        Ok(body) => {
            let fmt = if csv {
                ReportFormat::Csv
            } else {
                ReportFormat::Xlsx
            };
            let stem = if template {
                "ledger-template".to_string()
            } else {
                format!("ledger-{}", state.today())
            };
            HttpResponse::Ok()
                .content_type(fmt.content_type())
                .insert_header(("Content-Disposition", fmt.disposition(&stem)))
                .body(body)
        }
        Err(e) => error(&req, &e),
    }
}

/// A page lists this many changed rows, bad cells or warnings at most (a province's sheet
/// may change 20,000 rows); the counts above the tables are whole.
const SHOWN: usize = 300;

fn first<T: serde::Serialize>(items: &[T]) -> Value {
    json!({"items": items.iter().take(SHOWN).collect::<Vec<_>>(),
           "more": items.len().saturating_sub(SHOWN)})
}

/// What an import did or would do, for the page.
fn shown(s: &Summary) -> Value {
    json!({
        "ok": true,
        "dry_run": s.dry_run,
        "nothing": s.nothing_changed,
        "rows": s.rows,
        "created": s.created.len(),
        "created_codes": first(&s.created),
        "updated": s.updated.len(),
        "updated_rows": first(&s.updated),
        "unchanged": s.unchanged,
        // Joined by the template, in the page's own separator.
        "new_people": s.new_people,
        "new_units": s.new_units,
        "contacts": s.contacts_updated,
        "warnings": first(&s.warnings),
    })
}

/// Imports (or, with the preview box ticked, previews) an uploaded sheet.
/// The upload form's fields, as the document states them: `csrf_token` first (the guard
/// reads it before the file), then those of [`crate::http::api::imports::LedgerUpload`].
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct LedgerForm {
    csrf_token: Option<String>,
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    sheet: Option<String>,
    dry_run: Option<String>,
    new_leaders: Option<String>,
}

#[utoipa::path(tag = "pages",
    request_body(content = LedgerForm, content_type = "multipart/form-data"),
    responses((status = 200, description = "HTML page with the result"),
    (status = 422, description = "HTML page listing every bad cell")))]
#[post("/admin/ledger")]
async fn upload(state: web::Data<AppState>, req: HttpRequest, form: Multipart) -> HttpResponse {
    let Some(p) = crate::http::pages::home::principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let up = match read_upload(form, state.max_upload_bytes).await {
        Ok(up) => up,
        Err(e) => return error(&req, &e),
    };
    let Some(file) = up.file.filter(|f| !f.is_empty()) else {
        let lang = crate::http::pages::req_lang(&req);
        let why = crate::http::pages::i18n::text(lang, "ledger_no_file");
        return render(
            &req,
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"ok": false, "problem": why, "count": 0, "cells": first::<()>(&[])}),
        );
    };
    let ctx = state.ctx_for(&p);
    let opts = Options {
        new_leaders: up.new_leaders,
    };
    let (sheet, dry_run) = (up.sheet, up.dry_run);
    let done = state
        .db(move |c| {
            if dry_run {
                ledger::preview_keeping(c, &ctx, file, sheet, opts)
            } else {
                ledger::run(c, &ctx, &file, sheet.as_deref(), false, opts, &mut |_| {})
                    .map(|s| (s, None))
            }
        })
        .await;
    answer(&req, done.map(Some))
}

/// The page after an import or a preview: what it did or would do (with, after a preview,
/// the button that imports the same file), or every bad cell.
fn answer(
    req: &HttpRequest,
    done: Result<Option<(Summary, Option<String>)>, AppError>,
) -> HttpResponse {
    let lang = crate::http::pages::req_lang(req);
    match done {
        Ok(Some((s, kept))) => {
            let mut shown = shown(&s);
            crate::http::pages::merge(&mut shown, json!({ "kept": kept }));
            render(req, StatusCode::OK, shown)
        }
        Ok(None) => render(
            req,
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"ok": false, "problem": crate::http::pages::i18n::text(lang, "ledger_kept_gone"),
                   "count": 0, "cells": first::<()>(&[])}),
        ),
        Err(AppError::Sheet(cells)) => render(
            req,
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"ok": false, "count": cells.len(), "cells": first(&cells)}),
        ),
        Err(AppError::Validation(FieldErrors(f))) => render(
            req,
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"ok": false, "problem": f.values().cloned().collect::<Vec<_>>().join(" "),
                   "count": 0, "cells": first::<()>(&[])}),
        ),
        Err(e) => error(req, &e),
    }
}

/// Imports the file just previewed, kept by the preview (`upload` names it), without
/// choosing it again.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page with the result"),
    (status = 422, description = "HTML page: the file is no longer kept, or a bad cell")))]
#[post("/admin/ledger/import")]
async fn import_previewed(
    state: web::Data<AppState>,
    req: HttpRequest,
    sent: Sent,
) -> HttpResponse {
    let token = sent.typed.get("upload").cloned().unwrap_or_default();
    let ctx = state.ctx_for(&sent.p);
    let done = state
        .db(move |c| ledger::import_kept(c, &ctx, &token))
        .await;
    answer(&req, done.map(|s| s.map(|s| (s, None))))
}
