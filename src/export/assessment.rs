//! The year-end assessment as files for people: CSV (UTF-8 with BOM, one row per project
//! with each component, deductions, bonus, total and tier), XLSX and printable HTML.

use rust_xlsxwriter::{DocProperties, Workbook, XlsxError};
use serde::Serialize;

use super::html::render;
use super::xlsx::{Cell, RED_TINT, Row, Table, list_sheet};
use super::{ReportFormat, date_zh, holder_name};
use crate::domain::assessment::{Assessment, GroupScore, ProjectScore};
use crate::store::assessments::Run;

/// The formats `GET /api/v1/assessments/{id}` and `duban assess` speak.
/// The pale green of a reward tier's cell.
pub const GREEN_TINT: u32 = 0xC6EFCE;

/// A run in `fmt`, as the bytes of a file (JSON pretty-printed).
pub fn assessment(run: &Run, fmt: ReportFormat) -> Result<Vec<u8>, String> {
    match fmt {
        ReportFormat::Json => serde_json::to_vec_pretty(run).map_err(|e| e.to_string()),
        ReportFormat::Csv => assessment_csv(run),
        ReportFormat::Xlsx => assessment_xlsx(run),
        ReportFormat::Html => assessment_html(run).map(String::into_bytes),
    }
}

/// The file name, without extension, of a run: `assessment-2026-7`.
pub fn assessment_stem(run: &Run) -> String {
    format!("assessment-{}-{}", run.year, run.id)
}

/// One row per project, ranked, as on the workbook's 项目得分 sheet.
pub fn assessment_csv(run: &Run) -> Result<Vec<u8>, String> {
    let Some(a) = &run.result else {
        return Err("the run has no result".into());
    };
    super::csv::table_csv(&project_table(a))
}

fn status_zh(status: &str) -> &'static str {
    match status {
        crate::store::assessments::PUBLISHED => "已发布",
        _ => "草稿",
    }
}

fn kind_zh(kind: &str) -> &'static str {
    match kind {
        "reschedule" => "调整节点",
        "red_month" => "红灯月份",
        "missing_report" => "投资未报",
        "late_start" => "未按期开工",
        "veto" => "一票否决",
        _ => "逾期",
    }
}

fn appeal_status_zh(status: &str) -> &'static str {
    match status {
        crate::store::assessments::APPEAL_ACCEPTED => "已采纳",
        crate::store::assessments::APPEAL_REJECTED => "已驳回",
        _ => "待处理",
    }
}

fn party_zh(party: &str) -> &'static str {
    match party {
        "leader" => "责任领导",
        _ => "责任单位",
    }
}

fn component_score(p: &ProjectScore, key: &str) -> Option<f64> {
    p.components.iter().find(|c| c.key == key).map(|c| c.score)
}

/// The fill of a tier's cell: tiers that take the scores below a line (约谈) are pale red,
/// the place-based reward tiers (重奖, 表彰) pale green.
fn tier_fill(a: &Assessment, tier: &str) -> u32 {
    let penalty = a
        .tiers
        .iter()
        .find(|t| t.name == tier)
        .is_some_and(|t| t.rule.starts_with("低于"));
    if penalty { RED_TINT } else { GREEN_TINT }
}

fn tier_cell(a: &Assessment, tier: &Option<String>) -> Cell {
    match tier {
        Some(t) => Cell::Mark(t.clone(), tier_fill(a, t)),
        None => Cell::Empty,
    }
}

/// `2026 年度重点项目考核结果`.
fn title(a: &Assessment) -> String {
    format!("{} 年度重点项目考核结果", a.year)
}

/// The XLSX columns of the project sheet.
pub const PROJECT_HEADERS: [&str; 16] = [
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

/// The ranked projects, one typed row each: the 项目得分 sheet, and the CSV.
fn project_table(a: &Assessment) -> Table {
    Table {
        headers: PROJECT_HEADERS.to_vec(),
        rows: a
            .projects
            .iter()
            .map(|p| {
                let comp = |k: &str| {
                    component_score(p, k)
                        .map(Cell::Score)
                        .unwrap_or(Cell::Empty)
                };
                Row::new(vec![
                    Cell::Count(p.rank as i64),
                    Cell::text(&p.code),
                    Cell::text(&p.name),
                    Cell::text(holder_name(&p.leader)),
                    Cell::text(holder_name(&p.unit)),
                    comp("milestones"),
                    comp("investment"),
                    comp("stage"),
                    comp("service"),
                    Cell::Score(p.deductions_total),
                    Cell::Score(p.bonus_total),
                    Cell::Score(p.score),
                    accrued(p).map(Cell::Count).unwrap_or(Cell::Empty),
                    p.veto
                        .as_ref()
                        .map(|v| {
                            Cell::text(format!(
                                "{} {}（{}）",
                                v.occurred_on,
                                crate::domain::assessment::veto_kind_zh(&v.kind),
                                v.evidence
                            ))
                        })
                        .unwrap_or(Cell::Empty),
                    tier_cell(a, &p.tier),
                    Cell::text(&p.explanation),
                ])
            })
            .collect(),
    }
}

/// Working days a project's milestones were overdue before moves made after they fell due
/// (逾期后调整), when any.
fn accrued(p: &ProjectScore) -> Option<i64> {
    let n: i64 = p
        .deductions
        .iter()
        .filter_map(|d| d.accrued_working_days)
        .sum();
    (n > 0).then_some(n)
}

fn opt_date(d: Option<chrono::NaiveDate>) -> Cell {
    d.map(Cell::Date).unwrap_or(Cell::Empty)
}

fn group_table(who: &'static str, a: &Assessment, groups: &[GroupScore]) -> Table {
    Table {
        headers: vec!["排名", who, "得分", "奖惩档次", "项目数", "计算说明"],
        rows: groups
            .iter()
            .map(|g| {
                Row::new(vec![
                    Cell::Count(g.rank as i64),
                    Cell::text(&g.name),
                    Cell::Score(g.score),
                    tier_cell(a, &g.tier),
                    Cell::Count(g.projects.len() as i64),
                    Cell::text(&g.explanation),
                ])
            })
            .collect(),
    }
}

/// The run as an Excel workbook: 项目得分, 扣分明细, 单位得分, 领导得分, 申诉, 考核办法.
pub fn assessment_xlsx(run: &Run) -> Result<Vec<u8>, String> {
    let Some(a) = &run.result else {
        return Err("the run has no result".into());
    };
    build_xlsx(run, a).map_err(|e| format!("xlsx: {e}"))
}

fn build_xlsx(run: &Run, a: &Assessment) -> Result<Vec<u8>, XlsxError> {
    let title = title(a);
    let note = format!(
        "{}；考核截至 {}（评判日 {}）；考核办法：{}；{}",
        status_zh(&run.status),
        date_zh(a.as_of),
        date_zh(a.judged_on),
        a.model_name,
        if run.id > 0 {
            format!("第 {} 号考核", run.id)
        } else {
            "未保存".to_string()
        }
    );
    let heading = format!(
        "{title}（截至 {}，{}，{}）",
        date_zh(a.as_of),
        a.model_name,
        status_zh(&run.status)
    );
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_title(&title).set_author("督办"));

    let projects = project_table(a);
    let mut first = list_sheet("项目得分", &heading, &note, &projects, 3)?;
    first.set_active(true);
    wb.push_worksheet(first);

    let deductions = Table {
        headers: vec![
            "项目编号",
            "项目名称",
            "类型",
            "节点",
            "应完成日期",
            "完成日期",
            "工作日",
            "其中调整前逾期",
            "申请日期",
            "调整后日期",
            "扣分",
            "已豁免",
            "说明",
        ],
        rows: a
            .projects
            .iter()
            .flat_map(|p| {
                p.deductions.iter().map(move |d| {
                    Row::new(vec![
                        Cell::text(&p.code),
                        Cell::text(&p.name),
                        Cell::text(kind_zh(&d.kind)),
                        Cell::text(&d.milestone),
                        Cell::Date(d.due),
                        opt_date(d.completed_on),
                        d.working_days.map(Cell::Count).unwrap_or(Cell::Empty),
                        d.accrued_working_days
                            .map(Cell::Count)
                            .unwrap_or(Cell::Empty),
                        opt_date(d.requested_on),
                        opt_date(d.new_due),
                        Cell::Score(d.points),
                        Cell::text(if d.waived { "是" } else { "否" }),
                        Cell::text(&d.explanation),
                    ])
                })
            })
            .collect(),
    };
    wb.push_worksheet(list_sheet("扣分明细", &heading, &note, &deductions, 2)?);

    for (sheet, who, groups) in [
        ("单位得分", "责任单位", &a.units),
        ("领导得分", "责任领导", &a.leaders),
    ] {
        let t = group_table(who, a, groups);
        wb.push_worksheet(list_sheet(sheet, &heading, &note, &t, 2)?);
    }

    let appeals = Table {
        headers: vec![
            "项目编号",
            "扣分项",
            "申诉方",
            "申诉理由",
            "提出人",
            "状态",
            "处理意见",
            "处理人",
        ],
        rows: run
            .appeals
            .iter()
            .flatten()
            .map(|ap| {
                Row::new(vec![
                    Cell::text(&ap.project_code),
                    Cell::text(&ap.deduction_key),
                    Cell::text(party_zh(&ap.party)),
                    Cell::text(&ap.reason),
                    Cell::text(&ap.filed_by),
                    Cell::text(appeal_status_zh(&ap.status)),
                    Cell::Text(ap.decision_reason.clone().unwrap_or_default()),
                    Cell::Text(ap.decided_by.clone().unwrap_or_default()),
                ])
            })
            .collect(),
    };
    wb.push_worksheet(list_sheet("申诉", &heading, &note, &appeals, 1)?);

    let mut lines = vec![
        Row::new(vec![Cell::Text(format!("考核办法：{}", a.model_name))]),
        Row::new(vec![Cell::Text(format!("同分排序：{}", a.tie_break))]),
    ];
    lines.extend(
        a.tiers
            .iter()
            .map(|t| Row::new(vec![Cell::Text(format!("奖惩档次 {}：{}", t.name, t.rule))])),
    );
    if let Some(toml) = &run.model_toml {
        lines.push(Row::new(vec![Cell::Empty]));
        lines.extend(toml.lines().map(|l| Row::new(vec![Cell::text(l)])));
    }
    let model = Table {
        headers: vec!["考核办法"],
        rows: lines,
    };
    wb.push_worksheet(list_sheet("考核办法", &heading, &note, &model, 0)?);
    wb.save_to_buffer()
}

#[derive(Serialize)]
struct TierView {
    name: String,
    rule: String,
    penalty: bool,
    projects: Vec<String>,
    units: Vec<String>,
    leaders: Vec<String>,
}

#[derive(Serialize)]
struct LineView {
    label: String,
    score: String,
    explanation: String,
    waived: bool,
}

#[derive(Serialize)]
struct ProjectView {
    rank: usize,
    code: String,
    name: String,
    leader: String,
    unit: String,
    components: Vec<LineView>,
    deductions: Vec<LineView>,
    bonuses: Vec<LineView>,
    components_total: String,
    deductions_total: String,
    bonus_total: String,
    score: String,
    explanation: String,
    tier: Option<String>,
    penalty: bool,
    /// 一票否决, as read.
    veto: Option<String>,
    /// Working days overdue before moves made after the due date (逾期后调整).
    accrued: Option<i64>,
}

#[derive(Serialize)]
struct ShareView {
    code: String,
    name: String,
    score: String,
    days_held: i64,
    share_percent: String,
}

#[derive(Serialize)]
struct GroupView {
    rank: usize,
    name: String,
    score: String,
    tier: Option<String>,
    penalty: bool,
    explanation: String,
    projects: Vec<ShareView>,
}

#[derive(Serialize)]
struct AppealView {
    project_code: String,
    deduction_key: String,
    party: &'static str,
    reason: String,
    status: &'static str,
    decision_reason: String,
}

#[derive(Serialize)]
struct AssessmentPage {
    title: String,
    subtitle: String,
    status: &'static str,
    model_name: String,
    tie_break: String,
    tiers: Vec<TierView>,
    projects: Vec<ProjectView>,
    units: Vec<GroupView>,
    leaders: Vec<GroupView>,
    appeals: Vec<AppealView>,
}

fn points(x: f64) -> String {
    format!("{x:.2}")
}

fn is_penalty(a: &Assessment, tier: &Option<String>) -> bool {
    tier.as_deref().is_some_and(|t| tier_fill(a, t) == RED_TINT)
}

fn group_view(a: &Assessment, g: &GroupScore) -> GroupView {
    GroupView {
        rank: g.rank,
        name: g.name.clone(),
        score: points(g.score),
        tier: g.tier.clone(),
        penalty: is_penalty(a, &g.tier),
        explanation: g.explanation.clone(),
        projects: g
            .projects
            .iter()
            .map(|s| ShareView {
                code: s.code.clone(),
                name: s.name.clone(),
                score: points(s.score),
                days_held: s.days_held,
                share_percent: format!("{:.2}%", s.share_percent),
            })
            .collect(),
    }
}

fn project_view(a: &Assessment, p: &ProjectScore) -> ProjectView {
    ProjectView {
        veto: p.veto.as_ref().map(|v| {
            format!(
                "一票否决：{} {}（{}）",
                v.occurred_on,
                crate::domain::assessment::veto_kind_zh(&v.kind),
                v.evidence
            )
        }),
        accrued: accrued(p),
        rank: p.rank,
        code: p.code.clone(),
        name: p.name.clone(),
        leader: holder_name(&p.leader).to_string(),
        unit: holder_name(&p.unit).to_string(),
        components: p
            .components
            .iter()
            .map(|c| LineView {
                label: c.label.clone(),
                score: format!("{} / {}", points(c.score), points(c.points)),
                explanation: c.explanation.clone(),
                waived: false,
            })
            .collect(),
        deductions: p
            .deductions
            .iter()
            .map(|d| LineView {
                label: format!("{}：{}", kind_zh(&d.kind), d.milestone),
                score: format!("−{}", points(d.points)),
                explanation: d.explanation.clone(),
                waived: d.waived,
            })
            .collect(),
        bonuses: p
            .bonuses
            .iter()
            .map(|b| LineView {
                label: b.milestone.clone(),
                score: format!("+{}", points(b.points)),
                explanation: format!(
                    "应于 {} 完成，{} 完成，提前 {} 个工作日",
                    b.due, b.completed_on, b.working_days_early
                ),
                waived: false,
            })
            .collect(),
        components_total: points(p.components_total),
        deductions_total: points(p.deductions_total),
        bonus_total: points(p.bonus_total),
        score: points(p.score),
        explanation: p.explanation.clone(),
        tier: p.tier.clone(),
        penalty: is_penalty(a, &p.tier),
    }
}

/// The run as a printable A4 page (auto-escaped).
pub fn assessment_html(run: &Run) -> Result<String, String> {
    let Some(a) = &run.result else {
        return Err("the run has no result".into());
    };
    let page = AssessmentPage {
        title: title(a),
        subtitle: format!(
            "考核截至 {}（评判日 {}）",
            date_zh(a.as_of),
            date_zh(a.judged_on)
        ),
        status: status_zh(&run.status),
        model_name: a.model_name.clone(),
        tie_break: a.tie_break.clone(),
        tiers: a
            .tiers
            .iter()
            .map(|t| TierView {
                name: t.name.clone(),
                rule: t.rule.clone(),
                penalty: t.rule.starts_with("低于"),
                projects: t.projects.clone(),
                units: t.units.clone(),
                leaders: t.leaders.clone(),
            })
            .collect(),
        projects: a.projects.iter().map(|p| project_view(a, p)).collect(),
        units: a.units.iter().map(|g| group_view(a, g)).collect(),
        leaders: a.leaders.iter().map(|g| group_view(a, g)).collect(),
        appeals: run
            .appeals
            .iter()
            .flatten()
            .map(|ap| AppealView {
                project_code: ap.project_code.clone(),
                deduction_key: ap.deduction_key.clone(),
                party: party_zh(&ap.party),
                reason: ap.reason.clone(),
                status: appeal_status_zh(&ap.status),
                decision_reason: ap.decision_reason.clone().unwrap_or_default(),
            })
            .collect(),
    };
    render("assessment.html", &page)
}
