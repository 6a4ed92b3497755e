//! Accounts: users and their roles, login with throttling, browser sessions, API tokens,
//! the start-up admin and the demo accounts. Secrets are stored only as digests (tokens) or
//! argon2id hashes (passwords); see [`crate::auth`].

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::units::escape_like;
use super::{Ctx, Page, Paging, audit};
use crate::auth;
use crate::db::models::{ApiToken, Session, User};
use crate::db::schema::{
    api_tokens, assignments, login_failures, people, sessions, units, user_roles, users,
};
use crate::db::{DbConn, Pool};
use crate::domain::access::{Principal, Role};
use crate::domain::throttle;
use crate::domain::validate;
use crate::error::{AppError, AppResult, Code, FieldErrors};

/// An account as shown to admins and to its owner.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct UserView {
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Also accepted as login.
    pub email: Option<String>,
    pub display_name: String,
    /// The person in the ledger this account belongs to.
    pub person_id: Option<i64>,
    pub roles: Vec<Role>,
    pub disabled: bool,
    /// `zh-CN` or `en`.
    pub lang: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// Login name; defaults to the email.
    pub username: Option<String>,
    pub email: Option<String>,
    /// Defaults to the linked person's name, else the username.
    pub display_name: Option<String>,
    /// Required for the leader, unit_head and responsible roles, which act through a person.
    pub person_id: Option<i64>,
    pub roles: Vec<Role>,
    /// At least 10 characters.
    pub password: String,
    pub lang: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserPatch {
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub person_id: Option<i64>,
    /// Replaces the roles.
    pub roles: Option<Vec<Role>>,
    /// A disabled account cannot log in; its sessions are revoked.
    pub disabled: Option<bool>,
    /// A new password; the account's sessions are revoked.
    pub password: Option<String>,
    pub lang: Option<String>,
}

const ENTITY: &str = "user";

fn roles_of(conn: &mut DbConn, user_id: i64) -> AppResult<Vec<Role>> {
    let names: Vec<String> = user_roles::table
        .filter(user_roles::user_id.eq(user_id))
        .select(user_roles::role)
        .load(conn)?;
    Ok(parse_roles(names.iter().map(String::as_str)))
}

/// Roles by their stored names, in order; a name this version does not know is no role.
fn parse_roles<'a>(names: impl Iterator<Item = &'a str>) -> Vec<Role> {
    let mut roles: Vec<Role> = names.filter_map(|r| r.parse().ok()).collect();
    roles.sort();
    roles.dedup();
    roles
}

/// The one credential found with its user's rows (the user once for each role, or once
/// with none: `user_roles` left-joined), as the credential and the principal.
fn credential_with_roles<C>(rows: Vec<(C, User, Option<String>)>) -> Option<(C, Principal)> {
    let roles = parse_roles(rows.iter().filter_map(|(_, _, r)| r.as_deref()));
    let (c, u, _) = rows.into_iter().next()?;
    Some((c, principal_with(u, roles)))
}

fn view(conn: &mut DbConn, u: &User) -> AppResult<UserView> {
    Ok(UserView {
        id: u.id,
        username: u.username.clone(),
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        person_id: u.person_id,
        roles: roles_of(conn, u.id)?,
        disabled: u.disabled,
        lang: u.lang.clone(),
    })
}

pub fn principal(conn: &mut DbConn, u: &User) -> AppResult<Principal> {
    Ok(principal_with(u.clone(), roles_of(conn, u.id)?))
}

/// The account as the rules see it, with the roles already read.
fn principal_with(u: User, roles: Vec<Role>) -> Principal {
    Principal {
        user_id: u.id,
        username: u.username,
        display_name: u.display_name,
        person_id: u.person_id,
        roles,
        lang: u.lang,
    }
}

fn get_user(conn: &mut DbConn, id: i64) -> AppResult<User> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("user {id}")))
}

/// The accounts, for an admin (and the command line).
pub fn users(conn: &mut DbConn, ctx: &Ctx, role: Option<Role>) -> AppResult<Vec<UserView>> {
    super::access::require_role(ctx, &[Role::Admin])?;
    list(conn, role)
}

/// Which accounts, for the admin's list: part of the username, display name or email.
#[derive(Debug, Default, Clone)]
pub struct UserSearch {
    pub q: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// A page of the accounts matching a search, by username, for an admin.
pub fn search(conn: &mut DbConn, ctx: &Ctx, s: &UserSearch) -> AppResult<Page<UserView>> {
    super::access::require_role(ctx, &[Role::Admin])?;
    let (limit, offset) = Paging {
        limit: s.limit,
        offset: s.offset,
    }
    .resolve()?;
    let text = s.q.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let query = || {
        let mut q = users::table.into_boxed();
        if let Some(text) = text {
            let pat = format!("%{}%", escape_like(text));
            q = q.filter(
                users::username
                    .like(pat.clone())
                    .escape('\\')
                    .or(users::display_name.like(pat.clone()).escape('\\'))
                    .or(users::email.like(pat.to_lowercase()).escape('\\')),
            );
        }
        q
    };
    let total: i64 = query().count().get_result(conn)?;
    let rows: Vec<User> = query()
        .order((users::username, users::id))
        .limit(limit)
        .offset(offset)
        .select(User::as_select())
        .load(conn)?;
    Ok(Page {
        items: rows
            .iter()
            .map(|u| view(conn, u))
            .collect::<AppResult<_>>()?,
        total,
    })
}

/// One account: an admin reads any, everyone else only their own.
pub fn user(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<UserView> {
    if ctx.principal.as_ref().is_some_and(|p| p.user_id != id) {
        super::access::require_role(ctx, &[Role::Admin])?;
    }
    get(conn, id)
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<UserView> {
    let u = get_user(conn, id)?;
    view(conn, &u)
}

/// The account a login names: its username, or its email in any letter case.
pub fn find_by_login(conn: &mut DbConn, login: &str) -> AppResult<Option<User>> {
    let login = login.trim();
    // No account's name holds a control character (PostgreSQL could not even be asked).
    if login.is_empty() || !validate::printable(login, false) {
        return Ok(None);
    }
    Ok(users::table
        .filter(
            users::username
                .eq(login)
                .or(users::email.eq(login.to_lowercase())),
        )
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Accounts, optionally only those holding a role, by username.
pub fn list(conn: &mut DbConn, role: Option<Role>) -> AppResult<Vec<UserView>> {
    let mut q = users::table.into_boxed();
    if let Some(r) = role {
        q = q.filter(
            users::id.eq_any(
                user_roles::table
                    .filter(user_roles::role.eq(r.as_str()))
                    .select(user_roles::user_id),
            ),
        );
    }
    let rows: Vec<User> = q
        .order(users::username)
        .select(User::as_select())
        .load(conn)?;
    rows.iter().map(|u| view(conn, u)).collect()
}

fn check_roles(f: &mut FieldErrors, roles: &[Role], person_id: Option<i64>) {
    if roles.is_empty() {
        f.add("roles", "give at least one role");
    }
    let through_person: Vec<&str> = roles
        .iter()
        .filter(|r| matches!(r, Role::Leader | Role::UnitHead | Role::Responsible))
        .map(|r| r.as_str())
        .collect();
    if person_id.is_none() && !through_person.is_empty() {
        f.add(
            "person_id",
            format!(
                "is required for the role {}: it acts through a person of the ledger",
                through_person.join(", ")
            ),
        );
    }
}

fn check_person(conn: &mut DbConn, f: &mut FieldErrors, person_id: Option<i64>) -> AppResult<()> {
    if let Some(p) = person_id {
        let exists: i64 = people::table
            .filter(people::id.eq(p))
            .count()
            .get_result(conn)?;
        if exists == 0 {
            f.add("person_id", format!("no person has id {p}"));
        }
    }
    Ok(())
}

fn set_roles(conn: &mut DbConn, user_id: i64, roles: &[Role]) -> AppResult<()> {
    diesel::delete(user_roles::table.filter(user_roles::user_id.eq(user_id))).execute(conn)?;
    let mut roles = roles.to_vec();
    roles.sort();
    roles.dedup();
    for r in roles {
        diesel::insert_into(user_roles::table)
            .values((
                user_roles::user_id.eq(user_id),
                user_roles::role.eq(r.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn normal_email(email: Option<String>) -> Option<String> {
    validate::blank_to_none(email).map(|e| validate::normal_email(&e))
}

/// Creates an account. The password is hashed before the transaction, which stays short.
pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewUser) -> AppResult<UserView> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    let mut f = FieldErrors::new();
    let email = normal_email(input.email);
    validate::email(&mut f, "email", email.as_deref());
    let username = validate::blank_to_none(input.username)
        .map(|u| u.trim().to_string())
        .or_else(|| email.clone());
    match &username {
        None => f.add("username", "give a username or an email"),
        Some(u) => {
            validate::required_line(&mut f, "username", u);
            if u.chars().any(char::is_whitespace) {
                f.add("username", "must not contain spaces");
            }
        }
    }
    auth::check_new_password(&mut f, "password", &input.password);
    check_roles(&mut f, &input.roles, input.person_id);
    let lang = input.lang.unwrap_or_else(|| "zh-CN".into());
    validate::lang(&mut f, "lang", &lang);
    check_person(conn, &mut f, input.person_id)?;
    f.into_result()?;
    let username = username.unwrap_or_default();
    let hash = auth::hash_password(&input.password)?;
    conn.transaction(|conn| {
        // A login names one account: no username may be another's email, nor the reverse.
        let email_or_name = email.clone().unwrap_or_else(|| username.clone());
        let taken: i64 = users::table
            .filter(
                users::username
                    .eq(&username)
                    .or(users::email.eq(&username))
                    .or(users::username.eq(&email_or_name))
                    .or(users::email.eq(&email_or_name)),
            )
            .count()
            .get_result(conn)?;
        if taken > 0 {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                if email.is_some() { "email" } else { "username" },
                "an account with this username or email exists",
            ));
        }
        let display_name = match validate::blank_to_none(input.display_name) {
            Some(n) => n,
            None => match input.person_id {
                Some(p) => people::table.find(p).select(people::name).first(conn)?,
                None => username.clone(),
            },
        };
        let id: i64 = diesel::insert_into(users::table)
            .values((
                users::username.eq(&username),
                users::email.eq(&email),
                users::person_id.eq(input.person_id),
                users::display_name.eq(&display_name),
                users::password_hash.eq(&hash),
                users::disabled.eq(false),
                users::lang.eq(&lang),
                users::password_changed_at.eq(ctx.now),
                users::created_at.eq(ctx.now),
                users::updated_at.eq(ctx.now),
            ))
            .returning(users::id)
            .get_result(conn)?;
        set_roles(conn, id, &input.roles)?;
        let after = get(conn, id)?;
        audit::record(conn, ctx, ENTITY, id, "create", None::<&()>, Some(&after))?;
        Ok(after)
    })
}

/// Changes an account; a new password or disabling revokes its sessions.
/// Changes an account: an admin changes any; everyone else only the language of their
/// own (their password through [`change_own_password`], which asks for the current one).
pub fn update(conn: &mut DbConn, ctx: &Ctx, id: i64, patch: UserPatch) -> AppResult<UserView> {
    let own_language = ctx.principal.as_ref().is_some_and(|p| p.user_id == id)
        && UserPatch {
            lang: None,
            ..patch.clone()
        } == UserPatch::default();
    if !own_language {
        super::access::require_role(ctx, &[Role::Admin])?;
    }
    apply(conn, ctx, id, patch)
}

fn apply(conn: &mut DbConn, ctx: &Ctx, id: i64, patch: UserPatch) -> AppResult<UserView> {
    let mut f = FieldErrors::new();
    let email = normal_email(patch.email.clone());
    if patch.email.is_some() {
        validate::email(&mut f, "email", email.as_deref());
    }
    if let Some(p) = &patch.password {
        auth::check_new_password(&mut f, "password", p);
    }
    if let Some(l) = &patch.lang {
        validate::lang(&mut f, "lang", l);
    }
    if let Some(n) = &patch.display_name {
        validate::required_line(&mut f, "display_name", n);
    }
    check_person(conn, &mut f, patch.person_id)?;
    f.clone().into_result()?;
    let hash = patch
        .password
        .as_deref()
        .map(auth::hash_password)
        .transpose()?;
    write(conn, ctx, id, patch, hash)
}

/// Writes a checked patch, with the new password's hash if there is one.
fn write(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    patch: UserPatch,
    hash: Option<String>,
) -> AppResult<UserView> {
    let mut f = FieldErrors::new();
    let email = normal_email(patch.email.clone());
    conn.transaction(|conn| {
        let before_user = get_user(conn, id)?;
        let before = view(conn, &before_user)?;
        let person = patch.person_id.or(before.person_id);
        if let Some(roles) = &patch.roles {
            check_roles(&mut f, roles, person);
        }
        f.into_result()?;
        diesel::update(users::table.find(id))
            .set((
                users::display_name.eq(patch
                    .display_name
                    .as_deref()
                    .unwrap_or(&before.display_name)),
                users::email.eq(if patch.email.is_some() {
                    email.clone()
                } else {
                    before.email.clone()
                }),
                users::person_id.eq(person),
                users::disabled.eq(patch.disabled.unwrap_or(before.disabled)),
                users::lang.eq(patch.lang.as_deref().unwrap_or(&before.lang)),
                users::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        if let Some(roles) = &patch.roles {
            set_roles(conn, id, roles)?;
        }
        if let Some(h) = &hash {
            diesel::update(users::table.find(id))
                .set((
                    users::password_hash.eq(h),
                    users::password_changed_at.eq(ctx.now),
                ))
                .execute(conn)?;
        }
        let after = get(conn, id)?;
        if before.roles.contains(&Role::Admin)
            && (!after.roles.contains(&Role::Admin) || after.disabled)
            && active_admins(conn)? == 0
        {
            return Err(AppError::conflict(
                Code::LastAdmin,
                "this is the last active admin; make another admin first",
            ));
        }
        if hash.is_some() || after.disabled {
            end_credentials(conn, ctx, id)?;
        }
        let action = if hash.is_some() {
            "update+password"
        } else {
            "update"
        };
        audit::record(conn, ctx, ENTITY, id, action, Some(&before), Some(&after))?;
        Ok(after)
    })
}

fn active_admins(conn: &mut DbConn) -> AppResult<i64> {
    Ok(users::table
        .filter(users::disabled.eq(false))
        .filter(
            users::id.eq_any(
                user_roles::table
                    .filter(user_roles::role.eq(Role::Admin.as_str()))
                    .select(user_roles::user_id),
            ),
        )
        .count()
        .get_result(conn)?)
}

/// A new password or a disabled account ends everything that stood for the old password:
/// sessions, API tokens and calendar feed addresses. Enabling the account again brings none
/// back; its owner makes new ones.
fn end_credentials(conn: &mut DbConn, ctx: &Ctx, user_id: i64) -> AppResult<()> {
    revoke_sessions(conn, user_id, ctx.now)?;
    diesel::update(
        api_tokens::table
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(Some(ctx.now)))
    .execute(conn)?;
    super::feeds::revoke_all(conn, ctx, user_id)?;
    Ok(())
}

fn revoke_sessions(conn: &mut DbConn, user_id: i64, now: NaiveDateTime) -> AppResult<()> {
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)?;
    Ok(())
}

/// The account id of a login name or email, 404 naming it otherwise (for the CLI).
pub fn id_of(conn: &mut DbConn, login: &str) -> AppResult<i64> {
    find_by_login(conn, login)?
        .map(|u| u.id)
        .ok_or_else(|| AppError::not_found(format!("account `{login}`")))
}

/// Changes one's own password after checking the current one; every session, API token
/// and calendar feed of the account ends, and the caller is given a fresh session by the
/// handler. A wrong current password counts against the account as a failed login does
/// (429 once over the limit), and is checked like a login: no connection held, in a slot.
pub fn change_own_password(
    pool: &Pool,
    _slot: auth::PasswordSlot,
    ctx: &Ctx,
    user_id: i64,
    current: &str,
    new: String,
) -> AppResult<()> {
    let mut f = FieldErrors::new();
    auth::check_new_password(&mut f, "new_password", &new);
    f.into_result()?;
    let (u, attempt) = {
        let mut conn = pool.get()?;
        let u = get_user(&mut conn, user_id)?;
        let key = throttle::account_key(&u.username, Some(u.id));
        let attempt = begin_attempt(&mut conn, ctx.now, key, None)?;
        (u, attempt)
    };
    let ok = auth::verify_password(current, &u.password_hash);
    let hash = if ok {
        Some(auth::hash_password(&new)?)
    } else {
        None
    };
    let mut conn = pool.get()?;
    let Some(hash) = hash else {
        keep_failure(&mut conn, ctx.now)?;
        return Err(AppError::field(
            "current_password",
            "is not your current password",
        ));
    };
    forget(&mut conn, &attempt)?;
    write(&mut conn, ctx, user_id, UserPatch::default(), Some(hash)).map(|_| ())
}

// ----- login and sessions -----

/// How long a browser session lasts, at most.
pub const SESSION_HOURS: i64 = 12;

/// A started session: the cookie value and the CSRF token, both shown only now.
#[derive(Debug)]
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
    pub expires_at: NaiveDateTime,
    pub user: UserView,
}

/// Earlier failed attempts for one key (the attempt being made, `except`, left out).
fn failures(
    conn: &mut DbConn,
    scope: &str,
    key: &str,
    since: NaiveDateTime,
    except: &[i64],
) -> AppResult<Vec<NaiveDateTime>> {
    Ok(login_failures::table
        .filter(login_failures::scope.eq(scope))
        .filter(login_failures::key.eq(key))
        .filter(login_failures::at.gt(since))
        .filter(login_failures::id.ne_all(except.to_vec()))
        .select(login_failures::at)
        .load(conn)?)
}

/// A password attempt written down before the password is checked, so that attempts sent
/// at the same moment all see each other and none slips under the limit by racing.
struct Attempt {
    /// The ids of its `login_failures` rows, forgotten again if it succeeds.
    rows: Vec<i64>,
    account_key: String,
}

/// The start of the window the limits look back over.
fn window_start(now: NaiveDateTime) -> NaiveDateTime {
    now - throttle::PER_ACCOUNT
        .window
        .max(throttle::PER_ADDRESS.window)
}

/// Writes the attempt down against each `(scope, key)` and refuses it with 429 when a limit
/// is already reached (then it is not counted: it does not push the end of the wait further
/// away).
fn begin_attempt(
    conn: &mut DbConn,
    now: NaiveDateTime,
    account_key: String,
    address: Option<&str>,
) -> AppResult<Attempt> {
    let mut keys = vec![("account", account_key.as_str())];
    keys.extend(address.map(|a| ("address", a)));
    let rows: Vec<i64> = conn.transaction(|conn| {
        keys.iter()
            .map(|(scope, k)| {
                diesel::insert_into(login_failures::table)
                    .values((
                        login_failures::scope.eq(*scope),
                        login_failures::key.eq(*k),
                        login_failures::at.eq(now),
                    ))
                    .returning(login_failures::id)
                    .get_result::<i64>(conn)
                    .map_err(AppError::from)
            })
            .collect()
    })?;
    let since = window_start(now);
    let mut wait = None;
    for (scope, k) in &keys {
        let limit = if *scope == "account" {
            throttle::PER_ACCOUNT
        } else {
            throttle::PER_ADDRESS
        };
        let earlier = failures(conn, scope, k, since, &rows)?;
        wait = wait.max(throttle::retry_after(limit, &earlier, now));
    }
    let attempt = Attempt { rows, account_key };
    if let Some(retry_after) = wait {
        forget(conn, &attempt)?;
        return Err(AppError::TooManyRequests { retry_after });
    }
    Ok(attempt)
}

/// A successful attempt: its rows go, and so do the account's earlier failures.
fn forget(conn: &mut DbConn, attempt: &Attempt) -> AppResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::id.eq_any(&attempt.rows)))
        .execute(conn)?;
    Ok(())
}

/// A failed attempt stays counted; failures older than the window are of no use.
fn keep_failure(conn: &mut DbConn, now: NaiveDateTime) -> AppResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::at.le(window_start(now))))
        .execute(conn)?;
    Ok(())
}

/// Checks a login and starts a session. Refused logins are counted per account (whichever
/// of its names was typed) and per address; once either is over its limit, attempts get
/// 429 without the password being tried. Every refusal says the same thing, whether or not
/// the account exists.
///
/// The password is checked with no database connection held, in a password slot the caller
/// holds: see [`auth::PasswordSlots`].
pub fn login(
    pool: &Pool,
    _slot: auth::PasswordSlot,
    now: NaiveDateTime,
    login: &str,
    password: &str,
    address: &str,
) -> AppResult<NewSession> {
    let (user, attempt) = {
        let mut conn = pool.get()?;
        let user = find_by_login(&mut conn, login)?;
        let key = throttle::account_key(login, user.as_ref().map(|u| u.id));
        let attempt = begin_attempt(&mut conn, now, key, Some(address))?;
        (user, attempt)
    };
    let ok = match &user {
        Some(u) => auth::verify_password(password, &u.password_hash) && !u.disabled,
        None => {
            auth::burn_verification(password);
            false
        }
    };
    let mut conn = pool.get()?;
    let conn = &mut *conn;
    let Some(user) = user.filter(|_| ok) else {
        keep_failure(conn, now)?;
        tracing::info!(address, "refused login");
        return Err(AppError::Unauthorized {
            code: Code::InvalidCredentials,
            message: "login or password is wrong".into(),
        });
    };
    forget(conn, &attempt)?;
    let token = auth::random_token(32)?;
    let csrf_token = auth::random_token(32)?;
    let expires_at = now + Duration::hours(SESSION_HOURS);
    conn.transaction(|conn| {
        diesel::delete(
            login_failures::table
                .filter(login_failures::scope.eq("account"))
                .filter(login_failures::key.eq(&attempt.account_key)),
        )
        .execute(conn)?;
        diesel::insert_into(sessions::table)
            .values((
                sessions::token_hash.eq(auth::token_digest(&token)),
                sessions::user_id.eq(user.id),
                sessions::csrf_token.eq(&csrf_token),
                sessions::created_at.eq(now),
                sessions::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        Ok::<_, AppError>(())
    })?;
    tracing::info!(user = %user.username, address, "login");
    Ok(NewSession {
        token,
        csrf_token,
        expires_at,
        user: view(conn, &user)?,
    })
}

/// How a request proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A browser session; state-changing requests must repeat its CSRF token.
    Session {
        id: i64,
        csrf_token: String,
    },
    Token {
        id: i64,
    },
}

/// The user of a live session cookie: not revoked, not expired, account enabled, and
/// started after the last password change.
pub fn by_session(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> AppResult<Option<(Principal, Credential)>> {
    // One round trip: the session, its user and the user's roles.
    let rows: Vec<(Session, User, Option<String>)> = sessions::table
        .inner_join(users::table.left_join(user_roles::table))
        .filter(sessions::token_hash.eq(auth::token_digest(token)))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .filter(users::disabled.eq(false))
        .select((
            Session::as_select(),
            User::as_select(),
            user_roles::role.nullable(),
        ))
        .load(conn)?;
    // A session from before the password's last change is over (compared as timestamps
    // here, not as SQLite's text).
    if rows
        .first()
        .is_none_or(|(s, u, _)| s.created_at < u.password_changed_at)
    {
        return Ok(None);
    }
    Ok(credential_with_roles(rows).map(|(s, p)| {
        (
            p,
            Credential::Session {
                id: s.id,
                csrf_token: s.csrf_token,
            },
        )
    }))
}

/// The user of a live API token.
pub fn by_token(
    conn: &mut DbConn,
    token: &str,
    now: NaiveDateTime,
) -> AppResult<Option<(Principal, Credential)>> {
    // One round trip: the token, its user and the user's roles.
    let rows: Vec<(ApiToken, User, Option<String>)> = api_tokens::table
        .inner_join(users::table.left_join(user_roles::table))
        .filter(api_tokens::token_hash.eq(auth::token_digest(token)))
        .filter(api_tokens::revoked_at.is_null())
        .filter(users::disabled.eq(false))
        .select((
            ApiToken::as_select(),
            User::as_select(),
            user_roles::role.nullable(),
        ))
        .load(conn)?;
    let Some((t, p)) = credential_with_roles(rows) else {
        return Ok(None);
    };
    // Recorded at most every ten minutes: a write on every request would cost more than
    // the answer to "is this token still used?" is worth.
    if t.last_used_at
        .is_none_or(|at| now - at > Duration::minutes(10))
    {
        diesel::update(api_tokens::table.find(t.id))
            .set(api_tokens::last_used_at.eq(Some(now)))
            .execute(conn)?;
    }
    Ok(Some((p, Credential::Token { id: t.id })))
}

/// Ends a session for good.
pub fn logout(conn: &mut DbConn, session_id: i64, now: NaiveDateTime) -> AppResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set(sessions::revoked_at.eq(Some(now)))
        .execute(conn)?;
    Ok(())
}

// ----- API tokens -----

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// What the token is for, e.g. "周报脚本".
    pub name: String,
}

/// A new API token; `token` is shown only in this response.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedToken {
    #[serde(flatten)]
    pub info: ApiToken,
    /// Send as `Authorization: Bearer <token>`. Not shown again.
    pub token: String,
}

pub fn create_token(
    conn: &mut DbConn,
    ctx: &Ctx,
    user_id: i64,
    input: NewToken,
) -> AppResult<CreatedToken> {
    let mut f = FieldErrors::new();
    validate::required_line(&mut f, "name", &input.name);
    f.into_result()?;
    let token = format!("{}{}", auth::API_TOKEN_PREFIX, auth::random_token(32)?);
    conn.transaction(|conn| {
        let info = diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::user_id.eq(user_id),
                api_tokens::name.eq(input.name.trim()),
                api_tokens::token_hash.eq(auth::token_digest(&token)),
                api_tokens::created_at.eq(ctx.now),
            ))
            .get_result::<ApiToken>(conn)?;
        audit::record(
            conn,
            ctx,
            "api_token",
            info.id,
            "create",
            None::<&()>,
            Some(&info),
        )?;
        Ok(CreatedToken { info, token })
    })
}

pub fn list_tokens(conn: &mut DbConn, user_id: i64) -> AppResult<Vec<ApiToken>> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::id)
        .select(ApiToken::as_select())
        .load(conn)?)
}

/// What stands for an account's password besides its sessions: its API tokens and its
/// calendar feed addresses, live and ended (never the secrets themselves).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Credentials {
    pub tokens: Vec<ApiToken>,
    pub feeds: Vec<crate::db::models::CalendarFeed>,
}

/// Whose credentials the caller may list and end: their own, or anyone's for an admin.
fn require_owner_or_admin(ctx: &Ctx, user_id: i64) -> AppResult<()> {
    if ctx.principal.as_ref().is_some_and(|p| p.user_id == user_id) {
        return Ok(());
    }
    super::access::require_role(ctx, &[Role::Admin])
}

/// An account's tokens and feed addresses, for its owner or an admin.
pub fn credentials(conn: &mut DbConn, ctx: &Ctx, user_id: i64) -> AppResult<Credentials> {
    require_owner_or_admin(ctx, user_id)?;
    get_user(conn, user_id)?;
    use crate::db::schema::calendar_feeds;
    Ok(Credentials {
        tokens: list_tokens(conn, user_id)?,
        feeds: calendar_feeds::table
            .filter(calendar_feeds::user_id.eq(user_id))
            .order(calendar_feeds::id)
            .select(crate::db::models::CalendarFeed::as_select())
            .load(conn)?,
    })
}

/// Ends one token of an account, for its owner or an admin.
pub fn end_token(conn: &mut DbConn, ctx: &Ctx, user_id: i64, id: i64) -> AppResult<()> {
    require_owner_or_admin(ctx, user_id)?;
    revoke_token(conn, ctx, user_id, id)
}

/// Ends every calendar feed address of an account, for its owner or an admin.
pub fn end_feeds(conn: &mut DbConn, ctx: &Ctx, user_id: i64) -> AppResult<usize> {
    require_owner_or_admin(ctx, user_id)?;
    get_user(conn, user_id)?;
    super::feeds::revoke_all(conn, ctx, user_id)
}

/// Revokes one of the user's own tokens; another user's token is "not found".
pub fn revoke_token(conn: &mut DbConn, ctx: &Ctx, user_id: i64, id: i64) -> AppResult<()> {
    conn.transaction(|conn| {
        let before: ApiToken = api_tokens::table
            .find(id)
            .filter(api_tokens::user_id.eq(user_id))
            .select(ApiToken::as_select())
            .first(conn)
            .optional()?
            .ok_or_else(|| AppError::not_found(format!("token {id}")))?;
        if before.revoked_at.is_some() {
            return Ok(());
        }
        let after = diesel::update(api_tokens::table.find(id))
            .set(api_tokens::revoked_at.eq(Some(ctx.now)))
            .get_result::<ApiToken>(conn)?;
        audit::record(
            conn,
            ctx,
            "api_token",
            id,
            "revoke",
            Some(&before),
            Some(&after),
        )?;
        Ok(())
    })
}

// ----- start-up and demo accounts -----

/// Creates the first admin when there is none: `DUBAN_ADMIN_EMAIL` (username `admin` when
/// unset) with `DUBAN_ADMIN_PASSWORD`, or a generated password that is returned so the
/// caller prints it once. Never a fixed default password.
pub fn ensure_admin(
    conn: &mut DbConn,
    ctx: &Ctx,
    email: Option<String>,
    password: Option<String>,
) -> AppResult<Option<(String, Option<String>)>> {
    if active_admins(conn)? > 0 {
        return Ok(None);
    }
    let generated = match password {
        Some(_) => None,
        None => Some(auth::random_password()?),
    };
    let password = password.or_else(|| generated.clone()).unwrap_or_default();
    let username = if email.is_some() {
        None
    } else {
        Some("admin".to_string())
    };
    let made = create(
        conn,
        ctx,
        NewUser {
            username,
            email,
            display_name: Some("系统管理员".into()),
            person_id: None,
            roles: vec![Role::Admin],
            password,
            lang: None,
        },
    );
    // Instances started together on an empty database all find no admin; one creates it,
    // the others are refused by the unique login and find it there.
    if made.is_err() && active_admins(conn)? > 0 {
        return Ok(None);
    }
    let u = made.map_err(|e| match e {
        AppError::Validation(f) => AppError::Validation(FieldErrors(
            f.0.into_iter()
                .map(|(k, v)| (format!("DUBAN_ADMIN_{}", k.to_uppercase()), v))
                .collect(),
        )),
        other => other,
    })?;
    Ok(Some((u.username, generated)))
}

/// A demo login, as printed at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoLogin {
    pub login: String,
    pub name: String,
    pub roles: Vec<Role>,
}

/// Demo mode only: an account for every leader, unit head and responsible person of the
/// ledger (logging in by email), plus one supervisor and one admin, all with `password`.
/// Existing accounts are left as they are, so running it twice changes nothing.
pub fn create_demo_accounts(
    conn: &mut DbConn,
    ctx: &Ctx,
    password: &str,
) -> AppResult<Vec<DemoLogin>> {
    // Every demo account has the same password by design, so one hash serves them all:
    // separate salts would hide nothing and cost a second of argon2 per start.
    let hash = auth::hash_password(password)?;
    let mut f = FieldErrors::new();
    auth::check_new_password(&mut f, "DUBAN_DEMO_PASSWORD", password);
    f.into_result()?;
    conn.transaction(|conn| {
        let mut wanted: std::collections::BTreeMap<i64, Vec<Role>> = Default::default();
        let held: Vec<(i64, i64)> = assignments::table
            .select((assignments::leader_id, assignments::person_id))
            .load(conn)?;
        for (leader, person) in held {
            wanted.entry(leader).or_default().push(Role::Leader);
            wanted.entry(person).or_default().push(Role::Responsible);
        }
        let heads: Vec<Option<i64>> = units::table.select(units::head_person_id).load(conn)?;
        for h in heads.into_iter().flatten() {
            wanted.entry(h).or_default().push(Role::UnitHead);
        }
        let mut out = Vec::new();
        for (person_id, mut roles) in wanted {
            roles.sort();
            roles.dedup();
            let (name, email): (String, Option<String>) = people::table
                .find(person_id)
                .select((people::name, people::email))
                .first(conn)?;
            let Some(email) = email.map(|e| e.to_lowercase()) else {
                continue;
            };
            if demo_user(conn, ctx, &email, &name, Some(person_id), &roles, &hash)? {
                out.push(DemoLogin {
                    login: email,
                    name,
                    roles,
                });
            }
        }
        for (email, name, role) in [
            ("duchashi@demo.duban.local", "督查室", Role::Supervisor),
            ("admin@demo.duban.local", "系统管理员", Role::Admin),
        ] {
            if demo_user(conn, ctx, email, name, None, &[role], &hash)? {
                out.push(DemoLogin {
                    login: email.into(),
                    name: name.into(),
                    roles: vec![role],
                });
            }
        }
        Ok(out)
    })
}

fn demo_user(
    conn: &mut DbConn,
    ctx: &Ctx,
    email: &str,
    name: &str,
    person_id: Option<i64>,
    roles: &[Role],
    hash: &str,
) -> AppResult<bool> {
    if find_by_login(conn, email)?.is_some() {
        return Ok(false);
    }
    let id: i64 = diesel::insert_into(users::table)
        .values((
            users::username.eq(email),
            users::email.eq(Some(email)),
            users::person_id.eq(person_id),
            users::display_name.eq(name),
            users::password_hash.eq(hash),
            users::disabled.eq(false),
            users::lang.eq("zh-CN"),
            users::password_changed_at.eq(ctx.now),
            users::created_at.eq(ctx.now),
            users::updated_at.eq(ctx.now),
        ))
        .returning(users::id)
        .get_result(conn)?;
    set_roles(conn, id, roles)?;
    let after = get(conn, id)?;
    audit::record(conn, ctx, ENTITY, id, "create", None::<&()>, Some(&after))?;
    Ok(true)
}
