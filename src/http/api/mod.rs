//! The JSON API under `/api/v1`: one file per resource, each handler a thin shell that
//! reads the request, runs one `store` use case on the blocking pool and returns JSON.

pub mod assessments;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod channels;
pub mod comments;
pub mod feeds;
pub mod health;
pub mod imports;
pub mod investment;
pub mod links;
pub mod milestones;
pub mod outbox;
pub mod people;
pub mod problems;
pub mod progress;
pub mod projects;
pub mod reports;
pub mod units;
pub mod users;

/// The resources' routes after login, health and the signed links (which the app builder
/// mounts first, before the pages).
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.configure(users::routes)
        // Full paths rather than a "/api/v1" scope: a scope would also swallow the
        // OpenAPI document and the docs page under the same prefix.
        .configure(units::routes)
        .configure(people::routes)
        .configure(projects::routes)
        .configure(comments::routes)
        .configure(milestones::routes)
        .configure(investment::routes)
        .configure(progress::routes)
        .configure(audit::routes)
        .configure(problems::routes)
        // Before the calendar: `/api/v1/calendar/feed` would otherwise be read as a day.
        .configure(feeds::routes)
        .configure(calendar::routes)
        .configure(outbox::routes)
        .configure(channels::routes)
        .configure(reports::routes)
        .configure(assessments::routes)
        .configure(imports::routes);
}
