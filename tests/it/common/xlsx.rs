//! Reading what the app serves: a GET's status, headers and bytes, workbooks read back with
//! calamine (cell text, numbers, fills), and the app over the demo data.

use std::io::Cursor;

use actix_web::http::StatusCode;
use calamine::{Data, DataType, Range, Reader, StyleRange, Xlsx};

use super::{TZ, TestDb, app};

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// GET `path`; returns status, content type, disposition and the body's bytes.
pub async fn fetch<S, B>(app: &S, path: &str) -> (StatusCode, String, String, Vec<u8>)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let req = actix_web::test::TestRequest::get()
        .uri(path)
        .insert_header(super::bearer(super::ADMIN_TOKEN))
        .to_request();
    let resp = actix_web::test::call_service(app, req).await;
    let header = |name: &str| {
        resp.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (status, ct, cd) = (
        resp.status(),
        header("content-type"),
        header("content-disposition"),
    );
    let body = actix_web::test::read_body(resp).await.to_vec();
    (status, ct, cd, body)
}

pub fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("a readable xlsx")
}

pub fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    range
        .get_value((row, col))
        .and_then(|d| d.get_string())
        .unwrap_or_default()
        .to_string()
}

pub fn number(range: &Range<Data>, row: u32, col: u32) -> Option<f64> {
    range.get_value((row, col)).and_then(|d| d.get_float())
}

/// The solid fill colour of a cell as `(r, g, b)`, if it has one.
pub fn fill(styles: &StyleRange, row: u32, col: u32) -> Option<(u8, u8, u8)> {
    let f = styles.get((row, col))?.fill.as_ref()?;
    if !f.is_visible() {
        return None;
    }
    f.get_color().map(|c| (c.red, c.green, c.blue))
}

/// The app over the demo data laid out around 2026-11-25.
pub async fn demo_app(
    db: &TestDb,
) -> impl actix_web::dev::Service<
    actix_http::Request,
    Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
    Error = actix_web::Error,
> {
    let state = db.state("2026-11-25");
    duban::seed::demo::load(
        &mut db.conn(),
        &duban::store::Ctx::new("seed", state.clock.as_ref(), TZ),
    )
    .unwrap();
    app(state).await
}
