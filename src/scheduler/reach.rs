//! Where the day's digests go beside (or instead of) mail, by the `[channels]` routes: a
//! person's digest in their unit's group, a unit head's escalation there with an @, a
//! leader's by SMS, the office's digest in its group. Messages to one group on one day are
//! merged into one message per group, as mail merges a person's lines into one digest. A
//! recipient no channel reaches keeps their mail whatever the routes say: told by mail,
//! never not at all. The wording is the mail's plain text; nothing here decides a status.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Value, json};

use crate::channels::{Message, queue_rows};
use crate::db::models::Channel;
use crate::domain::channel::{self as rule, Audience, Kind, Owner, Routes, Target};
use crate::store::channels::{DEFAULT_SMS_TEMPLATE, owner_of};
use crate::store::outbox::NewOutbox;

/// One digest of the day, as the scan rendered it for mail.
#[derive(Debug, Clone)]
pub struct Digest {
    /// `None`: the supervision office's digest.
    pub person_id: Option<i64>,
    pub name: String,
    pub lang: String,
    pub audience: Audience,
    pub kind: &'static str,
    pub subject: String,
    /// The mail's plain text, links included.
    pub text: String,
    pub items: Vec<Value>,
}

/// What a person can be reached by besides mail.
#[derive(Debug, Clone, Default)]
pub struct Addresses {
    pub unit_id: Option<i64>,
    pub phone: Option<String>,
}

/// The channel rows of the day, and which digests (by index) still go by mail.
#[derive(Debug, Default)]
pub struct Reached {
    pub rows: Vec<NewOutbox>,
    pub by_mail: HashSet<usize>,
}

struct Section<'a> {
    digest: &'a Digest,
    mention: Option<String>,
    mobile: Option<String>,
}

fn audience_name(a: Audience) -> &'static str {
    match a {
        Audience::Person => "responsible",
        Audience::UnitHead => "unit_head",
        Audience::Leader => "leader",
        Audience::Supervision => "supervisor",
    }
}

/// The webhook's document for these sections.
fn document(kind: &str, day: NaiveDate, sections: &[Section<'_>], text: &str) -> String {
    let recipients: Vec<Value> = sections
        .iter()
        .map(|s| {
            json!({
                "person_id": s.digest.person_id,
                "name": s.digest.name,
                "role": audience_name(s.digest.audience),
                "mobile": s.mobile,
            })
        })
        .collect();
    let items: Vec<&Value> = sections.iter().flat_map(|s| &s.digest.items).collect();
    json!({
        "kind": kind,
        "day": day,
        "recipients": recipients,
        "items": items,
        "text": text,
    })
    .to_string()
}

/// Plans the channel messages of `digests` on `day`.
#[allow(clippy::too_many_arguments)]
pub fn reach(
    channels: &[Channel],
    people: &HashMap<i64, Addresses>,
    routes: &Routes,
    base_url: &str,
    day: NaiveDate,
    now: NaiveDateTime,
    digests: &[Digest],
) -> Reached {
    let mut reached = Reached::default();
    let owned = |o: Owner| -> Vec<&Channel> {
        channels
            .iter()
            .filter(|c| c.removed_at.is_none() && owner_of(c) == Some(o))
            .collect()
    };
    let kind_of = |c: &Channel| Kind::parse(&c.kind);
    let sends = |c: &Channel| !c.url.is_empty();
    // A person's own address on a kind: their channel's, else (for a mobile) their phone.
    let own_address = |pid: i64, kind: Kind| -> Option<String> {
        owned(Owner::Person(pid))
            .into_iter()
            .find(|c| kind_of(c) == Some(kind) && c.address.is_some())
            .and_then(|c| c.address.clone())
    };
    let mobile_of = |pid: i64| -> Option<String> {
        own_address(pid, Kind::Sms)
            .or_else(|| own_address(pid, Kind::Dingtalk))
            .or_else(|| people.get(&pid).and_then(|p| p.phone.clone()))
    };
    let mut groups: BTreeMap<i64, Vec<Section<'_>>> = BTreeMap::new();
    for (index, digest) in digests.iter().enumerate() {
        let targets = routes.targets(digest.audience);
        let mut on_channel = false;
        for target in targets {
            match (target, digest.person_id) {
                (Target::Email, _) => {}
                (Target::Unit, Some(pid)) => {
                    let Some(unit) = people.get(&pid).and_then(|p| p.unit_id) else {
                        continue;
                    };
                    for c in owned(Owner::Unit(unit)).into_iter().filter(|c| sends(c)) {
                        let mention = match kind_of(c) {
                            Some(Kind::Wecom) => {
                                own_address(pid, Kind::Wecom).map(|id| format!("<@{id}>"))
                            }
                            Some(Kind::Dingtalk) => mobile_of(pid).map(|m| format!("@{m}")),
                            _ => None,
                        };
                        let mobile = mobile_of(pid);
                        groups.entry(c.id).or_default().push(Section {
                            digest,
                            mention,
                            mobile,
                        });
                        on_channel = true;
                    }
                }
                (Target::Office, _) => {
                    let office = owned(Owner::Supervision);
                    for c in office
                        .into_iter()
                        .filter(|c| sends(c) && kind_of(c) != Some(Kind::Sms))
                    {
                        let mobile = digest.person_id.and_then(mobile_of);
                        groups.entry(c.id).or_default().push(Section {
                            digest,
                            mention: None,
                            mobile,
                        });
                        on_channel = true;
                    }
                }
                (Target::Own, Some(pid)) => {
                    for c in owned(Owner::Person(pid))
                        .into_iter()
                        .filter(|c| sends(c) && kind_of(c) != Some(Kind::Sms))
                    {
                        let section = Section {
                            digest,
                            mention: None,
                            mobile: mobile_of(pid),
                        };
                        let text = match kind_of(c) {
                            Some(Kind::Webhook) => {
                                document(digest.kind, day, &[section], &digest.text)
                            }
                            _ => digest.text.clone(),
                        };
                        let key = format!("person-{pid}");
                        reached.rows.extend(queue_rows(
                            &Message {
                                channel: c,
                                kind: digest.kind,
                                day,
                                person_id: Some(pid),
                                key: &key,
                                recipient: &digest.name,
                                lang: &digest.lang,
                                subject: &digest.subject,
                                text: &text,
                                address: None,
                                not_before: now,
                            },
                            now,
                        ));
                        on_channel = true;
                    }
                }
                (Target::Sms, Some(pid)) => {
                    let mine = owned(Owner::Person(pid))
                        .into_iter()
                        .find(|c| kind_of(c) == Some(Kind::Sms) && sends(c));
                    let gateway = mine.or_else(|| {
                        owned(Owner::Supervision)
                            .into_iter()
                            .find(|c| kind_of(c) == Some(Kind::Sms) && sends(c))
                    });
                    let (Some(gateway), Some(mobile)) = (gateway, mobile_of(pid)) else {
                        continue;
                    };
                    let template = gateway.template.as_deref().unwrap_or(DEFAULT_SMS_TEMPLATE);
                    let link = format!("{base_url}/my");
                    let Ok(text) =
                        rule::sms_text(template, &digest.name, digest.items.len(), &link)
                    else {
                        continue;
                    };
                    let key = format!("person-{pid}");
                    reached.rows.extend(queue_rows(
                        &Message {
                            channel: gateway,
                            kind: digest.kind,
                            day,
                            person_id: Some(pid),
                            key: &key,
                            recipient: &digest.name,
                            lang: &digest.lang,
                            subject: &digest.subject,
                            text: &text,
                            address: Some(&mobile),
                            not_before: now,
                        },
                        now,
                    ));
                    on_channel = true;
                }
                // A group, own channel or SMS is a person's: the office has its group.
                (Target::Unit | Target::Own | Target::Sms, None) => {}
            }
        }
        if targets.contains(&Target::Email) || !on_channel {
            reached.by_mail.insert(index);
        }
    }
    for (channel_id, sections) in groups {
        let Some(c) = channels.iter().find(|c| c.id == channel_id) else {
            continue;
        };
        let mut text = format!(
            "### 督办提醒 · {}\n",
            crate::mail::compose::date("zh-CN", day)
        );
        for s in &sections {
            text.push_str(&format!(
                "\n#### {}{}\n{}\n",
                s.digest.name,
                s.mention
                    .as_deref()
                    .map(|m| format!(" {m}"))
                    .unwrap_or_default(),
                s.digest.text.trim_end()
            ));
        }
        let mentions: Vec<String> = sections
            .iter()
            .filter(|s| s.mention.is_some())
            .filter_map(|s| s.mobile.clone())
            .collect();
        let kind = if sections
            .iter()
            .all(|s| s.digest.audience == Audience::Supervision)
        {
            "supervision_digest"
        } else {
            "group_digest"
        };
        let body = match kind_of(c) {
            Some(Kind::Webhook) => document(kind, day, &sections, &text),
            _ => text,
        };
        let address = (kind_of(c) == Some(Kind::Dingtalk) && !mentions.is_empty())
            .then(|| mentions.join(","));
        reached.rows.extend(queue_rows(
            &Message {
                channel: c,
                kind,
                day,
                person_id: None,
                key: "group",
                recipient: &c.name,
                lang: "zh-CN",
                subject: "督办提醒",
                text: &body,
                address: address.as_deref(),
                not_before: now,
            },
            now,
        ));
    }
    reached
}
