//! The inspection report as an Excel workbook (sheets 汇总, 按责任领导, 按责任单位, 项目),
//! and the building blocks another report's workbook reuses: typed cells that carry their
//! number format, shared styles and fills, a titled list sheet with a frozen header row,
//! and column widths fitted to Chinese text.

use chrono::NaiveDate;
use rust_xlsxwriter::{
    ColNum, Color, DocProperties, Format, FormatAlign, FormatBorder, RowNum, Workbook, Worksheet,
    XlsxError,
};

use super::{
    Figure, category_zh, change_lines, changes_heading, date_zh, holder_name, inspection_title,
    level_zh, light_zh, moved_zh, reasons_zh, stage_zh, summary_figures, wan_grouped,
    worst_overdue,
};
use crate::domain::money::WAN;
use crate::domain::report::{GroupFigures, InspectionReport, ProjectRow};
use crate::domain::rules::Light;

/// Traffic-light fills, strong enough to read when printed in colour.
pub const RED: u32 = 0xFF0000;
pub const YELLOW: u32 = 0xFFC000;
pub const GREEN: u32 = 0x00B050;
/// The pale red across an overdue project's row: the light cell stays the strongest mark.
pub const RED_TINT: u32 = 0xFFC7CE;
const HEADER_FILL: u32 = 0xD9E1F2;

/// Excel's paper size code for A4.
const A4: u8 = 9;
/// Beyond this a column wraps its text instead of growing (Excel width units).
const MAX_WIDTH: usize = 40;

/// One cell's value, typed so that it gets its number format.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Count(i64),
    /// Whole yuan, shown in 万元 with two decimals.
    Yuan(i64),
    /// Percent as the data holds it (94.7 for 94.7 %); `None` shows a dash.
    Percent(Option<f64>),
    Date(NaiveDate),
    Light(Light),
    /// A score, with two decimals.
    Score(f64),
    /// Text in a cell of its own fill (a reward tier).
    Mark(String, u32),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Self {
        Self::Text(s.into())
    }

    /// The cell as plain text for CSV: money in 万元 without grouping, dates ISO.
    pub fn csv_text(&self) -> String {
        match self {
            Self::Yuan(y) => crate::domain::money::wan(*y),
            Self::Percent(p) => p.map(|x| format!("{x:.1}%")).unwrap_or_default(),
            Self::Date(d) => d.to_string(),
            Self::Text(s) | Self::Mark(s, _) => super::csv::text_cell(s),
            other => other.shown(),
        }
    }

    /// What the cell shows, to measure the column it needs.
    fn shown(&self) -> String {
        match self {
            Self::Text(s) => s.clone(),
            Self::Count(n) => n.to_string(),
            Self::Yuan(y) => wan_grouped(*y),
            Self::Percent(p) => super::percent_text(*p),
            Self::Date(_) => "2026-01-01".into(),
            Self::Light(l) => light_zh(*l).into(),
            Self::Score(x) => format!("{x:.2}"),
            Self::Mark(s, _) => s.clone(),
            Self::Empty => String::new(),
        }
    }
}

impl From<Figure> for Cell {
    fn from(f: Figure) -> Self {
        match f {
            Figure::Count(n) => Self::Count(n as i64),
            Figure::Yuan(y) => Self::Yuan(y),
            Figure::Percent(p) => Self::Percent(p),
        }
    }
}

/// A table row; `tint` fills every cell but a light (an overdue project's row).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub tint: Option<u32>,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Self {
        Self { cells, tint: None }
    }
}

/// A header row and the rows under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Row>,
}

/// Display width of text in Excel's units: CJK and full-width characters take about two.
pub fn text_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// The formats every sheet uses, so that all of a report's sheets look alike.
pub mod style {
    use super::*;

    fn base() -> Format {
        Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter)
    }

    pub fn title() -> Format {
        Format::new()
            .set_bold()
            .set_font_size(16)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
    }

    pub fn note() -> Format {
        Format::new()
            .set_italic()
            .set_font_color(Color::RGB(0x595959))
    }

    pub fn heading() -> Format {
        Format::new().set_bold().set_font_size(12)
    }

    pub fn header() -> Format {
        base()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_background_color(Color::RGB(HEADER_FILL))
    }

    pub fn light(l: Light) -> Format {
        let (fill, font) = match l {
            Light::Red => (RED, 0xFFFFFF),
            Light::Yellow => (YELLOW, 0x000000),
            Light::Green => (GREEN, 0xFFFFFF),
        };
        base()
            .set_bold()
            .set_align(FormatAlign::Center)
            .set_background_color(Color::RGB(fill))
            .set_font_color(Color::RGB(font))
    }

    /// The format of a data cell, with the row's tint if any.
    pub fn cell(c: &Cell, tint: Option<u32>) -> Format {
        let f = match c {
            Cell::Light(l) => return light(*l),
            Cell::Text(s) if text_width(s) > MAX_WIDTH => base().set_text_wrap(),
            Cell::Text(_) | Cell::Empty => base(),
            Cell::Count(_) => base().set_num_format("0"),
            Cell::Score(_) => base().set_num_format("0.00"),
            Cell::Mark(_, fill) => {
                return base()
                    .set_bold()
                    .set_align(FormatAlign::Center)
                    .set_background_color(Color::RGB(*fill));
            }
            Cell::Yuan(_) => base().set_num_format("#,##0.00"),
            Cell::Percent(Some(_)) => base().set_num_format("0.0%"),
            Cell::Percent(None) => base().set_align(FormatAlign::Right),
            Cell::Date(_) => base()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Center),
        };
        match tint {
            Some(t) => f.set_background_color(Color::RGB(t)),
            None => f,
        }
    }
}

/// Writes one cell with its format.
pub fn write_cell(
    ws: &mut Worksheet,
    row: RowNum,
    col: ColNum,
    c: &Cell,
    tint: Option<u32>,
) -> Result<(), XlsxError> {
    let f = style::cell(c, tint);
    match c {
        Cell::Text(s) => ws.write_string_with_format(row, col, s, &f)?,
        Cell::Count(n) => ws.write_number_with_format(row, col, *n as f64, &f)?,
        Cell::Yuan(y) => ws.write_number_with_format(row, col, *y as f64 / WAN as f64, &f)?,
        Cell::Percent(Some(p)) => ws.write_number_with_format(row, col, p / 100.0, &f)?,
        Cell::Percent(None) => ws.write_string_with_format(row, col, "—", &f)?,
        Cell::Date(d) => ws.write_date_with_format(row, col, d, &f)?,
        Cell::Light(l) => ws.write_string_with_format(row, col, light_zh(*l), &f)?,
        Cell::Score(x) => ws.write_number_with_format(row, col, *x, &f)?,
        Cell::Mark(s, _) => ws.write_string_with_format(row, col, s, &f)?,
        Cell::Empty => ws.write_blank(row, col, &f)?,
    };
    Ok(())
}

/// Writes `headers` across `row` in the header format.
pub fn write_header_row(
    ws: &mut Worksheet,
    row: RowNum,
    headers: &[&str],
) -> Result<(), XlsxError> {
    let f = style::header();
    for (col, h) in (0..).zip(headers) {
        ws.write_string_with_format(row, col, *h, &f)?;
    }
    Ok(())
}

/// Writes the table with its header at `row`; returns the width each column needs.
pub fn write_table(ws: &mut Worksheet, row: RowNum, t: &Table) -> Result<Vec<usize>, XlsxError> {
    write_header_row(ws, row, &t.headers)?;
    let mut widths: Vec<usize> = t.headers.iter().map(|h| text_width(h)).collect();
    for (r, data) in (row + 1..).zip(&t.rows) {
        for (col, c) in (0..).zip(&data.cells) {
            write_cell(ws, r, col, c, data.tint)?;
            let w = text_width(&c.shown());
            match widths.get_mut(usize::from(col)) {
                Some(have) => *have = (*have).max(w),
                None => widths.push(w),
            }
        }
    }
    Ok(widths)
}

/// Column widths from measured text: a little padding, never so narrow a header or short
/// number is cut, never wider than `MAX_WIDTH` (longer text wraps).
pub fn fit_widths(ws: &mut Worksheet, widths: &[usize]) -> Result<(), XlsxError> {
    for (col, w) in (0..).zip(widths) {
        ws.set_column_width(col, (*w + 2).clamp(6, MAX_WIDTH) as f64)?;
    }
    Ok(())
}

/// The larger of two width lists, column by column.
pub fn widest(a: Vec<usize>, b: &[usize]) -> Vec<usize> {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| {
            a.get(i)
                .copied()
                .unwrap_or(0)
                .max(b.get(i).copied().unwrap_or(0))
        })
        .collect()
}

/// The title row, centred over `cols` columns; with one column, left-aligned in the first
/// cell so that it runs on over the empty cells beside it (a merged cell would clip it).
pub fn write_title(
    ws: &mut Worksheet,
    row: RowNum,
    cols: usize,
    text: &str,
) -> Result<(), XlsxError> {
    let last = ColNum::try_from(cols.saturating_sub(1)).unwrap_or(0);
    if last > 0 {
        ws.merge_range(row, 0, row, last, text, &style::title())?;
    } else {
        let left = style::title().set_align(FormatAlign::Left);
        ws.write_string_with_format(row, 0, text, &left)?;
    }
    ws.set_row_height(row, 30)?;
    Ok(())
}

/// A sheet holding one list: the title on row 0, a note on row 1, the header on row 2
/// (frozen with the first `freeze_cols` columns, filtered, repeated on printed pages) and
/// the rows, on A4 landscape one page wide.
pub fn list_sheet(
    name: &str,
    title: &str,
    note: &str,
    t: &Table,
    freeze_cols: ColNum,
) -> Result<Worksheet, XlsxError> {
    const HEADER: RowNum = 2;
    let mut ws = Worksheet::new();
    ws.set_name(name)?;
    write_title(&mut ws, 0, t.headers.len(), title)?;
    ws.write_string_with_format(1, 0, note, &style::note())?;
    let widths = write_table(&mut ws, HEADER, t)?;
    fit_widths(&mut ws, &widths)?;
    ws.set_freeze_panes(HEADER + 1, freeze_cols)?;
    let last_row = HEADER + RowNum::try_from(t.rows.len()).unwrap_or(RowNum::MAX - HEADER);
    let last_col = ColNum::try_from(t.headers.len().saturating_sub(1)).unwrap_or(0);
    ws.autofilter(HEADER, 0, last_row, last_col)?;
    ws.set_repeat_rows(HEADER, HEADER)?;
    ws.set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    Ok(ws)
}

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

/// The report's projects, one typed row each: the 项目 sheet, and the CSV.
pub fn project_table(r: &InspectionReport) -> Table {
    Table {
        headers: PROJECT_HEADERS.to_vec(),
        rows: r.projects.iter().map(project_row).collect(),
    }
}

fn project_row(p: &ProjectRow) -> Row {
    let opt_text = |s: Option<String>| s.map(Cell::Text).unwrap_or(Cell::Empty);
    let overdue = p
        .overdue
        .iter()
        .map(|o| {
            format!(
                "{}（{} 到期，逾期 {} 个工作日{}）",
                o.title,
                o.due,
                o.working_days_overdue,
                if o.adjusted { "，调整" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("；");
    Row {
        cells: vec![
            Cell::text(&p.code),
            Cell::text(&p.name),
            Cell::text(level_zh(&p.level)),
            Cell::text(category_zh(&p.category)),
            Cell::text(holder_name(&p.leader)),
            Cell::text(holder_name(&p.unit)),
            Cell::text(holder_name(&p.person)),
            Cell::text(stage_zh(p.stage)),
            Cell::Light(p.light),
            opt_text(p.adjusted.then(|| "调整".to_string())),
            opt_text(Some(reasons_zh(p)).filter(|s| !s.is_empty())),
            Cell::Count(p.due_so_far as i64),
            Cell::Count(p.done_on_time as i64),
            Cell::Count(p.done_late as i64),
            Cell::Count(p.overdue.len() as i64),
            worst_overdue(p).map(Cell::Count).unwrap_or(Cell::Empty),
            opt_text((!overdue.is_empty()).then_some(overdue)),
            Cell::Count(p.baseline_due_so_far as i64),
            Cell::Count(p.baseline_on_time as i64),
            opt_text(Some(moved_zh(p)).filter(|s| !s.is_empty())),
            opt_text(p.next.as_ref().map(|n| n.title.clone())),
            p.next
                .as_ref()
                .map(|n| Cell::Date(n.due))
                .unwrap_or(Cell::Empty),
            p.next
                .as_ref()
                .map(|n| Cell::Count(n.working_days_left))
                .unwrap_or(Cell::Empty),
            p.annual_plan.map(Cell::Yuan).unwrap_or(Cell::Empty),
            Cell::Yuan(p.completed_to_date),
            if p.annual_plan.is_some() {
                Cell::Percent(p.percent_of_plan)
            } else {
                Cell::Empty
            },
            opt_text(p.latest_progress.as_ref().map(|(d, t)| format!("{d} {t}"))),
        ],
        // Red means something is overdue: the whole row says so, not only the light.
        tint: (p.light == Light::Red).then_some(RED_TINT),
    }
}

fn group_table(who: &'static str, groups: &[GroupFigures]) -> Table {
    Table {
        headers: vec![
            "排名",
            who,
            "项目数",
            "应开工",
            "已开工",
            "开工率",
            "年度计划投资(万元)",
            "累计完成投资(万元)",
            "投资完成比例",
            "应完成节点",
            "按期完成",
            "逾期完成",
            "逾期未完成",
            "节点按期完成率（按调整后）",
            "节点按期完成率（按原计划）",
            "逾期后调整节点",
            "调整前已逾期(工作日)",
            "绿灯",
            "黄灯",
            "红灯",
        ],
        rows: groups
            .iter()
            .map(|g| {
                let f = &g.figures;
                Row::new(vec![
                    Cell::Count(g.rank as i64),
                    Cell::text(&g.name),
                    Cell::Count(f.projects as i64),
                    Cell::Count(f.planned_to_start as i64),
                    Cell::Count(f.started as i64),
                    Cell::Percent(f.start_rate),
                    Cell::Yuan(f.annual_plan),
                    Cell::Yuan(f.completed_to_date),
                    Cell::Percent(f.percent_of_plan),
                    Cell::Count(f.milestones_due as i64),
                    Cell::Count(f.done_on_time as i64),
                    Cell::Count(f.done_late as i64),
                    Cell::Count(f.overdue as i64),
                    Cell::Percent(f.on_time_rate),
                    Cell::Percent(f.baseline_on_time_rate),
                    Cell::Count(f.moved_while_overdue as i64),
                    Cell::Count(f.accrued_working_days),
                    Cell::Count(f.green as i64),
                    Cell::Count(f.yellow as i64),
                    Cell::Count(f.red as i64),
                ])
            })
            .collect(),
    }
}

fn summary_sheet(r: &InspectionReport, title: &str, note: &str) -> Result<Worksheet, XlsxError> {
    const HEADER: RowNum = 2;
    let figures = Table {
        headers: vec!["指标", "数值"],
        rows: summary_figures(&r.summary)
            .into_iter()
            .map(|(label, f)| Row::new(vec![Cell::Text(label), f.into()]))
            .collect(),
    };
    let mut ws = Worksheet::new();
    ws.set_name("汇总")?;
    // A few narrow columns: the title is wider than they are, so it is not merged.
    write_title(&mut ws, 0, 1, title)?;
    ws.write_string_with_format(1, 0, note, &style::note())?;
    let mut widths = write_table(&mut ws, HEADER, &figures)?;
    ws.set_freeze_panes(HEADER + 1, 0)?;
    if let Some(heading) = changes_heading(r) {
        let mut row = HEADER + 1 + RowNum::try_from(figures.rows.len()).unwrap_or(0) + 1;
        ws.write_string_with_format(row, 0, &heading, &style::heading())?;
        row += 1;
        let lines = change_lines(r);
        if lines.is_empty() {
            ws.write_string(row, 0, "无变化")?;
        } else {
            let changes = Table {
                headers: vec!["变化", "项目编号", "项目名称", "内容"],
                rows: lines
                    .into_iter()
                    .map(|l| {
                        Row::new(vec![
                            Cell::text(l.kind),
                            Cell::Text(l.code),
                            Cell::Text(l.name),
                            Cell::Text(l.what),
                        ])
                    })
                    .collect(),
            };
            widths = widest(widths, &write_table(&mut ws, row, &changes)?);
        }
    }
    fit_widths(&mut ws, &widths)?;
    ws.set_paper_size(A4).set_print_fit_to_pages(1, 0);
    Ok(ws)
}

/// The inspection report as the bytes of an `.xlsx` file.
pub fn inspection_xlsx(
    r: &InspectionReport,
    head: Option<&super::IssuedHead>,
) -> Result<Vec<u8>, String> {
    build(r, head).map_err(|e| format!("xlsx: {e}"))
}

fn build(r: &InspectionReport, head: Option<&super::IssuedHead>) -> Result<Vec<u8>, XlsxError> {
    let (title, note) = match head {
        // An issued bulletin: its number, the office and day it was issued, whom it is
        // copied to.
        Some(h) => (
            format!("督查通报 {}年第{}期", h.year, h.serial),
            format!(
                "{}　{} 印发；统计截至 {}；金额单位：万元{}",
                h.issuer,
                date_zh(h.issued_on),
                date_zh(r.as_of),
                if h.cc.is_empty() {
                    String::new()
                } else {
                    format!("；抄送：{}", h.cc.join("、"))
                }
            ),
        ),
        None => (
            inspection_title(r.as_of),
            format!("统计截至 {}；金额单位：万元", date_zh(r.as_of)),
        ),
    };
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_title(&title).set_author("督办"));
    let mut summary = summary_sheet(r, &title, &note)?;
    summary.set_active(true);
    wb.push_worksheet(summary);
    for (name, who, groups) in [
        ("按责任领导", "责任领导", &r.by_leader),
        ("按责任单位", "责任单位", &r.by_unit),
    ] {
        let t = group_table(who, groups);
        let title = format!("督查通报 {who}排名（截至 {}）", date_zh(r.as_of));
        wb.push_worksheet(list_sheet(name, &title, &note, &t, 2)?);
    }
    let projects = project_table(r);
    // Code and name stay in view while scrolling across the figures.
    wb.push_worksheet(list_sheet("项目", &title, &note, &projects, 2)?);
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_chinese_double() {
        assert_eq!(text_width("KP-2026-01"), 10);
        assert_eq!(text_width("项目名称"), 8);
        assert_eq!(text_width("最长逾期(工作日)"), 16);
        assert_eq!(text_width("（截至）"), 8);
    }

    #[test]
    fn widest_takes_the_larger_per_column() {
        assert_eq!(widest(vec![3, 9], &[5, 1, 7]), vec![5, 9, 7]);
    }
}
