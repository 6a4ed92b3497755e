//! Ledger benchmarks on the `city` data (2,000 projects, ~20,000 milestones).
//!
//!     cargo bench --bench ledger                       # SQLite
//!     DUBAN_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench ledger
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
use duban::seed::generate::{Size, generate};
use duban::store::{Ctx, projects};

const ANCHOR: &str = "2026-11-25";

fn main() {
    divan::main();
}

fn backends() -> Vec<&'static str> {
    common::backend_names()
}

fn fresh(backend: &str) -> TestDb {
    TestDb::fresh(backend)
}

fn ctx() -> Ctx {
    let clock = duban::clock::FixedClock::at_noon(d(ANCHOR), common::TZ);
    Ctx::new("bench", &clock, common::TZ)
}

/// One city-size database per backend, loaded once for the read benchmarks.
fn city(backend: &str) -> &'static TestDb {
    static SQLITE: OnceLock<TestDb> = OnceLock::new();
    static PG: OnceLock<TestDb> = OnceLock::new();
    let cell = if backend == "postgres" { &PG } else { &SQLITE };
    cell.get_or_init(|| {
        let db = fresh(backend);
        generate(&mut db.conn(), &ctx(), Size::City, 1, false).expect("city data");
        db
    })
}

/// The busiest leader of the city data (about 40 projects).
const LEADER: i64 = 1;

#[divan::bench(args = backends())]
fn store_list_projects_by_leader(b: Bencher, backend: &str) {
    let db = city(backend);
    let mut conn = db.conn();
    let filter = projects::ProjectFilter {
        leader: Some(LEADER),
        limit: Some(100),
        ..Default::default()
    };
    b.bench_local(|| {
        let page = projects::list(
            &mut conn,
            &common::system_on(ANCHOR),
            &Default::default(),
            &filter,
        )
        .expect("list");
        assert!(page.total > 0);
        page
    });
}

#[divan::bench(args = backends())]
fn http_get_projects_by_leader(b: Bencher, backend: &str) {
    let db = city(backend);
    let system = actix_web::rt::System::new();
    let app = system.block_on(test::init_service(duban::http::app(db.state(ANCHOR))));
    let uri = format!("/api/v1/projects?leader={LEADER}&limit=100");
    b.bench_local(|| {
        system.block_on(async {
            // Through the whole stack, authentication included, as an API script sees it.
            let req = test::TestRequest::get()
                .uri(&uri)
                .insert_header(common::bearer(common::ADMIN_TOKEN))
                .to_request();
            let resp = test::call_service(&app, req).await;
            assert!(resp.status().is_success());
            test::read_body(resp).await
        })
    });
}

/// The same list as the leader himself sees it: his token, his projects found through the
/// assignments in force (`store::access::readable`), then the list narrowed to them.
#[divan::bench(args = backends())]
fn http_get_projects_as_the_leader(b: Bencher, backend: &str) {
    let db = city(backend);
    let token = format!("dbn_bench_leader_{backend}");
    if duban::store::accounts::id_of(&mut db.conn(), &format!("leader-{backend}")).is_err() {
        db.token_for(
            &format!("leader-{backend}"),
            &[duban::domain::access::Role::Leader],
            Some(LEADER),
            &token,
        );
    }
    let system = actix_web::rt::System::new();
    let app = system.block_on(test::init_service(duban::http::app(db.state(ANCHOR))));
    b.bench_local(|| {
        system.block_on(async {
            let req = test::TestRequest::get()
                .uri("/api/v1/projects?limit=100")
                .insert_header(common::bearer(&token))
                .to_request();
            let resp = test::call_service(&app, req).await;
            assert!(resp.status().is_success());
            test::read_body(resp).await
        })
    });
}

/// A login: the argon2id verification (deliberately costly) and a new session row.
#[divan::bench(args = backends(), sample_count = 10, sample_size = 1)]
fn http_login(b: Bencher, backend: &str) {
    let db = city(backend);
    let email = format!("bench-{backend}@example.gov.cn");
    if duban::store::accounts::id_of(&mut db.conn(), &email).is_err() {
        duban::store::accounts::create(
            &mut db.conn(),
            &ctx(),
            duban::store::accounts::NewUser {
                username: None,
                email: Some(email.clone()),
                display_name: None,
                person_id: None,
                roles: vec![duban::domain::access::Role::Supervisor],
                password: "bench-password-2026".into(),
                lang: None,
            },
        )
        .expect("account");
    }
    let system = actix_web::rt::System::new();
    let app = system.block_on(test::init_service(duban::http::app(db.state(ANCHOR))));
    let body = serde_json::json!({"login": email, "password": "bench-password-2026"});
    b.bench_local(|| {
        system.block_on(async {
            let req = test::TestRequest::post()
                .uri("/api/v1/auth/login")
                .set_json(&body)
                .to_request();
            let resp = test::call_service(&app, req).await;
            assert!(resp.status().is_success());
            test::read_body(resp).await
        })
    });
}

#[divan::bench(args = backends(), sample_count = 3, sample_size = 1)]
fn load_city(b: Bencher, backend: &str) {
    b.with_inputs(|| fresh(backend)).bench_local_values(|db| {
        let sum = generate(&mut db.conn(), &ctx(), Size::City, 1, false).expect("load");
        assert_eq!(sum.projects, 2_000);
        db
    });
}

#[divan::bench(args = backends())]
fn inspection_report_json(b: Bencher, backend: &str) {
    let db = city(backend);
    let mut conn = db.conn();
    let f = duban::store::reports::InspectionFilter::default();
    b.bench_local(|| {
        let r = duban::store::reports::inspection(
            &mut conn,
            &common::system_on(ANCHOR),
            common::TZ,
            &Default::default(),
            &f,
        )
        .unwrap();
        assert_eq!(r.summary.projects, 2_000);
        serde_json::to_vec(&r).unwrap().len()
    });
}

#[divan::bench(args = backends())]
fn inspection_report_xlsx(b: Bencher, backend: &str) {
    let db = city(backend);
    let mut conn = db.conn();
    let f = duban::store::reports::InspectionFilter::default();
    b.bench_local(|| {
        let r = duban::store::reports::inspection(
            &mut conn,
            &common::system_on(ANCHOR),
            common::TZ,
            &Default::default(),
            &f,
        )
        .unwrap();
        duban::export::inspection_xlsx(&r, None).unwrap().len()
    });
}

#[divan::bench(args = backends())]
fn assessment_city(b: Bencher, backend: &str) {
    let db = city(backend);
    let mut conn = db.conn();
    let model = duban::domain::assessment::Model::default_model().unwrap();
    b.bench_local(|| {
        let a = duban::store::assessments::compute(
            &mut conn,
            common::TZ,
            2026,
            d(ANCHOR),
            &model,
            Default::default(),
        )
        .unwrap();
        assert_eq!(a.projects.len(), 2_000);
        serde_json::to_vec(&a).unwrap().len()
    });
}
