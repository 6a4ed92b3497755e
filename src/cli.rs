//! The `duban` command line: parses arguments, loads settings, and hands each command to
//! the layer that owns it. Errors end as one line on stderr and a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;

use crate::api::{self, AppState};
use crate::clock::{FixedClock, SharedClock, SystemClock};
use crate::config::Settings;
use crate::db::{self, DbConn};
use crate::seed::{self, generate::Size};
use crate::store::Ctx;

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
    Serve {
        /// Load the 19-project demo first when the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and print which ran.
    Migrate,
    /// Load demo or synthetic data into an empty database.
    Seed(SeedArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["demo", "generate"])))]
struct SeedArgs {
    /// The 19 key projects of the zone's notice, in Chinese.
    #[arg(long)]
    demo: bool,
    /// Synthetic data: district (19 projects), city (2,000) or province (20,000).
    #[arg(long, value_enum, value_name = "SIZE")]
    generate: Option<Size>,
    /// Random seed for --generate; the same seed and anchor give the same data.
    #[arg(long, default_value_t = 1, requires = "generate")]
    seed: u64,
    /// Date the data is laid out around (default: today in the configured time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    anchor: Option<NaiveDate>,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("duban: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Serve { demo } => serve(&settings, demo),
        Command::Migrate => migrate(&settings),
        Command::Seed(args) => seed_cmd(&settings, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("duban: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DUBAN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

type CliResult = Result<(), String>;

fn connect(settings: &Settings) -> Result<DbConn, String> {
    db::establish(&settings.database)
        .map_err(|e| format!("cannot open {}: {e}", settings.database.display()))
}

fn run_migrations(conn: &mut DbConn) -> Result<Vec<String>, String> {
    db::run_migrations(conn).map_err(|e| format!("migration failed: {e}"))
}

fn migrate(settings: &Settings) -> CliResult {
    let mut conn = connect(settings)?;
    let ran = run_migrations(&mut conn)?;
    if ran.is_empty() {
        println!("{}: no pending migrations", settings.database.display());
    } else {
        for v in &ran {
            println!("applied {v}");
        }
        println!(
            "{}: {} migration(s) applied",
            settings.database.display(),
            ran.len()
        );
    }
    Ok(())
}

fn seed_cmd(settings: &Settings, args: SeedArgs) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let clock = anchor_clock(args.anchor, settings);
    let ctx = Ctx::new(
        if args.demo {
            "seed:demo"
        } else {
            "seed:generate"
        },
        clock.as_ref(),
        settings.timezone,
    );
    let started = std::time::Instant::now();
    let summary = if args.demo {
        seed::demo::load(&mut conn, &ctx)
    } else {
        let size = args.generate.ok_or("choose --demo or --generate SIZE")?;
        seed::generate::generate(
            &mut conn,
            &ctx,
            size,
            args.seed,
            std::io::stderr().is_terminal(),
        )
    }
    .map_err(|e| e.to_string())?;
    println!(
        "loaded {summary} as of {} in {:.1} s",
        ctx.today,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The real clock, or one standing at noon of the anchor date.
fn anchor_clock(anchor: Option<NaiveDate>, settings: &Settings) -> SharedClock {
    match anchor {
        Some(d) => Arc::new(FixedClock::at_noon(d, settings.timezone)),
        None => Arc::new(SystemClock),
    }
}

fn serve(settings: &Settings, demo: bool) -> CliResult {
    let mut conn = connect(settings)?;
    let ran = run_migrations(&mut conn)?;
    for v in &ran {
        tracing::info!(version = %v, "applied migration");
    }
    let clock: SharedClock = Arc::new(SystemClock);
    if demo {
        if seed::is_empty(&mut conn).map_err(|e| e.to_string())? {
            let ctx = Ctx::new("seed:demo", clock.as_ref(), settings.timezone);
            let summary = seed::demo::load(&mut conn, &ctx).map_err(|e| e.to_string())?;
            println!("demo loaded as of {}: {summary}", ctx.today);
        } else {
            println!("database already holds data; demo not loaded again");
        }
    }
    drop(conn);
    let pool = db::pool(&settings.database, settings.db_pool_size)
        .map_err(|e| format!("cannot open {}: {e}", settings.database.display()))?;
    let state = AppState {
        pool,
        clock,
        tz: settings.timezone,
        max_body_bytes: settings.max_body_bytes,
    };
    let bind = settings.bind.clone();
    println!(
        "duban serving {} on http://{bind}/ (API docs: http://{bind}/api/v1/docs/)",
        settings.database.display()
    );
    actix_web::rt::System::new()
        .block_on(async move {
            actix_web::HttpServer::new(move || api::app(state.clone()))
                .bind(&bind)?
                .run()
                .await
        })
        .map_err(|e| format!("server error on {}: {e}", settings.bind))
}
