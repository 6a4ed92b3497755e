//! Channels beside email (企业微信 and 钉钉 group robots, an office's webhook, SMS): which
//! kinds there are, who may own one, which audience is told where (`[channels]` settings),
//! and the limits a message must fit: a robot's bytes, two SMS segments, quiet hours.
//! The protocols themselves (JSON, signatures, error codes) are the sender's.

use chrono::{NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// A transport a channel speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 企业微信 group robot (`…/cgi-bin/webhook/send?key=…`).
    Wecom,
    /// 钉钉 custom robot (`…/robot/send?access_token=…`, signed).
    Dingtalk,
    /// The office's own gateway: a signed JSON document per message.
    Webhook,
    /// An HTTP SMS gateway.
    Sms,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Wecom, Kind::Dingtalk, Kind::Webhook, Kind::Sms];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Wecom => "wecom",
            Kind::Dingtalk => "dingtalk",
            Kind::Webhook => "webhook",
            Kind::Sms => "sms",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// A group robot: one message for the group, people in it @-mentioned.
    pub fn is_group(self) -> bool {
        matches!(self, Kind::Wecom | Kind::Dingtalk)
    }

    /// The most a message may carry, in bytes of UTF-8: 企业微信 refuses markdown over
    /// 4,096 bytes; 钉钉 takes more, but a digest over a screen is split the same way.
    pub fn max_bytes(self) -> usize {
        match self {
            Kind::Wecom | Kind::Dingtalk => 4096,
            Kind::Webhook => 512 * 1024,
            Kind::Sms => SMS_SEGMENT_CHARS * SMS_MAX_SEGMENTS * 4,
        }
    }
}

/// Whose a channel is: it carries what that owner is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The supervision office (督查室): its group, its SMS gateway.
    Supervision,
    /// A unit: the unit's group robot.
    Unit(i64),
    /// A person: their own address (mobile number, 企业微信 id, 钉钉 mobile).
    Person(i64),
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Supervision => "supervision",
            Owner::Unit(_) => "unit",
            Owner::Person(_) => "person",
        }
    }

    /// From the stored columns; `None` when they disagree.
    pub fn from_columns(owner: &str, unit: Option<i64>, person: Option<i64>) -> Option<Owner> {
        match (owner, unit, person) {
            ("supervision", None, None) => Some(Owner::Supervision),
            ("unit", Some(u), None) => Some(Owner::Unit(u)),
            ("person", None, Some(p)) => Some(Owner::Person(p)),
            _ => None,
        }
    }
}

/// Who a message is for, as the ladder and the office see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    /// 责任人: the person's own digest.
    Person,
    /// 责任单位负责人: a unit head's escalation.
    UnitHead,
    /// 责任领导: a leader's escalation (red beyond `escalate_leader_after`).
    Leader,
    /// 督查室: the supervision office's digest.
    Supervision,
}

impl From<crate::rules::Rung> for Audience {
    fn from(r: crate::rules::Rung) -> Self {
        match r {
            crate::rules::Rung::Person => Audience::Person,
            crate::rules::Rung::UnitHead => Audience::UnitHead,
            crate::rules::Rung::Leader => Audience::Leader,
        }
    }
}

/// Where an audience is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// By mail, as always.
    Email,
    /// In the group of the unit the matter belongs to, the person @-mentioned.
    Unit,
    /// In the supervision office's group.
    Office,
    /// Through the person's own channels (other than SMS).
    Own,
    /// By SMS to the person's mobile, through their own SMS channel or the office's gateway.
    Sms,
}

/// `[channels]` in duban.toml: which audience is told where. A person with no address on a
/// target is told by mail instead, never not at all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Routes {
    pub person: Vec<Target>,
    pub unit_head: Vec<Target>,
    pub leader: Vec<Target>,
    pub supervision: Vec<Target>,
    /// Local hours in which no SMS is sent (`HH:MM-HH:MM`): what falls in them waits for
    /// their end.
    pub sms_quiet_hours: String,
}

impl Default for Routes {
    fn default() -> Self {
        Self {
            person: vec![Target::Email, Target::Unit, Target::Own],
            unit_head: vec![Target::Email, Target::Unit, Target::Own],
            leader: vec![Target::Email, Target::Own, Target::Sms],
            supervision: vec![Target::Email, Target::Office],
            sms_quiet_hours: QUIET_HOURS.into(),
        }
    }
}

impl Routes {
    pub fn targets(&self, audience: Audience) -> &[Target] {
        match audience {
            Audience::Person => &self.person,
            Audience::UnitHead => &self.unit_head,
            Audience::Leader => &self.leader,
            Audience::Supervision => &self.supervision,
        }
    }

    /// Whether `target` is among the targets of `audience`.
    pub fn sends(&self, audience: Audience, target: Target) -> bool {
        self.targets(audience).contains(&target)
    }

    /// Whether `audience` is also told by mail: when the routes say so, and always when no
    /// channel reached them (told by mail, never not at all).
    pub fn by_mail(&self, audience: Audience, on_channel: bool) -> bool {
        self.sends(audience, Target::Email) || !on_channel
    }

    /// Checks the settings; the message names the setting.
    pub fn validate(&self) -> Result<QuietHours, String> {
        for (name, list) in [
            ("person", &self.person),
            ("unit_head", &self.unit_head),
            ("leader", &self.leader),
            ("supervision", &self.supervision),
        ] {
            if list.is_empty() {
                return Err(format!(
                    "channels.{name}: name at least one target (email, unit, office, own, sms)"
                ));
            }
        }
        QuietHours::parse(&self.sms_quiet_hours)
            .map_err(|e| format!("channels.sms_quiet_hours: {e}"))
    }
}

/// The quiet hours unless `channels.sms_quiet_hours` says otherwise.
pub const QUIET_HOURS: &str = "21:00-08:00";

/// Local hours without SMS, possibly across midnight (`21:00-08:00`); equal ends: none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    /// [`QUIET_HOURS`]: 21:00 to 08:00.
    fn default() -> Self {
        let at = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN);
        QuietHours {
            start: at(21),
            end: at(8),
        }
    }
}

impl QuietHours {
    pub fn parse(s: &str) -> Result<QuietHours, String> {
        let (a, b) = s
            .split_once('-')
            .ok_or_else(|| format!("{s:?} is not HH:MM-HH:MM"))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| format!("{s:?} is not HH:MM-HH:MM"))
        };
        Ok(QuietHours {
            start: time(a)?,
            end: time(b)?,
        })
    }

    /// When a message due at local time `at` may be sent: `None` when now, else the end of
    /// the quiet hours it falls in.
    pub fn next_allowed(self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let t = at.time();
        let (start, end) = (self.start, self.end);
        if start == end {
            return None;
        }
        let quiet = if start < end {
            t >= start && t < end
        } else {
            t >= start || t < end
        };
        if !quiet {
            return None;
        }
        let day = if start > end && t >= start {
            at.date().succ_opt()?
        } else {
            at.date()
        };
        Some(day.and_time(end))
    }
}

/// Characters in one SMS segment of Chinese text.
pub const SMS_SEGMENT_CHARS: usize = 70;
/// The most segments a reminder by SMS may take.
pub const SMS_MAX_SEGMENTS: usize = 2;

/// Segments an SMS of `text` takes.
pub fn sms_segments(text: &str) -> usize {
    text.chars().count().div_ceil(SMS_SEGMENT_CHARS).max(1)
}

/// The SMS of `template` (`{name}`, `{count}`, `{link}`) within two segments: the name is
/// shortened first (the link must stay whole to be of use). `Err` when even a one-letter
/// name does not fit, which `channel add` reports for the template.
pub fn sms_text(template: &str, name: &str, count: usize, link: &str) -> Result<String, String> {
    let limit = SMS_SEGMENT_CHARS * SMS_MAX_SEGMENTS;
    let fill = |n: &str| {
        template
            .replace("{name}", n)
            .replace("{count}", &count.to_string())
            .replace("{link}", link)
    };
    let full = fill(name);
    if full.chars().count() <= limit {
        return Ok(full);
    }
    let names: Vec<char> = name.chars().collect();
    for keep in (1..names.len()).rev() {
        let short: String = names.iter().take(keep).chain(['…'].iter()).collect();
        let text = fill(&short);
        if text.chars().count() <= limit {
            return Ok(text);
        }
    }
    Err(format!(
        "the text is over {limit} characters ({SMS_MAX_SEGMENTS} segments of \
         {SMS_SEGMENT_CHARS}) even with the name shortened"
    ))
}

/// `text` in parts of at most `max_bytes` bytes each, cut between lines where it can,
/// each part after the first headed by its number (`（2/3）`) so the group reads them in
/// order and sees that none is missing. One part, unnumbered, when it fits.
pub fn split_parts(text: &str, max_bytes: usize) -> Vec<String> {
    if text.len() <= max_bytes {
        return vec![text.to_string()];
    }
    // Room for the heading `（NN/NN）\n` on every part.
    let room = max_bytes.saturating_sub(24).max(64);
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        while !rest.is_empty() {
            if current.len() + rest.len() <= room {
                current.push_str(rest);
                rest = "";
            } else if !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            } else {
                // A line longer than a part: cut at a character boundary.
                let mut cut = room.min(rest.len());
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                let (head, tail) = rest.split_at(cut);
                parts.push(head.to_string());
                rest = tail;
            }
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    let n = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| format!("（{}/{n}）\n{p}", i + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .unwrap()
    }

    #[test]
    fn quiet_hours_across_midnight_wait_for_the_morning() {
        let q = QuietHours::parse("21:00-08:00").unwrap();
        assert_eq!(q.next_allowed(at(12, 0)), None);
        assert_eq!(q.next_allowed(at(20, 59)), None);
        assert_eq!(
            q.next_allowed(at(22, 0)),
            Some(at(8, 0) + chrono::Duration::days(1))
        );
        assert_eq!(q.next_allowed(at(3, 0)), Some(at(8, 0)));
        assert_eq!(q.next_allowed(at(8, 0)), None);
        let day = QuietHours::parse("12:00-13:30").unwrap();
        assert_eq!(day.next_allowed(at(12, 10)), Some(at(13, 30)));
        assert_eq!(day.next_allowed(at(13, 30)), None);
        assert_eq!(
            QuietHours::parse("00:00-00:00")
                .unwrap()
                .next_allowed(at(3, 0)),
            None
        );
        assert!(QuietHours::parse("21:00").is_err());
        assert_eq!(
            QuietHours::parse(QUIET_HOURS).unwrap(),
            QuietHours::default()
        );
        assert!(QuietHours::parse("25:00-08:00").is_err());
    }

    #[test]
    fn an_sms_keeps_its_link_whole_and_fits_two_segments() {
        let link = "https://duban.example.gov.cn/my";
        let t = sms_text("【督办】{name}，您有{count}项待办：{link}", "李娜", 3, link).unwrap();
        assert_eq!(t, format!("【督办】李娜，您有3项待办：{link}"));
        assert_eq!(sms_segments(&t), 1);
        let long_name = "很".repeat(200);
        let t = sms_text("{name}：{count}项，{link}", &long_name, 12, link).unwrap();
        assert!(t.chars().count() <= 140, "{t}");
        assert!(t.ends_with(link));
        assert!(t.contains('…'));
        assert_eq!(sms_segments(&t), 2);
        let too_long = format!("{}{{link}}", "字".repeat(139));
        assert!(sms_text(&too_long, "李", 1, link).is_err());
    }

    #[test]
    fn a_long_digest_is_split_into_numbered_parts_that_keep_every_line() {
        let line = "- KP-2026-07 完成土地摘牌，逾期 3 个工作日\n";
        let text = line.repeat(200);
        assert!(text.len() > 6000);
        let parts = split_parts(&text, 4096);
        assert!(parts.len() >= 3, "{}", parts.len());
        let n = parts.len();
        for (i, p) in parts.iter().enumerate() {
            assert!(p.len() <= 4096, "part {i}: {}", p.len());
            assert!(p.starts_with(&format!("（{}/{n}）\n", i + 1)));
        }
        let joined: String = parts
            .iter()
            .map(|p| p.split_once('\n').map_or("", |(_, rest)| rest))
            .collect();
        assert_eq!(joined, text, "nothing lost, nothing cut mid-line");
        assert_eq!(split_parts("短", 4096), vec!["短".to_string()]);
        let one_line = "长".repeat(3000);
        let parts = split_parts(&one_line, 4096);
        assert!(parts.iter().all(|p| p.len() <= 4096));
        assert_eq!(
            parts
                .iter()
                .map(|p| p.split_once('\n').map_or("", |(_, r)| r))
                .collect::<String>(),
            one_line
        );
    }

    #[test]
    fn routes_name_every_audience_and_refuse_an_empty_one() {
        let r = Routes::default();
        assert!(r.sends(Audience::Leader, Target::Sms));
        assert!(!r.sends(Audience::Person, Target::Sms));
        assert!(r.sends(Audience::Supervision, Target::Office));
        let channels_only = Routes {
            person: vec![Target::Unit],
            ..Routes::default()
        };
        assert!(!channels_only.by_mail(Audience::Person, true));
        assert!(
            channels_only.by_mail(Audience::Person, false),
            "never told by nothing"
        );
        assert!(r.by_mail(Audience::Leader, true));
        assert!(r.validate().is_ok());
        let empty = Routes {
            leader: vec![],
            ..Routes::default()
        };
        assert!(empty.validate().unwrap_err().contains("channels.leader"));
        let bad: Result<Routes, _> = toml::from_str("person = [\"fax\"]");
        assert!(bad.is_err());
        let owner = Owner::from_columns("unit", Some(3), None);
        assert_eq!(owner, Some(Owner::Unit(3)));
        assert_eq!(Owner::from_columns("unit", None, Some(3)), None);
        assert_eq!(Kind::parse("dingtalk"), Some(Kind::Dingtalk));
        assert_eq!(Kind::parse("fax"), None);
    }
}
