//! Reading a posted form: its fields (without the CSRF token, which the guard checked),
//! who sent it and in which language, and typed values read the way people type them. A
//! refusal goes back to the same page with the errors beside the fields and what was
//! typed kept.

use std::collections::BTreeMap;

use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse};
use chrono::NaiveDate;

use super::home::{error, principal};
use super::i18n;
use crate::domain::access::Principal;
use crate::domain::validate::printable;
use crate::error::{AppError, FieldErrors};

pub fn fields(body: &str) -> BTreeMap<String, String> {
    form_urlencoded::parse(body.as_bytes())
        .filter(|(k, _)| k != "csrf_token")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// A form as sent.
pub struct Sent {
    pub p: Principal,
    pub lang: &'static str,
    pub typed: BTreeMap<String, String>,
}

/// Who sent a form, in which language, and what they typed, read from the request and its
/// body. Without a login the answer is the page refusal (the guard lets no such request
/// through, so it is a safety net).
impl actix_web::FromRequest for Sent {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let body = String::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let body = body.await?;
            let Some(p) = principal(&req) else {
                let refusal = error(&req, &AppError::unauthenticated());
                return Err(
                    actix_web::error::InternalError::from_response("no login", refusal).into(),
                );
            };
            let typed = fields(&body);
            if let Some((name, _)) = typed
                .iter()
                .find(|(k, v)| !printable(k, false) || !printable(v, true))
            {
                let refusal = error(
                    &req,
                    &AppError::field(name.clone(), crate::domain::validate::CONTROL_CHARACTERS),
                );
                return Err(actix_web::error::InternalError::from_response(
                    "control characters",
                    refusal,
                )
                .into());
            }
            Ok(Sent {
                p,
                lang: super::req_lang(&req),
                typed,
            })
        })
    }
}

/// A text field, trimmed; blank is `None`.
pub fn text(typed: &BTreeMap<String, String>, name: &str) -> Option<String> {
    typed
        .get(name)
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A text field that must be filled in.
pub fn required(
    f: &mut FieldErrors,
    lang: &str,
    typed: &BTreeMap<String, String>,
    name: &str,
) -> String {
    text(typed, name).unwrap_or_else(|| {
        f.add(name, i18n::text(lang, "login_required"));
        String::new()
    })
}

/// A date field: blank is `None`; anything else must be a date as people type it
/// (`2026-11-30`, `2026/11/30`, `2026年11月30日`: the sheet import's reading), and a refusal
/// says the forms expected.
pub fn date_field(
    f: &mut FieldErrors,
    lang: &str,
    typed: &BTreeMap<String, String>,
    name: &str,
) -> Option<NaiveDate> {
    let v = typed.get(name).map(|s| s.trim()).unwrap_or("");
    if v.is_empty() {
        return None;
    }
    crate::domain::sheet::parse_typed_date(v).or_else(|| {
        f.add(name, i18n::text(lang, "ms_date_invalid"));
        None
    })
}

/// A choice from a list of records (a `<select>` of ids): blank is `None`.
pub fn id_field(
    f: &mut FieldErrors,
    lang: &str,
    typed: &BTreeMap<String, String>,
    name: &str,
) -> Option<i64> {
    let v = text(typed, name)?;
    v.parse().ok().or_else(|| {
        f.add(name, i18n::text(lang, "form_choose"));
        None
    })
}

/// Which form on a page was refused, why, and what had been typed.
#[derive(Debug, Default)]
pub struct Refused {
    /// The form's name on its page (`new`, or a row's id).
    pub form: String,
    pub errors: FieldErrors,
    pub typed: BTreeMap<String, String>,
}

impl Refused {
    pub fn new(
        form: impl Into<String>,
        errors: FieldErrors,
        typed: BTreeMap<String, String>,
    ) -> Self {
        Self {
            form: form.into(),
            errors,
            typed,
        }
    }

    /// The errors and typed values for `form`, empty for any other form of the page.
    pub fn of(
        r: Option<&Refused>,
        form: &str,
    ) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
        match r {
            Some(r) if r.form == form => (r.errors.0.clone(), r.typed.clone()),
            _ => Default::default(),
        }
    }
}

pub fn see_other(to: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.into()))
        .finish()
}

/// A store refusal that belongs beside the form's fields: rule breaks name their fields; a
/// clash with an existing record goes beside `field` (the name that clashed) unless it names
/// its own (or, with no `field`, is an error page). Anything else is not the form's fault and
/// is answered as an error page.
pub fn beside(e: AppError, field: &str) -> Result<FieldErrors, AppError> {
    match e {
        AppError::Validation(f) => Ok(f),
        // A form with no field for clashes (`field` empty) answers them as an error page.
        AppError::Conflict { ref fields, .. } if fields.0.is_empty() && field.is_empty() => Err(e),
        AppError::Conflict {
            message, fields, ..
        } => Ok(if fields.0.is_empty() {
            let mut f = FieldErrors::new();
            f.add(field, message);
            f
        } else {
            fields
        }),
        other => Err(other),
    }
}

/// After a form's action: on to `to` when it was done, else the same page again with the
/// refusal beside its fields (`refused` renders it), or an error page when the refusal is
/// not about the form.
pub async fn settle<T, Fut>(
    req: &HttpRequest,
    outcome: Result<T, AppError>,
    to: impl Into<String>,
    field: &str,
    refused: impl FnOnce(FieldErrors) -> Fut,
) -> HttpResponse
where
    Fut: std::future::Future<Output = HttpResponse>,
{
    match outcome {
        Ok(_) => see_other(to),
        Err(e) => match beside(e, field) {
            Ok(f) => {
                let lang = super::req_lang(req);
                let said = FieldErrors(
                    f.0.into_iter()
                        .map(|(k, v)| (k, i18n::store_message(lang, &v)))
                        .collect(),
                );
                refused(said).await
            }
            Err(e) => error(req, &e),
        },
    }
}

/// The form's own checks first: the store is asked only when they pass.
pub fn checked<T>(f: FieldErrors, then: T) -> Result<T, AppError> {
    if f.0.is_empty() {
        Ok(then)
    } else {
        Err(AppError::Validation(f))
    }
}

/// A final action (issuing a bulletin, publishing an assessment) needs its form's
/// confirmation box ticked (`confirm=yes`); without it, 422 naming `confirm`, in the
/// reader's language.
pub fn confirmed(req: &HttpRequest, body: &str) -> Result<(), AppError> {
    let ticked = form_urlencoded::parse(body.as_bytes()).any(|(k, v)| k == "confirm" && v == "yes");
    if ticked {
        Ok(())
    } else {
        let lang = super::req_lang(req);
        Err(AppError::field(
            "confirm",
            i18n::text(lang, "confirm_needed"),
        ))
    }
}
