//! Moving a whole installation from the embedded SQLite file to PostgreSQL: every table, ids
//! and history kept, in one PostgreSQL transaction, into a database that holds no data yet,
//! then verified table by table (row counts, and a checksum of the typed rows where the
//! service has a model for them).
//!
//! Rows travel as JSON: SQLite writes each chunk with `json_object`, PostgreSQL reads it with
//! `json_populate_recordset` into the table's own row type, so every column keeps its type
//! without a line of per-table code.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use super::DbConn;

/// Every table, parents before children.
pub const TABLES: &[&str] = &[
    "units",
    "people",
    "projects",
    "stage_events",
    "assignments",
    "milestones",
    "reschedules",
    "investment_plans",
    "investment_reports",
    "progress_updates",
    "calendar_days",
    "problems",
    "flags",
    "channels",
    "channel_sends",
    "outbox",
    "outbox_projects",
    "scheduler_runs",
    "issued_reports",
    "veto_events",
    "service_ratings",
    "assessment_runs",
    "assessment_appeals",
    "users",
    "user_roles",
    "sessions",
    "api_tokens",
    "calendar_feeds",
    "login_failures",
    "used_links",
    "app_secrets",
    "readiness_probe",
    "comments",
    "comment_reads",
    "ledger_uploads",
    "audit_log",
];

/// Tables each database keeps for itself, not copied: the data's version
/// ([`crate::store::data_version`]) is moved by the destination's own triggers as the rows
/// go in.
pub const NOT_COPIED: &[&str] = &["data_version"];

/// Columns that point at a table copied later (units name their head, a person): written
/// once every table is in.
const LATER: &[(&str, &str)] = &[("units", "head_person_id")];

const CHUNK: i64 = 2_000;

#[derive(QueryableByName)]
struct Json {
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    rows: Option<String>,
}

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn columns(src: &mut SqliteConnection, table: &str) -> Result<Vec<String>, String> {
    let cols: Vec<Column> =
        diesel::sql_query(format!("SELECT name FROM pragma_table_info('{table}')"))
            .load(src)
            .map_err(|e| format!("{table}: {e}"))?;
    Ok(cols.into_iter().map(|c| c.name).collect())
}

/// Rows of a table in the same state on both sides, for the verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSum {
    pub table: &'static str,
    pub rows: i64,
    /// A hash of the typed rows in id order (`None` where the service has no model).
    pub checksum: Option<u64>,
}

fn count(conn: &mut DbConn, table: &str) -> Result<i64, String> {
    let q = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"));
    let c: Count = match conn {
        DbConn::Sqlite(c) => q.get_result(c),
        DbConn::Postgresql(c) => q.get_result(c),
    }
    .map_err(|e| format!("{table}: {e}"))?;
    Ok(c.n)
}

/// Counts and checksums of every table, read through the service's own models, so that
/// both backends give the same figures for the same data.
pub fn sums(conn: &mut DbConn) -> Result<Vec<TableSum>, String> {
    use super::models::*;
    use super::schema::*;
    macro_rules! typed {
        ($t:ident, $m:ty) => {{
            let rows: Vec<$m> = $t::table
                .order($t::id)
                .select(<$m>::as_select())
                .load(conn)
                .map_err(|e| format!("{}: {e}", stringify!($t)))?;
            let mut h = DefaultHasher::new();
            format!("{rows:?}").hash(&mut h);
            Some((stringify!($t), h.finish()))
        }};
    }
    let typed: Vec<(&str, u64)> = [
        typed!(units, Unit),
        typed!(people, Person),
        typed!(projects, Project),
        typed!(stage_events, StageEvent),
        typed!(assignments, Assignment),
        typed!(milestones, Milestone),
        typed!(reschedules, Reschedule),
        typed!(investment_plans, InvestmentPlan),
        typed!(investment_reports, InvestmentReport),
        typed!(progress_updates, ProgressUpdate),
        typed!(calendar_days, CalendarDay),
        typed!(problems, Problem),
        typed!(flags, Flag),
        typed!(outbox, OutboxRow),
        typed!(issued_reports, IssuedReport),
        typed!(assessment_runs, AssessmentRun),
        typed!(assessment_appeals, AssessmentAppeal),
        typed!(users, User),
        typed!(sessions, Session),
        typed!(api_tokens, ApiToken),
        typed!(comments, Comment),
        typed!(audit_log, AuditEntry),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut out = Vec::new();
    for table in TABLES {
        out.push(TableSum {
            table,
            rows: count(conn, table)?,
            checksum: typed.iter().find(|(t, _)| t == table).map(|(_, h)| *h),
        });
    }
    Ok(out)
}

/// Copies every row from SQLite into an empty, migrated PostgreSQL database, in one
/// transaction (nothing is left half copied), and resets the id sequences.
pub fn copy(src: &mut SqliteConnection, dst: &mut PgConnection) -> Result<(), String> {
    dst.transaction::<(), diesel::result::Error, _>(|dst| {
        for table in TABLES {
            copy_table(src, dst, table).map_err(err)?;
        }
        for (table, column) in LATER {
            let json = chunk(
                src,
                table,
                &["id".to_string(), column.to_string()],
                0,
                i64::MAX,
            )
            .map_err(err)?;
            if let Some(json) = json {
                diesel::sql_query(format!(
                    "UPDATE {table} t SET {column} = x.{column} \
                     FROM json_populate_recordset(NULL::{table}, $1::json) x WHERE t.id = x.id"
                ))
                .bind::<Text, _>(json)
                .execute(dst)?;
            }
        }
        for table in TABLES {
            // Tables keyed by other columns have no id sequence to move on.
            let has_id: Count = diesel::sql_query(
                "SELECT COUNT(*) AS n FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'id'",
            )
            .bind::<Text, _>(*table)
            .get_result(dst)?;
            if has_id.n > 0 {
                diesel::sql_query(format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                ))
                .execute(dst)?;
            }
        }
        Ok(())
    })
    .map_err(|e| e.to_string())
}

/// A diesel error carrying a message, so that the transaction rolls back and says why.
fn err(message: String) -> diesel::result::Error {
    diesel::result::Error::QueryBuilderError(message.into())
}

fn chunk(
    src: &mut SqliteConnection,
    table: &str,
    cols: &[String],
    offset: i64,
    limit: i64,
) -> Result<Option<String>, String> {
    let pairs = cols
        .iter()
        .map(|c| format!("'{c}', {c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let q = format!(
        "SELECT json_group_array(json_object({pairs})) AS rows \
         FROM (SELECT * FROM {table} ORDER BY rowid LIMIT {limit} OFFSET {offset})"
    );
    let got: Json = diesel::sql_query(q)
        .get_result(src)
        .map_err(|e| format!("{table}: {e}"))?;
    Ok(got.rows.filter(|r| r != "[]"))
}

fn copy_table(
    src: &mut SqliteConnection,
    dst: &mut PgConnection,
    table: &str,
) -> Result<(), String> {
    let cols = columns(src, table)?;
    let select = cols
        .iter()
        .map(|c| {
            if LATER.contains(&(table, c.as_str())) {
                "NULL".to_string()
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut offset = 0;
    while let Some(json) = chunk(src, table, &cols, offset, CHUNK)? {
        diesel::sql_query(format!(
            "INSERT INTO {table} ({}) SELECT {select} \
             FROM json_populate_recordset(NULL::{table}, $1::json)",
            cols.join(", ")
        ))
        .bind::<Text, _>(json)
        .execute(dst)
        .map_err(|e| format!("{table}: {e}"))?;
        offset += CHUNK;
    }
    Ok(())
}
