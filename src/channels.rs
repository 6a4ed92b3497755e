//! The wire protocols of the channels beside email, over HTTP: the 企业微信 group robot, the
//! 钉钉 custom robot (signed), the office's webhook (signed) and an SMS gateway. Each turns
//! one outbox row into one request and the server's answer into an outcome: accepted, a
//! pause the server asked for (its rate limit: wait, never drop), a failure worth retrying,
//! or a permanent refusal with the server's own reason. Secrets never reach a log or an
//! error: URLs are shown masked.

use base64::Engine;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use hmac::{KeyInit, Mac};
use serde_json::{Value, json};

use crate::db::models::{Channel, OutboxRow};
use crate::domain::channel::Kind;
use crate::store::channels::masked;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// What a channel's server made of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Accepted; the id to record (the server's, or ours).
    Accepted(String),
    /// The server's limit was hit: send again at `until`, and no instance sends through
    /// the channel before then.
    Throttled {
        until: NaiveDateTime,
        reason: String,
    },
    /// Refused or not reached: `permanent` ones are not tried again.
    Refused { reason: String, permanent: bool },
}

/// 企业微信: the robot's limit was hit (20 messages a minute).
pub const WECOM_RATE_LIMITED: i64 = 45009;
/// 钉钉: sent too fast; the robot is throttled for 10 minutes.
pub const DINGTALK_THROTTLED: i64 = 130101;
/// 钉钉: a throttled robot stays throttled for ten of its rate windows (10 minutes at 20 a
/// minute); 企业微信 asks for one window.
pub const DINGTALK_PAUSE_WINDOWS: i32 = 10;

/// The signature 钉钉 asks for: `urlencode(base64(HMAC-SHA256(secret, T + "\n" + secret)))`
/// with `T` the time in milliseconds.
pub fn dingtalk_sign(secret: &str, timestamp_ms: i64) -> String {
    let mut mac = match <HmacSha256 as KeyInit>::new_from_slice(secret.as_bytes()) {
        Ok(m) => m,
        // HMAC takes a key of any length: this cannot happen.
        Err(_) => return String::new(),
    };
    mac.update(format!("{timestamp_ms}\n{secret}").as_bytes());
    let b64 = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    form_urlencoded::byte_serialize(b64.as_bytes()).collect()
}

/// The webhook's signature header value: `sha256=` and the hex HMAC-SHA256 of
/// `timestamp + "." + body` under the channel's secret.
pub fn webhook_signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let Ok(mut mac) = <HmacSha256 as KeyInit>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

/// Header names of the webhook's signature.
pub const SIGNATURE_HEADER: &str = "X-Duban-Signature";
pub const TIMESTAMP_HEADER: &str = "X-Duban-Timestamp";

/// The request a row becomes on its channel: URL and JSON body.
pub fn request(channel: &Channel, row: &OutboxRow, now: DateTime<Utc>) -> (String, Value) {
    let mentions: Vec<&str> = row
        .address
        .as_deref()
        .map(|a| {
            a.split(',')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let with_keyword = |text: &str| match channel.keyword.as_deref() {
        Some(k) if !text.contains(k) => format!("{text}\n\n{k}"),
        _ => text.to_string(),
    };
    match Kind::parse(&channel.kind) {
        Some(Kind::Wecom) => (
            channel.url.clone(),
            json!({"msgtype": "markdown", "markdown": {"content": with_keyword(&row.body_text)}}),
        ),
        Some(Kind::Dingtalk) => {
            let t = now.timestamp_millis();
            let url = match channel.secret.as_deref() {
                Some(secret) => {
                    let join = if channel.url.contains('?') { '&' } else { '?' };
                    format!(
                        "{}{join}timestamp={t}&sign={}",
                        channel.url,
                        dingtalk_sign(secret, t)
                    )
                }
                None => channel.url.clone(),
            };
            (
                url,
                json!({
                    "msgtype": "markdown",
                    "markdown": {"title": with_keyword(&row.subject), "text": with_keyword(&row.body_text)},
                    "at": {"atMobiles": mentions, "isAtAll": false},
                }),
            )
        }
        Some(Kind::Sms) => (
            channel.url.clone(),
            json!({"to": row.address.as_deref().unwrap_or(""), "text": row.body_text}),
        ),
        // A webhook's body is the document composed when the message was queued.
        Some(Kind::Webhook) | None => (
            channel.url.clone(),
            serde_json::from_str(&row.body_text).unwrap_or_else(|_| json!({"text": row.body_text})),
        ),
    }
}

/// One message for a channel, before it is queued.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    pub channel: &'a Channel,
    /// `digest`, `supervision_digest`, `escalation`, `test`: as for mail.
    pub kind: &'a str,
    pub day: chrono::NaiveDate,
    /// Who it is for on the ladder, when one person (an SMS, a person's own channel).
    pub person_id: Option<i64>,
    /// What the dedup key tells apart within the channel and day (a person, a group).
    pub key: &'a str,
    /// Shown as the recipient in the outbox.
    pub recipient: &'a str,
    pub lang: &'a str,
    pub subject: &'a str,
    /// Markdown for the robots, the text of an SMS, the JSON document of a webhook.
    pub text: &'a str,
    /// The mobile of an SMS; the ids a group message mentions (comma-separated).
    pub address: Option<&'a str>,
    /// Not to be sent before then (an SMS queued in the quiet hours).
    pub not_before: NaiveDateTime,
}

/// The outbox rows of a message: one, or numbered parts when the text is over what the
/// channel takes (each part its own row and key, so each arrives once).
pub fn queue_rows(m: &Message<'_>, now: NaiveDateTime) -> Vec<crate::store::outbox::NewOutbox> {
    let max = Kind::parse(&m.channel.kind).map_or(4096, Kind::max_bytes);
    let parts = crate::domain::channel::split_parts(m.text, max);
    let n = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| crate::store::outbox::NewOutbox {
            dedup_key: format!(
                "channel:{}:{}:{}:{}:{}/{n}",
                m.channel.id,
                m.day,
                m.kind,
                m.key,
                i + 1
            ),
            kind: m.kind.to_string(),
            recipient_person_id: m.person_id,
            recipient_name: m.recipient.to_string(),
            lang: m.lang.to_string(),
            subject: if n == 1 {
                m.subject.to_string()
            } else {
                format!("{}（{}/{n}）", m.subject, i + 1)
            },
            body_text: text,
            next_attempt_at: m.not_before.max(now),
            channel_id: Some(m.channel.id),
            address: m.address.map(String::from),
            ..crate::store::outbox::NewOutbox::queued(m.day, now)
        })
        .collect()
}

/// Sends one row through its channel.
pub async fn send(
    client: &reqwest::Client,
    channel: &Channel,
    row: &OutboxRow,
    now: DateTime<Utc>,
) -> Answer {
    let kind = Kind::parse(&channel.kind);
    if channel.url.is_empty() {
        return Answer::Refused {
            reason: format!("channel {} has no address to send to", channel.name),
            permanent: true,
        };
    }
    // The signatures carry the wall clock's time, whatever clock the service runs on: the
    // robot checks them against its own (钉钉: within an hour).
    let (url, body) = request(channel, row, Utc::now());
    let bytes = match serde_json::to_vec(&body) {
        Ok(b) => b,
        Err(e) => {
            return Answer::Refused {
                reason: e.to_string(),
                permanent: true,
            };
        }
    };
    let mut req = client.post(&url).header(
        reqwest::header::CONTENT_TYPE,
        "application/json; charset=utf-8",
    );
    match (kind, channel.secret.as_deref()) {
        (Some(Kind::Webhook), Some(secret)) => {
            let t = Utc::now().timestamp();
            req = req
                .header(TIMESTAMP_HEADER, t.to_string())
                .header(SIGNATURE_HEADER, webhook_signature(secret, t, &bytes));
        }
        (Some(Kind::Sms), Some(secret)) => {
            req = req.header(reqwest::header::AUTHORIZATION, secret);
        }
        _ => {}
    }
    let shown = masked(&channel.url);
    let response = match req.body(bytes).send().await {
        Ok(r) => r,
        Err(e) => {
            // reqwest's error names the URL: say it masked, never with the key.
            let why = if e.is_timeout() {
                "timed out"
            } else if e.is_connect() {
                "could not connect"
            } else {
                "request failed"
            };
            return Answer::Refused {
                reason: format!("{shown}: {why}"),
                permanent: false,
            };
        }
    };
    let status = response.status();
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok());
    // A bounded read: a server that answers with megabytes gets its first 64 KiB read.
    let text = match response.bytes().await {
        Ok(b) => {
            String::from_utf8_lossy(b.get(..b.len().min(64 * 1024)).unwrap_or(&b)).into_owned()
        }
        Err(_) => String::new(),
    };
    let window = Duration::seconds(i64::from(channel.rate_window_secs.max(1)));
    answer(
        kind,
        status.as_u16(),
        retry_after,
        &text,
        now.naive_utc(),
        window,
    )
}

/// The server's answer as an outcome (separate from the request, to be tested alone).
pub fn answer(
    kind: Option<Kind>,
    status: u16,
    retry_after: Option<i64>,
    body: &str,
    now: NaiveDateTime,
    window: Duration,
) -> Answer {
    let short: String = body.chars().take(300).collect();
    if status == 429 {
        return Answer::Throttled {
            until: now + Duration::seconds(retry_after.unwrap_or(60).clamp(1, 3600)),
            reason: format!("HTTP 429: {short}"),
        };
    }
    if !(200..300).contains(&status) {
        return Answer::Refused {
            reason: format!("HTTP {status}: {short}"),
            permanent: (400..500).contains(&status) && status != 408,
        };
    }
    if !matches!(kind, Some(Kind::Wecom | Kind::Dingtalk)) {
        return Answer::Accepted(String::new());
    }
    // Both robots answer 200 with an error code in the body.
    let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let code = v.get("errcode").and_then(Value::as_i64);
    let msg = v.get("errmsg").and_then(Value::as_str).unwrap_or_default();
    match (kind, code) {
        (_, Some(0)) => Answer::Accepted(String::new()),
        (Some(Kind::Wecom), Some(WECOM_RATE_LIMITED)) => Answer::Throttled {
            until: now + window,
            reason: format!("errcode {WECOM_RATE_LIMITED}: {msg}"),
        },
        (Some(Kind::Dingtalk), Some(DINGTALK_THROTTLED)) => Answer::Throttled {
            until: now + window * DINGTALK_PAUSE_WINDOWS,
            reason: format!("errcode {DINGTALK_THROTTLED}: {msg}"),
        },
        // -1: the server is busy; try again.
        (_, Some(-1)) => Answer::Refused {
            reason: format!("errcode -1: {msg}"),
            permanent: false,
        },
        (_, Some(c)) => Answer::Refused {
            reason: format!("errcode {c}: {msg}"),
            permanent: true,
        },
        (_, None) => Answer::Refused {
            reason: format!("unreadable answer: {short}"),
            permanent: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::minutes(1);

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(2, 0, 0))
            .unwrap()
    }

    #[test]
    fn robots_answers_become_outcomes() {
        let ok = answer(
            Some(Kind::Wecom),
            200,
            None,
            r#"{"errcode":0,"errmsg":"ok"}"#,
            now(),
            MINUTE,
        );
        assert_eq!(ok, Answer::Accepted(String::new()));
        let limited = answer(
            Some(Kind::Wecom),
            200,
            None,
            r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#,
            now(),
            MINUTE,
        );
        assert!(
            matches!(limited, Answer::Throttled { until, .. } if until == now() + Duration::seconds(60))
        );
        let throttled = answer(
            Some(Kind::Dingtalk),
            200,
            None,
            r#"{"errcode":130101,"errmsg":"send too fast"}"#,
            now(),
            MINUTE,
        );
        assert!(
            matches!(throttled, Answer::Throttled { until, .. } if until == now() + Duration::minutes(10))
        );
        let sign = answer(
            Some(Kind::Dingtalk),
            200,
            None,
            r#"{"errcode":310000,"errmsg":"sign not match"}"#,
            now(),
            MINUTE,
        );
        assert_eq!(
            sign,
            Answer::Refused {
                reason: "errcode 310000: sign not match".into(),
                permanent: true
            }
        );
        assert!(matches!(
            answer(Some(Kind::Sms), 503, None, "busy", now(), MINUTE),
            Answer::Refused {
                permanent: false,
                ..
            }
        ));
        assert!(matches!(
            answer(
                Some(Kind::Webhook),
                401,
                None,
                "bad signature",
                now(),
                MINUTE
            ),
            Answer::Refused {
                permanent: true,
                ..
            }
        ));
        assert!(matches!(
            answer(Some(Kind::Sms), 429, Some(5), "", now(), MINUTE),
            Answer::Throttled { until, .. } if until == now() + Duration::seconds(5)
        ));
    }

    #[test]
    fn the_dingtalk_signature_is_the_documented_one() {
        // HMAC-SHA256 over "T\nsecret", base64, then URL-encoded (+ / = escaped).
        let s = dingtalk_sign("SEC-test", 1_700_000_000_000);
        assert!(
            !s.contains('+') && !s.contains('/') && !s.contains('='),
            "{s}"
        );
        let decoded: String = form_urlencoded::parse(format!("s={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap();
        let raw = base64::engine::general_purpose::STANDARD
            .decode(decoded)
            .unwrap();
        assert_eq!(raw.len(), 32);
        assert_ne!(dingtalk_sign("SEC-test", 1_700_000_000_001), s);
    }
}
