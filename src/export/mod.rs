//! Report files for people: the inspection report as CSV (`csv`). This module owns what the
//! formats share — the Chinese labels — so that every format words a report the same way.

mod csv;

use crate::domain::project::{Category, Level};
use crate::domain::report::{Holder, ProjectRow};
use crate::domain::rules::Light;
use crate::domain::stage::Stage;

pub use self::csv::inspection_csv;

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

/// The longest a project's milestones are overdue, in working days.
pub fn worst_overdue(p: &ProjectRow) -> Option<i64> {
    p.overdue.iter().map(|o| o.working_days_overdue).max()
}
