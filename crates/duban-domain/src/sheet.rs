//! How a project ledger sheet (台帐) is read, whatever office made it: which column a header
//! names (Chinese or English, in any order, with stray spaces, full-width characters and
//! units in brackets), and dates, amounts and milestone cells as people and Excel write them.
//! Pure: text in, values or a reason out; the importer names the row and column.

use chrono::{Duration, NaiveDate};

use super::money::{WAN, YI};

/// One project as a ledger row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    pub code: String,
    pub name: String,
    /// 工业, 基础设施, …
    pub category: String,
    /// 省级, 市级, 区级
    pub level: String,
    pub location: String,
    /// Yuan.
    pub total_investment: i64,
    /// This year's plan, yuan.
    pub annual_plan: Option<i64>,
    /// Completed since the first monthly report, yuan.
    pub completed_to_date: i64,
    pub leader: String,
    pub unit: String,
    pub person: String,
    pub phone: String,
    pub email: String,
    pub start: NaiveDate,
    pub finish: NaiveDate,
    /// 签约, 开工, …
    pub stage: String,
    /// Current due date and title, in order.
    pub milestones: Vec<(NaiveDate, String)>,
    pub progress: String,
    pub problems: String,
}

/// Why a cell is refused, in both languages of the interface: English for the API and the
/// command line, Chinese for the pages (and for API clients that show it to officials).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub en: String,
    pub zh: String,
}

pub fn why(en: impl Into<String>, zh: impl Into<String>) -> Reason {
    Reason {
        en: en.into(),
        zh: zh.into(),
    }
}

/// One refused cell (or row): where, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CellError {
    /// The row as the sheet numbers it (1 is the first row).
    pub row: usize,
    /// The column's header as written in the sheet (empty for a whole-row problem).
    pub column: String,
    pub reason: String,
    /// The same in Chinese.
    pub reason_zh: String,
}

impl CellError {
    pub fn new(row: usize, column: impl Into<String>, why: Reason) -> Self {
        Self {
            row,
            column: column.into(),
            reason: why.en,
            reason_zh: why.zh,
        }
    }
}

impl std::fmt::Display for CellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "row {}: {}", self.row, self.reason)
        } else {
            write!(
                f,
                "row {}, column {}: {}",
                self.row, self.column, self.reason
            )
        }
    }
}

/// A cell as written, without the apostrophe a CSV export puts before text that a
/// spreadsheet would otherwise run as a formula (`'=…`, `'+86 …`).
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The value a cell names, in Chinese (`工业`) or by its code in any case (`Industrial`),
/// full-width characters folded.
pub fn named<T: Copy>(
    all: &[T],
    text: &str,
    zh: impl Fn(T) -> &'static str,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let t = fold_width(text).trim().to_string();
    all.iter()
        .copied()
        .find(|v| zh(*v) == t)
        .or_else(|| parse(&t.to_lowercase().replace(' ', "_")))
}

/// A column of the ledger sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Code,
    Name,
    Category,
    Level,
    Location,
    TotalInvestment,
    AnnualPlan,
    CompletedToDate,
    Leader,
    Unit,
    Person,
    Phone,
    Email,
    Start,
    Finish,
    Stage,
    /// `节点N` holding "date: title".
    Milestone(u32),
    /// `节点N时间` of a date/title pair.
    MilestoneDate(u32),
    /// `节点N内容` of a date/title pair.
    MilestoneTitle(u32),
    Progress,
    Problems,
}

/// Full-width ASCII (`１２３`, `（`, `：`) and the ideographic space as their ASCII forms.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// A header as compared: width folded, lower case, without spaces, without a unit in
/// brackets (`总投资（万元）` → `总投资`).
fn header_key(header: &str) -> String {
    let folded = fold_width(header).trim().to_lowercase();
    let without_unit = match folded.find('(') {
        Some(i) if folded.ends_with(')') => folded[..i].to_string(),
        _ => folded,
    };
    without_unit
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

const NAMES: &[(Column, &[&str])] = &[
    (Column::Code, &["项目编号", "编号", "code", "projectcode"]),
    (
        Column::Name,
        &["项目名称", "名称", "name", "projectname", "project"],
    ),
    (Column::Category, &["项目类别", "类别", "category"]),
    (Column::Level, &["级别", "项目级别", "level"]),
    (Column::Location, &["建设地点", "地点", "location"]),
    (
        Column::TotalInvestment,
        &["总投资", "计划总投资", "totalinvestment"],
    ),
    (
        Column::AnnualPlan,
        &["年度计划投资", "年度计划", "annualplan"],
    ),
    (
        Column::CompletedToDate,
        &["累计完成投资", "已完成投资", "completed", "completedtodate"],
    ),
    (
        Column::Leader,
        &["责任领导", "分包领导", "leader", "responsibleleader"],
    ),
    (Column::Unit, &["责任单位", "unit", "responsibleunit"]),
    (Column::Person, &["责任人", "person", "responsibleperson"]),
    (Column::Phone, &["联系电话", "电话", "phone"]),
    (Column::Email, &["电子邮箱", "邮箱", "email", "e-mail"]),
    (
        Column::Start,
        &["开工时间", "计划开工时间", "start", "plannedstart"],
    ),
    (
        Column::Finish,
        &["竣工时间", "计划竣工时间", "finish", "plannedfinish"],
    ),
    (Column::Stage, &["建设阶段", "阶段", "stage"]),
    (Column::Progress, &["进展情况", "进展", "progress"]),
    (Column::Problems, &["存在问题", "问题", "problems"]),
];

/// The column a header names, or `None` for a column the ledger does not hold (notes,
/// sequence numbers): those are left alone.
pub fn column_of(header: &str) -> Option<Column> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    if let Some((c, _)) = NAMES
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
    {
        return Some(*c);
    }
    milestone_column(&key)
}

/// `节点3`, `节点3时间`/`节点3日期`, `节点3内容`/`节点3名称`, `milestone3`, `milestone3date`,
/// `milestone3title`.
fn milestone_column(key: &str) -> Option<Column> {
    let rest = key
        .strip_prefix("节点")
        .or_else(|| key.strip_prefix("建设时间节点"))
        .or_else(|| key.strip_prefix("milestone"))?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n: u32 = digits.parse().ok().filter(|n| (1..=99).contains(n))?;
    match &rest[digits.len()..] {
        "" => Some(Column::Milestone(n)),
        "时间" | "日期" | "date" => Some(Column::MilestoneDate(n)),
        "内容" | "名称" | "title" => Some(Column::MilestoneTitle(n)),
        _ => None,
    }
}

/// Excel's day 0 (its 1900 leap-year bug folded in: serials from 61 on count from here).
fn excel_epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default()
}

/// A date typed into a form: as [`parse_date`] reads a sheet, except a bare number (an
/// Excel serial day means nothing typed by hand; `12` is not 12 January 1900), which is
/// refused unless it is `20260331`.
pub fn parse_typed_date(typed: &str) -> Option<NaiveDate> {
    let s = fold_width(typed).trim().to_string();
    if s.parse::<f64>().is_ok() && !(s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    parse_date(&s).ok()
}

/// A date as written: `2026-03-31`, `2026/3/31`, `2026.3.31`, `2026年3月31日`, `20260331`, or
/// an Excel serial day number (`46112`).
pub fn parse_date(cell: &str) -> Result<NaiveDate, Reason> {
    let s = fold_width(cell).trim().to_string();
    if s.is_empty() {
        return Err(why("empty", "未填写"));
    }
    // `20260331`, or an Excel serial day (a fraction is a time of day).
    if let Ok(serial) = s.parse::<f64>() {
        if s.len() == 8
            && !s.contains('.')
            && let Ok(d) = NaiveDate::parse_from_str(&s, "%Y%m%d")
        {
            return Ok(d);
        }
        if (1.0..=2_958_465.0).contains(&serial) {
            return Ok(excel_epoch() + Duration::days(serial.floor() as i64));
        }
        return Err(not_a_date(&s));
    }
    let unified: String = s.replace(['年', '月', '/', '.'], "-").replace('日', "");
    // A time of day after the date is not part of it: `2026-03-31 08:00` or, as ISO 8601
    // and OpenDocument write it, `2026-03-31T00:00:00`.
    let date_part = unified.split_whitespace().next().unwrap_or("");
    let date_part = match date_part.split_once('T') {
        Some((date, time)) if time.contains(':') => date,
        _ => date_part,
    };
    let parts: Vec<&str> = date_part.split('-').collect();
    if let [y, m, d] = parts[..]
        && let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
        && (1900..=2200).contains(&y)
    {
        return NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| not_a_date(&s));
    }
    Err(why(
        format!("{s} is not a date (2026-03-31, 2026/3/31 or 2026年3月31日)"),
        format!("“{s}”不是日期（可写作 2026-03-31、2026/3/31 或 2026年3月31日）"),
    ))
}

fn not_a_date(s: &str) -> Reason {
    why(format!("{s} is not a date"), format!("“{s}”不是有效日期"))
}

/// An amount in yuan from a cell whose column is in 万元: `1234.5`, `1,234.5`, or with its
/// own unit (`1.2亿`, `3000万元`, `8500元`). Never negative.
pub fn parse_amount(cell: &str) -> Result<i64, Reason> {
    let s: String = fold_width(cell)
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '，' && !c.is_whitespace())
        .collect();
    if s.is_empty() {
        return Err(why("empty", "未填写"));
    }
    if s.starts_with('-') {
        return Err(why(format!("{s} is negative"), format!("“{s}”为负数")));
    }
    let (number, unit) = if let Some(n) = s.strip_suffix("亿元").or_else(|| s.strip_suffix('亿'))
    {
        (n, YI)
    } else if let Some(n) = s.strip_suffix("万元").or_else(|| s.strip_suffix('万')) {
        (n, WAN)
    } else if let Some(n) = s.strip_suffix('元') {
        (n, 1)
    } else {
        (s.as_str(), WAN)
    };
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || (!frac.is_empty() && !digits(frac)) {
        return Err(why(
            format!("{s} is not an amount"),
            format!("“{s}”不是金额"),
        ));
    }
    // Exact decimal arithmetic: 万元 with four decimals is a whole yuan.
    let scale = 10i128.pow(frac.len() as u32);
    let value: i128 = format!("{whole}{frac}")
        .parse::<i128>()
        .map_err(|_| too_large(&s))?;
    let yuan = value * unit as i128;
    if yuan % scale != 0 {
        return Err(why(
            format!("{s} has more decimals than a yuan"),
            format!("“{s}”精确到了元以下"),
        ));
    }
    i64::try_from(yuan / scale).map_err(|_| too_large(&s))
}

fn too_large(s: &str) -> Reason {
    why(format!("{s} is too large"), format!("“{s}”数额过大"))
}

/// A milestone cell "date: title" (`2026-03-31：完成土地摘牌`, `2026年3月31日 完成土地摘牌`).
pub fn parse_milestone(cell: &str) -> Result<(NaiveDate, String), Reason> {
    let s = fold_width(cell);
    let s = s.trim();
    let split = s
        .find([':', '：'])
        .map(|i| {
            (
                &s[..i],
                &s[i + s[i..].chars().next().map_or(1, char::len_utf8)..],
            )
        })
        .or_else(|| {
            // Without a colon: the date ends at the first space, or at 日.
            s.find(char::is_whitespace)
                .map(|i| (&s[..i], &s[i..]))
                .or_else(|| {
                    s.find('日')
                        .map(|i| (&s[..i + '日'.len_utf8()], &s[i + '日'.len_utf8()..]))
                })
        })
        .ok_or_else(|| {
            why(
                format!("{s}: write it as \"date: title\""),
                format!("“{s}”应写作“日期：节点内容”"),
            )
        })?;
    let date = parse_date(split.0)?;
    let title = split.1.trim().trim_start_matches(['-', '—']).trim();
    if title.is_empty() {
        return Err(why(
            format!("{s}: the milestone has no title"),
            format!("“{s}”缺少节点内容"),
        ));
    }
    Ok((date, title.to_string()))
}

/// An example row for the template: every column filled as it should be.
pub fn example() -> LedgerRow {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
    LedgerRow {
        code: "KP-2027-01".into(),
        name: "（示例）冷链物流园项目".into(),
        category: "服务业".into(),
        level: crate::project::Level::Municipal.zh().into(),
        location: "经开区泰山路南段".into(),
        total_investment: 300_000 * 10_000,
        annual_plan: Some(80_000 * 10_000),
        completed_to_date: 12_345 * 10_000 + 5_000,
        leader: "张卫东".into(),
        unit: "经济发展局".into(),
        person: "李娜".into(),
        phone: "0395-3361001".into(),
        email: "li.na@example.gov.cn".into(),
        start: d(2027, 3, 1),
        finish: d(2028, 6, 30),
        stage: "签约".into(),
        milestones: vec![
            (d(2027, 3, 31), "完成土地摘牌".into()),
            (d(2027, 6, 30), "主体开工建设".into()),
            (d(2027, 12, 31), "主体结构封顶".into()),
        ],
        progress: "已完成项目备案，正在办理用地手续。".into(),
        problems: "".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn headers_are_matched_by_name_in_either_language() {
        assert_eq!(column_of("项目编号"), Some(Column::Code));
        assert_eq!(column_of(" 总投资（万元） "), Some(Column::TotalInvestment));
        assert_eq!(column_of("年度计划投资(万元)"), Some(Column::AnnualPlan));
        assert_eq!(column_of("Responsible Person"), Some(Column::Person));
        assert_eq!(column_of("ＥＭＡＩＬ"), Some(Column::Email));
        assert_eq!(column_of("节点3"), Some(Column::Milestone(3)));
        assert_eq!(column_of("节点 12 时间"), Some(Column::MilestoneDate(12)));
        assert_eq!(column_of("节点2内容"), Some(Column::MilestoneTitle(2)));
        assert_eq!(
            column_of("Milestone 4 date"),
            Some(Column::MilestoneDate(4))
        );
        assert_eq!(column_of("备注"), None);
        assert_eq!(column_of("序号"), None);
        assert_eq!(column_of("节点0"), None);
        assert_eq!(column_of(""), None);
    }

    #[test]
    fn dates_in_the_forms_people_and_excel_write() {
        for s in [
            "2026-03-31",
            "2026/3/31",
            "2026.3.31",
            "2026年3月31日",
            "２０２６年３月３１日",
            "20260331",
            "46112",
            "46112.5",
            "2026-03-31 00:00:00",
            "2026-03-31T00:00:00",
            "2026-03-31T08:30",
        ] {
            assert_eq!(parse_date(s), Ok(d("2026-03-31")), "{s}");
        }
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("2026-03-31T").is_err());
        assert!(parse_date("下月底").is_err());
        assert!(parse_date("").is_err());
        assert!(parse_date("-3").is_err());
    }

    #[test]
    fn amounts_in_wan_or_with_their_own_unit() {
        assert_eq!(parse_amount("1234.5"), Ok(12_345_000));
        assert_eq!(parse_amount("1,234.5"), Ok(12_345_000));
        assert_eq!(parse_amount("１２３４．５"), Ok(12_345_000));
        assert_eq!(parse_amount("1.2亿"), Ok(120_000_000));
        assert_eq!(parse_amount("1.2亿元"), Ok(120_000_000));
        assert_eq!(parse_amount("3000万元"), Ok(30_000_000));
        assert_eq!(parse_amount("8500元"), Ok(8_500));
        assert_eq!(parse_amount("0.0001"), Ok(1));
        assert!(parse_amount("0.00001").is_err());
        assert!(parse_amount("-5").unwrap_err().en.contains("negative"));
        assert_eq!(parse_amount("-5").unwrap_err().zh, "“-5”为负数");
        assert!(parse_amount("五千万").is_err());
    }

    #[test]
    fn milestone_cells_hold_a_date_and_a_title() {
        let want = Ok((d("2026-03-31"), "完成土地摘牌".to_string()));
        assert_eq!(parse_milestone("2026-03-31: 完成土地摘牌"), want);
        assert_eq!(parse_milestone("2026/3/31：完成土地摘牌"), want);
        assert_eq!(parse_milestone("2026年3月31日完成土地摘牌"), want);
        let nov30 = NaiveDate::from_ymd_opt(2026, 11, 30);
        for typed in [
            "2026-11-30",
            "2026/11/30",
            "2026年11月30日",
            " 2026.11.30 ",
            "20261130",
        ] {
            assert_eq!(parse_typed_date(typed), nov30, "{typed}");
        }
        for typed in ["12", "46112", "2026-13-01", "十一月三十日", ""] {
            assert_eq!(parse_typed_date(typed), None, "{typed}");
        }
        assert_eq!(parse_milestone("2026.3.31 完成土地摘牌"), want);
        assert!(parse_milestone("完成土地摘牌").is_err());
        assert!(parse_milestone("2026-03-31:").is_err());
    }
}
