//! Tables as CSV (UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly):
//! the same typed tables the workbooks hold, each cell as plain text, money in 万元.

use super::xlsx::{self, Table};
use crate::domain::report::InspectionReport;

/// Text as a CSV cell that a spreadsheet shows as written. Excel and WPS run a cell that
/// starts with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula when the file is
/// opened, and progress notes are typed by many people: such a cell gets the apostrophe
/// that marks text. `domain::sheet::unguard` takes it off when a sheet is read back.
pub fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A table as CSV bytes.
pub fn table_csv(t: &Table) -> Result<Vec<u8>, String> {
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        w.write_record(&t.headers).map_err(|e| e.to_string())?;
        for row in &t.rows {
            w.write_record(row.cells.iter().map(xlsx::Cell::csv_text))
                .map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// The projects of an inspection report, as on the workbook's 项目 sheet.
pub fn inspection_csv(r: &InspectionReport) -> Result<Vec<u8>, String> {
    table_csv(&xlsx::project_table(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_that_would_run_as_a_formula_is_kept_as_text() {
        assert_eq!(
            text_cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(text_cell("+86 13800000000"), "'+86 13800000000");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("主体封顶"), "主体封顶");
        let t = Table {
            headers: vec!["a", "b"],
            rows: vec![xlsx::Row::new(vec![
                xlsx::Cell::Text("=1+1".into()),
                xlsx::Cell::Count(-3),
            ])],
        };
        let text = String::from_utf8(table_csv(&t).expect("csv")).expect("utf-8");
        assert!(text.ends_with("'=1+1,-3\n"), "numbers stay numbers: {text}");
    }
}
