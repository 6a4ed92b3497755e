//! Report files for people: the inspection report as CSV (`csv`), as an Excel workbook
//! (`xlsx`) and as a printable A4 bulletin (`html`). This module owns what the formats
//! share — the file formats themselves, the Chinese labels, dates and titles, and the list
//! of summary figures — so that every format words a report the same way.

pub mod assessment;
mod csv;
pub mod html;
pub mod ics;
pub mod ledger;
pub mod xlsx;

use chrono::{Datelike, NaiveDate};

use crate::domain::project::{Category, Level};
use crate::domain::report::{Figures, Holder, InspectionReport, ProjectRow};
use crate::domain::rules::Light;
use crate::domain::stage::Stage;

pub use self::assessment::{assessment, assessment_stem};
pub use self::csv::inspection_csv;
pub use self::html::inspection_html;
pub use self::xlsx::inspection_xlsx;

/// The forms a report can be had in, over HTTP (`format=`) and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Json,
    Csv,
    Xlsx,
    Html,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 4] = [Self::Json, Self::Csv, Self::Xlsx, Self::Html];
    /// The names, for clap's list of possible values.
    pub const NAMES: [&'static str; 4] = ["json", "csv", "xlsx", "html"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == s)
    }

    pub fn allowed() -> String {
        Self::NAMES.join(", ")
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Json => "application/json",
            Self::Csv => "text/csv; charset=utf-8",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Html => "text/html; charset=utf-8",
        }
    }

    /// `Content-Disposition` for a file named `{stem}.{ext}`. The bulletin opens in the
    /// browser (to be printed from there); the others are downloads.
    pub fn disposition(self, stem: &str) -> String {
        let how = if self == Self::Html {
            "inline"
        } else {
            "attachment"
        };
        format!("{how}; filename=\"{stem}.{}\"", self.as_str())
    }
}

/// The inspection report in `fmt`, as the bytes of a file (JSON pretty-printed).
pub fn inspection(r: &InspectionReport, fmt: ReportFormat) -> Result<Vec<u8>, String> {
    issued(r, fmt, None)
}

/// What an issued bulletin carries beyond its report: its number, the issuing office, the
/// day it was issued and the offices it is copied to (抄送).
#[derive(Debug, Clone)]
pub struct IssuedHead {
    /// `督查通报 2026 第 3 期`.
    pub title: String,
    pub year: i32,
    pub serial: i32,
    pub issuer: String,
    pub issued_on: NaiveDate,
    pub cc: Vec<String>,
}

/// The report in `fmt`, under the letterhead it was issued with when it is an issued one.
pub fn issued(
    r: &InspectionReport,
    fmt: ReportFormat,
    head: Option<&IssuedHead>,
) -> Result<Vec<u8>, String> {
    match fmt {
        ReportFormat::Json => serde_json::to_vec_pretty(r).map_err(|e| e.to_string()),
        ReportFormat::Csv => inspection_csv(r),
        ReportFormat::Xlsx => inspection_xlsx(r, head),
        ReportFormat::Html => inspection_html(r, head).map(String::into_bytes),
    }
}

/// The file name, without extension, of the inspection report as of a date.
pub fn inspection_stem(as_of: NaiveDate) -> String {
    format!("inspection-{as_of}")
}

pub fn light_zh(l: Light) -> &'static str {
    match l {
        Light::Green => "绿",
        Light::Yellow => "黄",
        Light::Red => "红",
    }
}

/// The stage's Chinese name; empty before the project was signed, as the CSV always had.
pub fn stage_zh(s: Option<Stage>) -> &'static str {
    s.map(Stage::zh).unwrap_or_default()
}

/// A `by_stage` key (`signed`, …, or `none`) in Chinese.
pub fn stage_key_zh(key: &str) -> String {
    match key {
        "none" => "未签约".to_string(),
        k => Stage::parse(k)
            .map(|s| s.zh().to_string())
            .unwrap_or_else(|| k.to_string()),
    }
}

/// Stored values that are no longer known still show, rather than vanish from a report.
pub fn level_zh(level: &str) -> String {
    Level::parse(level)
        .map(|l| l.zh().to_string())
        .unwrap_or_else(|| level.to_string())
}

pub fn category_zh(category: &str) -> String {
    Category::parse(category)
        .map(|c| c.zh().to_string())
        .unwrap_or_else(|| category.to_string())
}

pub fn holder_name(h: &Option<Holder>) -> &str {
    h.as_ref().map(|h| h.name.as_str()).unwrap_or_default()
}

/// `2026年11月25日`, as dates are written in official documents.
pub fn date_zh(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// A date for a reader: as official documents write it in Chinese, ISO in English. Pages,
/// mails and calendar feeds all say dates this way.
pub fn date_for(english: bool, d: NaiveDate) -> String {
    if english { d.to_string() } else { date_zh(d) }
}

/// `督查通报 重点项目推进情况（截至 2026年11月25日）`.
pub fn inspection_title(as_of: NaiveDate) -> String {
    format!("督查通报 重点项目推进情况（截至 {}）", date_zh(as_of))
}

/// `94.7%`, or a dash where there is nothing to divide by (no plan, nothing due).
pub fn percent_text(p: Option<f64>) -> String {
    p.map(|p| format!("{p:.1}%")).unwrap_or_else(|| "—".into())
}

/// Yuan in 万元 grouped by thousands, as Excel's `#,##0.00` shows it: `2_656_835_390` →
/// `265,683.54`.
pub fn wan_grouped(yuan: i64) -> String {
    let s = crate::domain::money::wan(yuan);
    let (whole, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let (sign, digits) = whole.split_at(usize::from(whole.starts_with('-')));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out}.{frac}")
}

/// Why a project's light is what it is (为何亮灯), in Chinese, one reason after another.
pub fn reasons_zh(p: &ProjectRow) -> String {
    p.reasons
        .iter()
        .map(|r| r.describe(crate::domain::lang::Lang::ZhCn))
        .collect::<Vec<_>>()
        .join("；")
}

/// The milestones moved after they fell due (逾期后调整), with the days accrued then.
pub fn moved_zh(p: &ProjectRow) -> String {
    p.moved_while_overdue
        .iter()
        .map(|m| {
            format!(
                "{}（原定 {}，{} 调整至 {}，调整前已逾期 {} 个工作日）",
                m.title,
                m.moved.due,
                m.moved.moved_on,
                m.moved.new_due,
                m.moved.working_days_overdue
            )
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// The longest a project's milestones are overdue, in working days.
pub fn worst_overdue(p: &ProjectRow) -> Option<i64> {
    p.overdue.iter().map(|o| o.working_days_overdue).max()
}

/// One summary figure, typed so that a sheet can format it and a page can print it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Count(usize),
    /// Whole yuan; shown in 万元.
    Yuan(i64),
    /// Percent (94.7 means 94.7 %); `None` when there is nothing to divide by.
    Percent(Option<f64>),
}

impl Figure {
    pub fn text(self) -> String {
        match self {
            Self::Count(n) => n.to_string(),
            Self::Yuan(y) => wan_grouped(y),
            Self::Percent(p) => percent_text(p),
        }
    }
}

/// The summary figures, labelled, in the order a bulletin reads them.
pub fn summary_figures(f: &Figures) -> Vec<(String, Figure)> {
    let mut out = vec![("项目总数".to_string(), Figure::Count(f.projects))];
    // Stages in life-cycle order, then the projects not yet signed.
    for s in Stage::ALL {
        let n = f.by_stage.get(s.as_str()).copied().unwrap_or(0);
        out.push((format!("其中：{}", s.zh()), Figure::Count(n)));
    }
    if let Some(&n) = f.by_stage.get("none") {
        out.push(("其中：未签约".to_string(), Figure::Count(n)));
    }
    out.extend([
        ("应开工项目".to_string(), Figure::Count(f.planned_to_start)),
        ("已开工项目".to_string(), Figure::Count(f.started)),
        ("开工率".to_string(), Figure::Percent(f.start_rate)),
        (
            "年度计划投资(万元)".to_string(),
            Figure::Yuan(f.annual_plan),
        ),
        (
            "累计完成投资(万元)".to_string(),
            Figure::Yuan(f.completed_to_date),
        ),
        (
            "投资完成比例".to_string(),
            Figure::Percent(f.percent_of_plan),
        ),
        ("应完成节点".to_string(), Figure::Count(f.milestones_due)),
        ("按期完成".to_string(), Figure::Count(f.done_on_time)),
        ("逾期完成".to_string(), Figure::Count(f.done_late)),
        ("逾期未完成".to_string(), Figure::Count(f.overdue)),
        (
            "节点按期完成率（按调整后）".to_string(),
            Figure::Percent(f.on_time_rate),
        ),
        (
            "节点按期完成率（按原计划）".to_string(),
            Figure::Percent(f.baseline_on_time_rate),
        ),
        (
            "逾期后调整节点".to_string(),
            Figure::Count(f.moved_while_overdue),
        ),
        (
            "调整前已逾期(工作日)".to_string(),
            Figure::Count(usize::try_from(f.accrued_working_days).unwrap_or(0)),
        ),
        ("绿灯项目".to_string(), Figure::Count(f.green)),
        ("黄灯项目".to_string(), Figure::Count(f.yellow)),
        ("红灯项目".to_string(), Figure::Count(f.red)),
    ]);
    out
}

/// One line of the changes since the last issued report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChangeLine {
    /// 新增逾期, 逾期销号, 灯色变化.
    pub kind: &'static str,
    pub code: String,
    pub name: String,
    pub what: String,
}

/// The report's changes as lines, with project names looked up in the report itself.
pub fn change_lines(r: &InspectionReport) -> Vec<ChangeLine> {
    let Some(c) = &r.changes else {
        return vec![];
    };
    let name = |code: &str| {
        r.projects
            .iter()
            .find(|p| p.code == code)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (kind, items) in [("新增逾期", &c.newly_overdue), ("逾期销号", &c.resolved)] {
        out.extend(items.iter().map(|i| ChangeLine {
            kind,
            code: i.project_code.clone(),
            name: name(&i.project_code),
            what: i.title.clone(),
        }));
    }
    out.extend(c.lights.iter().map(|l| ChangeLine {
        kind: "灯色变化",
        code: l.project_code.clone(),
        name: name(&l.project_code),
        what: format!("{}灯 → {}灯", light_zh(l.from), light_zh(l.to)),
    }));
    out
}

/// `与上期（督查通报 2026 第 6 期，截至 2026年11月20日）相比`.
pub fn changes_heading(r: &InspectionReport) -> Option<String> {
    r.changes
        .as_ref()
        .map(|c| format!("与上期（{}，截至 {}）相比", c.since, date_zh(c.since_as_of)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_and_name_their_files() {
        for f in ReportFormat::ALL {
            assert_eq!(ReportFormat::parse(f.as_str()), Some(f));
        }
        assert_eq!(ReportFormat::parse("pdf"), None);
        assert_eq!(
            ReportFormat::Xlsx.disposition("inspection-2026-11-25"),
            "attachment; filename=\"inspection-2026-11-25.xlsx\""
        );
        assert!(ReportFormat::Html.disposition("x").starts_with("inline;"));
    }

    #[test]
    fn dates_and_titles() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
        assert_eq!(date_zh(d), "2026年11月5日");
        assert_eq!(
            inspection_title(d),
            "督查通报 重点项目推进情况（截至 2026年11月5日）"
        );
        assert_eq!(percent_text(Some(94.7)), "94.7%");
        assert_eq!(percent_text(None), "—");
        assert_eq!(stage_key_zh("none"), "未签约");
        assert_eq!(stage_key_zh("under_construction"), "在建");
        assert_eq!(level_zh("provincial"), "省重点");
        assert_eq!(category_zh("mining"), "mining");
    }

    #[test]
    fn money_is_grouped_like_excel_shows_it() {
        assert_eq!(wan_grouped(600_000_000), "60,000.00");
        assert_eq!(wan_grouped(2_656_835_390), "265,683.54");
        assert_eq!(wan_grouped(1_000_000), "100.00");
        assert_eq!(wan_grouped(5_000), "0.50");
        assert_eq!(wan_grouped(-12_345_678_900), "-1,234,567.89");
    }
}
