//! Makes the OpenAPI document say what the server does, in one pass over it once every
//! route is registered: the routes that need no login say so (`security: []`), paging
//! parameters carry the limits the store enforces, a report's `format` its values, and every
//! operation documents the refusals the guard and the extractors can give it (JSON for the
//! API, HTML for the pages) beside the ones its handler declares.

use utoipa::openapi::path::{Operation, Parameter};
use utoipa::openapi::{
    ContentBuilder, ObjectBuilder, OpenApi, Ref, RefOr, ResponseBuilder, Schema, Type,
};

use super::guard::is_page;
use super::routes;
use crate::domain::access::Gate;
use crate::store::MAX_LIMIT;

/// The file forms of a report or an assessment (`?format=`).
const FORMATS: [&str; 4] = ["json", "csv", "xlsx", "html"];

pub fn make_exact(api: &mut OpenApi) {
    for (path, item) in api.paths.paths.iter_mut() {
        let ops = [
            ("GET", &mut item.get),
            ("POST", &mut item.post),
            ("PUT", &mut item.put),
            ("PATCH", &mut item.patch),
            ("DELETE", &mut item.delete),
        ];
        for (method, op) in ops {
            if let Some(op) = op.as_mut() {
                let public = routes::gate(method, path) == Some(Gate::Public);
                exact_operation(op, path, public, method != "GET" && method != "DELETE");
            }
        }
    }
}

fn exact_operation(op: &mut Operation, path: &str, public: bool, writes: bool) {
    if public {
        // No login needed: the document-wide requirement does not apply.
        op.security = Some(Vec::new());
    }
    if let Some(body) = op.request_body.as_mut() {
        // Every body an operation declares is one it needs (415 without it).
        body.required = Some(utoipa::openapi::Required::True);
    }
    for p in op.parameters.iter_mut().flatten() {
        bound(p);
    }
    let page = is_page(path);
    let refusal = |what: &str| {
        let content = if page {
            ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
                .build()
        } else {
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build()
        };
        let mime = if page {
            "text/html"
        } else {
            "application/json"
        };
        RefOr::T(
            ResponseBuilder::new()
                .description(what)
                .content(mime, content)
                .build(),
        )
    };
    let with_body = writes || op.request_body.is_some();
    let responses = &mut op.responses.responses;
    let ranged = responses.contains_key("4XX");
    let mut add = |code: &str, what: &str| {
        if !ranged && !responses.contains_key(code) {
            responses.insert(code.into(), refusal(what));
        }
    };
    add(
        "400",
        "the request cannot be read (`bad_path`, `bad_query`, `malformed_json`)",
    );
    add(
        "422",
        "a value breaks a rule (`validation_failed`, naming the field)",
    );
    if !public || path.ends_with("/login") {
        add(
            "429",
            "too many attempts (`too_many_requests`, with Retry-After)",
        );
    }
    if !public {
        add("401", "no valid session or token (`unauthenticated`)");
        add("403", "not allowed for this account (`forbidden`)");
        add("404", "not found, or not yours to see (`not_found`)");
    }
    if with_body {
        add(
            "413",
            "the body is larger than allowed (`payload_too_large`)",
        );
        add(
            "415",
            "the body is not of the expected type (`unsupported_media_type`)",
        );
    }
    if !responses.contains_key("503") {
        responses.insert(
            "503".into(),
            refusal("the database is unavailable or cannot be written, or the server is busy (`unavailable`, `not_writable`, `busy`; with Retry-After)"),
        );
    }
}

/// The limits the store enforces, in the parameter's schema.
fn bound(p: &mut Parameter) {
    let schema = match p.name.as_str() {
        "limit" => ObjectBuilder::new()
            .schema_type(Type::Integer)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Int64,
            )))
            .minimum(Some(1))
            .maximum(Some(MAX_LIMIT)),
        "offset" => ObjectBuilder::new()
            .schema_type(Type::Integer)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Int64,
            )))
            .minimum(Some(0)),
        "format" => ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(FORMATS)),
        _ => return,
    };
    p.schema = Some(RefOr::T(Schema::Object(schema.build())));
}
