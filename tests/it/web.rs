//! The web interface over real HTTP through actix: logging in with the form, the pages each
//! role sees, the language switch, forms' CSRF field, and errors as pages.

use crate::common;

use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::*;
use duban::domain::access::Role;

fn form(path: &str, body: &str) -> TestRequest {
    TestRequest::post()
        .uri(path)
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .set_payload(body.to_string())
}

fn html(r: &Resp) -> &str {
    r.body.as_str().expect("an HTML page")
}

/// Posts the login form as a browser does: after loading it, with its token and cookie.
async fn login_post<S, B>(app: &S, body: &str) -> Resp
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let r = exec(app, TestRequest::get().uri("/login")).await;
    let cookie = r
        .headers
        .get_all("set-cookie")
        .filter_map(|v| Cookie::parse_encoded(v.to_str().ok()?.to_string()).ok())
        .find(|c| c.name() == "duban_login")
        .expect("login form cookie");
    let page = html(&r);
    let at = page
        .find("name=\"login_token\" value=\"")
        .expect("token field")
        + 26;
    let token = &page[at..at + page[at..].find('"').unwrap()];
    assert_eq!(token, cookie.value());
    let req = form("/login", &format!("{body}&login_token={token}"))
        .cookie(Cookie::new("duban_login", cookie.value().to_string()));
    exec(app, req).await
}

/// Logs in with the form and returns the session cookie's value.
async fn log_in<S, B>(app: &S, email: &str) -> String
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let body: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("login", email)
        .append_pair("password", PASSWORD)
        .append_pair("next", "/")
        .finish();
    let r = login_post(app, &body).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.headers
        .get_all("set-cookie")
        .filter_map(|v| Cookie::parse_encoded(v.to_str().ok()?.to_string()).ok())
        .find(|c| c.name() == "duban_session")
        .expect("session cookie")
        .value()
        .to_string()
}

fn get(path: &str, session: &str) -> TestRequest {
    TestRequest::get()
        .uri(path)
        .cookie(Cookie::new("duban_session", session.to_string()))
}

#[actix_web::test]
async fn pages_send_strangers_to_the_login_form_and_back() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture_with_second_project(&app).await;
        db.account(
            "zhang@example.gov.cn",
            vec![Role::Leader],
            f["leader"]["id"].as_i64(),
        );

        let r = exec(&app, TestRequest::get().uri("/my")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.headers.get("location").unwrap(), "/login?next=%2Fmy");
        let r = exec(&app, TestRequest::get().uri("/login?next=%2Fmy")).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r);
        assert!(
            page.contains("<label for=\"login\">用户名或邮箱</label>"),
            "{page}"
        );
        assert!(page.contains("value=\"&#x2f;my\""), "{page}");

        // Wrong password: the same form, the typed login kept, a generic message.
        let r = login_post(
            &app,
            "login=zhang%40example.gov.cn&password=nope&next=%2Fmy",
        )
        .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let page = html(&r);
        assert!(
            page.contains("用户名或密码错误") && page.contains("value=\"zhang@example.gov.cn\""),
            "{page}"
        );
        // A missing field is said next to it.
        let r = login_post(&app, "login=&password=").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("id=\"login-missing\""));
        // Only local targets after logging in.
        let r = login_post(
            &app,
            &format!(
                "login=zhang%40example.gov.cn&password={PASSWORD}&next=https%3A%2F%2Fevil.example"
            ),
        )
        .await;
        assert_eq!(r.headers.get("location").unwrap(), "/");

        let session = log_in(&app, "zhang@example.gov.cn").await;
        let r = exec(&app, get("/", &session)).await;
        assert_eq!(r.headers.get("location").unwrap(), "/my");
        let r = exec(&app, get("/my", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r);
        assert!(
            page.contains("冷链物流园") && !page.contains("标准化厂房"),
            "exactly his projects: {page}"
        );
        assert!(
            page.contains("class=\"light red\""),
            "T-1 has an overdue milestone: {page}"
        );
        // His project, with dates as officials write them; not the other one.
        let r = exec(&app, get("/projects/T-1", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(html(&r).contains("2026年3月31日") && html(&r).contains("完成土地摘牌"));
        let r = exec(&app, get("/projects/T-2", &session)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(html(&r).contains("<!DOCTYPE html>"));
        // The board is the supervision office's.
        let r = exec(&app, get("/board", &session)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(html(&r).contains("您没有权限访问此页面"));
    }
}

#[actix_web::test]
async fn the_board_groups_every_project_and_english_is_one_click_away() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture_with_second_project(&app).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let session = log_in(&app, "dcs@example.gov.cn").await;
        let r = exec(&app, get("/", &session)).await;
        assert_eq!(r.headers.get("location").unwrap(), "/board");
        let r = exec(&app, get("/board", &session)).await;
        let page = html(&r).to_string();
        assert!(
            page.contains("张卫东") && page.contains("孙立新"),
            "grouped by leader: {page}"
        );
        assert!(page.contains("冷链物流园") && page.contains("标准化厂房"));
        let r = exec(&app, get("/board?by=unit", &session)).await;
        assert!(html(&r).contains("经济发展局"));
        // Filters: by light (the counts stay those of every project found), by name.
        let r = exec(&app, get("/board?light=red", &session)).await;
        let page = html(&r).to_string();
        assert!(
            page.contains("tile red") && !page.contains("tile green"),
            "{page}"
        );
        assert!(page.contains("显示全部"));
        let r = exec(&app, get("/board?q=%E5%86%B7%E9%93%BE", &session)).await;
        assert!(html(&r).contains("冷链物流园") && !html(&r).contains("标准化厂房"));

        // English, and it stays for the next page.
        let r = exec(&app, get("/board?lang=en", &session)).await;
        assert!(html(&r).contains("Supervision board") && html(&r).contains("lang=\"en\""));
        let kept = r
            .headers
            .get_all("set-cookie")
            .filter_map(|v| Cookie::parse_encoded(v.to_str().ok()?.to_string()).ok())
            .find(|c| c.name() == "duban_lang")
            .expect("language cookie");
        assert_eq!(kept.value(), "en");
        let r = exec(
            &app,
            get("/projects/T-1", &session).cookie(Cookie::new("duban_lang", "en")),
        )
        .await;
        assert!(
            html(&r).contains("2026-03-31") && html(&r).contains("Milestones"),
            "{}",
            html(&r)
        );
    }
}

/// The account list is paged and searched, and a password is reset from it: a generated
/// one, shown once on a page no cache keeps, the account's sessions ended.
#[actix_web::test]
async fn the_admin_searches_pages_and_resets_accounts_from_the_page() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        for i in 0..30 {
            db.account(
                &format!("staff{i:02}@example.gov.cn"),
                vec![Role::Supervisor],
                None,
            );
        }
        let admin = log_in(&app, "root@example.gov.cn").await;
        let rows = |page: &str| page.matches("<tr id=\"u-").count();
        let first = html(&exec(&app, get("/admin/users", &admin)).await).to_string();
        // 32 accounts (the test database's own admin too): 25 on the first page, 7 after.
        assert_eq!(rows(&first), 25, "{first}");
        assert!(first.contains("1 / 2"), "{first}");
        let second = html(&exec(&app, get("/admin/users?page=2", &admin)).await).to_string();
        assert_eq!(rows(&second), 7);
        let found = html(&exec(&app, get("/admin/users?q=staff07", &admin)).await).to_string();
        assert_eq!(rows(&found), 1, "{found}");
        assert!(found.contains("staff07@example.gov.cn"));
        let none = html(&exec(&app, get("/admin/users?q=nobody%25", &admin)).await).to_string();
        assert_eq!(rows(&none), 0, "a % is a character, not a wildcard");

        // The reset: the person's old session ends, the new password logs in.
        let staff = log_in(&app, "staff07@example.gov.cn").await;
        assert_eq!(exec(&app, get("/my", &staff)).await.status, StatusCode::OK);
        let id: i64 = found
            .split("<tr id=\"u-")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .expect("the account's row");
        assert!(found.contains(&format!("action=\"/admin/users/{id}/password\"")));
        let token = csrf_of(&found);
        let r = exec(
            &app,
            form(
                &format!("/admin/users/{id}/password"),
                &format!("csrf_token={token}"),
            )
            .cookie(Cookie::new("duban_session", admin.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", html(&r));
        assert_eq!(r.headers.get("cache-control").unwrap(), "no-store");
        let page = html(&r).to_string();
        let password = page
            .split("<code id=\"new-password\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .expect("the new password, shown once")
            .to_string();
        assert!(password.len() >= 12, "{password}");
        assert!(page.contains("只显示这一次"));
        assert_eq!(
            exec(&app, get("/my", &staff)).await.status,
            StatusCode::SEE_OTHER,
            "the old session ended"
        );
        let body: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("login", "staff07@example.gov.cn")
            .append_pair("password", &password)
            .append_pair("next", "/")
            .finish();
        assert_eq!(login_post(&app, &body).await.status, StatusCode::SEE_OTHER);
        // Shown once: the list afterwards holds no password.
        let again = html(&exec(&app, get("/admin/users?q=staff07", &admin)).await).to_string();
        assert!(!again.contains(&password));
        // Only an admin resets.
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let office = log_in(&app, "dcs@example.gov.cn").await;
        let otoken = csrf_of(html(&exec(&app, get("/board", &office)).await));
        let r = exec(
            &app,
            form(
                &format!("/admin/users/{id}/password"),
                &format!("csrf_token={otoken}"),
            )
            .cookie(Cookie::new("duban_session", office.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
}

/// The outbox shows each message's body, as sent, without the tokens of its one-click
/// links: reading someone's mail does not let the reader act as them.
#[actix_web::test]
async fn the_outbox_shows_a_message_body_without_its_link_tokens() {
    use duban::store::outbox;
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 15)
            .unwrap()
            .and_hms_opt(2, 0, 0)
            .unwrap();
        outbox::enqueue(
            &mut db.conn(),
            &[outbox::NewOutbox {
                dedup_key: "li.na@example.gov.cn/2026-06-15/digest".into(),
                kind: "digest".into(),
                day: now.date(),
                recipient_person_id: None,
                recipient_email: "li.na@example.gov.cn".into(),
                recipient_name: "李娜".into(),
                lang: "zh-CN".into(),
                subject: "【督办提醒】您有 1 个节点即将到期".into(),
                body_text: "李娜：\n完成土地摘牌 2026年6月18日到期。\n确认办结：https://duban.example.gov.cn/act/eyJhbGc.c2lnbmVk-Xq0\n".into(),
                body_html: "<p>李娜</p>".into(),
                status: "sent".into(),
                attempts: 1,
                next_attempt_at: now,
                claimed_until: None,
                claimed_by: None,
                last_error: None,
                message_id: Some("<m1@duban>".into()),
                sent_at: Some(now),
                created_at: now,
                channel_id: None,
                address: None,
            }],
        )
        .unwrap();
        let id: i64 = {
            use diesel::prelude::*;
            duban::db::schema::outbox::table
                .select(duban::db::schema::outbox::id)
                .first(&mut db.conn())
                .unwrap()
        };
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let office = log_in(&app, "dcs@example.gov.cn").await;
        let list = html(&exec(&app, get("/admin/outbox", &office)).await).to_string();
        assert!(
            list.contains(&format!("href=\"/admin/outbox/{id}\"")),
            "{list}"
        );
        let r = exec(&app, get(&format!("/admin/outbox/{id}"), &office)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r).to_string();
        assert!(page.contains("完成土地摘牌 2026年6月18日到期。"), "{page}");
        // The template writes the slashes as entities.
        assert!(
            page.contains("act&#x2f;…") && !page.contains("eyJhbGc"),
            "{page}"
        );
        assert!(page.contains("李娜") && page.contains("&lt;m1@duban&gt;"));
        let r = exec(&app, get(&format!("/admin/outbox/{id}?lang=en"), &office)).await;
        assert!(html(&r).contains("The plain-text part of the mail"));
        let r = exec(&app, get(&format!("/admin/outbox/{}", id + 1000), &office)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // The API says the same.
        let (_, one) = call(&app, "GET", &format!("/api/v1/outbox/{id}"), None).await;
        assert!(
            one["body_text"].as_str().unwrap().contains("/act/…"),
            "{one}"
        );
    }
}

/// The calendar page draws the year as month grids: days off, holidays, make-up working
/// days and the admin's own entries each as they fall in the week.
#[actix_web::test]
async fn the_calendar_page_draws_each_month_as_a_grid() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        let admin = log_in(&app, "root@example.gov.cn").await;
        let page = html(&exec(&app, get("/admin/calendar?year=2026", &admin)).await).to_string();
        assert_eq!(page.matches("<table class=\"month\">").count(), 12);
        let cell = |title: &str| -> String {
            let at = page
                .find(&format!("title=\"{title}"))
                .unwrap_or_else(|| panic!("{title}: {page}"));
            let open = page[..at].rfind("<td class=\"").expect("its cell");
            page[open + 11..at].split('"').next().unwrap().to_string()
        };
        assert_eq!(cell("2026年1月1日 · 休息日"), "holiday");
        assert_eq!(
            cell("2026年1月4日 · 调休上班"),
            "workday",
            "a Sunday made a working day"
        );
        assert_eq!(cell("2026年3月7日"), "off", "a Saturday");
        assert_eq!(cell("2026年3月9日"), "work", "a Monday");
        assert_eq!(cell("2026年6月15日"), "work today");
        // 1 January 2026 is a Thursday: three empty cells before it in the first week.
        let january = page.split("<caption>1月</caption>").nth(1).unwrap();
        let first_week = january.split("<tbody><tr>").nth(1).unwrap();
        assert!(
            first_week.starts_with("<td></td><td></td><td></td><td class=\"holiday\""),
            "{first_week}"
        );
        // An admin's own day off is marked as such.
        let token = csrf_of(&page);
        let r = exec(
            &app,
            form(
                "/admin/calendar",
                &format!("csrf_token={token}&day=2026-03-09&kind=holiday&note=%E5%8C%BA%E8%BF%90%E5%8A%A8%E4%BC%9A"),
            )
            .cookie(Cookie::new("duban_session", admin.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", html(&r));
        let page = html(&exec(&app, get("/admin/calendar?year=2026", &admin)).await).to_string();
        assert!(
            page.contains(
                "<td class=\"holiday override\" title=\"2026年3月9日 · 休息日 · 区运动会\">9</td>"
            ),
            "{page}"
        );
        let en =
            html(&exec(&app, get("/admin/calendar?year=2026&lang=en", &admin)).await).to_string();
        assert!(
            en.contains("<abbr title=\"Monday\">Mon</abbr>")
                && en.contains("<caption>Jan</caption>")
        );
    }
}

/// 挂图作战's timeline: every project a row and every milestone a mark, with the same
/// milestones listed by date; filtered by leader, unit and light, choices kept.
#[actix_web::test]
async fn the_district_timeline_shows_every_milestone_and_filters_by_leader_unit_and_light() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture_with_second_project(&app).await;
        let (s, m) = call(
            &app,
            "POST",
            "/api/v1/milestones",
            Some(serde_json::json!({"project_code": "T-2", "title": "厂房开工", "due": "2026-05-20"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let session = log_in(&app, "dcs@example.gov.cn").await;
        let r = exec(&app, get("/board/timeline", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r).to_string();
        // Both projects on the chart and in the dated list, the list in date order.
        assert_eq!(page.matches("<g class=\"project ").count(), 2, "{page}");
        let list = page.split("id=\"dated\"").nth(1).expect("the dated list");
        let dates: Vec<&str> = list
            .split("data-label=\"到期日\" class=\"nowrap\">")
            .skip(1)
            .filter_map(|s| s.split('<').next())
            .collect();
        assert_eq!(dates.len(), 3, "{list}");
        let parsed: Vec<chrono::NaiveDate> = dates
            .iter()
            .map(|d| chrono::NaiveDate::parse_from_str(d, "%Y年%-m月%-d日").expect(d))
            .collect();
        assert!(parsed.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        assert!(
            page.contains("完成土地摘牌")
                && page.contains("冷链物流园")
                && page.contains("标准化厂房")
        );
        // The choices name both leaders and units.
        for name in ["张卫东", "孙立新", "经济发展局"] {
            assert!(
                page.contains(&format!(">{name}</option>")),
                "{name}: {page}"
            );
        }
        let leader_id = page
            .split("<option value=\"")
            .skip(1)
            .find(|o| o.contains(">张卫东<"))
            .and_then(|o| o.split('"').next())
            .expect("张卫东's choice")
            .to_string();
        let r = exec(
            &app,
            get(&format!("/board/timeline?leader={leader_id}"), &session),
        )
        .await;
        let page = html(&r).to_string();
        assert!(
            page.contains("完成土地摘牌") && !page.contains("厂房开工"),
            "{page}"
        );
        assert!(page.contains(&format!("value=\"{leader_id}\" selected")));
        // T-1 is red on that day: filtering by green leaves it out, by red keeps it.
        let r = exec(&app, get("/board/timeline?light=red", &session)).await;
        assert!(html(&r).contains("完成土地摘牌"));
        let r = exec(&app, get("/board/timeline?light=green", &session)).await;
        assert!(!html(&r).contains("完成土地摘牌"));
        let r = exec(&app, get("/board/timeline?lang=en", &session)).await;
        assert!(html(&r).contains("Milestone timeline") && html(&r).contains("Milestones by date"));
    }
}

#[actix_web::test]
async fn forms_need_the_csrf_field_and_logout_ends_the_session() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let session = log_in(&app, "dcs@example.gov.cn").await;
        let page = exec(&app, get("/board", &session)).await;
        let page = html(&page);
        let token = page
            .split("name=\"csrf_token\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the logout form carries the token")
            .to_string();
        let logout = |body: String| {
            form("/logout", &body).cookie(Cookie::new("duban_session", session.clone()))
        };
        let r = exec(&app, logout("csrf_token=forged".into())).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            exec(&app, get("/board", &session)).await.status,
            StatusCode::OK
        );
        let r = exec(&app, logout(format!("csrf_token={token}"))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.headers.get("location").unwrap(), "/login");
        let r = exec(&app, get("/board", &session)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "the session is gone");
        // Unknown pages are pages too; the stylesheet comes from the binary.
        let r = exec(
            &app,
            TestRequest::get()
                .uri("/nothing-here")
                .insert_header(("X-Request-Id", "lb-0042")),
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(html(&r).contains("<!DOCTYPE html>"));
        // The page shows the request's id for whoever reports it; the answer carries it.
        assert!(html(&r).contains("<code>lb-0042</code>"), "{}", html(&r));
        assert_eq!(r.headers.get("x-request-id").unwrap(), "lb-0042");
        let r = exec(&app, TestRequest::get().uri("/static/app.css")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(html(&r).contains("--red"));
    }
}

#[actix_web::test]
async fn a_responsible_person_completes_a_milestone_with_the_form_and_the_light_changes() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.account(
            "li.na@example.gov.cn",
            vec![Role::Responsible],
            f["person"]["id"].as_i64(),
        );
        let session = log_in(&app, "li.na@example.gov.cn").await;
        let r = exec(&app, get("/my", &session)).await;
        assert!(
            html(&r).contains("class=\"light red\""),
            "overdue before: {}",
            html(&r)
        );
        let r = exec(&app, get("/my/milestones", &session)).await;
        let page = html(&r).to_string();
        let token = page
            .split("name=\"csrf_token\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("csrf field")
            .to_string();
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let first = ms["items"][0]["id"].as_i64().unwrap();
        assert!(
            page.contains(&format!("/my/milestones/{first}/complete")),
            "{page}"
        );
        let post = |path: String, body: String| {
            form(&path, &body).cookie(Cookie::new("duban_session", session.clone()))
        };

        // No evidence: refused next to the field, the typed date kept, nothing changed.
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            post(
                format!("/my/milestones/{first}/complete"),
                format!("csrf_token={token}&evidence=&date=2026-06-12"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let page = html(&r);
        assert!(
            page.contains(&format!("id=\"evidence-{first}-error\"")),
            "{page}"
        );
        assert!(
            page.contains("value=\"2026-06-12\""),
            "typed date kept: {page}"
        );
        assert_eq!(before, fingerprint(&mut db.conn()));

        let r = exec(&app, post(format!("/my/milestones/{first}/complete"), format!("csrf_token={token}&evidence=%E9%AA%8C%E6%94%B6%E6%84%8F%E8%A7%81&date=2026-06-12"))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            r.headers.get("location").unwrap(),
            "/my/milestones?notice=done"
        );
        // The milestone no longer lights the project (its missing monthly reports still do,
        // and say so).
        let r = exec(&app, get("/my", &session)).await;
        assert!(
            !html(&r).contains("逾期节点 1"),
            "no longer overdue: {}",
            html(&r)
        );

        // A reschedule request from the form waits for the leader.
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let second = ms["items"][1]["id"].as_i64().unwrap();
        let r = exec(&app, post(format!("/my/milestones/{second}/reschedule"), format!("csrf_token={token}&new_due=2026-10-31&reason=%E8%AE%BE%E5%A4%87%E5%BB%B6%E8%BF%9F"))).await;
        assert_eq!(
            r.headers.get("location").unwrap(),
            "/my/milestones?notice=requested"
        );
        let (_, rs) = call(&app, "GET", "/api/v1/reschedules?status=pending", None).await;
        assert_eq!(rs["total"], 1);

        // A progress report: empty is refused next to its field; then recorded.
        let r = exec(
            &app,
            post(
                "/my/projects/T-1/progress".into(),
                format!("csrf_token={token}&progress=&problems=%E7%BC%BA%E7%94%B5"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            html(&r).contains("id=\"progress-T-1-error\"") && html(&r).contains("缺电"),
            "{}",
            html(&r)
        );
        let r = exec(
            &app,
            post(
                "/my/projects/T-1/progress".into(),
                format!(
                    "csrf_token={token}&progress=%E4%B8%BB%E4%BD%93%E6%96%BD%E5%B7%A5&problems="
                ),
            ),
        )
        .await;
        assert_eq!(
            r.headers.get("location").unwrap(),
            "/my/milestones?notice=progress"
        );
        let (_, ups) = call(&app, "GET", "/api/v1/progress-updates?project=T-1", None).await;
        assert_eq!(ups["items"][0]["progress"], "主体施工");
        assert_eq!(ups["items"][0]["author"], "li.na@example.gov.cn");

        // A month's investment in 万元 as typed; a bad amount is refused next to its field.
        let r = exec(
            &app,
            post(
                "/my/projects/T-1/investment".into(),
                format!("csrf_token={token}&month=2026-05&completed=12%E4%B8%87"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            html(&r).contains("id=\"completed-T-1-error\"")
                && html(&r).contains("value=\"2026-05\""),
            "{}",
            html(&r)
        );
        let r = exec(
            &app,
            post(
                "/my/projects/T-1/investment".into(),
                format!("csrf_token={token}&month=2026-05&completed=1%2C234.5"),
            ),
        )
        .await;
        assert_eq!(
            r.headers.get("location").unwrap(),
            "/my/milestones?notice=investment",
            "{}",
            r.body
        );
        let (_, inv) = call(&app, "GET", "/api/v1/investment-reports?project=T-1", None).await;
        assert_eq!(
            (
                inv["items"][0]["month"].as_i64(),
                inv["items"][0]["completed"].as_i64()
            ),
            (Some(5), Some(12_345_000))
        );
    }
}

/// The board is kept while the data and the viewer stand: a change made behind the
/// server's back shows at once, and another viewer gets a page of their own (their form
/// token, their name).
#[actix_web::test]
async fn the_board_shows_a_change_at_once_and_each_viewer_their_own_page() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture_with_second_project(&app).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        db.account("dcs.two@example.gov.cn", vec![Role::Supervisor], None);
        let one = log_in(&app, "dcs@example.gov.cn").await;
        let two = log_in(&app, "dcs.two@example.gov.cn").await;
        let first = html(&exec(&app, get("/board", &one)).await).to_string();
        assert!(first.contains("冷链物流园"), "{first}");
        assert_eq!(html(&exec(&app, get("/board", &one)).await), first);
        let theirs = html(&exec(&app, get("/board", &two)).await).to_string();
        assert_ne!(csrf_of(&theirs), csrf_of(&first));
        assert!(theirs.contains("dcs.two"), "{theirs}");
        execute(
            &mut db.conn(),
            "UPDATE projects SET name = '冷链物流园二期' WHERE code = 'T-1'",
        );
        let after = html(&exec(&app, get("/board", &one)).await).to_string();
        assert!(after.contains("冷链物流园二期"), "{after}");
        assert_eq!(csrf_of(&after), csrf_of(&first));
    }
}

fn csrf_of(page: &str) -> String {
    page.split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("csrf field")
        .to_string()
}

#[actix_web::test]
async fn the_inspection_report_page_shows_figures_downloads_and_issues() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture_with_second_project(&app).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let session = log_in(&app, "dcs@example.gov.cn").await;

        let r = exec(&app, get("/reports/inspection?as_of=2026-06-10", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r).to_string();
        // The figures agree with the JSON report of the same date.
        let (_, json) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-06-10",
            None,
        )
        .await;
        let projects = json["summary"]["projects"].as_u64().unwrap();
        assert!(
            page.contains(&format!("<dt>项目数</dt><dd>{projects}</dd>")),
            "{page}"
        );
        for fmt in ["xlsx", "csv", "html"] {
            assert!(
                page.contains(&format!(
                    "/api/v1/reports/inspection?as_of=2026-06-10&amp;format={fmt}"
                )),
                "{fmt} download"
            );
        }
        assert!(page.contains("冷链物流园") && page.contains("按责任领导排名"));

        // A date that is not one: said beside the field, nothing else breaks.
        let r = exec(&app, get("/reports/inspection?as_of=2026-13-40", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(html(&r).contains("id=\"as_of-error\""), "{}", html(&r));

        // Issuing from the page numbers the report, lists it, and shows it as issued.
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            form(
                "/reports/inspection/issue",
                "csrf_token=forged&as_of=2026-06-10",
            )
            .cookie(Cookie::new("duban_session", session.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            before,
            fingerprint(&mut db.conn()),
            "a forged form changes nothing"
        );
        let token = csrf_of(&page);
        let r = exec(
            &app,
            form(
                "/reports/inspection/issue",
                &format!("csrf_token={token}&as_of=2026-06-10&confirm=yes"),
            )
            .cookie(Cookie::new("duban_session", session.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let to = r
            .headers
            .get("location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            to.starts_with("/reports/inspection?as_of=2026-06-10&issued="),
            "{to}"
        );
        let r = exec(&app, get(&to, &session)).await;
        let page = html(&r).to_string();
        assert!(page.contains("已印发：督查通报 2026 第 1 期"), "{page}");
        let (_, issued) = call(&app, "GET", "/api/v1/reports/inspection/issued", None).await;
        let id = issued["items"][0]["id"].as_i64().unwrap();
        assert!(page.contains(&format!("/reports/inspection/issued/{id}")));
        let r = exec(
            &app,
            get(&format!("/reports/inspection/issued/{id}"), &session),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(html(&r).contains("督查通报 2026 第 1 期") && html(&r).contains("冷链物流园"));
        let r = exec(&app, get("/reports/inspection/issued/999999", &session)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
}

#[actix_web::test]
async fn the_project_page_draws_the_timeline_and_keeps_the_records() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        db.account(
            "zhang@example.gov.cn",
            vec![Role::Leader],
            f["leader"]["id"].as_i64(),
        );
        let (s, _) = call(
            &app,
            "POST",
            "/api/v1/progress-updates",
            Some(serde_json::json!({
            "project_code": "T-1", "reported_on": "2026-06-10",
            "progress": "土地摘牌手续办理中", "problems": "拆迁<未完成>"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let second = ms["items"][1]["id"].as_i64().unwrap();
        let (s, _) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{second}/reschedule"),
            Some(serde_json::json!({"new_due": "2026-10-31", "reason": "设备延迟到货"})),
        )
        .await;
        assert!(s.is_success(), "{s}");

        let session = log_in(&app, "dcs@example.gov.cn").await;
        let r = exec(&app, get("/projects/T-1", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r).to_string();
        // The timeline: one row per milestone, with the overdue one in red.
        assert!(page.contains("<svg viewBox=\"0 0 760"), "{page}");
        assert_eq!(page.matches("<g class=\"row ").count(), 2);
        assert!(
            page.contains("<g class=\"row red\">"),
            "the first is overdue on 15 June"
        );
        // Records: holders, stages, the progress ledger (escaped), the request, the audit trail.
        assert!(page.contains("责任分工变更记录") && page.contains("李娜"));
        assert!(
            page.contains("<strong>开工</strong> 2026年1月5日"),
            "{page}"
        );
        assert!(page.contains("土地摘牌手续办理中") && page.contains("拆迁&lt;未完成&gt;"));
        assert!(page.contains("设备延迟到货"));
        assert!(page.contains("id=\"audit\"") && page.contains("id=\"reminders\""));

        // The leader sees his project, but not the office's outbox and audit records.
        let session = log_in(&app, "zhang@example.gov.cn").await;
        let r = exec(&app, get("/projects/T-1?as_of=2026-03-01", &session)).await;
        assert_eq!(r.status, StatusCode::OK);
        let page = html(&r).to_string();
        assert!(
            page.contains("<g class=\"row green\">") && !page.contains("<g class=\"row red\">")
        );
        assert!(!page.contains("id=\"audit\"") && !page.contains("id=\"reminders\""));
        // Progress reported after the date is not shown as of that date.
        assert!(!page.contains("土地摘牌手续办理中"));
    }
}

#[actix_web::test]
async fn the_assessment_page_explains_every_score_and_drafts_stay_with_the_office() {
    for db in backends() {
        let app = app(db.state("2026-11-20")).await;
        let f = fixture(&app).await;
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        db.account(
            "li.na@example.gov.cn",
            vec![Role::Responsible],
            f["person"]["id"].as_i64(),
        );
        let office = log_in(&app, "dcs@example.gov.cn").await;
        let page = html(&exec(&app, get("/assessments", &office)).await).to_string();
        assert!(
            page.contains("尚无考核结果") && page.contains("value=\"2026\""),
            "{page}"
        );
        let token = csrf_of(&page);
        let post = |path: &str, body: String| {
            form(path, &body).cookie(Cookie::new("duban_session", office.clone()))
        };

        // A year that is not one, and one not begun: refused beside the field, nothing saved.
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            post("/assessments", format!("csrf_token={token}&year=二〇二六")),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("id=\"year-error\">请填写 2000 至 2100 之间的年度。"));
        assert!(
            html(&r).contains("value=\"二〇二六\""),
            "what was typed stays"
        );
        let r = exec(
            &app,
            post("/assessments", format!("csrf_token={token}&year=2027")),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("该年度尚未开始"));
        assert_eq!(before, fingerprint(&mut db.conn()));

        let r = exec(
            &app,
            post("/assessments", format!("csrf_token={token}&year=2026")),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let to = r
            .headers
            .get("location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let page = html(&exec(&app, get(&to, &office)).await).to_string();
        let run: i64 = to
            .split("run=")
            .nth(1)
            .and_then(|r| r.split('&').next())
            .and_then(|r| r.parse().ok())
            .unwrap();
        let (_, json) = call(&app, "GET", &format!("/api/v1/assessments/{run}"), None).await;
        let project = &json["result"]["projects"][0];
        let code = project["code"].as_str().unwrap();
        assert!(page.contains("已计算并保存为草稿") && page.contains("草稿"));
        assert!(
            page.contains(&format!("project={code}")),
            "each row links to its breakdown"
        );
        assert!(
            page.contains("点击下方项目"),
            "no breakdown until one is chosen"
        );
        // The score, each component's arithmetic and each deduction's event, as computed.
        let page = html(
            &exec(
                &app,
                get(&format!("/assessments?run={run}&project={code}"), &office),
            )
            .await,
        )
        .to_string();
        assert!(
            page.contains(&format!("<th class=\"num\">{}</th>", project["score"])),
            "{page}"
        );
        for c in project["components"].as_array().unwrap() {
            assert!(page.contains(c["explanation"].as_str().unwrap()), "{c}");
        }
        let deductions = project["deductions"].as_array().unwrap();
        assert!(
            !deductions.is_empty(),
            "the fixture's first milestone was done late or is overdue"
        );
        for d in deductions {
            assert!(page.contains(d["explanation"].as_str().unwrap()), "{d}");
        }

        // The page keeps results it has read; a re-run after a change shows the new one.
        let (s, rated) = call(
            &app,
            "PUT",
            "/api/v1/service-ratings",
            Some(serde_json::json!({
            "unit_id": f["unit"]["id"], "year": 2026, "rating": 90})),
        )
        .await;
        assert!(s.is_success(), "{rated}");
        let (s, rerun) = call(
            &app,
            "POST",
            &format!("/api/v1/assessments/{run}/rerun"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{rerun}");
        let score = &rerun["result"]["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == code)
            .unwrap()["score"];
        assert_ne!(
            score, &project["score"],
            "the unit's service rating changes the score"
        );
        let page = html(
            &exec(
                &app,
                get(&format!("/assessments?run={run}&project={code}"), &office),
            )
            .await,
        )
        .to_string();
        assert!(
            page.contains(&format!("<th class=\"num\">{score}</th>")),
            "{page}"
        );

        // The responsible person does not see the draft, then sees it once published.
        let person = log_in(&app, "li.na@example.gov.cn").await;
        let r = exec(&app, get("/assessments", &person)).await;
        assert!(html(&r).contains("尚无考核结果"));
        assert!(
            !html(&r).contains("action=\"/assessments\""),
            "no compute form"
        );
        let r = exec(&app, get(&format!("/assessments?run={run}"), &person)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Final: not without its confirmation.
        let r = exec(
            &app,
            post(
                &format!("/assessments/{run}/publish"),
                format!("csrf_token={token}"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("请勾选确认"), "{}", r.body);
        let r = exec(
            &app,
            post(
                &format!("/assessments/{run}/publish"),
                format!("csrf_token={token}&confirm=yes"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = exec(&app, get("/assessments", &person)).await;
        assert!(html(&r).contains("已发布") && html(&r).contains("冷链物流园"));
    }
}

#[actix_web::test]
async fn the_admin_pages_add_hand_over_and_retry_with_errors_beside_the_fields() {
    use duban::store::outbox;
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let admin = log_in(&app, "root@example.gov.cn").await;
        let page = html(&exec(&app, get("/admin", &admin)).await).to_string();
        for href in [
            "/admin/people",
            "/admin/units",
            "/admin/users",
            "/admin/assignments",
            "/admin/calendar",
            "/admin/ledger",
            "/admin/outbox",
            "/admin/channels",
            "/admin/settings",
        ] {
            // Links come from the template's data, so their slashes are escaped.
            let escaped = href.replace('/', "&#x2f;");
            assert!(page.contains(&format!("href=\"{escaped}\"")), "{href}");
            let r = exec(&app, get(href, &admin)).await;
            assert_eq!(r.status, StatusCode::OK, "{href}: {}", html(&r));
        }
        let token = csrf_of(&page);
        let post = |path: &str, body: &str| {
            form(path, &format!("csrf_token={token}&{body}"))
                .cookie(Cookie::new("duban_session", admin.clone()))
        };

        // People: a missing name is said beside it, with the rest kept; then added.
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            post("/admin/people", "name=&title=%E7%A7%91%E9%95%BF"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            html(&r).contains("id=\"new-name-error\">请填写此项。"),
            "{}",
            html(&r)
        );
        assert!(html(&r).contains("value=\"科长\""));
        assert_eq!(before, fingerprint(&mut db.conn()));
        let r = exec(
            &app,
            post(
                "/admin/people",
                "name=%E7%8E%8B%E8%8A%B3&title=%E7%A7%91%E9%95%BF",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(html(&exec(&app, get("/admin/people", &admin)).await).contains("王芳"));

        // Units: a name already taken is refused beside the name.
        let r = exec(
            &app,
            post(
                "/admin/units",
                "name=%E7%BB%8F%E6%B5%8E%E5%8F%91%E5%B1%95%E5%B1%80",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", html(&r));
        assert!(
            html(&r).contains("id=\"new-name-error\">已有名为“经济发展局”的责任单位。"),
            "the store's refusal in the page's language: {}",
            html(&r)
        );

        // Accounts: roles are required; the last admin cannot lose the role.
        let r = exec(
            &app,
            post("/admin/users", "username=wf&password=long-enough-pw"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("id=\"new-roles-error\">请至少选择一个角色。"));
        assert!(
            !html(&r).contains("long-enough-pw"),
            "a password is never sent back"
        );
        let r = exec(
            &app,
            post(
                "/admin/users",
                "username=wf&password=long-enough-pw&role_supervisor=on",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", html(&r));
        let (_, users) = call(&app, "GET", "/api/v1/users", None).await;
        let wf = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == "wf")
            .unwrap()
            .clone();
        assert_eq!(wf["roles"], serde_json::json!(["supervisor"]));
        let root = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == "root@example.gov.cn")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        // `tester`, every test database's own admin, is made a supervisor first so that
        // root is the last admin.
        let tester = users
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == "tester")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let r = exec(
            &app,
            post(&format!("/admin/users/{tester}"), "role_supervisor=on"),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = exec(
            &app,
            post(&format!("/admin/users/{root}"), "role_supervisor=on"),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", html(&r));
        assert!(html(&r).contains(&format!("id=\"u-{root}-error\"")));

        // Responsibility: T-1 handed to 王芳 from 1 June; the project page keeps both.
        let (_, people) = call(&app, "GET", "/api/v1/people?q=%E7%8E%8B%E8%8A%B3", None).await;
        let wang = people["items"][0]["id"].as_i64().unwrap();
        let r = exec(
            &app,
            post(
                "/admin/assignments/T-1",
                &format!("person_id={wang}&effective_on=2026-06-01"),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", html(&r));
        let (_, history) = call(&app, "GET", "/api/v1/projects/T-1/assignments", None).await;
        assert_eq!(history.as_array().unwrap().len(), 2, "{history}");
        assert_eq!(f["person"]["name"], "李娜");
        let r = exec(&app, post("/admin/assignments/T-1", "person_id=x")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("id=\"person_id-error\""), "{}", html(&r));
        let r = exec(&app, get("/admin/assignments?q=T-1", &admin)).await;
        assert!(html(&r).contains("王芳") && html(&r).contains("/admin/assignments/T-1"));

        // Calendar: a local day off, listed over the shipped calendar, then removed.
        let r = exec(
            &app,
            post(
                "/admin/calendar",
                "day=2026-06-19&kind=holiday&note=%E5%81%9C%E7%94%B5",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = html(&exec(&app, get("/admin/calendar?year=2026", &admin)).await).to_string();
        assert!(
            page.contains("2026年6月19日")
                && page.contains("停电")
                && page.contains("/admin/calendar/2026-06-19/remove")
        );
        let r = exec(&app, post("/admin/calendar", "day=19.6.2026&kind=holiday")).await;
        assert!(html(&r).contains("id=\"new-day-error\""));
        let r = exec(&app, post("/admin/calendar/2026-06-19/remove", "")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(
            !html(&exec(&app, get("/admin/calendar?year=2026", &admin)).await).contains("停电")
        );

        // Outbox: a dead message gets a retry button; retrying queues it again.
        let (s, _) = call(&app, "POST", "/api/v1/projects/T-1/problems", Some(serde_json::json!({
            "description": "用地指标待落实", "acting_unit_id": f["unit"]["id"], "due": "2026-06-30"}))).await;
        assert_eq!(s, StatusCode::CREATED);
        let mut conn = db.conn();
        let row = outbox::list(&mut conn, &Default::default()).unwrap().items[0].clone();
        outbox::mark_failed(
            &mut conn,
            &row,
            row.created_at,
            "550 mailbox unavailable",
            true,
            5,
        )
        .unwrap();
        let page = html(&exec(&app, get("/admin/outbox?status=dead", &admin)).await).to_string();
        assert!(
            page.contains("550 mailbox unavailable")
                && page.contains(&format!("/admin/outbox/{}/retry", row.id))
        );
        let r = exec(&app, post(&format!("/admin/outbox/{}/retry", row.id), "")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(outbox::get(&mut conn, row.id).unwrap().status, "pending");

        // The supervision office reads the outbox but retries nothing and sees no other admin page.
        let office = log_in(&app, "dcs@example.gov.cn").await;
        let r = exec(&app, get("/admin/outbox", &office)).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!html(&r).contains("/retry"));
        assert!(
            !html(&r).contains("&#x2f;admin&#x2f;people"),
            "no links it may not follow"
        );
        assert_eq!(
            exec(&app, get("/admin/people", &office)).await.status,
            StatusCode::FORBIDDEN
        );
        // Settings: read only, by variable name.
        let r = exec(&app, get("/admin/settings", &admin)).await;
        assert!(
            html(&r)
                .contains("<code>DUBAN_TIMEZONE</code></td><td><code>Asia&#x2f;Shanghai</code>"),
            "{}",
            html(&r)
        );
    }
}

#[actix_web::test]
async fn the_account_page_keeps_the_language_with_the_account_and_changes_the_password() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.account(
            "zhang@example.gov.cn",
            vec![Role::Leader],
            f["leader"]["id"].as_i64(),
        );
        let session = log_in(&app, "zhang@example.gov.cn").await;
        let page = html(&exec(&app, get("/account", &session)).await).to_string();
        assert!(page.contains("责任领导") && page.contains("<option value=\"zh-CN\" selected>"));
        let token = csrf_of(&page);
        let post = |path: &str, body: &str| {
            form(path, &format!("csrf_token={token}&{body}"))
                .cookie(Cookie::new("duban_session", session.clone()))
        };
        let r = exec(&app, post("/account/lang", "lang=en")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // Another browser (no language cookie): the account's language.
        let elsewhere = log_in(&app, "zhang@example.gov.cn").await;
        let r = exec(&app, get("/my", &elsewhere)).await;
        assert!(html(&r).contains("<html lang=\"en\">") && html(&r).contains("My projects"));

        // Password: each refusal beside its field, no password sent back, nothing changed.
        let before = fingerprint(&mut db.conn());
        let r = exec(&app, post("/account/password", "current_password=wrong-password&new_password=a-new-password-1&repeat_password=a-new-password-1")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            html(&r).contains("id=\"current_password-error\""),
            "{}",
            html(&r)
        );
        assert!(!html(&r).contains("a-new-password-1"));
        let r = exec(
            &app,
            post(
                "/account/password",
                &format!("current_password={PASSWORD}&new_password=short&repeat_password=short"),
            ),
        )
        .await;
        assert!(html(&r).contains("id=\"new_password-error\""));
        let r = exec(&app, post("/account/password", &format!("current_password={PASSWORD}&new_password=a-new-password-1&repeat_password=another-one-22"))).await;
        assert!(html(&r).contains("id=\"repeat_password-error\""));
        assert_eq!(before, fingerprint(&mut db.conn()));
        let r = exec(&app, post("/account/password", &format!("current_password={PASSWORD}&new_password=a-new-password-1&repeat_password=a-new-password-1"))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.headers.get("location").unwrap(), "/login?notice=password");
        // Every session ended.
        let r = exec(&app, get("/my", &elsewhere)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
}

#[actix_web::test]
async fn the_assignments_list_pages_through_many_projects() {
    let db = TestDb::sqlite();
    let app = app(db.state("2026-06-15")).await;
    let f = fixture(&app).await;
    for i in 0..55 {
        let (s, p) = call(&app, "POST", "/api/v1/projects", Some(serde_json::json!({
            "code": format!("M-{i:02}"), "name": format!("批量项目{i}"), "category": "services",
            "level": "district", "total_investment": 1_000_000, "planned_start": "2026-01-01",
            "planned_finish": "2026-12-31", "leader_id": f["leader"]["id"], "unit_id": f["unit"]["id"],
            "person_id": f["person"]["id"], "assigned_on": "2026-01-01"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{p}");
    }
    db.account("root@example.gov.cn", vec![Role::Admin], None);
    let admin = log_in(&app, "root@example.gov.cn").await;
    let r = exec(&app, get("/admin/assignments", &admin)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        html(&r).contains("1 / 2") && html(&r).contains("page=2"),
        "{}",
        html(&r)
    );
    let r = exec(&app, get("/admin/assignments?page=2", &admin)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        html(&r).matches("/admin/assignments/").count(),
        6,
        "56 projects: 6 on page 2"
    );
}

#[actix_web::test]
async fn the_leader_decides_a_reschedule_request_on_the_project_page() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        db.token_for(
            "li",
            &[Role::Responsible],
            f["person"]["id"].as_i64(),
            "dbn_li",
        );
        db.account(
            "zhang@example.gov.cn",
            vec![Role::Leader],
            f["leader"]["id"].as_i64(),
        );
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let second = ms["items"][1]["id"].as_i64().unwrap();
        let (s, asked) = call_as(
            &app,
            "dbn_li",
            "POST",
            &format!("/api/v1/milestones/{second}/reschedule"),
            Some(serde_json::json!({"new_due": "2026-10-31", "reason": "设备延迟到货"})),
        )
        .await;
        assert_eq!(
            (s, asked["status"].as_str()),
            (StatusCode::CREATED, Some("pending")),
            "{asked}"
        );
        let id = asked["id"].as_i64().unwrap();

        let session = log_in(&app, "zhang@example.gov.cn").await;
        let page = html(&exec(&app, get("/projects/T-1", &session)).await).to_string();
        assert!(
            page.contains(&format!("action=\"/reschedules/{id}/decide\"")),
            "{page}"
        );
        let token = csrf_of(&page);
        let post = |body: &str| {
            form(
                &format!("/reschedules/{id}/decide"),
                &format!("csrf_token={token}&{body}"),
            )
            .cookie(Cookie::new("duban_session", session.clone()))
        };
        // Rejecting needs a reason, said beside the note; nothing changes.
        let before = fingerprint(&mut db.conn());
        let r = exec(&app, post("decision=reject&note=")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains(&format!("id=\"note-{id}-error\">不同意时请填写理由。")));
        assert_eq!(before, fingerprint(&mut db.conn()));
        // Approving moves the due date.
        let r = exec(&app, post("decision=approve&note=")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let (_, m) = call(&app, "GET", &format!("/api/v1/milestones/{second}"), None).await;
        assert_eq!(m["current_due"], "2026-10-31");
        let page =
            html(&exec(&app, get("/projects/T-1?notice=decided", &session)).await).to_string();
        assert!(page.contains("已审批") && page.contains("已批准"));
        assert!(!page.contains("/decide\""), "nothing left to decide");
    }
}

/// Every page, in both languages, over generated data with every kind of record (handovers,
/// suspended projects, reschedules, problems, an issued report, an assessment run): a
/// template that meets a shape it did not expect fails here rather than in front of a user.
#[actix_web::test]
async fn every_page_renders_over_generated_data_in_both_languages() {
    use duban::seed::generate::{Size, generate};
    use duban::store::{Ctx, assessments};
    for db in backends() {
        let clock = duban::clock::FixedClock::at_noon(d("2026-11-25"), TZ);
        let ctx = Ctx::new("seed", &clock, TZ);
        generate(&mut db.conn(), &ctx, Size::District, 1, false).unwrap();
        assessments::create(
            &mut db.conn(),
            &ctx,
            TZ,
            assessments::NewRun {
                year: 2026,
                ..Default::default()
            },
        )
        .unwrap();
        let app = app(db.state("2026-11-25")).await;
        let (s, issued) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(serde_json::json!({})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{issued}");
        let (s, made) = call(
            &app,
            "POST",
            "/api/v1/channels",
            Some(
                serde_json::json!({"kind": "sms", "name": "短信网关", "secret": "k",
                "url": "https://sms.example.gov.cn/send?appid=1", "supervision": true}),
            ),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{made}");
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        let admin = log_in(&app, "root@example.gov.cn").await;
        let (_, list) = call(&app, "GET", "/api/v1/projects?limit=100", None).await;
        let mut paths: Vec<String> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| format!("/projects/{}", p["code"].as_str().unwrap()))
            .collect();
        assert!(paths.len() >= 19);
        paths.push(format!(
            "/projects/{}?as_of=2026-03-01",
            list["items"][0]["code"].as_str().unwrap()
        ));
        for p in [
            "/my",
            "/my/milestones",
            "/board",
            "/board?by=unit",
            "/board?light=red",
            "/board/timeline",
            "/board/timeline?light=red",
            "/reports/inspection",
            "/reports/inspection?as_of=2026-06-30",
            "/assessments",
            "/account",
            "/admin",
            "/admin/people",
            "/admin/units",
            "/admin/users",
            "/admin/assignments",
            "/admin/calendar",
            "/admin/ledger",
            "/admin/outbox",
            "/admin/channels",
            "/admin/settings",
        ] {
            paths.push(p.to_string());
        }
        paths.push(format!("/reports/inspection/issued/{}", issued["id"]));
        let first = &list["items"][0];
        paths.push(format!(
            "/assessments?project={}",
            first["code"].as_str().unwrap()
        ));
        paths.push(format!("/assessments?unit={}", first["unit"]["id"]));
        paths.push(format!("/assessments?leader={}", first["leader"]["id"]));
        paths.push("/reports/inspection?light=red&page=1".into());
        paths.push(format!(
            "/admin/assignments/{}",
            list["items"][0]["code"].as_str().unwrap()
        ));
        let data = data_texts(&db);
        let mut mixed = Vec::new();
        for path in &paths {
            for lang in ["zh-CN", "en"] {
                let r = exec(
                    &app,
                    get(path, &admin).cookie(Cookie::new("duban_lang", lang)),
                )
                .await;
                assert_eq!(
                    r.status,
                    StatusCode::OK,
                    "{} {path} {lang}: {}",
                    db.name,
                    r.body
                );
                assert!(
                    html(&r).contains(&format!("<html lang=\"{lang}\">")),
                    "{path}"
                );
                for f in foreign_text(lang, html(&r), &data) {
                    mixed.push(format!("{path} {lang}: {f}"));
                }
            }
        }
        // Every form refused (an empty one, or one asking the impossible), in both
        // languages: the refusal speaks the page's language too.
        let code = first["code"].as_str().unwrap();
        let (_, ms) = call(
            &app,
            "GET",
            &format!("/api/v1/milestones?project={code}&limit=1"),
            None,
        )
        .await;
        let mid = &ms["items"][0]["id"];
        let (_, pb) = call(
            &app,
            "POST",
            &format!("/api/v1/projects/{code}/problems"),
            Some(serde_json::json!({"description": "用地指标待落实",
                "acting_unit_id": first["unit"]["id"], "due": "2026-12-31"})),
        )
        .await;
        let pid = &pb["problem"]["id"];
        let refused = [
            format!("/my/milestones/{mid}/complete"),
            format!("/my/milestones/{mid}/reschedule"),
            format!("/my/projects/{code}/progress"),
            format!("/my/projects/{code}/investment"),
            format!("/projects/{code}/comments"),
            format!("/projects/{code}/problems"),
            format!("/problems/{pid}/resolve"),
            format!("/problems/{pid}/send-back"),
            format!("/admin/assignments/{code}"),
            "/account/password".into(),
            "/admin/people".into(),
            "/admin/units".into(),
            "/admin/users".into(),
            "/admin/calendar".into(),
            "/assessments/ratings?year=2026".into(),
            "/reports/inspection/issue".into(),
            "/reschedules/999999/decide".into(),
        ];
        let page = html(&exec(&app, get("/account", &admin)).await).to_string();
        let token = csrf_of(&page);
        // The problem and its notices are data now too.
        let data = data_texts(&db);
        for path in &refused {
            for lang in ["zh-CN", "en"] {
                let r = exec(
                    &app,
                    form(path, &format!("csrf_token={token}&new_due=2020-01-01"))
                        .cookie(Cookie::new("duban_session", admin.clone()))
                        .cookie(Cookie::new("duban_lang", lang)),
                )
                .await;
                assert!(
                    r.status.is_client_error(),
                    "{} {path} {lang}: a refusal, not {}",
                    db.name,
                    r.status
                );
                for f in foreign_text(lang, html(&r), &data) {
                    mixed.push(format!("POST {path} {lang} ({}): {f}", r.status));
                }
            }
        }
        assert!(mixed.is_empty(), "{}:\n{}", db.name, mixed.join("\n"));
    }
}

/// Every text the data itself holds (names, titles, what people wrote, codes and
/// addresses): it stays as written on a page of either language.
fn data_texts(db: &TestDb) -> Vec<String> {
    use diesel::prelude::*;
    use diesel::sql_types::Text;
    #[derive(QueryableByName)]
    struct T {
        #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
        t: Option<String>,
    }
    let mut out = Vec::new();
    for (table, cols) in [
        ("projects", "code,name,location,description"),
        ("people", "name,title,email"),
        ("units", "name,contact_email"),
        ("milestones", "title,evidence"),
        ("progress_updates", "progress,problems,next_steps,author"),
        ("reschedules", "reason,decision_note,requested_by"),
        (
            "problems",
            "description,resolution,raised_by,resolved_by,returned_note",
        ),
        ("comments", "author_name,body"),
        ("outbox", "subject,recipient_name,recipient_email"),
        ("users", "username,email,display_name"),
        ("issued_reports", "title,issued_by,issuer"),
        ("audit_log", "actor"),
        ("stage_events", "note,recorded_by"),
        ("channels", "name"),
    ] {
        for col in cols.split(',') {
            let rows: Vec<T> =
                diesel::sql_query(format!("SELECT CAST({col} AS TEXT) AS t FROM {table}"))
                    .load(&mut db.conn())
                    .unwrap_or_else(|e| panic!("{table}.{col}: {e}"));
            out.extend(
                rows.into_iter()
                    .filter_map(|r| r.t)
                    .filter(|t| !t.is_empty()),
            );
        }
    }
    out.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    out.dedup();
    out
}

/// What a page shows in the other language: Chinese characters on an English page, English
/// words on a Chinese one, once the data (`data`) is taken out, and what is code.
fn foreign_text(lang: &str, page: &str, data: &[String]) -> Vec<String> {
    let mut text = page.to_string();
    // Names that are code (settings, commands, file formats) read the same in both.
    for block in ["<code", "<style", "<script"] {
        while let Some(i) = text.find(block) {
            let end = text[i..].find("</").map_or(text.len(), |j| i + j);
            text.replace_range(i..end, " ");
        }
    }
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push('\n');
            }
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let mut plain = plain
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&#10;", "\n");
    for d in data {
        plain = plain.replace(d.as_str(), " ");
        // A chart's label cut to fit (twelve characters and an ellipsis) is the data too.
        let cut: String = d.chars().take(12).collect();
        plain = plain.replace(&format!("{cut}…"), " ");
    }
    // The other language's own name, offered by the switch; commands and file formats.
    for name in [
        "简体中文",
        "中文",
        "English",
        "duban calendar import",
        "duban.toml",
        "XLSX",
        "XLS",
        "ODS",
        "CSV",
        "Excel",
        "API",
    ] {
        plain = plain.replace(name, " ");
    }
    let cjk = |c: char| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff01}'..='\u{ff5e}').contains(&c)
    };
    let mut found = Vec::new();
    for line in plain.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let foreign = if lang == "en" {
            line.chars().any(cjk)
        } else {
            line.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 2)
        };
        if foreign && !found.iter().any(|f: &String| f == line) {
            found.push(line.to_string());
        }
    }
    found
}

/// The ledger page: the sheet downloaded, edited, previewed (nothing written), imported
/// (the change made, under the admin's name), refused with every bad cell in a table; the
/// upload needs the form's CSRF field like every other form.
#[actix_web::test]
async fn the_ledger_page_downloads_previews_imports_and_lists_bad_cells() {
    use duban::import::ledger as sheet_in;
    for db in backends() {
        let clock = duban::clock::FixedClock::at_noon(d("2026-06-15"), TZ);
        duban::seed::demo::load(&mut db.conn(), &duban::store::Ctx::new("seed", &clock, TZ))
            .expect("demo");
        let app = app(db.state("2026-06-15")).await;
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        let admin = log_in(&app, "root@example.gov.cn").await;
        let page = exec(&app, get("/admin/ledger", &admin)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(html(&page).contains("enctype=\"multipart/form-data\""));
        let token = csrf_of(html(&page));

        let got = actix_web::test::call_service(
            &app,
            get("/admin/ledger/download?format=xlsx", &admin).to_request(),
        )
        .await;
        assert_eq!(got.status(), StatusCode::OK);
        assert!(
            got.headers()
                .get("content-disposition")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("ledger-2026-06-15.xlsx"))
        );
        let bytes = actix_web::test::read_body(got).await;
        let mut rows: Vec<_> = sheet_in::parse(&sheet_in::grid_of(&bytes, None).unwrap())
            .expect("the download reads back")
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(rows.len(), 19);
        let code = rows[4].code.clone();
        rows[4].name = "网页导入改名".into();
        let edited = duban::export::ledger::xlsx(&rows).unwrap();
        let upload = |fields: &[(&str, &str)], file: &[u8]| {
            let (ct, body) = multipart(fields, Some(file));
            TestRequest::post()
                .uri("/admin/ledger")
                .cookie(Cookie::new("duban_session", admin.clone()))
                .insert_header(("content-type", ct))
                .set_payload(body)
        };

        let mut fp = db.conn();
        let before = fingerprint(&mut fp);
        let r = exec(
            &app,
            upload(&[("csrf_token", &token), ("dry_run", "on")], &edited),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", html(&r));
        assert!(
            html(&r).contains("预览") && html(&r).contains(&code),
            "{}",
            html(&r)
        );
        let previewed = html(&r).to_string();
        assert!(before == fingerprint(&mut fp), "a preview writes nothing");

        // Without the form's token the upload is refused, and nothing is written.
        let r = exec(&app, upload(&[], &edited)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(
            before == fingerprint(&mut fp),
            "a forged upload writes nothing"
        );

        // The preview kept the file: one click imports it, for this admin only, once.
        let kept = previewed
            .split("name=\"upload\" value=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("the import button of the preview")
            .to_string();
        let import = |session: &str, csrf: &str, upload: &str| {
            form(
                "/admin/ledger/import",
                &format!("csrf_token={csrf}&upload={upload}"),
            )
            .cookie(Cookie::new("duban_session", session.to_string()))
        };
        db.account("second@example.gov.cn", vec![Role::Admin], None);
        let second = log_in(&app, "second@example.gov.cn").await;
        let token2 = csrf_of(html(&exec(&app, get("/admin/ledger", &second)).await));
        let r = exec(&app, import(&second, &token2, &kept)).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "another admin's preview"
        );
        let (_, p) = call(&app, "GET", &format!("/api/v1/projects/{code}"), None).await;
        assert_ne!(
            p["name"], "网页导入改名",
            "nothing imported for another admin"
        );
        let r = exec(&app, import(&admin, &token, &kept)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", html(&r));
        assert!(html(&r).contains("导入完成"), "{}", html(&r));
        let r = exec(&app, import(&admin, &token, &kept)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("已不再保留"), "{}", html(&r));
        let (_, p) = call(&app, "GET", &format!("/api/v1/projects/{code}"), None).await;
        assert_eq!(p["name"], "网页导入改名");
        let (_, audit) = call(
            &app,
            "GET",
            "/api/v1/audit?actor=root%40example.gov.cn",
            None,
        )
        .await;
        assert!(audit.to_string().contains("网页导入改名"), "{audit}");

        rows[6].start = d("2030-01-01");
        let bad = duban::export::ledger::csv(&rows).unwrap();
        let before = fingerprint(&mut fp);
        let r = exec(&app, upload(&[("csrf_token", &token)], &bad)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", html(&r));
        assert!(
            html(&r).contains("未导入任何内容") && html(&r).contains("<td>8</td>"),
            "{}",
            html(&r)
        );
        assert!(
            html(&r).contains("早于开工时间"),
            "the reasons read in Chinese: {}",
            html(&r)
        );
        assert!(
            before == fingerprint(&mut fp),
            "a refused sheet writes nothing"
        );

        let got = actix_web::test::call_service(
            &app,
            get("/admin/ledger/download?template=1&format=csv", &admin).to_request(),
        )
        .await;
        let bytes = actix_web::test::read_body(got).await;
        let example = sheet_in::parse(&sheet_in::grid_of(&bytes, None).unwrap()).unwrap();
        assert_eq!(example[0].1, duban::export::ledger::example());
    }
}

/// A large sheet: the page counts everything and lists the first rows, with how many more
/// there are (310 new projects, then 310 changed, then 310 bad rows).
#[actix_web::test]
async fn the_ledger_page_lists_the_first_of_many_rows() {
    let db = TestDb::sqlite();
    let app = app(db.state("2026-06-15")).await;
    db.account("root@example.gov.cn", vec![Role::Admin], None);
    let admin = log_in(&app, "root@example.gov.cn").await;
    let token = csrf_of(html(&exec(&app, get("/admin/ledger", &admin)).await));
    let mut rows: Vec<_> = (1..=310)
        .map(|i| {
            let mut r = duban::export::ledger::example();
            r.code = format!("BIG-{i:04}");
            r.start = d("2026-03-01");
            r.milestones = vec![(d("2026-09-30"), "主体开工".into())];
            r
        })
        .collect();
    let upload = |sheet: Vec<u8>| {
        let (ct, body) = multipart(&[("csrf_token", &token)], Some(&sheet));
        TestRequest::post()
            .uri("/admin/ledger")
            .cookie(Cookie::new("duban_session", admin.clone()))
            .insert_header(("content-type", ct))
            .set_payload(body)
    };
    let r = exec(&app, upload(duban::export::ledger::csv(&rows).unwrap())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", html(&r));
    assert!(
        html(&r).contains("<td>310</td>") && html(&r).contains("其余未列出： 10"),
        "{}",
        html(&r)
    );
    for r in &mut rows {
        r.name.push_str("（二期）");
    }
    let r = exec(&app, upload(duban::export::ledger::csv(&rows).unwrap())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", html(&r));
    assert_eq!(html(&r).matches("<td>项目名称</td>").count(), 300);
    assert!(html(&r).contains("其余未列出： 10"), "{}", html(&r));
    for r in &mut rows {
        r.finish = d("2020-01-01");
    }
    let r = exec(&app, upload(duban::export::ledger::csv(&rows).unwrap())).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", html(&r));
    assert!(html(&r).contains("<strong>310</strong>"), "{}", html(&r));
}

#[actix_web::test]
async fn login_goes_only_to_this_site_and_only_from_its_own_form() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        db.account("zhang@example.gov.cn", vec![Role::Supervisor], None);
        let login = format!("login=zhang%40example.gov.cn&password={PASSWORD}");
        let location = |r: &Resp| {
            r.headers
                .get("location")
                .map(|v| v.to_str().unwrap().to_string())
        };
        // The known ways of leaving the site: scheme, protocol-relative, backslashes, tabs
        // and line breaks that browsers strip, a leading blank, NUL, a bidi override.
        for next in [
            "https%3A%2F%2Fevil.example",
            "%2F%2Fevil.example",
            "%2F%5Cevil.example",
            "%5C%5Cevil.example",
            "%2F%09%2Fevil.example",
            "%2F%0a%2Fevil.example",
            "%2F%0d%0aSet-Cookie%3A%20x%3D1",
            "%09%2F%2Fevil.example",
            "%20%2F%2Fevil.example",
            "javascript%3Aalert(1)",
            "evil.example",
            "%2F%00",
            "%2F%E2%80%AE%2Fevil.example",
        ] {
            let r = login_post(&app, &format!("{login}&next={next}")).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}: {next}", db.name);
            assert_eq!(location(&r).as_deref(), Some("/"), "{}: {next}", db.name);
        }
        for (next, to) in [
            ("%2Fmy", "/my"),
            (
                "%2Fprojects%2FT-1%3Fas_of%3D2026-05-01",
                "/projects/T-1?as_of=2026-05-01",
            ),
        ] {
            let r = login_post(&app, &format!("{login}&next={next}")).await;
            assert_eq!(location(&r).as_deref(), Some(to), "{}", db.name);
        }

        // A login posted from elsewhere carries no token of ours: refused, no session.
        let session = |r: &Resp| {
            r.headers
                .get_all("set-cookie")
                .any(|v| v.to_str().unwrap().starts_with("duban_session="))
        };
        let r = exec(&app, form("/login", &login)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", db.name);
        assert!(
            !session(&r) && html(&r).contains("登录页面已过期"),
            "{}",
            db.name
        );
        let r = exec(
            &app,
            form("/login", &format!("{login}&login_token=attacker"))
                .cookie(Cookie::new("duban_login", "other")),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", db.name);
        assert!(!session(&r));
    }
}

/// The demo as of 1 December 2026, and who holds KP-2026-01 now.
struct Held {
    project: i64,
    leader: i64,
    unit: i64,
    person: i64,
}

fn demo_kp01(db: &TestDb) -> Held {
    use diesel::prelude::*;
    use duban::db::schema::{assignments, projects};
    let mut c = db.conn();
    duban::seed::demo::load(&mut c, &system_on("2026-12-01")).unwrap();
    let (project, leader, unit, person) = projects::table
        .inner_join(assignments::table)
        .filter(projects::code.eq("KP-2026-01"))
        .filter(assignments::end_on.is_null())
        .select((
            projects::id,
            assignments::leader_id,
            assignments::unit_id,
            assignments::person_id,
        ))
        .first::<(i64, i64, i64, i64)>(&mut c)
        .unwrap();
    Held {
        project,
        leader,
        unit,
        person,
    }
}

#[actix_web::test]
async fn the_project_page_says_why_its_light_is_lit_and_keeps_the_mark_of_a_late_move() {
    use diesel::prelude::*;
    use duban::db::schema::milestones;
    for db in backends() {
        let mut c = db.conn();
        let Held {
            project: pid,
            person,
            ..
        } = demo_kp01(&db);
        let mid: i64 = milestones::table
            .filter(milestones::project_id.eq(pid))
            .filter(milestones::completed_on.is_null())
            .filter(milestones::current_due.lt(d("2026-12-01")))
            .order(milestones::current_due)
            .select(milestones::id)
            .first(&mut c)
            .unwrap();
        db.account("kp01@example.gov.cn", vec![Role::Responsible], Some(person));
        let app = app(db.state("2026-12-01")).await;
        let session = log_in(&app, "kp01@example.gov.cn").await;
        let page = html(&exec(&app, get("/projects/KP-2026-01", &session)).await).to_string();
        assert!(page.contains("<h2 id=\"why\">为何亮灯</h2>"), "{page}");
        assert!(
            page.contains("个工作日"),
            "the overdue milestone is a reason: {page}"
        );

        // The request, typed as people type dates; then withdrawn by its requester.
        let mine = html(&exec(&app, get("/my/milestones", &session)).await).to_string();
        let token = csrf_of(&mine);
        let body: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &token)
            .append_pair("new_due", "2026/12/25")
            .append_pair("reason", "征地手续延后")
            .finish();
        let r = exec(
            &app,
            form(&format!("/my/milestones/{mid}/reschedule"), &body)
                .cookie(Cookie::new("duban_session", session.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = html(&exec(&app, get("/projects/KP-2026-01", &session)).await).to_string();
        let at = page
            .find("/withdraw\"")
            .expect("a withdraw button for the requester");
        let action = &page[page[..at].rfind("/reschedules/").unwrap()..at + "/withdraw".len()];
        let r = exec(
            &app,
            form(action, &format!("csrf_token={token}"))
                .cookie(Cookie::new("duban_session", session.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let to = r
            .headers
            .get("location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(to, "/projects/KP-2026-01?notice=withdrawn#requests");
        let page = html(&exec(&app, get(&to, &session)).await).to_string();
        assert!(
            page.contains("申请已撤回。") && page.contains("已撤回"),
            "{page}"
        );
        assert!(!page.contains("/withdraw\""));

        // Moved by an admin while overdue: the mark and the days accrued stay on the page.
        let (s, r) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{mid}/reschedule"),
            Some(serde_json::json!({"new_due": "2026-12-25", "reason": "领导批准顺延"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        let page = html(&exec(&app, get("/projects/KP-2026-01", &session)).await).to_string();
        assert!(page.contains("class=\"mark adjusted\""), "{page}");
        assert!(page.contains("逾期后调整：原定"), "{}: {page}", db.name);
    }
}

#[actix_web::test]
async fn the_office_rates_units_and_decides_an_appeal_a_leader_filed_from_the_page() {
    for db in backends() {
        let Held { leader, unit, .. } = demo_kp01(&db);
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        db.account("leader@example.gov.cn", vec![Role::Leader], Some(leader));
        let app = app(db.state("2026-12-01")).await;
        let office = log_in(&app, "dcs@example.gov.cn").await;
        let post = |path: String, body: String, session: &str| {
            form(&path, &body).cookie(Cookie::new("duban_session", session.to_string()))
        };

        // Before computing: every unit is still unrated, and the page says which.
        let page = html(&exec(&app, get("/assessments", &office)).await).to_string();
        assert!(page.contains("以下责任单位尚未评议"), "{page}");
        let token = csrf_of(&page);
        let r = exec(
            &app,
            post(
                "/assessments/ratings".into(),
                format!("csrf_token={token}&unit_id={unit}&year=2026&rating=abc"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("请填写 0 到 100 之间的整数。"));
        let r = exec(
            &app,
            post(
                "/assessments/ratings".into(),
                format!("csrf_token={token}&unit_id={unit}&year=2026&rating=120"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        let r = exec(&app, post("/assessments/ratings".into(), format!("csrf_token={token}&unit_id={unit}&year=2026&rating=85&note=%E6%9C%8D%E5%8A%A1%E4%B8%BB%E5%8A%A8"), &office)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = html(&exec(&app, get("/assessments?year=2026", &office)).await).to_string();
        assert!(page.contains("value=\"85\""), "{page}");

        // A draft; the leader appeals an overdue deduction of his project.
        let r = exec(
            &app,
            post(
                "/assessments".into(),
                format!("csrf_token={token}&year=2026"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let to = r
            .headers
            .get("location")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let run: i64 = to
            .split("run=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .and_then(|s| s.parse().ok())
            .unwrap();
        let lead = log_in(&app, "leader@example.gov.cn").await;
        let page = html(
            &exec(
                &app,
                get(&format!("/assessments?run={run}&project=KP-2026-01"), &lead),
            )
            .await,
        )
        .to_string();
        assert!(page.contains("对此项扣分提出申诉"), "{page}");
        let field = "name=\"deduction\" value=\"";
        let at = page.find(field).unwrap() + field.len();
        let key = page[at..at + page[at..].find('"').unwrap()].to_string();
        let token = csrf_of(&page);
        let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let r = exec(
            &app,
            post(
                format!("/assessments/{run}/appeals?run={run}&project=KP-2026-01"),
                format!(
                    "csrf_token={token}&project=KP-2026-01&deduction={}&party=leader&reason=",
                    enc(&key)
                ),
                &lead,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("请填写此项。"), "{}", r.body);
        let r = exec(
            &app,
            post(
                format!("/assessments/{run}/appeals?run={run}&project=KP-2026-01"),
                format!(
                    "csrf_token={token}&project=KP-2026-01&deduction={}&party=leader&reason={}",
                    enc(&key),
                    enc("征地由区政府统一组织，非责任单位原因")
                ),
                &lead,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Pending: publishing waits; the office decides it on the page.
        let page =
            html(&exec(&app, get(&format!("/assessments?run={run}"), &office)).await).to_string();
        assert!(
            page.contains("征地由区政府统一组织") && page.contains("待处理"),
            "{page}"
        );
        let at = page.find(&format!("/assessments/{run}/appeals/")).unwrap();
        let action = page[at..at + page[at..].find('#').unwrap()].replace("&amp;", "&");
        let action = action.as_str();
        let token = csrf_of(&page);
        let r = exec(
            &app,
            post(
                action.to_string(),
                format!("csrf_token={token}&decision=accept&reason="),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = exec(
            &app,
            post(
                action.to_string(),
                format!(
                    "csrf_token={token}&decision=accept&reason={}",
                    enc("经核实属实")
                ),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page =
            html(&exec(&app, get(&format!("/assessments?run={run}"), &office)).await).to_string();
        assert!(
            page.contains("已采纳（扣分豁免）") && page.contains("经核实属实"),
            "{page}"
        );
        // The leader sees his appeal decided, and can appeal that deduction no more.
        let page = html(
            &exec(
                &app,
                get(&format!("/assessments?run={run}&project=KP-2026-01"), &lead),
            )
            .await,
        )
        .to_string();
        assert!(page.contains("已采纳（扣分豁免）"), "{}: {page}", db.name);
        assert!(!page.contains(&format!("name=\"deduction\" value=\"{key}\"")));
    }
}

#[actix_web::test]
async fn a_leader_writes_an_instruction_that_everyone_on_the_project_reads_newest_first() {
    for db in backends() {
        let Held { leader, person, .. } = demo_kp01(&db);
        db.account("leader@example.gov.cn", vec![Role::Leader], Some(leader));
        db.account(
            "person@example.gov.cn",
            vec![Role::Responsible],
            Some(person),
        );
        let app = app(db.state("2026-12-01")).await;
        let lead = log_in(&app, "leader@example.gov.cn").await;
        let page = html(&exec(&app, get("/projects/KP-2026-01", &lead)).await).to_string();
        assert!(
            page.contains("暂无批示。") && page.contains("发出批示"),
            "{page}"
        );
        let token = csrf_of(&page);
        let send = |body: String| {
            form("/projects/KP-2026-01/comments", &body)
                .cookie(Cookie::new("duban_session", lead.clone()))
        };
        let r = exec(&app, send(format!("csrf_token={token}&body="))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("id=\"comment-body-error\""), "{}", r.body);
        for text in ["请本周内完成征地手续", "下周一前报送进展"] {
            let body = form_urlencoded::Serializer::new(String::new())
                .append_pair("csrf_token", &token)
                .append_pair("body", text)
                .finish();
            let r = exec(&app, send(body)).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        // The person reads them, newest first, and has no form to write one.
        let person_session = log_in(&app, "person@example.gov.cn").await;
        let page =
            html(&exec(&app, get("/projects/KP-2026-01", &person_session)).await).to_string();
        let (a, b) = (
            page.find("下周一前报送进展").expect("the newer"),
            page.find("请本周内完成征地手续").expect("the older"),
        );
        assert!(a < b, "newest first");
        assert!(!page.contains("发出批示"), "{}", db.name);
        let r = exec(
            &app,
            form(
                "/projects/KP-2026-01/comments",
                &format!("csrf_token={}&body=x", csrf_of(&page)),
            )
            .cookie(Cookie::new("duban_session", person_session.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
}

#[actix_web::test]
async fn what_waits_for_each_role_is_on_their_start_page() {
    use diesel::prelude::*;
    use duban::db::schema::{investment_reports, milestones};
    for db in backends() {
        let mut c = db.conn();
        let Held {
            project: pid,
            leader,
            person,
            ..
        } = demo_kp01(&db);
        let (mid, title): (i64, String) = milestones::table
            .filter(milestones::project_id.eq(pid))
            .filter(milestones::completed_on.is_null())
            .filter(milestones::current_due.lt(d("2026-12-01")))
            .order(milestones::current_due)
            .select((milestones::id, milestones::title))
            .first(&mut c)
            .unwrap();
        diesel::delete(
            investment_reports::table
                .filter(investment_reports::project_id.eq(pid))
                .filter(investment_reports::month.eq(11)),
        )
        .execute(&mut c)
        .unwrap();
        db.account("leader@example.gov.cn", vec![Role::Leader], Some(leader));
        db.account(
            "person@example.gov.cn",
            vec![Role::Responsible],
            Some(person),
        );
        let app = app(db.state("2026-12-01")).await;
        let me = log_in(&app, "person@example.gov.cn").await;
        let page = html(&exec(&app, get("/my", &me)).await).to_string();
        assert!(
            page.contains("临期或逾期的节点") && page.contains(&title),
            "{page}"
        );
        assert!(
            page.contains("2026年11月投资完成情况") && page.contains("请于此日前报送"),
            "November's report is owed by 7 December: {page}"
        );
        // He asks to move the overdue milestone; the leader finds it waiting for him.
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &csrf_of(&page))
            .append_pair("new_due", "2026-12-25")
            .append_pair("reason", "征地手续延后")
            .finish();
        let r = exec(
            &app,
            form(&format!("/my/milestones/{mid}/reschedule"), &body)
                .cookie(Cookie::new("duban_session", me.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let boss = log_in(&app, "leader@example.gov.cn").await;
        let page = html(&exec(&app, get("/my", &boss)).await).to_string();
        assert!(
            page.contains("待我审批的节点调整") && page.contains(&title),
            "{}: {page}",
            db.name
        );
        assert!(page.contains("征地手续延后"));
    }
}

#[actix_web::test]
async fn a_unit_head_reads_the_board_and_report_of_his_unit_and_its_place() {
    use diesel::prelude::*;
    use duban::db::schema::units;
    for db in backends() {
        let Held { unit, .. } = demo_kp01(&db);
        let head: i64 = units::table
            .find(unit)
            .select(units::head_person_id)
            .first::<Option<i64>>(&mut db.conn())
            .unwrap()
            .unwrap();
        db.account("head@example.gov.cn", vec![Role::UnitHead], Some(head));
        let app = app(db.state("2026-12-01")).await;
        let s = log_in(&app, "head@example.gov.cn").await;
        let r = exec(&app, get("/board", &s)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let board = html(&r).to_string();
        assert!(board.contains("/projects/KP-2026-01"), "{board}");
        // Every page: a skip link to the content, and an icon.
        assert!(board.contains("<a class=\"skip\" href=\"#main\">跳到正文</a>"));
        assert!(board.contains("<main id=\"main\">") && board.contains("rel=\"icon\""));
        // A tile says more than a colour: stage, person, overdue count.
        assert!(board.contains("class=\"facts\""), "{board}");
        let r = exec(&app, get("/reports/inspection", &s)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let page = html(&r).to_string();
        assert!(page.contains("/projects/KP-2026-01"), "{page}");
        // No issuing, no other unit's projects; his unit's row with its zone-wide rank.
        assert!(!page.contains("/reports/inspection/issue"));
        let (_, zone) = call(&app, "GET", "/api/v1/reports/inspection", None).await;
        let theirs = zone["projects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["unit"]["id"] == unit)
            .count();
        let others = zone["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["unit"]["id"] != unit)
            .unwrap();
        assert!(!page.contains(&format!("/projects/{}", others["code"].as_str().unwrap())));
        assert!(theirs >= 1);
        let rank = zone["by_unit"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == unit)
            .unwrap()["rank"]
            .clone();
        assert!(
            page.contains(&format!("<td data-label=\"名次\">{rank}</td>")),
            "{}: {page}",
            db.name
        );
    }
}

#[actix_web::test]
async fn a_person_raises_a_problem_from_the_project_page_and_the_leader_is_told() {
    use diesel::prelude::*;
    use duban::db::schema::outbox;
    for db in backends() {
        let Held {
            leader,
            unit,
            person,
            ..
        } = demo_kp01(&db);
        db.account(
            "person@example.gov.cn",
            vec![Role::Responsible],
            Some(person),
        );
        let app = app(db.state("2026-12-01")).await;
        let me = log_in(&app, "person@example.gov.cn").await;
        let page = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(
            page.contains("暂无反映的问题。") && page.contains("反映问题"),
            "{page}"
        );
        let token = csrf_of(&page);
        let send = |body: String| {
            form("/projects/KP-2026-01/problems", &body)
                .cookie(Cookie::new("duban_session", me.clone()))
        };
        let r = exec(
            &app,
            send(format!(
                "csrf_token={token}&description=&acting_unit_id=&due="
            )),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let refused = html(&r).to_string();
        assert!(
            refused.contains("id=\"problem-unit-error\"")
                && refused.contains("id=\"problem-due-error\""),
            "{refused}"
        );
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &token)
            .append_pair("description", "施工用电未接入")
            .append_pair("acting_unit_id", &unit.to_string())
            .append_pair("due", "2026/12/15")
            .finish();
        let r = exec(&app, send(body)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page =
            html(&exec(&app, get("/projects/KP-2026-01?notice=raised", &me)).await).to_string();
        assert!(
            page.contains("施工用电未接入") && page.contains("待解决"),
            "{page}"
        );
        assert!(page.contains("已通知责任领导"));
        let told: i64 = outbox::table
            .filter(outbox::recipient_person_id.eq(leader))
            .filter(outbox::body_text.like("%施工用电未接入%"))
            .count()
            .get_result(&mut db.conn())
            .unwrap();
        assert_eq!(told, 1, "{}", db.name);
    }
}

/// The head of the unit found in a demo project's assignment.
fn head_of(db: &TestDb, unit: i64) -> i64 {
    use diesel::prelude::*;
    use duban::db::schema::units;
    units::table
        .find(unit)
        .select(units::head_person_id)
        .first::<Option<i64>>(&mut db.conn())
        .unwrap()
        .expect("the demo unit has a head")
}

/// The path a 303 sends to.
fn location(r: &Resp) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

#[actix_web::test]
async fn the_acting_unit_resolves_a_problem_and_the_office_confirms_or_sends_it_back() {
    use diesel::prelude::*;
    use duban::db::schema::{audit_log, problems as pb};
    use duban::scheduler::scan::{ScanConfig, scan};
    use duban::store::problems;
    for db in backends() {
        let Held { unit, .. } = demo_kp01(&db);
        let head = head_of(&db, unit);
        db.account("head@example.gov.cn", vec![Role::UnitHead], Some(head));
        db.account("dcs@example.gov.cn", vec![Role::Supervisor], None);
        let mut c = db.conn();
        let raised = problems::raise(
            &mut c,
            &system_on("2026-12-01"),
            "KP-2026-01",
            problems::NewProblem {
                description: "施工用电未接入".into(),
                acting_unit_id: unit,
                due: d("2026-12-02"),
            },
            &duban::mail::compose::Notices {
                base_url: "http://duban.test",
            },
        )
        .unwrap();
        let id = raised.problem.id;
        let app = app(db.state("2026-12-03")).await;

        // The unit head finds it waiting for him, counted in the navigation.
        let me = log_in(&app, "head@example.gov.cn").await;
        let my = html(&exec(&app, get("/my", &me)).await).to_string();
        assert!(
            my.contains("问题待销号") && my.contains("施工用电未接入"),
            "{my}"
        );
        assert!(
            my.contains("<span class=\"count\" title=\"待我办理\">"),
            "{my}"
        );
        let page = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(page.contains(&format!("action=\"/problems/{id}/resolve\"")));
        assert!(!page.contains(&format!("action=\"/problems/{id}/close\"")));
        let token = csrf_of(&page);
        let post = |path: String, body: String, session: &str| {
            form(&path, &body).cookie(Cookie::new("duban_session", session.to_string()))
        };
        // Without a word on how, nothing changes and the refusal is beside the field.
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/resolve"),
                format!("csrf_token={token}&resolution=+"),
                &me,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains(&format!("id=\"resolution-{id}-error\"")));
        let body = |token: &str, field: &str, text: &str| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair("csrf_token", token)
                .append_pair(field, text)
                .finish()
        };
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/resolve"),
                body(&token, "resolution", "已接入临时施工用电"),
                &me,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            location(&r),
            format!("/projects/KP-2026-01?notice=resolved#problems")
        );
        let page = html(&exec(&app, get(&location(&r), &me)).await).to_string();
        assert!(page.contains("已申请销号，待督查室确认"), "{page}");
        assert!(!page.contains(&format!("action=\"/problems/{id}/resolve\"")));
        // Still open: only the office closes it. The scan stops reminding the unit.
        let row = problems::get(&mut c, id).unwrap();
        assert_eq!(
            (row.resolved_on, row.closed_on),
            (Some(d("2026-12-03")), None)
        );
        let cfg = ScanConfig {
            routes: Default::default(),
            tz: chrono_tz::Asia::Shanghai,
            rules: Default::default(),
            base_url: "http://duban.test".into(),
            supervision: vec![],
        };
        let now = {
            use duban::clock::Clock;
            duban::clock::db_timestamp(
                duban::clock::FixedClock::at_noon(d("2026-12-04"), chrono_tz::Asia::Shanghai).now(),
            )
        };
        let report = scan(&mut c, &cfg, d("2026-12-04"), now, true).unwrap();
        assert_eq!(report.open_problems, 0, "{}", db.name);

        // The office sends it back with a note; the unit sees why and resolves again.
        let office = log_in(&app, "dcs@example.gov.cn").await;
        // Open until confirmed: on the board's tile and in the report's list.
        let board = html(&exec(&app, get("/board", &office)).await).to_string();
        assert!(board.contains("未销号问题 1"), "{board}");
        let report = html(&exec(&app, get("/reports/inspection", &office)).await).to_string();
        let listed = report
            .split("id=\"rep_problems_h\"")
            .nth(1)
            .unwrap_or_default();
        assert!(
            listed.contains("施工用电未接入") && listed.contains("已申请销号"),
            "{listed}"
        );
        let my = html(&exec(&app, get("/my", &office)).await).to_string();
        assert!(
            my.contains("施工用电未接入") && my.contains("已申请销号"),
            "{my}"
        );
        let page = html(&exec(&app, get("/projects/KP-2026-01", &office)).await).to_string();
        let otoken = csrf_of(&page);
        assert!(page.contains(&format!("action=\"/problems/{id}/send-back\"")));
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/send-back"),
                body(&otoken, "note", ""),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Its own id: a reschedule's note on the same page may have the same number.
        assert!(html(&r).contains(&format!("id=\"back-{id}-error\"")));
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/send-back"),
                body(&otoken, "note", "未见供电部门确认函"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(page.contains("督查室退回：未见供电部门确认函"), "{page}");
        assert!(page.contains(&format!("action=\"/problems/{id}/resolve\"")));
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/resolve"),
                body(&token, "resolution", "供电部门确认函已附"),
                &me,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        // Confirmed as the unit wrote it.
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/close"),
                format!("csrf_token={otoken}"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let row = problems::get(&mut c, id).unwrap();
        assert_eq!(row.closed_on, Some(d("2026-12-03")));
        assert_eq!(row.closed_by.as_deref(), Some("dcs@example.gov.cn"));
        assert_eq!(row.resolution.as_deref(), Some("供电部门确认函已附"));
        let page = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(
            page.contains("已销号</span> 2026年12月3日：供电部门确认函已附"),
            "{page}"
        );
        let steps: Vec<String> = audit_log::table
            .filter(audit_log::entity.eq("problem"))
            .filter(audit_log::entity_id.eq(id.to_string()))
            .order(audit_log::id)
            .select(audit_log::action)
            .load(&mut c)
            .unwrap();
        assert_eq!(steps, ["raise", "resolve", "send_back", "resolve", "close"]);
        // Closed is closed: the office cannot close it twice, the unit cannot reopen it.
        let r = exec(
            &app,
            post(
                format!("/problems/{id}/close"),
                format!("csrf_token={otoken}"),
                &office,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{}", db.name);
        let open: i64 = pb::table
            .filter(pb::closed_on.is_null())
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(open, 0);
    }
}

#[actix_web::test]
async fn a_comment_is_mailed_to_the_person_and_unit_head_and_marked_unread_until_read() {
    use diesel::prelude::*;
    use duban::db::schema::outbox;
    for db in backends() {
        let Held {
            leader,
            unit,
            person,
            ..
        } = demo_kp01(&db);
        let head = head_of(&db, unit);
        db.account("leader@example.gov.cn", vec![Role::Leader], Some(leader));
        db.account(
            "person@example.gov.cn",
            vec![Role::Responsible],
            Some(person),
        );
        let app = app(db.state("2026-12-01")).await;
        let boss = log_in(&app, "leader@example.gov.cn").await;
        let page = html(&exec(&app, get("/projects/KP-2026-01", &boss)).await).to_string();
        let token = csrf_of(&page);
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &token)
            .append_pair("body", "请于月底前完成设备招标")
            .finish();
        let r = exec(
            &app,
            form("/projects/KP-2026-01/comments", &body)
                .cookie(Cookie::new("duban_session", boss.clone())),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mut told: Vec<i64> = outbox::table
            .filter(outbox::kind.eq("comment"))
            .select(outbox::recipient_person_id.assume_not_null())
            .load(&mut db.conn())
            .unwrap();
        told.sort();
        let mut want = vec![person, head];
        want.sort();
        want.dedup();
        assert_eq!(told, want, "{}", db.name);
        let text: String = outbox::table
            .filter(outbox::recipient_person_id.eq(person))
            .filter(outbox::kind.eq("comment"))
            .select(outbox::body_text)
            .first(&mut db.conn())
            .unwrap();
        assert!(text.contains("请于月底前完成设备招标"), "{text}");
        // The author reads it as read; the person sees it unread once.
        let own = html(&exec(&app, get("/projects/KP-2026-01", &boss)).await).to_string();
        assert!(!own.contains("badge new"), "the author has read his own");
        let me = log_in(&app, "person@example.gov.cn").await;
        let first = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(
            first.contains("<span class=\"badge new\">未读</span>"),
            "{first}"
        );
        let again = html(&exec(&app, get("/projects/KP-2026-01", &me)).await).to_string();
        assert!(!again.contains("badge new"), "read the second time");
    }
}

/// The channels page: a refused channel is said beside its fields in the page's language,
/// with what was typed kept but the secret; a channel added is listed with its key masked;
/// "send a test" queues the message and leads to it in the outbox; removal needs its box
/// ticked.
#[actix_web::test]
async fn the_channels_page_adds_tests_and_removes_with_errors_beside_the_fields() {
    for db in backends() {
        let app = app(db.state("2026-11-25")).await;
        db.account("root@example.gov.cn", vec![Role::Admin], None);
        let admin = log_in(&app, "root@example.gov.cn").await;
        let page = html(&exec(&app, get("/admin/channels", &admin)).await).to_string();
        assert!(page.contains("尚未设置渠道"), "{page}");
        let token = csrf_of(&page);
        let post = |path: &str, body: &str| {
            form(path, &format!("csrf_token={token}&{body}"))
                .cookie(Cookie::new("duban_session", admin.clone()))
        };
        let before = fingerprint(&mut db.conn());
        let r = exec(
            &app,
            post(
                "/admin/channels",
                "kind=dingtalk&name=%E7%9D%A3%E6%9F%A5%E5%AE%A4%E7%BE%A4&owner=supervision&url=ftp%3A%2F%2Fx&secret=SEC-typed",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", html(&r));
        assert!(
            html(&r).contains(
                "id=\"new-url-error\">应为 http:&#x2f;&#x2f; 或 https:&#x2f;&#x2f; 开头的地址。"
            ),
            "{}",
            html(&r)
        );
        assert!(
            html(&r).contains("value=\"督查室群\""),
            "what was typed stays"
        );
        assert!(!html(&r).contains("SEC-typed"), "but never the secret");
        assert_eq!(before, fingerprint(&mut db.conn()), "{}", db.name);

        let r = exec(
            &app,
            post(
                "/admin/channels",
                "kind=webhook&name=%E7%BD%91%E5%85%B3&owner=supervision&url=http%3A%2F%2F127.0.0.1%3A9%2Fhook%3Ftoken%3DTOK-1&secret=SEC-1",
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", html(&r));
        let page = html(&exec(&app, get("/admin/channels", &admin)).await).to_string();
        assert!(page.contains("网关") && page.contains("token=…"), "{page}");
        assert!(!page.contains("TOK-1") && !page.contains("SEC-1"), "{page}");
        let en = exec(
            &app,
            get("/admin/channels", &admin).cookie(Cookie::new("duban_lang", "en")),
        )
        .await;
        assert!(html(&en).contains("Webhook gateway"), "{}", html(&en));

        let id: i64 = {
            use diesel::prelude::*;
            duban::db::schema::channels::table
                .select(duban::db::schema::channels::id)
                .first(&mut db.conn())
                .unwrap()
        };
        let r = exec(&app, post(&format!("/admin/channels/{id}/test"), "")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let to = r
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(to.starts_with("/admin/outbox/"), "{to}");
        let message = html(&exec(&app, get(&to, &admin)).await).to_string();
        assert!(
            message.contains("渠道测试") && message.contains("经渠道"),
            "{message}"
        );

        let r = exec(&app, post(&format!("/admin/channels/{id}/remove"), "")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html(&r).contains("请勾选确认"), "{}", html(&r));
        let r = exec(
            &app,
            post(&format!("/admin/channels/{id}/remove"), "confirm=yes"),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = html(&exec(&app, get("/admin/channels", &admin)).await).to_string();
        assert!(page.contains("尚未设置渠道"), "{}: removed", db.name);
    }
}
