//! `/projects/{code}`: one project as of a date: who answers for it and who did before, the
//! milestone timeline (baseline, current, done), stage history, the year's investment by
//! month, the ledger of progress reports, reschedule requests, and for the supervision
//! office the reminders sent about it and its audit trail.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value, json};

use super::charts::{self, Span};
use super::form::{Refused, Sent, checked, see_other, settle, text};
use super::home::{error, light_key, page, principal, stage_label, status_text};
use super::i18n;
use crate::domain::money::format_yuan_in;
use crate::domain::rules::{self, Status};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::http::AppState;
use crate::store::milestones::{self as ms, RescheduleFilter};
use crate::store::{Ctx, audit, investment, people, progress, projects, units};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(project)
        .service(decide)
        .service(withdraw)
        .service(comment)
        .service(raise_problem)
        .service(resolve_problem)
        .service(close_problem)
        .service(send_back_problem);
}

#[derive(Debug, Default, serde::Deserialize)]
struct AsOfQuery {
    as_of: Option<NaiveDate>,
}

/// Everything the page shows, read in one go.
struct Gathered {
    detail: projects::ProjectDetail,
    holders: Vec<Value>,
    progress: Vec<crate::db::models::ProgressUpdate>,
    requests: Vec<ms::RescheduleRequest>,
    monthly: Vec<(u32, i64)>,
    reminders: Option<Vec<crate::db::models::OutboxRow>>,
    audit: Option<Vec<crate::db::models::AuditEntry>>,
    /// The viewer may approve or reject this project's reschedule requests today.
    decides: bool,
    /// 批示, oldest first, and whether the viewer may write one.
    comments: Vec<crate::db::models::Comment>,
    /// The last comment the viewer had read before this page.
    read_up_to: i64,
    may_comment: bool,
    /// Problems raised on the project (快速反应), newest first, with the acting unit's
    /// name; whether the viewer may raise one, and the units to choose from.
    /// Each with whether the viewer may resolve it (销号 asked, by the acting unit).
    problems: Vec<(crate::db::models::Problem, String, bool)>,
    /// The viewer confirms resolutions or sends them back (the office).
    confirms: bool,
    may_raise: bool,
    units: Vec<(i64, String)>,
}

fn gather(
    c: &mut crate::db::DbConn,
    st: &AppState,
    ctx: &Ctx,
    code: &str,
    as_of: NaiveDate,
    lang: &str,
) -> AppResult<Gathered> {
    // The use case decides who may see the project as of that day; the rest is read for
    // the page it allowed.
    let detail = projects::detail(c, ctx, code, as_of, &st.scheduling.rules)?;
    let pid = detail.project.id;
    let mut names: HashMap<i64, String> = HashMap::new();
    let mut holders = Vec::new();
    for a in detail.assignments.iter().rev() {
        let mut name = |c: &mut crate::db::DbConn, id: i64| -> AppResult<String> {
            if let Some(n) = names.get(&id) {
                return Ok(n.clone());
            }
            let n = people::get(c, id)?.name;
            names.insert(id, n.clone());
            Ok(n)
        };
        holders.push(json!({
            "leader": name(c, a.leader_id)?,
            "person": name(c, a.person_id)?,
            "unit": units::get(c, a.unit_id)?.name,
            "from": i18n::date(lang, a.start_on),
            "to": a.end_on.map(|d| i18n::date(lang, d)),
        }));
    }
    let progress = progress::list(
        c,
        ctx,
        &progress::ProgressFilter {
            project: Some(code.to_string()),
            limit: Some(100),
            ..Default::default()
        },
    )?
    .items;
    let requests = ms::list_requests(
        c,
        ctx,
        &RescheduleFilter {
            project: Some(code.to_string()),
            limit: Some(100),
            ..Default::default()
        },
    )?
    .items;
    let monthly = investment::list_reports(
        c,
        ctx,
        &investment::InvestmentFilter {
            project: Some(code.to_string()),
            year: Some(as_of.year()),
            limit: Some(100),
            ..Default::default()
        },
    )?
    .items
    .into_iter()
    .filter(|r| NaiveDate::from_ymd_opt(r.year, r.month as u32, 1).is_some_and(|d| d <= as_of))
    .map(|r| (r.month as u32, r.completed))
    .collect();
    let (reminders, audit) = match audit::office_records(c, ctx, pid)? {
        Some((reminders, trail)) => (Some(reminders), Some(trail)),
        None => (None, None),
    };
    let decides = projects::decides(c, ctx, pid)?;
    let comments = crate::store::comments::of_project(c, pid)?;
    // Marks what the viewer had not read, then counts the thread as read: the page shows it.
    let read_up_to = crate::store::comments::last_read(c, ctx, pid)?;
    if let Some(last) = comments.last() {
        crate::store::comments::mark_read(c, ctx, pid, last.id)?;
    }
    let may_comment = crate::store::comments::may_write(c, ctx, pid)?;
    let mut problems = Vec::new();
    for pb in crate::store::problems::list(
        c,
        ctx,
        &crate::store::problems::ProblemFilter {
            project: Some(code.to_string()),
            limit: Some(100),
            ..Default::default()
        },
    )?
    .items
    {
        let unit = units::get(c, pb.acting_unit_id)?.name;
        let resolves = pb.closed_on.is_none()
            && pb.resolved_on.is_none()
            && crate::store::problems::may_resolve(c, ctx, &pb)?;
        problems.push((pb, unit, resolves));
    }
    let confirms = crate::store::problems::may_confirm(ctx);
    let may_raise = crate::store::problems::may_raise(c, ctx, code)?;
    let units = if may_raise {
        units::list(
            c,
            &units::UnitFilter {
                limit: Some(crate::store::MAX_LIMIT),
                ..Default::default()
            },
        )?
        .items
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect()
    } else {
        vec![]
    };
    Ok(Gathered {
        problems,
        confirms,
        may_raise,
        units,
        comments,
        read_up_to,
        may_comment,
        decides,
        detail,
        holders,
        progress,
        requests,
        monthly,
        reminders,
        audit,
    })
}

/// The top-level fields a change touched, for a one-line summary of an audit entry.
fn changed_fields(before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let parse = |s: Option<&str>| -> Map<String, Value> {
        s.and_then(|s| serde_json::from_str::<Value>(s).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
    };
    let (b, a) = (parse(before), parse(after));
    if b.is_empty() || a.is_empty() {
        return Vec::new();
    }
    let mut keys: Vec<String> = a
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(*v) && !k.ends_with("_at"))
        .map(|(k, _)| k.clone())
        .collect();
    keys.sort();
    keys
}

/// A project as of a date (`?as_of=`, default today).
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/projects/{code}")]
async fn project(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
) -> HttpResponse {
    show(state, &req, code.into_inner(), StatusCode::OK, None).await
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    code: String,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let req = req.clone();
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let q: AsOfQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let lang = super::req_lang(&req);
    let as_of = q.as_of.unwrap_or_else(|| state.today());
    let st = state.clone();
    let got = state
        .db(move |c| gather(c, &st, &st.ctx_for(&p), &code, as_of, lang))
        .await;
    let g = match got {
        Ok(g) => g,
        Err(e) => return error(&req, &e),
    };
    let d = &g.detail;
    let mut spans = Vec::new();
    let milestones: Vec<Value> = d
        .milestones
        .iter()
        .map(|m| {
            let done = m.milestone.completed_on.filter(|c| *c <= as_of);
            let light = light_key(rules::light([m.working_status]));
            spans.push(Span {
                title: m.milestone.title.clone(),
                baseline: m.milestone.baseline_due,
                current: m.milestone.current_due,
                done,
                light,
            });
            json!({
                "light": light,
                "title": m.milestone.title,
                "due": i18n::date(lang, m.milestone.current_due),
                "baseline": i18n::date(lang, m.milestone.baseline_due),
                "moved": m.milestone.baseline_due != m.milestone.current_due,
                "done": done.map(|c| i18n::date(lang, c)).unwrap_or_default(),
                "evidence": m.milestone.evidence.clone().filter(|_| done.is_some()),
                "status": status_text(lang, m.working_status),
                "overdue": matches!(m.working_status, Status::Overdue { .. }),
                "adjusted": m.adjusted,
                "moved_late": m.moved_while_overdue.iter().map(|x| {
                    i18n::text(lang, "moved_while_overdue")
                        .replace("{n}", &x.working_days_overdue.to_string())
                        .replace("{from}", &i18n::date(lang, x.due))
                        .replace("{on}", &i18n::date(lang, x.moved_on))
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let stages: Vec<Value> = d
        .stages
        .iter()
        .filter(|s| s.effective_on <= as_of)
        .map(|s| {
            json!({"stage": stage_label(lang, &s.stage), "on": i18n::date(lang, s.effective_on),
                   "note": s.note, "by": s.recorded_by})
        })
        .collect();
    let progress: Vec<Value> = g
        .progress
        .iter()
        .filter(|u| u.reported_on <= as_of)
        .map(|u| {
            json!({"on": i18n::date(lang, u.reported_on), "progress": u.progress,
                   "problems": u.problems, "next_steps": u.next_steps, "author": u.author})
        })
        .collect();
    let requests: Vec<Value> = g
        .requests
        .iter()
        .filter(|r| {
            r.request
                .requested_at
                .and_utc()
                .with_timezone(&state.tz)
                .date_naive()
                <= as_of
        })
        .map(|r| {
            json!({"milestone": r.milestone_title,
                   "from": i18n::date(lang, r.request.old_due),
                   "to": i18n::date(lang, r.request.new_due),
                   "reason": r.request.reason,
                   "by": r.request.requested_by,
                   "status": i18n::text(lang, &format!("req_{}", r.request.status)),
                   "status_key": r.request.status,
                   "id": r.request.id,
                   "decide": g.decides && r.request.status == ms::PENDING,
                   "withdraw": r.request.status == ms::PENDING
                       && principal(&req).is_some_and(|p| crate::domain::access::may_withdraw(&p, &r.request.requested_by)),
                   "note": r.request.decision_note,
                   "errors": Refused::of(refused.as_ref(), &r.request.id.to_string()).0,
                   "typed": Refused::of(refused.as_ref(), &r.request.id.to_string()).1})
        })
        .collect();
    // 批示, newest first; as of a day, those written by its end; unread ones marked.
    let viewer_id = principal(&req).map(|p| p.user_id);
    let comments: Vec<Value> = g
        .comments
        .iter()
        .rev()
        .filter(|c| c.created_at.and_utc().with_timezone(&state.tz).date_naive() <= as_of)
        .map(|c| {
            let unread = c.id > g.read_up_to && Some(c.author_user_id) != viewer_id;
            json!({"author": c.author_name, "body": c.body, "unread": unread,
                   "at": c.created_at.and_utc().with_timezone(&state.tz).format("%Y-%m-%d %H:%M").to_string()})
        })
        .collect();
    let (comment_errors, comment_typed) = Refused::of(refused.as_ref(), "comment");
    let (problem_errors, problem_typed) = Refused::of(refused.as_ref(), "problem");
    let problems: Vec<Value> = g
        .problems
        .iter()
        .filter(|(pb, _, _)| pb.raised_on <= as_of)
        .map(|(pb, unit, resolves)| {
            let closed = pb.closed_on.filter(|d| *d <= as_of);
            let resolved = pb.resolved_on.filter(|d| *d <= as_of && closed.is_none());
            let key = format!("problem-{}", pb.id);
            let today = as_of == state.today();
            json!({"id": pb.id, "description": pb.description, "unit": unit,
                   "due": i18n::date(lang, pb.due), "raised_by": pb.raised_by,
                   "raised_on": i18n::date(lang, pb.raised_on),
                   "closed": closed.map(|d| i18n::date(lang, d)),
                   "resolved": resolved.map(|d| i18n::date(lang, d)),
                   "resolved_by": pb.resolved_by,
                   "resolution": pb.resolution.clone().filter(|_| closed.is_some() || resolved.is_some()),
                   "returned": pb.returned_note.clone().filter(|_| closed.is_none() && resolved.is_none()),
                   "resolve": today && *resolves,
                   "confirm": today && g.confirms && resolved.is_some(),
                   "close": today && g.confirms && closed.is_none() && resolved.is_none(),
                   "overdue": closed.is_none() && resolved.is_none() && pb.due < as_of,
                   "errors": Refused::of(refused.as_ref(), &key).0,
                   "typed": Refused::of(refused.as_ref(), &key).1})
        })
        .collect();
    let unit_choices: Vec<Value> = g
        .units
        .iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    let reminders = g.reminders.as_ref().map(|rows| {
        rows.iter()
            .map(|o| {
                json!({"day": i18n::date(lang, o.day), "to": o.recipient_name,
                       "subject": o.subject, "status": o.status})
            })
            .collect::<Vec<_>>()
    });
    let audit = g.audit.as_ref().map(|rows| {
        rows.iter()
            .map(|a| {
                json!({"at": a.at.and_utc().with_timezone(&state.tz).format("%Y-%m-%d %H:%M").to_string(),
                       "actor": a.actor,
                       "entity": i18n::text(lang, &format!("audit_e_{}", a.entity)),
                       "action": i18n::text(lang, &format!("audit_a_{}", a.action.replace('+', "_"))),
                       "fields": changed_fields(a.before_json.as_deref(), a.after_json.as_deref()).join(", ")})
            })
            .collect::<Vec<_>>()
    });
    let r = d.responsibility.as_ref();
    let light = light_key(d.light);
    let ctx = json!({
        "as_of": as_of.to_string(),
        "as_of_text": i18n::date(lang, as_of),
        "p": {
            "code": d.project.code,
            "name": d.project.name,
            "light": light,
            "light_label": i18n::text(lang, &format!("light_{light}")),
            "adjusted": d.adjusted,
            "reasons": d.reasons.iter().map(|r| json!({
                "light": light_key(r.light),
                "text": r.describe(crate::domain::lang::Lang::of(lang)),
            })).collect::<Vec<_>>(),
            "stage": stage_label(lang, &d.project.stage),
            "leader": r.map(|r| r.leader.name.clone()),
            "unit": r.map(|r| r.unit.name.clone()),
            "person": r.map(|r| r.person.name.clone()),
            "planned": d.investment.planned.map(|v| format_yuan_in(crate::domain::lang::Lang::of(lang), v)).unwrap_or_else(|| i18n::text(lang, "project_none")),
            "completed": format_yuan_in(crate::domain::lang::Lang::of(lang), d.investment.completed),
            "invest_percent": d.investment.percent_of_plan,
            "milestones": milestones,
        },
        "holders": g.holders,
        "stages": stages,
        "progress": progress,
        "requests": requests,
        "comments": comments,
        "may_comment": g.may_comment,
        "problems": problems,
        "may_raise": g.may_raise,
        "unit_choices": unit_choices,
        "problem_errors": problem_errors,
        "problem_typed": problem_typed,
        "comment_errors": comment_errors,
        "comment_typed": comment_typed,
        "reminders": reminders,
        "audit": audit,
        "gantt": charts::gantt(lang, &spans, as_of),
        "invest": charts::investment(lang, d.investment.planned, &g.monthly),
        "year": as_of.year(),
        // The notice stands where the page lands after the form: beside what was done.
        "notice_at": super::asked(&req, "notice").map(|n| match n.as_str() {
            "decided" | "withdrawn" => "requests",
            "commented" => "comments",
            _ => "problems",
        }),
        "notice": super::asked(&req, "notice").and_then(|n| match n.as_str() {
            "decided" => Some(i18n::text(lang, "req_decided")),
            "withdrawn" => Some(i18n::text(lang, "req_withdrawn_notice")),
            "commented" => Some(i18n::text(lang, "comment_saved")),
            "raised" => Some(i18n::text(lang, "problem_raised")),
            "resolved" => Some(i18n::text(lang, "problem_resolved_notice")),
            "closed" => Some(i18n::text(lang, "problem_closed_notice")),
            "sent_back" => Some(i18n::text(lang, "problem_sent_back_notice")),
            _ => None,
        }),
    });
    page(&req, status, "project.html", ctx)
}

/// The project's leader (or an admin) approves or rejects a reschedule request; a
/// rejection needs its reason.
#[utoipa::path(tag = "pages", responses((status = 303, description = "decided"),
    (status = "4XX", description = "HTML page with the refusal beside the request")))]
#[post("/reschedules/{id}/decide")]
async fn decide(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let id = id.into_inner();
    let approve = typed.get("decision").map(String::as_str) == Some("approve");
    let note = text(&typed, "note");
    let mut f = FieldErrors::new();
    if !approve && note.is_none() {
        f.add("note", i18n::text(lang, "req_reason_needed"));
    }
    let ctx = state.ctx_for(&p);
    let found = {
        let ctx = ctx.clone();
        state.db(move |c| ms::decidable(c, &ctx, id)).await
    };
    let code = match found {
        Ok(code) => code,
        Err(e) => return error(&req, &e),
    };
    let outcome = match checked(f, ms::Decision { approve, note }) {
        Ok(d) => state.db(move |c| ms::decide(c, &ctx, id, d)).await,
        Err(e) => Err(e),
    };
    let to = format!("/projects/{code}?notice=decided#requests");
    settle(&req, outcome, to, "note", |f| {
        let refused = Refused::new(id.to_string(), f, typed);
        show(
            state,
            &req,
            code,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(refused),
        )
    })
    .await
}

/// The project's leader or the supervision office writes a 批示 on the project.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the comments"),
    (status = "4XX", description = "HTML page with the refusal beside the form")))]
#[post("/projects/{code}/comments")]
async fn comment(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    sent: Sent,
) -> HttpResponse {
    // The use case decides first who may write, then what was written.
    let Sent { p, typed, .. } = sent;
    let code = code.into_inner();
    let input = crate::store::comments::NewComment {
        body: text(&typed, "body").unwrap_or_default(),
    };
    let ctx = state.ctx_for(&p);
    let at = code.clone();
    let base = state.scheduling.base_url.clone();
    let outcome = state
        .db(move |c| {
            let notices = crate::mail::compose::Notices { base_url: &base };
            crate::store::comments::create(c, &ctx, &at, input, &notices)
        })
        .await;
    if outcome.is_ok() {
        state.scheduling.wake.notify_one();
    }
    let to = format!("/projects/{code}?notice=commented#comments");
    settle(&req, outcome, to, "body", |f| {
        refused_again(state, &req, code, "comment".into(), f, typed)
    })
    .await
}

/// A problem raised from the project page (快速反应): the leader and the acting unit's head
/// are told at once, as through the API.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the problems"),
    (status = "4XX", description = "HTML page with the refusal beside the form")))]
#[post("/projects/{code}/problems")]
async fn raise_problem(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let code = code.into_inner();
    let ctx = state.ctx_for(&p);
    // Who may raise one is decided first; then the form's own fields.
    let decided = {
        let (ctx, code) = (ctx.clone(), code.clone());
        state
            .db(move |c| crate::store::problems::raisable(c, &ctx, &code))
            .await
    };
    if let Err(e) = decided {
        return error(&req, &e);
    }
    let mut f = FieldErrors::new();
    let due = super::form::date_field(&mut f, lang, &typed, "due");
    if due.is_none() && !f.0.contains_key("due") {
        f.add("due", i18n::text(lang, "ms_date_invalid"));
    }
    let unit = super::form::id_field(&mut f, lang, &typed, "acting_unit_id");
    if unit.is_none() && !f.0.contains_key("acting_unit_id") {
        f.add("acting_unit_id", i18n::text(lang, "problem_unit_needed"));
    }
    let input = match (due, unit) {
        (Some(due), Some(acting_unit_id)) if f.0.is_empty() => {
            Ok(crate::store::problems::NewProblem {
                description: text(&typed, "description").unwrap_or_default(),
                acting_unit_id,
                due,
            })
        }
        _ => Err(AppError::Validation(f)),
    };
    let base = state.scheduling.base_url.clone();
    let at = code.clone();
    let outcome = match input {
        Ok(input) => {
            let done = state
                .db(move |c| {
                    let notices = crate::mail::compose::Notices { base_url: &base };
                    crate::store::problems::raise(c, &ctx, &at, input, &notices)
                })
                .await;
            if done.is_ok() {
                state.scheduling.wake.notify_one();
            }
            done
        }
        Err(e) => Err(e),
    };
    let to = format!("/projects/{code}?notice=raised#problems");
    settle(&req, outcome, to, "description", |f| {
        refused_again(state, &req, code, "problem".into(), f, typed)
    })
    .await
}

/// What the office or the acting unit does to a problem from its project page.
enum ProblemStep {
    Resolve,
    Close,
    SendBack,
}

/// One step of a problem (销号): the use case decides who may take it; a refusal of the
/// text comes back beside the problem's form.
async fn problem_step(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: i64,
    sent: Sent,
    step: ProblemStep,
) -> HttpResponse {
    use crate::store::problems;
    let Sent { p, typed, .. } = sent;
    let ctx = state.ctx_for(&p);
    // The problem's project, for whoever may see the problem at all (404 otherwise).
    let found = {
        let ctx = ctx.clone();
        state
            .db(move |c| {
                let pb = problems::read(c, &ctx, id)?;
                Ok(projects::get(c, pb.project_id)?.code)
            })
            .await
    };
    let code = match found {
        Ok(code) => code,
        Err(e) => return error(&req, &e),
    };
    let resolution = text(&typed, "resolution");
    let note = text(&typed, "note").unwrap_or_default();
    let notice = match step {
        ProblemStep::Resolve => "resolved",
        ProblemStep::Close => "closed",
        ProblemStep::SendBack => "sent_back",
    };
    let outcome = state
        .db(move |c| match step {
            ProblemStep::Resolve => {
                problems::resolve(c, &ctx, id, problems::CloseProblem { resolution })
            }
            ProblemStep::Close => {
                problems::close(c, &ctx, id, problems::CloseProblem { resolution })
            }
            ProblemStep::SendBack => problems::send_back(c, &ctx, id, problems::SendBack { note }),
        })
        .await;
    let to = format!("/projects/{code}?notice={notice}#problems");
    // A clash (closed meanwhile, already resolved) has no field to stand beside: its page
    // says so; a refused text comes back beside its field.
    settle(&req, outcome, to, "", |f| {
        refused_again(state, &req, code, format!("problem-{id}"), f, typed)
    })
    .await
}

/// The acting unit resolves its problem (销号 asked) with how it was resolved.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the problem"),
    (status = "4XX", description = "HTML page with the refusal beside the problem")))]
#[post("/problems/{id}/resolve")]
async fn resolve_problem(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    problem_step(state, req, id.into_inner(), sent, ProblemStep::Resolve).await
}

/// The office confirms a resolution (or closes a problem with one of its own).
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the problem"),
    (status = "4XX", description = "HTML page with the refusal beside the problem")))]
#[post("/problems/{id}/close")]
async fn close_problem(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    problem_step(state, req, id.into_inner(), sent, ProblemStep::Close).await
}

/// The office sends a resolution back with a note; the problem is open again.
#[utoipa::path(tag = "pages", responses((status = 303, description = "back to the problem"),
    (status = "4XX", description = "HTML page with the refusal beside the problem")))]
#[post("/problems/{id}/send-back")]
async fn send_back_problem(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    problem_step(state, req, id.into_inner(), sent, ProblemStep::SendBack).await
}

/// The project page again, with a form's refusal beside its fields (422).
async fn refused_again(
    state: web::Data<AppState>,
    req: &HttpRequest,
    code: String,
    form: String,
    f: FieldErrors,
    typed: std::collections::BTreeMap<String, String>,
) -> HttpResponse {
    let refused = Refused::new(form, f, typed);
    show(
        state,
        req,
        code,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(refused),
    )
    .await
}

/// The requester takes back a pending reschedule request.
#[utoipa::path(tag = "pages", responses((status = 303, description = "withdrawn"),
    (status = "4XX", description = "HTML page")))]
#[post("/reschedules/{id}/withdraw")]
async fn withdraw(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let ctx = state.ctx_for(&sent.p);
    let id = id.into_inner();
    let done = state
        .db(move |c| {
            let r = ms::withdraw(c, &ctx, id)?;
            let m = ms::get(c, r.milestone_id)?;
            Ok(crate::store::projects::get(c, m.project_id)?.code)
        })
        .await;
    match done {
        Ok(code) => see_other(format!("/projects/{code}?notice=withdrawn#requests")),
        Err(e) => error(&req, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audit_line_names_the_fields_that_changed() {
        let f = changed_fields(
            Some(r#"{"current_due":"2026-06-30","title":"开工","updated_at":"x"}"#),
            Some(r#"{"current_due":"2026-07-21","title":"开工","updated_at":"y"}"#),
        );
        assert_eq!(f, vec!["current_due"]);
        assert!(changed_fields(None, Some(r#"{"a":1}"#)).is_empty());
    }
}
