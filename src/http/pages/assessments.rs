//! `/assessments`: the year-end reward assessment (年底重奖) as a page: the saved runs one may
//! read (drafts for the supervision office, leaders and unit heads; published ones for all),
//! the chosen run's tiers and rankings, and for every project, unit and leader the full
//! breakdown down to the milestone events behind each deduction. The supervision office
//! computes a draft and publishes it from here.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::Datelike;
use serde_json::{Value, json};

use super::form::{Refused as FormRefused, Sent, checked, settle, text};
use super::home::{error, page, principal};
use super::i18n;
use crate::http::AppState;
use std::sync::Arc;

use crate::domain::assessment::Assessment;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::store::assessments as store;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show)
        .service(compute)
        .service(publish)
        .service(file_appeal)
        .service(decide_appeal)
        .service(rate);
}

/// Projects per page of the ranking.
const PER_PAGE: usize = 100;

/// What was typed into the compute form and why it was refused, or the refusal of another
/// form of the page (`new:{deduction key}`, `decide:{appeal id}`, `rate:{unit id}`).
#[derive(Default)]
struct Refused {
    errors: FieldErrors,
    year: String,
    form: Option<FormRefused>,
}

impl Refused {
    /// Another form of the page refused.
    fn of_form(r: FormRefused) -> Self {
        Self {
            form: Some(r),
            ..Default::default()
        }
    }
}

/// The errors and typed values of one of the page's forms, empty unless it was refused.
fn form_refusal(
    r: Option<&Refused>,
    form: &str,
) -> (
    std::collections::BTreeMap<String, String>,
    std::collections::BTreeMap<String, String>,
) {
    FormRefused::of(r.and_then(|r| r.form.as_ref()), form)
}

async fn render(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let Some(p) = principal(req) else {
        return error(req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(req);
    let asked: Option<i64> = super::asked(req, "run").and_then(|r| r.parse().ok());
    let st = state.clone();
    let viewer = p.clone();
    let picked = super::asked(req, "project");
    type Got = (
        Vec<store::Run>,
        Option<(store::Run, Option<Arc<Assessment>>)>,
        Vec<&'static str>,
        Vec<store::RatingLine>,
    );
    // The rating sheet of the year the office is about to compute (or the run shown).
    let sheet_year: i32 = super::asked(req, "year")
        .and_then(|y| y.parse().ok())
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| state.today().year());
    let got: AppResult<Got> = state
        .db(move |c| {
            let ctx = st.ctx_for(&viewer);
            let runs = store::list(
                c,
                &ctx,
                &store::RunFilter {
                    limit: Some(100),
                    ..Default::default()
                },
            )?
            .items;
            let chosen = match asked.or_else(|| runs.first().map(|r| r.id)) {
                // The list holds only the runs this viewer may see: a draft asked for by
                // someone who may not is the 404 of a run that does not exist.
                Some(id) => {
                    let head = store::get_head(c, &ctx, id)?;
                    let result = st.results.result(c, &head)?;
                    Some((head, Some(result)))
                }
                None => None,
            };
            // Who may appeal the picked project's deductions, as which party.
            let parties = match (&chosen, &picked) {
                (Some((run, _)), Some(code)) => store::appeal_parties(c, &ctx, run.id, code)?,
                _ => vec![],
            };
            let sheet = if viewer.reads_everything() {
                store::rating_sheet(c, &ctx, sheet_year)?
            } else {
                vec![]
            };
            Ok((runs, chosen, parties, sheet))
        })
        .await;
    let (runs, chosen, parties, sheet) = match got {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let status_text = |s: &str| i18n::text(lang, &format!("as_status_{s}"));
    let list: Vec<Value> = runs
        .iter()
        .map(|r| {
            json!({"id": r.id, "year": r.year, "as_of": i18n::date(lang, r.as_of),
                   "status": r.status, "status_text": status_text(&r.status),
                   "current": chosen.as_ref().is_some_and(|(c, _)| c.id == r.id)})
        })
        .collect();
    // Thousands of projects: the ranking is paged, and one breakdown is shown at a time
    // (the project, unit or leader asked for), each row linking to its own.
    let page_no = super::asked_page(req);
    let pick_project = super::asked(req, "project");
    let pick_unit = super::asked(req, "unit").and_then(|u| u.parse::<i64>().ok());
    let pick_leader = super::asked(req, "leader").and_then(|l| l.parse::<i64>().ok());
    let refused = refused.as_ref();
    // In the page's language: the English of every explanation on an English page.
    let read_in = crate::domain::lang::Lang::of(lang);
    let run = chosen.as_ref().map(|(r, result)| {
        let localized = result.as_deref().map(|a| a.in_lang(read_in));
        let result = localized.as_ref();
        let projects = result.map(|a| a.projects.as_slice()).unwrap_or_default();
        let pages = projects.len().div_ceil(PER_PAGE).max(1);
        let ranking: Vec<Value> = projects
            .iter()
            .skip((page_no - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|p| {
                json!({"rank": p.rank, "code": p.code, "name": p.name, "score": p.score,
                       "tier": p.tier, "components": p.components_total,
                       "deductions": p.deductions_total, "bonus": p.bonus_total})
            })
            .collect();
        let group_rows = |g: &[crate::domain::assessment::GroupScore]| -> Vec<Value> {
            g.iter()
                .map(|u| json!({"rank": u.rank, "id": u.id, "name": u.name, "score": u.score, "tier": u.tier,
                                "projects": u.projects.len()}))
                .collect()
        };
        let project = pick_project
            .as_deref()
            .and_then(|code| projects.iter().find(|p| p.code == code));
        let unit = pick_unit.and_then(|id| result.and_then(|a| a.units.iter().find(|u| u.id == id)));
        let leader =
            pick_leader.and_then(|id| result.and_then(|a| a.leaders.iter().find(|u| u.id == id)));
        let appeals = r.appeals.as_deref().unwrap_or_default();
        let decides = p.reads_everything() && r.status == store::DRAFT;
        let appeal_rows: Vec<Value> = appeals
            .iter()
            .map(|a| {
                let label = projects
                    .iter()
                    .find(|x| x.code == a.project_code)
                    .and_then(|x| x.deductions.iter().find(|d| d.key == a.deduction_key))
                    .map(|d| {
                        format!(
                            "{}：{}",
                            i18n::text(lang, &format!("as_kind_{}", d.kind)),
                            d.milestone
                        )
                    })
                    .unwrap_or_else(|| a.deduction_key.clone());
                let form = format!("decide:{}", a.id);
                let (errors, typed) = form_refusal(refused, &form);
                json!({"id": a.id, "project": a.project_code, "deduction": label,
                       "party": i18n::text(lang, &format!("as_party_{}", a.party)),
                       "reason": a.reason, "filed_by": a.filed_by,
                       "filed_at": i18n::date(lang, a.filed_at.with_timezone(&state.tz).date_naive()),
                       "status": a.status,
                       "status_text": i18n::text(lang, &format!("as_appeal_{}", a.status)),
                       "decision_reason": a.decision_reason,
                       "decide": decides && a.status == store::APPEAL_PENDING,
                       "errors": errors, "typed": typed})
            })
            .collect();
        // The picked project's deductions not yet appealed, with the parties the viewer
        // may appeal as.
        let appealable: Vec<Value> = project
            .map(|pr| {
                pr.deductions
                    .iter()
                    .filter(|d| !d.waived)
                    .filter(|d| {
                        !appeals
                            .iter()
                            .any(|a| a.project_code == pr.code && a.deduction_key == d.key)
                    })
                    .map(|d| {
                        let (errors, typed) =
                            form_refusal(refused, &format!("new:{}", d.key));
                        json!({"key": d.key, "errors": errors, "typed": typed})
                    })
                    .collect()
            })
            .filter(|_| !parties.is_empty())
            .unwrap_or_default();
        json!({
            "appeals": appeal_rows,
            "appealable": appealable,
            "parties": parties.iter().map(|p| json!({"key": p, "label": i18n::text(lang, &format!("as_party_{p}"))})).collect::<Vec<_>>(),
            "id": r.id, "year": r.year, "as_of": i18n::date(lang, r.as_of),
            "status": r.status, "status_text": status_text(&r.status),
            "model": result.map_or(r.model_name.clone(), |a| a.model_name.clone()), "created_by": r.created_by,
            "appeals_pending": r.appeals.as_ref().map_or(0, |a| a.iter().filter(|a| a.status == store::APPEAL_PENDING).count()),
            "max_score": result.map(|a| a.max_score),
            "tie_break": result.map(|a| a.tie_break.clone()),
            "tiers": result.map(|a| a.tiers.clone()).unwrap_or_default(),
            "projects": ranking,
            "project_count": projects.len(),
            "page": page_no, "pages": pages,
            "units": result.map(|a| group_rows(&a.units)).unwrap_or_default(),
            "leaders": result.map(|a| group_rows(&a.leaders)).unwrap_or_default(),
            "project": project,
            "group": unit.or(leader),
            "group_kind": if unit.is_some() { "unit" } else { "leader" },
        })
    });
    let notice = super::asked(req, "notice").map(|n| {
        let key = match n.as_str() {
            "published" => "as_notice_published",
            "rated" => "as_notice_rated",
            "appealed" => "as_notice_appealed",
            "decided" => "as_notice_decided",
            _ => "as_notice_computed",
        };
        i18n::text(lang, key)
    });
    let sheet_rows: Vec<Value> = sheet
        .iter()
        .map(|l| {
            let form = format!("rate:{}", l.unit_id);
            let (errors, typed) = form_refusal(refused, &form);
            json!({"unit_id": l.unit_id, "unit": l.unit,
                   "rating": l.rating.as_ref().map(|r| r.rating),
                   "note": l.rating.as_ref().and_then(|r| r.note.clone()),
                   "rated_by": l.rating.as_ref().map(|r| r.rated_by.clone()),
                   "errors": errors, "typed": typed})
        })
        .collect();
    let unrated: Vec<&str> = sheet
        .iter()
        .filter(|l| l.rating.is_none())
        .map(|l| l.unit.as_str())
        .collect();
    let ctx = json!({
        "sheet": sheet_rows,
        "sheet_year": sheet_year,
        "unrated": unrated,
        "runs": list,
        "run": run,
        "may_compute": p.reads_everything(),
        "errors": refused.map(|r| r.errors.0.clone()).unwrap_or_default(),
        "typed_year": refused.map(|r| r.year.clone()).filter(|y| !y.is_empty()).unwrap_or_else(|| state.today().year().to_string()),
        "notice": notice,
        // The notice stands in the section the page lands on after the form.
        "notice_at": match super::asked(req, "notice").as_deref() {
            Some("appealed" | "decided") => "appeals",
            Some("rated") => "ratings",
            _ => "top",
        },
    });
    page(req, status, "assessments.html", ctx)
}

/// The runs one may read, and the chosen one (`?run=ID`, default the newest) in full.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/assessments")]
async fn show(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    render(state, &req, StatusCode::OK, None).await
}

/// Computes the year's assessment and saves it as a draft.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the new draft"),
    (status = 422, description = "HTML page with the error beside the field")))]
#[post("/assessments")]
async fn compute(state: web::Data<AppState>, req: HttpRequest, body: String) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let lang = super::req_lang(&req);
    let typed = form_urlencoded::parse(body.as_bytes())
        .find(|(k, _)| k == "year")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let Ok(year) = typed.parse::<i32>() else {
        let mut errors = FieldErrors::default();
        errors.add("year", i18n::text(lang, "as_year_invalid"));
        let refused = Refused {
            errors,
            year: typed,
            form: None,
        };
        return render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused)).await;
    };
    let (ctx, tz) = (state.ctx_for(&p), state.tz);
    let made = state
        .db(move |c| {
            store::create(
                c,
                &ctx,
                tz,
                store::NewRun {
                    year,
                    ..Default::default()
                },
            )
        })
        .await;
    match made {
        Ok(run) => HttpResponse::SeeOther()
            .insert_header((
                LOCATION,
                format!("/assessments?run={}&notice=computed", run.id),
            ))
            .finish(),
        Err(AppError::Validation(found)) => {
            // The store words its refusals for the API; the page says it in the reader's
            // language, beside the one field the form has.
            let mut errors = FieldErrors::default();
            let key = if found.0.contains_key("year") {
                "as_year_invalid"
            } else {
                "as_year_not_started"
            };
            errors.add("year", i18n::text(lang, key));
            let refused = Refused {
                errors,
                year: typed,
                form: None,
            };
            render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused)).await
        }
        Err(e) => error(&req, &e),
    }
}

/// Publishes a draft (every appeal decided first); from then on it never changes.
#[utoipa::path(tag = "pages", responses((status = 303, description = "to the published run"),
    (status = "4XX", description = "HTML page")))]
#[post("/assessments/{id}/publish")]
async fn publish(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    body: String,
) -> HttpResponse {
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    // Final: the form asks for a confirmation, and so does the server.
    if let Err(e) = super::form::confirmed(&req, &body) {
        return error(&req, &e);
    }
    let ctx = state.ctx_for(&p);
    let id = id.into_inner();
    match state.db(move |c| store::publish(c, &ctx, id)).await {
        Ok(run) => HttpResponse::SeeOther()
            .insert_header((
                LOCATION,
                format!("/assessments?run={}&notice=published", run.id),
            ))
            .finish(),
        Err(e) => error(&req, &e),
    }
}

/// A project's leader or unit head (or an admin) appeals a deduction of a draft run.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the project's breakdown"),
    (status = "4XX", description = "HTML page with the refusal beside the form")))]
#[post("/assessments/{id}/appeals")]
async fn file_appeal(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, typed, .. } = sent;
    let run = id.into_inner();
    let get = |k: &str| text(&typed, k).unwrap_or_default();
    let input = store::NewAppeal {
        project: get("project"),
        deduction: get("deduction"),
        party: get("party"),
        reason: get("reason"),
    };
    let (code, form) = (input.project.clone(), format!("new:{}", input.deduction));
    let ctx = state.ctx_for(&p);
    let done = state
        .db(move |c| store::file_appeal(c, &ctx, run, input))
        .await;
    let to = format!(
        "/assessments?run={run}&project={}&notice=appealed#appeals",
        form_urlencoded::byte_serialize(code.as_bytes()).collect::<String>()
    );
    settle(&req, done, to, "deduction", |f| {
        let refused = Refused::of_form(FormRefused::new(form, f, typed));
        render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// The supervision office accepts an appeal (its deduction is waived and the draft
/// recomputed) or rejects it, with a reason either way.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the appeals"),
    (status = "4XX", description = "HTML page with the refusal beside the form")))]
#[post("/assessments/{id}/appeals/{appeal}/decide")]
async fn decide_appeal(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(i64, i64)>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, typed, .. } = sent;
    let (run, appeal) = path.into_inner();
    let input = store::Decision {
        accept: typed.get("decision").map(String::as_str) == Some("accept"),
        reason: text(&typed, "reason").unwrap_or_default(),
    };
    let (ctx, tz) = (state.ctx_for(&p), state.tz);
    let done = state
        .db(move |c| store::decide(c, &ctx, tz, run, appeal, input))
        .await;
    let to = format!("/assessments?run={run}&notice=decided#appeals");
    settle(&req, done, to, "", |f| {
        let refused = Refused::of_form(FormRefused::new(format!("decide:{appeal}"), f, typed));
        render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// The supervision office rates a unit's service for a year (服务质量评议, 0–100).
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the rating sheet"),
    (status = "4XX", description = "HTML page with the refusal beside the form")))]
#[post("/assessments/ratings")]
async fn rate(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let num = |k: &str| text(&typed, k).and_then(|v| v.parse::<i64>().ok());
    let unit = num("unit_id").unwrap_or(0);
    let year = num("year").and_then(|y| i32::try_from(y).ok()).unwrap_or(0);
    let form = format!("rate:{unit}");
    let mut f = FieldErrors::new();
    let rating = num("rating").and_then(|r| i32::try_from(r).ok());
    if rating.is_none() {
        f.add("rating", i18n::text(lang, "as_rating_invalid"));
    }
    let input = rating.map(|rating| store::RatingInput {
        unit_id: unit,
        year,
        rating,
        note: text(&typed, "note"),
    });
    let ctx = state.ctx_for(&p);
    let done = match checked(f, input) {
        Ok(Some(input)) => state.db(move |c| store::set_rating(c, &ctx, input)).await,
        Ok(None) => Err(AppError::field(
            "rating",
            i18n::text(lang, "as_rating_invalid"),
        )),
        Err(e) => Err(e),
    };
    let to = format!("/assessments?year={year}&notice=rated#ratings");
    settle(&req, done, to, "", |f| {
        let refused = Refused::of_form(FormRefused::new(form, f, typed));
        render(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}
