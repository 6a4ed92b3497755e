//! The inspection report as CSV (UTF-8 with a byte-order mark, so that Excel opens the
//! Chinese correctly), one row per project, money in 万元.

use super::{category_zh, holder_name, level_zh, light_zh, stage_zh, worst_overdue};
use crate::domain::money::wan;
use crate::domain::report::InspectionReport;

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

/// The projects of an inspection report as CSV bytes.
pub fn inspection_csv(r: &InspectionReport) -> Result<Vec<u8>, String> {
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = ::csv::Writer::from_writer(&mut out);
        w.write_record(HEADERS).map_err(|e| e.to_string())?;
        for p in &r.projects {
            let name = |h| holder_name(h).to_string();
            let record = [
                p.code.clone(),
                p.name.clone(),
                level_zh(&p.level),
                category_zh(&p.category),
                name(&p.leader),
                name(&p.unit),
                name(&p.person),
                stage_zh(p.stage).to_string(),
                light_zh(p.light).to_string(),
                p.due_so_far.to_string(),
                p.done_on_time.to_string(),
                p.done_late.to_string(),
                p.overdue.len().to_string(),
                worst_overdue(p).map(|n| n.to_string()).unwrap_or_default(),
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
