//! The two languages the service speaks, one at a time: Simplified Chinese by default,
//! English on request. Every door reads a preference or a request's language through
//! [`Lang::of`], so "en", "en-US" and "EN" all mean English and anything else Chinese.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The language for any way of asking (`en`, `en-US`, `zh`, `zh-CN`, a stored
    /// preference); Chinese unless English is asked for.
    pub fn of(asked: &str) -> Self {
        if asked.trim().to_ascii_lowercase().starts_with("en") {
            Self::En
        } else {
            Self::ZhCn
        }
    }

    /// The code stored with accounts and people, and used to pick templates.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ZhCn => "zh-CN",
            Self::En => "en",
        }
    }

    pub fn is_en(self) -> bool {
        self == Self::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_only_when_asked_for() {
        for en in ["en", "EN", " en-US", "en_GB"] {
            assert_eq!(Lang::of(en), Lang::En, "{en}");
        }
        for zh in ["zh-CN", "zh", "", "fr", "cn"] {
            assert_eq!(Lang::of(zh), Lang::ZhCn, "{zh}");
        }
        assert_eq!(Lang::of(Lang::En.as_str()), Lang::En);
        assert_eq!(Lang::of(Lang::ZhCn.as_str()), Lang::ZhCn);
    }
}
