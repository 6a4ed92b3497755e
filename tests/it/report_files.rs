//! The inspection report as files for people, on both backends: the XLSX read back with
//! calamine (sheets, headers, values cross-checked against the JSON report, the red fill of
//! an overdue row), the printable HTML bulletin (print rules, escaping), refused formats,
//! and the command line writing a workbook.

use crate::common;

use actix_web::http::StatusCode;
use calamine::{Data, Range, Reader};
use common::xlsx::*;
use common::*;
use serde_json::{Value, json};

const PROJECT_HEADERS: [&str; 27] = [
    "项目编号",
    "项目名称",
    "级别",
    "类别",
    "责任领导",
    "责任单位",
    "责任人",
    "建设阶段",
    "红黄绿灯",
    "调整",
    "为何亮灯",
    "应完成节点",
    "按期完成",
    "逾期完成",
    "逾期未完成",
    "最长逾期(工作日)",
    "逾期节点",
    "应完成节点（按原计划）",
    "按期完成（按原计划）",
    "逾期后调整",
    "下一节点",
    "下一节点到期",
    "剩余工作日",
    "年度计划投资(万元)",
    "累计完成投资(万元)",
    "完成比例",
    "最新进展",
];
/// Title on row 0, note on row 1, headers on row 2, data from row 3.
const HEADER_ROW: u32 = 2;
const LIGHT_COL: u32 = 8;
const PLAN_COL: u32 = 23;

/// The row whose first column holds `key`.
fn row_of(range: &Range<Data>, key: &str) -> u32 {
    (0..range.end().unwrap().0 + 1)
        .find(|r| text(range, *r, 0) == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

fn is_red(c: Option<(u8, u8, u8)>) -> bool {
    matches!(c, Some((r, g, b)) if r >= 0xE0 && g <= 0x20 && b <= 0x20)
}

fn is_pale_red(c: Option<(u8, u8, u8)>) -> bool {
    matches!(c, Some((r, g, b)) if r >= 0xF0 && r > g + 0x20 && r > b + 0x20)
}

#[actix_web::test]
async fn xlsx_matches_the_json_report_with_red_rows_for_overdue_projects() {
    for db in backends() {
        let app = demo_app(&db).await;
        let (s, r) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-11-25",
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{}: {r}", db.name);
        let (s, ct, cd, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-11-25&format=xlsx",
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);
        assert_eq!(ct, XLSX);
        assert_eq!(cd, "attachment; filename=\"inspection-2026-11-25.xlsx\"");
        assert_eq!(&bytes[..2], b"PK", "a zip container");
        let mut wb = open(bytes);
        assert_eq!(
            wb.sheet_names(),
            ["汇总", "按责任领导", "按责任单位", "项目"]
        );

        // The project sheet: title, Chinese headers, one row per project in the JSON.
        let sheet = wb.worksheet_range("项目").unwrap();
        assert_eq!(
            text(&sheet, 0, 0),
            "督查通报 重点项目推进情况（截至 2026年11月25日）"
        );
        let headers: Vec<String> = (0..27).map(|c| text(&sheet, HEADER_ROW, c)).collect();
        assert_eq!(headers, PROJECT_HEADERS);
        let projects = r["projects"].as_array().unwrap();
        assert_eq!(sheet.end().unwrap().0, HEADER_ROW + projects.len() as u32);
        let first = &projects[0];
        let row = row_of(&sheet, first["code"].as_str().unwrap());
        assert_eq!(text(&sheet, row, 1), first["name"].as_str().unwrap());
        assert_eq!(
            number(&sheet, row, PLAN_COL),
            Some(first["annual_plan"].as_f64().unwrap() / 10_000.0),
            "annual plan in 万元"
        );
        assert_eq!(
            number(&sheet, row, 14),
            Some(first["overdue"].as_array().unwrap().len() as f64)
        );

        // Lights: the light cell is filled in its colour; an overdue (red) project's whole
        // row is tinted, a green one's is not.
        let styles = wb.worksheet_style("项目").unwrap();
        let red: Vec<&Value> = projects.iter().filter(|p| p["light"] == "red").collect();
        assert_eq!(red.len() as i64, r["summary"]["red"].as_i64().unwrap());
        assert!(!red.is_empty());
        for p in &red {
            let row = row_of(&sheet, p["code"].as_str().unwrap());
            assert_eq!(text(&sheet, row, LIGHT_COL), "红");
            assert!(
                is_red(fill(&styles, row, LIGHT_COL)),
                "{}: light cell {:?}",
                p["code"],
                fill(&styles, row, LIGHT_COL)
            );
            for col in [0, 1, PLAN_COL] {
                assert!(
                    is_pale_red(fill(&styles, row, col)),
                    "{} col {col}: {:?}",
                    p["code"],
                    fill(&styles, row, col)
                );
            }
        }
        let green = projects.iter().find(|p| p["light"] == "green").unwrap();
        let row = row_of(&sheet, green["code"].as_str().unwrap());
        assert_eq!(text(&sheet, row, LIGHT_COL), "绿");
        assert_eq!(fill(&styles, row, 1), None, "a green row is not tinted");
        let light = fill(&styles, row, LIGHT_COL).unwrap();
        assert!(light.1 > light.0 && light.1 > light.2, "green: {light:?}");

        // The summary sheet: the figures of `summary`, percentages as percentages.
        let sum = wb.worksheet_range("汇总").unwrap();
        let sum_styles = wb.worksheet_style("汇总").unwrap();
        assert_eq!(
            number(&sum, row_of(&sum, "项目总数"), 1),
            r["summary"]["projects"].as_f64()
        );
        let rate = row_of(&sum, "开工率");
        let want = r["summary"]["start_rate"].as_f64().unwrap() / 100.0;
        assert!((number(&sum, rate, 1).unwrap() - want).abs() < 1e-9);
        let fmt = &sum_styles.get((rate, 1)).unwrap().number_format;
        assert!(
            fmt.as_ref().is_some_and(|f| f.format_code.contains('%')),
            "{fmt:?}"
        );
        assert_eq!(
            number(&sum, row_of(&sum, "红灯项目"), 1),
            r["summary"]["red"].as_f64()
        );

        // The rankings, in the JSON's order.
        let lead = wb.worksheet_range("按责任领导").unwrap();
        assert_eq!(text(&lead, HEADER_ROW, 1), "责任领导");
        for (i, g) in r["by_leader"].as_array().unwrap().iter().enumerate() {
            let row = HEADER_ROW + 1 + i as u32;
            assert_eq!(number(&lead, row, 0), g["rank"].as_f64());
            assert_eq!(text(&lead, row, 1), g["name"].as_str().unwrap());
        }
        let units = wb.worksheet_range("按责任单位").unwrap();
        assert_eq!(
            text(&units, HEADER_ROW + 1, 1),
            r["by_unit"][0]["name"].as_str().unwrap()
        );
    }
}

#[actix_web::test]
async fn html_is_a_printable_bulletin() {
    for db in backends() {
        let app = demo_app(&db).await;
        let (_, r) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-11-25",
            None,
        )
        .await;
        let (s, ct, cd, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-11-25&format=html",
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);
        assert_eq!(ct, "text/html; charset=utf-8");
        assert_eq!(cd, "inline; filename=\"inspection-2026-11-25.html\"");
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.contains("<title>督查通报 重点项目推进情况（截至 2026年11月25日）</title>"));
        assert!(html.contains("@page { size: A4;"));
        assert!(html.contains("thead { display: table-header-group; }"));
        assert!(html.contains("break-inside: avoid"));
        for p in r["projects"].as_array().unwrap() {
            assert!(html.contains(p["name"].as_str().unwrap()), "{}", p["name"]);
        }
        let red = r["projects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["light"] == "red")
            .count();
        assert_eq!(
            html.matches(r#"<span class="badge red">红</span>"#).count(),
            red
        );
        // Each overdue milestone with its working days overdue.
        let o = &r["projects"][0]["overdue"][0];
        assert!(
            html.contains(&format!(
                "<td>{}</td>\n      <td class=\"c date\">{}</td><td class=\"num\">{}</td>",
                o["title"].as_str().unwrap(),
                o["due"].as_str().unwrap(),
                o["working_days_overdue"]
            )),
            "{o}"
        );
        let leader = r["by_leader"][0]["name"].as_str().unwrap();
        // Names, stages and dates never break a character a line on the printed page.
        assert!(html.contains(&format!(
            "<td class=\"c\">1</td><td class=\"name\">{leader}</td>"
        )));
        assert!(html.contains("td.name, td.stage, td.date, td.lights { white-space: nowrap; }"));
        assert!(html.contains("开工率94.7%"), "the overview paragraph");
        assert!(!html.contains("与上期"), "no earlier report was issued");
    }
}

#[actix_web::test]
async fn names_are_escaped_in_html_and_kept_as_text_in_xlsx() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture(&app).await;
        let name = "<script>alert(1)</script>物流园 & 仓储";
        let (s, p) = call(&app, "POST", "/api/v1/projects", Some(json!({
            "code": "T-2", "name": name, "category": "services", "level": "district",
            "total_investment": 100_000_000, "planned_start": "2026-01-01", "planned_finish": "2027-06-30",
            "stage": "started", "stage_on": "2026-01-05",
            "leader_id": f["leader"]["id"], "unit_id": f["unit"]["id"], "person_id": f["person"]["id"],
            "assigned_on": "2026-01-01"
        })))
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {p}", db.name);

        let (s, _, _, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-06-15&format=html",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let html = String::from_utf8(bytes).unwrap();
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;物流园 &amp; 仓储"),
            "{html}"
        );
        assert!(!html.contains("<script"), "nothing executable in the page");

        let (s, _, _, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-06-15&format=xlsx",
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let sheet = open(bytes).worksheet_range("项目").unwrap();
        assert_eq!(text(&sheet, row_of(&sheet, "T-2"), 1), name);
    }
}

#[actix_web::test]
async fn unknown_formats_are_refused_and_an_empty_zone_still_renders() {
    for db in backends() {
        let app = app(db.state("2026-11-25")).await;
        for bad in ["pdf", "XLSX", ""] {
            let (s, body) = call(
                &app,
                "GET",
                &format!("/api/v1/reports/inspection?format={bad}"),
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

        // No projects yet: still a workbook with its sheets and a page, not an error.
        let (s, _, _, bytes) = fetch(&app, "/api/v1/reports/inspection?format=xlsx").await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);
        let mut wb = open(bytes);
        assert_eq!(wb.sheet_names().len(), 4);
        let sum = wb.worksheet_range("汇总").unwrap();
        assert_eq!(text(&sum, row_of(&sum, "开工率"), 1), "—");
        let sheet = wb.worksheet_range("项目").unwrap();
        assert_eq!(sheet.end().unwrap().0, HEADER_ROW, "headers only");
        let (s, _, _, bytes) = fetch(&app, "/api/v1/reports/inspection?format=html").await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            String::from_utf8(bytes)
                .unwrap()
                .contains("无逾期未完成节点")
        );
    }
}

#[test]
fn cli_writes_a_workbook_and_a_bulletin() {
    let dir = tempfile::tempdir().unwrap();
    let duban = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_duban"));
        c.current_dir(dir.path());
        for (k, _) in std::env::vars() {
            if k.starts_with("DUBAN_") {
                c.env_remove(k);
            }
        }
        c.env("DUBAN_LOG", "warn");
        c
    };
    let out = duban()
        .args(["seed", "--demo", "--anchor", "2026-11-25"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = duban()
        .args([
            "report",
            "inspection",
            "--as-of",
            "2026-11-25",
            "--format",
            "xlsx",
            "-o",
            "r.xlsx",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("19 projects"));
    let mut wb = open(std::fs::read(dir.path().join("r.xlsx")).unwrap());
    let sheet = wb.worksheet_range("项目").unwrap();
    assert_eq!(sheet.end().unwrap().0, HEADER_ROW + 19);
    let row = row_of(&sheet, "KP-2026-01");
    assert_eq!(text(&sheet, row, 1), "高端肉制品深加工项目");
    assert_eq!(
        number(&sheet, row, PLAN_COL),
        Some(60_000.0),
        "6亿元 in 万元"
    );

    let out = duban()
        .args([
            "report",
            "inspection",
            "--as-of",
            "2026-11-25",
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("@page"));

    let out = duban()
        .args(["report", "inspection", "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("xlsx"));
}

#[actix_web::test]
async fn changes_since_the_last_issued_report_appear_in_both_files() {
    for db in backends() {
        let app = demo_app(&db).await;
        let (s, issued) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(json!({"as_of": "2026-11-13"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {issued}", db.name);
        let (_, r) = call(
            &app,
            "GET",
            "/api/v1/reports/inspection?as_of=2026-11-25",
            None,
        )
        .await;
        let c = &r["changes"];
        let n = |k: &str| c[k].as_array().unwrap().len();
        let lines = n("newly_overdue") + n("resolved") + n("lights");
        assert!(n("newly_overdue") > 0 && n("lights") > 0, "{c}");
        let heading = format!(
            "与上期（{}，截至 2026年11月13日）相比",
            issued["title"].as_str().unwrap()
        );

        let (_, _, _, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-11-25&format=xlsx",
        )
        .await;
        let sum = open(bytes).worksheet_range("汇总").unwrap();
        let at = row_of(&sum, &heading);
        assert_eq!(text(&sum, at + 1, 0), "变化");
        let kinds: Vec<String> = (at + 2..at + 2 + lines as u32)
            .map(|r| text(&sum, r, 0))
            .collect();
        assert_eq!(
            kinds.iter().filter(|k| *k == "新增逾期").count(),
            n("newly_overdue")
        );
        assert_eq!(
            kinds.iter().filter(|k| *k == "灯色变化").count(),
            n("lights")
        );
        assert_eq!(text(&sum, at + 2 + lines as u32, 0), "", "no more lines");
        let first = &c["newly_overdue"][0];
        assert_eq!(
            text(&sum, at + 2, 1),
            first["project_code"].as_str().unwrap()
        );
        assert_eq!(text(&sum, at + 2, 3), first["title"].as_str().unwrap());

        let (_, _, _, bytes) = fetch(
            &app,
            "/api/v1/reports/inspection?as_of=2026-11-25&format=html",
        )
        .await;
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
        assert_eq!(
            html.matches("<td class=\"c\">灯色变化</td>").count(),
            n("lights")
        );
    }
}

/// An issued bulletin is printed and downloaded as it was issued: its number, the issuing
/// office and day, 抄送 from the settings in force when it was issued, page numbers; a
/// letterhead changed later does not change it.
#[actix_web::test]
async fn an_issued_bulletin_carries_its_number_office_date_and_cc() {
    for db in backends() {
        let mut state = db.state("2026-11-25");
        let letterhead = duban::store::reports::Letterhead {
            issuer: "开发区督查室".into(),
            cc: vec!["区委办公室".into(), "区政府办公室".into()],
        };
        state.scheduling = std::sync::Arc::new(duban::http::Scheduling {
            letterhead,
            ..Default::default()
        });
        duban::seed::demo::load(
            &mut db.conn(),
            &duban::store::Ctx::new("seed", state.clock.as_ref(), TZ),
        )
        .unwrap();
        let app = app(state).await;
        let (s, issued) = call(
            &app,
            "POST",
            "/api/v1/reports/inspection/issue",
            Some(json!({"as_of": "2026-11-20"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {issued}", db.name);
        assert_eq!(issued["issuer"], "开发区督查室");
        assert_eq!(issued["cc"], json!(["区委办公室", "区政府办公室"]));
        let id = &issued["id"];
        let serial = issued["serial"].as_i64().unwrap();

        let (s, ctype, disposition, body) = fetch(
            &app,
            &format!("/api/v1/reports/inspection/issued/{id}?format=html"),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert!(ctype.starts_with("text/html"), "{ctype}");
        assert!(disposition.contains(&format!("bulletin-2026-{serial:02}.html")));
        let html = String::from_utf8(body).unwrap();
        for want in [
            format!("2026年第{serial}期"),
            "开发区督查室".into(),
            "2026年11月25日".into(),
            "抄送：区委办公室、区政府办公室".into(),
            "counter(page)".into(),
            "截至 2026年11月20日".into(),
        ] {
            assert!(html.contains(&want), "{want} in the issued bulletin");
        }

        let (s, _, _, bytes) = fetch(
            &app,
            &format!("/api/v1/reports/inspection/issued/{id}?format=xlsx"),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let sum = open(bytes).worksheet_range("汇总").unwrap();
        let title = sum
            .get_value((0, 0))
            .map(|c| c.to_string())
            .unwrap_or_default();
        let note = sum
            .get_value((1, 0))
            .map(|c| c.to_string())
            .unwrap_or_default();
        assert_eq!(title, format!("督查通报 2026年第{serial}期"));
        assert!(
            note.contains("开发区督查室") && note.contains("抄送：区委办公室、区政府办公室"),
            "{note}"
        );
        // JSON as before; a format it does not know is refused by name.
        let (s, one) = call(
            &app,
            "GET",
            &format!("/api/v1/reports/inspection/issued/{id}"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(one["issuer"], "开发区督查室");
        let (s, err) = call(
            &app,
            "GET",
            &format!("/api/v1/reports/inspection/issued/{id}?format=pdf"),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err["error"]["fields"]["format"].is_string(), "{err}");
    }
}
