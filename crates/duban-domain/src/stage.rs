//! The project life-cycle: 签约 → 开工 → 在建 → 竣工 → 投产, or 停缓建 (suspended).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 签约
    Signed,
    /// 开工
    Started,
    /// 在建
    UnderConstruction,
    /// 竣工
    Completed,
    /// 投产
    InProduction,
    /// 停缓建
    Suspended,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Signed,
        Stage::Started,
        Stage::UnderConstruction,
        Stage::Completed,
        Stage::InProduction,
        Stage::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Signed => "signed",
            Self::Started => "started",
            Self::UnderConstruction => "under_construction",
            Self::Completed => "completed",
            Self::InProduction => "in_production",
            Self::Suspended => "suspended",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Self::Signed => "签约",
            Self::Started => "开工",
            Self::UnderConstruction => "在建",
            Self::Completed => "竣工",
            Self::InProduction => "投产",
            Self::Suspended => "停缓建",
        }
    }

    /// Accepts the stored English name or the Chinese term.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s || st.zh() == s)
    }

    /// Whether construction has begun (counts towards the start rate, 开工率). A suspended
    /// project counts as started: suspension is only recorded for work under way.
    pub fn has_started(self) -> bool {
        !matches!(self, Self::Signed)
    }

    pub fn allowed() -> String {
        Self::ALL.map(|s| s.as_str()).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_languages() {
        assert_eq!(Stage::parse("在建"), Some(Stage::UnderConstruction));
        assert_eq!(Stage::parse("in_production"), Some(Stage::InProduction));
        assert_eq!(Stage::parse("finished"), None);
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn start_rate_counts_all_but_signed() {
        assert!(!Stage::Signed.has_started());
        assert!(Stage::Suspended.has_started());
        assert!(Stage::Started.has_started());
    }
}
