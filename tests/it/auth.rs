//! Accounts and their defences through the real app: login with cookie and CSRF token,
//! generic refusals, throttling, session expiry and revocation, API tokens, and the signed
//! single-use links of reminder emails (tampered, expired, used, for someone else).

use crate::common;

use std::net::SocketAddr;

use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::*;
use diesel::prelude::*;
use duban::clock::{Clock, FixedClock, db_timestamp};
use duban::domain::access::Role;
use duban::scheduler::scan::{ScanConfig, scan};
use duban::store::{Ctx, accounts};
use serde_json::{Value, json};

fn login_req(login: &str, password: &str, from: &str) -> TestRequest {
    TestRequest::post()
        .uri("/api/v1/auth/login")
        .peer_addr(from.parse::<SocketAddr>().expect("address"))
        .set_json(json!({"login": login, "password": password}))
}

/// Logs in and returns the session cookie's value and the CSRF token.
async fn login<S, B>(app: &S, login: &str) -> (String, String)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let r = exec(app, login_req(login, PASSWORD, "10.0.0.1:5000")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let cookie = r
        .headers
        .get_all("set-cookie")
        .filter_map(|v| Cookie::parse_encoded(v.to_str().ok()?.to_string()).ok())
        .find(|c| c.name() == "duban_session")
        .expect("session cookie");
    (
        cookie.value().to_string(),
        r.body["csrf_token"].as_str().expect("csrf").to_string(),
    )
}

fn with_session(req: TestRequest, session: &str) -> TestRequest {
    req.cookie(Cookie::new("duban_session", session.to_string()))
}

#[actix_web::test]
async fn login_sets_a_safe_cookie_and_returns_user_roles_and_csrf() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        // Email in any letter case.
        let r = exec(
            &app,
            login_req("DCS@Example.gov.cn", PASSWORD, "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(r.body["roles"], json!(["supervisor"]));
        assert_eq!(r.body["user"]["email"], "dcs@example.gov.cn");
        assert!(r.body["csrf_token"].as_str().is_some_and(|t| t.len() >= 32));
        assert!(r.body["user"].get("password_hash").is_none());
        let set = r
            .headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(set.starts_with("duban_session="), "{set}");
        for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"] {
            assert!(set.contains(part), "{part} missing in {set}");
        }
        assert!(!set.contains("Secure"), "plain http: {set}");
        // Behind a proxy that says https, the cookie is Secure.
        let r = exec(
            &app,
            login_req("dcs@example.gov.cn", PASSWORD, "10.0.0.1:1")
                .insert_header(("X-Forwarded-Proto", "https")),
        )
        .await;
        let set = r.headers.get("set-cookie").unwrap().to_str().unwrap();
        assert!(set.contains("Secure"), "{set}");
        // The session reads; `me` repeats the CSRF token for a reloaded page.
        let (session, csrf) = login(&app, "dcs@example.gov.cn").await;
        let r = exec(
            &app,
            with_session(TestRequest::get().uri("/api/v1/auth/me"), &session),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.body["csrf_token"], csrf.as_str());
        assert_eq!(r.body["user"]["roles"], json!(["supervisor"]));
    }
}

#[actix_web::test]
async fn refusals_do_not_tell_which_accounts_exist() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        db.account("gone@example.gov.cn", vec![Role::Supervisor], None);
        let gone = accounts::id_of(&mut db.conn(), "gone@example.gov.cn").unwrap();
        let clock = FixedClock::at_noon(d("2026-06-15"), TZ);
        accounts::update(
            &mut db.conn(),
            &Ctx::new("test", &clock, TZ),
            gone,
            accounts::UserPatch {
                disabled: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
        let mut bodies = Vec::new();
        for (login, password, from) in [
            ("nobody@example.gov.cn", PASSWORD, "10.0.1.1:1"),
            ("dcs@example.gov.cn", "wrong password", "10.0.1.2:1"),
            ("gone@example.gov.cn", PASSWORD, "10.0.1.3:1"),
        ] {
            let r = exec(&app, login_req(login, password, from)).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{login}: {}", r.body);
            assert!(r.headers.get("set-cookie").is_none());
            bodies.push(r.body);
        }
        assert_eq!(bodies[0], bodies[1]);
        assert_eq!(bodies[1], bodies[2]);
        assert_eq!(bodies[0]["error"]["code"], "invalid_credentials");
        // Missing fields are named, as everywhere.
        let r = exec(
            &app,
            TestRequest::post()
                .uri("/api/v1/auth/login")
                .set_json(json!({"login": "dcs@example.gov.cn"})),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body["error"]["fields"]["password"].is_string(),
            "{}",
            r.body
        );
    }
}

#[actix_web::test]
async fn failed_logins_are_throttled_per_account_and_per_address() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("li.na@example.gov.cn", vec![Role::Supervisor], None);
        for i in 0..5 {
            let r = exec(
                &app,
                login_req("li.na@example.gov.cn", "guess", &format!("10.1.0.{i}:1")),
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        }
        // The sixth try, even with the right password and from elsewhere, waits.
        let r = exec(
            &app,
            login_req("li.na@example.gov.cn", PASSWORD, "10.9.9.9:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
        let wait: u64 = r
            .headers
            .get("retry-after")
            .unwrap()
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=900).contains(&wait), "{wait}");
        assert_eq!(r.body["error"]["code"], "too_many_requests");
        // Fifteen minutes later the account may try again, and the right password works.
        let later = app_at(&db, "2026-06-15", 13 * 60).await;
        let r = exec(
            &later,
            login_req("li.na@example.gov.cn", PASSWORD, "10.9.9.9:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);

        // One address sweeping many accounts is stopped too.
        for i in 0..20 {
            let r = exec(
                &app,
                login_req(&format!("user{i}@example.gov.cn"), "guess", "10.2.0.1:1"),
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "attempt {i}");
        }
        let r = exec(
            &app,
            login_req("li.na@example.gov.cn", PASSWORD, "10.2.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(r.headers.get("retry-after").is_some());

        // Behind a reverse proxy on loopback the proxy's header names the client, so one
        // client is stopped without locking out everyone behind the same proxy ...
        let via_proxy = |login: &str, client: &str| {
            login_req(login, "guess", "127.0.0.1:40000")
                .insert_header(("X-Forwarded-For", client.to_string()))
        };
        for i in 0..20 {
            exec(
                &app,
                via_proxy(&format!("p{i}@example.gov.cn"), "203.0.113.5"),
            )
            .await;
        }
        let r = exec(&app, via_proxy("q@example.gov.cn", "203.0.113.5")).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        let r = exec(&app, via_proxy("q@example.gov.cn", "198.51.100.7")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // The proxy appends the client it saw; what a client wrote before that is ignored.
        let r = exec(
            &app,
            via_proxy("q@example.gov.cn", "198.51.100.99, 203.0.113.5"),
        )
        .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        // ... while from elsewhere the header could be forged, and is ignored.
        let forged = login_req("q@example.gov.cn", "guess", "10.2.0.1:2")
            .insert_header(("X-Forwarded-For", "192.0.2.1"));
        assert_eq!(
            exec(&app, forged).await.status,
            StatusCode::TOO_MANY_REQUESTS
        );
    }
}

#[actix_web::test]
async fn the_last_active_admin_cannot_be_demoted_or_disabled() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let (_, users) = call(&app, "GET", "/api/v1/users?role=admin", None).await;
        let me = users[0]["id"].as_i64().unwrap();
        let before = fingerprint(&mut db.conn());
        for patch in [json!({"disabled": true}), json!({"roles": ["supervisor"]})] {
            let (s, body) = call(&app, "PATCH", &format!("/api/v1/users/{me}"), Some(patch)).await;
            assert_error(s, &body, StatusCode::CONFLICT, "last_admin");
        }
        assert_eq!(before, fingerprint(&mut db.conn()));
        // Roles that act through a person need one; unknown roles are named.
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/users",
            Some(json!({
            "username": "zhang", "roles": ["leader"], "password": "long-enough-password"})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )["person_id"]
                .is_string()
        );
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/users",
            Some(json!({
            "username": "zhang", "roles": ["chief"], "password": "long-enough-password"})),
        )
        .await;
        let fields = assert_error(
            s,
            &body,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        );
        assert!(
            fields
                .as_object()
                .unwrap()
                .keys()
                .any(|k| k.starts_with("roles")),
            "{body}"
        );
        assert_eq!(before, fingerprint(&mut db.conn()));
    }
}

/// The app over the same database with the clock at `minutes` past noon of `day`.
async fn app_at(
    db: &TestDb,
    day: &str,
    minutes: i64,
) -> impl actix_web::dev::Service<
    actix_http::Request,
    Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
    Error = actix_web::Error,
> {
    let mut state = db.state(day);
    let noon = FixedClock::at_noon(d(day), TZ).now();
    state.clock = std::sync::Arc::new(FixedClock::new(noon + chrono::Duration::minutes(minutes)));
    common::app(state).await
}

#[actix_web::test]
async fn sessions_expire_end_at_logout_and_at_a_password_change() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let me = || TestRequest::get().uri("/api/v1/auth/me");

        // Twelve hours.
        let (session, _) = login(&app, "dcs@example.gov.cn").await;
        let r = exec(
            &app_at(&db, "2026-06-15", 11 * 60 + 59).await,
            with_session(me(), &session),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let r = exec(
            &app_at(&db, "2026-06-15", 12 * 60).await,
            with_session(me(), &session),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);

        // Logout revokes on the server: the cookie's value is dead even if kept.
        let (session, csrf) = login(&app, "dcs@example.gov.cn").await;
        let r = exec(
            &app,
            with_session(TestRequest::post().uri("/api/v1/auth/logout"), &session)
                .insert_header(("X-CSRF-Token", csrf)),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        assert!(
            r.headers
                .get("set-cookie")
                .unwrap()
                .to_str()
                .unwrap()
                .contains("Max-Age=0")
        );
        let r = exec(&app, with_session(me(), &session)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);

        // A password change ends every session of the account.
        let (first, _) = login(&app, "dcs@example.gov.cn").await;
        let (second, csrf) = login(&app, "dcs@example.gov.cn").await;
        let wrong = exec(&app, with_session(TestRequest::post().uri("/api/v1/auth/password"), &second)
            .insert_header(("X-CSRF-Token", csrf.clone()))
            .set_json(json!({"current_password": "not mine", "new_password": "another-password-2026"}))).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body["error"]["fields"]["current_password"].is_string());
        let r = exec(
            &app,
            with_session(TestRequest::post().uri("/api/v1/auth/password"), &second)
                .insert_header(("X-CSRF-Token", csrf))
                .set_json(
                    json!({"current_password": PASSWORD, "new_password": "another-password-2026"}),
                ),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        for s in [&first, &second] {
            assert_eq!(
                exec(&app, with_session(me(), s)).await.status,
                StatusCode::UNAUTHORIZED
            );
        }
        let r = exec(
            &app,
            login_req("dcs@example.gov.cn", "another-password-2026", "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let r = exec(
            &app,
            login_req("dcs@example.gov.cn", PASSWORD, "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
}

#[actix_web::test]
async fn cookie_writes_need_the_csrf_token_and_bearer_writes_do_not() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("admin2@example.gov.cn", vec![Role::Admin], None);
        let (session, csrf) = login(&app, "admin2@example.gov.cn").await;
        let unit = || {
            TestRequest::post()
                .uri("/api/v1/units")
                .set_json(json!({"name": "新单位"}))
        };
        let before = fingerprint(&mut db.conn());
        for header in [None, Some("wrong"), Some("")] {
            let mut req = with_session(unit(), &session);
            if let Some(h) = header {
                req = req.insert_header(("X-CSRF-Token", h));
            }
            let r = exec(&app, req).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{header:?}: {}", r.body);
            assert!(
                r.body["error"]["message"]
                    .as_str()
                    .unwrap()
                    .contains("X-CSRF-Token")
            );
        }
        assert_eq!(before, fingerprint(&mut db.conn()));
        // Reads need none.
        let r = exec(
            &app,
            with_session(TestRequest::get().uri("/api/v1/units"), &session),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let r = exec(
            &app,
            with_session(unit(), &session).insert_header(("X-CSRF-Token", csrf)),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let r = exec(&app, unit().insert_header(bearer(ADMIN_TOKEN))).await;
        assert_eq!(
            r.status,
            StatusCode::CONFLICT,
            "the same name again: {}",
            r.body
        );
        // Each write names its account in the audit log.
        let (_, audit) = call(&app, "GET", "/api/v1/audit?entity=unit", None).await;
        assert_eq!(audit["items"][0]["actor"], "admin2@example.gov.cn");
        assert!(audit["items"][0]["actor_user_id"].is_i64(), "{audit}");
    }
}

#[actix_web::test]
async fn api_tokens_are_shown_once_stored_hashed_and_die_when_revoked() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("script@example.gov.cn", vec![Role::Supervisor], None);
        let (session, csrf) = login(&app, "script@example.gov.cn").await;
        let r = exec(
            &app,
            with_session(TestRequest::post().uri("/api/v1/auth/tokens"), &session)
                .insert_header(("X-CSRF-Token", csrf))
                .set_json(json!({"name": "周报脚本"})),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let token = r.body["token"].as_str().unwrap().to_string();
        let id = r.body["id"].as_i64().unwrap();
        assert!(token.starts_with("dbn_"));
        // Stored as a digest only.
        use duban::db::schema::api_tokens;
        let stored: String = api_tokens::table
            .find(id)
            .select(api_tokens::token_hash)
            .first(&mut db.conn())
            .unwrap();
        assert_ne!(stored, token);
        assert!(!stored.contains(&token[4..]));
        // Listed without the token.
        let (s, list) = call_as(&app, &token, "GET", "/api/v1/auth/tokens", None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(list[0]["name"], "周报脚本");
        assert!(
            list[0].get("token").is_none() && list[0].get("token_hash").is_none(),
            "{list}"
        );
        // Someone else's token cannot be revoked (nor seen to exist).
        let (s, _) = call(&app, "DELETE", &format!("/api/v1/auth/tokens/{id}"), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = call_as(&app, &token, "GET", "/api/v1/reports/inspection", None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = call_as(
            &app,
            &token,
            "DELETE",
            &format!("/api/v1/auth/tokens/{id}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, body) = call_as(&app, &token, "GET", "/api/v1/reports/inspection", None).await;
        assert_error(s, &body, StatusCode::UNAUTHORIZED, "unauthenticated");
    }
}

#[actix_web::test]
async fn lists_show_each_user_only_what_is_theirs_also_as_of_a_past_date() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture_with_second_project(&app).await;
        let leader = f["leader"]["id"].as_i64().unwrap();
        let other = f["other_leader"].clone();
        db.token_for("zhang", &[Role::Leader], Some(leader), "dbn_zhang");
        let codes = |v: &Value| -> Vec<String> {
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["code"].as_str().unwrap().to_string())
                .collect()
        };
        let (_, mine) = call_as(&app, "dbn_zhang", "GET", "/api/v1/projects", None).await;
        assert_eq!(codes(&mine), vec!["T-1"]);
        assert_eq!(mine["total"], 1);
        let (_, all) = call(&app, "GET", "/api/v1/projects", None).await;
        assert_eq!(codes(&all), vec!["T-1", "T-2"]);
        let (_, ms) = call_as(&app, "dbn_zhang", "GET", "/api/v1/milestones", None).await;
        assert_eq!(ms["total"], 2, "{ms}");
        // Handed over on 2026-06-01: gone from his list today, and from every view as of
        // the days he held it: an as-of view is only for whoever may read the project now.
        let (s, a) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"leader_id": other["id"], "effective_on": "2026-06-01"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{a}");
        let (_, now) = call_as(&app, "dbn_zhang", "GET", "/api/v1/projects", None).await;
        assert_eq!(now["total"], 0);
        let (_, then) = call_as(
            &app,
            "dbn_zhang",
            "GET",
            "/api/v1/projects?as_of=2026-05-15",
            None,
        )
        .await;
        assert_eq!(codes(&then), Vec::<String>::new());
        let (s, body) = call_as(
            &app,
            "dbn_zhang",
            "GET",
            "/api/v1/projects/T-1?as_of=2026-05-15",
            None,
        )
        .await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        let (_, ms) = call_as(
            &app,
            "dbn_zhang",
            "GET",
            "/api/v1/milestones?as_of=2026-05-15&project=T-1",
            None,
        )
        .await;
        assert_eq!(ms["total"], 0, "{ms}");
        // The new leader does not look back before his time either.
        db.token_for("wang", &[Role::Leader], other["id"].as_i64(), "dbn_wang");
        let (s, _) = call_as(&app, "dbn_wang", "GET", "/api/v1/projects/T-1", None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, _) = call_as(
            &app,
            "dbn_wang",
            "GET",
            "/api/v1/projects/T-1?as_of=2026-05-15",
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, body) = call_as(&app, "dbn_zhang", "GET", "/api/v1/projects/T-1", None).await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        // A missing project and a hidden one read the same.
        let (_, missing) = call_as(&app, "dbn_zhang", "GET", "/api/v1/projects/T-9", None).await;
        assert_eq!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .replace("T-1", "T-9"),
            missing["error"]["message"].as_str().unwrap()
        );
    }
}

/// KP-2026-13, handed to another leader: its person reports and completes a milestone
/// after the handover. The former leader reads none of it, on any route, whatever date he
/// asks about; the supervision office, reading as of a day before, sees what was in force
/// then and nothing recorded for later days.
#[actix_web::test]
async fn an_as_of_view_shows_only_its_day_and_never_to_a_former_leader() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture_with_second_project(&app).await;
        let leader = f["leader"]["id"].as_i64().unwrap();
        db.token_for("zhang", &[Role::Leader], Some(leader), "dbn_zhang");
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let first = ms["items"][0]["id"].as_i64().unwrap();
        let (s, may) = call(
            &app,
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "reported_on": "2026-05-10", "progress": "五月：土地摘牌材料已报送"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{may}");
        let (s, _) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"leader_id": f["other_leader"]["id"], "effective_on": "2026-06-01"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, _) = call(
            &app,
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "progress": "六月：主体施工中"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
        let (s, june) = call(
            &app,
            "POST",
            "/api/v1/investment-reports",
            Some(json!({"project_code": "T-1", "year": 2026, "month": 6, "completed": 2_000_000})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{june}");
        let (s, done) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{first}/complete"),
            Some(json!({"date": "2026-06-12", "evidence": "摘牌成交确认书"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{done}");

        for path in [
            "/api/v1/projects/T-1".to_string(),
            "/api/v1/projects/T-1?as_of=2026-05-15".to_string(),
            format!("/api/v1/milestones/{first}"),
            "/api/v1/projects/T-1/assignments".to_string(),
        ] {
            let (s, body) = call_as(&app, "dbn_zhang", "GET", &path, None).await;
            assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        }
        for path in [
            "/api/v1/milestones?as_of=2026-05-15&project=T-1",
            "/api/v1/progress-updates?project=T-1",
            "/api/v1/projects?as_of=2026-05-15",
        ] {
            let (s, body) = call_as(&app, "dbn_zhang", "GET", path, None).await;
            assert_eq!(s, StatusCode::OK, "{path}: {body}");
            assert_eq!(body["total"], 0, "{path}: {body}");
        }

        // As of 15 May: May's report, the milestone open, its evidence not yet there,
        // the leader of the day and only the assignment then in force.
        let (s, then) = call(&app, "GET", "/api/v1/projects/T-1?as_of=2026-05-15", None).await;
        assert_eq!(s, StatusCode::OK, "{then}");
        assert_eq!(
            then["latest_progress"]["progress"],
            "五月：土地摘牌材料已报送"
        );
        assert_eq!(then["responsibility"]["leader"]["id"], leader);
        assert_eq!(then["assignments"].as_array().unwrap().len(), 1, "{then}");
        assert_eq!(
            then["investment"]["completed"], 0,
            "June's report is not May's"
        );
        let m = &then["milestones"][0];
        assert_eq!(m["id"], first);
        assert!(
            m["completed_on"].is_null() && m["evidence"].is_null(),
            "{m}"
        );
        let (_, ms) = call(
            &app,
            "GET",
            "/api/v1/milestones?as_of=2026-05-15&project=T-1",
            None,
        )
        .await;
        assert!(
            ms["items"]
                .as_array()
                .unwrap()
                .iter()
                .all(|m| m["evidence"].is_null()),
            "{ms}"
        );
        // Today all of it is there.
        let (_, now) = call(&app, "GET", "/api/v1/projects/T-1", None).await;
        assert_eq!(now["latest_progress"]["progress"], "六月：主体施工中");
        assert_eq!(now["milestones"][0]["evidence"], "摘牌成交确认书");
        assert_eq!(now["assignments"].as_array().unwrap().len(), 2, "{now}");
        assert_eq!(now["investment"]["completed"], 2_000_000);
    }
}

#[actix_web::test]
async fn a_reschedule_waits_for_the_leader_and_the_due_date_stands_until_then() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.token_for(
            "lina",
            &[Role::Responsible],
            f["person"]["id"].as_i64(),
            "dbn_lina",
        );
        db.token_for(
            "zhang",
            &[Role::Leader],
            f["leader"]["id"].as_i64(),
            "dbn_zhang",
        );
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let m = ms["items"][1]["id"].as_i64().unwrap();
        let (s, r) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/milestones/{m}/reschedule"),
            Some(json!({"new_due": "2026-10-31", "reason": "设备到货延迟"})),
        )
        .await;
        assert_eq!(
            (s, r["status"].as_str()),
            (StatusCode::CREATED, Some("pending")),
            "{r}"
        );
        let (_, m1) = call(&app, "GET", &format!("/api/v1/milestones/{m}"), None).await;
        assert_eq!(
            m1["current_due"], "2026-09-30",
            "the due date stands while pending"
        );
        // A second request while one waits is refused.
        let (s, body) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/milestones/{m}/reschedule"),
            Some(json!({"new_due": "2026-11-30", "reason": "再议"})),
        )
        .await;
        assert_error(s, &body, StatusCode::CONFLICT, "request_pending");
        // The leader's queue shows it; rejecting needs a reason.
        let (_, queue) = call_as(
            &app,
            "dbn_zhang",
            "GET",
            "/api/v1/reschedules?status=pending",
            None,
        )
        .await;
        assert_eq!(queue["total"], 1);
        assert_eq!(queue["items"][0]["project_code"], "T-1");
        let rid = r["id"].as_i64().unwrap();
        let (s, body) = call_as(
            &app,
            "dbn_zhang",
            "POST",
            &format!("/api/v1/reschedules/{rid}/decide"),
            Some(json!({"approve": false})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )["note"]
                .is_string()
        );
        // The responsible person cannot approve her own request.
        let (s, _) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/reschedules/{rid}/decide"),
            Some(json!({"approve": true})),
        )
        .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        let (s, d) = call_as(
            &app,
            "dbn_zhang",
            "POST",
            &format!("/api/v1/reschedules/{rid}/decide"),
            Some(json!({"approve": true})),
        )
        .await;
        assert_eq!(
            (s, d["status"].as_str(), d["decided_by"].as_str()),
            (StatusCode::OK, Some("approved"), Some("zhang")),
            "{d}"
        );
        let (_, m2) = call(&app, "GET", &format!("/api/v1/milestones/{m}"), None).await;
        assert_eq!(
            (m2["current_due"].as_str(), m2["baseline_due"].as_str()),
            (Some("2026-10-31"), Some("2026-09-30"))
        );
        let (s, body) = call_as(
            &app,
            "dbn_zhang",
            "POST",
            &format!("/api/v1/reschedules/{rid}/decide"),
            Some(json!({"approve": true})),
        )
        .await;
        assert_error(s, &body, StatusCode::CONFLICT, "already_decided");
        // Her own progress update she may correct; a completion dated more than a week back
        // is for an admin to record.
        let (s, u) = call_as(
            &app,
            "dbn_lina",
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "progress": "设备进场"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{u}");
        let (s, _) = call_as(
            &app,
            "dbn_lina",
            "PATCH",
            &format!("/api/v1/progress-updates/{}", u["id"]),
            Some(json!({"progress": "设备进场调试"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let first = ms["items"][0]["id"].as_i64().unwrap();
        let (s, body) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/milestones/{first}/complete"),
            Some(json!({"date": "2026-03-31", "evidence": "补录"})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )["date"]
                .is_string()
        );
        let (s, _) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/milestones/{first}/complete"),
            Some(json!({"date": "2026-06-10", "evidence": "验收意见"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        // Comments: the leader may, the responsible person may not.
        let (s, c) = call_as(
            &app,
            "dbn_zhang",
            "POST",
            "/api/v1/projects/T-1/comments",
            Some(json!({"body": "同意顺延，务必10月底前完成"})),
        )
        .await;
        assert_eq!(
            (s, c["author_name"].as_str()),
            (StatusCode::CREATED, Some("zhang")),
            "{c}"
        );
        let (s, _) = call_as(
            &app,
            "dbn_lina",
            "POST",
            "/api/v1/projects/T-1/comments",
            Some(json!({"body": "收到"})),
        )
        .await;
        assert_eq!(s, StatusCode::FORBIDDEN);
        // The project's history, for whoever reads the project, has all of it.
        let (s, h) = call_as(
            &app,
            "dbn_lina",
            "GET",
            "/api/v1/projects/T-1/history",
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let actions: Vec<&str> = h["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        for want in ["request_reschedule", "reschedule", "create"] {
            assert!(actions.contains(&want), "{want} missing in {actions:?}");
        }
    }
}

/// The one-click links of a reminder: found in the digest sent to the responsible person
/// (and only hers), then used through the landing page.
#[actix_web::test]
async fn signed_links_act_once_on_their_milestone_for_their_person() {
    for db in backends() {
        let app = app(db.state("2026-09-28")).await;
        let f = fixture(&app).await;
        db.token_for(
            "lina",
            &[Role::Responsible],
            f["person"]["id"].as_i64(),
            "dbn_lina",
        );
        let clock = FixedClock::at_noon(d("2026-09-28"), TZ);
        let cfg = ScanConfig {
            routes: Default::default(),
            tz: TZ,
            rules: Default::default(),
            base_url: "https://duban.example.gov.cn".into(),
            supervision: vec![],
        };
        scan(
            &mut db.conn(),
            &cfg,
            d("2026-09-28"),
            db_timestamp(clock.now()),
            false,
        )
        .unwrap();
        use duban::db::schema::outbox;
        let mails: Vec<(String, String)> = outbox::table
            .select((outbox::recipient_email, outbox::body_text))
            .load(&mut db.conn())
            .unwrap();
        let hers = &mails
            .iter()
            .find(|(to, _)| to == "li.na@example.gov.cn")
            .expect("her digest")
            .1;
        for (to, body) in &mails {
            if to != "li.na@example.gov.cn" {
                assert!(!body.contains("/act/"), "{to} must not get her links");
            }
        }
        let links: Vec<&str> = hers
            .split_whitespace()
            .filter_map(|w| w.split("https://duban.example.gov.cn").nth(1))
            .filter(|p| p.starts_with("/act/"))
            .collect();
        // One item is hers to act on today (the long-overdue one has gone up to the leader).
        assert_eq!(links.len(), 2, "done and progress: {hers}");
        let done = links[0];
        let progress = links[1];
        // Staff reading the outbox see the message without the links' tokens.
        let (_, rows) = call(&app, "GET", "/api/v1/outbox?limit=100", None).await;
        let shown = serde_json::to_string(&rows).unwrap();
        assert!(shown.contains("/act/…"), "{shown}");
        assert!(
            !shown.contains(done.trim_start_matches("/act/")),
            "a live token in the outbox API"
        );

        let page = |path: &str| TestRequest::get().uri(path);
        let form = |path: &str, body: &str| {
            TestRequest::post()
                .uri(path)
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .set_payload(body.to_string())
        };
        let r = exec(&app, page(done)).await;
        assert_eq!(r.status, StatusCode::OK);
        let html = r.body.as_str().unwrap();
        assert!(
            html.contains("确认办结") && html.contains("冷链物流园") && html.contains("<form"),
            "{html}"
        );
        assert_eq!(r.headers.get("cache-control").unwrap(), "no-store");

        // An empty note is refused next to the field, and changes nothing.
        let before = fingerprint(&mut db.conn());
        let r = exec(&app, form(done, "evidence=")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.as_str().unwrap().contains("class=\"error\""));
        assert_eq!(before, fingerprint(&mut db.conn()));

        // Tampered: another milestone's id in the payload, the signature kept.
        let token = done.trim_start_matches("/act/");
        let (payload, sig) = token.split_once('.').unwrap();
        use base64::Engine;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut claims: Value = serde_json::from_slice(&engine.decode(payload).unwrap()).unwrap();
        claims["m"] = json!(claims["m"].as_i64().unwrap() + 1);
        let forged = format!(
            "/act/{}.{sig}",
            engine.encode(serde_json::to_vec(&claims).unwrap())
        );
        assert_eq!(
            exec(&app, form(&forged, "evidence=x")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            exec(&app, page("/act/not-a-token")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(before, fingerprint(&mut db.conn()));

        // Expired: fifteen days later.
        let late = common::app(db.state("2026-10-14")).await;
        assert_eq!(exec(&late, page(done)).await.status, StatusCode::GONE);

        // Used once, by her account.
        let r = exec(
            &app,
            form(
                done,
                "evidence=%E7%AB%A3%E5%B7%A5%E9%AA%8C%E6%94%B6%E6%84%8F%E8%A7%81",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let mid = claims["m"].as_i64().unwrap() - 1;
        let (_, m) = call(&app, "GET", &format!("/api/v1/milestones/{mid}"), None).await;
        assert_eq!(
            (m["completed_on"].as_str(), m["evidence"].as_str()),
            (Some("2026-09-28"), Some("竣工验收意见"))
        );
        let (_, audit) = call(
            &app,
            "GET",
            &format!("/api/v1/audit?entity=milestone&entity_id={mid}"),
            None,
        )
        .await;
        assert_eq!(audit["items"][0]["actor"], "lina");
        let r = exec(&app, form(done, "evidence=again")).await;
        assert_eq!(r.status, StatusCode::GONE);

        // The progress link posts an update on her project.
        let r = exec(
            &app,
            form(
                progress,
                "progress=%E8%AE%BE%E5%A4%87%E5%B7%B2%E5%88%B0%E8%B4%A7&problems=",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let (_, updates) = call(&app, "GET", "/api/v1/progress-updates?project=T-1", None).await;
        assert_eq!(updates["items"][0]["progress"], "设备已到货");

        // Responsibility passed to someone else: a link signed for her no longer acts.
        let key = duban::store::secrets::existing_link_key(&mut db.conn())
            .unwrap()
            .unwrap();
        let (_, first) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let open = first["items"][0]["id"].as_i64().unwrap();
        let hers = duban::mail::compose::action_links(
            &key,
            "",
            open,
            f["person"]["id"].as_i64().unwrap(),
            d("2026-09-28"),
        )
        .unwrap();
        assert_eq!(exec(&app, page(&hers.done)).await.status, StatusCode::OK);
        let (_, other) = call(
            &app,
            "POST",
            "/api/v1/people",
            Some(json!({"name": "王强"})),
        )
        .await;
        let (s, _) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"person_id": other["id"], "effective_on": "2026-09-28"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
        let r = exec(&app, form(&hers.done, "evidence=x")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    }
}

#[actix_web::test]
async fn one_counter_per_account_whichever_name_is_typed_and_for_wrong_current_passwords() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        accounts::create(
            &mut db.conn(),
            &system_on("2026-01-01"),
            accounts::NewUser {
                username: Some("lina".into()),
                email: Some("li.na@example.gov.cn".into()),
                display_name: None,
                person_id: None,
                roles: vec![Role::Supervisor],
                password: PASSWORD.into(),
                lang: None,
            },
        )
        .unwrap();
        // Five guesses, by username and by email in turn, from many addresses.
        for i in 0..5 {
            let name = if i % 2 == 0 {
                "lina"
            } else {
                "LI.NA@example.gov.cn"
            };
            let r = exec(&app, login_req(name, "guess", &format!("10.3.0.{i}:1"))).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}: {i}", db.name);
        }
        for name in ["lina", "li.na@example.gov.cn"] {
            let r = exec(&app, login_req(name, PASSWORD, "10.3.1.1:1")).await;
            assert_eq!(
                r.status,
                StatusCode::TOO_MANY_REQUESTS,
                "{}: {name}",
                db.name
            );
        }

        // Guessing the current password in a password change is guessing a password.
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let (session, csrf) = login(&app, "dcs@example.gov.cn").await;
        let change = |current: &str| {
            with_session(TestRequest::post().uri("/api/v1/auth/password"), &session)
                .insert_header(("X-CSRF-Token", csrf.clone()))
                .set_json(
                    json!({"current_password": current, "new_password": "another-password-2026"}),
                )
        };
        for i in 0..5 {
            let r = exec(&app, change(&format!("guess-{i}"))).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}: {i}",
                db.name
            );
            assert!(r.body["error"]["fields"]["current_password"].is_string());
        }
        let r = exec(&app, change(PASSWORD)).await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}: {}",
            db.name,
            r.body
        );
        assert!(r.headers.get("retry-after").is_some());
        // Nothing changed: the old password still logs in once the wait is over.
        let later = app_at(&db, "2026-06-15", 16).await;
        let r = exec(
            &later,
            login_req("dcs@example.gov.cn", PASSWORD, "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}: {}", db.name, r.body);
    }
}

#[actix_web::test]
async fn password_checks_beyond_their_slots_are_refused_at_once_with_retry_after() {
    for db in backends() {
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let mut state = db.state("2026-06-15");
        state.password_slots = duban::auth::PasswordSlots::new(1);
        let slots = state.password_slots.clone();
        let app = app(state).await;
        let busy = slots.take().unwrap();
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            login_req("dcs@example.gov.cn", PASSWORD, "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", db.name);
        assert_eq!(r.body["error"]["code"], "busy");
        assert_eq!(r.headers.get("retry-after").unwrap(), "1");
        assert_eq!(
            before,
            fingerprint(&mut db.conn()),
            "{}: not even counted",
            db.name
        );
        drop(busy);
        let r = exec(
            &app,
            login_req("dcs@example.gov.cn", PASSWORD, "10.0.0.1:1"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", db.name);
    }
}

#[actix_web::test]
async fn tokens_and_feed_addresses_end_with_the_password_and_with_disabling() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let id = accounts::id_of(&mut db.conn(), "dcs@example.gov.cn").unwrap();
        // A token and a feed address, made by the account's owner.
        let make = || async {
            let (session, csrf) = login(&app, "dcs@example.gov.cn").await;
            let r = exec(
                &app,
                with_session(TestRequest::post().uri("/api/v1/auth/tokens"), &session)
                    .insert_header(("X-CSRF-Token", csrf.clone()))
                    .set_json(json!({"name": "script"})),
            )
            .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            let token = r.body["token"].as_str().unwrap().to_string();
            let r = exec(
                &app,
                with_session(TestRequest::post().uri("/api/v1/calendar/feed"), &session)
                    .insert_header(("X-CSRF-Token", csrf)),
            )
            .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            let url = r.body["url"].as_str().unwrap();
            let feed = url[url.find("/feeds/").unwrap()..].to_string();
            (token, feed)
        };
        let app = &app;
        let alive = |token: String, feed: String| async move {
            let me = exec(
                app,
                TestRequest::get()
                    .uri("/api/v1/auth/me")
                    .insert_header(bearer(&token)),
            )
            .await
            .status;
            let cal = exec(app, TestRequest::get().uri(&feed)).await.status;
            (me, cal)
        };
        let dead = (StatusCode::UNAUTHORIZED, StatusCode::NOT_FOUND);
        let ok = (StatusCode::OK, StatusCode::OK);

        // An admin's password reset.
        let (token, feed) = make().await;
        assert_eq!(alive(token.clone(), feed.clone()).await, ok, "{}", db.name);
        let (s, b) = call(
            &app,
            "PATCH",
            &format!("/api/v1/users/{id}"),
            Some(json!({"password": "reset-by-admin-2026"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(alive(token, feed).await, dead, "{}: reset", db.name);
        let (s, b) = call(
            &app,
            "PATCH",
            &format!("/api/v1/users/{id}"),
            Some(json!({"password": PASSWORD})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");

        // An admin sees what the account had, and ends what it has now.
        let (token, feed) = make().await;
        let (s, list) = call(
            &app,
            "GET",
            &format!("/api/v1/users/{id}/credentials"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{list}");
        let tokens = list["tokens"].as_array().unwrap();
        assert_eq!(tokens.len(), 2, "{list}");
        assert!(tokens[0]["revoked_at"].is_string() && tokens[1]["revoked_at"].is_null());
        assert!(
            !list.to_string().contains(&token),
            "never the secret: {list}"
        );
        let live = tokens[1]["id"].as_i64().unwrap();
        let (s, _) = call(
            &app,
            "DELETE",
            &format!("/api/v1/users/{id}/tokens/{live}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = call(&app, "DELETE", &format!("/api/v1/users/{id}/feeds"), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        assert_eq!(
            alive(token, feed).await,
            dead,
            "{}: ended by an admin",
            db.name
        );
        // The owner reads the same list on their account page.
        let (session, _) = login(app, "dcs@example.gov.cn").await;
        let r = exec(
            app,
            with_session(TestRequest::get().uri("/account"), &session),
        )
        .await;
        let page = r.body.as_str().unwrap();
        assert!(
            page.contains("API 令牌") && page.contains("script") && page.contains("已失效"),
            "{page}"
        );

        // Disabled, then enabled again: nothing comes back.
        let (token, feed) = make().await;
        for disabled in [true, false] {
            let (s, b) = call(
                &app,
                "PATCH",
                &format!("/api/v1/users/{id}"),
                Some(json!({"disabled": disabled})),
            )
            .await;
            assert_eq!(s, StatusCode::OK, "{b}");
        }
        assert_eq!(alive(token, feed).await, dead, "{}: disable", db.name);

        // The owner's own change.
        let (token, feed) = make().await;
        let (session, csrf) = login(&app, "dcs@example.gov.cn").await;
        let r = exec(
            &app,
            with_session(TestRequest::post().uri("/api/v1/auth/password"), &session)
                .insert_header(("X-CSRF-Token", csrf))
                .set_json(
                    json!({"current_password": PASSWORD, "new_password": "another-password-2026"}),
                ),
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        assert_eq!(alive(token, feed).await, dead, "{}: own change", db.name);
    }
}

/// Instances started together on an empty database each find no admin: one makes the first
/// admin, the others find it made, and none of them fails to start (one did, refused by the
/// unique login).
#[test]
fn instances_started_together_make_one_first_admin() {
    use diesel::prelude::*;
    use duban::db::schema::{api_tokens, sessions, user_roles, users};
    for db in backends() {
        let mut conn = db.conn();
        diesel::delete(api_tokens::table)
            .execute(&mut conn)
            .unwrap();
        diesel::delete(sessions::table).execute(&mut conn).unwrap();
        diesel::delete(user_roles::table)
            .execute(&mut conn)
            .unwrap();
        diesel::delete(users::table).execute(&mut conn).unwrap();
        let start = std::sync::Barrier::new(4);
        let made: Vec<Result<bool, String>> = std::thread::scope(|s| {
            let runs: Vec<_> = (0..4)
                .map(|_| {
                    let (start, url) = (&start, &db.url);
                    s.spawn(move || {
                        let mut conn = duban::db::establish(url).expect("connect");
                        start.wait();
                        duban::store::accounts::ensure_admin(
                            &mut conn,
                            &system_on("2026-06-15"),
                            Some("admin@example.gov.cn".into()),
                            Some("first-admin-password".into()),
                        )
                        .map(|m| m.is_some())
                        .map_err(|e| e.to_string())
                    })
                })
                .collect();
            runs.into_iter()
                .map(|r| r.join().expect("no panic"))
                .collect()
        });
        assert!(made.iter().all(Result::is_ok), "{}: {made:?}", db.name);
        assert_eq!(
            made.iter().filter(|m| m.as_ref() == Ok(&true)).count(),
            1,
            "{}: {made:?}",
            db.name
        );
        let admins: i64 = users::table.count().get_result(&mut conn).unwrap();
        assert_eq!(admins, 1, "{}", db.name);
    }
}

/// Behind a proxy on another machine (a container's nginx), `DUBAN_TRUSTED_PROXIES` names
/// where it speaks from: its `X-Forwarded-For` then names the client, so one client is
/// stopped without locking out everyone behind it; from elsewhere the header is ignored.
#[actix_web::test]
async fn a_proxy_on_another_machine_is_trusted_only_where_the_setting_says() {
    for db in backends() {
        let mut state = db.state("2026-06-15");
        state.trusted_proxies = std::sync::Arc::new(
            duban::config::parse_proxies("127.0.0.0/8, 172.18.0.0/16").expect("networks"),
        );
        let app = app(state).await;
        let via = |from: &str, client: &str, login: &str| {
            login_req(login, "guess", from).insert_header(("X-Forwarded-For", client.to_string()))
        };
        for i in 0..20 {
            exec(
                &app,
                via("172.18.0.9:5000", "203.0.113.5", &format!("p{i}@x.cn")),
            )
            .await;
        }
        let r = exec(&app, via("172.18.0.9:5000", "203.0.113.5", "q@x.cn")).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", db.name);
        let r = exec(&app, via("172.18.0.9:5000", "198.51.100.7", "q@x.cn")).await;
        assert_eq!(
            r.status,
            StatusCode::UNAUTHORIZED,
            "another client behind the proxy"
        );
        // Outside the trusted network the header could be forged: the peer is counted.
        for i in 0..20 {
            exec(
                &app,
                via(
                    "172.19.0.9:5000",
                    &format!("198.51.100.{i}"),
                    &format!("r{i}@x.cn"),
                ),
            )
            .await;
        }
        let r = exec(&app, via("172.19.0.9:5000", "198.51.100.200", "s@x.cn")).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", db.name);
    }
    assert!(duban::config::parse_proxies("10.0.0.0/8 192.168.1.1").is_ok());
    let bad = duban::config::parse_proxies("10.0.0.0/33").unwrap_err();
    assert!(bad.contains("10.0.0.0/33"), "{bad}");
}
