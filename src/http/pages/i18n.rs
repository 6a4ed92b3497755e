//! The interface's words in each language: flat TOML tables compiled into the binary
//! (`i18n/zh-CN.toml`, `i18n/en.toml`). Templates read them as `tr.key`; a key missing in
//! a language is a render error, and a test checks both files hold the same keys.

use crate::domain::lang::Lang;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

const SOURCES: [(&str, &str); 2] = [
    ("zh-CN", include_str!("i18n/zh-CN.toml")),
    ("en", include_str!("i18n/en.toml")),
];

type Table = BTreeMap<String, String>;

fn tables() -> &'static BTreeMap<&'static str, Table> {
    static T: OnceLock<BTreeMap<&'static str, Table>> = OnceLock::new();
    T.get_or_init(|| {
        SOURCES
            .iter()
            // The files ship in the binary and a unit test parses them, so a broken one
            // cannot be released; an empty table would make every page fail loudly anyway.
            .map(|(lang, src)| (*lang, toml::from_str::<Table>(src).unwrap_or_default()))
            .collect()
    })
}

/// A supported language for any way of asking (`en`, `en-US`, `zh`, `zh-CN`, …).
pub fn lang(asked: &str) -> &'static str {
    Lang::of(asked).as_str()
}

/// The whole table of a language, for templates.
pub fn table(lang_code: &str) -> &'static Table {
    let t = tables();
    t.get(lang(lang_code))
        .or_else(|| t.get("zh-CN"))
        .unwrap_or_else(|| empty())
}

fn empty() -> &'static Table {
    static E: OnceLock<Table> = OnceLock::new();
    E.get_or_init(Table::new)
}

/// One text, with `{n}` filled where given. A missing key shows itself as `[key]`.
pub fn text(lang_code: &str, key: &str) -> String {
    table(lang_code)
        .get(key)
        .cloned()
        .unwrap_or_else(|| format!("[{key}]"))
}

pub fn text_n(lang_code: &str, key: &str, n: i64) -> String {
    text(lang_code, key).replace("{n}", &n.to_string())
}

/// A date as officials write it: `2026年6月30日`, or ISO in English.
pub fn date(lang_code: &str, d: NaiveDate) -> String {
    crate::export::date_for(Lang::of(lang_code).is_en(), d)
}

/// A refusal of the store, written for the API in English, as a Chinese page says it; the
/// English page and any message not known keeps the store's words.
pub fn store_message(lang_code: &str, msg: &str) -> String {
    if Lang::of(lang_code).is_en() {
        return msg.to_string();
    }
    crate::domain::validate::in_chinese(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_key_and_no_empty_text() {
        let mut keys = Vec::new();
        for (lang, src) in SOURCES {
            let t: Table = toml::from_str(src).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert!(
                t.values().all(|v| !v.trim().is_empty()),
                "{lang} has an empty text"
            );
            keys.push(t.into_keys().collect::<Vec<_>>());
        }
        assert_eq!(keys[0], keys[1], "zh-CN and en must hold the same keys");
        assert!(keys[0].len() > 40);
    }

    #[test]
    fn store_refusals_read_in_chinese_on_chinese_pages() {
        assert_eq!(store_message("zh-CN", "must not be empty"), "请填写此项。");
        assert_eq!(
            store_message("zh-CN", "a unit named 经济发展局 already exists"),
            "已有名为“经济发展局”的责任单位。"
        );
        assert_eq!(
            store_message("zh-CN", "must be at most 200 characters"),
            "最多 200 个字。"
        );
        assert_eq!(
            store_message("en", "must not be empty"),
            "must not be empty"
        );
        assert_eq!(store_message("zh-CN", "something new"), "something new");
    }

    #[test]
    fn dates_and_counts_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
        assert_eq!(date("zh-CN", d), "2026年6月30日");
        assert_eq!(date("en", d), "2026-06-30");
        assert_eq!(text_n("zh-CN", "status_overdue", 4), "已逾期 4 个工作日");
        assert_eq!(lang("en-US"), "en");
        assert_eq!(lang("fr"), "zh-CN");
    }
}
