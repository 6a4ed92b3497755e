//! The one HTTP layer: the application state, the app builder shared by `serve` and the
//! tests, the request guard, the extractors, the route table with every route's gate, and
//! the two doors side by side: [`api`] (JSON under `/api/v1`) and [`pages`] (the web
//! interface). Neither door imports the other; both are adapters that extract input, call
//! one use case of [`crate::store`] and render. Every API error, including actix's own
//! extractor errors and unknown routes, has the shape of [`crate::error::ErrorBody`].

pub mod api;
pub mod extract;
pub mod guard;
pub mod openapi;
pub mod pages;
pub mod read_cache;
pub mod request_id;
pub mod routes;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpResponse, middleware, web};
use std::sync::Arc;

use chrono::NaiveDate;
use chrono_tz::Tz;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::clock::SharedClock;
use crate::db::{DbConn, Pool};
use crate::domain::rules::Rules;
use crate::error::{AppError, AppResult};
use crate::store::Ctx;

/// What every handler may use.
#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub clock: SharedClock,
    pub tz: Tz,
    pub max_body_bytes: usize,
    /// Largest accepted file upload.
    pub max_upload_bytes: usize,
    pub scheduling: Arc<Scheduling>,
    /// The settings in force, passwords hidden, for the admin's read-only view.
    pub settings: Arc<Vec<(String, String)>>,
    /// Assessment results already read, for the assessment page.
    pub results: Arc<crate::store::assessments::ResultCache>,
    /// Answers to reads kept while the data stands ([`read_cache`]).
    pub read_cache: Arc<read_cache::ReadCache>,
    /// Where password checks run (logins, password changes).
    pub password_slots: crate::auth::PasswordSlots,
    /// The longest a request body may take to arrive (`DUBAN_BODY_TIMEOUT_SECS`).
    pub body_timeout: std::time::Duration,
    /// Where a reverse proxy may speak from (`DUBAN_TRUSTED_PROXIES`).
    pub trusted_proxies: Arc<Vec<ipnet::IpNet>>,
}

/// What the scheduler-facing endpoints need: the rules, where links point, the supervision
/// office, and a way to wake the delivery worker when mail is queued outside the daily scan.
#[derive(Debug)]
pub struct Scheduling {
    pub rules: Rules,
    pub base_url: String,
    pub supervision: Vec<String>,
    pub wake: Arc<tokio::sync::Notify>,
    /// The letterhead inspection bulletins are issued under.
    pub letterhead: crate::store::reports::Letterhead,
    /// Which audience is told through which channels.
    pub routes: crate::domain::channel::Routes,
}

impl Default for Scheduling {
    fn default() -> Self {
        Self {
            rules: Rules::default(),
            base_url: "http://127.0.0.1:8080".into(),
            supervision: Vec::new(),
            wake: Default::default(),
            letterhead: Default::default(),
            routes: Default::default(),
        }
    }
}

impl Scheduling {
    pub fn scan_config(&self, tz: chrono_tz::Tz) -> crate::scheduler::scan::ScanConfig {
        crate::scheduler::scan::ScanConfig {
            routes: self.routes.clone(),
            tz,
            rules: self.rules.clone(),
            base_url: self.base_url.clone(),
            supervision: self.supervision.clone(),
        }
    }
}

impl AppState {
    /// Runs `f` with a pooled connection on the blocking thread pool.
    pub async fn db<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await?
    }

    /// [`Self::db`] for a JSON answer: the value is written out on the blocking thread that
    /// made it, and dropped there. Written on the worker instead, a 40 MB report held up every
    /// other request of that worker while it was written, and its parts, freed on another
    /// thread than the one that allocated them, stayed resident until that thread ran again.
    pub async fn db_json<T, F>(&self, f: F) -> AppResult<HttpResponse>
    where
        T: serde::Serialize + 'static,
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
    {
        let body = self
            .db(move |c| serde_json::to_vec(&f(c)?).map_err(AppError::internal))
            .await?;
        Ok(HttpResponse::Ok()
            .content_type(actix_web::http::header::ContentType::json())
            .body(body))
    }

    /// [`Self::db_json`] for a use case whose answer may be kept ([`read_cache`]): while the
    /// data's version stands, the same `key` ([`read_cache::ReadCache::key`] of the use case,
    /// its context and its input) is answered with the bytes it was answered with before.
    /// `f` must be that use case given exactly that context and input, and read only what
    /// the version covers.
    pub async fn db_json_kept<T, F>(&self, key: String, f: F) -> AppResult<HttpResponse>
    where
        T: serde::Serialize + 'static,
        F: FnOnce(&mut DbConn) -> AppResult<T> + Send + 'static,
    {
        let body = self
            .db_kept(key, move |c| {
                Ok(serde_json::to_vec(&f(c)?)
                    .map_err(AppError::internal)?
                    .into())
            })
            .await?;
        Ok(HttpResponse::Ok()
            .content_type(actix_web::http::header::ContentType::json())
            .body(body))
    }

    /// The bytes `f` answers, or those it answered before for the same `key` while the
    /// data's version stands ([`read_cache`]; [`Self::db_json_kept`] says what `f` may be).
    pub async fn db_kept<F>(&self, key: String, f: F) -> AppResult<web::Bytes>
    where
        F: FnOnce(&mut DbConn) -> AppResult<web::Bytes> + Send + 'static,
    {
        let cache = self.read_cache.clone();
        self.db(move |c| {
            // Read before the data (see `data_version::current`).
            let version = crate::store::data_version::current(c)?;
            if let Some(kept) = cache.get(version, &key) {
                crate::metrics::read_answer(true, cache.size().1);
                return Ok(kept);
            }
            let body = f(c)?;
            cache.put(version, key, body.clone());
            crate::metrics::read_answer(false, cache.size().1);
            Ok(body)
        })
        .await
    }

    /// Runs `f` on the blocking thread pool with the pool itself and a password slot, for
    /// use cases that check a password (and must not hold a connection while they do).
    /// Without a free slot the request is refused here, before it takes a thread.
    pub async fn with_password_slot<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Pool, crate::auth::PasswordSlot) -> AppResult<T> + Send + 'static,
    {
        let slot = self.password_slots.take()?;
        let pool = self.pool.clone();
        web::block(move || f(&pool, slot)).await?
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today(self.tz)
    }

    pub fn ctx(&self, actor: &extract::Actor) -> Ctx {
        self.ctx_for(&actor.0)
    }

    /// The use cases' context for this user's request now.
    pub fn ctx_for(&self, p: &crate::domain::access::Principal) -> Ctx {
        Ctx::for_user(p, self.clock.as_ref(), self.tz)
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "duban 督办 API",
        description = "Key-project ledger: units, people, projects, responsibility, milestones, \
                       investment and progress. Errors are always \
                       `{\"error\": {\"code\", \"message\", \"fields\"}}`."
    ),
    components(schemas(crate::error::ErrorBody, crate::domain::milestone::MilestoneFilter)),
    modifiers(&Credentials)
)]
struct ApiDoc;

/// Declares the two ways to authenticate, so that the docs page can send an API token.
struct Credentials;

impl utoipa::Modify for Credentials {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                guard::SESSION_COOKIE,
                "set by POST /api/v1/auth/login; writes also need X-CSRF-Token",
            ))),
        );
        openapi.security = Some(vec![
            SecurityRequirement::new("bearer", Vec::<String>::new()),
            SecurityRequirement::new("session", Vec::<String>::new()),
        ]);
    }
}

/// The whole application, for `serve` and for tests alike.
pub fn app(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let max_body = state.max_body_bytes;
    let (app, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .app_data(web::Data::new(state))
        .app_data(web::PayloadConfig::new(max_body))
        .app_data(web::PathConfig::default().error_handler(extract::path_error))
        .configure(api::health::routes)
        .configure(api::auth::routes)
        .configure(api::links::routes)
        .configure(pages::routes)
        .configure(api::routes)
        .split_for_parts();
    let mut api = api;
    openapi::make_exact(&mut api);
    app.service(web::redirect("/api/v1/docs", "/api/v1/docs/"))
        .service(SwaggerUi::new("/api/v1/docs/{_:.*}").url("/api/v1/openapi.json", api))
        .default_service(web::to(not_found))
        .wrap(middleware::from_fn(guard::guard))
        .wrap(middleware::Compress::default())
        .wrap(
            middleware::DefaultHeaders::new()
                .add(("X-Content-Type-Options", "nosniff"))
                .add(("Referrer-Policy", "same-origin"))
                .add(("X-Frame-Options", "DENY"))
                .add(("Content-Security-Policy", CSP)),
        )
        .wrap(middleware::from_fn(crate::metrics::record))
        .wrap(tracing_actix_web::TracingLogger::<guard::RedactedSpans>::new())
        .wrap(middleware::from_fn(request_id::assign))
}

/// Nothing is loaded from elsewhere and no page may be framed. Inline styles are allowed
/// for the API docs page; scripts only from this server.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                       img-src 'self' data:; object-src 'none'; base-uri 'self'; \
                       form-action 'self'; frame-ancestors 'none'";

async fn not_found(req: actix_web::HttpRequest) -> HttpResponse {
    let err = AppError::NotFound(format!("no such endpoint: {} {}", req.method(), req.path()));
    if guard::is_page(req.path()) {
        pages::home::error(&req, &err)
    } else {
        actix_web::ResponseError::error_response(&err)
    }
}
