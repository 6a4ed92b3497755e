//! The year-end assessment over HTTP on both backends: a small fixture worked out by hand,
//! aggregation over a handover, appeals, publishing (and the database refusing to change a
//! published run), determinism of re-runs, and bad input.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use diesel::RunQueryDsl;
use serde_json::{Value, json};

/// Builds the fixture through the API. Today (the clock) is 2027-01-15; the reschedule is
/// made by an app whose clock says 2026-11-20.
///
/// T-1 (经济发展局 / 张卫东 all year; plan 1000 万元; started 2026-01-05, under construction
/// from 2026-06-01; planned 2026-01-01 → 2027-06-30):
///   m1 due 2026-03-31 (Tue), done 2026-03-27 (Fri): on time, 2 working days early (30, 31 Mar)
///   m2 due 2026-09-30 (Wed), done 2026-09-29: on time, 1 working day early
///   m3 due 2026-11-30 (Mon), done 2026-12-03 (Thu): late by 3 working days (1, 2, 3 Dec)
///   m4 due 2026-12-01, moved on 2026-11-20 to 2026-12-15 (Tue), never done: overdue on
///      31 Dec by 12 working days (16–18, 21–25, 28–31 Dec)
///   m5 due 2027-03-31: another year, not counted
///   investment: 8 × 100 万元 = 800 万元 reported for 2026
/// T-2 (招商局 / 王强 until 2026-06-30, then 经济发展局 / 张卫东 from 2026-07-01; plan 500
///   万元, 500 万元 reported; planned 2026-03-01 → 2026-10-31, under construction from
///   2026-03-01; no milestone in 2026)
/// Ratings 2026: 经济发展局 90; 招商局 none.
async fn build(db: &TestDb) -> (Value, Value, Vec<i64>) {
    let app = app(db.state("2027-01-15")).await;
    let f = fixture(&app).await;
    let (s, unit2) = call(
        &app,
        "POST",
        "/api/v1/units",
        Some(json!({"name": "招商局"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{unit2}");
    let (s, leader2) = call(
        &app,
        "POST",
        "/api/v1/people",
        Some(json!({"name": "王强"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{leader2}");
    let (s, p2) = call(&app, "POST", "/api/v1/projects", Some(json!({
        "code": "T-2", "name": "智能装备产业园", "category": "industrial", "level": "district",
        "total_investment": 80_000_000, "planned_start": "2026-03-01", "planned_finish": "2026-10-31",
        "stage": "under_construction", "stage_on": "2026-03-01",
        "leader_id": leader2["id"], "unit_id": unit2["id"], "person_id": f["person"]["id"],
        "assigned_on": "2026-01-01"
    }))).await;
    assert_eq!(s, StatusCode::CREATED, "{p2}");
    let (s, r) = call(
        &app,
        "POST",
        "/api/v1/projects/T-2/assign",
        Some(json!({
            "leader_id": f["leader"]["id"], "unit_id": f["unit"]["id"], "effective_on": "2026-07-01"
        })),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let (s, r) = call(
        &app,
        "POST",
        "/api/v1/projects/T-1/stage",
        Some(json!({
            "stage": "under_construction", "effective_on": "2026-06-01"
        })),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");

    for (title, due) in [
        ("设备安装", "2026-11-30"),
        ("试生产", "2026-12-01"),
        ("竣工验收", "2027-03-31"),
    ] {
        let (s, m) = call(
            &app,
            "POST",
            "/api/v1/milestones",
            Some(json!({"project_code": "T-1", "title": title, "due": due})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
    }
    let (_, ms) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
    let ids: Vec<i64> = ms["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids.len(), 5);
    for (i, date) in [(0, "2026-03-27"), (1, "2026-09-29"), (2, "2026-12-03")] {
        let (s, r) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{}/complete", ids[i]),
            Some(json!({"date": date, "evidence": "验收记录"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{r}");
    }
    {
        let earlier = actix_web::test::init_service(duban::http::app(db.state("2026-11-20"))).await;
        let (s, r) = call(
            &earlier,
            "POST",
            &format!("/api/v1/milestones/{}/reschedule", ids[3]),
            Some(json!({"new_due": "2026-12-15", "reason": "设备到货推迟"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
    }
    for (code, plan) in [("T-1", 10_000_000), ("T-2", 5_000_000)] {
        let (s, r) = call(
            &app,
            "POST",
            "/api/v1/investment-plans",
            Some(json!({"project_code": code, "year": 2026, "planned": plan})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
    }
    for month in 1..=8 {
        let (s, r) = call(&app, "POST", "/api/v1/investment-reports",
            Some(json!({"project_code": "T-1", "year": 2026, "month": month, "completed": 1_000_000}))).await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
    }
    let (s, r) = call(
        &app,
        "POST",
        "/api/v1/investment-reports",
        Some(json!({"project_code": "T-2", "year": 2026, "month": 12, "completed": 5_000_000})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{r}");
    let (s, r) = call(
        &app,
        "PUT",
        "/api/v1/service-ratings",
        Some(json!({"unit_id": f["unit"]["id"], "year": 2026, "rating": 90, "note": "服务主动"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    (f, unit2, ids)
}

fn project<'a>(run: &'a Value, code: &str) -> &'a Value {
    run["result"]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == code)
        .unwrap()
}

fn component(p: &Value, key: &str) -> f64 {
    p["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap()["score"]
        .as_f64()
        .unwrap()
}

#[actix_web::test]
async fn hand_worked_assessment() {
    for db in backends() {
        let (f, unit2, ids) = build(&db).await;
        let app = app(db.state("2027-01-15")).await;
        let (s, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026, "as_of": "2027-01-15"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {run}", db.name);
        assert_eq!(run["status"], "draft");
        assert_eq!(run["result"]["judged_on"], "2026-12-31");

        // T-1: milestones 2 on time of 4 due in 2026 → 40 × 2/4 = 20; investment 800 of
        // 1000 万元 → 30 × 0.8 = 24; stage planned 开工, reached 在建 → 20; service 90 →
        // 10 × 0.9 = 9. Components 73.00. Deductions: m3 3 days × 0.2 = 0.60, m4 12 days ×
        // 0.2 = 2.40, one reschedule 1.00 → 4.00. Bonus: (2 + 1) days × 0.1 = 0.30.
        // Score 73 − 4 + 0.3 = 69.30.
        let t1 = project(&run, "T-1");
        assert_eq!(component(t1, "milestones"), 20.0, "{}", db.name);
        assert_eq!(component(t1, "investment"), 24.0);
        assert_eq!(component(t1, "stage"), 20.0);
        assert_eq!(component(t1, "service"), 9.0);
        assert_eq!(t1["components_total"], 73.0);
        let ded: Vec<(String, f64)> = t1["deductions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["key"].as_str().unwrap().to_string(),
                    d["points"].as_f64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ded,
            vec![
                (format!("overdue:{}", ids[2]), 0.6),
                (format!("overdue:{}", ids[3]), 2.4),
                (format!("reschedule:{}:1", ids[3]), 1.0),
            ],
            "{}",
            db.name
        );
        let m4 = &t1["deductions"][1];
        assert_eq!(
            (m4["due"].as_str(), m4["working_days"].as_i64()),
            (Some("2026-12-15"), Some(12))
        );
        assert_eq!(t1["deductions"][2]["requested_on"], "2026-11-20");
        assert_eq!(t1["deductions_total"], 4.0);
        assert_eq!(t1["bonus_total"], 0.3);
        assert_eq!(t1["score"], 69.3);

        // T-2: no milestone due in 2026 → 40 (when_missing 1.0); 500 of 500 万元 → 30;
        // planned 竣工 by 31 Oct, reached 在建 → 20 × 3/4 = 15; unit on 31 Dec 经济发展局
        // (90) → 9. Score 94.00, no deductions.
        let t2 = project(&run, "T-2");
        assert_eq!(
            (
                component(t2, "milestones"),
                component(t2, "investment"),
                component(t2, "stage"),
                component(t2, "service")
            ),
            (40.0, 30.0, 15.0, 9.0)
        );
        assert_eq!(t2["score"], 94.0);
        assert_eq!(
            (t2["rank"].as_i64(), t1["rank"].as_i64()),
            (Some(1), Some(2))
        );
        // Tiers (default model): 重奖 top 3 with at least 80 → T-2 only; 约谈 under 60 → none.
        assert_eq!(t2["tier"], "重奖");
        assert!(t1.get("tier").is_none(), "{t1}");

        // 经济发展局: T-1 all 365 days (weight 10,000,000) and T-2 from 1 Jul (184 days:
        // 5,000,000 × 184/365 = 2,520,547.95). (69.30 × 10,000,000 + 94.00 × 2,520,547.95)
        // ÷ 12,520,547.95 = 74.27. 招商局 held only T-2 (181 days) → 94.00.
        let units = run["result"]["units"].as_array().unwrap();
        let u1 = units.iter().find(|u| u["id"] == f["unit"]["id"]).unwrap();
        let u2 = units.iter().find(|u| u["id"] == unit2["id"]).unwrap();
        assert_eq!(u1["score"], 74.27, "{u1}");
        assert_eq!(u2["score"], 94.0);
        let days: Vec<i64> = u1["projects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["days_held"].as_i64().unwrap())
            .collect();
        assert_eq!(days, vec![365, 184]);
        assert_eq!(u2["projects"][0]["days_held"], 181);
        let leaders = run["result"]["leaders"].as_array().unwrap();
        let l1 = leaders
            .iter()
            .find(|l| l["id"] == f["leader"]["id"])
            .unwrap();
        assert_eq!(l1["score"], 74.27);

        // Re-running the draft on the same data gives the identical result.
        let id = run["id"].as_i64().unwrap();
        let (s, again) = call(
            &app,
            "POST",
            &format!("/api/v1/assessments/{id}/rerun"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{again}");
        assert_eq!(again["result"], run["result"]);
    }
}

#[actix_web::test]
async fn appeals_then_publish_then_immutable() {
    for db in backends() {
        let (_, _, ids) = build(&db).await;
        let app = app(db.state("2027-01-15")).await;
        let (_, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        let id = run["id"].as_i64().unwrap();
        let url = format!("/api/v1/assessments/{id}");
        let overdue = format!("overdue:{}", ids[3]);
        let resched = format!("reschedule:{}:1", ids[3]);

        // Appeals name a deduction that exists.
        let (s, e) = call(
            &app,
            "POST",
            &format!("{url}/appeals"),
            Some(json!({
            "project": "T-1", "deduction": "overdue:999999", "party": "unit", "reason": "x"})),
        )
        .await;
        let fields = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(fields["deduction"].is_string(), "{e}");
        let (s, a1) = call(&app, "POST", &format!("{url}/appeals"), Some(json!({
            "project": "T-1", "deduction": overdue, "party": "unit", "reason": "设备厂家停产，已书面报备"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{a1}");
        let (s, a2) = call(
            &app,
            "POST",
            &format!("{url}/appeals"),
            Some(json!({
            "project": "T-1", "deduction": resched, "party": "leader", "reason": "调整经批准"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{a2}");
        let (s, e) = call(
            &app,
            "POST",
            &format!("{url}/appeals"),
            Some(json!({
            "project": "T-1", "deduction": resched, "party": "leader", "reason": "again"})),
        )
        .await;
        assert_error(s, &e, StatusCode::CONFLICT, "appeal_exists");

        // Pending appeals block publishing.
        let (s, e) = call(&app, "POST", &format!("{url}/publish"), None).await;
        assert_error(s, &e, StatusCode::CONFLICT, "appeals_pending");

        let (s, d) = call(
            &app,
            "POST",
            &format!("{url}/appeals/{}/decide", a1["id"]),
            Some(json!({"accept": true, "reason": "情况属实"})),
        )
        .await;
        assert_eq!(
            (s, d["status"].as_str()),
            (StatusCode::OK, Some("accepted")),
            "{d}"
        );
        let (s, d) = call(
            &app,
            "POST",
            &format!("{url}/appeals/{}/decide", a2["id"]),
            Some(json!({"accept": false, "reason": "调整属自身原因"})),
        )
        .await;
        assert_eq!(
            (s, d["status"].as_str()),
            (StatusCode::OK, Some("rejected")),
            "{d}"
        );
        let (s, e) = call(
            &app,
            "POST",
            &format!("{url}/appeals/{}/decide", a2["id"]),
            Some(json!({"accept": true, "reason": "改判"})),
        )
        .await;
        assert_error(s, &e, StatusCode::CONFLICT, "appeal_decided");

        // The accepted appeal waives 2.40: 69.30 + 2.40 = 71.70; the rejected one stands.
        let (_, now) = call(&app, "GET", &url, None).await;
        let t1 = project(&now, "T-1");
        assert_eq!(t1["score"], 71.7, "{}", db.name);
        assert_eq!(t1["deductions"][1]["waived"], true);
        assert_eq!(t1["deductions"][2]["waived"], false);
        assert_eq!(t1["deductions_total"], 1.6);

        let (s, published) = call(&app, "POST", &format!("{url}/publish"), None).await;
        assert_eq!(s, StatusCode::OK, "{published}");
        assert_eq!(published["status"], "published");
        // Both appeals show on the published run, with their decisions.
        let decided: Vec<(&str, &str)> = published["appeals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    a["status"].as_str().unwrap(),
                    a["decision_reason"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            decided,
            vec![("accepted", "情况属实"), ("rejected", "调整属自身原因")]
        );

        // Nothing changes it any more: not the API, not the database.
        for path in [format!("{url}/rerun"), format!("{url}/publish")] {
            let (s, e) = call(&app, "POST", &path, None).await;
            assert_error(s, &e, StatusCode::CONFLICT, "assessment_published");
        }
        let (s, e) = call(&app, "POST", &format!("{url}/appeals"), Some(json!({
            "project": "T-1", "deduction": format!("overdue:{}", ids[2]), "party": "unit", "reason": "晚了"}))).await;
        assert_error(s, &e, StatusCode::CONFLICT, "assessment_published");
        let mut conn = db.conn();
        assert!(
            diesel::sql_query(format!(
                "UPDATE assessment_runs SET result_json = '{{}}' WHERE id = {id}"
            ))
            .execute(&mut conn)
            .is_err(),
            "{}: a published run was updated",
            db.name
        );
        assert!(
            diesel::sql_query(format!("DELETE FROM assessment_runs WHERE id = {id}"))
                .execute(&mut conn)
                .is_err()
        );
        assert!(
            diesel::sql_query(format!(
                "UPDATE assessment_appeals SET status = 'pending' WHERE run_id = {id}"
            ))
            .execute(&mut conn)
            .is_err()
        );
        // New data after publishing does not move it.
        let (s, _) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{}/complete", ids[3]),
            Some(json!({"date": "2027-01-10", "evidence": "试生产记录"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let (_, later) = call(&app, "GET", &url, None).await;
        assert_eq!(later, published);

        // The list shows it without the bulky result; CSV for Excel.
        let (_, list) = call(
            &app,
            "GET",
            "/api/v1/assessments?year=2026&status=published",
            None,
        )
        .await;
        assert_eq!(list["total"], 1);
        assert!(list["items"][0].get("result").is_none());
        let req = actix_web::test::TestRequest::get()
            .uri(&format!("{url}?format=csv"))
            .insert_header(common::bearer(common::ADMIN_TOKEN))
            .to_request();
        let resp = actix_web::test::call_service(&app, req).await;
        assert_eq!(resp.status(), StatusCode::OK);
        let body = actix_web::test::read_body(resp).await;
        let text = std::str::from_utf8(&body).unwrap();
        assert!(text.starts_with("\u{feff}排名,项目编号"), "{text}");
        assert!(text.lines().nth(2).unwrap().contains("71.70"), "{text}");
    }
}

#[actix_web::test]
async fn bad_input_is_named_and_changes_nothing() {
    for db in backends() {
        build(&db).await;
        let app = app(db.state("2027-01-15")).await;
        let before = fingerprint(&mut db.conn());
        let cases = [
            (
                json!({"year": 2026, "model": "name = \"x\"\n[components.milestones]\npoints = -4\nwhen_missing = 1\n"}),
                "model",
                "components",
            ),
            (
                json!({"year": 2026, "model": include_str!("../../crates/duban-domain/src/assessment_model.toml").replace("points = 40", "pointz = 40")}),
                "model",
                "components.milestones",
            ),
            (
                json!({"year": 2026, "as_of": "2027-02-01"}),
                "as_of",
                "after today",
            ),
            (
                json!({"year": 2027, "as_of": "2026-12-31"}),
                "as_of",
                "before",
            ),
            (json!({"year": 1900}), "year", "between"),
        ];
        for (body, field, words) in cases {
            let (s, e) = call(&app, "POST", "/api/v1/assessments", Some(body.clone())).await;
            let fields = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
            let msg = fields[field]
                .as_str()
                .unwrap_or_else(|| panic!("{body}: {e}"));
            assert!(msg.contains(words), "{}: {body} → {msg}", db.name);
        }
        let (s, e) = call(
            &app,
            "PUT",
            "/api/v1/service-ratings",
            Some(json!({"unit_id": 999_999, "year": 2026, "rating": 120})),
        )
        .await;
        let fields = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(
            fields["rating"].is_string() && fields["unit_id"].is_string(),
            "{e}"
        );
        let (s, e) = call(&app, "GET", "/api/v1/assessments/424242", None).await;
        assert_error(s, &e, StatusCode::NOT_FOUND, "not_found");
        let (s, e) = call(&app, "GET", "/api/v1/assessments?status=final", None).await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert_eq!(fingerprint(&mut db.conn()), before, "{}", db.name);
        let (_, runs) = call(&app, "GET", "/api/v1/assessments", None).await;
        assert_eq!(runs["total"], 0, "a rejected request saved a run");
    }
}
