//! Faults an unlucky operator meets: many writers at once on the embedded database, a
//! database that cannot be written, a PostgreSQL restart under load.

use actix_web::http::StatusCode;
use diesel::prelude::*;
use serde_json::json;

use crate::common::{self, TestDb, backends, call};

#[actix_web::test]
async fn eight_writers_at_once_all_succeed_and_every_write_is_kept() {
    for db in backends() {
        let app = common::app(db.state("2026-06-15")).await;
        common::fixture(&app).await;
        use duban::db::schema::progress_updates as pu;
        let before: i64 = pu::table.count().get_result(&mut db.conn()).unwrap();
        let writer = |w: usize| {
            let app = &app;
            async move {
                let mut refused = Vec::new();
                for i in 0..100 {
                    let (s, body) = call(
                        app,
                        "POST",
                        "/api/v1/progress-updates",
                        Some(json!({"project_code": "T-1", "progress": format!("写入 {w}-{i}")})),
                    )
                    .await;
                    if s != StatusCode::CREATED {
                        refused.push(format!("{s} {body}"));
                    }
                }
                refused
            }
        };
        let results = futures_util::future::join_all((0..8).map(writer)).await;
        let refused: Vec<String> = results.into_iter().flatten().collect();
        assert!(
            refused.is_empty(),
            "{}: {} of 800 refused, first: {:?}",
            db.name,
            refused.len(),
            refused.first()
        );
        let after: i64 = pu::table.count().get_result(&mut db.conn()).unwrap();
        assert_eq!(after - before, 800, "{}", db.name);
        let texts: std::collections::HashSet<String> = pu::table
            .select(pu::progress)
            .load(&mut db.conn())
            .unwrap()
            .into_iter()
            .collect();
        assert!(
            (0..8).all(|w| (0..100).all(|i| texts.contains(&format!("写入 {w}-{i}")))),
            "{}",
            db.name
        );
    }
}

/// A small real filesystem, mounted for the test and gone with it.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn new(megabytes: u32) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .unwrap()
            .success();
        assert!(ok, "mount a tmpfs (the tests run as root)");
        Self(dir)
    }

    /// Fills the disk to the last byte.
    fn fill(&self) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.0.path().join("filler")).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.write_all(&[0u8; 1]);
    }

    fn free(&self) {
        std::fs::remove_file(self.0.path().join("filler")).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[actix_web::test]
async fn a_database_that_cannot_be_written_is_not_ready_and_says_so() {
    use actix_web::test::TestRequest;
    let disk = SmallDisk::new(16);
    let sqlite = TestDb::sqlite_at(disk.0.path().join("duban.db"));
    let pg = backends().into_iter().find(|d| d.name == "postgres");
    for db in std::iter::once(sqlite).chain(pg) {
        let app = common::app(db.state("2026-06-15")).await;
        common::fixture(&app).await;
        let ready = |app| async move {
            let r = common::exec(app, TestRequest::get().uri("/readyz")).await;
            (
                r.status,
                r.body["error"]["code"].as_str().map(str::to_string),
            )
        };
        assert_eq!(ready(&app).await, (StatusCode::OK, None), "{}", db.name);

        // The disk fills up (SQLite) or the database turns read-only (PostgreSQL, as a
        // standby is).
        let fresh_app;
        let app = if db.name == "sqlite" {
            diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&mut db.conn())
                .unwrap();
            disk.fill();
            &app
        } else {
            let name = db.pg_name().unwrap().to_string();
            db.pg_admin(&format!(
                "ALTER DATABASE {name} SET default_transaction_read_only = on"
            ));
            fresh_app = common::app(db.state("2026-06-15")).await;
            &fresh_app
        };
        assert_eq!(
            ready(app).await,
            (StatusCode::SERVICE_UNAVAILABLE, Some("not_writable".into())),
            "{}",
            db.name
        );
        let (s, b) = call(
            app,
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "progress": "写不进去"})),
        )
        .await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{}: {b}", db.name);
        assert_eq!(b["error"]["code"], "not_writable", "{}: {b}", db.name);
        assert!(
            b["error"]["message"]
                .as_str()
                .unwrap()
                .contains("cannot be written"),
            "{b}"
        );
        // Reads still work.
        let (s, _) = call(app, "GET", "/api/v1/projects/T-1", None).await;
        assert_eq!(s, StatusCode::OK, "{}", db.name);

        // Space again (or writable again): ready, and the write goes in.
        let again;
        let app = if db.name == "sqlite" {
            disk.free();
            app
        } else {
            let name = db.pg_name().unwrap().to_string();
            db.pg_admin(&format!(
                "ALTER DATABASE {name} SET default_transaction_read_only = off"
            ));
            again = common::app(db.state("2026-06-15")).await;
            &again
        };
        assert_eq!(ready(app).await, (StatusCode::OK, None), "{}", db.name);
        let (s, b) = call(
            app,
            "POST",
            "/api/v1/progress-updates",
            Some(json!({"project_code": "T-1", "progress": "写进去了"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{}: {b}", db.name);
    }
}
