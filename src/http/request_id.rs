//! `X-Request-Id`: every request has one, taken from the proxy when it sent a sound one and
//! made here otherwise; it is returned on every response (errors included) and written in
//! the request's log line, so that an operator finds the line of a user's failing request
//! from the id the browser or the proxy shows.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the request being served, in the request's extensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An id from outside is kept when it could not break a log line or a header: 1 to 128
/// letters, digits and `-_.:`, as proxies write them (UUIDs, nginx's `$request_id`).
fn sound(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// The middleware: outermost, so that the log line and every answer carry the id.
pub async fn assign(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req
        .headers()
        .get(&HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| sound(v))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    req.extensions_mut().insert(RequestId(id.clone()));
    let value = HeaderValue::from_str(&id).ok();
    match next.call(req).await {
        Ok(mut res) => {
            if let Some(v) = value {
                res.headers_mut().insert(HEADER, v);
            }
            Ok(res)
        }
        // An error answered further out carries the id too: its response is made here.
        Err(e) => {
            let mut answer = e.error_response();
            if let Some(v) = value {
                answer.headers_mut().insert(HEADER, v);
            }
            Err(actix_web::error::InternalError::from_response(e, answer).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ids_that_cannot_break_a_line_are_kept() {
        assert!(sound("3f2a9c1e-7b4d-4e8a-9f10-2c6d8e4b1a07"));
        assert!(sound("req:42.a_b"));
        for bad in [
            "",
            "a b",
            "x\r\nSet-Cookie: y",
            "id\"",
            &"a".repeat(129),
            "编号",
        ] {
            assert!(!sound(bad), "{bad:?}");
        }
    }
}
