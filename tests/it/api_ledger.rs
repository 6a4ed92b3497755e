//! The ledger through the real HTTP app, on SQLite and PostgreSQL: create, read, update,
//! the actions (complete, reschedule, stage, assign), list filters, history and audit.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use serde_json::json;

#[actix_web::test]
async fn project_page_shows_responsibility_milestones_and_investment() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;

        let (s, _) = call(
            &app,
            "POST",
            "/api/v1/investment-plans",
            Some(json!({"project_code": "T-1", "year": 2026, "planned": 120_000_000})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);
        for (month, amount) in [(1, 10_000_000), (2, 20_000_000), (3, 15_000_000)] {
            let (s, r) = call(&app, "POST", "/api/v1/investment-reports", Some(json!({"project_code": "T-1", "year": 2026, "month": month, "completed": amount}))).await;
            assert_eq!(s, StatusCode::CREATED, "{r}");
        }
        let (s, _) = call(&app, "POST", "/api/v1/progress-updates", Some(json!({"project_code": "T-1", "reported_on": "2026-06-10", "progress": "主体施工至三层", "problems": "电力增容审批滞后"}))).await;
        assert_eq!(s, StatusCode::CREATED);

        let (s, p) = call(&app, "GET", "/api/v1/projects/T-1", None).await;
        assert_eq!(s, StatusCode::OK, "{}: {p}", db.name);
        assert_eq!(p["code"], "T-1");
        assert_eq!(
            p["created_at"], "2026-06-15T04:00:00Z",
            "UTC timestamps say so"
        );
        assert_eq!(p["responsibility"]["leader"]["name"], "张卫东");
        assert_eq!(p["responsibility"]["unit"]["name"], "经济发展局");
        assert_eq!(
            p["responsibility"]["person"]["email"],
            "li.na@example.gov.cn"
        );
        assert_eq!(p["stage"], "started");
        let ms = p["milestones"].as_array().unwrap();
        assert_eq!(ms.len(), 2);
        // 2026-03-31 passed open: overdue by 76 days on 2026-06-15; 2026-09-30 still open.
        assert_eq!(ms[0]["status"]["state"], "overdue");
        assert_eq!(ms[0]["status"]["days_overdue"], 76);
        assert_eq!(ms[1]["status"]["state"], "open");
        // In working days: 31 Mar to 15 Jun 2026 skips weekends, 清明 (6 Apr), 劳动节 (1, 4,
        // 5 May) and 端午 (19 Jun is later); 9 May is a make-up Saturday.
        assert_eq!(ms[0]["working_status"]["state"], "overdue");
        assert_eq!(ms[0]["working_status"]["working_days_overdue"], 51);
        assert_eq!(p["light"], "red");
        assert_eq!(p["latest_progress"]["problems"], "电力增容审批滞后");
        assert_eq!(p["investment"]["planned"], 120_000_000);
        assert_eq!(p["investment"]["completed"], 45_000_000);
        assert_eq!(p["investment"]["percent_of_plan"], 37.5);
        assert_eq!(p["investment"]["planned_text"], "1.2亿元");
        assert_eq!(p["investment"]["completed_text"], "4500万元");

        // The same page as of a date before the project existed in the ledger's terms.
        let (_, early) = call(&app, "GET", "/api/v1/projects/T-1?as_of=2026-03-01", None).await;
        assert_eq!(early["milestones"][0]["status"]["state"], "open");
        assert_eq!(early["milestones"][0]["status"]["days_left"], 30);
        assert_eq!(f["project"]["code"], "T-1");
    }
}

#[actix_web::test]
async fn complete_and_reschedule_keep_the_baseline_and_history() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture(&app).await;
        let (_, list) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let first = list["items"][0]["id"].as_i64().unwrap();
        let second = list["items"][1]["id"].as_i64().unwrap();

        let (s, m) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{first}/complete"),
            Some(json!({"date": "2026-04-03", "evidence": "摘牌成交确认书"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{}: {m}", db.name);
        assert_eq!(m["completed_on"], "2026-04-03");
        let (_, v) = call(&app, "GET", &format!("/api/v1/milestones/{first}"), None).await;
        assert_eq!(v["status"]["state"], "done_late");
        assert_eq!(v["status"]["days_late"], 3);

        let (s, r) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{second}/reschedule"),
            Some(json!({"new_due": "2026-10-31", "reason": "设计变更"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{r}");
        assert_eq!(r["old_due"], "2026-09-30");
        assert_eq!(r["requested_by"], "tester");
        let (_, v) = call(&app, "GET", &format!("/api/v1/milestones/{second}"), None).await;
        assert_eq!(v["baseline_due"], "2026-09-30");
        assert_eq!(v["current_due"], "2026-10-31");
        assert_eq!(v["rescheduled"], true);
        let (_, hist) = call(
            &app,
            "GET",
            &format!("/api/v1/milestones/{second}/reschedules"),
            None,
        )
        .await;
        assert_eq!(hist.as_array().unwrap().len(), 1);

        let (_, audit) = call(
            &app,
            "GET",
            &format!("/api/v1/audit?entity=milestone&entity_id={second}"),
            None,
        )
        .await;
        let actions: Vec<&str> = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["action"].as_str().unwrap())
            .collect();
        assert_eq!(actions, vec!["reschedule", "create"]);
        let before: serde_json::Value =
            serde_json::from_str(audit["items"][0]["before_json"].as_str().unwrap()).unwrap();
        assert_eq!(before["current_due"], "2026-09-30");
        assert_eq!(audit["items"][0]["actor"], "tester");

        // The acting account is recorded, a Chinese login name as it is.
        db.token_for(
            "李娜",
            &[duban::domain::access::Role::Admin],
            None,
            "dbn_lina",
        );
        let (s, r) = call_as(
            &app,
            "dbn_lina",
            "POST",
            &format!("/api/v1/milestones/{second}/reschedule"),
            Some(json!({"new_due": "2026-11-30", "reason": "再次调整"})),
        )
        .await;
        assert_eq!(
            (s, r["requested_by"].as_str()),
            (StatusCode::CREATED, Some("李娜")),
            "{r}"
        );
    }
}

#[actix_web::test]
async fn reassignment_closes_the_old_holder_and_filters_follow_the_date() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        let (_, new_person) = call(&app, "POST", "/api/v1/people", Some(json!({"name": "王强", "email": "wang.qiang@example.gov.cn", "unit_id": f["unit"]["id"]}))).await;
        let (s, a) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"person_id": new_person["id"], "effective_on": "2026-05-01"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {a}", db.name);
        assert_eq!(a["leader_id"], f["leader"]["id"], "the leader carries over");

        let (_, hist) = call(&app, "GET", "/api/v1/projects/T-1/assignments", None).await;
        let hist = hist.as_array().unwrap();
        assert_eq!(hist.len(), 2);
        assert_eq!(hist[0]["end_on"], "2026-05-01");
        assert_eq!(hist[1]["end_on"], serde_json::Value::Null);

        let old = f["person"]["id"].as_i64().unwrap();
        let new = new_person["id"].as_i64().unwrap();
        let (_, now_old) = call(&app, "GET", &format!("/api/v1/projects?person={old}"), None).await;
        let (_, now_new) = call(&app, "GET", &format!("/api/v1/projects?person={new}"), None).await;
        let (_, then_old) = call(
            &app,
            "GET",
            &format!("/api/v1/projects?person={old}&as_of=2026-04-30"),
            None,
        )
        .await;
        assert_eq!(
            (
                now_old["total"].as_i64(),
                now_new["total"].as_i64(),
                then_old["total"].as_i64()
            ),
            (Some(0), Some(1), Some(1))
        );
        assert_eq!(now_new["items"][0]["person"]["name"], "王强");
        assert_eq!(then_old["items"][0]["person"]["name"], "李娜");

        let (_, page) = call(&app, "GET", "/api/v1/projects/T-1?as_of=2026-04-30", None).await;
        assert_eq!(page["responsibility"]["person"]["name"], "李娜");

        // Same holders again: nothing to change.
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"person_id": new})),
        )
        .await;
        assert_error(s, &body, StatusCode::CONFLICT, "no_change");
    }
}

#[actix_web::test]
async fn stage_changes_are_dated_events() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture(&app).await;
        let (s, e) = call(&app, "POST", "/api/v1/projects/T-1/stage", Some(json!({"stage": "under_construction", "effective_on": "2026-02-01", "note": "主体开工"}))).await;
        assert_eq!(s, StatusCode::CREATED, "{}: {e}", db.name);
        let (_, stages) = call(&app, "GET", "/api/v1/projects/T-1/stages", None).await;
        let names: Vec<&str> = stages
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["stage"].as_str().unwrap())
            .collect();
        assert_eq!(names, vec!["started", "under_construction"]);
        let (_, list) = call(
            &app,
            "GET",
            "/api/v1/projects?stage=under_construction",
            None,
        )
        .await;
        assert_eq!(list["total"], 1);
        let (_, list) = call(&app, "GET", "/api/v1/projects?stage=signed", None).await;
        assert_eq!(list["total"], 0);
        // A change dated before the last one would make the history contradict itself.
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/projects/T-1/stage",
            Some(json!({"stage": "completed", "effective_on": "2026-01-20"})),
        )
        .await;
        let fields = assert_error(
            s,
            &body,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        );
        assert!(fields.get("effective_on").is_some());
    }
}

#[actix_web::test]
async fn crud_for_units_people_plans_reports_and_progress() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        let unit_id = f["unit"]["id"].as_i64().unwrap();

        let (s, u) = call(
            &app,
            "PATCH",
            &format!("/api/v1/units/{unit_id}"),
            Some(json!({"name": "经济发展和统计局", "head_person_id": f["person"]["id"]})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{}: {u}", db.name);
        assert_eq!(u["name"], "经济发展和统计局");
        let (_, units) = call(&app, "GET", "/api/v1/units?q=%E7%BB%9F%E8%AE%A1", None).await; // q=统计
        assert_eq!(units["total"], 1);

        let (_, p) = call(
            &app,
            "POST",
            "/api/v1/people",
            Some(json!({"name": "临时人员", "lang": "en"})),
        )
        .await;
        let pid = p["id"].as_i64().unwrap();
        let (s, p2) = call(
            &app,
            "PATCH",
            &format!("/api/v1/people/{pid}"),
            Some(json!({"active": false, "phone": "13800000000"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(
            (p2["active"].as_bool(), p2["phone"].as_str()),
            (Some(false), Some("13800000000"))
        );
        let (s, _) = call(&app, "DELETE", &format!("/api/v1/people/{pid}"), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = call(&app, "GET", &format!("/api/v1/people/{pid}"), None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);

        let (_, plan) = call(
            &app,
            "POST",
            "/api/v1/investment-plans",
            Some(json!({"project_code": "T-1", "year": 2026, "planned": 1000})),
        )
        .await;
        let (s, plan2) = call(
            &app,
            "PATCH",
            &format!("/api/v1/investment-plans/{}", plan["id"]),
            Some(json!({"planned": 2000})),
        )
        .await;
        assert_eq!((s, plan2["planned"].as_i64()), (StatusCode::OK, Some(2000)));

        // Cumulative is the running sum, recomputed when an earlier month changes.
        let (_, r1) = call(
            &app,
            "POST",
            "/api/v1/investment-reports",
            Some(json!({"project_code": "T-1", "year": 2026, "month": 1, "completed": 100})),
        )
        .await;
        let (_, r2) = call(
            &app,
            "POST",
            "/api/v1/investment-reports",
            Some(json!({"project_code": "T-1", "year": 2026, "month": 2, "completed": 50})),
        )
        .await;
        assert_eq!(r2["cumulative"], 150);
        call(
            &app,
            "PATCH",
            &format!("/api/v1/investment-reports/{}", r1["id"]),
            Some(json!({"completed": 300, "reason": "更正"})),
        )
        .await;
        let (_, r2b) = call(
            &app,
            "GET",
            &format!("/api/v1/investment-reports/{}", r2["id"]),
            None,
        )
        .await;
        assert_eq!(r2b["cumulative"], 350);
        let (s, _) = call(
            &app,
            "DELETE",
            &format!("/api/v1/investment-reports/{}", r1["id"]),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, r2c) = call(
            &app,
            "GET",
            &format!("/api/v1/investment-reports/{}", r2["id"]),
            None,
        )
        .await;
        assert_eq!(r2c["cumulative"], 50);
        let (_, reports) = call(
            &app,
            "GET",
            "/api/v1/investment-reports?project=T-1&year=2026",
            None,
        )
        .await;
        assert_eq!(reports["total"], 1);

        let (_, pu) = call(
            &app,
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "progress": "开工"})),
        )
        .await;
        assert_eq!(pu["reported_on"], "2026-06-15", "defaults to today");
        assert_eq!(pu["author"], "tester");
        let (s, pu2) = call(
            &app,
            "PATCH",
            &format!("/api/v1/progress-updates/{}", pu["id"]),
            Some(json!({"problems": "资金缺口"})),
        )
        .await;
        assert_eq!(
            (s, pu2["problems"].as_str()),
            (StatusCode::OK, Some("资金缺口"))
        );
        let (_, list) = call(&app, "GET", "/api/v1/progress-updates?project=T-1", None).await;
        assert_eq!(list["total"], 1);

        let (s, proj) = call(
            &app,
            "PATCH",
            "/api/v1/projects/T-1",
            Some(json!({"location": "", "total_investment": 350_000_000})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{proj}");
        assert_eq!(
            (proj["location"].clone(), proj["total_investment"].as_i64()),
            (serde_json::Value::Null, Some(350_000_000))
        );

        let (s, _) = call(&app, "DELETE", "/api/v1/projects/T-1", None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _) = call(&app, "GET", "/api/v1/projects/T-1", None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (_, ms) = call(&app, "GET", "/api/v1/milestones", None).await;
        assert_eq!(ms["total"], 0, "milestones go with their project");
        let (_, audit) = call(
            &app,
            "GET",
            "/api/v1/audit?entity=project&action=delete",
            None,
        )
        .await;
        assert_eq!(
            audit["error"]["code"], "bad_query",
            "unknown filter names are rejected: {audit}"
        );
        let (_, audit) = call(&app, "GET", "/api/v1/audit?entity=project", None).await;
        assert_eq!(audit["items"][0]["action"], "delete");
        assert!(
            audit["items"][0]["before_json"]
                .as_str()
                .unwrap()
                .contains("冷链物流园")
        );
    }
}

#[actix_web::test]
async fn lists_page_and_filter_on_the_demo() {
    for db in backends() {
        let state = db.state("2026-11-25");
        {
            let mut conn = db.conn();
            let ctx = duban::store::Ctx::new("seed:demo", state.clock.as_ref(), TZ);
            duban::seed::demo::load(&mut conn, &ctx).expect("demo");
        }
        let app = app(state).await;
        let (_, all) = call(&app, "GET", "/api/v1/projects?limit=5", None).await;
        assert_eq!(all["total"], 19, "{}", db.name);
        assert_eq!(all["items"].as_array().unwrap().len(), 5);
        let (_, page4) = call(&app, "GET", "/api/v1/projects?limit=5&offset=15", None).await;
        assert_eq!(page4["items"].as_array().unwrap().len(), 4);

        // Every leader's projects add up to all 19, and each item names that leader.
        let (_, leaders) = call(
            &app,
            "GET",
            "/api/v1/people?q=example.gov.cn&limit=100",
            None,
        )
        .await;
        let mut sum = 0;
        for p in leaders["items"].as_array().unwrap() {
            let (_, mine) = call(
                &app,
                "GET",
                &format!("/api/v1/projects?leader={}&limit=100", p["id"]),
                None,
            )
            .await;
            for item in mine["items"].as_array().unwrap() {
                assert_eq!(item["leader"]["id"], p["id"]);
            }
            sum += mine["total"].as_i64().unwrap();
        }
        assert_eq!(sum, 19);

        // The SQL filters agree with the pure state rule on every milestone.
        let (_, ms) = call(&app, "GET", "/api/v1/milestones?limit=1000", None).await;
        let states: Vec<String> = ms["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["status"]["state"].as_str().unwrap().to_string())
            .collect();
        let count = |s: &str| states.iter().filter(|x| x.as_str() == s).count() as i64;
        let (_, overdue) = call(
            &app,
            "GET",
            "/api/v1/milestones?state=overdue&limit=1000",
            None,
        )
        .await;
        let (_, done) = call(
            &app,
            "GET",
            "/api/v1/milestones?state=done&limit=1000",
            None,
        )
        .await;
        let (_, open) = call(
            &app,
            "GET",
            "/api/v1/milestones?state=open&limit=1000",
            None,
        )
        .await;
        assert_eq!(overdue["total"].as_i64().unwrap(), count("overdue"));
        assert_eq!(
            done["total"].as_i64().unwrap(),
            count("done_on_time") + count("done_late")
        );
        assert_eq!(
            open["total"].as_i64().unwrap(),
            count("open") + count("overdue")
        );
        assert!(count("overdue") > 0 && count("done_late") > 0 && count("open") > 0);
        for m in overdue["items"].as_array().unwrap() {
            assert_eq!(m["status"]["state"], "overdue");
        }
        let (_, red) = call(
            &app,
            "GET",
            "/api/v1/projects?milestone_state=overdue&limit=100",
            None,
        )
        .await;
        for p in red["items"].as_array().unwrap() {
            assert!(p["milestones"]["overdue"].as_i64().unwrap() > 0, "{p}");
        }
        assert!(red["total"].as_i64().unwrap() > 0);
    }
}

#[actix_web::test]
async fn health_and_openapi() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let (s, h) = call(&app, "GET", "/healthz", None).await;
        assert_eq!((s, h["status"].as_str()), (StatusCode::OK, Some("ok")));
        let (s, r) = call(&app, "GET", "/readyz", None).await;
        assert_eq!((s, r["database"].as_str()), (StatusCode::OK, Some(db.name)));
        let (s, doc) = call(&app, "GET", "/api/v1/openapi.json", None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        for path in [
            "/api/v1/projects",
            "/api/v1/projects/{code}",
            "/api/v1/milestones/{id}/complete",
            "/api/v1/milestones/{id}/reschedule",
            "/api/v1/projects/{code}/stage",
            "/api/v1/projects/{code}/assign",
            "/api/v1/units",
            "/api/v1/people",
            "/api/v1/investment-plans",
            "/api/v1/investment-reports",
            "/api/v1/progress-updates",
            "/api/v1/audit",
        ] {
            assert!(doc["paths"].get(path).is_some(), "openapi lacks {path}");
        }
        // The error codes are a closed list the document names.
        let codes: Vec<&str> = doc["components"]["schemas"]["Code"]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no Code enum: {}", doc["components"]["schemas"]))
            .iter()
            .filter_map(|c| c.as_str())
            .collect();
        for c in [
            "not_found",
            "validation_failed",
            "already_completed",
            "duplicate",
        ] {
            assert!(codes.contains(&c), "{c} missing from {codes:?}");
        }
        assert_eq!(
            doc["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["$ref"],
            "#/components/schemas/Code"
        );
        let (s, _) = call(&app, "GET", "/api/v1/docs/", None).await;
        assert_eq!(s, StatusCode::OK, "interactive API page");
    }
}

/// The figures of many projects read at once equal those worked out from the listed plans
/// and monthly reports, project by project.
#[actix_web::test]
async fn year_figures_of_many_projects_equal_one_by_one() {
    use duban::store::{Ctx, investment};
    for db in backends() {
        let clock = duban::clock::FixedClock::at_noon(d("2026-11-25"), TZ);
        duban::seed::demo::load(&mut db.conn(), &Ctx::new("seed", &clock, TZ)).unwrap();
        let mut conn = db.conn();
        let ids: Vec<i64> = (1..=25).collect(); // the 19 projects and a few ids that are none
        let many = investment::year_figures_of(&mut conn, &ids, 2026).unwrap();
        let all = investment::InvestmentFilter {
            limit: Some(1000),
            ..Default::default()
        };
        let ctx = system_on("2026-11-25");
        let plans = investment::list_plans(&mut conn, &ctx, &all).unwrap().items;
        let reports = investment::list_reports(&mut conn, &ctx, &all)
            .unwrap()
            .items;
        let mut with_plan = 0;
        for id in ids {
            let planned = plans
                .iter()
                .find(|p| p.project_id == id && p.year == 2026)
                .map(|p| p.planned);
            let mine: Vec<_> = reports
                .iter()
                .filter(|r| r.project_id == id && r.year <= 2026)
                .collect();
            let completed: i64 = mine
                .iter()
                .filter(|r| r.year == 2026)
                .map(|r| r.completed)
                .sum();
            let cumulative = mine
                .iter()
                .max_by_key(|r| (r.year, r.month))
                .map_or(0, |r| r.cumulative);
            let got = many.get(&id).unwrap();
            assert_eq!(
                (got.planned, got.completed, got.cumulative),
                (planned, completed, cumulative),
                "project {id}"
            );
            let one = investment::year_figures_as_of(&mut conn, id, d("2026-12-31")).unwrap();
            assert_eq!(
                (one.planned, one.completed, one.cumulative),
                (planned, completed, cumulative)
            );
            with_plan += usize::from(planned.is_some());
        }
        assert!(with_plan >= 15, "the demo plans most projects: {with_plan}");
    }
}

/// The holder on a day has one rule (`domain::assignment::holder_on`) and one SQL twin
/// (`store::projects::assignment_on`): over handovers, a correction that overlaps, a gap and
/// the days before the first assignment, both give the same assignment on every day.
#[actix_web::test]
async fn the_holder_on_a_day_is_the_same_in_sql_and_in_the_rule() {
    use diesel::prelude::*;
    use duban::db::schema::assignments as a;
    use duban::domain::assignment::{Held, holder_on};
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        let pid = f["project"]["id"].as_i64().unwrap();
        let (leader, unit, person) = (
            f["leader"]["id"].as_i64().unwrap(),
            f["unit"]["id"].as_i64().unwrap(),
            f["person"]["id"].as_i64().unwrap(),
        );
        let mut conn = db.conn();
        let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 15)
            .unwrap()
            .and_hms_opt(4, 0, 0)
            .unwrap();
        // The fixture's holder from 2026-01-01 (open); a correction over March, recorded
        // twice; a span in the summer with a gap before it.
        for (start, end) in [
            ("2026-03-01", Some("2026-04-01")),
            ("2026-03-01", Some("2026-04-01")),
            ("2026-03-10", Some("2026-03-20")),
            ("2027-02-01", Some("2027-03-01")),
        ] {
            diesel::insert_into(a::table)
                .values((
                    a::project_id.eq(pid),
                    a::leader_id.eq(leader),
                    a::unit_id.eq(unit),
                    a::person_id.eq(person),
                    a::start_on.eq(d(start)),
                    a::end_on.eq(end.map(d)),
                    a::recorded_by.eq("test"),
                    a::recorded_at.eq(now),
                ))
                .execute(&mut conn)
                .unwrap();
        }
        let all: Vec<Held<()>> = a::table
            .filter(a::project_id.eq(pid))
            .select((a::id, a::start_on, a::end_on))
            .load::<(i64, chrono::NaiveDate, Option<chrono::NaiveDate>)>(&mut conn)
            .unwrap()
            .into_iter()
            .map(|(id, start_on, end_on)| Held {
                id,
                start_on,
                end_on,
                holder: (),
            })
            .collect();
        assert_eq!(all.len(), 5);
        let mut day = d("2025-12-25");
        while day <= d("2027-03-05") {
            let sql = duban::store::projects::assignment_on(&mut conn, pid, day)
                .unwrap()
                .map(|x| x.id);
            let rule = holder_on(&all, day).map(|x| x.id);
            assert_eq!(sql, rule, "{} on {day}", db.name);
            day += chrono::Duration::days(1);
        }
    }
}
