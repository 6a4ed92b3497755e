//! The web pages on the `city` data (2,000 projects, ~20,000 milestones), rendered through
//! the whole stack (guard, store, template) as each user sees them. The target is 50 ms a
//! page on the server.
//!
//!     cargo bench --bench pages                       # SQLite
//!     DUBAN_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench pages
//!
//! Figures and the machine they were taken on are in docs/benchmarks.md.

// Tests and tools fail loudly on purpose: the no-panic rules are for shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/it/common/mod.rs"]
mod common;

use std::sync::OnceLock;

use actix_web::test;
use common::{TestDb, d};
use divan::Bencher;
use duban::domain::access::Role;
use duban::seed::generate::{Size, generate};
use duban::store::{Ctx, assessments, projects};

const ANCHOR: &str = "2026-11-25";

fn main() {
    divan::main();
}

fn backends() -> Vec<&'static str> {
    common::backend_names()
}

fn ctx() -> Ctx {
    let clock = duban::clock::FixedClock::at_noon(d(ANCHOR), common::TZ);
    Ctx::new("bench", &clock, common::TZ)
}

/// The city database with a saved assessment, and a token for each kind of viewer.
struct City {
    db: TestDb,
    /// A project of the busiest leader, and the responsible person of that project.
    code: String,
}

fn city(backend: &str) -> &'static City {
    static SQLITE: OnceLock<City> = OnceLock::new();
    static PG: OnceLock<City> = OnceLock::new();
    let cell = if backend == "postgres" { &PG } else { &SQLITE };
    cell.get_or_init(|| {
        let db = TestDb::fresh(backend);
        let mut conn = db.conn();
        generate(&mut conn, &ctx(), Size::City, 1, false).expect("city data");
        assessments::create(
            &mut conn,
            &ctx(),
            common::TZ,
            assessments::NewRun {
                year: 2026,
                ..Default::default()
            },
        )
        .expect("an assessment run");
        let first = projects::list(
            &mut conn,
            &common::system_on(ANCHOR),
            &Default::default(),
            &projects::ProjectFilter {
                leader: Some(1),
                limit: Some(1),
                ..Default::default()
            },
        )
        .expect("projects")
        .items
        .remove(0);
        let person = first.person.expect("a responsible person").id;
        db.token_for("office", &[Role::Supervisor], None, "dbn_office");
        db.token_for("leader", &[Role::Leader], Some(1), "dbn_leader");
        db.token_for("person", &[Role::Responsible], Some(person), "dbn_person");
        City {
            db,
            code: first.project.code,
        }
    })
}

/// GETs `path` as the holder of `token`; the page must come back whole.
fn page(b: Bencher, backend: &str, token: &str, path: &str) {
    let c = city(backend);
    let path = path.replace("{code}", &c.code);
    let system = actix_web::rt::System::new();
    let app = system.block_on(test::init_service(duban::http::app(c.db.state(ANCHOR))));
    b.bench_local(|| {
        system.block_on(async {
            let req = test::TestRequest::get()
                .uri(&path)
                .insert_header(common::bearer(token))
                .to_request();
            let resp = test::call_service(&app, req).await;
            assert!(resp.status().is_success(), "{path}: {}", resp.status());
            let body = test::read_body(resp).await;
            assert!(body.ends_with(b"</html>\n") || body.ends_with(b"</html>"));
            body
        })
    });
}

#[divan::bench(args = backends())]
fn board(b: Bencher, backend: &str) {
    page(b, backend, "dbn_office", "/board");
}

#[divan::bench(args = backends())]
fn my_projects_of_a_leader(b: Bencher, backend: &str) {
    page(b, backend, "dbn_leader", "/my");
}

#[divan::bench(args = backends())]
fn my_milestones_of_a_responsible_person(b: Bencher, backend: &str) {
    page(b, backend, "dbn_person", "/my/milestones");
}

#[divan::bench(args = backends())]
fn project(b: Bencher, backend: &str) {
    page(b, backend, "dbn_office", "/projects/{code}");
}

#[divan::bench(args = backends())]
fn inspection_report(b: Bencher, backend: &str) {
    page(b, backend, "dbn_office", "/reports/inspection");
}

#[divan::bench(args = backends())]
fn assessment(b: Bencher, backend: &str) {
    page(b, backend, "dbn_office", "/assessments");
}

#[divan::bench(args = backends())]
fn admin_outbox(b: Bencher, backend: &str) {
    page(b, backend, "dbn_office", "/admin/outbox");
}

#[divan::bench(args = backends())]
fn admin_assignments(b: Bencher, backend: &str) {
    page(b, backend, common::ADMIN_TOKEN, "/admin/assignments");
}

#[divan::bench(args = backends())]
fn admin_people(b: Bencher, backend: &str) {
    page(b, backend, common::ADMIN_TOKEN, "/admin/people");
}
