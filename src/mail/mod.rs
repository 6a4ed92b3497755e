//! The one place that renders and sends mail. Messages are rendered from the template files
//! in `templates/` (compiled into the binary) when they are queued, and sent by lettre:
//! SMTP with STARTTLS or implicit TLS (rustls) and optional auth over the pooled connections
//! of `smtp`, or, when no SMTP server is configured, `.eml` files in a folder.

pub mod compose;
pub mod smtp;
pub mod templates;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::MailSettings;

enum Transport {
    Smtp(smtp::SmtpPool),
    File(AsyncFileTransport<Tokio1Executor>),
}

/// Sends rendered messages.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

/// Why a send failed. Permanent failures (a refused address, a 5xx reply) are not retried.
#[derive(Debug, Clone)]
pub struct SendError {
    pub message: String,
    pub permanent: bool,
}

impl Mailer {
    /// Opens no connection yet: the first send does.
    pub fn from_settings(m: &MailSettings) -> Result<Self, String> {
        let transport = match &m.smtp {
            Some(url) => Transport::Smtp(smtp::SmtpPool::new(url)?),
            None => {
                std::fs::create_dir_all(&m.dir)
                    .map_err(|e| format!("cannot create {}: {e}", m.dir.display()))?;
                Transport::File(AsyncFileTransport::new(&m.dir))
            }
        };
        Ok(Self {
            transport,
            from: m.from.clone(),
        })
    }

    /// The Message-ID of an outbox row: the same whenever the row is sent again (after a
    /// failure, or after a worker died mid-send), so that a receiving system can tell a copy
    /// from a new message. The row's queue time keeps two installations' ids apart.
    pub fn message_id(&self, outbox_id: i64, queued_at: chrono::NaiveDateTime) -> String {
        format!(
            "<duban.{outbox_id}.{}@{}>",
            queued_at.format("%Y%m%d%H%M%S%6f"),
            self.from.email.domain()
        )
    }

    /// Sends one message under the given Message-ID; returns it.
    pub async fn send(
        &self,
        message_id: &str,
        to_name: &str,
        to_email: &str,
        subject: &str,
        text: &str,
        html: &str,
    ) -> Result<String, SendError> {
        let permanent = |message: String| SendError {
            message,
            permanent: true,
        };
        let address = to_email
            .parse::<lettre::Address>()
            .map_err(|e| permanent(format!("bad recipient address {to_email:?}: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(Some(one_line(to_name)), address))
            .subject(one_line(subject))
            .message_id(Some(message_id.to_string()))
            .multipart(MultiPart::alternative_plain_html(
                text.to_string(),
                html.to_string(),
            ))
            .map_err(|e| permanent(format!("cannot build message: {e}")))?;
        let id = message_id.to_string();
        match &self.transport {
            Transport::Smtp(pool) => pool
                .send(message.envelope(), &message.formatted())
                .await
                .map(|()| id),
            Transport::File(t) => t.send(message).await.map(|_| id).map_err(|e| SendError {
                permanent: false,
                message: e.to_string(),
            }),
        }
    }
}

/// Header values are one line: a CR or LF in a name or subject must never start a new header.
pub fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_cannot_carry_line_breaks() {
        assert_eq!(
            one_line("张三\r\nBcc: evil@example.com"),
            "张三  Bcc: evil@example.com"
        );
        assert!(!one_line("a\nb\rc").contains(['\r', '\n']));
    }
}
