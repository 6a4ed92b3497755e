//! Storage plumbing: one connection type over SQLite and PostgreSQL, the pool, the
//! connection settings, and the embedded migrations. Queries live in `crate::store`.

pub mod backup;
pub mod copy;
pub mod dates;
pub mod models;
pub mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

/// Inserts many rows, `500` to a statement: the multi-connection cannot send a multi-row
/// INSERT itself, so the statement is built for each backend. Rows must not rely on column
/// defaults (`treat_none_as_default_value = false`), which SQLite cannot batch.
#[macro_export]
macro_rules! insert_batch {
    ($conn:expr, $table:expr, $rows:expr) => {{
        for chunk in $rows.chunks(500) {
            match &mut *$conn {
                $crate::db::DbConn::Sqlite(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
                $crate::db::DbConn::Postgresql(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
    }};
}

/// One connection type for both backends; the variant is picked from the URL scheme.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

impl DbConn {
    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Postgresql(_) => "postgres",
            Self::Sqlite(_) => "sqlite",
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Self::Postgresql(_))
    }

    /// Runs `f` in a transaction, committed when it returns `Ok`.
    ///
    /// It shadows diesel's `Connection::transaction` on purpose, so that every use case
    /// gets it: on SQLite the outermost transaction begins with `BEGIN IMMEDIATE`, taking the
    /// write lock at its start and waiting for it within `busy_timeout`. A deferred
    /// transaction that reads and then writes fails at once with "database is locked" when
    /// another writer committed in between: waiting cannot help it, as its snapshot is stale.
    /// Nested calls are savepoints, as in diesel; PostgreSQL is unchanged.
    pub fn transaction<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut Self) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        let Self::Sqlite(c) = self else {
            return Connection::transaction(self, f);
        };
        if AnsiTransactionManager::transaction_manager_status_mut(c)
            .transaction_depth()?
            .is_some()
        {
            return Connection::transaction(self, f);
        }
        AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
        let result = f(self);
        if let Self::Sqlite(c) = self {
            match &result {
                Ok(_) => AnsiTransactionManager::commit_transaction(c)?,
                Err(_) => AnsiTransactionManager::rollback_transaction(c)?,
            }
        }
        result
    }
}

/// Where the data lives, parsed from `DUBAN_DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    /// A file path (relative paths are relative to the working directory).
    Sqlite(PathBuf),
    /// A libpq connection URL.
    Postgres(String),
}

impl DbUrl {
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err("sqlite:// needs a file path, e.g. sqlite://data/duban.db".into());
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_string()));
        }
        Err(format!(
            "unsupported database URL {:?}: use sqlite://PATH or postgres://USER@HOST/DB",
            redact(url)
        ))
    }

    /// The URL with any password hidden, for messages and logs.
    pub fn display(&self) -> String {
        match self {
            Self::Sqlite(p) => format!("sqlite://{}", p.display()),
            Self::Postgres(u) => redact(u),
        }
    }
}

fn redact(url: &str) -> String {
    // scheme://user:password@host → scheme://user:***@host
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((creds, host)) = rest.split_once('@')
        && let Some((user, _)) = creds.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_string()
}

// SQLite through a pool: busy_timeout must come before WAL, or the first connections
// race on the journal switch and see "database is locked".
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000; \
     PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON;";

/// Opens one connection with the settings this service relies on.
pub fn establish(url: &DbUrl) -> Result<DbConn, r2d2::Error> {
    match url {
        DbUrl::Sqlite(path) => {
            create_parent(path)?;
            let path = path.to_string_lossy();
            let mut conn =
                SqliteConnection::establish(&path).map_err(r2d2::Error::ConnectionError)?;
            conn.batch_execute(SQLITE_PRAGMAS)
                .map_err(r2d2::Error::QueryError)?;
            Ok(DbConn::Sqlite(conn))
        }
        DbUrl::Postgres(u) => {
            let mut conn = PgConnection::establish(u).map_err(r2d2::Error::ConnectionError)?;
            // Timestamps are written by the application in UTC; keep the session in UTC too.
            conn.batch_execute("SET TIME ZONE 'UTC'")
                .map_err(r2d2::Error::QueryError)?;
            Ok(DbConn::Postgresql(conn))
        }
    }
}

fn create_parent(path: &Path) -> Result<(), r2d2::Error> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
        && !dir.exists()
    {
        std::fs::create_dir_all(dir).map_err(|e| {
            r2d2::Error::ConnectionError(diesel::ConnectionError::BadConnection(format!(
                "cannot create {}: {e}",
                dir.display()
            )))
        })?;
    }
    Ok(())
}

/// r2d2 manager that opens connections by [`establish`].
#[derive(Debug, Clone)]
pub struct Manager {
    url: DbUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        establish(&self.url)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        match conn {
            DbConn::Postgresql(c) => r2d2::R2D2Connection::is_broken(c),
            DbConn::Sqlite(c) => r2d2::R2D2Connection::is_broken(c),
        }
    }
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

/// Builds the pool. Fails fast when the first connection cannot be opened.
pub fn pool(url: &DbUrl, size: u32) -> Result<Pool, r2d2::PoolError> {
    pool_with(url, size, Duration::from_secs(5))
}

/// [`pool`] with the time a request waits for a connection before it is answered 503.
pub fn pool_with(url: &DbUrl, size: u32, wait: Duration) -> Result<Pool, r2d2::PoolError> {
    r2d2::Pool::builder()
        .max_size(size)
        .connection_timeout(wait)
        .build(Manager { url: url.clone() })
}

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Any number of instances may start at once on one PostgreSQL database; this lock makes
/// them migrate one after another. (Arbitrary constant: "duban" in ASCII.)
const MIGRATION_LOCK_KEY: i64 = 0x0064_7562_616e;

pub type MigrationError = Box<dyn std::error::Error + Send + Sync>;

/// Applies pending migrations and returns the versions that ran.
pub fn run_migrations(conn: &mut DbConn) -> Result<Vec<String>, MigrationError> {
    match conn {
        DbConn::Sqlite(c) => {
            let ran = c.run_pending_migrations(SQLITE_MIGRATIONS)?;
            Ok(ran.iter().map(|v| v.to_string()).collect())
        }
        DbConn::Postgresql(c) => {
            diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
                .execute(c)?;
            let result = c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|ran| ran.iter().map(|v| v.to_string()).collect::<Vec<_>>());
            diesel::sql_query(format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
                .execute(c)?;
            result
        }
    }
}

/// Reverts every applied migration (used by the schema parity test).
pub fn revert_all_migrations(conn: &mut DbConn) -> Result<Vec<String>, MigrationError> {
    let reverted = match conn {
        DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS)?,
        DbConn::Postgresql(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS)?,
    };
    Ok(reverted.iter().map(|v| v.to_string()).collect())
}

/// Versions embedded for each backend, for the parity test.
pub fn embedded_versions() -> (Vec<String>, Vec<String>) {
    use diesel::migration::MigrationSource;
    let names = |src: &EmbeddedMigrations| -> Vec<String> {
        MigrationSource::<diesel::sqlite::Sqlite>::migrations(src)
            .unwrap_or_default()
            .iter()
            .map(|m| m.name().version().to_string())
            .collect()
    };
    (names(&SQLITE_MIGRATIONS), names(&POSTGRES_MIGRATIONS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_scheme_picks_backend() {
        assert_eq!(
            DbUrl::parse("sqlite://data/duban.db").unwrap(),
            DbUrl::Sqlite(PathBuf::from("data/duban.db"))
        );
        assert!(matches!(
            DbUrl::parse("postgres://root@127.0.0.1/test").unwrap(),
            DbUrl::Postgres(_)
        ));
        let e = DbUrl::parse("mysql://root:secret@h/db").unwrap_err();
        assert!(e.contains("unsupported") && !e.contains("secret"), "{e}");
        assert!(DbUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn display_hides_password() {
        let u = DbUrl::parse("postgres://u:pw@h:5432/d").unwrap();
        assert_eq!(u.display(), "postgres://u:***@h:5432/d");
    }
}
