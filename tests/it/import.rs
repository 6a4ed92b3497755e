//! Ledger import on real SQLite and PostgreSQL: the demo ledger goes round trip through an
//! empty database; a second import changes nothing; an edited sheet changes the ledger
//! through its own actions (reschedules, reassignment, progress) with every change
//! audited; a bad sheet is refused whole with each bad cell named; the upload endpoint over
//! actix; and the sheets under `docs/examples/` read as documented.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use diesel::prelude::*;
use duban::db::DbConn;
use duban::domain::rules::Rules;
use duban::error::AppError;
use duban::export::ledger as sheet_out;
use duban::import::ledger::{self, Options, Summary};
use duban::store::Ctx;
use duban::store::ledger::LedgerRow;

const TODAY: &str = "2026-06-15";

fn ctx() -> Ctx {
    Ctx::new(
        "importer",
        &duban::clock::FixedClock::at_noon(d(TODAY), TZ),
        TZ,
    )
}

fn demo(db: &TestDb) -> DbConn {
    let mut conn = db.conn();
    duban::seed::demo::load(&mut conn, &ctx()).expect("demo");
    conn
}

fn rows(conn: &mut DbConn) -> Vec<LedgerRow> {
    duban::store::ledger::rows(conn, &system_on(TODAY), &Rules::default()).expect("ledger")
}

fn import(conn: &mut DbConn, bytes: &[u8], dry_run: bool) -> Result<Summary, AppError> {
    ledger::run(
        conn,
        &ctx(),
        bytes,
        None,
        dry_run,
        Options::default(),
        &mut |_| {},
    )
}

/// A CSV sheet of these rows with some cells replaced: (row index, header, text).
fn edited_csv(rows: &[LedgerRow], edits: &[(usize, &str, &str)]) -> Vec<u8> {
    let bytes = sheet_out::csv(rows).expect("csv");
    let mut grid = ledger::csv_grid(&bytes).expect("grid");
    for (i, header, text) in edits {
        let j = grid[0]
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("no column {header}"));
        grid[i + 1][j] = text.to_string();
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in grid {
        w.write_record(r).expect("write");
    }
    w.into_inner().expect("csv bytes")
}

/// Panics with the first line where two fingerprints differ (a whole one is too long to read).
fn assert_same(before: &str, after: &str, what: &str) {
    if let Err(d) = same(before, after) {
        panic!("{what}: {d}");
    }
}

fn same(before: &str, after: &str) -> Result<(), String> {
    match before.lines().zip(after.lines()).find(|(a, b)| a != b) {
        None if before == after => Ok(()),
        None => Err("one fingerprint is longer".into()),
        Some((a, b)) => {
            let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let show = |t: &str| {
                t.chars()
                    .skip(at.saturating_sub(80))
                    .take(300)
                    .collect::<String>()
            };
            Err(format!("before: …{}\nafter:  …{}", show(a), show(b)))
        }
    }
}

fn cells(e: AppError) -> Vec<(usize, String, String)> {
    match e {
        AppError::Sheet(cells) => cells
            .into_iter()
            .map(|c| {
                // Every reason reads in Chinese too, for the pages.
                assert!(
                    c.reason_zh != c.reason && c.reason_zh.chars().any(|ch| ch > '\u{3000}'),
                    "{c:?}"
                );
                (c.row, c.column, c.reason)
            })
            .collect(),
        other => panic!("a refused sheet, not {other:?}"),
    }
}

#[test]
fn the_ledger_goes_round_trip_through_an_empty_database() {
    for (source, target) in backends().into_iter().zip(backends()) {
        let mut a = demo(&source);
        let exported = rows(&mut a);
        assert_eq!(exported.len(), 19);
        let xlsx = sheet_out::xlsx(&exported).expect("xlsx");
        let csv = sheet_out::csv(&exported).expect("csv");

        let mut b = target.conn();
        let before = fingerprint(&mut b);
        let dry = import(&mut b, &xlsx, true).expect("dry run");
        assert_eq!(
            (dry.created.len(), dry.updated.len(), dry.unchanged),
            (19, 0, 0)
        );
        assert!(dry.dry_run);
        assert_same(&before, &fingerprint(&mut b), "a dry run writes nothing");

        let done = import(&mut b, &xlsx, false).expect("import");
        assert_eq!(done.created.len(), 19, "{}", target.name);
        assert_eq!(done.new_units.len(), 9);
        let back = rows(&mut b);
        assert_eq!(back, exported, "{}", target.name);
        assert_eq!(
            sheet_out::csv(&back).expect("csv"),
            csv,
            "the same file content"
        );

        // Once more, from either format: nothing changes, not even the audit log.
        let after = fingerprint(&mut b);
        for bytes in [&xlsx, &csv] {
            let again = import(&mut b, bytes, false).expect("again");
            assert!(again.nothing_changed, "{again:?}");
            assert_eq!(again.unchanged, 19);
        }
        assert_same(&after, &fingerprint(&mut b), target.name);
    }
}

#[test]
fn an_edited_sheet_changes_the_ledger_through_its_own_actions() {
    use duban::db::schema::{
        assignments, audit_log, milestones, people, progress_updates, projects, reschedules,
    };
    for db in backends() {
        let mut conn = demo(&db);
        let mut sheet = rows(&mut conn);
        let code = sheet[0].code.clone();
        let pid: i64 = projects::table
            .filter(projects::code.eq(&code))
            .select(projects::id)
            .first(&mut conn)
            .expect("project");
        // An open milestone, without a pending request, to move.
        let open: Vec<(i64, i32, String, chrono::NaiveDate)> = milestones::table
            .filter(milestones::project_id.eq(pid))
            .filter(milestones::completed_on.is_null())
            .order(milestones::ordinal)
            .select((
                milestones::id,
                milestones::ordinal,
                milestones::title,
                milestones::current_due,
            ))
            .load(&mut conn)
            .expect("milestones");
        let (mid, _, title, due) = open
            .into_iter()
            .find(|(id, ..)| {
                reschedules::table
                    .filter(reschedules::milestone_id.eq(*id))
                    .filter(reschedules::status.eq("pending"))
                    .count()
                    .get_result::<i64>(&mut conn)
                    .expect("count")
                    == 0
            })
            .expect("an open milestone");
        let at = sheet[0]
            .milestones
            .iter()
            .position(|(_, t)| *t == title)
            .expect("in the sheet");
        // Later than it stood, and not into the past (a date before today is refused).
        let moved = (due + chrono::Duration::days(30)).max(d("2026-07-15"));
        sheet[0].milestones[at].0 = moved;
        sheet[0]
            .milestones
            .push((d("2028-12-31"), "竣工验收备案".into()));
        sheet[0].name = format!("{}（调整）", sheet[0].name);
        sheet[0].person = "新责任人".into();
        sheet[0].email = "new.person@example.gov.cn".into();
        sheet[0].progress = "按调整后的节点推进。".into();
        let audits: i64 = audit_log::table
            .count()
            .get_result(&mut conn)
            .expect("count");

        let bytes = sheet_out::xlsx(&sheet).expect("xlsx");
        let s = import(&mut conn, &bytes, false).expect("import");
        assert_eq!(
            (s.created.len(), s.updated.len(), s.unchanged),
            (0, 1, 18),
            "{s:?}"
        );
        let changes = &s.updated[0].changes;
        assert!(changes.contains(&"项目名称".to_string()), "{changes:?}");
        assert!(
            changes.contains(&format!("节点{} {due} → {moved}", at + 1)),
            "{changes:?}"
        );
        assert!(
            changes
                .iter()
                .any(|c| c.starts_with("责任人 ") && c.ends_with("→ 新责任人")),
            "{changes:?}"
        );
        assert_eq!(s.new_people, vec!["新责任人".to_string()]);

        // The move is an approved reschedule; the baseline stays.
        let (baseline, current): (chrono::NaiveDate, chrono::NaiveDate) = milestones::table
            .find(mid)
            .select((milestones::baseline_due, milestones::current_due))
            .first(&mut conn)
            .expect("milestone");
        assert_eq!(current, moved);
        assert!(baseline <= due);
        let (status, reason): (String, String) = reschedules::table
            .filter(reschedules::milestone_id.eq(mid))
            .order(reschedules::id.desc())
            .select((reschedules::status, reschedules::reason))
            .first(&mut conn)
            .expect("reschedule");
        assert_eq!((status.as_str(), reason.as_str()), ("approved", "台帐导入"));
        // The new person answers from today; the old assignment is closed.
        let person: i64 = assignments::table
            .filter(assignments::project_id.eq(pid))
            .filter(assignments::end_on.is_null())
            .select(assignments::person_id)
            .first(&mut conn)
            .expect("assignment");
        let email: Option<String> = people::table
            .find(person)
            .select(people::email)
            .first(&mut conn)
            .expect("person");
        assert_eq!(email.as_deref(), Some("new.person@example.gov.cn"));
        let latest: String = progress_updates::table
            .filter(progress_updates::project_id.eq(pid))
            .order((
                progress_updates::reported_on.desc(),
                progress_updates::id.desc(),
            ))
            .select(progress_updates::progress)
            .first(&mut conn)
            .expect("progress");
        assert_eq!(latest, "按调整后的节点推进。");
        let by_importer: i64 = audit_log::table
            .filter(audit_log::id.gt(audits))
            .filter(audit_log::actor.eq("importer"))
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert!(by_importer >= 6, "every change audited: {by_importer}");
        let entry: i64 = progress_updates::table
            .filter(progress_updates::project_id.eq(pid))
            .order(progress_updates::id.desc())
            .select(progress_updates::id)
            .first(&mut conn)
            .expect("the new entry");
        let audited: i64 = audit_log::table
            .filter(audit_log::entity.eq("progress_update"))
            .filter(audit_log::entity_id.eq(entry.to_string()))
            .filter(audit_log::action.eq("create"))
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert_eq!(audited, 1, "the progress entry has its own audit record");
        assert_eq!(rows(&mut conn)[0], sheet[0], "{}", db.name);

        let again = import(&mut conn, &bytes, false).expect("again");
        assert!(again.nothing_changed, "{again:?}");
    }
}

#[test]
fn a_bad_sheet_is_refused_whole_with_every_bad_cell_named() {
    for db in backends() {
        let mut conn = demo(&db);
        let sheet = rows(&mut conn);
        let first = sheet[0].code.clone();
        let bytes = edited_csv(
            &sheet,
            &[
                (0, "项目名称", "改了名字"),
                (1, "责任领导", "不存在的领导"),
                (2, "竣工时间", "明年年底"),
                (3, "总投资(万元)", "-5"),
                (4, "项目编号", &first),
                (5, "电子邮箱", "not-an-email"),
            ],
        );
        let before = fingerprint(&mut conn);
        let got = cells(import(&mut conn, &bytes, false).expect_err("refused"));
        let at = |row: usize, col: &str| got.iter().any(|(r, c, _)| *r == row && c == col);
        assert!(at(3, "责任领导"), "{got:?}");
        assert!(
            got.iter()
                .any(|(_, _, why)| why.contains("unknown leader 不存在的领导")),
            "{got:?}"
        );
        assert!(
            at(4, "竣工时间") && at(5, "总投资(万元)") && at(6, "项目编号") && at(7, "电子邮箱"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(r, ..)| *r == 2), "row 2 is good: {got:?}");
        assert_same(
            &before,
            &fingerprint(&mut conn),
            "nothing written, not even row 2",
        );
    }
}

#[actix_web::test]
async fn the_upload_endpoint_imports_and_refuses_like_the_rest_of_the_api() {
    for db in backends() {
        let mut conn = demo(&db);
        let app = app(db.state(TODAY)).await;
        let mut sheet = rows(&mut conn);
        sheet[2].name = "上传改名".into();
        let xlsx = sheet_out::xlsx(&sheet).expect("xlsx");
        let post = |ct: String, body: Vec<u8>| {
            actix_web::test::TestRequest::post()
                .uri("/api/v1/import/ledger")
                .insert_header(bearer(ADMIN_TOKEN))
                .insert_header(("content-type", ct))
                .set_payload(body)
                .to_request()
        };

        // The token's first use is recorded; after that a refused call changes nothing.
        call(&app, "GET", "/api/v1/projects", None).await;
        let before = fingerprint(&mut conn);
        let (ct, body) = multipart(&[("dry_run", "true")], Some(&xlsx));
        let (s, b) = send(&app, post(ct, body)).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["dry_run"], true);
        assert_eq!(b["updated"][0]["code"], sheet[2].code.as_str(), "{b}");
        assert_eq!(b["unchanged"], 18);
        assert_same(&before, &fingerprint(&mut conn), "a dry run writes nothing");

        let (ct, body) = multipart(&[], Some(&xlsx));
        let (s, b) = send(&app, post(ct, body)).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["updated"][0]["changes"][0], "项目名称", "{b}");
        let (_, p) = call(
            &app,
            "GET",
            &format!("/api/v1/projects/{}", sheet[2].code),
            None,
        )
        .await;
        assert_eq!(p["name"], "上传改名", "{p}");
        let audited: i64 = duban::db::schema::audit_log::table
            .filter(duban::db::schema::audit_log::actor.eq("tester"))
            .count()
            .get_result(&mut conn)
            .expect("count");
        assert!(audited >= 1, "the change is the uploader's");

        // Refusals: each in the API's error shape, naming the field, changing nothing.
        let before = fingerprint(&mut conn);
        let bad = edited_csv(&sheet, &[(1, "开工时间", "2026-02-30")]);
        let (ct, body) = multipart(&[], Some(&bad));
        let (s, b) = send(&app, post(ct, body)).await;
        let f = assert_error(s, &b, StatusCode::UNPROCESSABLE_ENTITY, "invalid_sheet");
        assert!(f["file"].is_string(), "{b}");
        assert_eq!(b["error"]["cells"][0]["row"], 3, "{b}");
        assert_eq!(b["error"]["cells"][0]["column"], "开工时间", "{b}");

        let (ct, body) = multipart(&[("dry_run", "true")], None);
        let (s, b) = send(&app, post(ct, body)).await;
        let f = assert_error(s, &b, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f["file"].is_string(), "{b}");

        let (ct, body) = multipart(&[("dry_run", "maybe")], Some(&xlsx));
        let (s, b) = send(&app, post(ct, body)).await;
        let f = assert_error(s, &b, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f["dry_run"].is_string(), "{b}");

        let (ct, body) = multipart(&[("sheets", "台帐")], Some(&xlsx));
        let (s, b) = send(&app, post(ct, body)).await;
        let f = assert_error(s, &b, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(f["sheets"].is_string(), "{b}");

        let (ct, body) = multipart(&[("sheet", "没有这页")], Some(&xlsx));
        let (s, b) = send(&app, post(ct, body)).await;
        let f = assert_error(s, &b, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
        assert!(
            f["file"].as_str().is_some_and(|m| m.contains("没有这页")),
            "{b}"
        );

        let (ct, body) = multipart(&[], Some(b"\x00\x01 not a sheet at all"));
        let (s, b) = send(&app, post(ct, body)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");

        let (s, b) = send(&app, post("application/json".into(), b"{}".to_vec())).await;
        assert_error(
            s,
            &b,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        );

        let big = vec![b'x'; 5 * 1024 * 1024];
        let (ct, body) = multipart(&[], Some(&big));
        let (s, b) = send(&app, post(ct, body)).await;
        assert_error(s, &b, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
        assert_same(&before, &fingerprint(&mut conn), db.name);
    }
}

fn example_file(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/examples")
            .join(name),
    )
    .unwrap_or_else(|e| panic!("docs/examples/{name}: {e}"))
}

#[test]
fn the_template_reads_as_its_example_row() {
    for name in ["ledger-template.xlsx", "ledger-template.csv"] {
        let grid = ledger::grid_of(&example_file(name), None).expect("readable");
        let got: Vec<LedgerRow> = ledger::parse(&grid)
            .expect("valid")
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(got, vec![sheet_out::example()], "{name}");
    }
}

/// Sheets as other programs save them read the template's own dates: a workbook with the
/// 1904 date system (Excel for Mac, some WPS exports: day numbers from 1904-01-01, which read
/// as the 1900 system land 1,462 days early) and an OpenDocument sheet whose date cells carry
/// a time of day (`2027-03-01T00:00:00`). Both files are made by `tests/sheets/make.py`.
#[test]
fn sheets_saved_with_1904_dates_or_dated_times_read_their_dates() {
    for name in ["ledger-1904.xlsx", "ledger-datetime.ods"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/sheets")
            .join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let grid = ledger::grid_of(&bytes, None).expect("readable");
        let got: Vec<LedgerRow> = ledger::parse(&grid)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"))
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        assert_eq!(got, vec![sheet_out::example()], "{name}");
    }
}

/// The messy sheet: a merged title and a note line above the table, 序号 and 备注 columns,
/// a 亿元 column, a full-width code, dates as Excel date cells, serial numbers, 2026/12/31,
/// 2027年12月31日 and padded text, a note row under the table, a second tab of notes.
#[test]
fn the_messy_example_imports_as_an_office_would_expect() {
    let bytes = example_file("ledger-messy.xlsx");
    for db in backends() {
        let mut conn = db.conn();
        let s = import(&mut conn, &bytes, false).expect("imports");
        assert_eq!(s.created, vec!["JK-2026-01", "JK-2026-02", "JK-2026-03"]);
        assert_eq!(s.warnings.len(), 1, "王强 has no email: {:?}", s.warnings);
        assert_eq!(
            s.new_people.len(),
            5,
            "张卫东 leads two projects: {:?}",
            s.new_people
        );
        let got = rows(&mut conn);
        let one = &got[0];
        assert_eq!(one.total_investment, 1_250_000_000, "12.5 亿元");
        assert_eq!(one.annual_plan, Some(300_000_000));
        assert_eq!(one.completed_to_date, 80_005_000, "the opening figure");
        assert_eq!((one.start, one.finish), (d("2026-03-01"), d("2027-12-31")));
        assert_eq!(one.level, "市重点");
        assert_eq!(one.email, "li.na@example.gov.cn");
        assert_eq!(
            one.milestones,
            vec![
                (d("2026-06-30"), "主体开工".to_string()),
                (d("2026-12-31"), "主体封顶".into())
            ]
        );
        assert_eq!(
            (got[1].start, got[1].finish),
            (d("2026-03-01"), d("2026-12-31"))
        );
        assert_eq!(got[1].problems, "施工许可证待批");
        assert_eq!(got[2].stage, "签约");
    }
    let grid = ledger::grid_of(&bytes, Some("填表说明")).expect("the notes tab");
    assert!(ledger::parse(&grid).is_err(), "a tab of notes is no ledger");
}

/// Two imports of the same new sheet at once: one creates the projects, the other finds
/// them made (on PostgreSQL it waits for the first) or, on SQLite, is refused whole because
/// the ledger changed under it. Never a project twice, never half a sheet.
#[test]
fn imports_at_once_do_not_write_the_same_sheet_twice() {
    for (source, target) in backends().into_iter().zip(backends()) {
        let sheet = sheet_out::xlsx(&rows(&mut demo(&source))).expect("xlsx");
        let results: Vec<Result<Summary, AppError>> = std::thread::scope(|s| {
            let runs: Vec<_> = (0..2)
                .map(|_| {
                    let (sheet, url) = (&sheet, &target.url);
                    s.spawn(move || {
                        let mut conn = duban::db::establish(url).expect("connect");
                        import(&mut conn, sheet, false)
                    })
                })
                .collect();
            runs.into_iter()
                .map(|r| r.join().expect("no panic"))
                .collect()
        });
        let created: Vec<usize> = results
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .map(|s| s.created.len())
            .collect();
        assert!(created.contains(&19), "{results:?}");
        for r in &results {
            match r {
                Ok(s) => assert!(s.created.len() == 19 || s.nothing_changed, "{s:?}"),
                Err(e) => assert!(
                    target.name == "sqlite" && !matches!(e, AppError::Internal(_)),
                    "{}: {e:?}",
                    target.name
                ),
            }
        }
        let mut conn = target.conn();
        assert_eq!(rows(&mut conn).len(), 19, "{}", target.name);
    }
}

/// The reason a sheet was refused as a whole (the `file` field).
fn file_refusal(e: AppError) -> String {
    match e {
        AppError::Validation(f) => f.0.get("file").cloned().unwrap_or_default(),
        other => panic!("a refused file, not {other:?}"),
    }
}

#[test]
fn a_workbook_that_inflates_past_the_cap_is_refused_by_its_part() {
    use std::io::Write;
    // 5 MB of zip that would inflate to gigabytes is the attack; 40 MB of repeated shared
    // strings in a few hundred kilobytes shows the same refusal in a test's time.
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("[Content_Types].xml", deflated).unwrap();
    w.write_all(b"<Types/>").unwrap();
    w.start_file("xl/sharedStrings.xml", deflated).unwrap();
    let chunk = "<si><t>统计局</t></si>".repeat(4096);
    for _ in 0..(40 * 1024 * 1024 / chunk.len()) {
        w.write_all(chunk.as_bytes()).unwrap();
    }
    let bytes = w.finish().unwrap().into_inner();
    assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
    for db in backends() {
        let mut conn = demo(&db);
        let before = fingerprint(&mut conn);
        let why = file_refusal(import(&mut conn, &bytes, true).expect_err("refused"));
        assert!(
            why.contains("xl/sharedStrings.xml") && why.contains("MB"),
            "{why}"
        );
        assert_eq!(before, fingerprint(&mut conn), "{}", db.name);
    }
}

#[test]
fn a_formula_without_a_computed_value_is_refused_by_its_cell() {
    for db in backends() {
        let mut conn = demo(&db);
        let grid = ledger::csv_grid(&sheet_out::csv(&rows(&mut conn)).unwrap()).unwrap();
        let col = grid[0].iter().position(|h| h == "总投资(万元)").unwrap();
        // A program wrote the workbook: the formula's saved value is a placeholder.
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (r, row) in grid.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if (r, c) == (1, col) {
                    sheet.write_formula(r as u32, c as u16, "=1000*2").unwrap();
                } else {
                    sheet.write_string(r as u32, c as u16, text).unwrap();
                }
            }
        }
        let bytes = book.save_to_buffer().unwrap();
        let before = fingerprint(&mut conn);
        let why = file_refusal(import(&mut conn, &bytes, false).expect_err("refused"));
        let letter = (b'A' + col as u8) as char;
        assert!(
            why.contains(&format!("row 2, column {letter}")) && why.contains("=1000*2"),
            "{why}"
        );
        assert_eq!(before, fingerprint(&mut conn), "{}", db.name);
    }
}
