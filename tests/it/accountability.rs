//! Accountability that cannot be gamed, on the demo and on both backends: a reschedule
//! approved while a milestone is overdue keeps the delay on the record (the report's
//! baseline rate, the assessment's deduction, the project page and the API), a new due date
//! in the past is refused, and a pending request can be withdrawn by its requester.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use diesel::prelude::*;
use duban::clock::{Clock, db_timestamp};
use duban::db::schema::{assignments, milestones, projects};
use duban::domain::access::Role;
use serde_json::{Value, json};

const TODAY: &str = "2026-12-01";
const PERSON: &str = "dbn_test-person-token";
const LEADER: &str = "dbn_test-leader-token";

/// Loads the demo as of today and gives KP-2026-01's responsible person and leader tokens;
/// returns its most overdue milestone's id.
fn demo(db: &TestDb) -> i64 {
    let mut c = db.conn();
    duban::seed::demo::load(&mut c, &system_on(TODAY)).unwrap();
    let (pid, leader, person): (i64, i64, i64) = projects::table
        .inner_join(assignments::table)
        .filter(projects::code.eq("KP-2026-01"))
        .filter(assignments::end_on.is_null())
        .select((projects::id, assignments::leader_id, assignments::person_id))
        .first(&mut c)
        .unwrap();
    db.token_for("kp01-person", &[Role::Responsible], Some(person), PERSON);
    db.token_for("kp01-leader", &[Role::Leader], Some(leader), LEADER);
    milestones::table
        .filter(milestones::project_id.eq(pid))
        .filter(milestones::completed_on.is_null())
        .filter(milestones::current_due.lt(d(TODAY)))
        .order(milestones::current_due)
        .select(milestones::id)
        .first(&mut c)
        .unwrap()
}

fn row<'a>(report: &'a Value, code: &str) -> &'a Value {
    report["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == code)
        .unwrap()
}

fn scored<'a>(run: &'a Value, code: &str) -> &'a Value {
    run["result"]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == code)
        .unwrap()
}

#[actix_web::test]
async fn a_reschedule_approved_while_overdue_does_not_launder_the_delay() {
    for db in backends() {
        let mid = demo(&db);
        let app = app(db.state(TODAY)).await;
        let (_, before) = call(&app, "GET", "/api/v1/reports/inspection", None).await;
        let (s, run_before) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{run_before}");
        let (_, m) = call(&app, "GET", &format!("/api/v1/milestones/{mid}"), None).await;
        let days = m["working_status"]["working_days_overdue"]
            .as_i64()
            .unwrap();
        assert!(days > 100, "{}: {m}", db.name);

        // The responsible person asks; the leader approves.
        let (s, req) = call_as(
            &app,
            PERSON,
            "POST",
            &format!("/api/v1/milestones/{mid}/reschedule"),
            Some(json!({"new_due": "2026-12-25", "reason": "征地手续延后"})),
        )
        .await;
        assert_eq!(
            (s, req["status"].as_str()),
            (StatusCode::CREATED, Some("pending")),
            "{req}"
        );
        let (s, ok) = call_as(
            &app,
            LEADER,
            "POST",
            &format!("/api/v1/reschedules/{}/decide", req["id"]),
            Some(json!({"approve": true})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{ok}");

        // The milestone: on schedule in force, its delay kept and marked.
        let (_, m) = call(&app, "GET", &format!("/api/v1/milestones/{mid}"), None).await;
        assert_eq!(m["adjusted"], true, "{m}");
        assert_eq!(m["moved_while_overdue"][0]["working_days_overdue"], days);
        assert_eq!(m["moved_while_overdue"][0]["new_due"], "2026-12-25");

        // The report: the baseline rate stands, the in-force rate is shown beside it.
        let (_, after) = call(&app, "GET", "/api/v1/reports/inspection", None).await;
        let (b, a) = (&before["summary"], &after["summary"]);
        assert_eq!(a["baseline_due"], b["baseline_due"], "{}", db.name);
        assert_eq!(a["baseline_on_time_rate"], b["baseline_on_time_rate"]);
        assert_eq!(
            a["moved_while_overdue"].as_i64(),
            Some(b["moved_while_overdue"].as_i64().unwrap() + 1)
        );
        assert_eq!(
            a["accrued_working_days"].as_i64().unwrap()
                - b["accrued_working_days"].as_i64().unwrap(),
            days
        );
        let r = row(&after, "KP-2026-01");
        assert_eq!(r["adjusted"], true);
        assert!(
            r["moved_while_overdue"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["working_days_overdue"] == days),
            "{r}"
        );

        // The assessment: not higher, the accrued days in its breakdown.
        let (s, run_after) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{run_after}");
        let (pb, pa) = (
            scored(&run_before, "KP-2026-01"),
            scored(&run_after, "KP-2026-01"),
        );
        assert!(
            pa["score"].as_f64().unwrap() <= pb["score"].as_f64().unwrap(),
            "{}: {} > {}",
            db.name,
            pa["score"],
            pb["score"]
        );
        assert!(pa["rank"].as_i64().unwrap() >= pb["rank"].as_i64().unwrap());
        let od = pa["deductions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["key"] == format!("overdue:{mid}"))
            .unwrap_or_else(|| panic!("{pa}"));
        assert_eq!(od["accrued_working_days"], days);
        assert!(od["explanation"].as_str().unwrap().contains("逾期后调整"));

        // The project page says so, in Chinese.
        let (s, page) = call(&app, "GET", "/api/v1/projects/KP-2026-01", None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(page["adjusted"], true);
    }
}

#[actix_web::test]
async fn a_new_due_date_in_the_past_or_before_the_baseline_is_refused() {
    for db in backends() {
        let mid = demo(&db);
        let app = app(db.state(TODAY)).await;
        // A first use of a token records when it was used: use it before looking.
        call_as(&app, PERSON, "GET", "/api/v1/projects", None).await;
        call(&app, "GET", "/api/v1/projects", None).await;
        let before = fingerprint(&mut db.conn());
        for (new_due, says) in [("2026-11-30", "today"), ("2020-01-01", "today")] {
            let (s, e) = call_as(
                &app,
                PERSON,
                "POST",
                &format!("/api/v1/milestones/{mid}/reschedule"),
                Some(json!({"new_due": new_due, "reason": "补记"})),
            )
            .await;
            let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
            assert!(f["new_due"].as_str().unwrap().contains(says), "{e}");
        }
        // Earlier than the commitment, though still to come.
        let (later, baseline): (i64, chrono::NaiveDate) = milestones::table
            .filter(milestones::completed_on.is_null())
            .filter(milestones::baseline_due.gt(d("2026-12-10")))
            .order(milestones::baseline_due)
            .select((milestones::id, milestones::baseline_due))
            .first(&mut db.conn())
            .unwrap();
        let (s, e) = call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{later}/reschedule"),
            Some(json!({"new_due": "2026-12-09", "reason": "提前"})),
        )
        .await;
        let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert_eq!(
            f["new_due"],
            format!("must not be before the baseline due date ({baseline})")
        );
        assert_eq!(fingerprint(&mut db.conn()), before, "{}", db.name);
    }
}

#[actix_web::test]
async fn a_pending_request_is_withdrawn_by_its_requester_only_and_a_rejection_is_kept() {
    for db in backends() {
        let mid = demo(&db);
        let app = app(db.state(TODAY)).await;
        let ask_path = format!("/api/v1/milestones/{mid}/reschedule");
        let ask = || {
            call_as(
                &app,
                PERSON,
                "POST",
                &ask_path,
                Some(json!({"new_due": "2027-01-29", "reason": "设备到货推迟"})),
            )
        };
        let (s, req) = ask().await;
        assert_eq!(s, StatusCode::CREATED, "{req}");
        let path = format!("/api/v1/reschedules/{}/withdraw", req["id"]);
        let (s, e) = call_as(&app, LEADER, "POST", &path, None).await;
        assert_error(s, &e, StatusCode::FORBIDDEN, "forbidden");
        let (s, w) = call_as(&app, PERSON, "POST", &path, None).await;
        assert_eq!(
            (s, w["status"].as_str()),
            (StatusCode::OK, Some("withdrawn")),
            "{w}"
        );
        let (s, e) = call_as(&app, PERSON, "POST", &path, None).await;
        assert_error(s, &e, StatusCode::CONFLICT, "already_decided");
        // The leader cannot approve a withdrawn request.
        let (s, e) = call_as(
            &app,
            LEADER,
            "POST",
            &format!("/api/v1/reschedules/{}/decide", req["id"]),
            Some(json!({"approve": true})),
        )
        .await;
        assert_error(s, &e, StatusCode::CONFLICT, "already_decided");

        // Asked again and rejected: the note stays with the request, for the requester.
        let (_, req2) = ask().await;
        let (s, r) = call_as(
            &app,
            LEADER,
            "POST",
            &format!("/api/v1/reschedules/{}/decide", req2["id"]),
            Some(json!({"approve": false, "note": "请先完成征地报批"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{r}");
        let (_, all) = call_as(
            &app,
            PERSON,
            "GET",
            &format!("/api/v1/milestones/{mid}/reschedules"),
            None,
        )
        .await;
        let statuses: Vec<(&str, Option<&str>)> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["status"].as_str().unwrap(), r["decision_note"].as_str()))
            .collect();
        assert_eq!(
            statuses,
            vec![("withdrawn", None), ("rejected", Some("请先完成征地报批"))],
            "{}",
            db.name
        );
    }
}

#[actix_web::test]
async fn a_monthly_figure_is_corrected_with_a_reason_and_deleted_only_by_its_author() {
    for db in backends() {
        demo(&db);
        let app = app(db.state(TODAY)).await;
        let (_, list) = call(
            &app,
            "GET",
            "/api/v1/investment-reports?project=KP-2026-01&year=2026",
            None,
        )
        .await;
        let month = |m: i64| {
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["month"] == m)
                .unwrap_or_else(|| panic!("{list}"))["id"]
                .as_i64()
                .unwrap()
        };
        let (oct, nov) = (month(10), month(11));
        // A correction needs its reason; the old amount stays in the audit log beside it.
        let path = format!("/api/v1/investment-reports/{oct}");
        let (s, e) = call_as(
            &app,
            PERSON,
            "PATCH",
            &path,
            Some(json!({"completed": 1_000_000})),
        )
        .await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        let (s, e) = call_as(
            &app,
            PERSON,
            "PATCH",
            &path,
            Some(json!({"completed": 1_000_000, "reason": " "})),
        )
        .await;
        let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f.get("reason").is_some(), "{e}");
        let (s, r) = call_as(
            &app,
            PERSON,
            "PATCH",
            &path,
            Some(json!({"completed": 1_000_000, "reason": "统计局反馈口径调整"})),
        )
        .await;
        assert_eq!(
            (s, r["completed"].as_i64()),
            (StatusCode::OK, Some(1_000_000)),
            "{r}"
        );
        let (_, hist) = call(&app, "GET", "/api/v1/projects/KP-2026-01/history", None).await;
        let corrected = hist["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["action"] == "correct")
            .unwrap_or_else(|| panic!("{hist}"));
        let after: Value = serde_json::from_str(corrected["after_json"].as_str().unwrap()).unwrap();
        let before: Value =
            serde_json::from_str(corrected["before_json"].as_str().unwrap()).unwrap();
        assert_eq!(after["correction_reason"], "统计局反馈口径调整");
        assert_ne!(before["completed"], after["completed"]);

        // Filed by the demo's seed: the responsible person may not delete it; an admin may.
        let (s, e) = call_as(
            &app,
            PERSON,
            "DELETE",
            &format!("/api/v1/investment-reports/{nov}"),
            None,
        )
        .await;
        assert_error(s, &e, StatusCode::FORBIDDEN, "forbidden");
        let (s, _) = call(
            &app,
            "DELETE",
            &format!("/api/v1/investment-reports/{nov}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        // Filed again by the person: theirs to delete.
        let (s, mine) = call_as(
            &app,
            PERSON,
            "POST",
            "/api/v1/investment-reports",
            Some(json!({"project_code": "KP-2026-01", "year": 2026, "month": 11, "completed": 500_000})),
        )
        .await;
        assert_eq!(
            (s, mine["reported_by"].as_str()),
            (StatusCode::CREATED, Some("kp01-person")),
            "{mine}"
        );
        let (s, _) = call_as(
            &app,
            PERSON,
            "DELETE",
            &format!("/api/v1/investment-reports/{}", mine["id"]),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{}", db.name);
    }
}

#[actix_web::test]
async fn a_date_is_issued_once_unless_the_new_report_replaces_the_one_in_force() {
    for db in backends() {
        demo(&db);
        let app = app(db.state(TODAY)).await;
        let issue =
            |body: Value| call(&app, "POST", "/api/v1/reports/inspection/issue", Some(body));
        let (s, first) = issue(json!({"as_of": "2026-11-30"})).await;
        assert_eq!(s, StatusCode::CREATED, "{first}");
        let before = fingerprint(&mut db.conn());
        let (s, e) = issue(json!({"as_of": "2026-11-30"})).await;
        let f = assert_error(s, &e, StatusCode::CONFLICT, "duplicate");
        assert!(
            f["as_of"]
                .as_str()
                .unwrap()
                .contains(&first["id"].to_string()),
            "{e}"
        );
        assert_eq!(fingerprint(&mut db.conn()), before, "{}", db.name);
        let (s, second) = issue(json!({"as_of": "2026-11-30", "replaces": first["id"]})).await;
        assert_eq!(
            (s, &second["replaces"]),
            (StatusCode::CREATED, &first["id"]),
            "{second}"
        );
        assert_eq!(
            second["serial"].as_i64(),
            Some(first["serial"].as_i64().unwrap() + 1)
        );
        // The first stays, superseded; it can no longer be replaced, the second can.
        let (_, one) = call(
            &app,
            "GET",
            &format!("/api/v1/reports/inspection/issued/{}", first["id"]),
            None,
        )
        .await;
        assert_eq!(one["superseded_by"], second["id"]);
        assert!(one["report"].is_object());
        let (s, e) = issue(json!({"as_of": "2026-11-30", "replaces": first["id"]})).await;
        let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f.get("replaces").is_some(), "{e}");
        // Another date issues as before.
        let (s, _) = issue(json!({"as_of": "2026-11-27"})).await;
        assert_eq!(s, StatusCode::CREATED);
    }
}

#[actix_web::test]
async fn a_veto_recorded_by_the_supervision_office_zeroes_the_score_until_waived_on_appeal() {
    for db in backends() {
        demo(&db);
        let app = app(db.state(TODAY)).await;
        let bad = json!({"occurred_on": "2026-12-05", "kind": "fire", "evidence": " "});
        let (s, e) = call(
            &app,
            "POST",
            "/api/v1/projects/KP-2026-03/vetoes",
            Some(bad),
        )
        .await;
        let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        for field in ["occurred_on", "kind", "evidence"] {
            assert!(f.get(field).is_some(), "{field}: {e}");
        }
        let (s, e) = call_as(
            &app,
            PERSON,
            "POST",
            "/api/v1/projects/KP-2026-01/vetoes",
            Some(json!({"occurred_on": "2026-11-20", "kind": "safety", "evidence": "x"})),
        )
        .await;
        assert_error(s, &e, StatusCode::FORBIDDEN, "forbidden");
        let (s, v) = call(
            &app,
            "POST",
            "/api/v1/projects/KP-2026-03/vetoes",
            Some(json!({"occurred_on": "2026-11-20", "kind": "safety", "evidence": "区安委办通报〔2026〕9号"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let (_, listed) = call(&app, "GET", "/api/v1/projects/KP-2026-03/vetoes", None).await;
        assert_eq!(listed[0]["evidence"], "区安委办通报〔2026〕9号");

        let (s, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let p = scored(&run, "KP-2026-03");
        assert_eq!(p["score"], 0.0, "{p}");
        let key = format!("veto:{}", v["id"]);
        assert_eq!(p["veto"]["key"], key);
        assert!(p["rank"].as_i64().unwrap() == 19, "{}", p["rank"]);
        // Appealed and accepted: the veto is waived, the score what it was.
        let (s, a) = call(
            &app,
            "POST",
            &format!("/api/v1/assessments/{}/appeals", run["id"]),
            Some(json!({"project": "KP-2026-03", "deduction": key, "party": "unit", "reason": "事故系第三方车辆所致，已有认定书"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{a}");
        let (s, d) = call(
            &app,
            "POST",
            &format!(
                "/api/v1/assessments/{}/appeals/{}/decide",
                run["id"], a["id"]
            ),
            Some(json!({"accept": true, "reason": "认定书属实"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{d}");
        let (_, after) = call(
            &app,
            "GET",
            &format!("/api/v1/assessments/{}", run["id"]),
            None,
        )
        .await;
        let p = scored(&after, "KP-2026-03");
        assert!(p["score"].as_f64().unwrap() > 0.0, "{}: {p}", db.name);
        assert!(p.get("veto").is_none());
    }
}

#[actix_web::test]
async fn a_provisional_run_carries_the_pace_to_december_and_is_never_saved() {
    for db in backends() {
        demo(&db);
        let app = app(db.state(TODAY)).await;
        let (s, p) = call(
            &app,
            "POST",
            "/api/v1/assessments/provisional",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert_eq!(p["provisional"], true);
        let (_, real) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026, "as_of": TODAY})),
        )
        .await;
        // Eleven months closed on 1 December: a project's investment is its pace × 12.
        let inv = |run: &Value, code: &str| {
            run["projects"]
                .as_array()
                .or_else(|| run["result"]["projects"].as_array())
                .unwrap()
                .iter()
                .find(|x| x["code"] == code)
                .unwrap()["components"][1]["inputs"]["completed"]
                .as_i64()
                .unwrap()
        };
        let (now, ahead) = (inv(&real, "KP-2026-01"), inv(&p, "KP-2026-01"));
        assert_eq!(ahead, now + now / 11, "{}", db.name);
        let (_, runs) = call(&app, "GET", "/api/v1/assessments", None).await;
        assert_eq!(runs["total"], 1, "only the real run is saved");
        let (s, e) = call(
            &app,
            "POST",
            "/api/v1/assessments/provisional",
            Some(json!({"year": 2025})),
        )
        .await;
        assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        // A real run as of a day to come is refused.
        let (s, e) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026, "as_of": "2026-12-31"})),
        )
        .await;
        let f = assert_error(s, &e, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f.get("as_of").is_some());
    }
}

#[test]
fn a_missing_monthly_report_is_reminded_before_its_day_then_climbs_the_ladder() {
    use duban::db::schema::{investment_reports, outbox, units};
    use duban::scheduler::scan::{ScanConfig, scan};
    for db in backends() {
        demo(&db);
        let mut c = db.conn();
        let (pid, unit, person): (i64, i64, i64) = projects::table
            .inner_join(assignments::table)
            .filter(projects::code.eq("KP-2026-01"))
            .filter(assignments::end_on.is_null())
            .select((projects::id, assignments::unit_id, assignments::person_id))
            .first(&mut c)
            .unwrap();
        let head: i64 = units::table
            .find(unit)
            .select(units::head_person_id)
            .first::<Option<i64>>(&mut c)
            .unwrap()
            .unwrap();
        // November's report is not filed: due by the 5th working day of December (Tue 1,
        // 2, 3, 4, Mon 7 → 7 Dec).
        diesel::delete(
            investment_reports::table
                .filter(investment_reports::project_id.eq(pid))
                .filter(investment_reports::year.eq(2026))
                .filter(investment_reports::month.eq(11)),
        )
        .execute(&mut c)
        .unwrap();
        let cfg = ScanConfig {
            routes: Default::default(),
            tz: TZ,
            rules: Default::default(),
            base_url: "https://duban.example.gov.cn".into(),
            supervision: vec![],
        };
        let told = |c: &mut duban::db::DbConn, day: &str| -> Vec<i64> {
            let now = db_timestamp(duban::clock::FixedClock::at_noon(d(day), TZ).now());
            scan(c, &cfg, d(day), now, false).unwrap();
            outbox::table
                .filter(outbox::day.eq(d(day)))
                .filter(
                    outbox::body_text
                        .like("%高端肉制品深加工项目（KP-2026-01）— 2026年11月投资完成情况月报%"),
                )
                .select(outbox::recipient_person_id)
                .load::<Option<i64>>(c)
                .unwrap()
                .into_iter()
                .flatten()
                .collect()
        };
        // Two working days before (remind_before 5, 2, 0): the responsible person.
        assert_eq!(told(&mut c, "2026-12-03"), vec![person], "{}", db.name);
        assert_eq!(told(&mut c, "2026-12-04"), Vec::<i64>::new());
        // Missing from the 8th: the person on day 1, the unit head on day 3 (10 Dec).
        assert_eq!(told(&mut c, "2026-12-08"), vec![person]);
        assert_eq!(told(&mut c, "2026-12-10"), vec![head]);
        // Filed: nothing more.
        diesel::insert_into(investment_reports::table)
            .values((
                investment_reports::project_id.eq(pid),
                investment_reports::year.eq(2026),
                investment_reports::month.eq(11),
                investment_reports::completed.eq(1_000_000i64),
                investment_reports::cumulative.eq(0i64),
                investment_reports::created_at.eq(db_timestamp(
                    duban::clock::FixedClock::at_noon(d("2026-12-10"), TZ).now(),
                )),
                investment_reports::updated_at.eq(db_timestamp(
                    duban::clock::FixedClock::at_noon(d("2026-12-10"), TZ).now(),
                )),
            ))
            .execute(&mut c)
            .unwrap();
        assert_eq!(told(&mut c, "2026-12-11"), Vec::<i64>::new());
    }
}
