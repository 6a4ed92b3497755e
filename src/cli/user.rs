//! `duban user`: login accounts and their roles; the first admin and the demo accounts.

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum UserCmd {
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

/// Demo mode only: accounts for the demo people, the supervision office and an admin,
/// all with `DUBAN_DEMO_PASSWORD` (generated and printed when unset).
pub(super) fn demo_accounts(conn: &mut DbConn, ctx: &Ctx) -> CliResult {
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
pub(super) fn ensure_admin(conn: &mut DbConn, ctx: &Ctx) -> CliResult {
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

pub(super) fn user_cmd(settings: &Settings, cmd: UserCmd) -> CliResult {
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
