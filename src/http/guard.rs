//! The request guard every request passes before its handler: it authenticates the
//! session cookie or bearer token, applies the route's gate from
//! [`super::routes::ROUTES`] (a route without a rule is refused), and checks the
//! CSRF token of state-changing requests made with a session cookie.
//! Per-project rules are applied by the handlers, which know the project.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, ResponseError, web};
use futures_util::StreamExt;

use super::AppState;
use crate::auth;
use crate::clock::db_timestamp;
use crate::domain::access::{self, Gate};
use crate::error::{AppError, Code};
use crate::store::accounts::{self, Credential};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "duban_session";
/// The header a cookie-authenticated state-changing request repeats its CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if let Some(state) = req.app_data::<web::Data<AppState>>() {
        let timeout = state.body_timeout;
        let payload = req.take_payload();
        req.set_payload(timed(payload, timeout));
    }
    let cacheable = req.path().starts_with("/static/");
    let mut resp = match admit(&mut req).await {
        Ok(()) => next.call(req).await?.map_into_left_body(),
        Err(e) => {
            let mut resp = if is_page(req.path()) {
                page_refusal(&req, &e)
            } else {
                e.error_response()
            };
            if let AppError::MethodNotAllowed { allow } = &e
                && let Ok(v) = HeaderValue::from_str(&allow.join(", "))
            {
                resp.headers_mut().insert(actix_web::http::header::ALLOW, v);
            }
            req.into_response(resp).map_into_right_body()
        }
    };
    // Pages and answers are for the one who asked: no browser or proxy may keep a copy.
    let headers = resp.headers_mut();
    if !cacheable && !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(resp)
}

/// The request body as it arrives, ended with a timeout error when the client pauses longer
/// than [`BODY_IDLE`] or has not finished within `total`: a body sent a byte at a time must
/// not hold a connection and a worker for minutes.
fn timed(payload: actix_web::dev::Payload, total: std::time::Duration) -> actix_web::dev::Payload {
    let deadline = tokio::time::Instant::now() + total;
    let stream = futures_util::stream::unfold(Some(payload), move |left| async move {
        let mut payload = left?;
        let until = deadline.min(tokio::time::Instant::now() + BODY_IDLE);
        match tokio::time::timeout_at(until, payload.next()).await {
            Ok(Some(chunk)) => Some((chunk, Some(payload))),
            Ok(None) => None,
            Err(_) => Some((
                Err(actix_web::error::PayloadError::Io(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the request body came too slowly",
                ))),
                None,
            )),
        }
    });
    actix_web::dev::Payload::Stream {
        // Readers may ask again after the end (the multipart reader does).
        payload: Box::pin(stream.fuse()),
    }
}

/// The longest pause allowed between two parts of a request body.
const BODY_IDLE: std::time::Duration = std::time::Duration::from_secs(5);

/// A path of the web interface (HTML for people) rather than of the API.
pub fn is_page(path: &str) -> bool {
    !(path.starts_with("/api/")
        || path.starts_with("/act/")
        || path.starts_with("/feeds/")
        || path == "/healthz"
        || path == "/readyz"
        || path == "/metrics")
}

/// A refusal as people see it: to the login page when not logged in (coming back after),
/// otherwise an error page.
fn page_refusal(req: &ServiceRequest, e: &AppError) -> actix_web::HttpResponse {
    match e {
        AppError::Unauthorized { .. } if req.method() == Method::GET => {
            let here = match req.query_string() {
                "" => req.path().to_string(),
                q => format!("{}?{q}", req.path()),
            };
            let next: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
            actix_web::HttpResponse::SeeOther()
                .insert_header((
                    actix_web::http::header::LOCATION,
                    format!("/login?next={next}"),
                ))
                .finish()
        }
        _ => crate::http::pages::home::error(req.request(), e),
    }
}

/// The pages that take a file (`multipart/form-data`); a multipart body to any other page
/// is refused unread.
const UPLOAD_PAGES: &[&str] = &["/admin/ledger"];

/// How much of a multipart body is read before its CSRF token must have shown up: the
/// upload forms send it as their first field, so the file itself is never read for a
/// request that turns out to be forged.
const TOKEN_WITHIN: usize = 16 * 1024;

/// The CSRF token a form sent in its `csrf_token` field. What is read of the body is put
/// back for the handler: a plain form within the body limit; of a file upload, only its
/// first [`TOKEN_WITHIN`] bytes, the rest left to stream to the handler.
async fn form_token(req: &mut ServiceRequest) -> Result<String, AppError> {
    let multipart = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("multipart/form-data"));
    if multipart {
        let upload = route_pattern(req.request()).is_some_and(|p| UPLOAD_PAGES.contains(&&*p));
        if !upload {
            return Err(AppError::UnsupportedMediaType(
                "this form takes no file: send application/x-www-form-urlencoded".into(),
            ));
        }
        let (prefix, rest) = read_prefix(req, TOKEN_WITHIN).await?;
        let token = multipart_field(req.headers(), prefix.clone(), "csrf_token").await;
        let body = futures_util::stream::once(async move { Ok(prefix) }).chain(rest);
        req.set_payload(actix_web::dev::Payload::Stream {
            payload: Box::pin(body),
        });
        return Ok(token);
    }
    let (bytes, token) = {
        let bytes = req
            .extract::<web::Bytes>()
            .await
            .map_err(|e| AppError::bad_request(Code::BadBody, format!("cannot read body: {e}")))?;
        let token = form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        (bytes, token)
    };
    let (_, mut payload) = actix_http::h1::Payload::create(true);
    payload.unread_data(bytes);
    req.set_payload(actix_web::dev::Payload::from(payload));
    Ok(token)
}

/// The first `at_least` bytes of the body (or all of it, if shorter), and the rest unread.
async fn read_prefix(
    req: &mut ServiceRequest,
    at_least: usize,
) -> Result<(web::Bytes, actix_web::dev::Payload), AppError> {
    let mut payload = req.take_payload();
    let mut buf = web::BytesMut::new();
    while buf.len() < at_least {
        match payload.next().await {
            Some(chunk) => buf.extend_from_slice(&chunk.map_err(|e| {
                AppError::bad_request(Code::BadBody, format!("cannot read body: {e}"))
            })?),
            None => break,
        }
    }
    Ok((buf.freeze(), payload))
}

/// One text field of a multipart body (empty when absent or unreadable).
async fn multipart_field(
    headers: &actix_web::http::header::HeaderMap,
    body: web::Bytes,
    name: &str,
) -> String {
    let stream =
        futures_util::stream::once(async move { Ok::<_, actix_web::error::PayloadError>(body) });
    let mut form = actix_multipart::Multipart::new(headers, stream);
    while let Some(Ok(mut field)) = form.next().await {
        let wanted = field.name() == Some(name);
        let mut value = Vec::new();
        while let Some(Ok(chunk)) = field.next().await {
            if wanted {
                value.extend_from_slice(&chunk);
            }
        }
        if wanted {
            return String::from_utf8(value).unwrap_or_default();
        }
    }
    String::new()
}

/// No text this service keeps or looks up holds a control character: a path parameter or
/// query value with one is refused before anything reads it (PostgreSQL cannot even be
/// asked about a NUL). Tab and line breaks belong to multi-line text, which comes in bodies.
fn printable_address(req: &ServiceRequest) -> Result<(), AppError> {
    use crate::domain::validate::{CONTROL_CHARACTERS, printable};
    // The route's parameters are not known yet here: the whole decoded path is checked.
    if !printable(
        &percent_encoding::percent_decode_str(req.path()).decode_utf8_lossy(),
        false,
    ) {
        return Err(AppError::field("path", CONTROL_CHARACTERS));
    }
    if let Some((k, _)) = form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, v)| !printable(k, false) || !printable(v, false))
    {
        let field = if printable(&k, false) {
            k.into_owned()
        } else {
            "query".into()
        };
        return Err(AppError::field(field, CONTROL_CHARACTERS));
    }
    Ok(())
}

async fn admit(req: &mut ServiceRequest) -> Result<(), AppError> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Err(AppError::internal("application state missing"));
    };
    printable_address(req)?;
    let pattern = route_pattern(req.request());
    let gate = pattern
        .as_deref()
        .and_then(|p| super::routes::gate(req.method().as_str(), p));
    let api = req.path().starts_with("/api/");
    if gate == Some(Gate::Public) {
        return Ok(());
    }
    if gate.is_none()
        && let Some(pattern) = &pattern
    {
        // A route of ours, asked with a method it does not take: said before any login.
        let allow = super::routes::methods(pattern);
        if !allow.is_empty() {
            return Err(AppError::MethodNotAllowed { allow });
        }
    }
    if gate.is_none() && !api {
        // Not a route of ours: let the router answer 404.
        return Ok(());
    }
    let who = authenticate(req, &state).await?;
    let Some((principal, credential)) = who else {
        return Err(AppError::unauthenticated());
    };
    let Some(gate) = gate else {
        if pattern.is_some() {
            // Not a method of a route of ours (that was a 405 above): a route without a rule.
            tracing::error!(method = %req.method(), pattern = ?pattern, "route without an access rule");
            return Err(AppError::forbidden("this route has no access rule"));
        }
        // An unknown path under /api: the router answers 404 to a logged-in user.
        return Ok(());
    };
    if !access::passes(gate, Some(&principal)) {
        return Err(AppError::forbidden(match gate {
            Gate::Roles(roles) => format!(
                "this needs one of the roles: {}",
                roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            _ => "not allowed".into(),
        }));
    }
    if let Credential::Session { csrf_token, .. } = &credential {
        let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let header = req
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        // Forms of the web interface carry it as a field; scripts as the header.
        let sent = match header {
            Some(h) => h,
            None if !safe && is_page(req.path()) => form_token(req).await?,
            None => String::new(),
        };
        if !safe && !auth::same_secret(&sent, csrf_token) {
            return Err(AppError::Forbidden(
                "missing or wrong X-CSRF-Token header (the login response gives it as csrf_token)"
                    .into(),
            ));
        }
    }
    // A page shown to a person counts what waits for them, for the navigation (and /my
    // shows the lists themselves from the same reading).
    if *req.method() == Method::GET
        && is_page(req.path())
        && matches!(credential, Credential::Session { .. })
    {
        let ctx = state.ctx_for(&principal);
        let st = state.clone();
        let got = state
            .db(move |c| crate::store::waiting::waiting(c, &ctx, &st.scheduling.rules))
            .await;
        match got {
            Ok(w) => {
                req.extensions_mut().insert(std::sync::Arc::new(w));
            }
            // The page itself still shows; only the count is missing.
            Err(e) => tracing::warn!(error = %e, "what waits for the viewer could not be read"),
        }
    }
    req.extensions_mut().insert(principal);
    req.extensions_mut().insert(credential);
    Ok(())
}

/// The user behind a bearer token or, failing that, a session cookie. A credential that
/// is sent but not valid counts as none.
async fn authenticate(
    req: &ServiceRequest,
    state: &web::Data<AppState>,
) -> Result<Option<(access::Principal, Credential)>, AppError> {
    let bearer = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| t.trim().to_string());
    let cookie = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
    let now = db_timestamp(state.clock.now());
    match (bearer, cookie) {
        (Some(token), _) => state.db(move |c| accounts::by_token(c, &token, now)).await,
        (None, Some(token)) => {
            state
                .db(move |c| accounts::by_session(c, &token, now))
                .await
        }
        (None, None) => Ok(None),
    }
}

/// Request spans for the log without secrets: the paths of signed links and calendar feeds
/// carry their tokens, so spans name the route pattern and a path with such tokens cut,
/// never the query.
pub struct RedactedSpans;

impl tracing_actix_web::RootSpanBuilder for RedactedSpans {
    fn on_request_start(req: &ServiceRequest) -> tracing::Span {
        let route = route_pattern(req.request()).unwrap_or_else(|| "(unmatched)".into());
        let target = if req.path().starts_with("/act/") {
            "/act/…".to_string()
        } else if req.path().starts_with("/feeds/") {
            "/feeds/…".to_string()
        } else {
            req.path().to_string()
        };
        let request_id = req
            .extensions()
            .get::<super::request_id::RequestId>()
            .map(|id| id.to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %req.method(),
            http.route = %route,
            http.target = %target,
            request_id = %request_id,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(
        span: tracing::Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let status = match outcome {
            Ok(res) => res.status().as_u16(),
            Err(e) => e.as_response_error().status_code().as_u16(),
        };
        // One line a request (the access log), inside its span: JSON logs carry its
        // request id, route and method with it.
        span.in_scope(|| tracing::info!(status, "request"));
        tracing_actix_web::DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
/// The route pattern a request matched, as `/api/v1/milestones/{id}`.
#[derive(Clone)]
struct RoutePattern(Option<std::rc::Rc<str>>);

/// The pattern of the route the request matched, found once a request: actix finds it by
/// matching the path against the routes' patterns again each time it is asked, and the log
/// span, the gate and the metrics each ask.
pub fn route_pattern(req: &HttpRequest) -> Option<std::rc::Rc<str>> {
    let known = req.extensions().get::<RoutePattern>().cloned();
    if let Some(RoutePattern(p)) = known {
        return p;
    }
    let p: Option<std::rc::Rc<str>> = req.match_pattern().map(std::rc::Rc::from);
    req.extensions_mut().insert(RoutePattern(p.clone()));
    p
}

/// Whether the client reached us over https (directly or through a proxy that says so),
/// or the configured public address is https: then the cookie is marked Secure.
pub fn over_https(req: &HttpRequest, state: &AppState) -> bool {
    req.connection_info().scheme() == "https" || state.scheduling.base_url.starts_with("https://")
}

/// The address failed logins are counted against. From a trusted proxy
/// (`DUBAN_TRUSTED_PROXIES`: loopback unless set, for a proxy on the same machine) the
/// proxy names the client as the last `X-Forwarded-For` entry (the one it appended itself;
/// entries before it came from the client and could be anything) or in `X-Real-IP`. From
/// anywhere else such headers are ignored.
pub fn client_address(req: &HttpRequest, trusted: &[ipnet::IpNet]) -> String {
    let Some(peer) = req.peer_addr() else {
        return "unknown".into();
    };
    if !trusted.iter().any(|net| net.contains(&peer.ip())) {
        return peer.ip().to_string();
    }
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    header("x-forwarded-for")
        .and_then(|v| v.rsplit(',').next().map(|s| s.trim().to_string()))
        .or_else(|| header("x-real-ip"))
        .and_then(|v| v.parse::<std::net::IpAddr>().ok())
        .unwrap_or(peer.ip())
        .to_string()
}
