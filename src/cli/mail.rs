//! `duban mail`: the outbox's status, delivery, retries and a test message.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum MailCmd {
    /// Counts by state, the oldest waiting message, dead messages.
    Status,
    /// Send every message that is due now, then exit.
    SendPending,
    /// Queue a failed or dead message again (or all dead ones with --dead).
    Retry {
        /// Outbox id.
        #[arg(required_unless_present = "dead", conflicts_with = "dead")]
        id: Option<i64>,
        #[arg(long)]
        dead: bool,
    },
    /// Send a test message now.
    Test {
        #[arg(long, value_name = "ADDRESS")]
        to: String,
    },
}

/// Sends what is due now; Ctrl-C or SIGTERM stops it as in `serve` (nothing more is taken,
/// what is in flight is finished or given back), and then it says so.
pub(super) fn deliver_now(settings: &Settings) -> Result<deliver::DeliveryReport, String> {
    let pool = db::pool(&settings.database, 2).map_err(|e| e.to_string())?;
    let max = settings.mail.max_attempts;
    let mail = settings.mail.clone();
    let (tz, quiet) = (settings.timezone, settings.sms_quiet_hours);
    actix_web::rt::System::new().block_on(async move {
        let courier = Courier::new(Mailer::from_settings(&mail)?, tz, quiet);
        let stop = tokio_util::sync::CancellationToken::new();
        let stopping = stop.clone();
        let watcher = actix_web::rt::spawn(async move {
            super::stop_signal().await;
            stopping.cancel();
        });
        let r = deliver::deliver_until(
            &pool,
            &courier,
            Arc::new(SystemClock),
            &instance_id(),
            max,
            deliver::Window::default(),
            &stop,
        )
        .await
        .map_err(|e| e.to_string());
        watcher.abort();
        match r {
            Ok(r) if stop.is_cancelled() => Err(format!(
                "stopped by a signal after sent {}, failed (will retry) {}, dead {}; \
                 the rest stays queued",
                r.sent, r.failed, r.dead
            )),
            other => other,
        }
    })
}

pub(super) fn mail_cmd(settings: &Settings, cmd: MailCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let now = db_timestamp(SystemClock.now());
    match cmd {
        MailCmd::Status => {
            let s = outbox::status(&mut conn).map_err(|e| e.to_string())?;
            println!(
                "pending {}, sending {}, sent {}, failed (will retry) {}, dead {}",
                s.pending, s.sending, s.sent, s.failed, s.dead
            );
            if let Some(t) = s.oldest_waiting {
                println!("oldest waiting since {t} UTC");
            }
            for d in s.dead_rows {
                println!(
                    "  dead #{} to {} after {} attempts: {} — {}",
                    d.id,
                    d.recipient_email,
                    d.attempts,
                    d.subject,
                    d.last_error.unwrap_or_default()
                );
            }
        }
        MailCmd::SendPending => {
            drop(conn);
            let r = deliver_now(settings)?;
            println!(
                "sent {}, failed (will retry) {}, dead {}",
                r.sent, r.failed, r.dead
            );
        }
        MailCmd::Retry { id: Some(id), .. } => {
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let row = outbox::retry(&mut conn, &ctx, id).map_err(|e| e.to_string())?;
            println!(
                "message #{} to {} queued again",
                row.id, row.recipient_email
            );
        }
        MailCmd::Retry { id: None, .. } => {
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let n = outbox::retry_dead(&mut conn, &ctx).map_err(|e| e.to_string())?;
            println!("{n} dead message(s) queued again");
        }
        MailCmd::Test { to } => {
            let address: lettre::Address = to
                .parse()
                .map_err(|_| format!("--to: {to:?} is not an email address"))?;
            let today = SystemClock.today(settings.timezone);
            let r = compose::render_test("zh-CN", today).map_err(|e| e.to_string())?;
            let row = compose::outbox_row(
                "test",
                &format!("test:{}", now.and_utc().timestamp_micros()),
                today,
                None,
                address.as_ref(),
                address.as_ref(),
                "zh-CN",
                r,
                now,
            );
            outbox::enqueue(&mut conn, &[row]).map_err(|e| e.to_string())?;
            drop(conn);
            let r = deliver_now(settings)?;
            if r.sent == 0 {
                return Err(format!(
                    "test message to {to} not delivered; see `duban mail status`"
                ));
            }
            println!("test message sent to {to}");
        }
    }
    Ok(())
}
