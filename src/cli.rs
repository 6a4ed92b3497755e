//! The `duban` command line: parses arguments, loads settings, and hands each command to
//! the layer that owns it. Errors end as one line on stderr and a non-zero exit code.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;

use crate::clock::db_timestamp;
use crate::clock::{Clock, FixedClock, SharedClock, SystemClock};
use crate::config::Settings;
use crate::db::{self, DbConn};
use crate::domain::access::Role;
use crate::domain::calendar::DayKind;
use crate::http::{self, AppState, Scheduling};
use crate::mail::{Mailer, compose};
use crate::scheduler::{deliver, runner, scan};
use crate::seed::{self, generate::Size};
use crate::store::Ctx;
use crate::store::{accounts, calendar, outbox, problems};

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
    /// Copy the embedded SQLite database to FILE while the service runs, and check the copy
    /// (PostgreSQL: use pg_dump, see docs/OPERATIONS.md).
    Backup {
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Move a whole installation from its SQLite file to an empty PostgreSQL database (every
    /// table, ids and history kept; verified by counts and checksums). Stop the service first.
    CopyData {
        /// `sqlite://PATH` of the installation.
        #[arg(long, value_name = "URL")]
        from: String,
        /// `postgres://USER@HOST/DB`, migrated here if needed; it must hold no data.
        #[arg(long, value_name = "URL")]
        to: String,
    },
    /// Put a backup in place of the embedded SQLite database (stop the service first).
    Restore {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Replace an existing database.
        #[arg(long)]
        force: bool,
    },
    /// Load demo or synthetic data into an empty database.
    Seed(SeedArgs),
    /// Flag due-soon and overdue milestones and problems and queue the day's reminders.
    Scan {
        /// The day to scan as (default: today in the configured time zone).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Print what would be flagged and sent; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The mail outbox: status, delivery, retries, a test message.
    #[command(subcommand)]
    Mail(MailCmd),
    /// The working-day calendar: holidays and make-up working days.
    #[command(subcommand)]
    Calendar(CalendarCmd),
    /// Problems raised on projects (rapid response).
    #[command(subcommand)]
    Problem(ProblemCmd),
    /// Reports for the supervision office.
    #[command(subcommand)]
    Report(ReportCmd),
    /// The project ledger (台帐) as a sheet.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Read a ledger sheet (台帐) into the database.
    #[command(subcommand)]
    Import(ImportCmd),
    /// The year-end reward assessment (年底重奖): compute and save a draft run, or publish one.
    Assess(AssessArgs),
    /// Login accounts and their roles.
    #[command(subcommand)]
    User(UserCmd),
}

#[derive(Debug, Subcommand)]
enum UserCmd {
    /// Create an account. The password is read from standard input with --password-stdin,
    /// otherwise generated and printed once.
    Add {
        /// Login name (default: the email).
        #[arg(long)]
        username: Option<String>,
        #[arg(long)]
        email: Option<String>,
        /// Shown name (default: the person's name, else the username).
        #[arg(long)]
        name: Option<String>,
        /// admin, supervisor, leader, unit_head or responsible; repeat for several.
        #[arg(long = "role", required = true, value_parser = parse_role)]
        roles: Vec<Role>,
        /// The ledger person this account belongs to (needed for leader, unit_head,
        /// responsible), by id.
        #[arg(long, conflicts_with = "person_email")]
        person_id: Option<i64>,
        /// The ledger person, by email.
        #[arg(long)]
        person_email: Option<String>,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set a new password (from standard input with --password-stdin, else generated and
    /// printed once); the account's sessions are revoked.
    SetPassword {
        /// Username or email.
        login: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Disable an account: it can no longer log in and its sessions end.
    Disable { login: String },
    /// Enable a disabled account again.
    Enable { login: String },
    /// Accounts with their emails and roles.
    List {
        #[arg(long, value_parser = parse_role)]
        role: Option<Role>,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
}

#[derive(Debug, Args)]
struct AssessArgs {
    /// The year assessed.
    #[arg(long, required_unless_present = "publish")]
    year: Option<i32>,
    /// Assessment date (default: today in the configured time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Scoring model (TOML; default: the shipped model).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Output format: json, csv, xlsx or html.
    #[arg(long, default_value = "json", value_parser = crate::export::ReportFormat::NAMES)]
    format: String,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Compute and print only; save no draft run.
    #[arg(long)]
    no_save: bool,
    /// Publish the draft run with this id (immutable from then on).
    #[arg(long, value_name = "ID", conflicts_with_all = ["year", "as_of", "model", "no_save"])]
    publish: Option<i64>,
}

#[derive(Debug, Subcommand)]
enum ExportCmd {
    /// Every project as one row of the ledger, in the layout offices keep in Excel; with
    /// `--template`, the same layout with one example row, to fill in.
    Ledger {
        #[arg(long, default_value = "xlsx", value_parser = ["xlsx", "csv"])]
        format: String,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The blank layout with an example row.
        #[arg(long)]
        template: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ImportCmd {
    /// Projects from a ledger sheet (XLSX, XLS, ODS or CSV), matched by 项目编号: new codes
    /// are created, known ones updated field by field, people and units matched by name and
    /// email or created. All or nothing: a sheet with any bad cell is refused, every bad
    /// cell named by row and column, and nothing is written.
    Ledger {
        /// The sheet file.
        file: PathBuf,
        /// The sheet (tab) to read in a workbook (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Show what would change (new / updated / unchanged); write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Create leaders the database does not know yet, instead of refusing them as
        /// possible misspellings (the first import into an empty ledger always may).
        #[arg(long)]
        new_leaders: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ReportCmd {
    /// Issue the inspection report: numbered (督查通报 YYYY 第 N 期) and stored unchanged.
    Issue {
        /// The date the report describes (default today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
    },
    /// The inspection report (督查通报) as it stood on a date.
    Inspection {
        /// Report date (default: today in the configured time zone).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Only this leader's projects (person id).
        #[arg(long)]
        leader: Option<i64>,
        /// Only this unit's projects (unit id).
        #[arg(long)]
        unit: Option<i64>,
        /// Only this category (industrial, infrastructure, services, ...).
        #[arg(long)]
        category: Option<String>,
        /// Output format: json, csv (UTF-8 with BOM, for Excel), xlsx (an Excel workbook) or
        /// html (a printable A4 bulletin).
        #[arg(long, default_value = "json", value_parser = crate::export::ReportFormat::NAMES)]
        format: String,
        /// Write to FILE instead of standard output.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum MailCmd {
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

#[derive(Debug, Subcommand)]
enum CalendarCmd {
    /// Make a day a holiday (day off).
    AddHoliday {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
        #[arg(long)]
        note: Option<String>,
    },
    /// Make a day a working day (e.g. a 调休 Saturday).
    AddWorkday {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove an override; the day follows the shipped arrangement again.
    Remove {
        #[arg(value_name = "YYYY-MM-DD")]
        day: NaiveDate,
    },
    /// List holidays and make-up working days.
    List {
        #[arg(long)]
        year: Option<i32>,
    },
}

#[derive(Debug, Subcommand)]
enum ProblemCmd {
    /// Raise a problem; the leader and the acting unit's head are mailed at once.
    Raise {
        /// Project code.
        #[arg(long)]
        project: String,
        /// Id of the unit that must act.
        #[arg(long)]
        unit: i64,
        /// Resolve by this date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: NaiveDate,
        /// What blocks the project.
        #[arg(long)]
        description: String,
    },
    /// Close a problem with its resolution.
    Close {
        id: i64,
        #[arg(long)]
        resolution: String,
    },
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
        Command::Backup { to } => backup_cmd(&settings, &to),
        Command::CopyData { from, to } => copy_data_cmd(&from, &to),
        Command::Restore { from, force } => restore_cmd(&settings, &from, force),
        Command::Seed(args) => seed_cmd(&settings, args),
        Command::Scan { as_of, dry_run } => scan_cmd(&settings, as_of, dry_run),
        Command::Mail(cmd) => mail_cmd(&settings, cmd),
        Command::Calendar(cmd) => calendar_cmd(&settings, cmd),
        Command::Problem(cmd) => problem_cmd(&settings, cmd),
        Command::Report(cmd) => report_cmd(&settings, cmd),
        Command::Export(cmd) => export_cmd(&settings, cmd),
        Command::Import(cmd) => import_cmd(&settings, cmd),
        Command::Assess(args) => assess_cmd(&settings, args),
        Command::User(cmd) => user_cmd(&settings, cmd),
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

/// The embedded database's file, or why backups work differently here.
fn sqlite_file(settings: &Settings) -> Result<&std::path::Path, String> {
    match &settings.database {
        crate::db::DbUrl::Sqlite(path) => Ok(path),
        crate::db::DbUrl::Postgres(_) => Err(
            "the database is PostgreSQL: back it up with pg_dump and restore with pg_restore \
             (docs/OPERATIONS.md)"
                .into(),
        ),
    }
}

fn backup_cmd(settings: &Settings, to: &std::path::Path) -> CliResult {
    let db = sqlite_file(settings)?;
    if !db.exists() {
        return Err(format!("{}: no database to back up", db.display()));
    }
    let c = crate::db::backup::backup(db, to)?;
    println!(
        "{} → {}: {} bytes, {} projects, {} migrations, integrity ok",
        db.display(),
        to.display(),
        c.bytes,
        c.projects,
        c.migrations
    );
    Ok(())
}

fn copy_data_cmd(from: &str, to: &str) -> CliResult {
    use crate::db::{DbConn, DbUrl, copy};
    let (src_url, dst_url) = (DbUrl::parse(from)?, DbUrl::parse(to)?);
    match (&src_url, &dst_url) {
        (DbUrl::Sqlite(path), DbUrl::Postgres(_)) if path.exists() => {}
        (DbUrl::Sqlite(path), DbUrl::Postgres(_)) => {
            return Err(format!("--from: {} does not exist", path.display()));
        }
        _ => {
            return Err(
                "copy-data moves a sqlite:// installation to a postgres:// database".into(),
            );
        }
    }
    let open = |u: &DbUrl, which: &str| -> Result<DbConn, String> {
        let mut c = crate::db::establish(u).map_err(|e| format!("{which}: {e}"))?;
        run_migrations(&mut c).map_err(|e| format!("{which}: {e}"))?;
        Ok(c)
    };
    let (mut src, mut dst) = (open(&src_url, "--from")?, open(&dst_url, "--to")?);
    if let Some(t) = copy::sums(&mut dst)?.into_iter().find(|t| t.rows > 0) {
        return Err(format!(
            "--to {}: not empty ({} has {} rows); copy-data only fills an empty database",
            dst_url.display(),
            t.table,
            t.rows
        ));
    }
    let (DbConn::Sqlite(s), DbConn::Postgresql(p)) = (&mut src, &mut dst) else {
        return Err("copy-data moves a sqlite:// installation to a postgres:// database".into());
    };
    copy::copy(s, p)?;
    let (before, after) = (copy::sums(&mut src)?, copy::sums(&mut dst)?);
    let mut rows = 0;
    for (a, b) in before.iter().zip(&after) {
        if a != b {
            return Err(format!(
                "verification failed for {}: {} rows (checksum {:?}) copied as {} rows ({:?}); \
                 drop the target database and try again",
                a.table, a.rows, a.checksum, b.rows, b.checksum
            ));
        }
        rows += a.rows;
    }
    println!(
        "{} → {}: {} tables, {rows} rows copied and verified (counts, and checksums of {} tables)",
        src_url.display(),
        dst_url.display(),
        before.len(),
        before.iter().filter(|t| t.checksum.is_some()).count()
    );
    Ok(())
}

fn restore_cmd(settings: &Settings, from: &std::path::Path, force: bool) -> CliResult {
    let db = sqlite_file(settings)?;
    let c = crate::db::backup::restore(from, db, force)?;
    println!(
        "{} → {}: {} projects, {} migrations restored",
        from.display(),
        db.display(),
        c.projects,
        c.migrations
    );
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
    if args.demo {
        demo_accounts(&mut conn, &ctx)?;
    }
    Ok(())
}

/// Demo mode only: accounts for the demo people, the supervision office and an admin,
/// all with `DUBAN_DEMO_PASSWORD` (generated and printed when unset).
fn demo_accounts(conn: &mut DbConn, ctx: &Ctx) -> CliResult {
    let (password, generated) = match std::env::var("DUBAN_DEMO_PASSWORD") {
        Ok(p) if !p.is_empty() => (p, false),
        _ => (
            crate::auth::random_password().map_err(|e| e.to_string())?,
            true,
        ),
    };
    let made = accounts::create_demo_accounts(conn, ctx, &password).map_err(|e| e.to_string())?;
    if made.is_empty() {
        println!("demo accounts already exist; their passwords are unchanged");
        return Ok(());
    }
    println!("demo accounts created: {}", made.len());
    let mut shown = std::collections::BTreeSet::new();
    for d in &made {
        // One login per kind is enough to try the product; `duban user list` has them all.
        let kind = d
            .roles
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join("+");
        if shown.insert(kind.clone()) {
            println!("  {:<36} {} ({kind})", d.login, d.name);
        }
    }
    if generated {
        println!("demo password (generated, shown once): {password}");
    } else {
        println!("demo password: the value of DUBAN_DEMO_PASSWORD");
    }
    Ok(())
}

/// Creates the first admin when none exists, from DUBAN_ADMIN_EMAIL and
/// DUBAN_ADMIN_PASSWORD; a generated password is printed once.
fn ensure_admin(conn: &mut DbConn, ctx: &Ctx) -> CliResult {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    let made = accounts::ensure_admin(
        conn,
        ctx,
        var("DUBAN_ADMIN_EMAIL"),
        var("DUBAN_ADMIN_PASSWORD"),
    )
    .map_err(|e| format!("cannot create the first admin: {e}"))?;
    match made {
        Some((login, Some(password))) => println!(
            "admin account `{login}` created; password (generated, shown once): {password}"
        ),
        Some((login, None)) => {
            println!("admin account `{login}` created with the password from DUBAN_ADMIN_PASSWORD")
        }
        None => {}
    }
    Ok(())
}

fn read_password_stdin() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn user_cmd(settings: &Settings, cmd: UserCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    let err = |e: crate::error::AppError| e.to_string();
    let password = |from_stdin: bool| -> Result<(String, bool), String> {
        if from_stdin {
            Ok((read_password_stdin()?, false))
        } else {
            Ok((crate::auth::random_password().map_err(err)?, true))
        }
    };
    match cmd {
        UserCmd::Add {
            username,
            email,
            name,
            roles,
            person_id,
            person_email,
            password_stdin,
        } => {
            let person_id = match person_email {
                Some(e) => Some(
                    crate::store::people::find_by_email(&mut conn, &e)
                        .map_err(err)?
                        .ok_or_else(|| format!("--person-email: no person has the email {e}"))?
                        .id,
                ),
                None => person_id,
            };
            let (pw, generated) = password(password_stdin)?;
            let u = accounts::create(
                &mut conn,
                &ctx,
                accounts::NewUser {
                    username,
                    email,
                    display_name: name,
                    person_id,
                    roles,
                    password: pw.clone(),
                    lang: None,
                },
            )
            .map_err(err)?;
            println!("created account {} ({})", u.username, roles_text(&u.roles));
            if generated {
                println!("password (generated, shown once): {pw}");
            }
        }
        UserCmd::SetPassword {
            login,
            password_stdin,
        } => {
            let id = accounts::id_of(&mut conn, &login).map_err(err)?;
            let (pw, generated) = password(password_stdin)?;
            let patch = accounts::UserPatch {
                password: Some(pw.clone()),
                ..Default::default()
            };
            accounts::update(&mut conn, &ctx, id, patch).map_err(err)?;
            println!("password of {login} changed; its sessions are revoked");
            if generated {
                println!("password (generated, shown once): {pw}");
            }
        }
        UserCmd::Disable { login } => set_disabled(&mut conn, &ctx, &login, true)?,
        UserCmd::Enable { login } => set_disabled(&mut conn, &ctx, &login, false)?,
        UserCmd::List { role } => {
            let users = accounts::list(&mut conn, role).map_err(err)?;
            println!("{:<36} {:<12} {:<28} status", "login", "name", "roles");
            for u in &users {
                println!(
                    "{:<36} {:<12} {:<28} {}",
                    u.email.as_deref().unwrap_or(&u.username),
                    u.display_name,
                    roles_text(&u.roles),
                    if u.disabled { "disabled" } else { "active" }
                );
            }
            println!("{} account(s)", users.len());
        }
    }
    Ok(())
}

fn set_disabled(conn: &mut DbConn, ctx: &Ctx, login: &str, disabled: bool) -> CliResult {
    let id = accounts::id_of(conn, login).map_err(|e| e.to_string())?;
    let patch = accounts::UserPatch {
        disabled: Some(disabled),
        ..Default::default()
    };
    accounts::update(conn, ctx, id, patch).map_err(|e| e.to_string())?;
    println!(
        "{login} {}",
        if disabled {
            "disabled; its sessions are revoked"
        } else {
            "enabled"
        }
    );
    Ok(())
}

fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
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
        let ctx = Ctx::new("seed:demo", clock.as_ref(), settings.timezone);
        demo_accounts(&mut conn, &ctx)?;
    }
    ensure_admin(
        &mut conn,
        &Ctx::new("start-up", clock.as_ref(), settings.timezone),
    )?;
    drop(conn);
    let pool = db::pool(&settings.database, settings.db_pool_size)
        .map_err(|e| format!("cannot open {}: {e}", settings.database.display()))?;
    let scheduling = Arc::new(scheduling(settings));
    let state = AppState {
        pool: pool.clone(),
        clock: clock.clone(),
        tz: settings.timezone,
        max_body_bytes: settings.max_body_bytes,
        max_upload_bytes: settings.max_upload_bytes,
        scheduling: scheduling.clone(),
        settings: Arc::new(settings.shown()),
        results: Default::default(),
    };
    let bind = settings.bind.clone();
    // lettre's pooled SMTP transport starts a task: it must be built inside the runtime.
    let mail = settings.mail.clone();
    println!(
        "duban serving {} on http://{bind}/ (API docs: http://{bind}/api/v1/docs/); \
         daily scan at {} on working days; mail to {}",
        settings.database.display(),
        settings.scan_at.format("%H:%M"),
        describe_mail(&mail)
    );
    let me = instance_id();
    let (tz, scan_at, max_attempts) = (
        settings.timezone,
        settings.scan_at,
        settings.mail.max_attempts,
    );
    actix_web::rt::System::new()
        .block_on(async move {
            let mailer = Mailer::from_settings(&mail).map_err(std::io::Error::other)?;
            let server = actix_web::HttpServer::new(move || http::app(state.clone()))
                .bind(&bind)?
                .run();
            actix_web::rt::spawn(runner::scan_loop(
                pool.clone(),
                scheduling.scan_config(),
                clock.clone(),
                tz,
                scan_at,
                me.clone(),
                scheduling.wake.clone(),
            ));
            actix_web::rt::spawn(runner::delivery_loop(
                pool,
                mailer,
                clock,
                max_attempts,
                me,
                scheduling.wake.clone(),
            ));
            server.await
        })
        .map_err(|e| format!("server error on {}: {e}", settings.bind))
}

/// A name for this process in claims and leases.
fn instance_id() -> String {
    format!("duban-{}-{:08x}", std::process::id(), fastrand::u32(..))
}

fn scheduling(settings: &Settings) -> Scheduling {
    Scheduling {
        rules: settings.rules.clone(),
        base_url: settings.mail.base_url.clone(),
        supervision: settings
            .mail
            .supervision
            .iter()
            .map(|a| a.to_string())
            .collect(),
        wake: Default::default(),
    }
}

fn cli_actor() -> String {
    format!(
        "cli:{}",
        std::env::var("USER").unwrap_or_else(|_| "operator".into())
    )
}

fn scan_cmd(settings: &Settings, as_of: Option<NaiveDate>, dry_run: bool) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let day = as_of.unwrap_or_else(|| SystemClock.today(settings.timezone));
    let now = db_timestamp(SystemClock.now());
    let cfg = scheduling(settings).scan_config();
    let r = scan::scan(&mut conn, &cfg, day, now, dry_run).map_err(|e| e.to_string())?;
    println!(
        "scan as of {day}{}{}: {} overdue ({} escalated to unit heads, {} to leaders), {} due soon, {} open problems",
        if r.working_day {
            ""
        } else {
            " (not a working day: no reminders)"
        },
        if dry_run {
            ", dry run: nothing written"
        } else {
            ""
        },
        r.overdue,
        r.escalated_unit_head,
        r.escalated_leader,
        r.due_soon,
        r.open_problems
    );
    println!(
        "flags: {} raised, {} cleared",
        r.flags_raised, r.flags_cleared
    );
    println!(
        "messages: {}{}",
        r.messages.len(),
        if dry_run {
            String::new()
        } else {
            format!(" ({} new in the outbox)", r.enqueued)
        }
    );
    for m in &r.messages {
        println!("  {} <{}>: {} [{} items]", m.name, m.to, m.subject, m.items);
    }
    if !r.unreachable.is_empty() {
        println!(
            "no address or inactive, not told: {}",
            r.unreachable.join(", ")
        );
    }
    Ok(())
}

fn describe_mail(m: &crate::config::MailSettings) -> String {
    match &m.smtp {
        Some(u) => format!("smtp://{}:{} ({:?})", u.host, u.port, u.tls),
        None => format!(".eml files in {}", m.dir.display()),
    }
}

fn deliver_now(settings: &Settings) -> Result<deliver::DeliveryReport, String> {
    let pool = db::pool(&settings.database, 2).map_err(|e| e.to_string())?;
    let max = settings.mail.max_attempts;
    let mail = settings.mail.clone();
    actix_web::rt::System::new().block_on(async move {
        let mailer = Mailer::from_settings(&mail)?;
        deliver::deliver_pending(&pool, &mailer, &SystemClock, &instance_id(), max)
            .await
            .map_err(|e| e.to_string())
    })
}

fn mail_cmd(settings: &Settings, cmd: MailCmd) -> CliResult {
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

fn calendar_cmd(settings: &Settings, cmd: CalendarCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    let set = |conn: &mut DbConn, day, kind, note| {
        calendar::set(conn, &ctx, calendar::DayInput { day, kind, note })
            .map(|r| println!("{} is now a {}", r.day, r.kind))
            .map_err(|e| e.to_string())
    };
    match cmd {
        CalendarCmd::AddHoliday { day, note } => set(&mut conn, day, DayKind::Holiday, note)?,
        CalendarCmd::AddWorkday { day, note } => set(&mut conn, day, DayKind::Workday, note)?,
        CalendarCmd::Remove { day } => {
            calendar::remove(&mut conn, &ctx, day).map_err(|e| e.to_string())?;
            println!("{day}: override removed");
        }
        CalendarCmd::List { year } => {
            for d in calendar::list(&mut conn, &calendar::CalendarFilter { year })
                .map_err(|e| e.to_string())?
            {
                println!(
                    "{} {} {:8} {}{}",
                    d.day,
                    d.day.format("%a"),
                    d.kind.as_str(),
                    d.source,
                    d.note.map(|n| format!(" — {n}")).unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}

fn problem_cmd(settings: &Settings, cmd: ProblemCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    match cmd {
        ProblemCmd::Raise {
            project,
            unit,
            due,
            description,
        } => {
            let r = problems::raise(
                &mut conn,
                &ctx,
                &project,
                problems::NewProblem {
                    description,
                    acting_unit_id: unit,
                    due,
                },
                &crate::mail::compose::Notices {
                    base_url: &settings.mail.base_url,
                },
            )
            .map_err(|e| e.to_string())?;
            println!(
                "problem #{} raised on {project}; told: {}",
                r.problem.id,
                r.notified.join(", ")
            );
            drop(conn);
            let d = deliver_now(settings)?;
            println!(
                "sent {}, failed (will retry) {}, dead {}",
                d.sent, d.failed, d.dead
            );
        }
        ProblemCmd::Close { id, resolution } => {
            let p = problems::close(&mut conn, &ctx, id, problems::CloseProblem { resolution })
                .map_err(|e| e.to_string())?;
            println!(
                "problem #{} closed on {}",
                p.id,
                p.closed_on.map(|d| d.to_string()).unwrap_or_default()
            );
        }
    }
    Ok(())
}

fn report_cmd(settings: &Settings, cmd: ReportCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    match cmd {
        ReportCmd::Issue { as_of } => {
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let r = crate::store::reports::issue(
                &mut conn,
                &ctx,
                settings.timezone,
                &settings.rules,
                crate::store::reports::IssueInput { as_of },
            )
            .map_err(|e| e.to_string())?;
            println!("issued {} (#{}) as of {}", r.title, r.id, r.as_of);
        }
        ReportCmd::Inspection {
            as_of,
            leader,
            unit,
            category,
            format,
            output,
        } => {
            let category = match category {
                Some(c) => Some(crate::domain::project::Category::parse(&c).ok_or_else(|| {
                    format!(
                        "--category: {c:?} is not one of {}",
                        crate::domain::project::Category::allowed()
                    )
                })?),
                None => None,
            };
            let fmt = crate::export::ReportFormat::parse(&format).ok_or_else(|| {
                format!(
                    "--format: {format:?} is not one of {}",
                    crate::export::ReportFormat::allowed()
                )
            })?;
            let f = crate::store::reports::InspectionFilter {
                as_of,
                leader,
                unit,
                category,
                format: Some(format),
            };
            let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
            let r = crate::store::reports::inspection(
                &mut conn,
                &ctx,
                settings.timezone,
                &settings.rules,
                &f,
            )
            .map_err(|e| e.to_string())?;
            let bytes = crate::export::inspection(&r, fmt)?;
            match output {
                Some(path) => {
                    std::fs::write(&path, bytes)
                        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    println!(
                        "inspection report as of {}: {} projects, start rate {}, on-time rate {} → {}",
                        r.as_of,
                        r.summary.projects,
                        r.summary
                            .start_rate
                            .map(|p| format!("{p} %"))
                            .unwrap_or_else(|| "-".into()),
                        r.summary
                            .on_time_rate
                            .map(|p| format!("{p} %"))
                            .unwrap_or_else(|| "-".into()),
                        path.display()
                    );
                }
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(&bytes)
                        .map_err(|e| e.to_string())?;
                }
            }
        }
    }
    Ok(())
}

fn export_cmd(settings: &Settings, cmd: ExportCmd) -> CliResult {
    let ExportCmd::Ledger {
        format,
        output,
        template,
    } = cmd;
    let rows = if template {
        vec![crate::export::ledger::example()]
    } else {
        let mut conn = connect(settings)?;
        run_migrations(&mut conn)?;
        let ctx = Ctx::new("cli:export", &SystemClock, settings.timezone);
        crate::store::ledger::rows(&mut conn, &ctx, &settings.rules).map_err(|e| e.to_string())?
    };
    let bytes = if format == "csv" {
        crate::export::ledger::csv(&rows)?
    } else {
        crate::export::ledger::xlsx(&rows)?
    };
    write_out(output.as_deref(), &bytes)?;
    if output.is_some() {
        println!("{} projects written", if template { 0 } else { rows.len() });
    }
    Ok(())
}

fn import_cmd(settings: &Settings, cmd: ImportCmd) -> CliResult {
    use crate::import::ledger::{self, Step};
    use indicatif::{ProgressBar, ProgressStyle};
    let ImportCmd::Ledger {
        file,
        sheet,
        dry_run,
        new_leaders,
    } = cmd;
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    // Drawn only on a terminal; a pipe or a log gets the summary alone.
    let bar = ProgressBar::new_spinner();
    bar.set_message(format!("reading {}", file.display()));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    let result = ledger::run(
        &mut conn,
        &ctx,
        &bytes,
        sheet.as_deref(),
        dry_run,
        ledger::Options { new_leaders },
        &mut |step| match step {
            Step::Checked(n) => {
                bar.disable_steady_tick();
                bar.set_length(n as u64);
                bar.set_style(
                    ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} rows ({elapsed})")
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                );
                bar.set_message("writing");
            }
            Step::Written(n) => bar.set_position(n as u64),
        },
    );
    bar.finish_and_clear();
    let s = result.map_err(|e| match e {
        crate::error::AppError::Sheet(cells) => {
            let mut out = format!(
                "{}: {} problem(s); nothing was imported",
                file.display(),
                cells.len()
            );
            for c in &cells {
                out.push_str(&format!("\n  {c}"));
            }
            out
        }
        other => format!("{}: {other}", file.display()),
    })?;
    print!("{}", import_report(&s));
    Ok(())
}

/// The import summary as people read it.
fn import_report(s: &crate::import::ledger::Summary) -> String {
    let mut out = String::new();
    let codes = |v: &[String]| {
        if v.len() > 10 {
            format!(
                "{} …",
                v.iter().take(10).cloned().collect::<Vec<_>>().join(", ")
            )
        } else {
            v.join(", ")
        }
    };
    if s.nothing_changed {
        out.push_str(&format!(
            "{} rows read: every row matches the ledger; nothing to change\n",
            s.rows
        ));
    } else {
        out.push_str(&format!(
            "{} rows read: {} new, {} updated, {} unchanged\n",
            s.rows,
            s.created.len(),
            s.updated.len(),
            s.unchanged
        ));
    }
    if !s.created.is_empty() {
        out.push_str(&format!("  new: {}\n", codes(&s.created)));
    }
    for u in s.updated.iter().take(50) {
        out.push_str(&format!(
            "  updated row {} {}: {}\n",
            u.row,
            u.code,
            u.changes.join("; ")
        ));
    }
    if s.updated.len() > 50 {
        out.push_str(&format!("  … and {} more updated\n", s.updated.len() - 50));
    }
    if !s.new_units.is_empty() {
        out.push_str(&format!("  new units: {}\n", codes(&s.new_units)));
    }
    if !s.new_people.is_empty() {
        out.push_str(&format!("  new people: {}\n", codes(&s.new_people)));
    }
    if s.contacts_updated > 0 {
        out.push_str(&format!(
            "  contact details filled in for {} people\n",
            s.contacts_updated
        ));
    }
    for w in &s.warnings {
        out.push_str(&format!("  warning: {w}\n"));
    }
    if s.dry_run {
        out.push_str("dry run: nothing was written\n");
    }
    out
}

fn write_out(output: Option<&std::path::Path>, bytes: &[u8]) -> CliResult {
    match output {
        Some(path) => {
            std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
        }
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(bytes)
                .map_err(|e| e.to_string())
        }
    }
}

fn assess_cmd(settings: &Settings, args: AssessArgs) -> CliResult {
    use crate::store::assessments;
    let fmt = crate::export::ReportFormat::parse(&args.format).ok_or_else(|| {
        format!(
            "--format: {:?} is not one of {}",
            args.format,
            crate::export::ReportFormat::allowed()
        )
    })?;
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    if let Some(id) = args.publish {
        let run = assessments::publish(&mut conn, &ctx, id).map_err(|e| e.to_string())?;
        eprintln!(
            "assessment #{} for {} published by {}",
            run.id, run.year, ctx.actor
        );
        return Ok(());
    }
    let year = args.year.ok_or("--year is required")?;
    let model = match &args.model {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| format!("--model {}: {e}", path.display()))?,
        ),
        None => None,
    };
    let run = if args.no_save {
        let as_of =
            assessments::check_period(ctx.today, year, args.as_of).map_err(|e| e.to_string())?;
        let (m, text) =
            assessments::parse_model("model", model.as_deref()).map_err(|e| e.to_string())?;
        let result = assessments::compute(
            &mut conn,
            settings.timezone,
            year,
            as_of,
            &m,
            Default::default(),
        )
        .map_err(|e| e.to_string())?;
        assessments::Run::unsaved(year, as_of, &ctx, text, result)
    } else {
        assessments::create(
            &mut conn,
            &ctx,
            settings.timezone,
            assessments::NewRun {
                year,
                as_of: args.as_of,
                model,
            },
        )
        .map_err(|e| e.to_string())?
    };
    let bytes = crate::export::assessment(&run, fmt)?;
    write_out(args.output.as_deref(), &bytes)?;
    if let Some(a) = &run.result {
        let saved = if args.no_save {
            "not saved".to_string()
        } else {
            format!("saved as draft #{}", run.id)
        };
        eprintln!(
            "assessment {} as of {}: {} projects, {} units, {} leaders; {saved}",
            a.year,
            a.as_of,
            a.projects.len(),
            a.units.len(),
            a.leaders.len()
        );
    }
    Ok(())
}
