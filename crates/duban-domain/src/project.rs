//! Project classification: category (项目类别) and level (级别), and the project code.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 工业
    Industrial,
    /// 基础设施
    Infrastructure,
    /// 服务业
    Services,
    /// 农业
    Agriculture,
    /// 社会事业
    Social,
    /// 其他
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Self::Industrial,
        Self::Infrastructure,
        Self::Services,
        Self::Agriculture,
        Self::Social,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Industrial => "industrial",
            Self::Infrastructure => "infrastructure",
            Self::Services => "services",
            Self::Agriculture => "agriculture",
            Self::Social => "social",
            Self::Other => "other",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Self::Industrial => "工业",
            Self::Infrastructure => "基础设施",
            Self::Services => "服务业",
            Self::Agriculture => "农业",
            Self::Social => "社会事业",
            Self::Other => "其他",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s || c.zh() == s)
    }

    pub fn allowed() -> String {
        Self::ALL.map(|s| s.as_str()).join(", ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 省重点
    Provincial,
    /// 市重点
    Municipal,
    /// 区重点
    District,
}

impl Level {
    pub const ALL: [Level; 3] = [Self::Provincial, Self::Municipal, Self::District];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provincial => "provincial",
            Self::Municipal => "municipal",
            Self::District => "district",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Self::Provincial => "省重点",
            Self::Municipal => "市重点",
            Self::District => "区重点",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s || c.zh() == s)
    }

    pub fn allowed() -> String {
        Self::ALL.map(|s| s.as_str()).join(", ")
    }
}

/// A project code is short, human readable and safe in a URL path: `KP-2026-07`.
/// Letters, digits, `-`, `_` and `.`, 2 to 40 characters.
pub fn check_code(code: &str) -> Result<(), &'static str> {
    let len = code.chars().count();
    if !(2..=40).contains(&len) {
        return Err("must be 2 to 40 characters");
    }
    if !code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err("may contain only letters, digits, '-', '_' and '.'");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert!(check_code("KP-2026-07").is_ok());
        assert!(check_code("K").is_err());
        assert!(check_code("KP 07").is_err());
        assert!(check_code("项目1").is_err());
    }

    #[test]
    fn categories_and_levels_parse_chinese() {
        assert_eq!(Category::parse("基础设施"), Some(Category::Infrastructure));
        assert_eq!(Level::parse("市重点"), Some(Level::Municipal));
        assert_eq!(Level::parse("national"), None);
    }
}
