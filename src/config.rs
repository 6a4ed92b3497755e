//! Settings: built-in defaults, then an optional `duban.toml`, then `DUBAN_*` environment
//! variables (highest). Validated once at start-up: a bad setting stops the program with one
//! line naming it.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono_tz::Tz;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::db::DbUrl;

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
}

impl Default for RawSettings {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/duban.db".into(),
            bind: "127.0.0.1:8080".into(),
            timezone: "Asia/Shanghai".into(),
            db_pool_size: 8,
            max_body_bytes: 256 * 1024,
        }
    }
}

/// Validated settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database: DbUrl,
    pub bind: String,
    pub timezone: Tz,
    pub db_pool_size: u32,
    pub max_body_bytes: usize,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub String);

impl Settings {
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
        ]));
        let raw: RawSettings = fig.extract().map_err(|e| ConfigError(one_line(&e)))?;
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
        Ok(Self {
            database,
            bind: raw.bind,
            timezone,
            db_pool_size: raw.db_pool_size,
            max_body_bytes: raw.max_body_bytes,
        })
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
        let key = err
            .path
            .first()
            .map(|k| format!("DUBAN_{}", k.to_uppercase()))
            .unwrap_or_else(|| "configuration".into());
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
    }
}
