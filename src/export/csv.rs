//! Tables as CSV (UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly):
//! the same typed tables the workbooks hold, each cell as plain text, money in 万元.

use super::xlsx::{self, Table};
use crate::domain::report::InspectionReport;

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
