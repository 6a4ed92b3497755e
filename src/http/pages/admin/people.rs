//! `/admin/people` and `/admin/units`: the people of the ledger (leaders, unit heads,
//! responsible persons) and the responsible units, listed with a form to add one and, for
//! people, a switch to mark them active or not.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::{Value, json};

use super::admin_page;
use crate::error::{AppResult, FieldErrors};
use crate::http::AppState;
use crate::http::pages::form::{
    Refused, Sent, checked, id_field, required, see_other, settle, text,
};
use crate::http::pages::home::error;
use crate::store::{MAX_LIMIT, people, units};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list_people)
        .service(add_person)
        .service(set_active)
        .service(list_units)
        .service(add_unit);
}

/// Every person and every unit (the ledger holds hundreds, not millions).
fn everyone(
    c: &mut crate::db::DbConn,
) -> AppResult<(Vec<crate::db::models::Person>, Vec<crate::db::models::Unit>)> {
    let mut all = Vec::new();
    let mut offset = 0;
    loop {
        let page = people::list(
            c,
            &people::PersonFilter {
                limit: Some(MAX_LIMIT),
                offset: Some(offset),
                ..Default::default()
            },
        )?;
        let n = page.items.len() as i64;
        all.extend(page.items);
        offset += n;
        if n == 0 || offset >= page.total {
            break;
        }
    }
    let units = units::list(
        c,
        &units::UnitFilter {
            limit: Some(MAX_LIMIT),
            ..Default::default()
        },
    )?
    .items;
    Ok((all, units))
}

pub(super) async fn choices(
    state: &AppState,
) -> AppResult<(Vec<crate::db::models::Person>, Vec<crate::db::models::Unit>)> {
    state.db(everyone).await
}

async fn show_people(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let (people, units) = match choices(&state).await {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let unit_names: HashMap<i64, String> = units.iter().map(|u| (u.id, u.name.clone())).collect();
    let rows: Vec<Value> = people
        .iter()
        .map(|p| {
            json!({"id": p.id, "name": p.name, "title": p.title, "email": p.email, "phone": p.phone,
                   "unit": p.unit_id.and_then(|u| unit_names.get(&u).cloned()), "active": p.active})
        })
        .collect();
    let (errors, typed) = Refused::of(refused.as_ref(), "new");
    admin_page(
        req,
        status,
        "admin/people.html",
        json!({"people": rows, "units": units.iter().map(|u| json!({"id": u.id, "name": u.name})).collect::<Vec<_>>(),
               "errors": errors, "typed": typed}),
    )
}

/// People, with the form to add one.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/people")]
async fn list_people(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show_people(state, &req, StatusCode::OK, None).await
}

/// Adds a person.
#[utoipa::path(tag = "pages", responses((status = 303, description = "added"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/admin/people")]
async fn add_person(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let mut f = FieldErrors::new();
    let input = people::NewPerson {
        name: required(&mut f, lang, &typed, "name"),
        title: text(&typed, "title"),
        unit_id: id_field(&mut f, lang, &typed, "unit_id"),
        email: text(&typed, "email"),
        phone: text(&typed, "phone"),
        lang: text(&typed, "lang"),
        active: None,
    };
    let ctx = state.ctx_for(&p);
    let outcome = match checked(f, input) {
        Ok(input) => state.db(move |c| people::create(c, &ctx, input)).await,
        Err(e) => Err(e),
    };
    settle(&req, outcome, "/admin/people", "name", |f| {
        let refused = Refused::new("new", f, typed);
        show_people(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}

/// Marks a person active (reminded, can be assigned) or not.
#[utoipa::path(tag = "pages", responses((status = 303, description = "changed")))]
#[post("/admin/people/{id}/active")]
async fn set_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<i64>,
    sent: Sent,
) -> HttpResponse {
    let Sent { p, typed, .. } = sent;
    let active = typed.get("active").is_some_and(|v| v == "true");
    let ctx = state.ctx_for(&p);
    let id = id.into_inner();
    let patch = people::PersonPatch {
        active: Some(active),
        ..Default::default()
    };
    match state.db(move |c| people::update(c, &ctx, id, patch)).await {
        Ok(_) => see_other("/admin/people"),
        Err(e) => error(&req, &e),
    }
}

async fn show_units(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    refused: Option<Refused>,
) -> HttpResponse {
    let (people, units) = match choices(&state).await {
        Ok(x) => x,
        Err(e) => return error(req, &e),
    };
    let names: HashMap<i64, String> = people.iter().map(|p| (p.id, p.name.clone())).collect();
    let rows: Vec<Value> = units
        .iter()
        .map(|u| {
            json!({"id": u.id, "name": u.name, "email": u.contact_email,
                   "head": u.head_person_id.and_then(|h| names.get(&h).cloned())})
        })
        .collect();
    let (errors, typed) = Refused::of(refused.as_ref(), "new");
    admin_page(
        req,
        status,
        "admin/units.html",
        json!({"units": rows,
               "people": people.iter().filter(|p| p.active).map(|p| json!({"id": p.id, "name": p.name})).collect::<Vec<_>>(),
               "errors": errors, "typed": typed}),
    )
}

/// Units, with the form to add one.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/admin/units")]
async fn list_units(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    show_units(state, &req, StatusCode::OK, None).await
}

/// Adds a unit.
#[utoipa::path(tag = "pages", responses((status = 303, description = "added"),
    (status = 422, description = "HTML page with the errors beside the fields")))]
#[post("/admin/units")]
async fn add_unit(state: web::Data<AppState>, req: HttpRequest, sent: Sent) -> HttpResponse {
    let Sent { p, lang, typed } = sent;
    let mut f = FieldErrors::new();
    let input = units::NewUnit {
        name: required(&mut f, lang, &typed, "name"),
        head_person_id: id_field(&mut f, lang, &typed, "head_person_id"),
        contact_email: text(&typed, "contact_email"),
    };
    let ctx = state.ctx_for(&p);
    let outcome = match checked(f, input) {
        Ok(input) => state.db(move |c| units::create(c, &ctx, input)).await,
        Err(e) => Err(e),
    };
    settle(&req, outcome, "/admin/units", "name", |f| {
        let refused = Refused::new("new", f, typed);
        show_units(state, &req, StatusCode::UNPROCESSABLE_ENTITY, Some(refused))
    })
    .await
}
