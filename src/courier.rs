//! The one place that sends a message of the outbox: by mail when it names no channel,
//! else through its channel's protocol (`channels`), after the two checks that belong to
//! sending rather than to composing: an SMS never goes in the quiet hours, and a channel's
//! rate is kept across instances (the slot is taken by the caller, which holds the
//! database; see `scheduler::deliver`).

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::channels::{self, Answer};
use crate::db::models::{Channel, OutboxRow};
use crate::domain::channel::{Kind, QuietHours};
use crate::mail::{Mailer, SendError};

/// What became of one message.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Delivered; the id recorded with it (the mail's Message-ID).
    Sent(String),
    Failed(SendError),
    /// Not sent yet, through no fault of the message: the rate, a pause the robot asked for
    /// (`pause_channel`), or the quiet hours. Due again at `until`; no attempt is counted.
    Deferred {
        until: NaiveDateTime,
        reason: String,
        pause_channel: bool,
    },
}

impl Outcome {
    /// Held back by this side (the rate, the quiet hours): the channel is not paused.
    pub fn wait(until: NaiveDateTime, reason: impl Into<String>) -> Self {
        Outcome::Deferred {
            until,
            reason: reason.into(),
            pause_channel: false,
        }
    }
}

/// Mail and the HTTP client of the channels, with the zone's quiet hours for SMS.
pub struct Courier {
    pub mailer: Mailer,
    http: reqwest::Client,
    tz: Tz,
    quiet: QuietHours,
}

impl From<Mailer> for Courier {
    /// Mail as configured, channels with the default quiet hours in China's time zone.
    fn from(mailer: Mailer) -> Self {
        Self::new(mailer, chrono_tz::Asia::Shanghai, QuietHours::default())
    }
}

impl Courier {
    /// Mail and channels as configured.
    pub fn from_settings(settings: &crate::config::Settings) -> Result<Self, String> {
        Ok(Self::new(
            Mailer::from_settings(&settings.mail)?,
            settings.timezone,
            settings.sms_quiet_hours,
        ))
    }

    pub fn new(mailer: Mailer, tz: Tz, quiet: QuietHours) -> Self {
        // A robot or gateway that does not answer within these is tried again later.
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(5))
            .timeout(std::time::Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            mailer,
            http,
            tz,
            quiet,
        }
    }

    /// When an SMS due at `now` may go: `None` when now, else the end of the quiet hours
    /// (in UTC, as the outbox keeps times).
    pub fn quiet_until(&self, now: DateTime<Utc>) -> Option<NaiveDateTime> {
        let local = now.with_timezone(&self.tz).naive_local();
        let allowed = self.quiet.next_allowed(local)?;
        self.tz
            .from_local_datetime(&allowed)
            .earliest()
            .map(|t| crate::clock::db_timestamp(t.with_timezone(&Utc)))
    }

    /// Sends `row`: by mail, or through `channel` (the row's own; `None` when the row names
    /// one that no longer exists).
    pub async fn send(
        &self,
        row: &OutboxRow,
        channel: Option<&Channel>,
        now: DateTime<Utc>,
    ) -> Outcome {
        let Some(channel_id) = row.channel_id else {
            return match self
                .mailer
                .send(
                    &self.mailer.message_id(row.id, row.created_at),
                    &row.recipient_name,
                    &row.recipient_email,
                    &row.subject,
                    &row.body_text,
                    &row.body_html,
                )
                .await
            {
                Ok(id) => Outcome::Sent(id),
                Err(e) => Outcome::Failed(e),
            };
        };
        let Some(channel) = channel.filter(|c| c.removed_at.is_none()) else {
            return Outcome::Failed(SendError {
                message: format!("channel {channel_id} was removed"),
                permanent: true,
            });
        };
        match channels::send(&self.http, channel, row, now).await {
            Answer::Accepted(id) if id.is_empty() => {
                Outcome::Sent(format!("{}:{}", channel.kind, row.id))
            }
            Answer::Accepted(id) => Outcome::Sent(id),
            Answer::Throttled { until, reason } => Outcome::Deferred {
                until,
                reason,
                pause_channel: true,
            },
            Answer::Refused { reason, permanent } => Outcome::Failed(SendError {
                message: reason,
                permanent,
            }),
        }
    }

    /// Whether the row must wait for the quiet hours to end before it may go.
    pub fn held_back(&self, channel: &Channel, now: DateTime<Utc>) -> Option<NaiveDateTime> {
        (Kind::parse(&channel.kind) == Some(Kind::Sms))
            .then(|| self.quiet_until(now))
            .flatten()
    }
}
