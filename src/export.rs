//! Report files for people: the inspection report as CSV (UTF-8 with a byte-order mark, so
//! that Excel opens the Chinese correctly), one row per project, money in 万元.

use crate::domain::money::wan;
use crate::domain::project::{Category, Level};
use crate::domain::report::InspectionReport;
use crate::domain::rules::Light;

const HEADERS: [&str; 21] = [
    "项目编号",
    "项目名称",
    "级别",
    "类别",
    "责任领导",
    "责任单位",
    "责任人",
    "建设阶段",
    "红黄绿灯",
    "应完成节点",
    "按期完成",
    "逾期完成",
    "逾期未完成",
    "最长逾期(工作日)",
    "下一节点",
    "下一节点到期",
    "剩余工作日",
    "年度计划投资(万元)",
    "累计完成投资(万元)",
    "完成比例(%)",
    "最新进展",
];

fn light_zh(l: Light) -> &'static str {
    match l {
        Light::Green => "绿",
        Light::Yellow => "黄",
        Light::Red => "红",
    }
}

/// The projects of an inspection report as CSV bytes.
pub fn inspection_csv(r: &InspectionReport) -> Result<Vec<u8>, String> {
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(HEADERS).map_err(|e| e.to_string())?;
        for p in &r.projects {
            let name = |h: &Option<crate::domain::report::Holder>| {
                h.as_ref().map(|h| h.name.clone()).unwrap_or_default()
            };
            let record = [
                p.code.clone(),
                p.name.clone(),
                Level::parse(&p.level)
                    .map(|l| l.zh().to_string())
                    .unwrap_or_else(|| p.level.clone()),
                Category::parse(&p.category)
                    .map(|c| c.zh().to_string())
                    .unwrap_or_else(|| p.category.clone()),
                name(&p.leader),
                name(&p.unit),
                name(&p.person),
                p.stage.map(|s| s.zh().to_string()).unwrap_or_default(),
                light_zh(p.light).to_string(),
                p.due_so_far.to_string(),
                p.done_on_time.to_string(),
                p.done_late.to_string(),
                p.overdue.len().to_string(),
                p.overdue
                    .iter()
                    .map(|o| o.working_days_overdue)
                    .max()
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                p.next.as_ref().map(|n| n.title.clone()).unwrap_or_default(),
                p.next
                    .as_ref()
                    .map(|n| n.due.to_string())
                    .unwrap_or_default(),
                p.next
                    .as_ref()
                    .map(|n| n.working_days_left.to_string())
                    .unwrap_or_default(),
                p.annual_plan.map(wan).unwrap_or_default(),
                wan(p.completed_to_date),
                p.percent_of_plan
                    .map(|x| format!("{x:.1}"))
                    .unwrap_or_default(),
                p.latest_progress
                    .as_ref()
                    .map(|(d, t)| format!("{d} {t}"))
                    .unwrap_or_default(),
            ];
            w.write_record(&record).map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

pub mod assessment;
pub use assessment::{ASSESSMENT_FORMATS, assessment_file};
