//! The access matrix: every registered endpoint × every role × the caller's own project
//! and another's, asserting the status, and that a refused request changed nothing.
//! The route walk fails when an endpoint is added without a rule here and in
//! `api::routes::ROUTES`.

use crate::common;

use std::collections::{BTreeSet, HashMap};

use actix_web::http::StatusCode;
use common::*;
use diesel::prelude::*;
use duban::domain::access::{self, Role};
use duban::http::routes;
use serde_json::{Value, json};

/// Roles in the order of the expectation strings.
const ROLES: [(&str, &str); 5] = [
    ("admin", ADMIN_TOKEN),
    ("supervisor", "dbn_supervisor"),
    ("leader", "dbn_leader"),
    ("unit_head", "dbn_unit_head"),
    ("responsible", "dbn_responsible"),
];
/// The other project's responsible person, who files the requests its leader decides.
const OTHER_RESPONSIBLE: &str = "dbn_responsible2";

/// One endpoint with a body that is valid for it, and what each role gets on its own
/// project (`own`) and on another (`other`), role by role in [`ROLES`] order:
/// `A` allowed (2xx or a redirect, or 409 when an earlier allowed call already changed the
/// state),
/// `E` allowed but the body is then refused (422), `F` 403, `N` 404 (existence hidden),
/// `V` 422 naming `project_code` exactly as for a project that does not exist,
/// `U` allowed but the body's media type is refused (415).
/// In paths and bodies, `{own:x}` / `{other:x}` name a fixture value or a fresh record.
struct Case {
    method: &'static str,
    route: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    own: &'static str,
    other: &'static str,
}

const fn case(
    method: &'static str,
    route: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    own: &'static str,
    other: &'static str,
) -> Case {
    Case {
        method,
        route,
        path,
        body,
        own,
        other,
    }
}

/// The same path for both, when the route is not about a project.
const fn flat(
    method: &'static str,
    route: &'static str,
    body: Option<&'static str>,
    who: &'static str,
) -> Case {
    case(method, route, route, body, who, who)
}

/// The day the matrix runs on: late in the year, so that there are free months for
/// monthly reports.
const TODAY: &str = "2026-11-20";

const ALL: &str = "AAAAA";
const ADMIN: &str = "AFFFF";
const SUP: &str = "AAFFF";

#[rustfmt::skip]
fn cases() -> Vec<Case> {
    vec![
        flat("GET", "/healthz", None, ALL),
        // Pages (HTML): a refusal is an error page, not JSON.
        flat("GET", "/login", None, ALL),
        // Without the login form's own token (a post from another site) nobody logs in.
        flat("POST", "/login", Some("{}"), "FFFFF"),
        flat("GET", "/static/app.css", None, ALL),
        flat("GET", "/", None, ALL),
        flat("GET", "/my", None, ALL),
        case("GET", "/projects/{code}", "/projects/{own:code}", None, ALL, "AANNN"),
        flat("GET", "/board", None, "AAFAF"),
        flat("GET", "/board/timeline", None, "AAFAF"),
        flat("GET", "/my/milestones", None, ALL),
        case("POST", "/my/milestones/{id}/complete", "/my/milestones/{own:fresh_milestone}/complete", Some("{}"), "EFFEE", "EFFNN"),
        case("POST", "/my/milestones/{id}/reschedule", "/my/milestones/{own:fresh_milestone}/reschedule", Some("{}"), "EFFEE", "EFFNN"),
        case("POST", "/my/projects/{code}/progress", "/my/projects/{own:code}/progress", Some("{}"), "EFFEE", "EFFNN"),
        case("POST", "/my/projects/{code}/investment", "/my/projects/{own:code}/investment", Some("{}"), "EFFEE", "EFFNN"),
        case("POST", "/reschedules/{id}/decide", "/reschedules/{own:fresh_request}/decide", Some("{}"), "EFEFF", "EFNFF"),
        case("POST", "/reschedules/{id}/withdraw", "/reschedules/{own:fresh_request}/withdraw", Some("{}"), "FFFFA", "FFNNN"),
        // An empty 批示 is refused beside its field; others may not write one at all.
        case("POST", "/projects/{code}/comments", "/projects/{own:code}/comments", Some("{}"), "EEEFF", "EENFF"),
        case("POST", "/projects/{code}/problems", "/projects/{own:code}/problems", Some("{}"), "EEFEE", "EEFNN"),
        case("POST", "/problems/{id}/resolve", "/problems/{own:fresh_problem}/resolve", Some("{}"), "EFFEE", "EFFNN"),
        case("POST", "/problems/{id}/close", "/problems/{own:fresh_problem}/close", Some("{}"), "EEFFF", "EEFFF"),
        case("POST", "/problems/{id}/send-back", "/problems/{own:fresh_problem}/send-back", Some("{}"), "EEFFF", "EEFFF"),
        flat("GET", "/account", None, ALL),
        flat("POST", "/account/lang", Some("{}"), ALL),
        flat("POST", "/account/password", Some("{}"), "EEEEE"),
        flat("GET", "/admin", None, ADMIN),
        flat("GET", "/admin/settings", None, ADMIN),
        flat("GET", "/admin/people", None, ADMIN),
        flat("POST", "/admin/people", Some("{}"), "EFFFF"),
        case("POST", "/admin/people/{id}/active", "/admin/people/{own:fresh_person}/active", Some("{}"), ADMIN, ADMIN),
        flat("GET", "/admin/units", None, ADMIN),
        flat("POST", "/admin/units", Some("{}"), "EFFFF"),
        flat("GET", "/admin/users", None, ADMIN),
        flat("POST", "/admin/users", Some("{}"), "EFFFF"),
        case("POST", "/admin/users/{id}", "/admin/users/{own:bystander}", Some("{}"), "EFFFF", "EFFFF"),
        case("POST", "/admin/users/{id}/password", "/admin/users/{own:bystander}/password", Some("{}"), "AFFFF", "AFFFF"),
        flat("GET", "/admin/assignments", None, ADMIN),
        case("GET", "/admin/assignments/{code}", "/admin/assignments/{own:code}", None, ADMIN, ADMIN),
        case("POST", "/admin/assignments/{code}", "/admin/assignments/{own:fresh_code}", Some("{}"), "EFFFF", "EFFFF"),
        flat("GET", "/admin/calendar", None, ADMIN),
        flat("POST", "/admin/calendar", Some("{}"), "EFFFF"),
        flat("GET", "/admin/ledger", None, ADMIN),
        flat("GET", "/admin/ledger/download", None, ADMIN),
        flat("POST", "/admin/ledger", Some("{}"), "UFFFF"),
        flat("POST", "/admin/ledger/import", Some("{}"), "EFFFF"),
        case("POST", "/admin/calendar/{day}/remove", "/admin/calendar/{own:fresh_day}/remove", None, ADMIN, ADMIN),
        flat("GET", "/admin/outbox", None, SUP),
        case("GET", "/admin/outbox/{id}", "/admin/outbox/{own:outbox}", None, SUP, SUP),
        case("POST", "/admin/outbox/{id}/retry", "/admin/outbox/{own:outbox}/retry", None, ADMIN, ADMIN),
        flat("POST", "/admin/outbox/retry-dead", None, ADMIN),
        flat("GET", "/admin/channels", None, ADMIN),
        flat("POST", "/admin/channels", Some("{}"), "EFFFF"),
        case("POST", "/admin/channels/{id}/test", "/admin/channels/{own:fresh_channel}/test", Some("{}"), ADMIN, ADMIN),
        // Removal is final: without its confirmation box the page refuses (422).
        case("POST", "/admin/channels/{id}/remove", "/admin/channels/{own:fresh_channel}/remove", Some("{}"), "EFFFF", "EFFFF"),
        flat("GET", "/assessments", None, ALL),
        flat("POST", "/assessments", Some("{}"), "EEFFF"),
        // Final: without its confirmation box the page refuses (422); the API needs none.
        case("POST", "/assessments/{id}/publish", "/assessments/{own:fresh_run}/publish", None, "EEFFF", "EEFFF"),
        // A leader or unit head appeals (the empty form is refused); the office decides.
        case("POST", "/assessments/{id}/appeals", "/assessments/{own:fresh_run}/appeals", Some("{}"), "EFEEF", "EFEEF"),
        case("POST", "/assessments/{id}/appeals/{appeal}/decide", "/assessments/{own:fresh_run}/appeals/0/decide", Some("{}"), "NNFFF", "NNFFF"),
        flat("POST", "/assessments/ratings", Some("{}"), "EEFFF"),
        flat("GET", "/reports/inspection", None, "AAFAF"),
        flat("POST", "/reports/inspection/issue", Some("{}"), "EEFFF"),
        case("GET", "/reports/inspection/issued/{id}", "/reports/inspection/issued/{own:issued}", None, SUP, SUP),
        flat("POST", "/logout", None, ALL),
        flat("GET", "/readyz", None, ALL),
        flat("GET", "/metrics", None, ALL),
        flat("GET", "/api/v1/openapi.json", None, ALL),
        case("GET", "/api/v1/docs/{_:.*}", "/api/v1/docs/", None, ALL, ALL),
        // Accounts
        flat("GET", "/api/v1/auth/me", None, ALL),
        flat("POST", "/api/v1/auth/logout", None, ALL),
        flat("POST", "/api/v1/auth/password", Some(r#"{"current_password": "not it", "new_password": "a-new-password-1"}"#), "EEEEE"),
        flat("GET", "/api/v1/auth/tokens", None, ALL),
        flat("POST", "/api/v1/auth/tokens", Some(r#"{"name": "脚本"}"#), ALL),
        case("DELETE", "/api/v1/auth/tokens/{id}", "/api/v1/auth/tokens/{own:token_of_caller}", None, ALL, ALL),
        case("DELETE", "/api/v1/auth/tokens/{id}", "/api/v1/auth/tokens/{other:bystander_token}", None, "NNNNN", "NNNNN"),
        flat("GET", "/api/v1/users", None, ADMIN),
        flat("POST", "/api/v1/users", Some(r#"{"username": "new{n}", "roles": ["supervisor"], "password": "long-enough-password"}"#), ADMIN),
        case("GET", "/api/v1/users/{id}", "/api/v1/users/{own:bystander}", None, ADMIN, ADMIN),
        case("PATCH", "/api/v1/users/{id}", "/api/v1/users/{own:bystander}", Some(r#"{"display_name": "旁观者"}"#), ADMIN, ADMIN),
        case("GET", "/api/v1/users/{id}/credentials", "/api/v1/users/{own:bystander}/credentials", None, ADMIN, ADMIN),
        case("DELETE", "/api/v1/users/{id}/tokens/{token_id}", "/api/v1/users/{own:bystander}/tokens/999999", None, "NFFFF", "NFFFF"),
        case("DELETE", "/api/v1/users/{id}/feeds", "/api/v1/users/{own:bystander}/feeds", None, ADMIN, ADMIN),
        // Directory
        flat("GET", "/api/v1/units", None, ALL),
        flat("POST", "/api/v1/units", Some(r#"{"name": "新单位{n}"}"#), ADMIN),
        case("GET", "/api/v1/units/{id}", "/api/v1/units/{own:unit}", None, ALL, ALL),
        case("PATCH", "/api/v1/units/{id}", "/api/v1/units/{own:unit}", Some(r#"{"contact_email": "u@example.gov.cn"}"#), ADMIN, ADMIN),
        case("DELETE", "/api/v1/units/{id}", "/api/v1/units/{own:fresh_unit}", None, ADMIN, ADMIN),
        flat("GET", "/api/v1/people", None, ALL),
        flat("POST", "/api/v1/people", Some(r#"{"name": "新人{n}"}"#), ADMIN),
        case("GET", "/api/v1/people/{id}", "/api/v1/people/{own:leader_person}", None, ALL, ALL),
        case("PATCH", "/api/v1/people/{id}", "/api/v1/people/{own:leader_person}", Some(r#"{"phone": "0371-1234567"}"#), ADMIN, ADMIN),
        case("DELETE", "/api/v1/people/{id}", "/api/v1/people/{own:fresh_person}", None, ADMIN, ADMIN),
        // Projects
        flat("GET", "/api/v1/projects", None, ALL),
        flat("POST", "/api/v1/projects", Some(r#"{"code": "N-{n}", "name": "新项目", "category": "services", "level": "municipal", "total_investment": 1000000, "planned_start": "2026-01-01", "planned_finish": "2027-01-01", "leader_id": {own:leader_person}, "unit_id": {own:unit}, "person_id": {own:responsible_person}}"#), ADMIN),
        case("GET", "/api/v1/projects/{code}", "/api/v1/projects/{own:code}", None, ALL, "AANNN"),
        case("PATCH", "/api/v1/projects/{code}", "/api/v1/projects/{own:code}", Some(r#"{"location": "高新区"}"#), ADMIN, ADMIN),
        case("DELETE", "/api/v1/projects/{code}", "/api/v1/projects/{own:fresh_code}", None, ADMIN, ADMIN),
        case("POST", "/api/v1/projects/{code}/stage", "/api/v1/projects/{own:code}/stage", Some(r#"{"stage": "under_construction", "effective_on": "2026-11-01"}"#), ADMIN, ADMIN),
        case("POST", "/api/v1/projects/{code}/assign", "/api/v1/projects/{own:fresh_code}/assign", Some(r#"{"person_id": {own:responsible_person}, "effective_on": "2026-11-01"}"#), ADMIN, ADMIN),
        case("GET", "/api/v1/projects/{code}/assignments", "/api/v1/projects/{own:code}/assignments", None, ALL, "AANNN"),
        case("GET", "/api/v1/projects/{code}/stages", "/api/v1/projects/{own:code}/stages", None, ALL, "AANNN"),
        case("GET", "/api/v1/projects/{code}/history", "/api/v1/projects/{own:code}/history", None, ALL, "AANNN"),
        case("GET", "/api/v1/projects/{code}/comments", "/api/v1/projects/{own:code}/comments", None, ALL, "AANNN"),
        case("GET", "/api/v1/projects/{code}/vetoes", "/api/v1/projects/{own:code}/vetoes", None, ALL, "AANNN"),
        case("POST", "/api/v1/projects/{code}/vetoes", "/api/v1/projects/{own:code}/vetoes", Some(r#"{"occurred_on": "2026-11-20", "kind": "safety", "evidence": "安监通报〔2026〕5号"}"#), SUP, SUP),
        case("POST", "/api/v1/projects/{code}/comments", "/api/v1/projects/{own:code}/comments", Some(r#"{"body": "请加快进度"}"#), "AAAFF", "AANFF"),
        case("POST", "/api/v1/projects/{code}/problems", "/api/v1/projects/{own:code}/problems", Some(r#"{"description": "施工用电未接入", "acting_unit_id": {own:unit}, "due": "2026-12-15"}"#), "AAFAA", "AAFNN"),
        // Milestones
        flat("GET", "/api/v1/milestones", None, ALL),
        flat("POST", "/api/v1/milestones", Some(r#"{"project_code": "{own:code}", "title": "新节点{n}", "due": "2026-12-30"}"#), ADMIN),
        case("GET", "/api/v1/milestones/{id}", "/api/v1/milestones/{own:milestone}", None, ALL, "AANNN"),
        case("PATCH", "/api/v1/milestones/{id}", "/api/v1/milestones/{own:milestone}", Some(r#"{"title": "主体结构封顶"}"#), ADMIN, ADMIN),
        case("DELETE", "/api/v1/milestones/{id}", "/api/v1/milestones/{own:fresh_milestone}", None, ADMIN, ADMIN),
        case("POST", "/api/v1/milestones/{id}/complete", "/api/v1/milestones/{own:fresh_milestone}/complete", Some(r#"{"evidence": "竣工验收意见"}"#), "AFFAA", "AFFNN"),
        case("POST", "/api/v1/milestones/{id}/reschedule", "/api/v1/milestones/{own:fresh_milestone}/reschedule", Some(r#"{"new_due": "2027-01-31", "reason": "征地延误"}"#), "AFFAA", "AFFNN"),
        case("GET", "/api/v1/milestones/{id}/reschedules", "/api/v1/milestones/{own:milestone}/reschedules", None, ALL, "AANNN"),
        flat("GET", "/api/v1/reschedules", None, ALL),
        case("POST", "/api/v1/reschedules/{id}/decide", "/api/v1/reschedules/{own:fresh_request}/decide", Some(r#"{"approve": true}"#), "AFAFF", "AFNFF"),
        // Only the requester withdraws (the own side's responsible person filed it).
        case("POST", "/api/v1/reschedules/{id}/withdraw", "/api/v1/reschedules/{own:fresh_request}/withdraw", None, "FFFFA", "FFNNN"),
        // Investment and progress
        flat("GET", "/api/v1/investment-plans", None, ALL),
        flat("POST", "/api/v1/investment-plans", Some(r#"{"project_code": "{own:code}", "year": 2100, "planned": 5000000}"#), ADMIN),
        case("GET", "/api/v1/investment-plans/{id}", "/api/v1/investment-plans/{own:plan}", None, ALL, "AANNN"),
        case("PATCH", "/api/v1/investment-plans/{id}", "/api/v1/investment-plans/{own:plan}", Some(r#"{"planned": 6000000}"#), ADMIN, ADMIN),
        case("DELETE", "/api/v1/investment-plans/{id}", "/api/v1/investment-plans/{own:fresh_plan}", None, ADMIN, ADMIN),
        flat("GET", "/api/v1/investment-reports", None, ALL),
        case("POST", "/api/v1/investment-reports", "/api/v1/investment-reports", Some(r#"{"project_code": "{own:code}", "year": 2026, "month": 5, "completed": 100000}"#), "AFFAA", "AFFVV"),
        case("GET", "/api/v1/investment-reports/{id}", "/api/v1/investment-reports/{own:report}", None, ALL, "AANNN"),
        case("PATCH", "/api/v1/investment-reports/{id}", "/api/v1/investment-reports/{own:report}", Some(r#"{"completed": 200000, "reason": "统计口径更正"}"#), "AFFAA", "AFFNN"),
        // The reports here are filed by the admin: others correct them, with a reason, but
        // may not delete them (their own, in tests/it/auth.rs, they may).
        case("DELETE", "/api/v1/investment-reports/{id}", "/api/v1/investment-reports/{own:fresh_report}", None, "AFFFF", "AFFNN"),
        flat("GET", "/api/v1/progress-updates", None, ALL),
        case("POST", "/api/v1/progress-updates", "/api/v1/progress-updates", Some(r#"{"project_code": "{own:code}", "progress": "主体施工至三层"}"#), "AFFAA", "AFFVV"),
        case("GET", "/api/v1/progress-updates/{id}", "/api/v1/progress-updates/{own:update}", None, ALL, "AANNN"),
        // The updates here are written by the admin: others may not change them (their own,
        // in tests/it/auth.rs, they may).
        case("PATCH", "/api/v1/progress-updates/{id}", "/api/v1/progress-updates/{own:update}", Some(r#"{"progress": "主体施工至四层"}"#), "AFFFF", "AFFNN"),
        case("DELETE", "/api/v1/progress-updates/{id}", "/api/v1/progress-updates/{own:fresh_update}", None, "AFFFF", "AFFNN"),
        // Problems
        flat("GET", "/api/v1/problems", None, ALL),
        case("GET", "/api/v1/problems/{id}", "/api/v1/problems/{own:problem}", None, ALL, "AANNN"),
        case("POST", "/api/v1/problems/{id}/close", "/api/v1/problems/{own:fresh_problem}/close", Some(r#"{"resolution": "已协调解决"}"#), SUP, SUP),
        // 销号: the acting unit (its head, a responsible person working in it) resolves; the
        // office confirms or sends back, and never resolves for the unit.
        case("POST", "/api/v1/problems/{id}/resolve", "/api/v1/problems/{own:fresh_problem}/resolve", Some(r#"{"resolution": "已协调解决"}"#), "AFFAA", "AFFNN"),
        case("POST", "/api/v1/problems/{id}/send-back", "/api/v1/problems/{own:fresh_problem}/send-back", Some(r#"{"note": "未见批复文件"}"#), SUP, SUP),
        // Audit, calendar, outbox
        flat("GET", "/api/v1/audit", None, SUP),
        flat("GET", "/api/v1/calendar", None, ALL),
        flat("POST", "/api/v1/calendar", Some(r#"{"day": "2026-12-{day}", "kind": "holiday"}"#), ADMIN),
        case("DELETE", "/api/v1/calendar/{day}", "/api/v1/calendar/{own:fresh_day}", None, ADMIN, ADMIN),
        // The matrix sends JSON; the upload wants multipart (tests/it/import.rs sends one).
        flat("POST", "/api/v1/import/ledger", Some("{}"), "UFFFF"),
        flat("POST", "/api/v1/calendar/feed", None, ALL),
        flat("DELETE", "/api/v1/calendar/feed", None, ALL),
        flat("GET", "/feeds/{token}.ics", None, "NNNNN"),
        flat("GET", "/api/v1/outbox", None, SUP),
        flat("GET", "/api/v1/outbox/status", None, SUP),
        case("GET", "/api/v1/outbox/{id}", "/api/v1/outbox/{own:outbox}", None, SUP, SUP),
        case("POST", "/api/v1/outbox/{id}/retry", "/api/v1/outbox/{own:outbox}/retry", None, ADMIN, ADMIN),
        flat("POST", "/api/v1/outbox/retry-dead", None, ADMIN),
        flat("GET", "/api/v1/channels", None, ADMIN),
        flat("POST", "/api/v1/channels", Some(r#"{"kind": "webhook", "name": "网关{n}", "url": "http://127.0.0.1:9/hook", "secret": "key", "supervision": true}"#), ADMIN),
        case("GET", "/api/v1/channels/{id}", "/api/v1/channels/{own:fresh_channel}", None, ADMIN, ADMIN),
        case("POST", "/api/v1/channels/{id}/test", "/api/v1/channels/{own:fresh_channel}/test", Some("{}"), ADMIN, ADMIN),
        case("DELETE", "/api/v1/channels/{id}", "/api/v1/channels/{own:fresh_channel}", None, ADMIN, ADMIN),
        // Reports and assessment
        flat("GET", "/api/v1/reports/inspection", None, "AAFAF"),
        flat("POST", "/api/v1/reports/inspection/issue", Some("{}"), SUP),
        flat("GET", "/api/v1/reports/inspection/issued", None, SUP),
        case("GET", "/api/v1/reports/inspection/issued/{id}", "/api/v1/reports/inspection/issued/{own:issued}", None, SUP, SUP),
        flat("GET", "/api/v1/assessments", None, ALL),
        flat("POST", "/api/v1/assessments", Some(r#"{"year": 2026}"#), SUP),
        flat("POST", "/api/v1/assessments/provisional", Some(r#"{"year": 2026}"#), SUP),
        // Drafts are for the supervision office and those who may appeal them.
        case("GET", "/api/v1/assessments/{id}", "/api/v1/assessments/{own:run}", None, "AAAAN", "AAAAN"),
        case("POST", "/api/v1/assessments/{id}/rerun", "/api/v1/assessments/{own:fresh_run}/rerun", None, SUP, SUP),
        case("POST", "/api/v1/assessments/{id}/publish", "/api/v1/assessments/{own:fresh_run}/publish", None, SUP, SUP),
        case("GET", "/api/v1/assessments/{id}/appeals", "/api/v1/assessments/{own:run}/appeals", None, "AAAAN", "AAAAN"),
        // Filing is checked before the deduction: a caller who may file gets the 422 of
        // the made-up deduction, one who may not gets 403.
        case("POST", "/api/v1/assessments/{id}/appeals", "/api/v1/assessments/{own:run}/appeals", Some(r#"{"project": "{own:code}", "deduction": "overdue:0", "party": "leader", "reason": "已报备"}"#), "EFEFF", "EFFFF"),
        case("POST", "/api/v1/assessments/{id}/appeals", "/api/v1/assessments/{own:run}/appeals", Some(r#"{"project": "{own:code}", "deduction": "overdue:0", "party": "unit", "reason": "已报备"}"#), "EFFEF", "EFFFF"),
        case("POST", "/api/v1/assessments/{id}/appeals/{appeal}/decide", "/api/v1/assessments/{own:run}/appeals/{own:appeal}/decide", Some(r#"{"accept": false, "reason": "不予采纳"}"#), SUP, SUP),
        flat("GET", "/api/v1/service-ratings", None, SUP),
        flat("PUT", "/api/v1/service-ratings", Some(r#"{"unit_id": {own:unit}, "year": 2026, "rating": 90}"#), SUP),
    ]
}

/// Routes whose matrix lives in a dedicated test, named here.
const DEDICATED: &[(&str, &str, &str)] = &[
    (
        "POST",
        "/api/v1/auth/login",
        "tests/it/auth.rs: login, throttling, generic errors",
    ),
    ("GET", "/act/{token}", "tests/it/auth.rs: signed links"),
    ("POST", "/act/{token}", "tests/it/auth.rs: signed links"),
];

/// The fixture: two projects, `P-1` held by the test accounts' people and `P-2` by others.
struct World {
    values: HashMap<String, String>,
    n: u32,
    report_months: HashMap<&'static str, Vec<u32>>,
}

async fn post_id<S, B>(app: &S, path: &str, body: Value) -> Value
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let (s, v) = call(app, "POST", path, Some(body)).await;
    assert!(s.is_success(), "{path}: {s} {v}");
    v
}

async fn world<S, B>(app: &S, db: &TestDb) -> World
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut v = HashMap::new();
    let person = |name: &str, email: &str| json!({"name": name, "email": email});
    let h1 =
        post_id(app, "/api/v1/people", person("王主任", "h1@example.gov.cn")).await["id"].clone();
    let h2 =
        post_id(app, "/api/v1/people", person("赵主任", "h2@example.gov.cn")).await["id"].clone();
    let u1 = post_id(
        app,
        "/api/v1/units",
        json!({"name": "经济发展局", "head_person_id": h1}),
    )
    .await["id"]
        .clone();
    let u2 = post_id(
        app,
        "/api/v1/units",
        json!({"name": "规划建设局", "head_person_id": h2}),
    )
    .await["id"]
        .clone();
    let l1 =
        post_id(app, "/api/v1/people", person("张卫东", "l1@example.gov.cn")).await["id"].clone();
    let l2 =
        post_id(app, "/api/v1/people", person("孙立新", "l2@example.gov.cn")).await["id"].clone();
    let r1 = post_id(
        app,
        "/api/v1/people",
        json!({"name": "李娜", "unit_id": u1, "email": "r1@example.gov.cn"}),
    )
    .await["id"]
        .clone();
    let r2 = post_id(
        app,
        "/api/v1/people",
        json!({"name": "王强", "unit_id": u2, "email": "r2@example.gov.cn"}),
    )
    .await["id"]
        .clone();
    for (side, code, leader, unit, resp) in [
        ("own", "P-1", &l1, &u1, &r1),
        ("other", "P-2", &l2, &u2, &r2),
    ] {
        post_id(app, "/api/v1/projects", json!({
            "code": code, "name": format!("{code} 冷链物流园"), "category": "services", "level": "municipal",
            "total_investment": 300_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-06-30",
            "stage": "started", "stage_on": "2026-01-05",
            "leader_id": leader, "unit_id": unit, "person_id": resp, "assigned_on": "2026-01-01"})).await;
        let overdue = post_id(
            app,
            "/api/v1/milestones",
            json!({"project_code": code, "title": "完成土地摘牌", "due": "2026-03-31"}),
        )
        .await;
        v.insert(format!("{side}:overdue"), overdue["id"].to_string());
        let m = post_id(
            app,
            "/api/v1/milestones",
            json!({"project_code": code, "title": "主体结构封顶", "due": "2026-09-30"}),
        )
        .await;
        v.insert(format!("{side}:milestone"), m["id"].to_string());
        let plan = post_id(
            app,
            "/api/v1/investment-plans",
            json!({"project_code": code, "year": 2026, "planned": 50_000_000}),
        )
        .await;
        v.insert(format!("{side}:plan"), plan["id"].to_string());
        let report = post_id(
            app,
            "/api/v1/investment-reports",
            json!({"project_code": code, "year": 2026, "month": 3, "completed": 1_000_000}),
        )
        .await;
        v.insert(format!("{side}:report"), report["id"].to_string());
        let update = post_id(
            app,
            "/api/v1/progress-updates",
            json!({"project_code": code, "progress": "场地平整完成"}),
        )
        .await;
        v.insert(format!("{side}:update"), update["id"].to_string());
        let problem = post_id(
            app,
            &format!("/api/v1/projects/{code}/problems"),
            json!({"description": "用地指标待落实", "acting_unit_id": unit, "due": "2026-12-31"}),
        )
        .await;
        v.insert(
            format!("{side}:problem"),
            problem["problem"]["id"].to_string(),
        );
        v.insert(format!("{side}:code"), code.to_string());
        v.insert(format!("{side}:unit"), unit.to_string());
        v.insert(format!("{side}:leader_person"), leader.to_string());
        v.insert(format!("{side}:responsible_person"), resp.to_string());
    }
    let run = post_id(app, "/api/v1/assessments", json!({"year": 2026})).await;
    let run_id = run["id"].to_string();
    let appeal = post_id(app, &format!("/api/v1/assessments/{run_id}/appeals"), json!({
        "project": "P-1", "deduction": format!("overdue:{}", v["own:overdue"]), "party": "leader", "reason": "已书面报备"})).await;
    let issued = post_id(app, "/api/v1/reports/inspection/issue", json!({})).await;
    let (_, outbox) = call(app, "GET", "/api/v1/outbox?limit=1", None).await;
    let outbox_id = outbox["items"][0]["id"].to_string();
    for side in ["own", "other"] {
        v.insert(format!("{side}:run"), run_id.clone());
        v.insert(format!("{side}:appeal"), appeal["id"].to_string());
        v.insert(format!("{side}:issued"), issued["id"].to_string());
        v.insert(format!("{side}:outbox"), outbox_id.clone());
    }
    // The accounts.
    db.token_for("supervisor", &[Role::Supervisor], None, "dbn_supervisor");
    db.token_for("leader", &[Role::Leader], l1.as_i64(), "dbn_leader");
    db.token_for("unit_head", &[Role::UnitHead], h1.as_i64(), "dbn_unit_head");
    db.token_for(
        "responsible",
        &[Role::Responsible],
        r1.as_i64(),
        "dbn_responsible",
    );
    db.token_for(
        "responsible2",
        &[Role::Responsible],
        r2.as_i64(),
        OTHER_RESPONSIBLE,
    );
    let bystander = db.token_for("bystander", &[Role::Supervisor], None, "dbn_bystander");
    let bystander_token: i64 = {
        use duban::db::schema::api_tokens;
        api_tokens::table
            .filter(api_tokens::user_id.eq(bystander))
            .select(api_tokens::id)
            .first(&mut db.conn())
            .expect("token")
    };
    for side in ["own", "other"] {
        v.insert(format!("{side}:bystander"), bystander.to_string());
        v.insert(
            format!("{side}:bystander_token"),
            bystander_token.to_string(),
        );
    }
    // A token's first use records when it was used: done now, so that later refusals can
    // be checked to change nothing at all.
    for (_, token) in ROLES
        .iter()
        .chain([&("", OTHER_RESPONSIBLE), &("", "dbn_bystander")])
    {
        let (s, _) = call_as(app, token, "GET", "/api/v1/auth/me", None).await;
        assert_eq!(s, StatusCode::OK);
    }
    World {
        values: v,
        n: 0,
        report_months: HashMap::from([
            ("own", vec![1, 2, 4, 6, 7, 8, 9, 10]),
            ("other", vec![1, 2, 4, 6, 7, 8, 9, 10]),
        ]),
    }
}

impl World {
    /// A fresh record for a path that consumes one (deletes, completes, decides).
    async fn fresh<S, B>(&mut self, app: &S, side: &'static str, what: &str, caller: &str) -> String
    where
        S: actix_web::dev::Service<
                actix_http::Request,
                Response = actix_web::dev::ServiceResponse<B>,
                Error = actix_web::Error,
            >,
        B: actix_web::body::MessageBody,
    {
        self.n += 1;
        let n = self.n;
        let code = self.values[&format!("{side}:code")].clone();
        let milestone_body =
            json!({"project_code": code, "title": format!("节点{n}"), "due": "2026-12-20"});
        let milestone = |app| {
            let body = milestone_body.clone();
            async move { post_id(app, "/api/v1/milestones", body).await["id"].to_string() }
        };
        match what {
            "fresh_unit" => post_id(app, "/api/v1/units", json!({"name": format!("临时单位{n}")})).await["id"].to_string(),
            "fresh_code" => {
                let code = format!("F-{n}");
                post_id(app, "/api/v1/projects", json!({
                    "code": code, "name": "临时项目", "category": "services", "level": "municipal",
                    "total_investment": 1_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-01-01",
                    "leader_id": self.values["other:leader_person"].parse::<i64>().unwrap(),
                    "unit_id": self.values["other:unit"].parse::<i64>().unwrap(),
                    "person_id": self.values["other:responsible_person"].parse::<i64>().unwrap(),
                    "assigned_on": "2026-01-01"})).await;
                code
            }
            "fresh_milestone" => milestone(app).await,
            "fresh_request" => {
                let m = milestone(app).await;
                let token = if side == "own" { "dbn_responsible" } else { OTHER_RESPONSIBLE };
                let (s, r) = call_as(app, token, "POST", &format!("/api/v1/milestones/{m}/reschedule"),
                    Some(json!({"new_due": "2027-01-31", "reason": "征地延误"}))).await;
                assert_eq!((s, r["status"].as_str()), (StatusCode::CREATED, Some("pending")), "{r}");
                r["id"].to_string()
            }
            "fresh_plan" => post_id(app, "/api/v1/investment-plans", json!({"project_code": code, "year": 2030 + n % 70, "planned": 1_000_000})).await["id"].to_string(),
            "fresh_report" => {
                let month = self.report_months.get_mut(side).and_then(|m| m.pop()).expect("a free month");
                post_id(app, "/api/v1/investment-reports", json!({"project_code": code, "year": 2026, "month": month, "completed": 10_000})).await["id"].to_string()
            }
            "fresh_update" => post_id(app, "/api/v1/progress-updates", json!({"project_code": code, "progress": format!("进展{n}")})).await["id"].to_string(),
            "fresh_problem" => post_id(app, &format!("/api/v1/projects/{code}/problems"), json!({
                "description": format!("问题{n}"), "acting_unit_id": self.values[&format!("{side}:unit")].parse::<i64>().unwrap(), "due": "2026-12-20"})).await["problem"]["id"].to_string(),
            "fresh_day" => {
                let day = format!("2026-12-{:02}", n % 28 + 1);
                call(app, "POST", "/api/v1/calendar", Some(json!({"day": day, "kind": "holiday"}))).await;
                day
            }
            "fresh_person" => post_id(app, "/api/v1/people", json!({"name": format!("临时人员{n}")})).await["id"].to_string(),
            "fresh_run" => post_id(app, "/api/v1/assessments", json!({"year": 2026})).await["id"].to_string(),
            "fresh_channel" => post_id(app, "/api/v1/channels", json!({"kind": "webhook", "name": format!("临时渠道{n}"),
                "url": "http://127.0.0.1:9/hook", "secret": "key", "supervision": true})).await["id"].to_string(),
            "token_of_caller" => {
                let (s, t) = call_as(app, caller, "POST", "/api/v1/auth/tokens", Some(json!({"name": format!("临时{n}")}))).await;
                assert_eq!(s, StatusCode::CREATED, "{t}");
                t["id"].to_string()
            }
            other => panic!("no fresh record called {other}"),
        }
    }

    /// Fills `{own:x}` / `{other:x}`, `{n}` and `{day}`; the side written in a template
    /// is the own side, swapped for the other side's value when `side` is `other`.
    async fn fill<S, B>(
        &mut self,
        app: &S,
        template: &str,
        side: &'static str,
        caller: &str,
    ) -> String
    where
        S: actix_web::dev::Service<
                actix_http::Request,
                Response = actix_web::dev::ServiceResponse<B>,
                Error = actix_web::Error,
            >,
        B: actix_web::body::MessageBody,
    {
        let mut out = String::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let key = rest[start + 1..]
                .split('}')
                .next()
                .filter(|k| {
                    k.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
                })
                .filter(|k| !k.is_empty() && rest[start + 1 + k.len()..].starts_with('}'));
            let Some(key) = key else {
                // A brace of the JSON itself.
                out.push('{');
                rest = &rest[start + 1..];
                continue;
            };
            let value = if let Some((written, name)) = key.split_once(':') {
                let s = if written == "other" { "other" } else { side };
                if name.starts_with("fresh_") || name == "token_of_caller" {
                    self.fresh(app, s, name, caller).await
                } else {
                    self.values
                        .get(&format!("{s}:{name}"))
                        .cloned()
                        .unwrap_or_else(|| panic!("no fixture value {s}:{name}"))
                }
            } else if key == "n" {
                self.n += 1;
                self.n.to_string()
            } else if key == "day" {
                self.n += 1;
                format!("{:02}", self.n % 28 + 1)
            } else {
                // Part of an actix pattern such as `{_:.*}`: not ours.
                key.to_string()
            };
            out.push_str(&value);
            rest = &rest[start + 1 + key.len() + 1..];
        }
        out.push_str(rest);
        out
    }
}

async fn request<S, B>(
    app: &S,
    token: Option<&str>,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> (StatusCode, Value)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let mut req = actix_web::test::TestRequest::default()
        .method(method.parse().unwrap())
        .uri(path);
    if let Some(t) = token {
        req = req.insert_header(bearer(t));
    }
    if let Some(b) = body {
        req = req
            .insert_header(("content-type", "application/json"))
            .set_payload(b.to_string());
    }
    send(app, req.to_request()).await
}

#[actix_web::test]
async fn every_endpoint_every_role_own_and_other() {
    for db in backends() {
        let app = app(db.state(TODAY)).await;
        let mut w = world(&app, &db).await;
        let mut failures = Vec::new();
        // One connection for the many fingerprints.
        let mut fp = db.conn();
        for c in cases() {
            for (side, expect) in [("own", c.own), ("other", c.other)] {
                // Without credentials: 401 on everything but the public routes.
                let public = routes::gate(c.method, c.route) == Some(access::Gate::Public);
                if !public {
                    let path = w.fill(&app, c.path, side, ADMIN_TOKEN).await;
                    let before = fingerprint(&mut fp);
                    let (s, b) = request(&app, None, c.method, &path, c.body).await;
                    // A page sends people to the login page instead.
                    let page_redirect = duban::http::guard::is_page(&path)
                        && c.method == "GET"
                        && s == StatusCode::SEE_OTHER;
                    if !(s == StatusCode::UNAUTHORIZED || page_redirect)
                        || before != fingerprint(&mut fp)
                    {
                        failures.push(format!("{} {} {side} anonymous: {s} {b}", c.method, path));
                    }
                }
                for ((role, token), want) in ROLES.iter().zip(expect.chars()) {
                    let path = w.fill(&app, c.path, side, token).await;
                    let body = match c.body {
                        Some(b) => Some(w.fill(&app, b, side, token).await),
                        None => None,
                    };
                    let refused = matches!(want, 'E' | 'F' | 'N' | 'V' | 'U');
                    let before = refused.then(|| fingerprint(&mut fp));
                    let (s, b) = request(&app, Some(token), c.method, &path, body.as_deref()).await;
                    // Pages answer in HTML; the API in its JSON error shape.
                    let code = if b.is_string() {
                        None
                    } else {
                        Some(b["error"]["code"].as_str().unwrap_or(""))
                    };
                    let ok = match want {
                        'A' => s.is_success() || s.is_redirection() || s == StatusCode::CONFLICT,
                        'E' => s == StatusCode::UNPROCESSABLE_ENTITY,
                        'F' => s == StatusCode::FORBIDDEN && code.is_none_or(|c| c == "forbidden"),
                        'N' => s == StatusCode::NOT_FOUND && code.is_none_or(|c| c == "not_found"),
                        'V' => {
                            s == StatusCode::UNPROCESSABLE_ENTITY
                                && b["error"]["fields"]["project_code"]
                                    .as_str()
                                    .is_some_and(|m| m.starts_with("no project with code"))
                        }
                        'U' => {
                            s == StatusCode::UNSUPPORTED_MEDIA_TYPE
                                && code.is_none_or(|c| c == "unsupported_media_type")
                        }
                        other => panic!("unknown expectation {other}"),
                    };
                    let unchanged = before.is_none_or(|b| b == fingerprint(&mut fp));
                    if !ok || !unchanged {
                        let b: String = b.to_string().chars().take(240).collect();
                        failures.push(format!(
                            "{} {path} {side} as {role}: want {want}, got {s}{} {b}",
                            c.method,
                            if unchanged {
                                ""
                            } else {
                                " AND THE DATABASE CHANGED"
                            }
                        ));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} on {}:\n{}",
            failures.len(),
            db.name,
            failures.join("\n")
        );
    }
}

/// Walks the routes the application registers (its OpenAPI document lists every handler)
/// and fails on any route without a gate in `ROUTES` or without a row in the matrix.
#[actix_web::test]
async fn every_registered_route_has_a_rule_and_a_matrix_row() {
    let db = TestDb::sqlite();
    let app = app(db.state("2026-06-15")).await;
    let (s, doc) = call(&app, "GET", "/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    let mut registered = BTreeSet::new();
    for (path, ops) in doc["paths"].as_object().expect("paths") {
        for method in ops.as_object().expect("operations").keys() {
            registered.insert((method.to_uppercase(), path.clone()));
        }
    }
    // Served beside the documented API.
    registered.insert(("GET".into(), "/api/v1/openapi.json".into()));
    registered.insert(("GET".into(), "/api/v1/docs/{_:.*}".into()));
    assert!(registered.len() > 80, "{registered:?}");
    let in_matrix: BTreeSet<(String, String)> = cases()
        .iter()
        .map(|c| (c.method.to_string(), c.route.to_string()))
        .chain(
            DEDICATED
                .iter()
                .map(|(m, r, _)| (m.to_string(), r.to_string())),
        )
        .collect();
    let gated: BTreeSet<(String, String)> = routes::ROUTES
        .iter()
        .map(|(m, r, _)| (m.to_string(), r.to_string()))
        .collect();
    let no_gate: Vec<_> = registered.difference(&gated).collect();
    assert!(
        no_gate.is_empty(),
        "routes without an access rule: {no_gate:?}"
    );
    let stale: Vec<_> = gated.difference(&registered).collect();
    assert!(
        stale.is_empty(),
        "access rules for routes that do not exist: {stale:?}"
    );
    let untested: Vec<_> = registered.difference(&in_matrix).collect();
    assert!(
        untested.is_empty(),
        "routes missing from the access matrix: {untested:?}"
    );
}

/// The same matrix one layer down: every role × the use cases themselves, called with the
/// account's context as the API, the pages, the links and the command line call them, on
/// the caller's own project and on another's. Each call runs in a transaction that is
/// rolled back, so every role meets the same state. `A` allowed, `F` forbidden (403),
/// `N` hidden (404), `V` refused as a value (422: a project named in a body that the caller
/// may not see reads as one that does not exist). Roles in [`ROLES`] order.
#[actix_web::test]
async fn every_use_case_every_role_own_and_other() {
    use duban::domain::calendar::DayKind;
    use duban::error::{AppError, AppResult};
    use duban::store::{self, Ctx, accounts};

    type UseCase = fn(&mut duban::db::DbConn, &Ctx, &dyn Fn(&str) -> String) -> AppResult<()>;
    let cases: Vec<(&str, UseCase, &str, &str)> = vec![
        (
            "projects::detail",
            |c, ctx, v| {
                store::projects::detail(c, ctx, &v("code"), ctx.today, &Default::default())
                    .map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "projects::detail as of a day",
            |c, ctx, v| {
                let d = ctx.today - chrono::Duration::days(30);
                store::projects::detail(c, ctx, &v("code"), d, &Default::default()).map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "projects::assignments_of",
            |c, ctx, v| store::projects::assignments_of(c, ctx, &v("code")).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "projects::stages_of",
            |c, ctx, v| store::projects::stages_of(c, ctx, &v("code")).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "projects::update",
            |c, ctx, v| {
                store::projects::update(
                    c,
                    ctx,
                    &v("code"),
                    store::projects::ProjectPatch {
                        name: Some("改名".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            },
            "AFFFF",
            "AFFFF",
        ),
        (
            // The district timeline's rows: an unreadable project's milestones are absent.
            "milestones::of_projects",
            |c, ctx, v| {
                let id = store::projects::get_by_code(c, &v("code"))?.id;
                let rows =
                    store::milestones::of_projects(c, ctx, &Default::default(), &[id], ctx.today)?;
                if rows.contains_key(&id) {
                    Ok(())
                } else {
                    Err(duban::error::AppError::not_found("its milestones"))
                }
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "milestones::view",
            |c, ctx, v| {
                store::milestones::view(
                    c,
                    ctx,
                    &Default::default(),
                    v("milestone").parse().unwrap(),
                )
                .map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "milestones::reschedules_of",
            |c, ctx, v| {
                store::milestones::reschedules_of(c, ctx, v("milestone").parse().unwrap()).map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "milestones::complete",
            |c, ctx, v| {
                store::milestones::complete(
                    c,
                    ctx,
                    v("milestone").parse().unwrap(),
                    store::milestones::CompleteInput {
                        date: None,
                        evidence: "验收意见".into(),
                    },
                )
                .map(drop)
            },
            "AFFAA",
            "AFNNN",
        ),
        (
            "milestones::reschedule",
            |c, ctx, v| {
                store::milestones::reschedule(
                    c,
                    ctx,
                    v("milestone").parse().unwrap(),
                    store::milestones::RescheduleInput {
                        new_due: chrono::NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
                        reason: "设计变更".into(),
                    },
                )
                .map(drop)
            },
            "AFFAA",
            "AFNNN",
        ),
        (
            "progress::read",
            |c, ctx, v| store::progress::read(c, ctx, v("update").parse().unwrap()).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "progress::create",
            |c, ctx, v| {
                store::progress::create(
                    c,
                    ctx,
                    store::progress::NewProgress {
                        project_code: v("code"),
                        reported_on: None,
                        progress: "桩基施工".into(),
                        problems: None,
                        next_steps: None,
                    },
                )
                .map(drop)
            },
            "AFFAA",
            "AFVVV",
        ),
        // Written by the admin: another reporter on the project may not rewrite it.
        (
            "progress::update",
            |c, ctx, v| {
                store::progress::update(
                    c,
                    ctx,
                    v("update").parse().unwrap(),
                    store::progress::ProgressPatch {
                        progress: Some("改写".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            },
            "AFFFF",
            "AFNNN",
        ),
        (
            "investment::read_plan",
            |c, ctx, v| store::investment::read_plan(c, ctx, v("plan").parse().unwrap()).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "investment::read_report",
            |c, ctx, v| {
                store::investment::read_report(c, ctx, v("report").parse().unwrap()).map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "investment::create_report",
            |c, ctx, v| {
                store::investment::create_report(
                    c,
                    ctx,
                    store::investment::NewReport {
                        project_code: v("code"),
                        year: 2026,
                        month: 5,
                        completed: 1_000_000,
                    },
                )
                .map(drop)
            },
            "AFFAA",
            "AFVVV",
        ),
        (
            "problems::read",
            |c, ctx, v| store::problems::read(c, ctx, v("problem").parse().unwrap()).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "problems::raise",
            |c, ctx, v| {
                store::problems::raise(
                    c,
                    ctx,
                    &v("code"),
                    store::problems::NewProblem {
                        description: "管线迁改".into(),
                        acting_unit_id: v("unit").parse().unwrap(),
                        due: ctx.today,
                    },
                    &duban::mail::compose::Notices {
                        base_url: "http://127.0.0.1",
                    },
                )
                .map(drop)
            },
            "AAFAA",
            "AANNN",
        ),
        (
            "problems::close",
            |c, ctx, v| {
                store::problems::close(
                    c,
                    ctx,
                    v("problem").parse().unwrap(),
                    store::problems::CloseProblem {
                        resolution: Some("已协调".into()),
                    },
                )
                .map(drop)
            },
            "AAFFF",
            "AAFFF",
        ),
        (
            "problems::resolve",
            |c, ctx, v| {
                store::problems::resolve(
                    c,
                    ctx,
                    v("problem").parse().unwrap(),
                    store::problems::CloseProblem {
                        resolution: Some("已协调".into()),
                    },
                )
                .map(drop)
            },
            "AFFAA",
            "AFNNN",
        ),
        (
            "problems::send_back",
            |c, ctx, v| {
                // Resolved first by the installation, so there is something to send back.
                let id = v("problem").parse().unwrap();
                let installation = Ctx {
                    principal: None,
                    ..ctx.clone()
                };
                store::problems::resolve(
                    c,
                    &installation,
                    id,
                    store::problems::CloseProblem {
                        resolution: Some("已协调".into()),
                    },
                )?;
                store::problems::send_back(
                    c,
                    ctx,
                    id,
                    store::problems::SendBack {
                        note: "未见批复文件".into(),
                    },
                )
                .map(drop)
            },
            "AAFFF",
            "AAFFF",
        ),
        (
            "comments::list",
            |c, ctx, v| store::comments::list(c, ctx, &v("code")).map(drop),
            "AAAAA",
            "AANNN",
        ),
        (
            "comments::create",
            |c, ctx, v| {
                store::comments::create(
                    c,
                    ctx,
                    &v("code"),
                    store::comments::NewComment {
                        body: "加快推进".into(),
                    },
                    &duban::mail::compose::Notices {
                        base_url: "http://duban.test",
                    },
                )
                .map(drop)
            },
            "AAAFF",
            "AANNN",
        ),
        (
            "audit::project_history",
            |c, ctx, v| {
                store::audit::project_history(c, ctx, &v("code"), Default::default()).map(drop)
            },
            "AAAAA",
            "AANNN",
        ),
        (
            "audit::list",
            |c, ctx, _| store::audit::list(c, ctx, &Default::default()).map(drop),
            "AAFFF",
            "AAFFF",
        ),
        (
            "calendar::set",
            |c, ctx, _| {
                store::calendar::set(
                    c,
                    ctx,
                    store::calendar::DayInput {
                        day: chrono::NaiveDate::from_ymd_opt(2026, 12, 28).unwrap(),
                        kind: DayKind::Holiday,
                        note: None,
                    },
                )
                .map(drop)
            },
            "AFFFF",
            "AFFFF",
        ),
        (
            "outbox::messages",
            |c, ctx, _| store::outbox::messages(c, ctx, &Default::default()).map(drop),
            "AAFFF",
            "AAFFF",
        ),
        (
            "channels::list",
            |c, ctx, _| store::channels::list(c, ctx).map(drop),
            "AFFFF",
            "AFFFF",
        ),
        (
            "channels::add",
            |c, ctx, _| {
                let input: store::channels::NewChannel =
                    serde_json::from_value(serde_json::json!({
                    "kind": "webhook", "name": "矩阵网关", "url": "http://127.0.0.1:9/hook",
                    "secret": "key", "supervision": true}))
                    .unwrap();
                store::channels::add(c, ctx, input).map(drop)
            },
            "AFFFF",
            "AFFFF",
        ),
        (
            "channels::queue_test",
            |c, ctx, _| store::channels::queue_test(c, ctx, 0, "zh-CN", None).map(drop),
            "NFFFF",
            "NFFFF",
        ),
        (
            "channels::remove",
            |c, ctx, _| store::channels::remove(c, ctx, 0).map(drop),
            "NFFFF",
            "NFFFF",
        ),
        (
            "outbox::retry_dead",
            |c, ctx, _| store::outbox::retry_dead(c, ctx).map(drop),
            "AFFFF",
            "AFFFF",
        ),
        (
            "reports::inspection",
            |c, ctx, _| {
                store::reports::inspection(c, ctx, TZ, &Default::default(), &Default::default())
                    .map(drop)
            },
            // A unit head reads the report of the units he heads.
            "AAFAF",
            "AAFAF",
        ),
        // A draft: for the supervision office and those who may appeal it.
        (
            "assessments::read",
            |c, ctx, v| store::assessments::read(c, ctx, v("run").parse().unwrap()).map(drop),
            "AAAAN",
            "AAAAN",
        ),
        (
            "accounts::users",
            |c, ctx, _| accounts::users(c, ctx, None).map(drop),
            "AFFFF",
            "AFFFF",
        ),
        (
            "ledger::rows",
            |c, ctx, _| store::ledger::rows(c, ctx, &Default::default()).map(drop),
            "AFFFF",
            "AFFFF",
        ),
    ];
    for db in backends() {
        let app = app(db.state(TODAY)).await;
        let w = world(&app, &db).await;
        let mut conn = db.conn();
        let clock = duban::clock::FixedClock::at_noon(d(TODAY), TZ);
        let ctx_of = |conn: &mut duban::db::DbConn, login: &str| {
            let u = accounts::find_by_login(conn, login).unwrap().expect(login);
            Ctx::for_user(&accounts::principal(conn, &u).unwrap(), &clock, TZ)
        };
        let mut failures = Vec::new();
        for (name, run, own, other) in &cases {
            for (side, expect) in [("own", own), ("other", other)] {
                let value = |key: &str| w.values[&format!("{side}:{key}")].clone();
                for ((role, _), want) in ROLES.iter().zip(expect.chars()) {
                    let login = if *role == "admin" { "tester" } else { role };
                    let ctx = ctx_of(&mut conn, login);
                    let got: Result<(), AppError> = conn
                        .transaction::<(), AppError, _>(|c| {
                            let outcome = run(c, &ctx, &value);
                            // Roll back whatever it wrote, keeping what it answered.
                            Err(match outcome {
                                Ok(()) => AppError::Gone("ok".into()),
                                Err(e) => e,
                            })
                        })
                        .or_else(|e| match e {
                            AppError::Gone(m) if m == "ok" => Ok(()),
                            e => Err(e),
                        });
                    let letter = match &got {
                        Ok(()) => 'A',
                        Err(AppError::Forbidden(_)) => 'F',
                        Err(AppError::NotFound(_)) => 'N',
                        Err(AppError::Validation(_)) => 'V',
                        Err(_) => '?',
                    };
                    if letter != want {
                        failures.push(format!("{name} {side} as {role}: want {want}, got {got:?}"));
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} on {}:\n{}",
            failures.len(),
            db.name,
            failures.join("\n")
        );
    }
}
