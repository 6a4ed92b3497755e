//! Kept answers (`http::read_cache`) are never older than the data: the data's version moves
//! with every change to a table the reads show, made by the server or by anyone else, and
//! is left alone by the tables a read or a send writes; a kept answer is one user's, for
//! one day; and an answer after a change is the answer without any kept one.

use crate::common;

use actix_web::http::StatusCode;
use common::*;
use diesel::prelude::*;
use diesel::sql_types::Text;
use duban::db::DbConn;
use duban::domain::access::Role;
use duban::store::data_version;
use serde_json::json;

/// Tables whose changes do not move the version: written by reading, signing in or
/// sending, or (the audit log) only beside a change that moves it anyway. No kept answer
/// reads them. The migration `data_version` says the same.
const UNCOVERED: &[&str] = &[
    "audit_log",
    "sessions",
    "api_tokens",
    "login_failures",
    "used_links",
    "comment_reads",
    "outbox",
    "outbox_projects",
    "channel_sends",
    "scheduler_runs",
    "readiness_probe",
    "app_secrets",
    "data_version",
];

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Each table with a trigger that moves the version, and every table.
fn triggered_and_all(conn: &mut DbConn) -> (Vec<String>, Vec<String>) {
    let (triggered, all) = match conn {
        DbConn::Sqlite(c) => (
            diesel::sql_query(
                "SELECT DISTINCT tbl_name AS name FROM sqlite_master WHERE type = 'trigger' \
                 AND sql LIKE '%UPDATE data_version SET n = n + 1%' ORDER BY 1",
            )
            .load::<Name>(c)
            .unwrap(),
            diesel::sql_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations' ORDER BY 1",
            )
            .load::<Name>(c)
            .unwrap(),
        ),
        DbConn::Postgresql(c) => (
            diesel::sql_query(
                "SELECT DISTINCT event_object_table::text AS name FROM information_schema.triggers \
                 WHERE action_statement = 'EXECUTE FUNCTION data_version_bump()' ORDER BY 1",
            )
            .load::<Name>(c)
            .unwrap(),
            diesel::sql_query(
                "SELECT table_name::text AS name FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name <> '__diesel_schema_migrations' \
                 ORDER BY 1",
            )
            .load::<Name>(c)
            .unwrap(),
        ),
    };
    (
        triggered.into_iter().map(|n| n.name).collect(),
        all.into_iter().map(|n| n.name).collect(),
    )
}

/// A new table must say which it is: shown by reads (a trigger moves the version) or not.
#[test]
fn every_table_moves_the_version_or_is_named_as_not_shown() {
    for db in backends() {
        let mut conn = db.conn();
        let (triggered, all) = triggered_and_all(&mut conn);
        let mut expected: Vec<String> = all
            .iter()
            .filter(|t| !UNCOVERED.contains(&t.as_str()))
            .cloned()
            .collect();
        expected.sort();
        assert_eq!(triggered, expected, "tables whose changes move the version");
        for t in UNCOVERED {
            assert!(all.iter().any(|a| a == t), "{t} is not a table");
        }
    }
}

/// Moved by a committed insert, update and delete, from any connection; once for a
/// transaction of many rows on PostgreSQL; not by a rolled-back change, nor by a session.
#[test]
fn the_version_moves_with_each_committed_change_and_only_then() {
    for db in backends() {
        let mut conn = db.conn();
        let mut other = db.conn();
        let v0 = data_version::current(&mut conn).unwrap();
        execute(
            &mut other,
            "INSERT INTO units (name, created_at, updated_at) VALUES ('新单位', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        );
        let v1 = data_version::current(&mut conn).unwrap();
        assert!(
            v1 > v0,
            "an insert by another connection moves it ({v0} → {v1})"
        );
        execute(
            &mut other,
            "UPDATE units SET name = '改名' WHERE name = '新单位'",
        );
        let v2 = data_version::current(&mut conn).unwrap();
        assert!(v2 > v1, "an update moves it");
        // Many rows in one transaction.
        other
            .transaction::<_, diesel::result::Error, _>(|c| {
                for i in 0..50 {
                    execute(
                        c,
                        &format!(
                            "INSERT INTO people (name, lang, active, created_at, updated_at) \
                             VALUES ('人{i}', 'zh-CN', TRUE, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                        ),
                    );
                }
                Ok(())
            })
            .unwrap();
        let v3 = data_version::current(&mut conn).unwrap();
        assert!(v3 > v2, "a transaction moves it");
        if matches!(conn, DbConn::Postgresql(_)) {
            assert_eq!(v3, v2 + 1, "once a transaction on PostgreSQL");
        }
        execute(&mut other, "DELETE FROM units WHERE name = '改名'");
        let v4 = data_version::current(&mut conn).unwrap();
        assert!(v4 > v3, "a delete moves it");
        // Rolled back: as if never written.
        let _ = other.transaction::<(), diesel::result::Error, _>(|c| {
            execute(c, "INSERT INTO units (name, created_at, updated_at) VALUES ('撤回', '2026-01-01 00:00:00', '2026-01-01 00:00:00')");
            Err(diesel::result::Error::RollbackTransaction)
        });
        assert_eq!(
            data_version::current(&mut conn).unwrap(),
            v4,
            "a rollback leaves it"
        );
        // What reading and signing in write does not move it.
        execute(
            &mut other,
            "INSERT INTO readiness_probe (id, checked_at) VALUES (1, '2026-01-01 00:00:00')",
        );
        assert_eq!(
            data_version::current(&mut conn).unwrap(),
            v4,
            "the readiness probe's row does not"
        );
        db.token_for("reader", &[Role::Supervisor], None, "dbn_reader-token");
        let after_account = data_version::current(&mut conn).unwrap();
        assert!(after_account > v4, "an account (users, roles) moves it");
        execute(&mut other, "UPDATE api_tokens SET name = 'renamed'");
        assert_eq!(
            data_version::current(&mut conn).unwrap(),
            after_account,
            "a token's own row does not"
        );
    }
}

/// Answers given from memory so far (the metric; other tests add to it too).
fn kept_answers() -> u64 {
    duban::metrics::get()
        .unwrap()
        .read_answers
        .with_label_values(&["kept"])
        .get()
}

/// The same list asked twice, then after a change through the API and after a change
/// behind the server's back (the command line, another instance): each answer is the
/// data's answer then. A kept answer is never given to another user, nor on another day.
#[actix_web::test]
async fn a_kept_answer_is_the_answer_until_the_data_or_the_asker_changes() {
    for db in backends() {
        let state = db.state("2026-06-01");
        let cache = state.read_cache.clone();
        let app = app(state).await;
        let f = fixture(&app).await;
        let person = f["person"]["id"].as_i64().unwrap();
        let leader = f["leader"]["id"].as_i64().unwrap();
        db.token_for("li", &[Role::Responsible], Some(person), "dbn_li-token");
        db.token_for("zhang", &[Role::Leader], Some(leader), "dbn_zhang-token");
        db.token_for("outsider", &[Role::Responsible], None, "dbn_outsider-token");
        let url = "/api/v1/milestones?state=open&as_of=2026-06-01";
        let titles = |v: &serde_json::Value| -> Vec<String> {
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["title"].as_str().unwrap().to_string())
                .collect()
        };
        let (s, first) = call_as(&app, "dbn_li-token", "GET", url, None).await;
        assert_eq!(s, StatusCode::OK, "{first}");
        assert_eq!(titles(&first), ["完成土地摘牌", "主体结构封顶"]);
        let kept_before = kept_answers();
        let (_, again) = call_as(&app, "dbn_li-token", "GET", url, None).await;
        assert_eq!(again, first);
        assert!(cache.size().0 >= 1, "the answer was kept");
        assert!(kept_answers() > kept_before, "and given from memory");
        // Another user asking the same gets their own answer: nothing, for an outsider.
        let (s, theirs) = call_as(&app, "dbn_outsider-token", "GET", url, None).await;
        assert_eq!(s, StatusCode::OK, "{theirs}");
        assert_eq!(theirs["total"], 0, "{theirs}");
        let (_, leaders) = call_as(&app, "dbn_zhang-token", "GET", url, None).await;
        assert_eq!(titles(&leaders), titles(&first));

        // A change through the API: the next answer has it.
        let (s, m) = call(
            &app,
            "POST",
            "/api/v1/milestones",
            Some(json!({"project_code": "T-1", "title": "竣工验收", "due": "2026-12-31"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{m}");
        let (_, after) = call_as(&app, "dbn_li-token", "GET", url, None).await;
        assert_eq!(titles(&after), ["完成土地摘牌", "主体结构封顶", "竣工验收"]);

        // A change behind the server's back, as `duban` on the command line makes it.
        execute(
            &mut db.conn(),
            "UPDATE milestones SET completed_on = '2026-05-20', evidence = '验收' WHERE title = '完成土地摘牌'",
        );
        let (_, behind) = call_as(&app, "dbn_li-token", "GET", url, None).await;
        assert_eq!(titles(&behind), ["主体结构封顶", "竣工验收"]);

        // The person's responsibility handed over behind the server's back: the project
        // is no longer theirs to read, and the kept answer is not given.
        execute(
            &mut db.conn(),
            "UPDATE assignments SET end_on = '2026-05-01'",
        );
        let (s, handed) = call_as(&app, "dbn_li-token", "GET", url, None).await;
        assert_eq!(s, StatusCode::OK, "{handed}");
        assert_eq!(handed["total"], 0, "{handed}");
    }
}

/// The inspection bulletin and the project list are kept the same way: the same answer
/// twice, a new one after a change.
#[actix_web::test]
async fn the_bulletin_and_the_project_list_are_answered_anew_after_a_change() {
    for db in backends() {
        let app = app(db.state("2026-06-01")).await;
        fixture(&app).await;
        for url in [
            "/api/v1/reports/inspection?as_of=2026-06-01",
            "/api/v1/projects?as_of=2026-06-01",
        ] {
            let (s, first) = call(&app, "GET", url, None).await;
            assert_eq!(s, StatusCode::OK, "{url}: {first}");
            let (_, again) = call(&app, "GET", url, None).await;
            assert_eq!(again, first, "{url}");
            execute(
                &mut db.conn(),
                &format!(
                    "UPDATE projects SET name = '冷链物流园{}' WHERE code = 'T-1'",
                    url.len()
                ),
            );
            let (_, after) = call(&app, "GET", url, None).await;
            let text = after.to_string();
            assert!(
                text.contains(&format!("冷链物流园{}", url.len())),
                "{url} after the change: {text}"
            );
            assert_ne!(after, first, "{url}");
        }
    }
}
