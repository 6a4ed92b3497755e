//! Calendar feeds over real HTTP: a leader's and a responsible person's feeds hold exactly
//! the milestones they answer for, read back with an iCalendar parser; a moved due date moves
//! the event under the same UID; rotating or revoking kills the old address at once.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::*;
use duban::domain::access::Role;
use icalendar::{Calendar, Component, Event};

/// GETs a feed by its address, without any login.
async fn fetch<S, B>(app: &S, url: &str) -> (StatusCode, String, String)
where
    S: actix_web::dev::Service<
            actix_http::Request,
            Response = actix_web::dev::ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    B: actix_web::body::MessageBody,
{
    let path = url
        .strip_prefix("http://127.0.0.1:8080")
        .expect("the configured base URL");
    let r = exec(app, TestRequest::get().uri(path)).await;
    let ct = r
        .headers
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    let body = match &r.body {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    (r.status, ct, body)
}

fn events(text: &str) -> Vec<Event> {
    let cal: Calendar = text.parse().expect("a valid iCalendar feed");
    cal.components
        .iter()
        .filter_map(|c| c.as_event().cloned())
        .collect()
}

#[actix_web::test]
async fn feeds_hold_ones_milestones_follow_moves_and_die_when_rotated() {
    for db in backends() {
        let app = app(db.state("2026-06-15")).await;
        let f = fixture_with_second_project(&app).await;
        for (title, due) in [("场地平整", "2026-05-31"), ("主体开工", "2026-08-31")] {
            let (s, m) = call(
                &app,
                "POST",
                "/api/v1/milestones",
                Some(serde_json::json!({"project_code": "T-2", "title": title, "due": due})),
            )
            .await;
            assert_eq!(s, StatusCode::CREATED, "{m}");
        }
        db.token_for(
            "zhang",
            &[Role::Leader],
            f["leader"]["id"].as_i64(),
            "dbn_zhang",
        );
        db.token_for(
            "li",
            &[Role::Responsible],
            f["person"]["id"].as_i64(),
            "dbn_li",
        );

        let (s, made) = call_as(&app, "dbn_zhang", "POST", "/api/v1/calendar/feed", None).await;
        assert_eq!(s, StatusCode::CREATED, "{made}");
        let url = made["url"].as_str().unwrap().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:8080/feeds/dbf_") && url.ends_with(".ics"),
            "{url}"
        );
        let (s, ct, text) = fetch(&app, &url).await;
        assert_eq!(s, StatusCode::OK, "{text}");
        assert!(ct.starts_with("text/calendar"), "{ct}");
        // The leader's feed: T-1's two milestones, not T-2's.
        let (_, t1) = call(&app, "GET", "/api/v1/milestones?project=T-1", None).await;
        let ids: Vec<i64> = t1["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_i64().unwrap())
            .collect();
        let got = events(&text);
        let uids: Vec<String> = got
            .iter()
            .map(|e| e.get_uid().unwrap().to_string())
            .collect();
        assert_eq!(
            uids,
            ids.iter()
                .map(|id| format!("milestone-{id}@127.0.0.1"))
                .collect::<Vec<_>>()
        );
        // 完成土地摘牌 was due 31 March and is not done: overdue on 15 June.
        assert_eq!(
            got[0].get_summary(),
            Some("【逾期】冷链物流园：完成土地摘牌")
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20260331"));

        // The responsible person answers for both projects.
        let (_, mine) = call_as(&app, "dbn_li", "POST", "/api/v1/calendar/feed", None).await;
        let (_, _, text_li) = fetch(&app, mine["url"].as_str().unwrap()).await;
        assert_eq!(events(&text_li).len(), 4);

        // A moved due date moves the event; its UID stays, its sequence rises.
        let second = ids[1];
        let (s, asked) = call_as(
            &app,
            "dbn_li",
            "POST",
            &format!("/api/v1/milestones/{second}/reschedule"),
            Some(serde_json::json!({"new_due": "2026-10-31", "reason": "设备延迟到货"})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{asked}");
        let (s, _) = call_as(
            &app,
            "dbn_zhang",
            "POST",
            &format!("/api/v1/reschedules/{}/decide", asked["id"]),
            Some(serde_json::json!({"approve": true})),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        let (_, _, text) = fetch(&app, &url).await;
        let moved = events(&text)
            .into_iter()
            .find(|e| e.get_uid() == Some(&format!("milestone-{second}@127.0.0.1")))
            .unwrap();
        assert_eq!(moved.get_sequence(), Some(1));
        assert!(text.contains("DTSTART;VALUE=DATE:20261031"), "{text}");
        assert!(text.contains("原定 2026年9月30日，已调整"));

        // Rotating kills the old address; revoking kills the new one.
        let (_, again) = call_as(&app, "dbn_zhang", "POST", "/api/v1/calendar/feed", None).await;
        let new_url = again["url"].as_str().unwrap().to_string();
        assert_ne!(new_url, url);
        assert_eq!(fetch(&app, &url).await.0, StatusCode::NOT_FOUND);
        assert_eq!(fetch(&app, &new_url).await.0, StatusCode::OK);
        let (s, _) = call_as(&app, "dbn_zhang", "DELETE", "/api/v1/calendar/feed", None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, _, body) = fetch(&app, &new_url).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        assert!(body.contains("not_found"), "{body}");
        // Another user's feed is untouched.
        assert_eq!(
            fetch(&app, mine["url"].as_str().unwrap()).await.0,
            StatusCode::OK
        );
    }
}
