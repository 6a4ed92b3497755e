//! Field rules shared by the API, the CLI and the seeders. Each check adds a reason to a
//! [`FieldErrors`] under the field's name, so one response names every bad field at once.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

/// Reasons keyed by field name (a JSON path such as `milestones[2].due` where nested).
/// Every door shows them: the API as `error.fields`, the pages beside their fields, the
/// CLI by row and column.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a reason; the first reason given for a field stands.
    pub fn add(&mut self, field: impl Into<String>, why: impl Into<String>) {
        self.0.entry(field.into()).or_insert_with(|| why.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing was added, otherwise the reasons (a 422 at the HTTP door).
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    /// One field's reason.
    pub fn single(field: impl Into<String>, why: impl Into<String>) -> Self {
        let mut f = Self::new();
        f.add(field, why);
        f
    }
}

pub const MAX_NAME: usize = 200;
pub const MAX_TEXT: usize = 10_000;

/// A required one-line text: not blank, not too long, no control characters (a name ends
/// up in mail headers later: a CR/LF in it must never get that far).
pub fn required_line(f: &mut FieldErrors, field: &str, value: &str) {
    if value.trim().is_empty() {
        f.add(field, "must not be empty");
    } else {
        optional_line(f, field, Some(value));
    }
}

pub fn optional_line(f: &mut FieldErrors, field: &str, value: Option<&str>) {
    if let Some(v) = value {
        if v.chars().count() > MAX_NAME {
            f.add(field, format!("must be at most {MAX_NAME} characters"));
        } else if v.chars().any(char::is_control) {
            f.add(field, "must not contain control characters or line breaks");
        }
    }
}

/// Multi-line text (progress notes, evidence): line breaks allowed, length bounded.
pub fn required_text(f: &mut FieldErrors, field: &str, value: &str) {
    if value.trim().is_empty() {
        f.add(field, "must not be empty");
    } else {
        optional_text(f, field, Some(value));
    }
}

pub fn optional_text(f: &mut FieldErrors, field: &str, value: Option<&str>) {
    if let Some(v) = value {
        if v.chars().count() > MAX_TEXT {
            f.add(field, format!("must be at most {MAX_TEXT} characters"));
        } else if !printable(v, true) {
            f.add(field, CONTROL_CHARACTERS);
        }
    }
}

/// The reason given for a text with control characters in it.
pub const CONTROL_CHARACTERS: &str = "must not contain control characters";

/// Whether a text is free of control characters (NUL, escape, …) but, in multi-line text,
/// tab and line breaks. PostgreSQL cannot store NUL at all, and the rest would come out raw
/// in CSV and HTML.
pub fn printable(s: &str, multi_line: bool) -> bool {
    s.chars()
        .all(|c| !c.is_control() || (multi_line && matches!(c, '\t' | '\n' | '\r')))
}

/// The path (`field`, `milestones[2].name`) of the first string in a JSON document that
/// holds a control character other than tab and line breaks, which no text of this service
/// may hold (single-line fields refuse those too, by their own rule).
pub fn unprintable_in(v: &serde_json::Value) -> Option<String> {
    fn walk(v: &serde_json::Value, path: &str) -> Option<String> {
        match v {
            serde_json::Value::String(s) if !printable(s, true) => Some(if path.is_empty() {
                "body".into()
            } else {
                path.into()
            }),
            serde_json::Value::Array(items) => items
                .iter()
                .enumerate()
                .find_map(|(i, x)| walk(x, &format!("{path}[{i}]"))),
            serde_json::Value::Object(map) => map.iter().find_map(|(k, x)| {
                if !printable(k, false) {
                    return Some(if path.is_empty() {
                        "body".into()
                    } else {
                        path.into()
                    });
                }
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(x, &here)
            }),
            _ => None,
        }
    }
    walk(v, "")
}

/// An email address as entered, made the one the mail is sent to: the spaces around it
/// dropped, full-width letters and the full stops a Chinese input method types (`ｌｉ．ｎａ@
/// example。gov。cn`) made ASCII, in lower case. Every door stores addresses through this.
pub fn normal_email(raw: &str) -> String {
    raw.trim()
        .chars()
        .map(|c| match c {
            '\u{3002}' | '\u{FF61}' => '.',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            other => other,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Characters that show as nothing (zero-width spaces and joiners, direction marks, the
/// byte-order mark), pasted in from documents and chat: an address holding one looks right
/// and reaches nobody.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// Whether the mail can be addressed to `v` (as [`normal_email`] leaves it): checked by the
/// parser that addresses the mail at send time (lettre's), so that no address accepted here
/// becomes a dead message there; a display name (`李娜 <li.na@…>`), a space or an invisible
/// character is no part of an address.
pub fn sendable_email(v: &str) -> bool {
    !v.chars()
        .any(|c| c.is_whitespace() || c.is_control() || invisible(c))
        && v.parse::<lettre::Address>().is_ok()
}

pub fn email(f: &mut FieldErrors, field: &str, value: Option<&str>) {
    if let Some(v) = value
        && !sendable_email(v)
    {
        f.add(field, "is not a valid email address");
    }
}

pub fn non_negative(f: &mut FieldErrors, field: &str, value: i64) {
    if value < 0 {
        f.add(field, "must not be negative");
    }
}

/// A monthly figure is for a month that has ended or is under way, never one to come.
pub fn not_future_month(f: &mut FieldErrors, field: &str, year: i32, month: i32, today: NaiveDate) {
    use chrono::Datelike;
    if (year, month) > (today.year(), today.month() as i32) {
        f.add(field, "must not be a month to come");
    }
}

/// One project's amount is at most the project's total investment: a larger one is a slip
/// of the keyboard (an amount in yuan typed as 万元), and it would distort every chart.
pub fn within_total(f: &mut FieldErrors, field: &str, value: i64, total: i64) {
    if value > total {
        f.add(field, "must not exceed the project's total investment");
    }
}

/// `end` must not come before `start`.
pub fn ordered(f: &mut FieldErrors, end_field: &str, start: NaiveDate, end: NaiveDate) {
    if end < start {
        f.add(end_field, format!("must not be before {start}"));
    }
}

/// Facts are recorded when they happen: a completion, a stage change or a report dated in
/// the future is a typing error.
pub fn not_future(f: &mut FieldErrors, field: &str, value: NaiveDate, today: NaiveDate) {
    if value > today {
        f.add(field, format!("must not be after today ({today})"));
    }
}

pub fn lang(f: &mut FieldErrors, field: &str, value: &str) {
    if !matches!(value, "zh-CN" | "en") {
        f.add(field, "must be zh-CN or en");
    }
}

/// A mainland mobile number as stored and dialled, `13800138000`, from what people write
/// (`+86 138 0013 8000`, `86-13800138000`); `None` for anything else (a landline).
pub fn mobile(raw: &str) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let digits = compact
        .strip_prefix("+86")
        .or_else(|| compact.strip_prefix("86").filter(|d| d.len() == 11))
        .unwrap_or(&compact);
    (digits.len() == 11 && digits.starts_with('1') && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.to_string())
}

/// Empty or blank optional text counts as absent.
pub fn blank_to_none(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A refusal of these rules or of the store, written in English for the API, as Chinese
/// pages and sheets say it; a message not known here keeps its English words.
pub fn in_chinese(msg: &str) -> String {
    const EXACT: &[(&str, &str)] = &[
        ("must not be empty", "请填写此项。"),
        ("must be 2 to 40 characters", "应为 2 到 40 个字符。"),
        (
            "may contain only letters, digits, '-', '_' and '.'",
            "只能包含字母、数字和 - _ . 字符。",
        ),
        ("must not be blank", "请填写此项。"),
        ("is not a valid email address", "电子邮箱格式不正确。"),
        (
            "must not contain control characters or line breaks",
            "不能包含换行或控制字符。",
        ),
        ("must not contain spaces", "不能包含空格。"),
        ("must be zh-CN or en", "请选择简体中文或 English。"),
        ("give at least one role", "请至少选择一个角色。"),
        ("give a username or an email", "请填写登录名或电子邮箱。"),
        ("is the same as the current due date", "与当前到期日相同。"),
        (
            "is required: the project has no current assignment",
            "项目目前没有责任分工，请填写。",
        ),
        (
            "an account with this username or email exists",
            "该登录名或电子邮箱已有账号。",
        ),
        ("must not be negative", "不能为负数。"),
        ("must not contain control characters", "不能包含控制字符。"),
        ("must not be a month to come", "不能填报尚未到来的月份。"),
        (
            "must not exceed the project's total investment",
            "不能超过项目总投资。",
        ),
        (
            "name exactly one owner: supervision, unit_id or person_id",
            "请指定唯一的归属：督查室、责任单位或个人。",
        ),
        (
            "must be an http:// or https:// address",
            "应为 http:// 或 https:// 开头的地址。",
        ),
        (
            "must be given (only a person's channel with an address may have none)",
            "请填写地址（只有填写了个人号码或账号的个人渠道可以不填）。",
        ),
        (
            "a webhook is signed: give the key to sign with",
            "Webhook 需要签名，请填写签名密钥。",
        ),
        ("must contain {link}", "应包含 {link}。"),
        (
            "only an SMS channel has a template",
            "只有短信渠道可以设置模板。",
        ),
        (
            "only a person's channel has an address",
            "只有个人渠道可以填写号码或账号。",
        ),
        (
            "must be a mobile number (11 digits)",
            "应为 11 位手机号码。",
        ),
        ("must be from 1 to 1000", "应为 1 到 1000。"),
        ("must be from 1 to 3600", "应为 1 到 3600。"),
        (
            "the person has no mobile number: give one",
            "该人员没有登记手机号码，请填写。",
        ),
        (
            "this channel is an address only: it sends nothing itself",
            "此渠道只登记了号码或账号，本身不发送消息。",
        ),
        (
            "give the mobile number to send the test to",
            "请填写接收测试短信的手机号码。",
        ),
        (
            "only an SMS test goes to a number",
            "只有短信测试需要填写号码。",
        ),
    ];
    if let Some((_, zh)) = EXACT.iter().find(|(en, _)| *en == msg) {
        return (*zh).to_string();
    }
    let number = |s: &str| s.split_whitespace().find_map(|w| w.parse::<u64>().ok());
    if let Some(name) = msg
        .strip_prefix("a unit named ")
        .and_then(|r| r.strip_suffix(" already exists"))
    {
        return format!("已有名为“{name}”的责任单位。");
    }
    if let Some(name) = msg
        .strip_prefix("a channel named ")
        .and_then(|r| r.strip_suffix(" already exists"))
    {
        return format!("已有名为“{name}”的渠道。");
    }
    if let Some(id) = msg.strip_prefix("no unit with id ") {
        return format!("没有编号为 {id} 的责任单位。");
    }
    if let Some(id) = msg.strip_prefix("no person with id ") {
        return format!("没有编号为 {id} 的人员。");
    }
    if msg.starts_with("the text is over ") {
        return "短信超过两条（140 个字），缩短后仍放不下，请精简模板。".into();
    }
    if msg.contains(" already belongs to person ") {
        return "该电子邮箱已属于其他人员。".into();
    }
    if msg.starts_with("must be at most ")
        && let Some(n) = number(msg)
    {
        return format!("最多 {n} 个字。");
    }
    if msg.starts_with("must have at least ")
        && let Some(n) = number(msg)
    {
        return format!("至少 {n} 个字符。");
    }
    if msg.starts_with("must not be after today") {
        return "不能晚于今天。".into();
    }
    if let Some(d) = msg
        .strip_prefix(crate::access::COMPLETION_REFUSAL_BEFORE)
        .and_then(|r| r.strip_suffix(crate::access::COMPLETION_REFUSAL_AFTER))
    {
        return format!("不能早于 {d}；更早的完成日期由管理员录入。");
    }
    let dated = |prefix: &str| {
        msg.strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('('))
            .and_then(|r| r.strip_suffix(')'))
            .map(str::to_string)
    };
    if let Some(d) = dated("must not be before today ") {
        return format!("不能早于今天（{d}）。");
    }
    if let Some(d) = dated("must not be before the baseline due date ") {
        return format!("不能早于原定的节点日期（{d}）。");
    }
    if let Some(d) = dated("must not be before the project's planned start ") {
        return format!("不能早于项目计划开工日期（{d}）。");
    }
    if let Some(d) = dated("must not be before the current assignment's start ") {
        return format!("不能早于当前责任分工的开始日期（{d}）。");
    }
    if let Some(d) = dated("must be the id of the report in force as of ") {
        return format!("应为 {d} 现行有效通报的编号。");
    }
    if let Some(y) = dated("a provisional run is of the year under way ") {
        return format!("预估考核只针对当年（{y}）。");
    }
    if msg.starts_with("invalid value in: ") {
        return "填写有误，请检查标出的项。".into();
    }
    if let Some(code) = msg
        .strip_prefix("project ")
        .and_then(|r| r.strip_suffix(" is already assigned to these holders"))
    {
        return format!("项目 {code} 的责任分工已是所填人员，无需变更。");
    }
    if let Some((code, ym)) = msg
        .strip_prefix("project ")
        .and_then(|r| r.split_once(" already has a report for "))
    {
        return format!("项目 {code} 已报送 {ym} 的投资完成情况；如需修改，请更正并说明理由。");
    }
    if let Some((code, y)) = msg
        .strip_prefix("project ")
        .and_then(|r| r.split_once(" already has a plan for "))
    {
        return format!("项目 {code} 已有 {y} 年度投资计划。");
    }
    if let Some((title, rest)) = msg.split_once(" was already issued as of ")
        && let Some((day, _)) = rest.split_once(" (id ")
    {
        return format!("{title}（截至 {day}）已印发；如需重新印发，请选择替代该期。");
    }
    if let Some(kinds) = msg.strip_prefix("must be one of ") {
        return format!("应为以下之一：{kinds}。");
    }
    if let Some(d) = msg.strip_prefix("must not be before ") {
        return format!("不能早于 {d}。");
    }
    // The sheet reader's refusals of a whole workbook (`import::ledger`).
    if let Some((at, rest)) = msg.split_once(": the formula =")
        && let Some((formula, _)) = rest.split_once(" has no value computed by a spreadsheet")
        && let Some((row, col)) = at
            .strip_prefix("row ")
            .and_then(|r| r.split_once(", column "))
    {
        return format!(
            "第 {row} 行 {col} 列：公式 ={formula} 没有电子表格算出的值；请用 Excel 或 WPS 打开后保存，或直接填写数值。"
        );
    }
    if msg.contains(" inflates to more than ")
        && let Some(n) = number(msg)
    {
        return format!("工作簿解压后超过 {n} MB，不是台帐表格。");
    }
    // The server's own refusals, as an error page says them.
    if msg.starts_with("the server is busy") {
        return "系统繁忙，请稍后再试。".into();
    }
    if msg.starts_with("the database cannot be written") {
        return "数据库暂时无法写入（只读或磁盘已满），已通知管理员。".into();
    }
    if msg.starts_with("this route takes ") {
        return "此页面不支持该操作。".into();
    }
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles_are_read_as_people_write_them_and_landlines_are_not() {
        for written in [
            "13800138000",
            "+86 138 0013 8000",
            "86-13800138000",
            "+8613800138000",
        ] {
            assert_eq!(mobile(written).as_deref(), Some("13800138000"), "{written}");
        }
        for not_mobile in ["0571-88886666", "23800138000", "1380013800", "", "电话"] {
            assert_eq!(mobile(not_mobile), None, "{not_mobile}");
        }
    }

    #[test]
    fn channel_refusals_read_in_chinese() {
        for msg in [
            "name exactly one owner: supervision, unit_id or person_id",
            "must be an http:// or https:// address",
            "must be a mobile number (11 digits)",
            "a channel named 建设局群 already exists",
            "no unit with id 7",
            "the text is over 140 characters (2 segments of 70) even with the name shortened",
        ] {
            let zh = in_chinese(msg);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{msg} → {zh}"
            );
            assert!(!zh.contains("channel") && !zh.contains("must"), "{zh}");
        }
    }

    #[test]
    fn dated_refusals_read_in_chinese() {
        assert_eq!(
            in_chinese("must not be before today (2026-12-01)"),
            "不能早于今天（2026-12-01）。"
        );
        assert_eq!(
            in_chinese("must not be before the baseline due date (2027-03-31)"),
            "不能早于原定的节点日期（2027-03-31）。"
        );
        assert_eq!(
            in_chinese("must not be before the project's planned start (2026-03-01)"),
            "不能早于项目计划开工日期（2026-03-01）。"
        );
        for english in [
            "must not be before the current assignment's start (2025-04-02)",
            "project KP-2026-07 is already assigned to these holders",
            "invalid value in: as_of",
            "project KP-2026-01 already has a report for 2026-11",
            "督查通报 2026 第 3 期 was already issued as of 2026-11-30 (id 3); to issue it again, say that it replaces it",
        ] {
            let zh = in_chinese(english);
            assert!(
                !zh.chars().any(|c| c.is_ascii_lowercase()),
                "{english} → {zh}"
            );
        }
    }

    #[test]
    fn the_new_refusals_read_in_chinese() {
        for en in [
            "row 2, column G: the formula =1000*2 has no value computed by a spreadsheet; open and save the sheet in Excel or WPS, or type the value",
            "xl/sharedStrings.xml inflates to more than 32 MB: not a ledger sheet",
            "the workbook inflates to more than 64 MB (at xl/a.xml): not a ledger sheet",
            "the server is busy; try again in 1 seconds",
            "the database cannot be written; an operator has been alerted",
            "this route takes GET, HEAD",
            CONTROL_CHARACTERS,
        ] {
            let zh = in_chinese(en);
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en} -> {zh}"
            );
        }
        assert!(
            in_chinese(
                "row 2, column G: the formula =1000*2 has no value computed by a spreadsheet; x"
            )
            .starts_with("第 2 行 G 列：公式 =1000*2")
        );
    }

    #[test]
    fn collects_every_bad_field() {
        let mut f = FieldErrors::new();
        required_line(&mut f, "name", "  ");
        email(&mut f, "email", Some("not-an-email"));
        email(&mut f, "email", Some("李娜<li.na@example.gov.cn>"));
        email(&mut f, "email", Some("li.na@example.gov.cn\u{200b}"));
        email(&mut f, "ok", Some("li.ming@example.gov.cn"));
        non_negative(&mut f, "amount", -1);
        required_line(&mut f, "title", "a\r\nBcc: x@y");
        assert_eq!(
            f.0.keys().collect::<Vec<_>>(),
            vec!["amount", "email", "name", "title"]
        );
    }

    #[test]
    fn addresses_are_the_ones_the_mail_is_sent_to() {
        assert_eq!(
            normal_email(" ＬＩ．ＮＡ@Example。gov。cn "),
            "li.na@example.gov.cn"
        );
        assert!(sendable_email(&normal_email("ｌｉ@ｘ．cn")));
        for bad in [
            "李娜 <li.na@example.gov.cn>",
            "li.na@example.gov.cn\u{200b}",
            "\u{feff}li.na@example.gov.cn",
            "li na@x.cn",
            "li.na@",
            "li.na@x..cn",
        ] {
            assert!(!sendable_email(bad), "{bad:?}");
        }
        for good in [
            "li.na@example.gov.cn",
            "li+tag@x.cn",
            "李娜@例子.中国",
            "a@[127.0.0.1]",
        ] {
            assert!(sendable_email(good), "{good}");
        }
    }

    #[test]
    fn dates() {
        let mut f = FieldErrors::new();
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        ordered(&mut f, "finish", d("2026-05-01"), d("2026-04-30"));
        not_future(&mut f, "on", d("2026-05-02"), d("2026-05-01"));
        ordered(&mut f, "fine", d("2026-05-01"), d("2026-05-01"));
        assert_eq!(f.0.len(), 2);
    }
}
