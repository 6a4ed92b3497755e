//! Channels beside email, as the administrator keeps them: add (validated, audited), list
//! and read (the secret never shown again, the URL's keys masked), remove (its waiting
//! messages are marked dead in the same transaction, so none waits for a channel that is
//! gone). And the two things delivery needs of the database: a slot within the channel's
//! rate, counted across every instance, and the pause a throttled robot asked for.

use super::one_of::one_of;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Ctx, audit};
use crate::db::DbConn;
use crate::db::models::Channel;
use crate::db::schema::{channel_sends, channels, outbox, people, units};
use crate::domain::access::Role;
use crate::domain::channel::{self as rules, Kind, Owner};
use crate::domain::throttle;
use crate::domain::validate;
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "channel";
/// A robot's limit unless told otherwise: 企业微信 and 钉钉 take 20 messages a minute.
pub const DEFAULT_RATE: i32 = 20;
pub const DEFAULT_WINDOW_SECS: i32 = 60;
/// What an SMS says unless the channel has its own template.
pub const DEFAULT_SMS_TEMPLATE: &str = "【督办】{name}，您有{count}项督办事项待办理，详见 {link}";

/// A channel to add. Exactly one owner: `supervision`, `unit_id` or `person_id`.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChannel {
    pub kind: Kind,
    /// Unique among the channels in use; the CLI names a channel by it.
    pub name: String,
    /// The robot's or gateway's address (http or https). A person's channel may have none:
    /// then it is only their address on that kind, to mention them in their unit's group
    /// or to reach their mobile through the office's SMS gateway.
    #[serde(default)]
    pub url: Option<String>,
    /// 钉钉: the robot's signing secret; webhook: the HMAC key; SMS: the gateway's
    /// credentials, sent as the `Authorization` header. Stored, never shown again.
    #[serde(default)]
    pub secret: Option<String>,
    /// A word the robot requires in every message (钉钉's keyword check).
    #[serde(default)]
    pub keyword: Option<String>,
    /// SMS: the text, with `{name}`, `{count}` and `{link}`.
    #[serde(default)]
    pub template: Option<String>,
    #[serde(default)]
    pub supervision: bool,
    #[serde(default)]
    pub unit_id: Option<i64>,
    #[serde(default)]
    pub person_id: Option<i64>,
    /// A person's address on this kind: mobile number (SMS, 钉钉 @), or 企业微信 user id.
    #[serde(default)]
    pub address: Option<String>,
    /// Messages allowed within `rate_window_secs`, all instances together (default 20).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 1000)]
    pub rate_limit: Option<i32>,
    /// The window of the rate, in seconds (default 60).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 3600)]
    pub rate_window_secs: Option<i32>,
}

/// A channel as anyone is shown it: no secret, the keys in its URL masked.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChannelView {
    pub id: i64,
    pub name: String,
    pub kind: Kind,
    /// The address with the values of its query masked (`key=…`): the key is the secret of
    /// a 企业微信 robot.
    pub url: String,
    pub has_secret: bool,
    pub keyword: Option<String>,
    pub template: Option<String>,
    /// `supervision`, `unit` or `person`.
    pub owner: String,
    pub unit_id: Option<i64>,
    pub person_id: Option<i64>,
    pub address: Option<String>,
    pub rate_limit: i32,
    pub rate_window_secs: i32,
    /// Until when the robot asked to be left alone (a throttle).
    #[serde(serialize_with = "crate::db::dates::utc_opt")]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub blocked_until: Option<NaiveDateTime>,
    #[serde(serialize_with = "crate::db::dates::utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

impl From<&Channel> for ChannelView {
    fn from(c: &Channel) -> Self {
        Self {
            id: c.id,
            name: c.name.clone(),
            kind: Kind::parse(&c.kind).unwrap_or(Kind::Webhook),
            url: masked(&c.url),
            has_secret: c.secret.is_some(),
            keyword: c.keyword.clone(),
            template: c.template.clone(),
            owner: c.owner.clone(),
            unit_id: c.unit_id,
            person_id: c.person_id,
            address: c.address.clone(),
            rate_limit: c.rate_limit,
            rate_window_secs: c.rate_window_secs,
            blocked_until: c.blocked_until,
            created_at: c.created_at,
        }
    }
}

/// The URL with every query value replaced by `…`, for lists, logs and errors (the key of
/// a 企业微信 robot, a 钉钉 access token): `https://host/path?key=…`.
pub fn masked(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            let keys: Vec<String> = u.query_pairs().map(|(k, _)| format!("{k}=…")).collect();
            let mut shown = u.clone();
            shown.set_query(None);
            shown.set_fragment(None);
            let _ = shown.set_password(None);
            if keys.is_empty() {
                shown.to_string()
            } else {
                format!("{shown}?{}", keys.join("&"))
            }
        }
        Err(_) if url.is_empty() => String::new(),
        Err(_) => "…".into(),
    }
}

/// The owner of a channel, from its columns.
pub fn owner_of(c: &Channel) -> Option<Owner> {
    Owner::from_columns(&c.owner, c.unit_id, c.person_id)
}

fn clean(v: Option<String>) -> Option<String> {
    validate::blank_to_none(v).map(|s| s.trim().to_string())
}

/// Adds a channel (administrators only).
pub fn add(conn: &mut DbConn, ctx: &Ctx, input: NewChannel) -> AppResult<ChannelView> {
    super::access::require_role(ctx, &[Role::Admin])?;
    let name = input.name.trim().to_string();
    let url = clean(input.url);
    let secret = validate::blank_to_none(input.secret);
    let keyword = clean(input.keyword);
    let template = clean(input.template);
    let address = clean(input.address);
    let mut f = FieldErrors::new();
    validate::required_line(&mut f, "name", &name);
    if name.chars().count() > 64 {
        f.add("name", "must be at most 64 characters");
    }
    let owners = [
        input.supervision,
        input.unit_id.is_some(),
        input.person_id.is_some(),
    ];
    let owner = match (input.supervision, input.unit_id, input.person_id) {
        _ if owners.iter().filter(|o| **o).count() != 1 => {
            f.add(
                "owner",
                "name exactly one owner: supervision, unit_id or person_id",
            );
            None
        }
        (true, _, _) => Some(Owner::Supervision),
        (_, Some(u), _) => Some(Owner::Unit(u)),
        (_, _, Some(p)) => Some(Owner::Person(p)),
        _ => None,
    };
    match url.as_deref() {
        Some(u) => match url::Url::parse(u) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.has_host() => {
                if u.chars().count() > 2000 {
                    f.add("url", "must be at most 2000 characters");
                }
            }
            _ => f.add("url", "must be an http:// or https:// address"),
        },
        None if matches!(owner, Some(Owner::Person(_))) && address.is_some() => {}
        None => f.add(
            "url",
            "must be given (only a person's channel with an address may have none)",
        ),
    }
    validate::optional_line(&mut f, "keyword", keyword.as_deref());
    if secret.as_deref().is_some_and(|s| s.len() > 512) {
        f.add("secret", "must be at most 512 bytes");
    } else if secret
        .as_deref()
        .is_some_and(|s| !validate::printable(s, false))
    {
        f.add("secret", validate::CONTROL_CHARACTERS);
    }
    match input.kind {
        Kind::Webhook if secret.is_none() && url.is_some() => {
            f.add("secret", "a webhook is signed: give the key to sign with")
        }
        Kind::Sms => {
            let t = template.as_deref().unwrap_or(DEFAULT_SMS_TEMPLATE);
            validate::optional_line(&mut f, "template", Some(t));
            if !t.contains("{link}") {
                f.add("template", "must contain {link}");
            } else if let Err(e) = rules::sms_text(t, "李娜", 99, &sample_link()) {
                f.add("template", e);
            }
        }
        _ if template.is_some() => f.add("template", "only an SMS channel has a template"),
        _ => {}
    }
    let address = match (input.kind, address) {
        (_, Some(a)) if !matches!(owner, Some(Owner::Person(_))) => {
            f.add("address", "only a person's channel has an address");
            Some(a)
        }
        (Kind::Sms | Kind::Dingtalk, Some(a)) => match validate::mobile(&a) {
            Some(m) => Some(m),
            None => {
                f.add("address", "must be a mobile number (11 digits)");
                Some(a)
            }
        },
        (_, a) => {
            validate::optional_line(&mut f, "address", a.as_deref());
            a
        }
    };
    let rate_limit = input.rate_limit.unwrap_or(DEFAULT_RATE);
    if !(1..=1000).contains(&rate_limit) {
        f.add("rate_limit", "must be from 1 to 1000");
    }
    let window = input.rate_window_secs.unwrap_or(DEFAULT_WINDOW_SECS);
    if !(1..=3600).contains(&window) {
        f.add("rate_window_secs", "must be from 1 to 3600");
    }
    conn.transaction(|conn| {
        match owner {
            Some(Owner::Unit(u)) => {
                let n: i64 = units::table.find(u).count().get_result(conn)?;
                if n == 0 {
                    f.add("unit_id", format!("no unit with id {u}"));
                }
            }
            Some(Owner::Person(p)) => {
                let phone: Option<Option<String>> = people::table
                    .find(p)
                    .select(people::phone)
                    .first(conn)
                    .optional()?;
                match phone {
                    None => f.add("person_id", format!("no person with id {p}")),
                    Some(phone)
                        if input.kind == Kind::Sms
                            && address.is_none()
                            && phone.as_deref().and_then(validate::mobile).is_none() =>
                    {
                        f.add("address", "the person has no mobile number: give one")
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        std::mem::take(&mut f).into_result()?;
        if by_name(conn, &name)?.is_some() {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "name",
                format!("a channel named {name} already exists"),
            ));
        }
        let (unit_id, person_id) = match owner {
            Some(Owner::Unit(u)) => (Some(u), None),
            Some(Owner::Person(p)) => (None, Some(p)),
            _ => (None, None),
        };
        let owner_name = owner.map_or("supervision", Owner::as_str);
        let row: Channel = diesel::insert_into(channels::table)
            .values((
                channels::name.eq(&name),
                channels::kind.eq(input.kind.as_str()),
                channels::url.eq(url.as_deref().unwrap_or("")),
                channels::secret.eq(secret.as_deref()),
                channels::keyword.eq(keyword.as_deref()),
                channels::template.eq(template.as_deref()),
                channels::owner.eq(owner_name),
                channels::unit_id.eq(unit_id),
                channels::person_id.eq(person_id),
                channels::address.eq(address.as_deref()),
                channels::rate_limit.eq(rate_limit),
                channels::rate_window_secs.eq(window),
                channels::created_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        let view = ChannelView::from(&row);
        audit::record(
            conn,
            ctx,
            ENTITY,
            row.id,
            "create",
            None::<&()>,
            Some(&view),
        )?;
        Ok(view)
    })
}

/// As long as the longest link a message carries (a signed one-click link).
fn sample_link() -> String {
    format!("https://duban.example.gov.cn/a/{}", "x".repeat(40))
}

/// The channel in use with this name (with its secret: for the sender only).
pub fn by_name(conn: &mut DbConn, name: &str) -> AppResult<Option<Channel>> {
    Ok(channels::table
        .filter(channels::name.eq(name.trim()))
        .filter(channels::removed_at.is_null())
        .select(Channel::as_select())
        .first(conn)
        .optional()?)
}

/// Every channel in use, with secrets: what the scan and the sender read.
pub fn live(conn: &mut DbConn) -> AppResult<Vec<Channel>> {
    Ok(channels::table
        .filter(channels::removed_at.is_null())
        .order(channels::id)
        .select(Channel::as_select())
        .load(conn)?)
}

/// These channels, removed ones too (a message names the channel it was for).
pub fn by_ids(conn: &mut DbConn, ids: &[i64]) -> AppResult<Vec<Channel>> {
    Ok(channels::table
        .filter(one_of(channels::id, ids))
        .select(Channel::as_select())
        .load(conn)?)
}

/// The channels in use (administrators only).
pub fn list(conn: &mut DbConn, ctx: &Ctx) -> AppResult<Vec<ChannelView>> {
    super::access::require_role(ctx, &[Role::Admin])?;
    Ok(live(conn)?.iter().map(ChannelView::from).collect())
}

/// One channel in use (administrators only).
pub fn get(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Channel> {
    super::access::require_role(ctx, &[Role::Admin])?;
    channels::table
        .find(id)
        .filter(channels::removed_at.is_null())
        .select(Channel::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("channel {id}")))
}

/// The channel in use with this name (administrators only).
pub fn named(conn: &mut DbConn, ctx: &Ctx, name: &str) -> AppResult<Channel> {
    super::access::require_role(ctx, &[Role::Admin])?;
    by_name(conn, name)?.ok_or_else(|| AppError::not_found(format!("channel {name}")))
}

/// Removes a channel (administrators only): its name is free again, and what still waited
/// to go through it is marked dead, with the reason, in the same transaction.
pub fn remove(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<usize> {
    let channel = get(conn, ctx, id)?;
    conn.transaction(|conn| {
        diesel::update(channels::table.find(id))
            .set(channels::removed_at.eq(Some(ctx.now)))
            .execute(conn)?;
        let dropped = diesel::update(
            outbox::table
                .filter(outbox::channel_id.eq(id))
                .filter(outbox::status.eq_any(["pending", "failed"])),
        )
        .set((
            outbox::status.eq("dead"),
            outbox::last_error.eq(Some(format!("channel {} removed", channel.name))),
        ))
        .execute(conn)?;
        let view = ChannelView::from(&channel);
        audit::record(conn, ctx, ENTITY, id, "delete", Some(&view), None::<&()>)?;
        Ok(dropped)
    })
}

/// Queues a test message through a channel in use (administrators only), in `lang`, to be
/// delivered like any other; an SMS goes to `to` (a mobile number), or to the person whose
/// channel it is. Returns the outbox id, to read what the server answered.
pub fn queue_test(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    lang: &str,
    to: Option<&str>,
) -> AppResult<i64> {
    let channel = get(conn, ctx, id)?;
    let kind = Kind::parse(&channel.kind);
    if channel.url.is_empty() {
        return Err(AppError::field(
            "url",
            "this channel is an address only: it sends nothing itself",
        ));
    }
    let address = match (kind, to) {
        (Some(Kind::Sms), Some(to)) => Some(
            validate::mobile(to)
                .ok_or_else(|| AppError::field("to", "must be a mobile number (11 digits)"))?,
        ),
        (Some(Kind::Sms), None) => match channel.person_id {
            Some(p) => {
                let phone: Option<String> =
                    people::table.find(p).select(people::phone).first(conn)?;
                channel
                    .address
                    .clone()
                    .or_else(|| phone.as_deref().and_then(validate::mobile))
            }
            None => None,
        }
        .map(Some)
        .ok_or_else(|| AppError::field("to", "give the mobile number to send the test to"))?,
        (_, Some(_)) => return Err(AppError::field("to", "only an SMS test goes to a number")),
        (_, None) => None,
    };
    let day = ctx.today;
    let (subject, text) = crate::mail::compose::render_channel_test(lang, &channel.name, day)
        .map_err(AppError::internal)?;
    let key = format!("test-{}", ctx.now.and_utc().timestamp_micros());
    let rows = crate::channels::queue_rows(
        &crate::channels::Message {
            channel: &channel,
            kind: "test",
            day,
            person_id: None,
            key: &key,
            recipient: &channel.name,
            lang,
            subject: &subject,
            text: &text,
            address: address.as_deref(),
            not_before: ctx.now,
        },
        ctx.now,
    );
    conn.transaction(|conn| {
        super::outbox::enqueue(conn, &rows)?;
        let queued: i64 = outbox::table
            .filter(outbox::channel_id.eq(id))
            .filter(outbox::kind.eq("test"))
            .order(outbox::id.desc())
            .select(outbox::id)
            .first(conn)?;
        Ok(queued)
    })
}

/// Added to a channel's window when its sends are counted (see [`reserve`]).
pub const SEND_MARGIN: Duration = Duration::seconds(1);

/// What the rate allows a sender now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Send now: the send is counted.
    Go,
    /// Not before then (the window is full, or the robot asked for a pause).
    Wait(NaiveDateTime),
}

/// Takes a slot of the channel's rate at `now`, counted across every instance: on
/// PostgreSQL the channel's row is locked while its recent sends are counted and this one
/// written; SQLite serialises writers.
pub fn reserve(conn: &mut DbConn, channel_id: i64, now: NaiveDateTime) -> AppResult<Slot> {
    macro_rules! inside {
        ($c:expr, $lock:expr) => {{
            let c = $c;
            let (limit, window, blocked): (i32, i32, Option<NaiveDateTime>) = $lock.first(c)?;
            if let Some(until) = blocked.filter(|u| *u > now) {
                return Ok(Slot::Wait(until));
            }
            // A second's margin on the window: a request takes time to reach the robot,
            // which counts when it arrives, not when the slot was taken.
            let window = Duration::seconds(i64::from(window)) + SEND_MARGIN;
            let recent: Vec<NaiveDateTime> = channel_sends::table
                .filter(channel_sends::channel_id.eq(channel_id))
                .filter(channel_sends::sent_at.gt(now - window))
                .select(channel_sends::sent_at)
                .load(c)?;
            let limit = throttle::Limit {
                max_failures: usize::try_from(limit).unwrap_or(1).max(1),
                window,
            };
            if let Some(wait) = throttle::retry_after(limit, &recent, now) {
                return Ok(Slot::Wait(now + Duration::seconds(wait as i64)));
            }
            // Sends older than the longest window count for nothing: keep the table small.
            diesel::delete(
                channel_sends::table
                    .filter(channel_sends::channel_id.eq(channel_id))
                    .filter(channel_sends::sent_at.lt(now - Duration::hours(1))),
            )
            .execute(c)?;
            diesel::insert_into(channel_sends::table)
                .values((
                    channel_sends::channel_id.eq(channel_id),
                    channel_sends::sent_at.eq(now),
                ))
                .execute(c)?;
            Ok(Slot::Go)
        }};
    }
    let columns = (
        channels::rate_limit,
        channels::rate_window_secs,
        channels::blocked_until,
    );
    match conn {
        DbConn::Postgresql(c) => c.transaction::<_, AppError, _>(|c| {
            inside!(
                c,
                channels::table
                    .find(channel_id)
                    .select(columns)
                    .for_update()
            )
        }),
        DbConn::Sqlite(c) => c.immediate_transaction::<_, AppError, _>(|c| {
            inside!(c, channels::table.find(channel_id).select(columns))
        }),
    }
}

/// The robot asked for a pause (its limit was hit): no instance sends through it before
/// `until`.
pub fn block(conn: &mut DbConn, channel_id: i64, until: NaiveDateTime) -> AppResult<()> {
    diesel::update(channels::table.find(channel_id))
        .set(channels::blocked_until.eq(Some(until)))
        .execute(conn)?;
    Ok(())
}
