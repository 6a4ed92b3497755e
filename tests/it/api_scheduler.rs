//! The scheduler's HTTP surface on both backends: calendar overrides, problems (rapid
//! response) with their immediate mail, and the outbox.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use duban::clock::{Clock, FixedClock, db_timestamp};
use duban::scheduler::scan::{ScanConfig, scan};
use serde_json::json;

#[actix_web::test]
async fn calendar_overrides_change_working_days() {
    for db in backends() {
        let app = app(db.state("2026-11-20")).await;
        let (s, list) = call(&app, "GET", "/api/v1/calendar?year=2026", None).await;
        assert_eq!(s, StatusCode::OK);
        let find = |list: &serde_json::Value, day: &str| {
            list.as_array()
                .unwrap()
                .iter()
                .find(|d| d["day"] == day)
                .cloned()
        };
        assert_eq!(find(&list, "2026-02-16").unwrap()["kind"], "holiday");
        assert_eq!(find(&list, "2026-02-14").unwrap()["kind"], "workday");
        assert_eq!(find(&list, "2026-02-14").unwrap()["source"], "shipped");

        let (s, row) = call(
            &app,
            "POST",
            "/api/v1/calendar",
            Some(json!({"day": "2026-11-26", "kind": "holiday", "note": "区庆"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {row}", db.name);
        let (_, list) = call(&app, "GET", "/api/v1/calendar?year=2026", None).await;
        assert_eq!(find(&list, "2026-11-26").unwrap()["source"], "override");
        let cal = duban::store::calendar::load(&mut db.conn()).unwrap();
        assert!(!cal.is_working_day(d("2026-11-26")));

        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/calendar",
            Some(json!({"day": "2026-11-27", "kind": "vacation"})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )
            .get("kind")
            .is_some()
        );
        let (s, _) = call(&app, "DELETE", "/api/v1/calendar/2026-11-26", None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, body) = call(&app, "DELETE", "/api/v1/calendar/2026-11-26", None).await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        assert!(
            duban::store::calendar::load(&mut db.conn())
                .unwrap()
                .is_working_day(d("2026-11-26"))
        );
    }
}

#[actix_web::test]
async fn a_problem_is_mailed_at_once_then_tracked_until_closed() {
    for db in backends() {
        let app = app(db.state("2026-11-20")).await;
        let f = fixture(&app).await;
        let unit = f["unit"]["id"].as_i64().unwrap();
        call(
            &app,
            "PATCH",
            &format!("/api/v1/units/{unit}"),
            Some(json!({"head_person_id": f["person"]["id"]})),
        )
        .await;

        let (s, body) = call(&app, "POST", "/api/v1/projects/T-1/problems", Some(json!({"description": "电力增容审批滞后", "acting_unit_id": unit, "due": "2026-11-19"}))).await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )
            .get("due")
            .is_some(),
            "due in the past"
        );
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/problems",
            Some(json!({"description": "x", "acting_unit_id": 999, "due": "2026-11-30"})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )
            .get("acting_unit_id")
            .is_some()
        );
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/projects/NOPE/problems",
            Some(json!({"description": "x", "acting_unit_id": unit, "due": "2026-11-30"})),
        )
        .await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");
        let (_, st) = call(&app, "GET", "/api/v1/outbox/status", None).await;
        assert_eq!(st["pending"], 0, "rejected problems queue nothing");

        let (s, raised) = call(&app, "POST", "/api/v1/projects/T-1/problems", Some(json!({"description": "电力增容审批滞后", "acting_unit_id": unit, "due": "2026-11-24"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{}: {raised}", db.name);
        let mut told: Vec<&str> = raised["notified"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        told.sort();
        assert_eq!(
            told,
            vec!["li.na@example.gov.cn", "zhang@example.gov.cn"],
            "leader and acting unit head"
        );
        let (_, st) = call(&app, "GET", "/api/v1/outbox/status", None).await;
        assert_eq!(st["pending"], 2);
        let (_, rows) = call(&app, "GET", "/api/v1/outbox?to=zhang@example.gov.cn", None).await;
        assert!(
            rows["items"][0]["subject"]
                .as_str()
                .unwrap()
                .starts_with("【督办·快速反应】冷链物流园")
        );
        let id = rows["items"][0]["id"].as_i64().unwrap();
        let (s, body) = call(&app, "POST", &format!("/api/v1/outbox/{id}/retry"), None).await;
        assert_error(s, &body, StatusCode::CONFLICT, "not_retryable");

        // Two working days after its due date the scan flags it and tells the unit head.
        let pid = raised["problem"]["id"].as_i64().unwrap();
        let clock = FixedClock::at_noon(d("2026-11-26"), TZ);
        let cfg = ScanConfig {
            routes: Default::default(),
            tz: TZ,
            rules: Default::default(),
            base_url: "https://x".into(),
            supervision: vec!["dcs@example.gov.cn".into()],
        };
        let r = scan(
            &mut db.conn(),
            &cfg,
            d("2026-11-26"),
            db_timestamp(clock.now()),
            false,
        )
        .unwrap();
        assert_eq!(r.open_problems, 1);
        let sup = r
            .messages
            .iter()
            .find(|m| m.kind == "supervision_digest")
            .expect("supervision digest");
        assert!(sup.items >= 1);
        use diesel::prelude::*;
        use duban::db::schema::flags;
        let kinds: Vec<String> = flags::table
            .filter(flags::problem_id.eq(pid))
            .filter(flags::cleared_on.is_null())
            .select(flags::kind)
            .load(&mut db.conn())
            .unwrap();
        assert_eq!(kinds, vec!["overdue".to_string()]);

        let (s, closed) = call(
            &app,
            "POST",
            &format!("/api/v1/problems/{pid}/close"),
            Some(json!({"resolution": "供电公司已批复增容"})),
        )
        .await;
        assert_eq!(
            (s, closed["closed_on"].as_str()),
            (StatusCode::OK, Some("2026-11-20"))
        );
        let (s, body) = call(
            &app,
            "POST",
            &format!("/api/v1/problems/{pid}/close"),
            Some(json!({"resolution": "again"})),
        )
        .await;
        assert_error(s, &body, StatusCode::CONFLICT, "already_closed");
        let r = scan(
            &mut db.conn(),
            &cfg,
            d("2026-11-26"),
            db_timestamp(clock.now()),
            false,
        )
        .unwrap();
        assert_eq!(
            (r.open_problems, r.flags_cleared),
            (0, 1),
            "closing clears the flag"
        );
        let (_, open) = call(&app, "GET", "/api/v1/problems?open=true", None).await;
        assert_eq!(open["total"], 0);
    }
}
