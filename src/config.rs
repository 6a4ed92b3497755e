//! Settings: built-in defaults, then an optional `duban.toml`, then `DUBAN_*` environment
//! variables (highest). Validated once at start-up: a bad setting stops the program with one
//! line naming it.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveTime;
use chrono_tz::Tz;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::db::DbUrl;
use crate::domain::channel::{QuietHours, Routes};
use crate::domain::rules::Rules;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub database_url: String,
    /// Address the HTTP server listens on.
    pub bind: String,
    /// The zone's time zone (IANA name); due dates are dates in this zone.
    pub timezone: String,
    /// Connections in the database pool.
    pub db_pool_size: u32,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Largest accepted file upload (a ledger sheet), in bytes.
    pub max_upload_bytes: usize,
    /// Seconds a request body may take to arrive, whole; a pause of over 5 seconds ends it
    /// sooner.
    pub body_timeout_secs: u64,
    /// Megabytes of answers to reads kept while the data stands (`http::read_cache`); 0
    /// keeps none.
    pub read_cache_mb: u64,
    /// `smtp://user:pass@host:587?tls=starttls` (or `tls=implicit`, `tls=none`); unset: mail
    /// is written as .eml files to `mail_dir`.
    pub smtp_url: Option<String>,
    /// The From address of every mail.
    pub mail_from: String,
    /// Where mail goes when no SMTP server is configured.
    pub mail_dir: String,
    /// Failed deliveries are retried with exponential backoff up to this many attempts.
    pub mail_max_attempts: u32,
    /// Comma-separated addresses of the supervision office (督查室) for the daily digest.
    pub supervision_emails: String,
    /// Public address of this service, for links in mails.
    pub base_url: String,
    /// The office that issues inspection bulletins, printed on each.
    pub report_issuer: String,
    /// Offices a bulletin is copied to (抄送), separated by commas or 、.
    pub report_cc: String,
    /// Local time of the daily scan on working days, `HH:MM`.
    pub scan_at: String,
    /// Where a reverse proxy may speak from (addresses or networks, comma-separated): from
    /// these, `X-Forwarded-For` names the client.
    pub trusted_proxies: String,
    /// Reminder and escalation rules (`[rules]` in duban.toml).
    pub rules: Rules,
    /// Which audience is told through which channels (`[channels]` in duban.toml).
    #[serde(default)]
    pub channels: Routes,
}

impl Default for RawSettings {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/duban.db".into(),
            bind: "127.0.0.1:8080".into(),
            timezone: "Asia/Shanghai".into(),
            db_pool_size: 8,
            max_body_bytes: 256 * 1024,
            max_upload_bytes: 32 * 1024 * 1024,
            body_timeout_secs: 60,
            read_cache_mb: (crate::http::read_cache::ReadCache::BUDGET / (1024 * 1024)) as u64,
            smtp_url: None,
            mail_from: "督办 <duban@localhost>".into(),
            mail_dir: "data/mail".into(),
            mail_max_attempts: 8,
            supervision_emails: String::new(),
            base_url: "http://127.0.0.1:8080".into(),
            report_issuer: crate::store::reports::DEFAULT_ISSUER.into(),
            report_cc: String::new(),
            scan_at: "08:30".into(),
            trusted_proxies: LOOPBACK.into(),
            rules: Rules::default(),
            channels: Routes::default(),
        }
    }
}

/// Mail settings, validated.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub smtp: Option<SmtpUrl>,
    pub from: lettre::message::Mailbox,
    pub dir: PathBuf,
    pub max_attempts: u32,
    pub supervision: Vec<lettre::Address>,
    pub base_url: String,
}

/// A parsed `DUBAN_SMTP_URL`.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub host: String,
    pub port: u16,
    pub user: Option<String>,
    pub password: Option<String>,
    pub tls: SmtpTls,
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpUrl")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("tls", &self.tls)
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection (a relay on loopback).
    None,
    /// STARTTLS required.
    StartTls,
    /// TLS from the first byte (smtps, port 465).
    Implicit,
}

impl SmtpUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or("expected smtp://[user:pass@]host[:port][?tls=starttls|implicit|none]")?;
        let default_tls = match scheme {
            "smtp" => SmtpTls::StartTls,
            "smtps" => SmtpTls::Implicit,
            other => {
                return Err(format!(
                    "unsupported scheme {other:?}: use smtp:// or smtps://"
                ));
            }
        };
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (creds, hostport) = match rest.rsplit_once('@') {
            Some((c, h)) => (Some(c), h),
            None => (None, rest),
        };
        let (user, password) = match creds {
            Some(c) => match c.split_once(':') {
                Some((u, p)) => (Some(decode(u)), Some(decode(p))),
                None => (Some(decode(c)), None),
            },
            None => (None, None),
        };
        let hostport = hostport.trim_end_matches('/');
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("bad port {p:?}"))?),
            None => (
                hostport,
                if default_tls == SmtpTls::Implicit {
                    465
                } else {
                    587
                },
            ),
        };
        if host.is_empty() {
            return Err("no host".into());
        }
        let mut tls = default_tls;
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match (k.as_ref(), v.as_ref()) {
                ("tls", "starttls" | "required") => tls = SmtpTls::StartTls,
                ("tls", "implicit" | "wrapper") => tls = SmtpTls::Implicit,
                ("tls", "none" | "off") => tls = SmtpTls::None,
                (k, v) => return Err(format!("unknown option {k}={v}")),
            }
        }
        Ok(Self {
            host: host.to_string(),
            port,
            user,
            password,
            tls,
        })
    }
}

fn decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Validated settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database: DbUrl,
    pub bind: String,
    pub timezone: Tz,
    pub db_pool_size: u32,
    pub max_body_bytes: usize,
    pub max_upload_bytes: usize,
    pub body_timeout: std::time::Duration,
    /// Bytes of answers to reads kept while the data stands.
    pub read_cache_bytes: usize,
    pub mail: MailSettings,
    pub scan_at: NaiveTime,
    pub rules: Rules,
    /// The letterhead inspection bulletins are issued under.
    pub letterhead: crate::store::reports::Letterhead,
    /// Where a reverse proxy may speak from (`DUBAN_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Which audience is told through which channels.
    pub channels: Routes,
    /// When no SMS is sent (`channels.sms_quiet_hours`).
    pub sms_quiet_hours: QuietHours,
}

/// The default of `DUBAN_TRUSTED_PROXIES`: a proxy on the same machine.
pub const LOOPBACK: &str = "127.0.0.0/8, ::1/128";

/// Addresses (`10.0.0.5`) and networks (`172.16.0.0/12`), separated by commas or spaces.
pub fn parse_proxies(list: &str) -> Result<Vec<ipnet::IpNet>, String> {
    list.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| format!("{s:?} is neither an address nor a network (10.0.0.0/8)"))
        })
        .collect()
}

#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub String);

impl Settings {
    /// The settings in force as an admin may read them: by variable name, passwords hidden.
    pub fn shown(&self) -> Vec<(String, String)> {
        let smtp = match &self.mail.smtp {
            Some(u) => format!(
                "smtp://{}{}:{} ({:?})",
                u.user
                    .as_deref()
                    .map(|u| format!("{u}:***@"))
                    .unwrap_or_default(),
                u.host,
                u.port,
                u.tls
            ),
            None => "—".into(),
        };
        let r = &self.rules;
        let join = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        [
            ("DUBAN_DATABASE_URL", self.database.display()),
            ("DUBAN_BIND", self.bind.clone()),
            ("DUBAN_TIMEZONE", self.timezone.to_string()),
            ("DUBAN_DB_POOL_SIZE", self.db_pool_size.to_string()),
            ("DUBAN_MAX_BODY_BYTES", self.max_body_bytes.to_string()),
            ("DUBAN_MAX_UPLOAD_BYTES", self.max_upload_bytes.to_string()),
            (
                "DUBAN_BODY_TIMEOUT_SECS",
                self.body_timeout.as_secs().to_string(),
            ),
            (
                "DUBAN_READ_CACHE_MB",
                (self.read_cache_bytes / (1024 * 1024)).to_string(),
            ),
            ("DUBAN_SMTP_URL", smtp),
            ("DUBAN_MAIL_FROM", self.mail.from.to_string()),
            ("DUBAN_REPORT_ISSUER", self.letterhead.issuer.clone()),
            ("DUBAN_REPORT_CC", self.letterhead.cc.join("、")),
            ("DUBAN_MAIL_DIR", self.mail.dir.display().to_string()),
            (
                "DUBAN_MAIL_MAX_ATTEMPTS",
                self.mail.max_attempts.to_string(),
            ),
            (
                "DUBAN_SUPERVISION_EMAILS",
                self.mail
                    .supervision
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("DUBAN_BASE_URL", self.mail.base_url.clone()),
            ("DUBAN_SCAN_AT", self.scan_at.format("%H:%M").to_string()),
            (
                "DUBAN_TRUSTED_PROXIES",
                self.trusted_proxies
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("rules.warning_days", r.warning_days.to_string()),
            ("rules.remind_before", join(&r.remind_before)),
            ("rules.overdue_every", r.overdue_every.to_string()),
            (
                "rules.escalate_unit_after",
                r.escalate_unit_after.to_string(),
            ),
            (
                "rules.escalate_leader_after",
                r.escalate_leader_after.to_string(),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    /// Loads from `file` when given (it must exist), else from `duban.toml` when present.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut fig = Figment::from(Serialized::defaults(RawSettings::default()));
        match file {
            Some(path) if !path.exists() => {
                return Err(ConfigError(format!(
                    "config file {} does not exist",
                    path.display()
                )));
            }
            Some(path) => fig = fig.merge(Toml::file(path)),
            None => fig = fig.merge(Toml::file(PathBuf::from("duban.toml"))),
        }
        // Keys of later issues (SMTP, rules, ...) are read by their own sections; only ours here.
        fig = fig.merge(Env::prefixed("DUBAN_").only(&[
            "database_url",
            "bind",
            "timezone",
            "db_pool_size",
            "max_body_bytes",
            "max_upload_bytes",
            "body_timeout_secs",
            "read_cache_mb",
            "smtp_url",
            "mail_from",
            "mail_dir",
            "mail_max_attempts",
            "supervision_emails",
            "base_url",
            "report_issuer",
            "report_cc",
            "scan_at",
            "trusted_proxies",
        ]));
        let raw: RawSettings = fig.extract().map_err(|e| ConfigError(one_line(&e)))?;
        check_link_key(std::env::var(LINK_KEY_ENV).ok().as_deref())?;
        Self::validate(raw)
    }

    pub fn validate(raw: RawSettings) -> Result<Self, ConfigError> {
        let database = DbUrl::parse(&raw.database_url)
            .map_err(|e| ConfigError(format!("DUBAN_DATABASE_URL: {e}")))?;
        let timezone = Tz::from_str(raw.timezone.trim()).map_err(|_| {
            ConfigError(format!(
                "DUBAN_TIMEZONE: unknown time zone {:?} (use an IANA name such as Asia/Shanghai)",
                raw.timezone
            ))
        })?;
        validate_bind(&raw.bind).map_err(|e| ConfigError(format!("DUBAN_BIND: {e}")))?;
        if raw.db_pool_size == 0 || raw.db_pool_size > 256 {
            return Err(ConfigError(format!(
                "DUBAN_DB_POOL_SIZE: {} is out of range 1..=256",
                raw.db_pool_size
            )));
        }
        if raw.max_body_bytes < 1024 {
            return Err(ConfigError(format!(
                "DUBAN_MAX_BODY_BYTES: {} is below the minimum of 1024",
                raw.max_body_bytes
            )));
        }
        if raw.max_upload_bytes < 1024 {
            return Err(ConfigError(format!(
                "DUBAN_MAX_UPLOAD_BYTES: {} is below the minimum of 1024",
                raw.max_upload_bytes
            )));
        }
        if !(1..=3600).contains(&raw.body_timeout_secs) {
            return Err(ConfigError(format!(
                "DUBAN_BODY_TIMEOUT_SECS: {} is out of range 1..=3600",
                raw.body_timeout_secs
            )));
        }
        if raw.read_cache_mb > 4096 {
            return Err(ConfigError(format!(
                "DUBAN_READ_CACHE_MB: {} is over the maximum of 4096",
                raw.read_cache_mb
            )));
        }
        let smtp = match raw
            .smtp_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            Some(u) => {
                Some(SmtpUrl::parse(u).map_err(|e| ConfigError(format!("DUBAN_SMTP_URL: {e}")))?)
            }
            None => None,
        };
        let from = raw
            .mail_from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| {
                ConfigError(format!(
                    "DUBAN_MAIL_FROM: {:?} is not an address: {e}",
                    raw.mail_from
                ))
            })?;
        let supervision = raw
            .supervision_emails
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.parse::<lettre::Address>().map_err(|_| {
                    ConfigError(format!("DUBAN_SUPERVISION_EMAILS: {a:?} is not an address"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if raw.mail_max_attempts == 0 || raw.mail_max_attempts > 50 {
            return Err(ConfigError(format!(
                "DUBAN_MAIL_MAX_ATTEMPTS: {} is out of range 1..=50",
                raw.mail_max_attempts
            )));
        }
        let base_url = raw.base_url.trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError(format!(
                "DUBAN_BASE_URL: {:?} must start with http:// or https://",
                raw.base_url
            )));
        }
        let scan_at = NaiveTime::parse_from_str(raw.scan_at.trim(), "%H:%M")
            .map_err(|_| ConfigError(format!("DUBAN_SCAN_AT: {:?} is not HH:MM", raw.scan_at)))?;
        raw.rules.validate().map_err(ConfigError)?;
        let sms_quiet_hours = raw.channels.validate().map_err(ConfigError)?;
        let issuer = raw.report_issuer.trim().to_string();
        if issuer.is_empty() || issuer.chars().count() > 100 {
            return Err(ConfigError(
                "DUBAN_REPORT_ISSUER: name the issuing office (1 to 100 characters)".into(),
            ));
        }
        let letterhead = crate::store::reports::Letterhead {
            issuer,
            cc: raw
                .report_cc
                .split([',', '，', '、'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect(),
        };
        Ok(Self {
            letterhead,
            trusted_proxies: parse_proxies(&raw.trusted_proxies)
                .map_err(|e| ConfigError(format!("DUBAN_TRUSTED_PROXIES: {e}")))?,
            database,
            bind: raw.bind,
            timezone,
            db_pool_size: raw.db_pool_size,
            max_body_bytes: raw.max_body_bytes,
            max_upload_bytes: raw.max_upload_bytes,
            body_timeout: std::time::Duration::from_secs(raw.body_timeout_secs),
            // At most 4096 MB (checked above): the product fits in a usize.
            read_cache_bytes: usize::try_from(raw.read_cache_mb * 1024 * 1024)
                .unwrap_or(usize::MAX),
            mail: MailSettings {
                smtp,
                from,
                dir: PathBuf::from(raw.mail_dir),
                max_attempts: raw.mail_max_attempts,
                supervision,
                base_url,
            },
            scan_at,
            rules: raw.rules,
            channels: raw.channels,
            sms_quiet_hours,
        })
    }
}

/// The variable that, set, is the key of signed links (see `store::secrets`).
pub const LINK_KEY_ENV: &str = "DUBAN_LINK_KEY";

/// A link key given in the environment must be long enough to be a key: a short one was
/// once ignored in silence, leaving the operator believing links were signed with it.
pub fn check_link_key(value: Option<&str>) -> Result<(), ConfigError> {
    match value {
        Some(k) if !k.is_empty() && k.chars().count() < 32 => Err(ConfigError(format!(
            "{LINK_KEY_ENV}: {} characters is too short; give at least 32 random characters, \
             or unset it to keep the key in the database",
            k.chars().count()
        ))),
        _ => Ok(()),
    }
}

fn validate_bind(bind: &str) -> Result<(), String> {
    let (host, port) = bind
        .rsplit_once(':')
        .ok_or_else(|| format!("{bind:?} is not HOST:PORT"))?;
    if host.is_empty() {
        return Err(format!("{bind:?} has no host"));
    }
    port.parse::<u16>()
        .map_err(|_| format!("{bind:?} has no valid port"))?;
    Ok(())
}

/// figment errors can span lines; the start-up message must stay one line.
fn one_line(e: &figment::Error) -> String {
    let mut parts = Vec::new();
    for err in e.clone() {
        // A top-level key is named as its variable; a key in a section (`[rules]`) as the
        // section's key, as the README writes them: `rules.warning_days`.
        let key = match err.path.as_slice() {
            [] => "configuration".into(),
            [k] => format!("DUBAN_{}", k.to_uppercase()),
            path => path.join("."),
        };
        parts.push(format!("{key}: {}", err.kind));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        let s = Settings::validate(RawSettings::default()).unwrap();
        assert_eq!(s.timezone, chrono_tz::Asia::Shanghai);
        assert!(matches!(s.database, DbUrl::Sqlite(_)));
    }

    #[test]
    fn bad_values_name_the_setting() {
        let raw = RawSettings {
            timezone: "Mars/Olympus".into(),
            ..RawSettings::default()
        };
        let e = Settings::validate(raw).unwrap_err().to_string();
        assert!(e.contains("DUBAN_TIMEZONE"), "{e}");

        let raw = RawSettings {
            database_url: "mysql://x".into(),
            ..RawSettings::default()
        };
        let e = Settings::validate(raw).unwrap_err().to_string();
        assert!(e.contains("DUBAN_DATABASE_URL"), "{e}");

        let raw = RawSettings {
            bind: "localhost".into(),
            ..RawSettings::default()
        };
        let e = Settings::validate(raw).unwrap_err().to_string();
        assert!(e.contains("DUBAN_BIND"), "{e}");

        let raw = RawSettings {
            rules: Rules {
                overdue_every: 0,
                ..Rules::default()
            },
            ..RawSettings::default()
        };
        let e = Settings::validate(raw).unwrap_err().to_string();
        assert!(e.contains("rules.overdue_every"), "{e}");
    }

    #[test]
    fn the_settings_shown_to_admins_hide_passwords() {
        let raw = RawSettings {
            smtp_url: Some("smtp://duban:s3cret-pw@mail.example.gov.cn:587".into()),
            database_url: "postgres://duban:db-pw@127.0.0.1/duban".into(),
            ..RawSettings::default()
        };
        let shown = Settings::validate(raw).unwrap().shown();
        let all = format!("{shown:?}");
        assert!(
            !all.contains("s3cret-pw") && !all.contains("db-pw"),
            "{all}"
        );
        let smtp = &shown.iter().find(|(k, _)| k == "DUBAN_SMTP_URL").unwrap().1;
        assert!(
            smtp.starts_with("smtp://duban:***@mail.example.gov.cn:587"),
            "{smtp}"
        );
        assert!(
            shown
                .iter()
                .any(|(k, v)| k == "rules.warning_days" && v == "3")
        );
    }

    #[test]
    fn smtp_urls() {
        let u = SmtpUrl::parse("smtp://user:p%40ss@mail.example.gov.cn:587?tls=starttls").unwrap();
        assert_eq!(
            (u.host.as_str(), u.port, u.tls),
            ("mail.example.gov.cn", 587, SmtpTls::StartTls)
        );
        assert_eq!(
            (u.user.as_deref(), u.password.as_deref()),
            (Some("user"), Some("p@ss"))
        );
        assert!(
            !format!("{u:?}").contains("p@ss"),
            "the password is never printed"
        );
        let u = SmtpUrl::parse("smtp://127.0.0.1:2525?tls=none").unwrap();
        assert_eq!((u.port, u.tls, u.user), (2525, SmtpTls::None, None));
        assert_eq!(SmtpUrl::parse("smtps://h").unwrap().port, 465);
        assert!(SmtpUrl::parse("http://h").is_err());
        assert!(SmtpUrl::parse("smtp://h?tls=maybe").is_err());
    }
}
