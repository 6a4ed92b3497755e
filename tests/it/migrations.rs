//! The two migration folders stay in step: same versions, and on each backend the schema
//! they build is exactly `src/db/schema.rs` (tables, columns, types, nullability), after
//! up, after down-and-up again. The audit log refuses UPDATE and DELETE on both.

use crate::common;

use std::collections::BTreeMap;

use common::*;
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};
use duban::db::{self, DbConn};

type Schema = BTreeMap<String, BTreeMap<String, (String, bool)>>;

/// Parses the `diesel::table!` blocks of schema.rs: table → column → (type, nullable).
fn expected() -> Schema {
    let src = include_str!("../../src/db/schema.rs");
    let mut out = Schema::new();
    let mut table = None;
    for line in src.lines() {
        let t = line.trim();
        // `name (primary key columns) {` opens a table.
        if line.starts_with("    ") && !line.starts_with("        ") && t.ends_with(") {") {
            let name = t.split_whitespace().next().unwrap().to_string();
            out.insert(name.clone(), BTreeMap::new());
            table = Some(name);
        } else if let (Some(tb), Some((col, ty))) = (&table, t.split_once(" -> ")) {
            let ty = ty.trim_end_matches(',');
            let (ty, nullable) = match ty.strip_prefix("Nullable<") {
                Some(inner) => (inner.trim_end_matches('>'), true),
                None => (ty, false),
            };
            out.get_mut(tb)
                .unwrap()
                .insert(col.to_string(), (ty.to_string(), nullable));
        } else if t == "}" && line.starts_with("    }") {
            table = None;
        }
    }
    assert!(
        out.len() >= 11,
        "parsed {} tables from schema.rs",
        out.len()
    );
    out
}

#[derive(QueryableByName)]
struct SqliteCol {
    #[diesel(sql_type = Text)]
    tbl: String,
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    ty: String,
    #[diesel(sql_type = Integer)]
    notnull: i32,
    #[diesel(sql_type = Integer)]
    pk: i32,
}

#[derive(QueryableByName)]
struct PgCol {
    #[diesel(sql_type = Text)]
    tbl: String,
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    ty: String,
    #[diesel(sql_type = Text)]
    nullable: String,
}

fn canonical(ty: &str, is_pk: bool) -> String {
    match ty.to_ascii_lowercase().as_str() {
        "bigint" => "BigInt",
        // SQLite's rowid alias must be declared INTEGER; it holds 64-bit values.
        "integer" if is_pk => "BigInt",
        "integer" => "Integer",
        "text" => "Text",
        "date" => "Date",
        "timestamp" | "timestamp without time zone" => "Timestamp",
        "boolean" => "Bool",
        other => other,
    }
    .to_string()
}

fn actual(conn: &mut DbConn) -> Schema {
    let mut out = Schema::new();
    match conn {
        DbConn::Sqlite(c) => {
            let rows: Vec<SqliteCol> = diesel::sql_query(
                "SELECT m.name AS tbl, p.name AS name, p.type AS ty, p.\"notnull\" AS \"notnull\", p.pk AS pk \
                 FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
                 AND m.name <> '__diesel_schema_migrations'",
            )
            .load(c)
            .unwrap();
            for r in rows {
                out.entry(r.tbl).or_default().insert(
                    r.name,
                    (canonical(&r.ty, r.pk == 1), r.notnull == 0 && r.pk == 0),
                );
            }
        }
        DbConn::Postgresql(c) => {
            let rows: Vec<PgCol> = diesel::sql_query(
                "SELECT table_name::text AS tbl, column_name::text AS name, data_type::text AS ty, \
                 is_nullable::text AS nullable FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'",
            )
            .load(c)
            .unwrap();
            for r in rows {
                out.entry(r.tbl)
                    .or_default()
                    .insert(r.name, (canonical(&r.ty, false), r.nullable == "YES"));
            }
        }
    }
    out
}

#[test]
fn folders_hold_the_same_versions() {
    let (sqlite, pg) = db::embedded_versions();
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, pg, "embedded migration versions differ");
    let names = |dir: &str| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("migrations/sqlite"), names("migrations/postgres"));
}

#[test]
fn both_backends_build_exactly_schema_rs_up_down_up() {
    let want = expected();
    for db in backends() {
        let mut conn = db.conn();
        assert_eq!(actual(&mut conn), want, "{} after up", db.name);
        let reverted = db::revert_all_migrations(&mut conn).unwrap();
        assert!(!reverted.is_empty());
        assert!(
            actual(&mut conn).is_empty(),
            "{} after down: tables left",
            db.name
        );
        let ran = db::run_migrations(&mut conn).unwrap();
        assert_eq!(ran.len(), reverted.len());
        assert_eq!(actual(&mut conn), want, "{} after up again", db.name);
        assert!(
            db::run_migrations(&mut conn).unwrap().is_empty(),
            "nothing pending"
        );
    }
}

#[test]
fn audit_rows_cannot_be_changed_or_removed() {
    for db in backends() {
        let mut conn = db.conn();
        diesel::sql_query(
            "INSERT INTO audit_log (at, actor, entity, entity_id, action) \
             VALUES ('2026-01-01 00:00:00', 'x', 'unit', '1', 'create')",
        )
        .execute(&mut conn)
        .unwrap();
        let upd = diesel::sql_query("UPDATE audit_log SET actor = 'y'").execute(&mut conn);
        let del = diesel::sql_query("DELETE FROM audit_log").execute(&mut conn);
        assert!(
            upd.is_err() && del.is_err(),
            "{}: audit_log must be append-only",
            db.name
        );
        assert!(format!("{:?}", upd.unwrap_err()).contains("append-only"));
    }
}

#[test]
fn concurrent_migrations_on_postgres_serialise() {
    let Ok(admin) = std::env::var("DUBAN_TEST_PG_URL") else {
        if std::env::var("DUBAN_TEST_REQUIRE_PG").as_deref() == Ok("1") {
            panic!("DUBAN_TEST_REQUIRE_PG=1 but DUBAN_TEST_PG_URL is unset");
        }
        eprintln!(
            "\n*** SKIPPED: concurrent_migrations_on_postgres_serialise needs DUBAN_TEST_PG_URL ***\n"
        );
        return;
    };
    let db = TestDb::postgres(&admin);
    db::revert_all_migrations(&mut db.conn()).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let url = db.url.clone();
            std::thread::spawn(move || {
                let mut c = db::establish(&url).unwrap();
                db::run_migrations(&mut c)
                    .map(|v| v.len())
                    .map_err(|e| e.to_string())
            })
        })
        .collect();
    let ran: Vec<usize> = handles
        .into_iter()
        .map(|h| h.join().unwrap().unwrap())
        .collect();
    assert_eq!(
        ran.iter().sum::<usize>(),
        db::embedded_versions().1.len(),
        "each migration ran once: {ran:?}"
    );
    assert_eq!(actual(&mut db.conn()), expected());
}

/// `copy-data` copies the tables it lists, parents first: a new table must be added there.
#[test]
fn copy_data_lists_every_table() {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let db = common::TestDb::sqlite();
    let duban::db::DbConn::Sqlite(mut c) = db.conn() else {
        unreachable!("a SQLite test database")
    };
    let mut tables: Vec<String> = diesel::sql_query(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations'",
    )
    .load::<Name>(&mut c)
    .unwrap()
    .into_iter()
    .map(|n| n.name)
    .collect();
    tables.sort();
    let mut listed: Vec<String> = duban::db::copy::TABLES
        .iter()
        .chain(duban::db::copy::NOT_COPIED)
        .map(|t| t.to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, tables);
}

/// Rows in every table of an installation, by table.
fn row_counts(conn: &mut DbConn) -> BTreeMap<String, i64> {
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = Text)]
        name: String,
    }
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let tables = "SELECT name FROM sqlite_master WHERE type = 'table' \
                  AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations'";
    let pg_tables = "SELECT table_name::text AS name FROM information_schema.tables \
                     WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'";
    let names: Vec<Name> = match conn {
        DbConn::Sqlite(c) => diesel::sql_query(tables).load(c).unwrap(),
        DbConn::Postgresql(c) => diesel::sql_query(pg_tables).load(c).unwrap(),
    };
    names
        .into_iter()
        .map(|t| {
            let q = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {}", t.name));
            let c: Count = match conn {
                DbConn::Sqlite(c) => q.get_result(c).unwrap(),
                DbConn::Postgresql(c) => q.get_result(c).unwrap(),
            };
            (t.name, c.n)
        })
        .collect()
}

/// An installation of the previous release upgrades in place on both backends: its demo
/// database as the v0.1.0 binary wrote it (tests/upgrade/, made by `make.sh` there) takes
/// every migration since, keeps every row of every table it had, and this release reads it
/// (the projects, their lights and the inspection report as of the day it was made).
#[test]
fn the_previous_release_upgrades_in_place() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/upgrade");
    let mut dbs = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("duban.db");
    std::fs::copy(here.join("v0.1.0.sqlite"), &file).unwrap();
    dbs.push((db::DbUrl::Sqlite(file), None));
    if let Ok(admin) = std::env::var("DUBAN_TEST_PG_URL") {
        let pg = TestDb::postgres_empty(&admin);
        let dump = std::fs::read_to_string(here.join("v0.1.0-postgres.sql")).unwrap();
        let DbConn::Postgresql(mut c) = pg.conn() else {
            unreachable!("a PostgreSQL database")
        };
        diesel::connection::SimpleConnection::batch_execute(&mut c, &dump)
            .expect("the v0.1.0 dump loads");
        dbs.push((pg.url.clone(), Some(pg)));
    } else {
        assert!(
            std::env::var("DUBAN_TEST_REQUIRE_PG").as_deref() != Ok("1"),
            "DUBAN_TEST_REQUIRE_PG=1 but DUBAN_TEST_PG_URL is unset"
        );
    }
    for (url, _keep) in &dbs {
        let mut conn = db::establish(url).unwrap();
        let before = row_counts(&mut conn);
        assert_eq!(before.get("projects"), Some(&19), "{url:?}: the demo");
        let ran = db::run_migrations(&mut conn).expect("the upgrade");
        assert!(
            ran.iter().any(|v| v.contains("20261204000001")),
            "{url:?}: the migrations since v0.1.0 ran: {ran:?}"
        );
        let after = row_counts(&mut conn);
        for (table, n) in &before {
            assert_eq!(after.get(table), Some(n), "{url:?}: {table} kept its rows");
        }
        assert!(after.contains_key("ledger_uploads"), "{url:?}");
        // This release reads what that one wrote.
        let ctx = common::system_on("2026-11-25");
        let rules = duban::domain::rules::Rules::default();
        let page = duban::store::projects::list(
            &mut conn,
            &ctx,
            &rules,
            &duban::store::projects::ProjectFilter {
                as_of: Some(d("2026-11-25")),
                ..Default::default()
            },
        )
        .expect("projects");
        assert_eq!(page.total, 19, "{url:?}");
        let report = duban::store::reports::inspection(
            &mut conn,
            &ctx,
            TZ,
            &rules,
            &duban::store::reports::InspectionFilter {
                as_of: Some(d("2026-11-25")),
                ..Default::default()
            },
        )
        .expect("the inspection report");
        assert_eq!(report.projects.len(), 19, "{url:?}");
    }
}
