//! The inspection report over HTTP on both backends: the demo's figures, filters, and a
//! report as of a date that later writes cannot change.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use serde_json::json;

#[actix_web::test]
async fn demo_report_looks_like_the_notice() {
    for db in backends() {
        let state = db.state("2026-11-25");
        duban::seed::demo::load(
            &mut db.conn(),
            &duban::store::Ctx::new("seed", state.clock.as_ref(), TZ),
        )
        .unwrap();
        let app = app(state).await;
        let (s, r) = call(&app, "GET", "/api/v1/reports/inspection", None).await;
        assert_eq!(s, StatusCode::OK, "{}: {r}", db.name);
        let sum = &r["summary"];
        assert_eq!(sum["projects"], 19);
        assert_eq!(
            (sum["planned_to_start"].as_i64(), sum["started"].as_i64()),
            (Some(19), Some(18))
        );
        assert_eq!(sum["start_rate"], 94.7);
        let pct = sum["percent_of_plan"].as_f64().unwrap();
        assert!((75.0..=98.0).contains(&pct), "{pct}");
        let due = sum["milestones_due"].as_i64().unwrap();
        let parts = sum["done_on_time"].as_i64().unwrap()
            + sum["done_late"].as_i64().unwrap()
            + sum["overdue"].as_i64().unwrap();
        assert_eq!(due, parts);
        assert!(sum["red"].as_i64().unwrap() > 0 && sum["green"].as_i64().unwrap() > 0);
        assert_eq!(r["by_leader"].as_array().unwrap().len(), 7);
        // Forecast: ten months closed by 25 Nov; the zone's pace carried to twelve months.
        let f = &r["forecast"];
        assert_eq!(f["months_closed"], 10, "{f}");
        let done = f["completed_to_date"].as_i64().unwrap();
        assert_eq!(done, sum["completed_to_date"].as_i64().unwrap());
        assert_eq!(f["projected"].as_i64().unwrap(), done * 12 / 10);
        assert_eq!(
            f["investment_short"].as_bool().unwrap(),
            f["projected"].as_i64().unwrap() < sum["annual_plan"].as_i64().unwrap()
        );
        for s in f["likely_to_slip"].as_array().unwrap() {
            assert!(
                s["due"].as_str().unwrap() >= "2026-11-25"
                    && s["due"].as_str().unwrap() <= "2026-12-31",
                "{s}"
            );
        }
        let req = actix_web::test::TestRequest::get()
            .uri("/api/v1/reports/inspection?format=html")
            .insert_header(common::bearer(common::ADMIN_TOKEN))
            .to_request();
        let html = actix_web::test::read_body(actix_web::test::call_service(&app, req).await).await;
        let html = std::str::from_utf8(&html).unwrap();
        assert!(
            html.contains("年底预测") && html.contains("预计全年完成投资"),
            "{html}"
        );
        assert_eq!(r["by_leader"][0]["rank"], 1);
        let total: i64 = r["by_leader"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["projects"].as_i64().unwrap())
            .sum();
        assert_eq!(total, 19);

        let leader = r["by_leader"][0]["id"].as_i64().unwrap();
        let (_, mine) = call(
            &app,
            "GET",
            &format!("/api/v1/reports/inspection?leader={leader}"),
            None,
        )
        .await;
        assert_eq!(mine["summary"]["projects"], r["by_leader"][0]["projects"]);
        let (_, infra) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?category=infrastructure",
            None,
        )
        .await;
        assert!(
            infra["projects"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["category"] == "infrastructure")
        );

        // CSV for Excel: UTF-8 with a BOM, Chinese headers, one row per project, 万元.
        let req = actix_web::test::TestRequest::get()
            .uri("/api/v1/reports/inspection?format=csv&as_of=2026-11-25")
            .insert_header(common::bearer(common::ADMIN_TOKEN))
            .to_request();
        let resp = actix_web::test::call_service(&app, req).await;
        assert_eq!(resp.status(), StatusCode::OK);
        assert_eq!(
            resp.headers().get("content-type").unwrap(),
            "text/csv; charset=utf-8"
        );
        assert!(
            resp.headers()
                .get("content-disposition")
                .unwrap()
                .to_str()
                .unwrap()
                .contains("inspection-2026-11-25.csv")
        );
        let bytes = actix_web::test::read_body(resp).await;
        assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
        let mut rd = csv::Reader::from_reader(&bytes[3..]);
        let headers = rd.headers().unwrap().clone();
        assert_eq!(&headers[0], "项目编号");
        assert_eq!(&headers[23], "年度计划投资(万元)");
        assert_eq!(
            &headers[16], "逾期节点",
            "the CSV has the workbook's columns"
        );
        assert_eq!(
            (&headers[9], &headers[10], &headers[19]),
            ("调整", "为何亮灯", "逾期后调整")
        );
        let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 19);
        let first = rows.iter().find(|r| &r[0] == "KP-2026-01").unwrap();
        assert_eq!(&first[1], "高端肉制品深加工项目");
        assert_eq!(&first[2], "省重点");
        assert_eq!(&first[23], "60000.00", "annual plan 6亿元 in 万元");
        assert_eq!(
            rows.iter().filter(|r| &r[8] == "红").count() as i64,
            sum["red"].as_i64().unwrap()
        );

        let (s, body) = call(&app, "GET", "/api/v1/reports/inspection?format=pdf", None).await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )
            .get("format")
            .is_some()
        );
        let (s, body) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=yesterday",
            None,
        )
        .await;
        assert_error(s, &body, StatusCode::BAD_REQUEST, "bad_query");
    }
}

#[actix_web::test]
async fn a_report_as_of_a_date_is_unchanged_by_later_writes() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        call(
            &app,
            "POST",
            "/api/v1/investment-plans",
            Some(json!({"project_code": "T-1", "year": 2026, "planned": 1_000_000})),
        )
        .await;
        call(
            &app,
            "POST",
            "/api/v1/investment-reports",
            Some(json!({"project_code": "T-1", "year": 2026, "month": 5, "completed": 250_000})),
        )
        .await;
        let (_, before) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-06-15",
            None,
        )
        .await;
        assert_eq!(
            before["projects"][0]["completed_to_date"], 250_000,
            "{}: {before}",
            db.name
        );
        assert_eq!(before["projects"][0]["overdue"][0]["title"], "完成土地摘牌");

        // A month later, the data moves on.
        let later = app_later(&db).await;
        let (_, list) = call(&later, "GET", "/api/v1/milestones?project=T-1", None).await;
        let (m1, m2) = (
            list["items"][0]["id"].as_i64().unwrap(),
            list["items"][1]["id"].as_i64().unwrap(),
        );
        for (path, body) in [
            (
                format!("/api/v1/milestones/{m1}/complete"),
                json!({"date": "2026-07-10", "evidence": "成交确认书"}),
            ),
            (
                format!("/api/v1/milestones/{m2}/reschedule"),
                json!({"new_due": "2026-12-31", "reason": "设计变更"}),
            ),
            (
                "/api/v1/projects/T-1/stage".into(),
                json!({"stage": "under_construction", "effective_on": "2026-07-01"}),
            ),
            (
                "/api/v1/investment-reports".into(),
                json!({"project_code": "T-1", "year": 2026, "month": 6, "completed": 300_000}),
            ),
            (
                "/api/v1/progress-updates".into(),
                json!({"project_code": "T-1", "reported_on": "2026-07-05", "progress": "封顶"}),
            ),
        ] {
            let (s, b) = call(&later, "POST", &path, Some(body)).await;
            assert!(s.is_success(), "{path}: {b}");
        }
        let (_, p2) = call(
            &later,
            "POST",
            "/api/v1/people",
            Some(json!({"name": "新人", "email": "new.person@example.gov.cn"})),
        )
        .await;
        let (s, _) = call(
            &later,
            "POST",
            "/api/v1/projects/T-1/assign",
            Some(json!({"person_id": p2["id"], "effective_on": "2026-07-15"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED);

        let (_, again) = call(
            &later,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-06-15",
            None,
        )
        .await;
        assert_eq!(
            before, again,
            "{}: a report as of 15 June must not see July",
            db.name
        );
        let (_, now) = call(
            &later,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-07-20",
            None,
        )
        .await;
        assert_ne!(before["projects"][0], now["projects"][0]);
        assert_eq!(now["projects"][0]["stage"], "under_construction");
        assert_eq!(now["projects"][0]["person"]["name"], "新人");
        assert_eq!(now["projects"][0]["completed_to_date"], 550_000);
        assert_eq!(f["project"]["code"], "T-1");
    }
}

async fn app_later(
    db: &TestDb,
) -> impl actix_web::dev::Service<
    actix_http::Request,
    Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
    Error = actix_web::Error,
> {
    app(db.state("2026-07-20")).await
}

#[actix_web::test]
async fn issued_reports_are_numbered_and_never_change() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        fixture(&app).await;
        let (s, first) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(json!({"as_of": "2026-06-12"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {first}", db.name);
        assert_eq!(first["title"], "督查通报 2026 第 1 期");
        assert_eq!(first["report"]["as_of"], "2026-06-12");
        let (_, second) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(json!({})),
        )
        .await;
        assert_eq!(
            (second["serial"].as_i64(), second["as_of"].as_str()),
            (Some(2), Some("2026-06-15"))
        );
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(json!({"as_of": "2026-06-16"})),
        )
        .await;
        assert!(
            assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed"
            )
            .get("as_of")
            .is_some()
        );

        // The data moves on; the issued report does not.
        let (_, list) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let m1 = list["items"][0]["id"].as_i64().unwrap();
        call(
            &app,
            "POST",
            &format!("/api/v1/milestones/{m1}/complete"),
            Some(json!({"evidence": "成交确认书"})),
        )
        .await;
        let id = first["id"].as_i64().unwrap();
        let (_, fetched) = call(
            &app,
            "GET",
            &format!("/api/v1/reports/inspection/issued/{id}"),
            None,
        )
        .await;
        assert_eq!(fetched["report"], first["report"]);
        assert_eq!(
            fetched["report"]["projects"][0]["overdue"][0]["title"],
            "完成土地摘牌"
        );

        // Today's report tells what changed since the last one issued before today (第 1 期).
        let (_, now) = call(&app, "GET", "/api/v1/reports/inspection", None).await;
        let ch = &now["changes"];
        assert_eq!(ch["since"], "督查通报 2026 第 1 期", "{now}");
        assert_eq!(
            ch["resolved"],
            json!([{"project_code": "T-1", "title": "完成土地摘牌"}])
        );
        assert_eq!(ch["newly_overdue"], json!([]));
        // The milestone no longer lights T-1; whatever still does is said, and the change of
        // light (if any) is the one told.
        let t1 = now["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["code"] == "T-1")
            .unwrap();
        assert!(
            t1["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["kind"] != "overdue"),
            "{t1}"
        );
        let expected = if t1["light"] == "red" {
            json!([])
        } else {
            json!([{"project_code": "T-1", "from": "red", "to": t1["light"]}])
        };
        assert_eq!(ch["lights"], expected);

        let (_, all) = call(&app, "GET", "/api/v1/reports/inspection/issued", None).await;
        assert_eq!(all["total"], 2);
        assert_eq!(all["items"][0]["serial"], 2, "newest first");
        assert!(
            all["items"][0].get("report").is_none(),
            "lists carry no bodies"
        );
        let (s, body) = call(&app, "GET", "/api/v1/reports/inspection/issued/999", None).await;
        assert_error(s, &body, StatusCode::NOT_FOUND, "not_found");

        use diesel::prelude::*;
        let upd =
            diesel::sql_query("UPDATE issued_reports SET title = 'x'").execute(&mut db.conn());
        let del = diesel::sql_query("DELETE FROM issued_reports").execute(&mut db.conn());
        assert!(
            upd.is_err() && del.is_err(),
            "{}: issued reports are immutable in the database too",
            db.name
        );
    }
}
