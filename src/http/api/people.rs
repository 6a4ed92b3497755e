//! `/api/v1/people`: leaders, unit heads, responsible persons.

use actix_web::{HttpResponse, delete, get, patch, post, web};

use crate::db::models::Person;
use crate::error::{AppResult, ErrorBody};
use crate::http::AppState;
use crate::http::extract::{Actor, ApiJson, ApiQuery};
use crate::store::{Page, people};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove);
}

/// List people.
#[utoipa::path(tag = "people", params(people::PersonFilter), responses(
    (status = 200, body = Page<Person>), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/people")]
async fn list(
    state: web::Data<AppState>,
    q: ApiQuery<people::PersonFilter>,
) -> AppResult<HttpResponse> {
    let f = q.0;
    state.db_json(move |c| people::list(c, &f)).await
}

/// Create a person.
#[utoipa::path(tag = "people", request_body = people::NewPerson, responses(
    (status = 201, body = Person), (status = "4XX", body = ErrorBody)))]
#[post("/api/v1/people")]
async fn create(
    state: web::Data<AppState>,
    actor: Actor,
    body: ApiJson<people::NewPerson>,
) -> AppResult<HttpResponse> {
    let ctx = state.ctx(&actor);
    let person = state.db(move |c| people::create(c, &ctx, body.0)).await?;
    Ok(HttpResponse::Created().json(person))
}

/// One person.
#[utoipa::path(tag = "people", responses((status = 200, body = Person), (status = "4XX", body = ErrorBody)))]
#[get("/api/v1/people/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> AppResult<web::Json<Person>> {
    let id = id.into_inner();
    Ok(web::Json(state.db(move |c| people::get(c, id)).await?))
}

/// Change a person.
#[utoipa::path(tag = "people", request_body = people::PersonPatch, responses(
    (status = 200, body = Person), (status = "4XX", body = ErrorBody)))]
#[patch("/api/v1/people/{id}")]
async fn update(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
    body: ApiJson<people::PersonPatch>,
) -> AppResult<web::Json<Person>> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    Ok(web::Json(
        state
            .db(move |c| people::update(c, &ctx, id, body.0))
            .await?,
    ))
}

/// Delete a person who never held a project (else deactivate).
#[utoipa::path(tag = "people", responses((status = 204), (status = "4XX", body = ErrorBody)))]
#[delete("/api/v1/people/{id}")]
async fn remove(
    state: web::Data<AppState>,
    actor: Actor,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let (ctx, id) = (state.ctx(&actor), id.into_inner());
    state.db(move |c| people::delete(c, &ctx, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
