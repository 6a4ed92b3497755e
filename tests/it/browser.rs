//! End to end in a real browser: Debian's chromium, driven through chromedriver, against
//! `duban serve --demo` on loopback. Each test starts its own server (fresh SQLite file, the
//! 19-project demo laid out around today) and its own browser, and checks what the browser
//! shows against what the database holds.
//!
//! Without chromium the tests say so loudly and pass; `DUBAN_TEST_REQUIRE_BROWSER=1` (set
//! by CI) turns that into a failure.

use crate::common::browser;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use browser::{Browser, Server};
use calamine::Reader;
use chrono::NaiveDate;
use duban::db::{self, DbConn, DbUrl};
use duban::domain::rules::{Light, Rules, Status};
use duban::store::{people, projects};
use fantoccini::Locator;

pub(crate) const LEADER: &str = "zhang.weidong@example.gov.cn";
pub(crate) const SUPERVISOR: &str = "duchashi@demo.duban.local";

pub(crate) fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_duban"))
}

/// The installation's own context now, to read the server's database as it is.
pub(crate) fn system() -> duban::store::Ctx {
    duban::store::Ctx::new(
        "test",
        &duban::clock::SystemClock,
        chrono_tz::Asia::Shanghai,
    )
}

/// Today as the server sees it (it runs on the real clock in Asia/Shanghai).
pub(crate) fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

pub(crate) fn open(server: &Server) -> DbConn {
    db::establish(&DbUrl::Sqlite(server.database())).expect("the server's database")
}

pub(crate) fn all_projects(conn: &mut DbConn) -> Vec<projects::ProjectSummary> {
    projects::list(
        conn,
        &system(),
        &Rules::default(),
        &projects::ProjectFilter {
            as_of: Some(today()),
            limit: Some(1000),
            ..Default::default()
        },
    )
    .expect("projects")
    .items
}

#[actix_web::test]
async fn a_leader_sees_exactly_his_projects_and_can_switch_to_english() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let leader = people::find_by_email(&mut conn, LEADER)
        .expect("query")
        .expect("the demo leader");
    let his: BTreeSet<String> = all_projects(&mut conn)
        .into_iter()
        .filter(|s| s.leader.as_ref().is_some_and(|l| l.id == leader.id))
        .map(|s| s.project.name)
        .collect();
    assert!(
        his.len() >= 2 && his.len() < 19,
        "the demo gives him some projects: {his:?}"
    );

    let b = Browser::start().await;
    b.log_in(&server, LEADER).await;
    // `/` sends a leader to his projects.
    let url = b.client.current_url().await.expect("url");
    assert_eq!(url.path(), "/my");
    assert_eq!(b.text("h1").await, "我的项目");
    let shown: BTreeSet<String> = b
        .texts("main table tbody tr td:first-child a")
        .await
        .into_iter()
        .collect();
    assert_eq!(shown, his);
    // No supervision pages in his navigation.
    assert!(b.texts("nav a[href='/board']").await.is_empty());

    // The English switch: the same page in English, kept on the next page.
    b.client
        .find(Locator::Css("a[hreflang='en']"))
        .await
        .expect("language switch")
        .click()
        .await
        .expect("switch");
    b.client
        .wait()
        .for_element(Locator::Css("html[lang='en']"))
        .await
        .expect("English page");
    assert_eq!(b.text("h1").await, "My projects");
    let dates = b.texts("main table tbody td small.muted").await;
    assert!(
        dates
            .iter()
            .any(|d| d.len() == 10 && d.parse::<NaiveDate>().is_ok()),
        "ISO dates in English: {dates:?}"
    );
    b.client
        .goto(&server.url("/my/milestones"))
        .await
        .expect("next page");
    assert_eq!(
        b.client
            .find(Locator::Css("html"))
            .await
            .expect("html")
            .attr("lang")
            .await
            .expect("lang"),
        Some("en".into())
    );
    b.close().await;
}

/// A red project with exactly one overdue milestone, and its responsible person's email.
pub(crate) fn one_overdue_milestone(conn: &mut DbConn) -> (String, i64, String) {
    for s in all_projects(conn) {
        if s.light != Light::Red {
            continue;
        }
        let d = projects::detail(conn, &system(), &s.project.code, today(), &Rules::default())
            .expect("detail");
        let overdue: Vec<_> = d
            .milestones
            .iter()
            .filter(|m| matches!(m.working_status, Status::Overdue { .. }))
            .collect();
        let email = d
            .responsibility
            .as_ref()
            .and_then(|r| r.person.email.clone());
        if let ([m], Some(email)) = (overdue.as_slice(), email) {
            return (s.project.code.clone(), m.milestone.id, email);
        }
    }
    panic!("the demo has a red project with exactly one overdue milestone")
}

async fn light_of(b: &Browser, code: &str) -> String {
    let row = b
        .client
        .find(Locator::XPath(&format!(
            "//main//tr[.//small[normalize-space()='{code}']]//span[contains(@class,'light')]"
        )))
        .await
        .unwrap_or_else(|e| panic!("{code} on my projects: {e}"));
    row.attr("class").await.expect("class").unwrap_or_default()
}

#[actix_web::test]
async fn a_responsible_person_completes_a_milestone_and_the_light_changes() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let (code, milestone, email) = one_overdue_milestone(&mut conn);

    let b = Browser::start().await;
    b.log_in(&server, &email).await;
    b.client.goto(&server.url("/my")).await.expect("my");
    assert!(light_of(&b, &code).await.contains("red"));

    b.client
        .goto(&server.url("/my/milestones"))
        .await
        .expect("my milestones");
    b.client
        .find(Locator::Id(&format!("evidence-{milestone}")))
        .await
        .expect("evidence field")
        .send_keys("竣工验收意见已签署，文号 开发〔2026〕12 号。")
        .await
        .expect("type");
    b.client
        .find(Locator::Css(&format!(
            "form[action='/my/milestones/{milestone}/complete'] button[type=submit]"
        )))
        .await
        .expect("complete button")
        .click()
        .await
        .expect("click");
    b.client
        .wait()
        .for_element(Locator::Css("[role=status]"))
        .await
        .expect("a notice");
    assert_eq!(b.text("[role=status]").await, "已确认办结。");

    b.client.goto(&server.url("/my")).await.expect("my");
    let light = light_of(&b, &code).await;
    assert!(!light.contains("red"), "{code} is no longer red: {light}");
    let done = duban::store::milestones::get(&mut conn, milestone).expect("milestone");
    assert_eq!(done.completed_on, Some(today()));
    b.close().await;
}

#[actix_web::test]
async fn a_form_error_is_shown_next_to_its_field_and_keeps_what_was_typed() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let (_, milestone, email) = one_overdue_milestone(&mut conn);

    let b = Browser::start().await;
    b.log_in(&server, &email).await;
    b.client
        .goto(&server.url("/my/milestones"))
        .await
        .expect("my milestones");
    // A reason but no new date.
    b.client
        .find(Locator::Id(&format!("reason-{milestone}")))
        .await
        .expect("reason field")
        .send_keys("征地手续尚未批复")
        .await
        .expect("type");
    b.client
        .find(Locator::Css(&format!(
            "form[action='/my/milestones/{milestone}/reschedule'] button[type=submit]"
        )))
        .await
        .expect("request button")
        .click()
        .await
        .expect("click");
    let error = b
        .client
        .wait()
        .for_element(Locator::Id(&format!("new_due-{milestone}-error")))
        .await
        .expect("the error beside the date");
    assert_eq!(
        error.text().await.expect("text"),
        "请填写有效日期，如 2026-11-30、2026/11/30 或 2026年11月30日。"
    );
    let field = b
        .client
        .find(Locator::Id(&format!("new_due-{milestone}")))
        .await
        .expect("date field");
    assert_eq!(
        field.attr("aria-invalid").await.expect("attr"),
        Some("true".into())
    );
    assert_eq!(
        field.attr("aria-describedby").await.expect("attr"),
        Some(format!("new_due-{milestone}-error"))
    );
    let reason = b
        .client
        .find(Locator::Id(&format!("reason-{milestone}")))
        .await
        .expect("reason field");
    assert_eq!(
        reason.prop("value").await.expect("value"),
        Some("征地手续尚未批复".into())
    );
    // Nothing was asked for.
    let asked = duban::store::milestones::reschedules_of(&mut conn, &system(), milestone)
        .expect("requests");
    assert!(asked.iter().all(|r| r.reason != "征地手续尚未批复"));
    b.close().await;
}

#[actix_web::test]
async fn a_supervisor_downloads_the_xlsx_report() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let b = Browser::start().await;
    b.log_in(&server, SUPERVISOR).await;
    // `/` sends the supervision office to the board; the report is one click away.
    assert_eq!(b.client.current_url().await.expect("url").path(), "/board");
    b.client
        .find(Locator::Css("nav a[href='/reports/inspection']"))
        .await
        .expect("report link")
        .click()
        .await
        .expect("click");
    b.client
        .wait()
        .for_element(Locator::Id("download-xlsx"))
        .await
        .expect("download button")
        .click()
        .await
        .expect("click");
    let file = b.downloaded(".xlsx", Duration::from_secs(30));
    let mut book = calamine::open_workbook_auto(&file).expect("a workbook");
    let sheets = book.sheet_names();
    for want in ["汇总", "按责任领导", "按责任单位", "项目"] {
        assert!(sheets.iter().any(|s| s == want), "{want} in {sheets:?}");
    }
    let rows = book.worksheet_range("项目").expect("项目 sheet");
    let codes = rows
        .rows()
        .filter(|r| r.iter().any(|c| c.to_string().starts_with("KP-")))
        .count();
    assert_eq!(codes, 19, "one row per demo project");
    b.close().await;
}

/// The admin uploads the messy example sheet from `docs/examples` with the page's form: the
/// preview lists the new projects and writes nothing; one click then imports the file just
/// previewed, without choosing it again.
#[actix_web::test]
async fn the_admin_previews_then_imports_a_ledger_sheet() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let sheet = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/ledger-messy.xlsx");
    let b = Browser::start().await;
    b.log_in(&server, "admin@demo.duban.local").await;
    b.client
        .goto(&server.url("/admin/ledger"))
        .await
        .expect("the ledger page");
    b.client
        .find(Locator::Id("ledger-file"))
        .await
        .expect("file field")
        .send_keys(&sheet.to_string_lossy())
        .await
        .expect("choose the file");
    b.click_through("form[action='/admin/ledger'] button[type=submit]")
        .await;
    assert!(
        b.text("#result h2").await.starts_with("预览"),
        "{}",
        b.text("#result").await
    );
    assert!(b.text("#result").await.contains("JK-2026-03"));
    assert!(
        projects::get_by_code(&mut conn, "JK-2026-01").is_err(),
        "a preview writes nothing"
    );
    b.click_through("#import-previewed").await;
    assert_eq!(b.text("#result h2").await, "导入完成");
    assert_eq!(
        projects::get_by_code(&mut conn, "JK-2026-01")
            .expect("imported")
            .total_investment,
        1_250_000_000
    );
    b.close().await;
}

/// Someone the demo made a unit head, by his login (email).
pub(crate) fn a_unit_head(conn: &mut DbConn) -> String {
    use diesel::prelude::*;
    use duban::db::schema::{people as p, units};
    units::table
        .inner_join(p::table.on(units::head_person_id.eq(p::id.nullable())))
        .filter(p::email.is_not_null())
        .select(p::email.assume_not_null())
        .order(units::id)
        .first(conn)
        .expect("a unit head with an address")
}

/// A message of the outbox to open. The demo's reminder run fills the outbox only on a
/// working day after the scan's hour, so the test queues one of its own (the mail test
/// message) rather than depend on the time of day it runs at.
fn a_message(conn: &mut DbConn) -> i64 {
    let now = duban::clock::db_timestamp(chrono::Utc::now());
    let day = now.date();
    let rendered = duban::mail::compose::render_test("zh-CN", day).expect("the test message");
    let row = duban::mail::compose::outbox_row(
        "test",
        "test",
        day,
        None,
        "outbox.page@example.gov.cn",
        "outbox.page@example.gov.cn",
        "zh-CN",
        rendered,
        now,
    );
    duban::store::outbox::enqueue(conn, &[row]).expect("queued");
    use diesel::prelude::*;
    use duban::db::schema::outbox;
    outbox::table
        .filter(outbox::recipient_email.eq("outbox.page@example.gov.cn"))
        .select(outbox::id)
        .first(conn)
        .expect("the queued message")
}

/// Every page each role reaches from its navigation: axe-core finds no serious or
/// critical violation on any (at desktop width, and the phone pages at phone width too),
/// and no page but the admin's wide lists scrolls sideways on a 390 px phone.
#[actix_web::test]
async fn every_page_is_accessible_and_none_scrolls_sideways_on_a_phone() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let (code, _, person) = one_overdue_milestone(&mut conn);
    let head = a_unit_head(&mut conn);
    let project = format!("/projects/{code}");
    let message = format!("/admin/outbox/{}", a_message(&mut conn));
    let office_pages = [
        "/my",
        "/board",
        "/board?by=unit",
        "/board/timeline",
        "/reports/inspection",
        project.as_str(),
        "/assessments",
        "/admin/outbox",
        message.as_str(),
        "/account",
    ];
    let person_pages = [
        "/my",
        "/my/milestones",
        project.as_str(),
        "/assessments",
        "/account",
    ];
    let admin_pages = [
        "/admin",
        "/admin/settings",
        "/admin/people",
        "/admin/units",
        "/admin/users",
        "/admin/assignments",
        "/admin/calendar",
        "/admin/ledger",
        "/admin/outbox",
        "/admin/channels",
    ];
    let roles: Vec<(&str, Vec<&str>, bool)> = vec![
        (SUPERVISOR, office_pages.to_vec(), true),
        (LEADER, vec!["/my", "/assessments", "/account"], true),
        (person.as_str(), person_pages.to_vec(), true),
        (
            head.as_str(),
            vec![
                "/my",
                "/my/milestones",
                "/board",
                "/board/timeline",
                "/reports/inspection",
            ],
            true,
        ),
        ("admin@demo.duban.local", admin_pages.to_vec(), false),
    ];
    let mut failures = Vec::new();
    // The login page, before anyone logs in.
    let b = Browser::start().await;
    b.client.goto(&server.url("/login")).await.expect("login");
    for v in b.accessibility_violations().await {
        failures.push(format!("/login: {v}"));
    }
    b.close().await;
    for (login, pages, phone) in roles {
        let b = Browser::start().await;
        b.log_in(&server, login).await;
        for path in pages {
            for lang in ["zh-CN", "en"] {
                b.resize(1366, 900).await;
                let sep = if path.contains('?') { '&' } else { '?' };
                let url = server.url(&format!("{path}{sep}lang={lang}"));
                b.client.goto(&url).await.expect("page");
                for v in b.accessibility_violations().await {
                    failures.push(format!("{login} {path} {lang} desktop: {v}"));
                }
                if phone {
                    b.resize(390, 844).await;
                    b.client.goto(&url).await.expect("page");
                    let (over, culprits) = b.overflow().await;
                    if over > 0 {
                        failures.push(format!(
                            "{login} {path} {lang}: {over} px wider than a 390 px phone: {culprits:?}"
                        ));
                    }
                    for v in b.accessibility_violations().await {
                        failures.push(format!("{login} {path} {lang} phone: {v}"));
                    }
                }
            }
        }
        b.close().await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
