//! The data's version: a number that moves on with every committed change to what the
//! service's reads show, kept by the database's own triggers (the migration
//! `data_version` lists the tables it covers and why the others are left out), so that a
//! change made by any process, the server, the command line or a scan, moves it.
//! [`crate::http::read_cache`] keeps answers for as long as it stands.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::data_version;
use crate::error::AppResult;

/// The version now. Read before the data an answer is made from, never after: an answer
/// made from data newer than its version is only kept until the version moves, while one
/// made from older data would be kept as if it were new.
pub fn current(conn: &mut DbConn) -> AppResult<i64> {
    let q = data_version::table.find(1i64).select(data_version::n);
    // On each backend's own connection the query is known by its type, and its prepared
    // statement found without writing out its SQL (through the two-backend connection it
    // would be written out on every request).
    let n = match conn {
        DbConn::Sqlite(c) => q.first::<i64>(c).optional()?,
        DbConn::Postgresql(c) => q.first::<i64>(c).optional()?,
    };
    Ok(n.unwrap_or(0))
}
