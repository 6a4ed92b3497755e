//! Test support: a fresh real database per test (SQLite file or PostgreSQL database), the
//! real actix app over it with a fixed clock, and helpers to call it and to check that a
//! rejected request changed nothing.
#![allow(dead_code)]

pub mod browser;
pub mod robots;
pub mod smtp;
pub mod xlsx;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use actix_http::Request;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::{http::StatusCode, test};
use chrono::NaiveDate;
use diesel::prelude::*;
use duban::clock::FixedClock;
use duban::db::{self, DbConn, DbUrl};
use duban::domain::access::Role;
use duban::http::{self, AppState};
use serde_json::Value;

pub const TZ: chrono_tz::Tz = chrono_tz::Asia::Shanghai;

/// The password of the accounts made with [`TestDb::account`].
pub const PASSWORD: &str = "correct-horse-battery";

/// The API token of `tester`, the admin every fresh test database has; [`call`] sends it.
pub const ADMIN_TOKEN: &str = "dbn_test-admin-token";

/// `Authorization` header value for a token.
pub fn bearer(token: &str) -> (&'static str, String) {
    ("Authorization", format!("Bearer {token}"))
}

/// The installation's own context at noon on `day` (as the scheduler, seeds and command
/// line act): it may do everything, so a test reads the store without an account.
pub fn system_on(day: &str) -> duban::store::Ctx {
    duban::store::Ctx::new("test", &FixedClock::at_noon(d(day), TZ), TZ)
}

pub fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

/// One fresh, migrated database; dropped with the value.
pub struct TestDb {
    pub url: DbUrl,
    pub name: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg_admin: Option<(String, String)>,
}

impl TestDb {
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = DbUrl::Sqlite(dir.path().join("test.db"));
        let db = Self {
            url,
            name: "sqlite",
            _dir: Some(dir),
            pg_admin: None,
        };
        db.migrate();
        db
    }

    /// A fresh SQLite database in this file (its folder is the caller's).
    pub fn sqlite_at(path: std::path::PathBuf) -> Self {
        let db = Self {
            url: DbUrl::Sqlite(path),
            name: "sqlite",
            _dir: None,
            pg_admin: None,
        };
        db.migrate();
        db
    }

    /// The name of this PostgreSQL test database.
    pub fn pg_name(&self) -> Option<&str> {
        self.pg_admin.as_ref().map(|(_, n)| n.as_str())
    }

    /// Runs one statement as the PostgreSQL admin (for faults: read-only databases).
    pub fn pg_admin(&self, sql: &str) {
        let (url, _) = self.pg_admin.as_ref().expect("a PostgreSQL test database");
        let mut admin = PgConnection::establish(url).expect("admin connection");
        diesel::sql_query(sql).execute(&mut admin).expect(sql);
    }

    pub fn postgres(admin_url: &str) -> Self {
        let db = Self::postgres_empty(admin_url);
        db.migrate();
        db
    }

    /// A new PostgreSQL database with nothing in it, not even the migrations (for a dump
    /// of an earlier release to be loaded into).
    pub fn postgres_empty(admin_url: &str) -> Self {
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "duban_t_{}_{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst),
            fastrand::u32(..)
        );
        let mut admin = PgConnection::establish(admin_url).expect("connect to DUBAN_TEST_PG_URL");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .expect("create test database");
        let url = replace_db_name(admin_url, &name);
        Self {
            url: DbUrl::Postgres(url),
            name: "postgres",
            _dir: None,
            pg_admin: Some((admin_url.to_string(), name)),
        }
    }

    fn migrate(&self) {
        let mut conn = self.conn();
        db::run_migrations(&mut conn).expect("migrations");
        self.token_for("tester", &[Role::Admin], None, ADMIN_TOKEN);
    }

    /// An account with a real password ([`PASSWORD`]), made as the CLI and API make them.
    pub fn account(&self, email: &str, roles: Vec<Role>, person: Option<i64>) {
        let clock = FixedClock::at_noon(d("2026-01-01"), TZ);
        duban::store::accounts::create(
            &mut self.conn(),
            &duban::store::Ctx::new("test", &clock, TZ),
            duban::store::accounts::NewUser {
                username: None,
                email: Some(email.into()),
                display_name: None,
                person_id: person,
                roles,
                password: PASSWORD.into(),
                lang: None,
            },
        )
        .expect("account");
    }

    /// An account with these roles (no password: it logs in only by the API token given),
    /// for tests that act as one role or another.
    pub fn token_for(
        &self,
        username: &str,
        roles: &[Role],
        person: Option<i64>,
        token: &str,
    ) -> i64 {
        use duban::db::schema::{api_tokens, user_roles, users};
        let mut conn = self.conn();
        let now = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("time");
        let id: i64 = diesel::insert_into(users::table)
            .values((
                users::username.eq(username),
                users::person_id.eq(person),
                users::display_name.eq(username),
                // Not a PHC string: no password verifies against it.
                users::password_hash.eq("!"),
                users::disabled.eq(false),
                users::lang.eq("zh-CN"),
                users::password_changed_at.eq(now),
                users::created_at.eq(now),
                users::updated_at.eq(now),
            ))
            .returning(users::id)
            .get_result(&mut conn)
            .expect("user");
        for r in roles {
            diesel::insert_into(user_roles::table)
                .values((user_roles::user_id.eq(id), user_roles::role.eq(r.as_str())))
                .execute(&mut conn)
                .expect("role");
        }
        diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::user_id.eq(id),
                api_tokens::name.eq("test"),
                api_tokens::token_hash.eq(duban::auth::token_digest(token)),
                api_tokens::created_at.eq(now),
            ))
            .execute(&mut conn)
            .expect("token");
        id
    }

    /// Queues `n` test messages, one per recipient, due at `now`.
    pub fn queue_test_messages(&self, n: usize, now: chrono::NaiveDateTime) {
        let rows: Vec<_> = (0..n)
            .map(|i| {
                let r = duban::mail::compose::render_test("zh-CN", d("2026-11-25")).unwrap();
                duban::mail::compose::outbox_row(
                    "test",
                    "test",
                    d("2026-11-25"),
                    None,
                    &format!("p{i}@example.gov.cn"),
                    "收件人",
                    "zh-CN",
                    r,
                    now,
                )
            })
            .collect();
        duban::store::outbox::enqueue(&mut self.conn(), &rows).unwrap();
    }

    pub fn conn(&self) -> DbConn {
        db::establish(&self.url).expect("connect")
    }

    pub fn pool(&self) -> db::Pool {
        db::pool(&self.url, 4).expect("pool")
    }

    /// The real app over this database with the clock standing at noon on `today`.
    pub fn state(&self, today: &str) -> AppState {
        AppState {
            pool: self.pool(),
            clock: Arc::new(FixedClock::at_noon(d(today), TZ)),
            tz: TZ,
            max_body_bytes: 64 * 1024,
            max_upload_bytes: 4 * 1024 * 1024,
            scheduling: Default::default(),
            settings: Arc::new(vec![("DUBAN_TIMEZONE".into(), TZ.to_string())]),
            results: Default::default(),
            read_cache: Default::default(),
            password_slots: Default::default(),
            body_timeout: std::time::Duration::from_secs(30),
            trusted_proxies: Arc::new(
                duban::config::parse_proxies(duban::config::LOOPBACK).expect("loopback"),
            ),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = &self.pg_admin
            && let Ok(mut admin) = PgConnection::establish(admin_url)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
    }
}

fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[scheme_end..].rfind('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// Names of the backends a benchmark can use: SQLite, and PostgreSQL when
/// `DUBAN_TEST_PG_URL` is set.
pub fn backend_names() -> Vec<&'static str> {
    let mut v = vec!["sqlite"];
    if std::env::var("DUBAN_TEST_PG_URL").is_ok() {
        v.push("postgres");
    } else {
        eprintln!("(PostgreSQL rows skipped: DUBAN_TEST_PG_URL is unset)");
    }
    v
}

impl TestDb {
    /// A fresh database of the named backend (see [`backend_names`]).
    pub fn fresh(backend: &str) -> Self {
        match backend {
            "postgres" => {
                Self::postgres(&std::env::var("DUBAN_TEST_PG_URL").expect("DUBAN_TEST_PG_URL"))
            }
            _ => Self::sqlite(),
        }
    }
}

/// Every backend this run can test: SQLite always, PostgreSQL when `DUBAN_TEST_PG_URL` is
/// set. A missing PostgreSQL is reported loudly, and is an error when
/// `DUBAN_TEST_REQUIRE_PG=1` (as in CI).
pub fn backends() -> Vec<TestDb> {
    let mut v = vec![TestDb::sqlite()];
    match std::env::var("DUBAN_TEST_PG_URL") {
        Ok(url) if !url.trim().is_empty() => v.push(TestDb::postgres(&url)),
        _ => {
            if std::env::var("DUBAN_TEST_REQUIRE_PG").as_deref() == Ok("1") {
                panic!("DUBAN_TEST_REQUIRE_PG=1 but DUBAN_TEST_PG_URL is unset");
            }
            eprintln!(
                "\n*** SKIPPED: PostgreSQL half of this test (set DUBAN_TEST_PG_URL to run it) ***\n"
            );
        }
    }
    v
}

pub async fn app(
    state: AppState,
) -> impl Service<
    Request,
    Response = ServiceResponse<impl actix_web::body::MessageBody>,
    Error = actix_web::Error,
> {
    test::init_service(http::app(state)).await
}

/// Sends a request and returns status and JSON body (`Value::Null` for an empty body).
pub async fn call<S, B>(
    app: &S,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value)
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: actix_web::body::MessageBody,
{
    call_as(app, ADMIN_TOKEN, method, path, body).await
}

/// Like [`call`], with another account's API token.
pub async fn call_as<S, B>(
    app: &S,
    token: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value)
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: actix_web::body::MessageBody,
{
    let mut req = test::TestRequest::default()
        .method(method.parse().expect("method"))
        .uri(path)
        .insert_header(bearer(token));
    if let Some(b) = body {
        req = req.set_json(b);
    }
    send(app, req.to_request()).await
}

pub async fn send<S, B>(app: &S, req: Request) -> (StatusCode, Value)
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: actix_web::body::MessageBody,
{
    let resp = test::call_service(app, req).await;
    let status = resp.status();
    let bytes = test::read_body(resp).await;
    let json = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
    };
    (status, json)
}

/// Runs a statement on a connection of its own backend, as the command line or another
/// instance would change the data behind the server's back.
pub fn execute(conn: &mut DbConn, sql: &str) {
    use diesel::RunQueryDsl;
    match conn {
        DbConn::Sqlite(c) => diesel::sql_query(sql).execute(c),
        DbConn::Postgresql(c) => diesel::sql_query(sql).execute(c),
    }
    .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Asserts the error shape and returns the `fields` object.
pub fn assert_error(status: StatusCode, body: &Value, want: StatusCode, code: &str) -> Value {
    assert_eq!(status, want, "body: {body}");
    let err = &body["error"];
    assert_eq!(err["code"], code, "body: {body}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "body: {body}"
    );
    assert!(err["fields"].is_object(), "body: {body}");
    err["fields"].clone()
}

/// A digest of every table a request can change, to prove a rejected request changed
/// nothing.
pub fn fingerprint(conn: &mut DbConn) -> String {
    use duban::db::models::*;
    use duban::db::schema::*;
    let mut out = String::new();
    macro_rules! dump {
        ($t:ident, $m:ty) => {{
            let rows: Vec<$m> = $t::table
                .order($t::id)
                .select(<$m>::as_select())
                .load(conn)
                .expect("dump");
            out.push_str(&format!("{}:{:?}\n", stringify!($t), rows));
        }};
    }
    dump!(units, Unit);
    dump!(people, Person);
    dump!(projects, Project);
    dump!(stage_events, StageEvent);
    dump!(assignments, Assignment);
    dump!(milestones, Milestone);
    dump!(reschedules, Reschedule);
    dump!(investment_plans, InvestmentPlan);
    dump!(investment_reports, InvestmentReport);
    dump!(progress_updates, ProgressUpdate);
    dump!(problems, Problem);
    dump!(comments, Comment);
    dump!(calendar_days, CalendarDay);
    dump!(outbox, OutboxRow);
    dump!(issued_reports, IssuedReport);
    dump!(assessment_runs, AssessmentRun);
    dump!(assessment_appeals, AssessmentAppeal);
    dump!(users, User);
    dump!(api_tokens, ApiToken);
    dump!(audit_log, AuditEntry);
    out
}

/// [`fixture`] plus `T-2` (标准化厂房) under another leader, 孙立新, with the same unit and
/// responsible person.
pub async fn fixture_with_second_project<S, B>(app: &S) -> Value
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: actix_web::body::MessageBody,
{
    let f = fixture(app).await;
    let (_, other) = call(
        app,
        "POST",
        "/api/v1/people",
        Some(serde_json::json!({"name": "孙立新"})),
    )
    .await;
    let (s, p) = call(app, "POST", "/api/v1/projects", Some(serde_json::json!({
        "code": "T-2", "name": "标准化厂房", "category": "industrial", "level": "municipal",
        "total_investment": 100_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-06-30",
        "leader_id": other["id"], "unit_id": f["unit"]["id"], "person_id": f["person"]["id"],
        "assigned_on": "2026-01-01"}))).await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let mut f = f;
    f["other_leader"] = other;
    f
}

/// A small fixture through the API: a unit with head, a leader, a responsible person and
/// one project `T-1` starting 2026-01-01 with two milestones.
pub async fn fixture<S, B>(app: &S) -> Value
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: actix_web::body::MessageBody,
{
    let (s, unit) = call(
        app,
        "POST",
        "/api/v1/units",
        Some(serde_json::json!({"name": "经济发展局", "contact_email": "jfj@example.gov.cn"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{unit}");
    let (s, leader) = call(app, "POST", "/api/v1/people", Some(serde_json::json!({"name": "张卫东", "title": "副区长", "email": "zhang@example.gov.cn"}))).await;
    assert_eq!(s, StatusCode::CREATED, "{leader}");
    let (s, person) = call(app, "POST", "/api/v1/people", Some(serde_json::json!({"name": "李娜", "title": "科长", "unit_id": unit["id"], "email": "li.na@example.gov.cn"}))).await;
    assert_eq!(s, StatusCode::CREATED, "{person}");
    let (s, project) = call(app, "POST", "/api/v1/projects", Some(serde_json::json!({
        "code": "T-1", "name": "冷链物流园", "category": "services", "level": "municipal",
        "total_investment": 300_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-06-30",
        "stage": "started", "stage_on": "2026-01-05",
        "leader_id": leader["id"], "unit_id": unit["id"], "person_id": person["id"], "assigned_on": "2026-01-01"
    }))).await;
    assert_eq!(s, StatusCode::CREATED, "{project}");
    for (title, due) in [
        ("完成土地摘牌", "2026-03-31"),
        ("主体结构封顶", "2026-09-30"),
    ] {
        let (s, m) = call(
            app,
            "POST",
            "/api/v1/milestones",
            Some(serde_json::json!({"project_code": "T-1", "title": title, "due": due})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
    }
    serde_json::json!({"unit": unit, "leader": leader, "person": person, "project": project})
}

/// A response with its headers, for tests that look at cookies and redirects.
pub struct Resp {
    pub status: StatusCode,
    pub headers: actix_web::http::header::HeaderMap,
    pub body: Value,
}

/// Sends a request built by the caller; a body that is not JSON comes back as a string.
pub async fn exec<S, B>(app: &S, req: test::TestRequest) -> Resp
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let resp = actix_web::test::call_service(app, req.to_request()).await;
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = actix_web::test::read_body(resp).await;
    let body = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
    Resp {
        status,
        headers,
        body,
    }
}

/// A multipart body of text fields and one file.
pub fn multipart(fields: &[(&str, &str)], file: Option<&[u8]>) -> (String, Vec<u8>) {
    let boundary = "duban-test-boundary-7f3a";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some(bytes) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"台帐.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A loopback port no other test of this process was given. The system may hand a port it
/// has just released to the next caller, and then one test's server would answer another
/// test's requests.
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    loop {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free loopback port");
        if GIVEN.lock().unwrap_or_else(|e| e.into_inner()).insert(port) {
            return port;
        }
    }
}
