//! `/admin/assignments`: who answers for each project today (leader, unit, person), found
//! by name or code, and each project's form to hand it over from a date. The old holders' period closes the day
//! before; the history stays on the project's page.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use super::people::choices;
use crate::error::FieldErrors;
use crate::http::AppState;
use crate::http::pages::form::{Refused, Sent, checked, date_field, id_field, settle};
use crate::http::pages::home::error;
use crate::http::pages::i18n;
use crate::store::projects;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(edit).service(assign);
}

const PER_PAGE: i64 = 50;

/// Every project and who answers for it today, 50 a page, searchable by name or code.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/assignments")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let q = crate::http::pages::asked(&req, "q").filter(|q| !q.trim().is_empty());
    let page_no = crate::http::pages::asked_page(&req) as i64;
    let Some(p) = crate::http::pages::home::principal(&req) else {
        return error(&req, &crate::error::AppError::unauthenticated());
    };
    let ctx = state.ctx_for(&p);
    let st = state.clone();
    let search = q.clone();
    let got = state
        .db(move |c| {
            projects::list(
                c,
                &ctx,
                &st.scheduling.rules,
                &projects::ProjectFilter {
                    q: search,
                    limit: Some(PER_PAGE),
                    offset: Some((page_no - 1) * PER_PAGE),
                    ..Default::default()
                },
            )
        })
        .await;
    let found = match got {
        Ok(l) => l,
        Err(e) => return error(&req, &e),
    };
    let rows: Vec<Value> = found
        .items
        .iter()
        .map(|s| {
            json!({
                "code": s.project.code, "name": s.project.name,
                "leader": s.leader.as_ref().map(|l| l.name.clone()),
                "unit": s.unit.as_ref().map(|u| u.name.clone()),
                "person": s.person.as_ref().map(|p| p.name.clone()),
            })
        })
        .collect();
    let pages = (found.total + PER_PAGE - 1) / PER_PAGE;
    admin_page(
        &req,
        StatusCode::OK,
        "admin/assignments.html",
        json!({"projects": rows, "page": page_no, "pages": pages, "total": found.total,
               "q_url": form_urlencoded::byte_serialize(q.as_deref().unwrap_or("").as_bytes()).collect::<String>(),
               "q": q.unwrap_or_default()}),
    )
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    code: String,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let lang = crate::http::pages::req_lang(req);
    let Some(p) = crate::http::pages::home::principal(req) else {
        return error(req, &crate::error::AppError::unauthenticated());
    };
    let ctx = state.ctx_for(&p);
    let st = state.clone();
    let got = state
        .db(move |c| {
            let today = ctx.today;
            projects::detail(c, &ctx, &code, today, &st.scheduling.rules)
        })
        .await;
    let d = match got {
        Ok(d) => d,
        Err(e) => return error(req, &e),
    };
    let (people, units) = match choices(&state).await {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let r = d.responsibility.as_ref();
    let (errors, typed) = Refused::of(refused.as_ref(), &d.project.code);
    admin_page(
        req,
        status,
        "admin/assignment.html",
        json!({
            "p": {"code": d.project.code, "name": d.project.name,
                  "leader_id": r.map(|r| r.leader.id), "unit_id": r.map(|r| r.unit.id),
                  "person_id": r.map(|r| r.person.id),
                  "since": r.map(|r| i18n::date(lang, r.since))},
            "errors": errors, "typed": typed,
            "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
            "units": units.iter().map(|u| json!({"id": u.id, "name": u.name})).collect::<Vec<_>>(),
            "today": state.today().to_string(),
        }),
    )
}

/// The handover form of one project.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page"),
    (status = 404, description = "HTML page")))]
#[get("/admin/assignments/{code}")]
async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
) -> HttpResponse {
    show(state, &req, code.into_inner(), StatusCode::OK, None).await
}

/// Hands a project over to new holders from a date.
#[utoipa::path(tag = "pages", responses((status = 303, description = "handed over"),
    (status = "4XX", description = "HTML page with the refusal beside the project")))]
#[post("/admin/assignments/{code}")]
async fn assign(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let code = code.into_inner();
    let mut f = FieldErrors::new();
    let input = projects::AssignInput {
        leader_id: id_field(&mut f, lang, &typed, "leader_id"),
        unit_id: id_field(&mut f, lang, &typed, "unit_id"),
        person_id: id_field(&mut f, lang, &typed, "person_id"),
        effective_on: date_field(&mut f, lang, &typed, "effective_on"),
    };
    let ctx = state.ctx_for(&p);
    let c2 = code.clone();
    let outcome = match checked(f, input) {
        Ok(input) => {
            state
                .db(move |c| projects::assign(c, &ctx, &c2, input))
                .await
        }
        Err(e) => Err(e),
    };
    let to = format!(
        "/admin/assignments?q={}",
        form_urlencoded::byte_serialize(code.as_bytes()).collect::<String>()
    );
    settle(&req, outcome, to, "effective_on", |f| {
        let refused = Refused::new(code.clone(), f, typed);
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
