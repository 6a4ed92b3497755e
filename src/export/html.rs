//! The inspection report as a printable A4 bulletin (HTML), and the template environment
//! another report's page reuses: templates under `templates/`, compiled in, auto-escaped
//! (a project named `<script>` prints as text), with the page layout and print rules in
//! `_base.html` for every report to extend.

use std::sync::OnceLock;

use minijinja::Environment;
use serde::Serialize;

use super::{
    ChangeLine, change_lines, changes_heading, date_zh, holder_name, inspection_title, light_zh,
    percent_text, stage_zh, summary_figures, wan_grouped,
};
use crate::domain::report::{Figures, GroupFigures, InspectionReport, ProjectRow};
use crate::domain::rules::Light;

const TEMPLATES: &[(&str, &str)] = &[
    ("_base.html", include_str!("templates/_base.html")),
    ("inspection.html", include_str!("templates/inspection.html")),
    ("assessment.html", include_str!("templates/assessment.html")),
];

fn env() -> Result<&'static Environment<'static>, String> {
    static ENV: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENV.get_or_init(|| {
        // A missing value is a bug here, not a blank in a bulletin sent to leaders.
        crate::templates::environment(TEMPLATES, crate::templates::Whitespace::Trimmed)
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Renders the compiled-in template `name` with `ctx`.
pub fn render(name: &str, ctx: &impl Serialize) -> Result<String, String> {
    env()?
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| format!("template {name}: {e:#}"))
}

/// The CSS class of a light, matching `.light.red` etc. in `_base.html`.
pub fn light_class(l: Light) -> &'static str {
    match l {
        Light::Green => "green",
        Light::Yellow => "yellow",
        Light::Red => "red",
    }
}

#[derive(Serialize)]
struct FigureView {
    label: String,
    value: String,
}

#[derive(Serialize)]
struct GroupView {
    rank: usize,
    name: String,
    projects: usize,
    start_rate: String,
    annual_plan: String,
    completed: String,
    percent_of_plan: String,
    milestones_due: usize,
    done_on_time: usize,
    done_late: usize,
    overdue: usize,
    on_time_rate: String,
    baseline_on_time_rate: String,
    moved_while_overdue: usize,
    accrued_working_days: i64,
    green: usize,
    yellow: usize,
    red: usize,
}

impl From<&GroupFigures> for GroupView {
    fn from(g: &GroupFigures) -> Self {
        let f = &g.figures;
        Self {
            rank: g.rank,
            name: g.name.clone(),
            projects: f.projects,
            start_rate: percent_text(f.start_rate),
            annual_plan: wan_grouped(f.annual_plan),
            completed: wan_grouped(f.completed_to_date),
            percent_of_plan: percent_text(f.percent_of_plan),
            milestones_due: f.milestones_due,
            done_on_time: f.done_on_time,
            done_late: f.done_late,
            overdue: f.overdue,
            on_time_rate: percent_text(f.on_time_rate),
            baseline_on_time_rate: percent_text(f.baseline_on_time_rate),
            moved_while_overdue: f.moved_while_overdue,
            accrued_working_days: f.accrued_working_days,
            green: f.green,
            yellow: f.yellow,
            red: f.red,
        }
    }
}

#[derive(Serialize)]
struct ProjectView {
    code: String,
    name: String,
    leader: String,
    unit: String,
    stage: String,
    light: &'static str,
    light_class: &'static str,
    due_so_far: usize,
    done_on_time: usize,
    done_late: usize,
    overdue: usize,
    annual_plan: String,
    completed: String,
    percent_of_plan: String,
    next: String,
    progress: String,
    adjusted: bool,
    reasons: String,
    moved: String,
}

impl From<&ProjectRow> for ProjectView {
    fn from(p: &ProjectRow) -> Self {
        Self {
            code: p.code.clone(),
            name: p.name.clone(),
            leader: holder_name(&p.leader).to_string(),
            unit: holder_name(&p.unit).to_string(),
            stage: stage_zh(p.stage).to_string(),
            light: light_zh(p.light),
            light_class: light_class(p.light),
            due_so_far: p.due_so_far,
            done_on_time: p.done_on_time,
            done_late: p.done_late,
            overdue: p.overdue.len(),
            annual_plan: p.annual_plan.map(wan_grouped).unwrap_or_default(),
            completed: wan_grouped(p.completed_to_date),
            percent_of_plan: p
                .annual_plan
                .map(|_| percent_text(p.percent_of_plan))
                .unwrap_or_default(),
            next: p
                .next
                .as_ref()
                .map(|n| {
                    format!(
                        "{}（{}，剩 {} 个工作日）",
                        n.title, n.due, n.working_days_left
                    )
                })
                .unwrap_or_default(),
            progress: p
                .latest_progress
                .as_ref()
                .map(|(d, t)| format!("{d} {t}"))
                .unwrap_or_default(),
            adjusted: p.adjusted,
            reasons: super::reasons_zh(p),
            moved: super::moved_zh(p),
        }
    }
}

#[derive(Serialize)]
struct OverdueView {
    code: String,
    project: String,
    title: String,
    due: String,
    working_days_overdue: i64,
    leader: String,
    unit: String,
    person: String,
}

#[derive(Serialize)]
struct InspectionPage {
    /// The letterhead of an issued bulletin (a report merely printed has none).
    issue: Option<IssueView>,
    title: String,
    subtitle: String,
    as_of: String,
    overview: String,
    figures: Vec<FigureView>,
    changes_heading: Option<String>,
    changes: Vec<ChangeLine>,
    by_leader: Vec<GroupView>,
    by_unit: Vec<GroupView>,
    projects: Vec<ProjectView>,
    overdue: Vec<OverdueView>,
    forecast: Vec<String>,
    slips: Vec<crate::domain::report::SlipRisk>,
}

#[derive(Serialize)]
struct IssueView {
    /// `2026年第3期`.
    number: String,
    issuer: String,
    issued_on: String,
    cc: String,
}

/// The forecast to 31 December in sentences, a warning first when the year falls short.
fn forecast_lines(r: &InspectionReport) -> Vec<String> {
    let Some(f) = &r.forecast else {
        return vec![];
    };
    let mut out = Vec::new();
    match (f.projected, f.projected_percent) {
        (Some(p), pct) => out.push(format!(
            "按已结束 {} 个月的平均进度，预计全年完成投资 {} 万元，为年度计划 {} 万元的 {}{}",
            f.months_closed,
            crate::domain::money::wan(p),
            crate::domain::money::wan(f.annual_plan),
            pct.map(|x| format!("{x:.1}%"))
                .unwrap_or_else(|| "-".into()),
            if f.investment_short {
                "，低于年度目标，请督促加快进度。"
            } else {
                "。"
            }
        )),
        (None, _) => out.push("本年尚无已结束月份的投资月报，暂不预测全年投资。".into()),
    }
    if !f.projects_short.is_empty() {
        let names: Vec<String> = f
            .projects_short
            .iter()
            .take(10)
            .map(|p| {
                format!(
                    "{}（预计 {}）",
                    p.name,
                    p.projected_percent
                        .map(|x| format!("{x:.1}%"))
                        .unwrap_or_else(|| "-".into())
                )
            })
            .collect();
        out.push(format!(
            "按当前进度预计完不成年度投资计划的项目 {} 个：{}{}",
            f.projects_short.len(),
            names.join("、"),
            if f.projects_short.len() > 10 {
                "等"
            } else {
                ""
            }
        ));
    }
    out.push(format!(
        "年底前尚有 {} 个节点到期，其中 {} 个存在延误风险。",
        f.milestones_due_by_year_end,
        f.likely_to_slip.len()
    ));
    out
}

/// The opening paragraph of the bulletin, in the words such notices use.
fn overview(f: &Figures) -> String {
    let stages: Vec<String> = crate::domain::stage::Stage::ALL
        .into_iter()
        .filter_map(|s| {
            let n = f.by_stage.get(s.as_str()).copied().unwrap_or(0);
            (n > 0).then(|| format!("{}{n}个", s.zh()))
        })
        .collect();
    let stages = if stages.is_empty() {
        String::new()
    } else {
        format!("，其中{}", stages.join("、"))
    };
    format!(
        "纳入督查的重点项目共{}个{stages}。应开工项目{}个，已开工{}个，开工率{}。\
         年度计划投资{}万元，累计完成{}万元，完成年度计划的{}。\
         应完成建设节点{}个，按期完成{}个、逾期完成{}个、逾期未完成{}个，节点按期完成率{}（按调整后）、{}（按原计划）{}。\
         绿灯项目{}个、黄灯项目{}个、红灯项目{}个。",
        f.projects,
        f.planned_to_start,
        f.started,
        percent_text(f.start_rate),
        wan_grouped(f.annual_plan),
        wan_grouped(f.completed_to_date),
        percent_text(f.percent_of_plan),
        f.milestones_due,
        f.done_on_time,
        f.done_late,
        f.overdue,
        percent_text(f.on_time_rate),
        percent_text(f.baseline_on_time_rate),
        if f.moved_while_overdue > 0 {
            format!(
                "，逾期后调整节点{}个、调整前已逾期{}个工作日",
                f.moved_while_overdue, f.accrued_working_days
            )
        } else {
            String::new()
        },
        f.green,
        f.yellow,
        f.red,
    )
}

/// The inspection report as a printable HTML page.
pub fn inspection_html(
    r: &InspectionReport,
    head: Option<&super::IssuedHead>,
) -> Result<String, String> {
    let mut overdue: Vec<OverdueView> = r
        .projects
        .iter()
        .flat_map(|p| {
            p.overdue.iter().map(move |o| OverdueView {
                code: p.code.clone(),
                project: p.name.clone(),
                title: o.title.clone(),
                due: o.due.to_string(),
                working_days_overdue: o.working_days_overdue,
                leader: holder_name(&p.leader).to_string(),
                unit: holder_name(&p.unit).to_string(),
                person: holder_name(&p.person).to_string(),
            })
        })
        .collect();
    // Longest overdue first: the bulletin leads with what has waited longest.
    overdue.sort_by(|a, b| {
        b.working_days_overdue
            .cmp(&a.working_days_overdue)
            .then_with(|| a.code.cmp(&b.code))
    });
    let page = InspectionPage {
        issue: head.map(|h| IssueView {
            number: format!("{}年第{}期", h.year, h.serial),
            issuer: h.issuer.clone(),
            issued_on: date_zh(h.issued_on),
            cc: h.cc.join("、"),
        }),
        title: head.map_or_else(|| inspection_title(r.as_of), |h| h.title.clone()),
        subtitle: format!("重点项目推进情况（截至 {}）", date_zh(r.as_of)),
        as_of: date_zh(r.as_of),
        overview: overview(&r.summary),
        figures: summary_figures(&r.summary)
            .into_iter()
            .map(|(label, f)| FigureView {
                label,
                value: f.text(),
            })
            .collect(),
        changes_heading: changes_heading(r),
        changes: change_lines(r),
        by_leader: r.by_leader.iter().map(GroupView::from).collect(),
        by_unit: r.by_unit.iter().map(GroupView::from).collect(),
        projects: r.projects.iter().map(ProjectView::from).collect(),
        overdue,
        forecast: forecast_lines(r),
        slips: r
            .forecast
            .as_ref()
            .map(|f| f.likely_to_slip.clone())
            .unwrap_or_default(),
    };
    render("inspection.html", &page)
}
