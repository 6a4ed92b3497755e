//! The server's own secrets, kept in the database so that every instance on one database
//! shares them and they survive restarts: today the key that signs email links.

use diesel::prelude::*;

use crate::auth;
use crate::db::DbConn;
use crate::db::schema::app_secrets;
use crate::error::AppResult;

const LINK_KEY: &str = "link_key";

/// Set, it is the link key, and the database holds none: then a copy of the database
/// (a backup, say) is not enough to forge a link. Start-up refuses one that is too short
/// ([`crate::config::check_link_key`]).
pub use crate::config::LINK_KEY_ENV;

fn key_from_env() -> Option<Vec<u8>> {
    std::env::var(LINK_KEY_ENV)
        .ok()
        .filter(|k| k.len() >= 32)
        .map(String::into_bytes)
}

/// The key for signed links if it was made already (or is given in the environment).
pub fn existing_link_key(conn: &mut DbConn) -> AppResult<Option<Vec<u8>>> {
    if let Some(k) = key_from_env() {
        return Ok(Some(k));
    }
    Ok(app_secrets::table
        .find(LINK_KEY)
        .select(app_secrets::value)
        .first::<String>(conn)
        .optional()?
        .map(String::into_bytes))
}

/// The key for signed links, made on first use. Two instances racing to make it both
/// try to insert; the loser's insert fails on the key and both read the winner's.
pub fn link_key(conn: &mut DbConn, now: chrono::NaiveDateTime) -> AppResult<Vec<u8>> {
    if let Some(k) = existing_link_key(conn)? {
        return Ok(k);
    }
    let fresh = auth::random_token(32)?;
    // In its own (nested) transaction: on PostgreSQL a failed insert would otherwise
    // abort a surrounding transaction.
    let inserted = conn.transaction(|c| {
        diesel::insert_into(app_secrets::table)
            .values((
                app_secrets::name.eq(LINK_KEY),
                app_secrets::value.eq(&fresh),
                app_secrets::created_at.eq(now),
            ))
            .execute(c)
    });
    match inserted {
        Ok(_)
        | Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {}
        Err(e) => return Err(e.into()),
    }
    let v: String = app_secrets::table
        .find(LINK_KEY)
        .select(app_secrets::value)
        .first(conn)?;
    Ok(v.into_bytes())
}
