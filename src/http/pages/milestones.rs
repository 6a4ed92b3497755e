//! `/my/milestones`: a responsible person's open milestones, each with its two forms: mark
//! done with an evidence note, or request a new due date with a reason. Forms are checked
//! on the server and a refusal comes back next to the field, with what was typed kept.

use std::collections::{BTreeMap, HashMap};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use super::form::{Refused, Sent, date_field, settle};
use super::home::{error, light_key, page, principal, status_text};
use super::i18n;
use crate::http::AppState;

use crate::domain::rules::{self, Light};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::store::milestones::{self as ms, CompleteInput, RescheduleInput};
use crate::store::{Ctx, projects};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(complete)
        .service(reschedule)
        .service(report_progress)
        .service(report_investment);
}

/// The name of a milestone's forms on the page, for a refusal to come back beside them.
fn milestone_form(id: i64) -> String {
    format!("m{id}")
}

/// The name of a project's report forms on the page.
fn project_form(code: &str) -> String {
    format!("p{code}")
}

fn rows(
    c: &mut crate::db::DbConn,
    ctx: &Ctx,
    state: &AppState,
    lang: &str,
    refused: Option<&Refused>,
) -> AppResult<(Vec<Value>, Vec<Value>)> {
    let work = ms::worklist(c, ctx, &state.scheduling.rules)?;
    let mut names: HashMap<i64, (String, String)> = HashMap::new();
    let mut out = Vec::new();
    for (m, can_act) in &work.open {
        let pid = m.milestone.project_id;
        if let std::collections::hash_map::Entry::Vacant(e) = names.entry(pid) {
            let pr = projects::get(c, pid)?;
            e.insert((pr.code, pr.name));
        }
        let (code, name) = names.get(&pid).cloned().unwrap_or_default();
        let light = rules::light([m.working_status]);
        let (errors, typed) = Refused::of(refused, &milestone_form(m.milestone.id));
        out.push(json!({
            "id": m.milestone.id,
            "title": m.milestone.title,
            "project_code": code,
            "project_name": name,
            "due": i18n::date(lang, m.milestone.current_due),
            "baseline": i18n::date(lang, m.milestone.baseline_due),
            "moved": m.milestone.current_due != m.milestone.baseline_due,
            "status": status_text(lang, m.working_status),
            "light": light_key(light),
            "overdue": light == Light::Red,
            "can_act": can_act,
            "errors": errors,
            "typed": typed,
        }));
    }
    // One progress form per project she reports on, including those with no open milestone.
    let mut reportable = Vec::new();
    for pr in work.reporting {
        let (errors, typed) = Refused::of(refused, &project_form(&pr.code));
        reportable.push(json!({
            "code": pr.code,
            "name": pr.name,
            "errors": errors,
            "typed": typed,
        }));
    }
    Ok((out, reportable))
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let Some(p) = principal(req) else {
        return error(req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(req);
    let notice = match super::asked(req, "notice").as_deref() {
        Some("done") => Some(i18n::text(lang, "ms_done_notice")),
        Some("requested") => Some(i18n::text(lang, "ms_requested_notice")),
        Some("progress") => Some(i18n::text(lang, "ms_progress_notice")),
        Some("investment") => Some(i18n::text(lang, "ms_investment_notice")),
        _ => None,
    };
    let st = state.clone();
    match state
        .db(move |c| rows(c, &st.ctx_for(&p), &st, lang, refused.as_ref()))
        .await
    {
        Ok((rows, reportable)) => page(
            req,
            status,
            "milestones.html",
            json!({"milestones": rows, "projects": reportable, "notice": notice,
                   "last_month": last_month(state.today())}),
        ),
        Err(e) => error(req, &e),
    }
}

/// My open milestones with their forms.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/my/milestones")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show(state, &req, StatusCode::OK, None).await
}

/// After the action: back to the list with a notice, or the list again with the refusal
/// beside the form it came from.
async fn answer(
    state: web::Data<AppState>,
    req: &HttpRequest,
    form: String,
    typed: BTreeMap<String, String>,
    outcome: AppResult<()>,
    notice: &str,
) -> HttpResponse {
    let to = format!("/my/milestones?notice={notice}");
    settle(req, outcome, to, "", |errors| {
        let refused = Refused::new(form, errors, typed);
        show(state, req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// Mark a milestone done.
#[utoipa::path(tag = "pages", responses((status = 303, description = "done"),
    (status = "4XX", description = "HTML page with the refusal")))]
#[post("/my/milestones/{id}/complete")]
async fn complete(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let id = id.into_inner();
    let mut f = FieldErrors::new();
    let date = date_field(&mut f, lang, &typed, "date");
    let evidence = typed.get("evidence").cloned().unwrap_or_default();
    let ctx = state.ctx_for(&p);
    let outcome = state
        .db(move |c| {
            // A date the form could not read is refused beside its field before the use
            // case, which decides access and every rule of the completion itself.
            if !f.is_empty() {
                ms::reportable(c, &ctx, id)?;
                f.into_result()?;
            }
            ms::complete(c, &ctx, id, CompleteInput { date, evidence }).map(|_| ())
        })
        .await;
    answer(state, &req, milestone_form(id), typed, outcome, "done").await
}

/// Request a new due date; the project's leader decides.
#[utoipa::path(tag = "pages", responses((status = 303, description = "requested"),
    (status = "4XX", description = "HTML page with the refusal")))]
#[post("/my/milestones/{id}/reschedule")]
async fn reschedule(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let id = id.into_inner();
    let mut f = FieldErrors::new();
    let new_due = date_field(&mut f, lang, &typed, "new_due");
    if new_due.is_none() && !f.0.contains_key("new_due") {
        f.add("new_due", i18n::text(lang, "ms_date_invalid"));
    }
    let reason = typed.get("reason").cloned().unwrap_or_default();
    let ctx = state.ctx_for(&p);
    let outcome = state
        .db(move |c| {
            let m = ms::reportable(c, &ctx, id)?;
            f.into_result()?;
            let input = RescheduleInput {
                new_due: new_due.unwrap_or(m.current_due),
                reason,
            };
            ms::reschedule(c, &ctx, id, input).map(|_| ())
        })
        .await;
    answer(state, &req, milestone_form(id), typed, outcome, "requested").await
}

/// The month a monthly report is usually about: the one before today's, as `YYYY-MM`.
fn last_month(today: NaiveDate) -> String {
    let first = today.with_day(1).unwrap_or(today);
    let prev = first.pred_opt().unwrap_or(first);
    format!("{:04}-{:02}", prev.year(), prev.month())
}

/// Post a progress update (进展情况, 存在问题) on one of my projects.
#[utoipa::path(tag = "pages", responses((status = 303, description = "recorded"),
    (status = "4XX", description = "HTML page with the refusal")))]
#[post("/my/projects/{code}/progress")]
async fn report_progress(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, typed, .. } = sent;
    let code = code.into_inner();
    let ctx = state.ctx_for(&p);
    let input = crate::store::progress::NewProgress {
        project_code: code.clone(),
        reported_on: None,
        progress: typed.get("progress").cloned().unwrap_or_default(),
        problems: typed
            .get("problems")
            .filter(|s| !s.trim().is_empty())
            .cloned(),
        next_steps: None,
    };
    let outcome = state
        .db(move |c| {
            projects::may_report(c, &ctx, &input.project_code)?;
            crate::store::progress::create(c, &ctx, input).map(|_| ())
        })
        .await;
    answer(state, &req, project_form(&code), typed, outcome, "progress").await
}

/// Report the investment completed in a month (万元 as typed) on one of my projects.
#[utoipa::path(tag = "pages", responses((status = 303, description = "recorded"),
    (status = "4XX", description = "HTML page with the refusal")))]
#[post("/my/projects/{code}/investment")]
async fn report_investment(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let code = code.into_inner();
    let mut f = FieldErrors::new();
    let month = typed
        .get("month")
        .and_then(|m| NaiveDate::parse_from_str(&format!("{}-01", m.trim()), "%Y-%m-%d").ok());
    if month.is_none() {
        f.add("month", i18n::text(lang, "ms_month_invalid"));
    }
    let completed = typed
        .get("completed")
        .and_then(|c| crate::domain::money::parse_wan(c));
    if completed.is_none() {
        f.add("completed", i18n::text(lang, "ms_amount_invalid"));
    }
    let ctx = state.ctx_for(&p);
    let project_code = code.clone();
    let outcome = state
        .db(move |c| {
            // Refused as not reported on before the form's own errors, as the API does.
            projects::may_report(c, &ctx, &project_code)?;
            f.into_result()?;
            let (Some(month), Some(completed)) = (month, completed) else {
                return Ok(());
            };
            let input = crate::store::investment::NewReport {
                project_code,
                year: month.year(),
                month: month.month() as i32,
                completed,
            };
            crate::store::investment::create_report(c, &ctx, input).map(|_| ())
        })
        .await;
    // The store names `year` for a month out of range: it belongs on the month field.
    let outcome = outcome.map_err(|e| match e {
        AppError::Validation(errors) => {
            let mut shown = FieldErrors::new();
            for (k, v) in errors.0 {
                shown.add(if k == "year" { "month".to_string() } else { k }, v);
            }
            AppError::Validation(shown)
        }
        other => other,
    });
    answer(
        state,
        &req,
        project_form(&code),
        typed,
        outcome,
        "investment",
    )
    .await
}
