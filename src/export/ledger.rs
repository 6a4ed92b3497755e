//! The project ledger (台帐) as a sheet, in the layout offices keep: the fixed columns, then
//! one `节点N` column per milestone ("2026-03-31：title"), then progress and problems. Money
//! in 万元 with up to four decimals (exact to the yuan), dates as dates. The same layout,
//! empty but for an example row, is the template to fill in.

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, XlsxError};

use crate::store::ledger::LedgerRow;

/// The fixed columns before the milestones, and after them.
pub const HEAD: [&str; 16] = [
    "项目编号",
    "项目名称",
    "项目类别",
    "级别",
    "建设地点",
    "总投资(万元)",
    "年度计划投资(万元)",
    "累计完成投资(万元)",
    "责任领导",
    "责任单位",
    "责任人",
    "联系电话",
    "电子邮箱",
    "开工时间",
    "竣工时间",
    "建设阶段",
];
pub const TAIL: [&str; 2] = ["进展情况", "存在问题"];

/// Milestone columns: at least three, so that the template shows how they go.
fn milestone_columns(rows: &[LedgerRow]) -> usize {
    rows.iter()
        .map(|r| r.milestones.len())
        .max()
        .unwrap_or(0)
        .max(3)
}

pub fn headers(rows: &[LedgerRow]) -> Vec<String> {
    let n = milestone_columns(rows);
    HEAD.iter()
        .map(|h| h.to_string())
        .chain((1..=n).map(|i| format!("节点{i}")))
        .chain(TAIL.iter().map(|h| h.to_string()))
        .collect()
}

/// Yuan as 万元 text with no more decimals than needed (`12345000` → `1234.5`).
pub fn wan_text(yuan: i64) -> String {
    let whole = yuan / crate::domain::money::WAN;
    let frac = yuan % crate::domain::money::WAN;
    if frac == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{:04}", frac)
            .trim_end_matches('0')
            .to_string()
    }
}

fn milestone_text(d: NaiveDate, title: &str) -> String {
    format!("{d}：{title}")
}

/// One row as the texts of its cells, in header order.
fn texts(r: &LedgerRow, n: usize) -> Vec<String> {
    let mut v = vec![
        r.code.clone(),
        r.name.clone(),
        r.category.clone(),
        r.level.clone(),
        r.location.clone(),
        wan_text(r.total_investment),
        r.annual_plan.map(wan_text).unwrap_or_default(),
        wan_text(r.completed_to_date),
        r.leader.clone(),
        r.unit.clone(),
        r.person.clone(),
        r.phone.clone(),
        r.email.clone(),
        r.start.to_string(),
        r.finish.to_string(),
        r.stage.clone(),
    ];
    for i in 0..n {
        v.push(
            r.milestones
                .get(i)
                .map(|(d, t)| milestone_text(*d, t))
                .unwrap_or_default(),
        );
    }
    v.push(r.progress.clone());
    v.push(r.problems.clone());
    v
}

/// The ledger as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese).
pub fn csv(rows: &[LedgerRow]) -> Result<Vec<u8>, String> {
    let n = milestone_columns(rows);
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        w.write_record(headers(rows)).map_err(|e| e.to_string())?;
        for r in rows {
            // Amounts and dates never start like a formula; free text may.
            w.write_record(texts(r, n).iter().map(|c| super::csv::text_cell(c)))
                .map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// The ledger as a workbook with one sheet, 台帐: amounts as numbers, dates as dates.
pub fn xlsx(rows: &[LedgerRow]) -> Result<Vec<u8>, String> {
    build(rows).map_err(|e| e.to_string())
}

fn build(rows: &[LedgerRow]) -> Result<Vec<u8>, XlsxError> {
    let n = milestone_columns(rows);
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("台帐")?;
    let head = Format::new()
        .set_bold()
        .set_background_color("#EFEFEC")
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_text_wrap();
    let money = Format::new().set_num_format("0.####");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let hs = headers(rows);
    for (c, h) in (0u16..).zip(&hs) {
        ws.write_string_with_format(0, c, h, &head)?;
        let width = if c < 16 { 14.0 } else { 30.0 };
        ws.set_column_width(c, width)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        let t = texts(row, n);
        for (c, text) in (0u16..).zip(&t) {
            match c {
                5..=7 if !text.is_empty() => {
                    let yuan = match c {
                        5 => Some(row.total_investment),
                        6 => row.annual_plan,
                        _ => Some(row.completed_to_date),
                    };
                    if let Some(y) = yuan {
                        ws.write_number_with_format(r, c, y as f64 / 10_000.0, &money)?;
                    }
                }
                13 | 14 => {
                    let d = if c == 13 { row.start } else { row.finish };
                    ws.write_date_with_format(r, c, d, &date)?;
                }
                _ if !text.is_empty() => {
                    ws.write_string(r, c, text)?;
                }
                _ => {}
            }
        }
    }
    ws.set_freeze_panes(1, 2)?;
    ws.autofilter(0, 0, rows.len() as u32, (hs.len() - 1) as u16)?;
    book.save_to_buffer()
}

pub use crate::domain::sheet::example;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_in_wan_exact_to_the_yuan() {
        assert_eq!(wan_text(12_345_000), "1234.5");
        assert_eq!(wan_text(1), "0.0001");
        assert_eq!(wan_text(3_000_000_000), "300000");
        assert_eq!(wan_text(0), "0");
    }

    #[test]
    fn the_csv_has_the_ledger_layout_and_reads_back() {
        let row = example();
        let bytes = csv(std::slice::from_ref(&row)).expect("csv");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some(
                "项目编号,项目名称,项目类别,级别,建设地点,总投资(万元),年度计划投资(万元),累计完成投资(万元),责任领导,责任单位,责任人,联系电话,电子邮箱,开工时间,竣工时间,建设阶段,节点1,节点2,节点3,进展情况,存在问题"
            )
        );
        let line = lines.next().expect("the example");
        assert!(
            line.contains(",300000,80000,12345.5,") && line.contains("2027-03-31：完成土地摘牌"),
            "{line}"
        );
        // Every header is one the sheet reader knows.
        for h in headers(&[row]) {
            assert!(crate::domain::sheet::column_of(&h).is_some(), "{h}");
        }
    }
}
