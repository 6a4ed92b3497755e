//! The one error type of the service and its JSON shape:
//! `{"error": {"code": "...", "message": "...", "fields": {"name": "why"}}}`.
//! Each variant maps to one HTTP status; 500 is kept for true bugs.

use actix_web::{HttpResponse, ResponseError, http::StatusCode};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use serde::Serialize;
use utoipa::ToSchema;

use std::collections::BTreeMap;

pub use crate::domain::validate::FieldErrors;

/// The stable machine-readable code of every error the service answers with, one per kind
/// of refusal; clients switch on it, people read the message. Listed in the OpenAPI
/// document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    AlreadyClosed,
    AlreadyCompleted,
    AlreadyDecided,
    AppealDecided,
    AppealExists,
    AppealsPending,
    AssessmentPublished,
    BadBody,
    BadPath,
    BadQuery,
    BadUpload,
    Busy,
    Duplicate,
    Forbidden,
    Gone,
    InUse,
    Internal,
    InvalidCredentials,
    InvalidSheet,
    LastAdmin,
    MalformedJson,
    MethodNotAllowed,
    NoChange,
    NotEmpty,
    NotFound,
    NotRetryable,
    NotWritable,
    PayloadTooLarge,
    RequestPending,
    TooDeep,
    TooManyRequests,
    Unauthenticated,
    Unavailable,
    UnsupportedMediaType,
    ValidationFailed,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AlreadyClosed => "already_closed",
            Self::AlreadyCompleted => "already_completed",
            Self::AlreadyDecided => "already_decided",
            Self::AppealDecided => "appeal_decided",
            Self::AppealExists => "appeal_exists",
            Self::AppealsPending => "appeals_pending",
            Self::AssessmentPublished => "assessment_published",
            Self::BadBody => "bad_body",
            Self::BadPath => "bad_path",
            Self::BadQuery => "bad_query",
            Self::BadUpload => "bad_upload",
            Self::Busy => "busy",
            Self::Duplicate => "duplicate",
            Self::Forbidden => "forbidden",
            Self::Gone => "gone",
            Self::InUse => "in_use",
            Self::Internal => "internal",
            Self::InvalidCredentials => "invalid_credentials",
            Self::InvalidSheet => "invalid_sheet",
            Self::LastAdmin => "last_admin",
            Self::MalformedJson => "malformed_json",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::NoChange => "no_change",
            Self::NotEmpty => "not_empty",
            Self::NotFound => "not_found",
            Self::NotRetryable => "not_retryable",
            Self::NotWritable => "not_writable",
            Self::PayloadTooLarge => "payload_too_large",
            Self::RequestPending => "request_pending",
            Self::TooDeep => "too_deep",
            Self::TooManyRequests => "too_many_requests",
            Self::Unauthenticated => "unauthenticated",
            Self::Unavailable => "unavailable",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::ValidationFailed => "validation_failed",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 400: the request could not be read (malformed JSON, bad query string or path).
    #[error("{message}")]
    BadRequest {
        code: Code,
        message: String,
        fields: FieldErrors,
    },
    /// 401: no valid session or token, or a failed login (the message never says which
    /// part was wrong, so it cannot reveal which accounts exist).
    #[error("{message}")]
    Unauthorized { code: Code, message: String },
    /// 403: authenticated, but this user may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// 404
    #[error("{0}")]
    NotFound(String),
    /// 410: a single-use or expiring link that has been used or has expired.
    #[error("{0}")]
    Gone(String),
    /// 429: too many failed logins; try again after the given number of seconds.
    #[error("too many attempts; try again in {retry_after} seconds")]
    TooManyRequests { retry_after: u64 },
    /// 409: the request is well formed but clashes with the current state.
    #[error("{message}")]
    Conflict {
        code: Code,
        message: String,
        fields: FieldErrors,
    },
    /// 405: the path is a route, but not with this method; `allow` lists those it takes.
    #[error("this route takes {}", .allow.join(", "))]
    MethodNotAllowed { allow: Vec<&'static str> },
    /// 413
    #[error("request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    /// 415
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 422: readable, but the values break a rule; `fields` says which and why.
    #[error("validation failed: {0}")]
    Validation(FieldErrors),
    /// 422: a sheet (a ledger import) with bad cells, each named by row and column in
    /// `cells`. Nothing was written.
    #[error("{} problem(s) in the sheet; nothing was imported", .0.len())]
    Sheet(Vec<crate::domain::sheet::CellError>),
    /// 503: the database cannot be reached right now.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// 503: the database answers but refuses writes (read-only, or its disk is full). Reads
    /// still work; an operator must act.
    #[error("the database cannot be written: {0}")]
    NotWritable(String),
    /// 503: every slot for this kind of work is taken (password checks during a login
    /// flood); refused at once rather than queued, try again after `retry_after` seconds.
    #[error("the server is busy; try again in {retry_after} seconds")]
    Busy { retry_after: u64 },
    /// 500: a bug. The detail is logged, never sent.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn unauthenticated() -> Self {
        Self::Unauthorized {
            code: Code::Unauthenticated,
            message: "log in, or send an API token as `Authorization: Bearer …`".into(),
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::Forbidden(message.into())
    }

    pub fn not_found(what: impl std::fmt::Display) -> Self {
        Self::NotFound(format!("{what} not found"))
    }

    pub fn conflict(code: Code, message: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            message: message.into(),
            fields: FieldErrors::new(),
        }
    }

    pub fn conflict_on(code: Code, field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        let mut fields = FieldErrors::new();
        fields.add(field, message.clone());
        Self::Conflict {
            code,
            message,
            fields,
        }
    }

    pub fn bad_request(code: Code, message: impl Into<String>) -> Self {
        Self::BadRequest {
            code,
            message: message.into(),
            fields: FieldErrors::new(),
        }
    }

    pub fn internal(e: impl std::fmt::Display) -> Self {
        Self::Internal(e.to_string())
    }

    pub fn code(&self) -> Code {
        match self {
            Self::BadRequest { code, .. } | Self::Conflict { code, .. } => *code,
            Self::Unauthorized { code, .. } => *code,
            Self::Forbidden(_) => Code::Forbidden,
            Self::NotFound(_) => Code::NotFound,
            Self::Gone(_) => Code::Gone,
            Self::TooManyRequests { .. } => Code::TooManyRequests,
            Self::MethodNotAllowed { .. } => Code::MethodNotAllowed,
            Self::PayloadTooLarge { .. } => Code::PayloadTooLarge,
            Self::UnsupportedMediaType(_) => Code::UnsupportedMediaType,
            Self::Validation(_) => Code::ValidationFailed,
            Self::Sheet(_) => Code::InvalidSheet,
            Self::Unavailable(_) => Code::Unavailable,
            Self::NotWritable(_) => Code::NotWritable,
            Self::Busy { .. } => Code::Busy,
            Self::Internal(_) => Code::Internal,
        }
    }

    fn fields(&self) -> Option<&FieldErrors> {
        match self {
            Self::BadRequest { fields, .. }
            | Self::Conflict { fields, .. }
            | Self::Validation(fields) => Some(fields),
            _ => None,
        }
    }

    fn public_message(&self) -> String {
        match self {
            Self::Validation(f) => {
                let names: Vec<&str> = f.0.keys().map(String::as_str).collect();
                format!("invalid value in: {}", names.join(", "))
            }
            Self::Unavailable(_) => "the database is unavailable; try again shortly".into(),
            Self::NotWritable(_) => {
                "the database cannot be written; an operator has been alerted".into()
            }
            Self::Internal(_) => "internal error; it has been logged".into(),
            other => other.to_string(),
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.code(),
                message: self.public_message(),
                fields: match self {
                    // The upload's form field is what was wrong; `cells` says where.
                    Self::Sheet(_) => BTreeMap::from([("file".to_string(), self.to_string())]),
                    _ => self.fields().map(|f| f.0.clone()).unwrap_or_default(),
                },
                cells: match self {
                    Self::Sheet(cells) => cells.clone(),
                    _ => Vec::new(),
                },
            },
        }
    }
}

/// The JSON body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `validation_failed`, `duplicate`, `not_found`.
    pub code: Code,
    /// A sentence for people.
    pub message: String,
    /// Field name → why it was rejected. Empty when no single field is at fault.
    pub fields: BTreeMap<String, String>,
    /// For a refused sheet: every bad cell, by row and column.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<crate::domain::sheet::CellError>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Gone(_) => StatusCode::GONE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Validation(_) | Self::Sheet(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unavailable(_) | Self::NotWritable(_) | Self::Busy { .. } => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            Self::Unavailable(detail) => tracing::warn!(error = %detail, "database unavailable"),
            Self::NotWritable(detail) => {
                tracing::error!(error = %detail, "the database cannot be written")
            }
            _ => {}
        }
        let mut resp = HttpResponse::build(self.status_code());
        match self {
            Self::TooManyRequests { retry_after } | Self::Busy { retry_after } => {
                resp.insert_header(("Retry-After", retry_after.to_string()));
            }
            Self::Unavailable(_) => {
                resp.insert_header(("Retry-After", "5"));
            }
            Self::MethodNotAllowed { allow } => {
                resp.insert_header(("Allow", allow.join(", ")));
            }
            Self::Unauthorized { .. } => {
                resp.insert_header(("WWW-Authenticate", "Bearer realm=\"duban\""));
            }
            _ => {}
        }
        resp.json(self.body())
    }
}

impl From<FieldErrors> for AppError {
    fn from(f: FieldErrors) -> Self {
        Self::Validation(f)
    }
}

impl AppError {
    /// A 422 naming one field.
    pub fn field(field: impl Into<String>, why: impl Into<String>) -> Self {
        Self::Validation(FieldErrors::single(field, why))
    }
}

impl From<DieselError> for AppError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => Self::NotFound("record not found".into()),
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => Self::conflict(
                Code::Duplicate,
                format!("already exists ({})", info.message()),
            ),
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                Self::conflict(Code::InUse, "the record is referenced by other records")
            }
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                Self::Unavailable(info.message().to_string())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ReadOnlyTransaction, info) => {
                Self::NotWritable(info.message().to_string())
            }
            DieselError::DatabaseError(DatabaseErrorKind::Unknown, info)
                if is_unwritable_message(info.message()) =>
            {
                Self::NotWritable(info.message().to_string())
            }
            // The doors refuse NUL before it gets here; should one slip through, PostgreSQL's
            // refusal is the client's fault, not a bug.
            DieselError::DatabaseError(_, info)
                if info.message().contains("invalid byte sequence")
                    || info.message().contains("0x00") =>
            {
                Self::field("text", crate::domain::validate::CONTROL_CHARACTERS)
            }
            DieselError::DatabaseError(DatabaseErrorKind::Unknown, info)
                if is_unavailable_message(info.message()) =>
            {
                Self::Unavailable(info.message().to_string())
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

/// SQLite reports a busy database and PostgreSQL a shutting-down server as plain errors;
/// both are "try again", not bugs.
fn is_unavailable_message(msg: &str) -> bool {
    let m = msg.to_ascii_lowercase();
    m.contains("database is locked")
        || m.contains("terminating connection")
        || m.contains("server closed the connection")
        || m.contains("the database system is")
}

/// A read-only file or database, or a full disk: SQLite ("attempt to write a readonly
/// database", "database or disk is full") and PostgreSQL ("read-only transaction", "No
/// space left on device", "could not extend file").
pub fn is_unwritable_message(msg: &str) -> bool {
    let m = msg.to_ascii_lowercase();
    m.contains("readonly database")
        || m.contains("read-only transaction")
        || m.contains("disk is full")
        || m.contains("no space left")
        || m.contains("could not extend file")
        || m.contains("disk i/o error")
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        Self::Unavailable(e.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        Self::Internal(e.to_string())
    }
}

pub type AppResult<T> = Result<T, AppError>;
