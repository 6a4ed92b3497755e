//! Request extractors that turn every malformed input into the service's JSON error shape,
//! naming the field at fault: JSON bodies, query strings, paths, and the acting user.

use actix_multipart::Multipart;
use actix_web::dev::Payload;
use actix_web::error::PayloadError;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;

use super::AppState;
use crate::domain::access::Principal;
use crate::error::{AppError, AppResult, Code, FieldErrors};
use crate::store::accounts::Credential;

/// A JSON body: 413 when too large, 415 when not JSON, 400 when it is not readable JSON,
/// 422 naming the field when a value has the wrong type or a field is missing or unknown.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<web::Data<AppState>>()
            .map(|s| s.max_body_bytes)
            .unwrap_or(256 * 1024);
        let content_type = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let declared_len = req
            .headers()
            .get(actix_web::http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if declared_len.is_some_and(|n| n > limit) {
                return Err(AppError::PayloadTooLarge { limit });
            }
            let mime = content_type
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            if mime != "application/json" && !mime.ends_with("+json") {
                return Err(AppError::UnsupportedMediaType(
                    "send the body as Content-Type: application/json".into(),
                ));
            }
            let body = bytes
                .await
                .map_err(|e| match e.as_error::<PayloadError>() {
                    Some(PayloadError::Overflow) => AppError::PayloadTooLarge { limit },
                    _ => AppError::bad_request(Code::BadBody, format!("cannot read body: {e}")),
                })?;
            if body.len() > limit {
                return Err(AppError::PayloadTooLarge { limit });
            }
            parse_json(&body).map(ApiJson)
        })
    }
}

/// Deserialises a JSON document, mapping errors to 400 (syntax) or 422 (values).
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    if nesting(body) > MAX_JSON_DEPTH {
        return Err(AppError::bad_request(
            Code::TooDeep,
            format!("JSON nested deeper than {MAX_JSON_DEPTH} levels"),
        ));
    }
    // Syntax first, over the whole body: a document that is not JSON is a 400 even when
    // its first part would also have failed validation.
    let document = serde_json::from_slice::<serde_json::Value>(body).map_err(|e| {
        AppError::bad_request(
            Code::MalformedJson,
            format!("malformed JSON: {}", strip_position(&e.to_string())),
        )
    })?;
    if let Some(field) = crate::domain::validate::unprintable_in(&document) {
        return Err(AppError::field(
            field,
            crate::domain::validate::CONTROL_CHARACTERS,
        ));
    }
    // Every body of this API is an object; serde would also read a struct from an array.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(AppError::bad_request(
            Code::MalformedJson,
            "the body must be a JSON object",
        ));
    }
    let de = &mut serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize::<_, T>(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = strip_position(&inner.to_string());
        match inner.classify() {
            serde_json::error::Category::Data => {
                let field = field_name(&path, &message);
                match field {
                    Some(field) => {
                        let mut f = FieldErrors::new();
                        f.add(field, message);
                        AppError::Validation(f)
                    }
                    None => AppError::bad_request(
                        Code::MalformedJson,
                        format!("the body must be a JSON object: {message}"),
                    ),
                }
            }
            _ => AppError::bad_request(Code::MalformedJson, format!("malformed JSON: {message}")),
        }
    })?;
    de.end().map_err(|e| {
        AppError::bad_request(
            Code::MalformedJson,
            format!("malformed JSON: {}", strip_position(&e.to_string())),
        )
    })?;
    Ok(value)
}

/// No body of this API nests deeper than a few levels; refusing deep documents before
/// parsing keeps a hostile one from costing stack and time.
pub const MAX_JSON_DEPTH: usize = 32;

/// The deepest nesting of arrays and objects, counting brackets outside strings.
fn nesting(body: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in body {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The field a serde error is about. serde reports a missing field at its parent's path
/// (the field itself is only in the message); every other error at the field's own path.
fn field_name(path: &str, message: &str) -> Option<String> {
    let at_root = path == "." || path.is_empty();
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return Some(if at_root {
            name.to_string()
        } else {
            format!("{path}.{name}")
        });
    }
    (!at_root).then(|| path.to_string())
}

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// A query string, 400 naming the parameter when it cannot be read.
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned> FromRequest for ApiQuery<T> {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(parse_query(req.query_string()).map(ApiQuery))
    }
}

pub fn parse_query<T: DeserializeOwned>(qs: &str) -> Result<T, AppError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(qs.as_bytes()));
    serde_path_to_error::deserialize::<_, T>(de).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        let field = field_name(&path, &message).unwrap_or_else(|| "query".into());
        let mut fields = FieldErrors::new();
        fields.add(field, message.clone());
        AppError::BadRequest {
            code: Code::BadQuery,
            message: format!("bad query string: {message}"),
            fields,
        }
    })
}

/// The logged-in user of this request, put there by [`super::guard`]. Every write is
/// recorded under this account. Absent (401) on a route that needs no login.
#[derive(Debug, Clone)]
pub struct Actor(pub Principal);

impl FromRequest for Actor {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            req.extensions()
                .get::<Principal>()
                .cloned()
                .map(Actor)
                .ok_or_else(AppError::unauthenticated),
        )
    }
}

/// How the request authenticated (session or API token), for logout and the like.
impl FromRequest for Credential {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(
            req.extensions()
                .get::<Credential>()
                .cloned()
                .ok_or_else(AppError::unauthenticated),
        )
    }
}

/// Error handler for `web::Path`: a path segment of the wrong type (e.g. a non-numeric id).
pub fn path_error(err: actix_web::error::PathError, req: &HttpRequest) -> actix_web::Error {
    let mut fields = FieldErrors::new();
    fields.add("path", err.to_string());
    let e = AppError::BadRequest {
        code: Code::BadPath,
        message: format!("bad path parameter: {err}"),
        fields,
    };
    // A page's refusal is a page.
    if super::guard::is_page(req.path()) {
        let page = super::pages::home::error(req, &e);
        return actix_web::error::InternalError::from_response(e, page).into();
    }
    e.into()
}

/// A file upload (the ledger sheet), read by the API and the admin page alike.
fn flag(field: &str, text: &str) -> AppResult<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" | "" => Ok(false),
        other => Err(AppError::field(
            field,
            format!("{other:?} is not true or false"),
        )),
    }
}

#[derive(Default)]
pub struct Upload {
    pub file: Option<Vec<u8>>,
    pub sheet: Option<String>,
    pub dry_run: bool,
    pub new_leaders: bool,
}

/// Reads the upload's fields, at most `limit` bytes in all (the web page's form sends its
/// `csrf_token` too, checked by the guard before).
pub async fn read_upload(mut form: Multipart, limit: usize) -> AppResult<Upload> {
    let mut up = Upload::default();
    let mut total = 0usize;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(multipart_error)?;
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(multipart_error)?;
            total += chunk.len();
            if total > limit {
                return Err(AppError::PayloadTooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = || {
            String::from_utf8(bytes.clone())
                .map_err(|_| AppError::field(&name, "is not UTF-8 text"))
        };
        match name.as_str() {
            "file" => up.file = Some(bytes),
            "sheet" => up.sheet = Some(text()?.trim().to_string()).filter(|s| !s.is_empty()),
            "dry_run" => up.dry_run = flag("dry_run", &text()?)?,
            "new_leaders" => up.new_leaders = flag("new_leaders", &text()?)?,
            "csrf_token" => {}
            other => {
                return Err(AppError::field(
                    other,
                    "is not a field of this upload (file, sheet, dry_run, new_leaders)",
                ));
            }
        }
    }
    Ok(up)
}

fn multipart_error(e: actix_multipart::MultipartError) -> AppError {
    use actix_multipart::MultipartError as M;
    match e {
        M::ContentTypeMissing | M::ContentTypeParse | M::ContentTypeIncompatible => {
            AppError::UnsupportedMediaType(
                "send the sheet as multipart/form-data with a `file` field".into(),
            )
        }
        other => AppError::bad_request(
            Code::BadUpload,
            format!("the upload could not be read: {other}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        amount: i64,
        inner: Option<Inner>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        due: chrono::NaiveDate,
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Validation(f) => f.0.keys().cloned().collect(),
            other => panic!("expected 422, got {other:?}"),
        }
    }

    #[test]
    fn names_the_field() {
        let e = parse_json::<Body>(br#"{"name": "x", "amount": "lots"}"#).unwrap_err();
        assert_eq!(fields(e), vec!["amount"]);
        let e = parse_json::<Body>(br#"{"amount": 1}"#).unwrap_err();
        assert_eq!(fields(e), vec!["name"]);
        let e = parse_json::<Body>(br#"{"name": "x", "amount": 1, "colour": 2}"#).unwrap_err();
        assert_eq!(fields(e), vec!["colour"]);
        let e =
            parse_json::<Body>(br#"{"name": "x", "amount": 1, "inner": {"due": "2026-13-01"}}"#)
                .unwrap_err();
        assert_eq!(fields(e), vec!["inner.due"]);
    }

    #[test]
    fn deep_documents_are_refused_before_parsing() {
        let deep = format!("{{\"name\": {}1{}}}", "[".repeat(40), "]".repeat(40));
        let e = parse_json::<Body>(deep.as_bytes()).unwrap_err();
        assert_eq!(e.code(), Code::TooDeep);
        // Brackets inside strings do not count.
        assert_eq!(nesting(br#"{"a": "[[[[{{{{\"]]"}"#), 1);
    }

    #[test]
    fn syntax_is_400() {
        for body in [&b"{"[..], b"", b"{\"name\": }", b"{} trailing", b"[1,2]"] {
            let e = parse_json::<Body>(body).unwrap_err();
            assert_eq!(
                e.code(),
                Code::MalformedJson,
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn query_names_the_parameter() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Q {
            limit: Option<i64>,
        }
        let e = parse_query::<Q>("limit=ten").unwrap_err();
        match e {
            AppError::BadRequest { fields, .. } => assert!(fields.0.contains_key("limit")),
            other => panic!("{other:?}"),
        }
    }
}
