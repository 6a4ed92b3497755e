//! A ledger sheet as offices make it, read into [`LedgerRow`]s: the cells of a workbook's
//! sheet (the first, or the one named) or of a CSV file as text, the header row found below
//! any title rows, each column matched by its header (`domain::sheet`), and every row parsed
//! with each bad cell reported by its sheet row and header. [`run`] then takes the rows to
//! the database through `domain::ledger_import` (what changes) and `store::ledger_import`
//! (writing it), the one path the CLI and the API share.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader};

use crate::domain::project::{Category, Level};
use crate::domain::sheet::{self, Column};
use chrono::Datelike;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::DbConn;
pub use crate::domain::ledger_import::Options;
pub use crate::domain::sheet::{CellError, LedgerRow};
use crate::domain::sheet::{Reason, why};
use crate::domain::stage::Stage;
use crate::domain::{self, ledger_import::Change, ledger_import::Plan};
use crate::error::{AppError, AppResult};
use crate::store::{Ctx, ledger_import};

fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // A date cell, read by calamine in the workbook's own date system (1900 or 1904:
        // Excel for Mac and some WPS exports count from 1904-01-01), as an ISO date.
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        // An OpenDocument date cell, which may carry a time of day (`2027-03-01T00:00:00`):
        // the date reader takes the date of it.
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The most one part of a zipped workbook (a sheet, the shared strings) may inflate to.
pub const MAX_PART_BYTES: u64 = 32 * 1024 * 1024;
/// The most all parts of a zipped workbook together may inflate to.
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;

/// XLSX and ODS files are zip archives: a few megabytes can inflate to gigabytes (a "zip
/// bomb"), which the workbook reader would hold in memory. Every part is inflated here
/// first, into nothing, counting; its declared size is not trusted. Returns whether the
/// workbook asks to be recalculated when opened (`fullCalcOnLoad`): its formulas' saved
/// values were then never computed by a spreadsheet, but written as placeholders by a
/// program.
fn inspect_zip(bytes: &[u8]) -> Result<bool, String> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(false);
    }
    let mut stale = false;
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a workbook: {e}"))?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| format!("not a workbook: {e}"))?;
        let name = part
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| format!("part {i}"));
        let mut limited = std::io::Read::take(&mut part, MAX_PART_BYTES + 1);
        let size = if name == "xl/workbook.xml" {
            let mut xml = Vec::new();
            let n = std::io::copy(&mut limited, &mut xml)
                .map_err(|e| format!("{name}: cannot be read: {e}"))?;
            stale = String::from_utf8_lossy(&xml).contains("fullCalcOnLoad=\"1\"");
            n
        } else {
            std::io::copy(&mut limited, &mut std::io::sink())
                .map_err(|e| format!("{name}: cannot be read: {e}"))?
        };
        if size > MAX_PART_BYTES {
            return Err(format!(
                "{name} inflates to more than {} MB: not a ledger sheet",
                MAX_PART_BYTES / (1024 * 1024)
            ));
        }
        total += size;
        if total > MAX_INFLATED_BYTES {
            return Err(format!(
                "the workbook inflates to more than {} MB (at {name}): not a ledger sheet",
                MAX_INFLATED_BYTES / (1024 * 1024)
            ));
        }
    }
    Ok(stale)
}

/// The cells of a workbook (`.xlsx`, `.xls`, `.ods`) as text: the sheet named, or the first.
/// A formula is read as the value the spreadsheet computed and saved with it; one saved
/// without any (as some libraries write them) is refused by its cell, never read as empty.
pub fn workbook_grid(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Vec<String>>, String> {
    let stale = inspect_zip(bytes)?;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| format!("not a workbook: {e}"))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| format!("no sheet named {s} (there are: {})", names.join(", ")))?,
        None => names.first().cloned().ok_or("the workbook has no sheet")?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| format!("{name}: {e}"))?;
    if let Ok(formulas) = book.worksheet_formula(&name) {
        for (r, c, f) in formulas.used_cells() {
            let (row, col) = formulas
                .start()
                .map_or((r, c), |(top, left)| (top as usize + r, left as usize + c));
            let saved = range.get_value((row as u32, col as u32));
            if !f.is_empty() && (stale || saved.is_none_or(|v| *v == Data::Empty)) {
                return Err(format!(
                    "row {}, column {}: the formula ={f} has no value computed by a \
                     spreadsheet; open and save the sheet in Excel or WPS, or type the value",
                    row + 1,
                    column_letters(col)
                ));
            }
        }
    }
    // The range starts at its first used cell: keep the sheet's own row numbers.
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut grid: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for r in range.rows() {
        let mut row = vec![String::new(); left as usize];
        row.extend(r.iter().map(cell_text));
        grid.push(row);
    }
    Ok(grid)
}

/// A column as spreadsheets name it: 0 → A, 25 → Z, 26 → AA.
fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// The cells of a CSV file (UTF-8, with or without a byte-order mark).
pub fn csv_grid(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut r = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    r.records()
        .map(|rec| {
            rec.map(|rec| rec.iter().map(str::to_string).collect())
                .map_err(|e| format!("not a CSV file in UTF-8: {e}"))
        })
        .collect()
}

/// The header row: the first with at least three columns the ledger knows (rows above it
/// are titles and notes).
fn header_row(grid: &[Vec<String>]) -> Option<(usize, BTreeMap<usize, Column>)> {
    grid.iter().enumerate().find_map(|(i, row)| {
        let cols: BTreeMap<usize, Column> = row
            .iter()
            .enumerate()
            .filter_map(|(j, h)| sheet::column_of(h).map(|c| (j, c)))
            .collect();
        (cols.len() >= 3).then_some((i, cols))
    })
}

const REQUIRED: [(Column, &str); 7] = [
    (Column::Code, "项目编号"),
    (Column::Name, "项目名称"),
    (Column::Leader, "责任领导"),
    (Column::Unit, "责任单位"),
    (Column::Person, "责任人"),
    (Column::Start, "开工时间"),
    (Column::Finish, "竣工时间"),
];

/// Every data row of the sheet as a ledger row, or every problem found (all of them, so
/// that one pass fixes the sheet).
pub fn parse(grid: &[Vec<String>]) -> Result<Vec<(usize, LedgerRow)>, Vec<CellError>> {
    let (rows, errors) = parse_all(grid);
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// The rows that read well, and the problems of the others (so that the rules of the
/// import can still be checked on the good rows, and every problem reported at once).
pub fn parse_all(grid: &[Vec<String>]) -> (Vec<(usize, LedgerRow)>, Vec<CellError>) {
    let Some((h, cols)) = header_row(grid) else {
        return (
            Vec::new(),
            vec![CellError::new(
                1,
                "",
                why(
                    "no header row: expected columns such as 项目编号, 项目名称, 责任领导",
                    "找不到表头行：应有“项目编号”“项目名称”“责任领导”等列",
                ),
            )],
        );
    };
    let mut errors = Vec::new();
    for (c, name) in REQUIRED {
        if !cols.values().any(|v| *v == c) {
            errors.push(CellError::new(
                h + 1,
                name,
                why("this column is missing", "缺少此列"),
            ));
        }
    }
    if !errors.is_empty() {
        return (Vec::new(), errors);
    }
    let Some(headers) = grid.get(h) else {
        return (Vec::new(), errors);
    };
    let mut rows = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, raw) in grid.iter().enumerate().skip(h + 1) {
        let line = i + 1;
        // Not a project: a blank line, a note under the table (注：…) written across
        // columns the ledger does not know, or a total row (合计).
        let cell = |j: &usize| raw.get(*j).map_or("", |c| c.trim());
        if cols.keys().all(|j| cell(j).is_empty())
            || cols.iter().any(|(j, c)| {
                matches!(c, Column::Code | Column::Name)
                    && matches!(
                        cell(j).replace([' ', '\u{3000}'], "").as_str(),
                        "合计" | "总计" | "小计"
                    )
            })
        {
            continue;
        }
        let before = errors.len();
        let mut bad = |j: usize, reason: Reason| {
            let column = headers.get(j).map_or("", |h| h.trim());
            errors.push(CellError::new(line, column, reason));
        };
        let mut r = LedgerRow {
            code: String::new(),
            name: String::new(),
            category: Category::Other.zh().into(),
            level: Level::District.zh().into(),
            location: String::new(),
            total_investment: 0,
            annual_plan: None,
            completed_to_date: 0,
            leader: String::new(),
            unit: String::new(),
            person: String::new(),
            phone: String::new(),
            email: String::new(),
            start: chrono::NaiveDate::MIN,
            finish: chrono::NaiveDate::MIN,
            stage: Stage::Signed.zh().into(),
            milestones: Vec::new(),
            progress: String::new(),
            problems: String::new(),
        };
        let mut pairs: BTreeMap<u32, (Option<chrono::NaiveDate>, Option<String>)> = BTreeMap::new();
        let mut present = std::collections::BTreeSet::new();
        for (&j, &col) in &cols {
            let text = sheet::unguard(raw.get(j).map(|s| s.trim()).unwrap_or(""));
            if text.is_empty() {
                continue;
            }
            present.insert(col);
            let plain = || sheet::fold_width(text).trim().to_string();
            match col {
                Column::Code => r.code = plain(),
                Column::Name => r.name = text.to_string(),
                Column::Category => {
                    match sheet::named(&Category::ALL, text, Category::zh, Category::parse) {
                        Some(c) => r.category = c.zh().into(),
                        None => bad(
                            j,
                            why(
                                format!(
                                    "{text} is not a category (工业, 基础设施, 服务业, 农业, 社会事业, 其他)"
                                ),
                                format!(
                                    "“{text}”不是项目类别（工业、基础设施、服务业、农业、社会事业、其他）"
                                ),
                            ),
                        ),
                    }
                }
                // 市级 is how many offices write 市重点.
                Column::Level => {
                    match sheet::named(&Level::ALL, text, Level::zh, Level::parse).or_else(|| {
                        sheet::named(
                            &Level::ALL,
                            &text.replace('级', "重点"),
                            Level::zh,
                            Level::parse,
                        )
                    }) {
                        Some(l) => r.level = l.zh().into(),
                        None => bad(
                            j,
                            why(
                                format!("{text} is not a level (省重点, 市重点, 区重点)"),
                                format!("“{text}”不是项目级别（省重点、市重点、区重点）"),
                            ),
                        ),
                    }
                }
                Column::Stage => match sheet::named(&Stage::ALL, text, Stage::zh, Stage::parse) {
                    Some(s) => r.stage = s.zh().into(),
                    None => bad(
                        j,
                        why(
                            format!("{text} is not a stage (签约, 开工, 在建, 竣工, 投产, 停缓建)"),
                            format!("“{text}”不是建设阶段（签约、开工、在建、竣工、投产、停缓建）"),
                        ),
                    ),
                },
                Column::Location => r.location = text.to_string(),
                Column::TotalInvestment | Column::AnnualPlan | Column::CompletedToDate => {
                    // A column headed in 亿元 holds bare numbers in 亿元.
                    let in_yi = headers.get(j).is_some_and(|h| h.contains('亿'))
                        && !text.ends_with(['元', '万', '亿']);
                    let amount = if in_yi {
                        sheet::parse_amount(&format!("{text}亿"))
                    } else {
                        sheet::parse_amount(text)
                    };
                    match amount {
                        Ok(y) if col == Column::TotalInvestment => r.total_investment = y,
                        Ok(y) if col == Column::AnnualPlan => r.annual_plan = Some(y),
                        Ok(y) => r.completed_to_date = y,
                        Err(e) => bad(j, e),
                    }
                }
                Column::Leader => r.leader = text.to_string(),
                Column::Unit => r.unit = text.to_string(),
                Column::Person => r.person = text.to_string(),
                Column::Phone => r.phone = plain(),
                Column::Email => r.email = crate::domain::validate::normal_email(&plain()),
                Column::Start | Column::Finish => match sheet::parse_date(text) {
                    Ok(d) if col == Column::Start => r.start = d,
                    Ok(d) => r.finish = d,
                    Err(e) => bad(j, e),
                },
                Column::Milestone(n) => match sheet::parse_milestone(text) {
                    Ok((d, t)) => {
                        pairs.insert(n, (Some(d), Some(t)));
                    }
                    Err(e) => bad(j, e),
                },
                Column::MilestoneDate(n) => match sheet::parse_date(text) {
                    Ok(d) => pairs.entry(n).or_default().0 = Some(d),
                    Err(e) => bad(j, e),
                },
                Column::MilestoneTitle(n) => pairs.entry(n).or_default().1 = Some(text.to_string()),
                Column::Progress => r.progress = text.to_string(),
                Column::Problems => r.problems = text.to_string(),
            }
        }
        for (c, name) in REQUIRED {
            if !present.contains(&c) {
                errors.push(CellError::new(line, name, why("empty", "未填写")));
            }
        }
        for (n, pair) in pairs {
            match pair {
                (Some(d), Some(t)) => r.milestones.push((d, t)),
                (None, Some(_)) => errors.push(CellError::new(
                    line,
                    format!("节点{n}时间"),
                    why("the milestone has no date", "节点缺少时间"),
                )),
                (Some(_), None) => errors.push(CellError::new(
                    line,
                    format!("节点{n}内容"),
                    why("the milestone has no title", "节点缺少内容"),
                )),
                (None, None) => {}
            }
        }
        // Only two dates that were read can be out of order.
        if r.start != chrono::NaiveDate::MIN
            && r.finish != chrono::NaiveDate::MIN
            && r.finish < r.start
        {
            errors.push(CellError::new(
                line,
                "竣工时间",
                why(
                    format!("{} is before the start {}", r.finish, r.start),
                    format!("竣工时间 {} 早于开工时间 {}", r.finish, r.start),
                ),
            ));
        }
        if !r.code.is_empty()
            && let Some(first) = seen.insert(r.code.clone(), line)
        {
            errors.push(CellError::new(
                line,
                "项目编号",
                why(
                    format!("{} is also on row {first}", r.code),
                    format!("{} 与第 {first} 行重复", r.code),
                ),
            ));
        }
        if errors.len() == before {
            rows.push((line, r));
        }
    }
    (rows, errors)
}

/// The cells of an uploaded file: a workbook when its bytes say so (XLSX and ODS are zip
/// files, XLS an OLE file), otherwise CSV. A file name is not trusted to tell.
pub fn grid_of(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Vec<String>>, String> {
    let workbook = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    match (workbook, sheet) {
        (true, _) => workbook_grid(bytes, sheet),
        (false, None) => csv_grid(bytes),
        (false, Some(_)) => Err("a CSV file has no sheets: leave out the sheet name".into()),
    }
}

/// What an import did, or would do with `dry_run`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Summary {
    pub dry_run: bool,
    /// Every row matches the ledger: nothing was (or would be) written.
    pub nothing_changed: bool,
    /// Data rows read.
    pub rows: usize,
    /// Codes of the projects created.
    pub created: Vec<String>,
    pub updated: Vec<UpdatedRow>,
    /// Rows that match the ledger already.
    pub unchanged: usize,
    /// Names of the people and units created.
    pub new_people: Vec<String>,
    pub new_units: Vec<String>,
    /// People whose email or phone the sheet filled in.
    pub contacts_updated: usize,
    /// Left as they were, and why.
    pub warnings: Vec<CellError>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UpdatedRow {
    pub row: usize,
    pub code: String,
    /// What changed, in the sheet's words.
    pub changes: Vec<String>,
}

impl Summary {
    fn of(plan: &Plan, dry_run: bool) -> Self {
        let mut s = Summary {
            dry_run,
            nothing_changed: plan.is_empty(),
            rows: plan.rows.len(),
            created: Vec::new(),
            updated: Vec::new(),
            unchanged: 0,
            new_people: plan.new_people.iter().map(|p| p.name.clone()).collect(),
            new_units: plan.new_units.clone(),
            contacts_updated: plan.contacts.len(),
            warnings: plan.warnings.clone(),
        };
        for r in &plan.rows {
            match &r.change {
                Change::Create(_) => s.created.push(r.code.clone()),
                Change::Update(_, changes) => s.updated.push(UpdatedRow {
                    row: r.row,
                    code: r.code.clone(),
                    changes: changes.clone(),
                }),
                Change::Unchanged => s.unchanged += 1,
            }
        }
        s
    }
}

/// How far an import has come, for a progress bar.
pub enum Step {
    /// The file is read and checked: this many rows will be written.
    Checked(usize),
    /// This many rows are written.
    Written(usize),
}

/// Reads a ledger file and brings the database in line with it, all or nothing: the one
/// path the CLI and the API share. A bad sheet is refused with every bad cell named.
pub fn run(
    conn: &mut DbConn,
    ctx: &Ctx,
    bytes: &[u8],
    sheet: Option<&str>,
    dry_run: bool,
    opts: Options,
    progress: &mut dyn FnMut(Step),
) -> AppResult<Summary> {
    crate::store::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    let grid = grid_of(bytes, sheet).map_err(|why| AppError::field("file", why))?;
    let (rows, mut errors) = parse_all(&grid);
    drop(grid);
    let year = ctx.today.year();
    let codes: Vec<String> = rows.iter().map(|(_, r)| r.code.clone()).collect();
    // Compared and written in one transaction, one import at a time: what is written is
    // what was compared (SQLite refuses the write if another came in between; on PostgreSQL
    // imports wait for each other).
    diesel::Connection::transaction(conn, |conn| {
        one_import_at_a_time(conn)?;
        let snap = ledger_import::snapshot(conn, &codes, year)?;
        let planned = domain::ledger_import::plan(&rows, &snap, opts);
        drop(snap);
        let plan = match planned {
            Ok(plan) if errors.is_empty() => plan,
            Ok(_) => return Err(AppError::Sheet(std::mem::take(&mut errors))),
            Err(more) => {
                errors.extend(more);
                errors.sort_by_key(|e| e.row);
                return Err(AppError::Sheet(std::mem::take(&mut errors)));
            }
        };
        let summary = Summary::of(&plan, dry_run);
        progress(Step::Checked(plan.rows.len()));
        if !dry_run && !plan.is_empty() {
            ledger_import::apply(conn, ctx, &plan, year, &mut |n| progress(Step::Written(n)))?;
        }
        Ok(summary)
    })
}

/// A preview whose sheet is kept for the importer, so that the next step imports exactly
/// what was previewed without choosing the file again: the token names it (`None` when the
/// sheet would change nothing).
pub fn preview_keeping(
    conn: &mut DbConn,
    ctx: &Ctx,
    bytes: Vec<u8>,
    sheet: Option<String>,
    opts: Options,
) -> AppResult<(Summary, Option<String>)> {
    let summary = run(conn, ctx, &bytes, sheet.as_deref(), true, opts, &mut |_| {})?;
    let token = if summary.nothing_changed {
        None
    } else {
        let kept = ledger_import::Kept {
            file: bytes,
            sheet,
            new_leaders: opts.new_leaders,
        };
        Some(ledger_import::keep(conn, ctx, &kept)?)
    };
    Ok((summary, token))
}

/// Imports the sheet a preview kept under `token`, once: taken and imported in one
/// transaction, so a refused import keeps it. `None` when it is no longer kept.
pub fn import_kept(conn: &mut DbConn, ctx: &Ctx, token: &str) -> AppResult<Option<Summary>> {
    crate::store::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    diesel::Connection::transaction(conn, |conn| {
        let Some(kept) = ledger_import::take(conn, ctx, token)? else {
            return Ok(None);
        };
        let opts = Options {
            new_leaders: kept.new_leaders,
        };
        run(
            conn,
            ctx,
            &kept.file,
            kept.sheet.as_deref(),
            false,
            opts,
            &mut |_| {},
        )
        .map(Some)
    })
}

/// On PostgreSQL, an import waits for any other to finish (a lock held to the end of the
/// transaction); SQLite lets one writer at a time anyway.
fn one_import_at_a_time(conn: &mut DbConn) -> AppResult<()> {
    /// Arbitrary constant: "ledger" in ASCII.
    const IMPORT_LOCK_KEY: i64 = 0x6c65_6467_6572;
    if let DbConn::Postgresql(c) = conn {
        use diesel::RunQueryDsl;
        diesel::sql_query(format!("SELECT pg_advisory_xact_lock({IMPORT_LOCK_KEY})")).execute(c)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ledger;

    #[test]
    fn an_exported_ledger_reads_back_the_same() {
        let mut second = ledger::example();
        second.code = "KP-2027-02".into();
        second.annual_plan = None;
        second.milestones.truncate(1);
        second.problems = "征地未完成".into();
        // Text a spreadsheet would run as a formula survives the CSV round trip as text.
        second.progress = "=HYPERLINK(\"http://example.com\")".into();
        second.phone = "+86 13800000000".into();
        let rows = vec![ledger::example(), second];
        for grid in [
            workbook_grid(&ledger::xlsx(&rows).expect("xlsx"), None).expect("read xlsx"),
            csv_grid(&ledger::csv(&rows).expect("csv")).expect("read csv"),
        ] {
            let back: Vec<LedgerRow> = parse(&grid)
                .expect("valid")
                .into_iter()
                .map(|(_, r)| r)
                .collect();
            assert_eq!(back, rows);
        }
    }

    #[test]
    fn a_messy_sheet_is_read_and_bad_cells_are_named() {
        let g = |rows: &[&[&str]]| -> Vec<Vec<String>> {
            rows.iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect()
        };
        let grid = g(&[
            &["2026年重点项目推进台帐", "", "", ""],
            &[],
            &[
                "序号",
                "项目编号 ",
                "项目名称",
                "责任领导",
                "责任单位",
                "责任人",
                "开工时间",
                "竣工时间",
                "总投资（亿元）",
                "节点1时间",
                "节点1内容",
                "备注",
            ],
            &[
                "1",
                "ＫＰ－０１",
                "冷链物流园",
                "张卫东",
                "经济发展局",
                "李娜",
                "2026/3/1",
                "2027年6月30日",
                "3",
                "46112",
                "完成土地摘牌",
                "重点关注",
            ],
            &[
                "2",
                "KP-02",
                "标准化厂房",
                "孙立新",
                "经济发展局",
                "李娜",
                "2026.3.1",
                "下月底",
                "-5",
                "",
                "主体开工",
                "",
            ],
            &[
                "3",
                "KP-01",
                "重复",
                "",
                "经济发展局",
                "李娜",
                "2026-03-01",
                "2026-12-31",
                "",
                "",
                "",
                "",
            ],
        ]);
        let errors = parse(&grid).expect_err("bad rows");
        let at = |row: usize, col: &str| errors.iter().any(|e| e.row == row && e.column == col);
        assert!(at(5, "竣工时间"), "{errors:?}");
        assert!(at(5, "总投资（亿元）"), "{errors:?}");
        assert!(at(5, "节点1时间"), "{errors:?}");
        assert!(at(6, "责任领导") && at(6, "项目编号"), "{errors:?}");
        assert!(
            !errors.iter().any(|e| e.row == 4),
            "row 4 is good: {errors:?}"
        );
        assert_eq!(
            errors
                .iter()
                .find(|e| e.row == 6 && e.column == "项目编号")
                .map(|e| e.to_string())
                .as_deref(),
            Some("row 6, column 项目编号: KP-01 is also on row 4")
        );

        let good = parse(&grid[..4]).expect("the good row alone");
        let (line, r) = &good[0];
        assert_eq!(*line, 4);
        assert_eq!(r.code, "KP-01");
        assert_eq!(r.total_investment, 300_000_000);
        assert_eq!(
            r.milestones,
            vec![(
                "2026-03-31".parse().expect("date"),
                "完成土地摘牌".to_string()
            )]
        );
        assert_eq!(r.start.to_string(), "2026-03-01");
        assert_eq!(r.finish.to_string(), "2027-06-30");
        assert!(parse(&g(&[&["a", "b"]])).is_err());
    }
}
