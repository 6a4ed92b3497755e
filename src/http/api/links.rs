//! `/act/{token}`: where the one-click links of reminder emails land. A one-purpose page
//! that shows what the link will do and asks to confirm; the POST does it, once. The
//! signed token is the proof, so no login is needed, and it acts only on its milestone
//! for its person.

use std::sync::OnceLock;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use minijinja::Environment;
use serde::Serialize;

use crate::auth::LinkAction;
use crate::clock::db_timestamp;
use crate::domain::lang::Lang;
use crate::error::{AppError, AppResult};
use crate::http::AppState;
use crate::mail::compose;
use crate::store::links::{self, LinkForm, Refusal, Target};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show).service(confirm);
}

#[derive(Debug, Default, Serialize)]
struct Page {
    en: bool,
    heading: String,
    message: Option<String>,
    failed: bool,
    form: bool,
    action: &'static str,
    project_name: String,
    project_code: String,
    milestone: Option<String>,
    due: String,
    person: String,
    typed: String,
    typed_problems: String,
    field_error: Option<String>,
}

fn env() -> Result<&'static Environment<'static>, String> {
    static ENV: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENV.get_or_init(|| {
        crate::templates::environment(
            &[("act.html", include_str!("templates/act.html"))],
            crate::templates::Whitespace::AsWritten,
        )
    })
    .as_ref()
    .map_err(Clone::clone)
}

fn render(status: StatusCode, page: &Page) -> AppResult<HttpResponse> {
    let html = env()
        .and_then(|e| e.get_template("act.html").map_err(|e| e.to_string()))
        .and_then(|t| t.render(page).map_err(|e| e.to_string()))
        .map_err(AppError::internal)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        // The page holds a live token: no caching anywhere, no referrer to elsewhere.
        .insert_header(("Cache-Control", "no-store"))
        .insert_header(("Referrer-Policy", "no-referrer"))
        .body(html))
}

fn page_for(t: &Target) -> Page {
    let en = Lang::of(&t.lang).is_en();
    let done = t.claims.action == LinkAction::Done;
    Page {
        en,
        heading: match (done, en) {
            (true, false) => "确认节点办结".into(),
            (true, true) => "Mark the milestone done".into(),
            (false, false) => "报送项目进展".into(),
            (false, true) => "Report progress".into(),
        },
        form: true,
        action: t.claims.action.as_str(),
        project_name: t.project.name.clone(),
        project_code: t.project.code.clone(),
        milestone: Some(t.milestone.title.clone()),
        due: compose::date(&t.lang, t.milestone.current_due),
        person: t.person_name.clone(),
        ..Default::default()
    }
}

fn refused(r: &Refusal) -> AppResult<HttpResponse> {
    let message = match r {
        Refusal::Invalid => "链接无效：请使用提醒邮件中的完整链接。This link is not valid.".into(),
        Refusal::Expired => "链接已过期，请登录系统办理。This link has expired.".into(),
        Refusal::Used => "链接已使用过，每个链接只能使用一次。This link has been used.".into(),
        Refusal::Missing => "该节点已不存在。The milestone no longer exists.".into(),
        Refusal::AlreadyDone(d) => {
            format!("该节点已于 {d} 办结，无需再次确认。The milestone was completed on {d}.")
        }
        Refusal::NotResponsible => {
            "您已不是该项目的责任人，链接不再有效。You no longer answer for this project.".into()
        }
    };
    let status = StatusCode::from_u16(r.status()).unwrap_or(StatusCode::BAD_REQUEST);
    render(
        status,
        &Page {
            heading: "督办提醒链接".into(),
            message: Some(message),
            failed: true,
            ..Default::default()
        },
    )
}

/// The confirmation page of a reminder link.
#[utoipa::path(tag = "links", responses((status = 200, description = "HTML page"),
    (status = "4XX", description = "HTML page saying why the link cannot act")))]
#[get("/act/{token}")]
async fn show(state: web::Data<AppState>, token: web::Path<String>) -> AppResult<HttpResponse> {
    let (now, today, token) = (
        db_timestamp(state.clock.now()),
        state.today(),
        token.into_inner(),
    );
    match state
        .db(move |c| links::inspect(c, &token, now, today))
        .await?
    {
        Ok(t) => render(StatusCode::OK, &page_for(&t)),
        Err(r) => refused(&r),
    }
}

/// Does what the link allows, once.
#[utoipa::path(tag = "links", responses((status = 200, description = "HTML page"),
    (status = "4XX", description = "HTML page saying why")))]
#[post("/act/{token}")]
async fn confirm(
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: String,
) -> AppResult<HttpResponse> {
    let form: LinkForm = serde_urlencoded::from_str(&body).unwrap_or_default();
    let (now, today, token) = (
        db_timestamp(state.clock.now()),
        state.today(),
        token.into_inner(),
    );
    let base = crate::store::Ctx::new("link", state.clock.as_ref(), state.tz);
    let typed = form.clone();
    let outcome = state
        .db(move |c| match links::inspect(c, &token, now, today)? {
            Err(r) => Ok(Err(r)),
            Ok(t) => Ok(Ok((links::act(c, &base, &t, form), t))),
        })
        .await?;
    let (result, target) = match outcome {
        Err(r) => return refused(&r),
        Ok(x) => x,
    };
    let mut page = page_for(&target);
    match result {
        Ok(()) => {
            page.form = false;
            page.message = Some(match (target.claims.action, page.en) {
                (LinkAction::Done, false) => "已确认办结，督办系统已记录。谢谢！".into(),
                (LinkAction::Done, true) => "Marked done and recorded. Thank you.".into(),
                (LinkAction::Progress, false) => "进展已报送，督办系统已记录。谢谢！".into(),
                (LinkAction::Progress, true) => "Progress recorded. Thank you.".into(),
            });
            render(StatusCode::OK, &page)
        }
        Err(AppError::Validation(f)) => {
            // Shown next to the field, with what was typed kept.
            page.field_error = f.0.values().next().cloned();
            page.typed = typed.evidence.or(typed.progress).unwrap_or_default();
            page.typed_problems = typed.problems.unwrap_or_default();
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Gone(_)) => refused(&Refusal::Used),
        Err(e) => Err(e),
    }
}
