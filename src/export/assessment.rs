//! The year-end assessment as files for people: CSV (UTF-8 with BOM, one row per project
//! with each component, deductions, bonus, total and tier), XLSX and printable HTML.

use crate::store::assessments::Run;

/// The formats `GET /api/v1/assessments/{id}` and `duban assess` speak.
pub const ASSESSMENT_FORMATS: [&str; 2] = ["json", "csv"];

/// A rendered file with what HTTP needs to serve it.
pub struct FileOut {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    pub disposition: String,
}

/// Renders a run in one of the file formats.
pub fn assessment_file(run: &Run, format: &str) -> Result<FileOut, String> {
    let stem = format!("assessment-{}-{}", run.year, run.id);
    match format {
        "csv" => Ok(FileOut {
            bytes: assessment_csv(run)?,
            content_type: "text/csv; charset=utf-8",
            disposition: format!("attachment; filename=\"{stem}.csv\""),
        }),
        other => Err(format!("format {other} is not available")),
    }
}

const HEADERS: [&str; 14] = [
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
    "奖惩档次",
    "计算说明",
];

/// One row per project, ranked, UTF-8 with a BOM so that Excel reads the Chinese.
pub fn assessment_csv(run: &Run) -> Result<Vec<u8>, String> {
    let Some(a) = &run.result else {
        return Err("the run has no result".into());
    };
    let mut out = Vec::from(&b"\xEF\xBB\xBF"[..]);
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(HEADERS).map_err(|e| e.to_string())?;
        for p in &a.projects {
            let comp = |key: &str| {
                p.components
                    .iter()
                    .find(|c| c.key == key)
                    .map(|c| format!("{:.2}", c.score))
                    .unwrap_or_default()
            };
            let name = |h: &Option<crate::domain::report::Holder>| {
                h.as_ref().map(|h| h.name.clone()).unwrap_or_default()
            };
            let record = [
                p.rank.to_string(),
                p.code.clone(),
                p.name.clone(),
                name(&p.leader),
                name(&p.unit),
                comp("milestones"),
                comp("investment"),
                comp("stage"),
                comp("service"),
                format!("{:.2}", p.deductions_total),
                format!("{:.2}", p.bonus_total),
                format!("{:.2}", p.score),
                p.tier.clone().unwrap_or_default(),
                p.explanation.clone(),
            ];
            w.write_record(&record).map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}
