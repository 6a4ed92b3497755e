//! Where the day's digests go beside mail, by the `[channels]` routes: a person's digest
//! in their unit's group, a unit head's escalation there with an @, a leader's by SMS, the
//! office's digest in its group. Messages to one group on one day are merged into one
//! message per group, as mail merges a person's lines into one digest. Whether mail still
//! goes is the routes' rule (`Routes::by_mail`), told here which digests a channel reached.
//! The wording is the mail's (`mail::compose`); nothing here decides a status.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Value, json};

use crate::channels::{Message, queue_rows};
use crate::db::models::Channel;
use crate::domain::channel::{self as rule, Audience, Kind, Owner, Routes, Target};
use crate::mail::compose::{self, GroupSection};
use crate::store::channels::{DEFAULT_SMS_TEMPLATE, owner_of};
use crate::store::outbox::NewOutbox;

/// The language of a group's message: the office's.
pub const GROUP_LANG: &str = "zh-CN";

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
    /// The mail's plain text, links included, in the reader's language.
    pub text: String,
    /// The same in the group's language ([`GROUP_LANG`]).
    pub group_text: String,
    /// The lines as the webhook's document carries them (`compose::item_json`).
    pub items: Vec<Value>,
}

/// What a person can be reached by besides mail.
#[derive(Debug, Clone, Default)]
pub struct Addresses {
    pub unit_id: Option<i64>,
    pub phone: Option<String>,
}

/// The channel rows of the day, and which digests (by index) a channel reached.
#[derive(Debug, Default)]
pub struct Reached {
    pub rows: Vec<NewOutbox>,
    pub on_channel: HashSet<usize>,
}

struct Section<'a> {
    digest: &'a Digest,
    mention: Option<String>,
    mobile: Option<String>,
}

/// Whether the office has a group (or gateway) that reads its digest.
pub fn office_listens(channels: &[Channel]) -> bool {
    channels.iter().any(|c| {
        owner_of(c) == Some(Owner::Supervision)
            && !c.url.is_empty()
            && Kind::parse(&c.kind) != Some(Kind::Sms)
    })
}

fn role(a: Audience) -> &'static str {
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
                "role": role(s.digest.audience),
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

/// The channels and addresses a day's messages are planned over.
struct Book<'a> {
    channels: &'a [Channel],
    people: &'a HashMap<i64, Addresses>,
}

impl Book<'_> {
    fn owned(&self, o: Owner) -> impl Iterator<Item = &Channel> {
        self.channels
            .iter()
            .filter(move |c| c.removed_at.is_none() && owner_of(c) == Some(o))
    }

    /// The owner's channels that send (have an address to send to), of the kinds wanted.
    fn sending(&self, o: Owner, sms: bool) -> impl Iterator<Item = &Channel> {
        self.owned(o)
            .filter(move |c| !c.url.is_empty() && (kind(c) == Some(Kind::Sms)) == sms)
    }

    /// A person's own address on a kind: their channel's, else (for a mobile) their phone.
    fn address(&self, pid: i64, k: Kind) -> Option<String> {
        self.owned(Owner::Person(pid))
            .find(|c| kind(c) == Some(k) && c.address.is_some())
            .and_then(|c| c.address.clone())
    }

    fn mobile(&self, pid: i64) -> Option<String> {
        self.address(pid, Kind::Sms)
            .or_else(|| self.address(pid, Kind::Dingtalk))
            .or_else(|| {
                // A landline in the ledger is no address for an SMS or an @.
                let phone = self.people.get(&pid).and_then(|p| p.phone.as_deref());
                phone.and_then(crate::domain::validate::mobile)
            })
    }
}

fn kind(c: &Channel) -> Option<Kind> {
    Kind::parse(&c.kind)
}

/// Plans the channel messages of `digests` on `day`; `Err` only when a template fails.
pub fn reach(
    channels: &[Channel],
    people: &HashMap<i64, Addresses>,
    routes: &Routes,
    base_url: &str,
    day: NaiveDate,
    now: NaiveDateTime,
    digests: &[&Digest],
) -> Result<Reached, String> {
    let book = Book { channels, people };
    let mut reached = Reached::default();
    // One person's message on one of their channels.
    let mut direct = |c: &Channel, d: &Digest, pid: i64, text: &str, address: Option<&str>| {
        let key = format!("person-{pid}");
        reached.rows.extend(queue_rows(
            &Message {
                channel: c,
                kind: d.kind,
                day,
                person_id: Some(pid),
                key: &key,
                recipient: &d.name,
                lang: &d.lang,
                subject: &d.subject,
                text,
                address,
                not_before: now,
            },
            now,
        ));
    };
    let mut groups: BTreeMap<i64, Vec<Section<'_>>> = BTreeMap::new();
    let mut on_channel = HashSet::new();
    for (index, digest) in digests.iter().enumerate() {
        let mut told = false;
        for target in routes.targets(digest.audience) {
            match (target, digest.person_id) {
                (Target::Email, _) => {}
                (Target::Unit, Some(pid)) => {
                    let Some(unit) = people.get(&pid).and_then(|p| p.unit_id) else {
                        continue;
                    };
                    for c in book.sending(Owner::Unit(unit), false) {
                        let mention = match kind(c) {
                            Some(Kind::Wecom) => {
                                book.address(pid, Kind::Wecom).map(|id| format!("<@{id}>"))
                            }
                            Some(Kind::Dingtalk) => book.mobile(pid).map(|m| format!("@{m}")),
                            _ => None,
                        };
                        let mobile = book.mobile(pid);
                        groups.entry(c.id).or_default().push(Section {
                            digest,
                            mention,
                            mobile,
                        });
                        told = true;
                    }
                }
                (Target::Office, _) => {
                    for c in book.sending(Owner::Supervision, false) {
                        let mobile = digest.person_id.and_then(|p| book.mobile(p));
                        groups.entry(c.id).or_default().push(Section {
                            digest,
                            mention: None,
                            mobile,
                        });
                        told = true;
                    }
                }
                (Target::Own, Some(pid)) => {
                    for c in book.sending(Owner::Person(pid), false) {
                        let text = match kind(c) {
                            Some(Kind::Webhook) => {
                                let mobile = book.mobile(pid);
                                let me = Section {
                                    digest,
                                    mention: None,
                                    mobile,
                                };
                                document(digest.kind, day, &[me], &digest.text)
                            }
                            _ => digest.text.clone(),
                        };
                        direct(c, digest, pid, &text, None);
                        told = true;
                    }
                }
                (Target::Sms, Some(pid)) => {
                    // Their own gateway, else the office's.
                    let gateway = book
                        .sending(Owner::Person(pid), true)
                        .next()
                        .or_else(|| book.sending(Owner::Supervision, true).next());
                    let (Some(gateway), Some(mobile)) = (gateway, book.mobile(pid)) else {
                        continue;
                    };
                    let template = gateway.template.as_deref().unwrap_or(DEFAULT_SMS_TEMPLATE);
                    // One matter with its one-click link (signed, single use): that link;
                    // else, or when it does not fit two segments, the person's start page.
                    let one_click = match digest.items.as_slice() {
                        [only] => only.pointer("/links/complete").and_then(Value::as_str),
                        _ => None,
                    };
                    let count = digest.items.len();
                    let fit = |link: &str| rule::sms_text(template, &digest.name, count, link).ok();
                    let start = format!("{base_url}/my");
                    let Some(text) = one_click.and_then(fit).or_else(|| fit(&start)) else {
                        continue;
                    };
                    direct(gateway, digest, pid, &text, Some(&mobile));
                    told = true;
                }
                // A group, own channel or SMS is a person's: the office has its group.
                (Target::Unit | Target::Own | Target::Sms, None) => {}
            }
        }
        if told {
            on_channel.insert(index);
        }
    }
    reached.on_channel = on_channel;
    for (channel_id, sections) in groups {
        let Some(c) = channels.iter().find(|c| c.id == channel_id) else {
            continue;
        };
        let parts: Vec<GroupSection> = sections
            .iter()
            .map(|s| GroupSection {
                name: s.digest.name.clone(),
                mention: s.mention.clone(),
                text: s.digest.group_text.trim_end().to_string(),
            })
            .collect();
        let (subject, text) = compose::render_group(GROUP_LANG, day, &parts)?;
        let office = sections
            .iter()
            .all(|s| s.digest.audience == Audience::Supervision);
        let kind_name = if office {
            "supervision_digest"
        } else {
            "group_digest"
        };
        let body = match kind(c) {
            Some(Kind::Webhook) => document(kind_name, day, &sections, &text),
            _ => text,
        };
        // 钉钉 notifies only the mobiles listed beside an @ in the text.
        let mentions: Vec<String> = sections
            .iter()
            .filter(|s| s.mention.is_some())
            .filter_map(|s| s.mobile.clone())
            .collect();
        let address =
            (kind(c) == Some(Kind::Dingtalk) && !mentions.is_empty()).then(|| mentions.join(","));
        reached.rows.extend(queue_rows(
            &Message {
                channel: c,
                kind: kind_name,
                day,
                person_id: None,
                key: "group",
                recipient: &c.name,
                lang: GROUP_LANG,
                subject: &subject,
                text: &body,
                address: address.as_deref(),
                not_before: now,
            },
            now,
        ));
    }
    Ok(reached)
}
