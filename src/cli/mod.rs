//! The `duban` command line: parses arguments, loads settings, and hands each command to
//! the layer that owns it. One file per command, its clap definitions beside it; this
//! module holds the top-level parser and what the commands share (the database connection,
//! the actor a command acts as). Errors end as one line on stderr and a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;

use crate::clock::db_timestamp;
use crate::clock::{Clock, FixedClock, SharedClock, SystemClock};
use crate::config::Settings;
use crate::courier::Courier;
use crate::db::{self, DbConn};
use crate::domain::access::Role;
use crate::domain::calendar::DayKind;
use crate::http::{self, AppState, Scheduling};
use crate::mail::{Mailer, compose};
use crate::scheduler::{deliver, runner};
use crate::seed::generate::Size;
use crate::store::Ctx;
use crate::store::{accounts, outbox, problems};

mod assess;
mod backup;
mod calendar;
mod channel;
mod copy_data;
mod docs;
mod export;
mod import;
mod mail;
mod migrate;
mod problem;
mod report;
mod scan;
mod seed;
mod serve;
mod user;

#[derive(Debug, Parser)]
#[command(
    name = "duban",
    version,
    about = "督办 duban: the key-project ledger, milestone reminders and supervision reports",
    long_about = "督办 duban keeps the ledger of a zone's key projects: who answers for each \
                  (leader, unit, responsible person), its milestones and their due dates, its \
                  stage, investment and progress.\n\nSettings come from DUBAN_* environment \
                  variables and an optional duban.toml; see docs/ARCHITECTURE.md."
)]
pub struct Cli {
    /// Settings file (default: ./duban.toml when it exists).
    #[arg(long, global = true, env = "DUBAN_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply pending database migrations, then serve the web API.
    Serve(serve::ServeArgs),
    /// Apply pending database migrations and print which ran.
    Migrate,
    /// Copy the embedded SQLite database to FILE while the service runs, and check the copy
    /// (PostgreSQL: use pg_dump, see docs/OPERATIONS.md).
    Backup(backup::BackupArgs),
    /// Move a whole installation from its SQLite file to an empty PostgreSQL database (every
    /// table, ids and history kept; verified by counts and checksums). Stop the service first.
    CopyData(copy_data::CopyDataArgs),
    /// Put a backup in place of the embedded SQLite database (stop the service first).
    Restore(backup::RestoreArgs),
    /// Load demo or synthetic data into an empty database.
    Seed(seed::SeedArgs),
    /// Flag due-soon and overdue milestones and problems and queue the day's reminders.
    Scan(scan::ScanArgs),
    /// The mail outbox: status, delivery, retries, a test message.
    #[command(subcommand)]
    Mail(mail::MailCmd),
    /// Channels beside email (企业微信, 钉钉, webhook, SMS): add, list, test, remove.
    #[command(subcommand)]
    Channel(channel::ChannelCmd),
    /// The working-day calendar: holidays and make-up working days.
    #[command(subcommand)]
    Calendar(calendar::CalendarCmd),
    /// Problems raised on projects (rapid response).
    #[command(subcommand)]
    Problem(problem::ProblemCmd),
    /// Reports for the supervision office.
    #[command(subcommand)]
    Report(report::ReportCmd),
    /// The project ledger (台帐) as a sheet.
    #[command(subcommand)]
    Export(export::ExportCmd),
    /// Read a ledger sheet (台帐) into the database.
    #[command(subcommand)]
    Import(import::ImportCmd),
    /// The year-end reward assessment (年底重奖): compute and save a draft run, or publish one.
    Assess(assess::AssessArgs),
    /// Login accounts and their roles.
    #[command(subcommand)]
    User(user::UserCmd),
    /// Shell completions for bash, zsh or fish, on standard output (e.g. `duban completions
    /// bash > /usr/share/bash-completion/completions/duban`).
    Completions {
        #[arg(value_enum)]
        shell: docs::Shell,
    },
    /// The manual page (roff) on standard output, or with --out-dir one page for the command
    /// and each subcommand written there (duban.1, duban-mail-send-pending.1, …).
    Man {
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // Made from the definitions alone: no settings, no database.
    let made = match &cli.command {
        Command::Completions { shell } => Some(docs::completions::<Cli>(*shell)),
        Command::Man { out_dir } => Some(docs::man::<Cli>(out_dir.as_deref())),
        _ => None,
    };
    if let Some(result) = made {
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("duban: {e}");
                ExitCode::FAILURE
            }
        };
    }
    init_tracing();
    owner_only_files();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("duban: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Serve(a) => serve::serve(&settings, a.demo),
        Command::Migrate => migrate::migrate(&settings),
        Command::Backup(a) => backup::backup_cmd(&settings, &a.to),
        Command::CopyData(a) => copy_data::copy_data_cmd(&a.from, &a.to),
        Command::Restore(a) => backup::restore_cmd(&settings, &a.from, a.force),
        Command::Seed(args) => seed::seed_cmd(&settings, args),
        Command::Scan(a) => scan::scan_cmd(&settings, a.as_of, a.dry_run),
        Command::Mail(cmd) => mail::mail_cmd(&settings, cmd),
        Command::Channel(cmd) => channel::channel_cmd(&settings, cmd),
        Command::Calendar(cmd) => calendar::calendar_cmd(&settings, cmd),
        Command::Problem(cmd) => problem::problem_cmd(&settings, cmd),
        Command::Report(cmd) => report::report_cmd(&settings, cmd),
        Command::Export(cmd) => export::export_cmd(&settings, cmd),
        Command::Import(cmd) => import::import_cmd(&settings, cmd),
        Command::Assess(args) => assess::assess_cmd(&settings, args),
        Command::User(cmd) => user::user_cmd(&settings, cmd),
        Command::Completions { .. } | Command::Man { .. } => Ok(()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("duban: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Logs to stderr, filtered by `DUBAN_LOG` (default `info`); `DUBAN_LOG_FORMAT=json` writes
/// one JSON object a line, with the request's span (its `request_id`) on every event
/// logged while serving it, for log collectors.
fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DUBAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if std::env::var("DUBAN_LOG_FORMAT").as_deref() == Ok("json") {
        builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder.try_init()
    };
}

type CliResult = Result<(), String>;

/// Resolves on SIGTERM (systemd, docker stop) or SIGINT (Ctrl-C).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use actix_web::rt::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = actix_web::rt::signal::ctrl_c() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "SIGTERM cannot be watched; Ctrl-C still stops");
                let _ = actix_web::rt::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = actix_web::rt::signal::ctrl_c().await;
    }
}

fn connect(settings: &Settings) -> Result<DbConn, String> {
    db::establish(&settings.database)
        .map_err(|e| format!("cannot open {}: {e}", settings.database.display()))
}

fn run_migrations(conn: &mut DbConn) -> Result<Vec<String>, String> {
    db::run_migrations(conn).map_err(|e| {
        if crate::error::is_unwritable_message(&e.to_string()) {
            format!("the database cannot be written (read-only, or its disk is full): {e}")
        } else {
            format!("migration failed: {e}")
        }
    })
}

/// Everything duban writes (the SQLite file and its journal, `.eml` files, exports,
/// backups) holds officials' names and addresses: it is created readable by the service's
/// own user only, whatever umask the service was started with.
fn owner_only_files() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// A name for this process in claims and leases.
fn instance_id() -> String {
    format!("duban-{}-{:08x}", std::process::id(), fastrand::u32(..))
}

fn cli_actor() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "operator".into())
    )
}

fn write_out(output: Option<&std::path::Path>, bytes: &[u8]) -> CliResult {
    match output {
        Some(path) => {
            std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(bytes) {
                // The reader stopped reading (`| head`): nothing more is wanted.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|e| e.to_string()),
            }
        }
    }
}
