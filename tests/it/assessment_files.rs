//! The year-end assessment as files for people, on both backends: the XLSX read back with
//! calamine (sheets, headers, figures cross-checked against the JSON run, tier fills, one
//! row per deduction, appeals with decisions), the printable HTML page (title, breakdown,
//! escaping), and refused formats.

use crate::common;

use actix_web::http::StatusCode;
use calamine::{Data, Range, Reader};
use common::xlsx::*;
use common::*;
use serde_json::{Value, json};

const PROJECT_HEADERS: [&str; 16] = [
    "排名",
    "项目编号",
    "项目名称",
    "责任领导",
    "责任单位",
    "节点按期完成",
    "年度投资完成",
    "形象进度",
    "服务质量评议",
    "扣分",
    "加分",
    "总分",
    "调整前逾期(工作日)",
    "一票否决",
    "奖惩档次",
    "计算说明",
];
/// Title on row 0, note on row 1, headers on row 2, data from row 3.
const HEADER_ROW: u32 = 2;
const TOTAL_COL: u32 = 11;
const TIER_COL: u32 = 14;
const WAIVED_COL: u32 = 11;

/// Data rows (below the header) of a list sheet.
fn data_rows(range: &Range<Data>) -> u32 {
    range.end().unwrap().0 - HEADER_ROW
}

fn is_reddish(c: Option<(u8, u8, u8)>) -> bool {
    matches!(c, Some((r, g, b)) if r > g + 0x20 && r > b + 0x20)
}

fn is_greenish(c: Option<(u8, u8, u8)>) -> bool {
    matches!(c, Some((r, g, b)) if g > r + 0x20 && g > b + 0x20)
}

fn deductions(run: &Value) -> Vec<(String, Value)> {
    run["result"]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            let code = p["code"].as_str().unwrap().to_string();
            p["deductions"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |d| (code.clone(), d.clone()))
        })
        .collect()
}

#[actix_web::test]
async fn xlsx_matches_the_json_run() {
    for db in backends() {
        let app = demo_app(&db).await;
        let (s, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {run}", db.name);
        let id = run["id"].as_i64().unwrap();
        let url = format!("/api/v1/assessments/{id}");

        // Appeal the first deduction and accept it: waived in the run and in the file.
        let all = deductions(&run);
        assert!(!all.is_empty(), "{}: the demo has deductions", db.name);
        let (code, first) = &all[0];
        let (s, ap) = call(&app, "POST", &format!("{url}/appeals"), Some(json!({
            "project": code, "deduction": first["key"], "party": "unit", "reason": "施工许可延迟审批"})))
        .await;
        assert_eq!(s, StatusCode::CREATED, "{ap}");
        let (s, d) = call(
            &app,
            "POST",
            &format!("{url}/appeals/{}/decide", ap["id"]),
            Some(json!({"accept": true, "reason": "情况属实，予以豁免"})),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{d}");
        let (s, run) = call(&app, "GET", &url, None).await;
        assert_eq!(s, StatusCode::OK, "{run}");
        let all = deductions(&run);
        let waived = all.iter().filter(|(_, d)| d["waived"] == true).count();
        assert_eq!(waived, 1, "{}", db.name);

        let (s, ct, cd, bytes) = fetch(&app, &format!("{url}?format=xlsx")).await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);
        assert_eq!(ct, XLSX);
        assert_eq!(
            cd,
            format!("attachment; filename=\"assessment-2026-{id}.xlsx\"")
        );
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let mut wb = open(bytes);
        assert_eq!(
            wb.sheet_names(),
            [
                "项目得分",
                "扣分明细",
                "单位得分",
                "领导得分",
                "申诉",
                "考核办法"
            ]
        );

        let sheet = wb.worksheet_range("项目得分").unwrap();
        let title = text(&sheet, 0, 0);
        assert!(title.starts_with("2026 年度重点项目考核结果"), "{title}");
        assert!(
            title.contains("2026年11月25日") && title.contains("草稿"),
            "{title}"
        );
        let model = run["result"]["model_name"].as_str().unwrap();
        assert!(title.contains(model), "{title}");
        let headers: Vec<String> = (0..PROJECT_HEADERS.len() as u32)
            .map(|c| text(&sheet, HEADER_ROW, c))
            .collect();
        assert_eq!(headers, PROJECT_HEADERS);
        let projects = run["result"]["projects"].as_array().unwrap();
        assert_eq!(data_rows(&sheet), projects.len() as u32);
        let p0 = &projects[0];
        assert_eq!(number(&sheet, HEADER_ROW + 1, 0), Some(1.0));
        assert_eq!(
            text(&sheet, HEADER_ROW + 1, 1),
            p0["code"].as_str().unwrap()
        );
        assert_eq!(
            text(&sheet, HEADER_ROW + 1, 2),
            p0["name"].as_str().unwrap()
        );
        assert_eq!(
            number(&sheet, HEADER_ROW + 1, TOTAL_COL),
            p0["score"].as_f64()
        );

        // Tier cells: 约谈 pale red, 重奖 pale green, untiered unfilled.
        let styles = wb.worksheet_style("项目得分").unwrap();
        let tier_row = |tier: &str| {
            projects
                .iter()
                .position(|p| p["tier"] == tier)
                .map(|i| HEADER_ROW + 1 + i as u32)
        };
        let talk = tier_row("约谈").expect("the demo has a 约谈 project");
        assert_eq!(text(&sheet, talk, TIER_COL), "约谈");
        assert!(
            is_reddish(fill(&styles, talk, TIER_COL)),
            "{:?}",
            fill(&styles, talk, TIER_COL)
        );
        if let Some(top) = tier_row("重奖") {
            assert_eq!(text(&sheet, top, TIER_COL), "重奖");
            assert!(is_greenish(fill(&styles, top, TIER_COL)));
        }
        if let Some(none) = projects.iter().position(|p| p.get("tier").is_none()) {
            let row = HEADER_ROW + 1 + none as u32;
            assert_eq!(fill(&styles, row, TIER_COL), None);
        }

        // One row per deduction, the waived one marked.
        let ded = wb.worksheet_range("扣分明细").unwrap();
        assert_eq!(data_rows(&ded), all.len() as u32, "{}", db.name);
        let marks: Vec<String> = (0..all.len() as u32)
            .map(|i| text(&ded, HEADER_ROW + 1 + i, WAIVED_COL))
            .collect();
        assert_eq!(marks.iter().filter(|m| *m == "是").count(), 1);
        assert_eq!(marks.iter().filter(|m| *m == "否").count(), all.len() - 1);
        let kinds = ["逾期", "调整节点"];
        assert!(kinds.contains(&text(&ded, HEADER_ROW + 1, 2).as_str()));

        for (name, key) in [("单位得分", "units"), ("领导得分", "leaders")] {
            let g = wb.worksheet_range(name).unwrap();
            let groups = run["result"][key].as_array().unwrap();
            assert_eq!(data_rows(&g), groups.len() as u32, "{name}");
            assert_eq!(
                text(&g, HEADER_ROW + 1, 1),
                groups[0]["name"].as_str().unwrap()
            );
            assert_eq!(number(&g, HEADER_ROW + 1, 2), groups[0]["score"].as_f64());
            assert_eq!(
                text(&g, HEADER_ROW + 1, 5),
                groups[0]["explanation"].as_str().unwrap()
            );
        }

        let appeals = wb.worksheet_range("申诉").unwrap();
        assert_eq!(data_rows(&appeals), 1);
        assert_eq!(text(&appeals, HEADER_ROW + 1, 0), code.as_str());
        assert_eq!(text(&appeals, HEADER_ROW + 1, 5), "已采纳");
        assert_eq!(text(&appeals, HEADER_ROW + 1, 6), "情况属实，予以豁免");

        let rules = wb.worksheet_range("考核办法").unwrap();
        let lines: Vec<String> = (HEADER_ROW + 1..=rules.end().unwrap().0)
            .map(|r| text(&rules, r, 0))
            .collect();
        let tie = run["result"]["tie_break"].as_str().unwrap();
        assert!(lines.iter().any(|l| l.contains(tie)), "{lines:?}");
        assert!(lines.iter().any(|l| l == "[[tiers]]"), "{lines:?}");
        assert!(lines.iter().any(|l| l == "name = \"约谈\""), "{lines:?}");
    }
}

#[actix_web::test]
async fn html_is_a_readable_escaped_page() {
    for db in backends() {
        let app = app(db.state("2026-11-25")).await;
        let f = fixture(&app).await;
        let name = "<script>alert(1)</script><b>x</b> 物流园 & 仓储";
        let (s, p) = call(&app, "POST", "/api/v1/projects", Some(json!({
            "code": "T-2", "name": name, "category": "services", "level": "district",
            "total_investment": 100_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-06-30",
            "stage": "started", "stage_on": "2026-01-05",
            "leader_id": f["leader"]["id"], "unit_id": f["unit"]["id"], "person_id": f["person"]["id"],
            "assigned_on": "2026-01-01"
        })))
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {p}", db.name);
        let (s, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {run}", db.name);
        let id = run["id"].as_i64().unwrap();

        let (s, ct, cd, bytes) =
            fetch(&app, &format!("/api/v1/assessments/{id}?format=html")).await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);
        assert_eq!(ct, "text/html; charset=utf-8");
        assert!(cd.starts_with("inline"), "{cd}");
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.contains("<title>2026 年度重点项目考核结果</title>"));
        assert!(html.contains("草稿"));
        assert!(html.contains(run["result"]["model_name"].as_str().unwrap()));
        assert!(html.contains("@page"), "print rules from the base template");
        // Every project's explanation and each component's explanation are on the page.
        for p in run["result"]["projects"].as_array().unwrap() {
            let expl = p["explanation"].as_str().unwrap();
            assert!(!expl.is_empty());
            assert!(html.contains(&escape(expl)), "{expl}");
            for c in p["components"].as_array().unwrap() {
                let expl = c["explanation"].as_str().unwrap();
                assert!(html.contains(&escape(expl)), "{expl}");
            }
        }
        for g in run["result"]["units"].as_array().unwrap() {
            let expl = g["explanation"].as_str().unwrap();
            assert!(html.contains(&escape(expl)), "{expl}");
        }
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;&lt;b&gt;x&lt;&#x2f;b&gt; 物流园 &amp; 仓储"),
            "{html}"
        );
        assert!(!html.contains("<script"), "nothing executable in the page");
        assert!(!html.contains("<b>x"), "no markup from data");

        // The workbook keeps the name as text.
        let (s, _, _, bytes) = fetch(&app, &format!("/api/v1/assessments/{id}?format=xlsx")).await;
        assert_eq!(s, StatusCode::OK);
        let sheet = open(bytes).worksheet_range("项目得分").unwrap();
        let row = (HEADER_ROW + 1..=sheet.end().unwrap().0)
            .find(|r| text(&sheet, *r, 1) == "T-2")
            .expect("T-2 in the sheet");
        assert_eq!(text(&sheet, row, 2), name);
    }
}

/// minijinja's HTML escaping, for comparing data with the page.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

#[actix_web::test]
async fn unknown_formats_are_refused() {
    for db in backends() {
        let app = demo_app(&db).await;
        let (s, run) = call(
            &app,
            "POST",
            "/api/v1/assessments",
            Some(json!({"year": 2026})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{run}");
        let id = run["id"].as_i64().unwrap();
        for bad in ["pdf", "XLSX"] {
            let (s, body) = call(
                &app,
                "GET",
                &format!("/api/v1/assessments/{id}?format={bad}"),
                None,
            )
            .await;
            let fields = assert_error(
                s,
                &body,
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed",
            );
            let msg = fields["format"].as_str().unwrap_or_default();
            assert!(
                msg.contains("json, csv, xlsx, html"),
                "{}: {bad:?}: {body}",
                db.name
            );
        }
    }
}
