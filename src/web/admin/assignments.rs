//! `/admin/assignments`: who answers for each project today (leader, unit, person), with a
//! form per project to hand it over from a date. The old holders' period closes the day
//! before; the history stays on the project's page.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use super::people::choices;
use crate::api::AppState;
use crate::error::FieldErrors;
use crate::store::{Ctx, MAX_LIMIT, projects};
use crate::web::form::{Refused, Sent, checked, date_field, id_field, settle};
use crate::web::i18n;
use crate::web::pages::error;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(assign);
}

async fn show(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let lang = crate::web::req_lang(req);
    let today = state.today();
    let st = state.clone();
    let got = state
        .db(move |c| {
            projects::list(
                c,
                today,
                &st.scheduling.rules,
                &projects::ProjectFilter {
                    limit: Some(MAX_LIMIT),
                    ..Default::default()
                },
            )
        })
        .await;
    let summaries = match got {
        Ok(l) => l.items,
        Err(e) => return error(req, &e),
    };
    let (people, units) = match choices(&state).await {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let rows: Vec<Value> = summaries
        .iter()
        .map(|s| {
            let (errors, typed) = Refused::of(refused.as_ref(), &s.project.code);
            json!({
                "code": s.project.code, "name": s.project.name,
                "leader_id": s.leader.as_ref().map(|l| l.id),
                "leader": s.leader.as_ref().map(|l| l.name.clone()),
                "unit_id": s.unit.as_ref().map(|u| u.id),
                "unit": s.unit.as_ref().map(|u| u.name.clone()),
                "person_id": s.person.as_ref().map(|p| p.id),
                "person": s.person.as_ref().map(|p| p.name.clone()),
                "errors": errors, "typed": typed,
            })
        })
        .collect();
    admin_page(
        req,
        status,
        "admin/assignments.html",
        json!({
            "projects": rows,
            "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
            "units": units.iter().map(|u| json!({"id": u.id, "name": u.name})).collect::<Vec<_>>(),
            "today": today.to_string(),
            "today_text": i18n::date(lang, today),
        }),
    )
}

/// Every project and who answers for it today.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/assignments")]
async fn list(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show(state, &req, StatusCode::OK, None).await
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
    let ctx = Ctx::for_user(&p, state.clock.as_ref(), state.tz);
    let c2 = code.clone();
    let outcome = match checked(f, input) {
        Ok(input) => {
            state
                .db(move |c| projects::assign(c, &ctx, &c2, input))
                .await
        }
        Err(e) => Err(e),
    };
    let to = format!("/admin/assignments#a-{code}");
    settle(&req, outcome, to, "effective_on", |f| {
        let refused = Refused::new(code, f, typed);
        show(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}
