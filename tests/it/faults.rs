//! Faults an unlucky operator meets: many writers at once on the embedded database, a
//! database that cannot be written, a PostgreSQL restart under load.

use actix_web::http::StatusCode;
use diesel::prelude::*;
use serde_json::json;

use crate::common::{self, backends, call};

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
