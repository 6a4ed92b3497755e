//! Channels beside email, against local servers that speak their protocols (see
//! `common::robots`), on both backends: a throttled robot gets every message later and
//! once, a wrong signature is a dead message with the server's reason, an SMS queued at
//! night goes in the morning, two instances together stay under a robot's limit, and a
//! digest over a robot's 4,096 bytes arrives whole in numbered parts.

use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use duban::clock::{Clock, FixedClock, SharedClock, SystemClock, db_timestamp};
use duban::config::MailSettings;
use duban::courier::Courier;
use duban::db::models::Channel;
use duban::db::schema::outbox as ob;
use duban::domain::channel::Kind;
use duban::mail::Mailer;
use duban::scheduler::deliver::deliver_pending;
use duban::store::{Ctx, channels};

use crate::common::robots::{Rate, Robot};
use crate::common::{TZ, TestDb, backends, d};

fn courier(dir: &std::path::Path) -> Courier {
    Courier::from(
        Mailer::from_settings(&MailSettings {
            smtp: None,
            from: "督办 <duban@example.gov.cn>".parse().unwrap(),
            dir: dir.to_path_buf(),
            max_attempts: 5,
            supervision: vec![],
            base_url: "https://duban.example.gov.cn".into(),
        })
        .unwrap(),
    )
}

fn new_channel(kind: Kind, name: &str, url: &str) -> channels::NewChannel {
    channels::NewChannel {
        kind,
        name: name.into(),
        url: Some(url.into()),
        secret: None,
        keyword: None,
        template: None,
        supervision: true,
        unit_id: None,
        person_id: None,
        address: None,
        rate_limit: None,
        rate_window_secs: None,
    }
}

fn add(db: &TestDb, input: channels::NewChannel) -> Channel {
    let ctx = Ctx::new("test", &SystemClock, TZ);
    let view = channels::add(&mut db.conn(), &ctx, input).unwrap();
    channels::by_name(&mut db.conn(), &view.name)
        .unwrap()
        .unwrap()
}

/// Queues `n` messages for `channel`, each its own text.
fn queue(db: &TestDb, channel: &Channel, n: usize, at: chrono::NaiveDateTime) {
    let mut rows = Vec::new();
    for i in 0..n {
        let text = format!("### 督办提醒 {i}\n- KP-2026-{i:02} 节点逾期");
        let key = format!("m{i}");
        rows.extend(duban::channels::queue_rows(
            &duban::channels::Message {
                channel,
                kind: "digest",
                day: at.date(),
                person_id: None,
                key: &key,
                recipient: &channel.name,
                lang: "zh-CN",
                subject: "督办提醒",
                text: &text,
                address: Some("13800138000"),
                not_before: at,
            },
            at,
        ));
    }
    duban::store::outbox::enqueue(&mut db.conn(), &rows).unwrap();
}

fn statuses(db: &TestDb) -> Vec<(String, Option<String>)> {
    ob::table
        .order(ob::id)
        .select((ob::status, ob::last_error))
        .load(&mut db.conn())
        .unwrap()
}

/// Delivers until nothing is left or `limit` passes, with the real clock.
async fn deliver_all(db: &TestDb, courier: &Courier, worker: &str, limit: Duration) -> usize {
    let clock: SharedClock = Arc::new(SystemClock);
    let started = Instant::now();
    let mut sent = 0;
    loop {
        let r = deliver_pending(&db.pool(), courier, clock.clone(), worker, 5)
            .await
            .unwrap();
        sent += r.sent;
        let waiting: i64 = ob::table
            .filter(ob::status.eq_any(["pending", "failed", "sending"]))
            .count()
            .get_result(&mut db.conn())
            .unwrap();
        if waiting == 0 || started.elapsed() > limit {
            return sent;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[actix_web::test]
async fn a_throttled_robot_gets_every_message_later_and_once() {
    for db in backends() {
        let dir = tempfile::tempdir().unwrap();
        let courier = courier(dir.path());
        // The robot allows 3 a second; the channel is told it may send 50 a second, so the
        // robot's own limit (45009) is what holds the messages back.
        let robot = Robot::wecom(
            "KEY-1",
            Rate {
                limit: 3,
                window: Duration::from_secs(1),
                ..Rate::default()
            },
        );
        let mut input = new_channel(Kind::Wecom, "建设局工作群", &robot.url);
        input.rate_limit = Some(50);
        input.rate_window_secs = Some(1);
        let channel = add(&db, input);
        queue(&db, &channel, 10, db_timestamp(SystemClock.now()));
        let sent = deliver_all(&db, &courier, "w1", Duration::from_secs(40)).await;
        assert_eq!(sent, 10, "{}: {:?}", db.name, statuses(&db));
        let got = robot.received();
        let mut texts: Vec<&str> = got.iter().map(|r| r.text.as_str()).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), 10, "{}: each message once", db.name);
        assert_eq!(got.len(), 10, "{}: none twice", db.name);
        assert!(
            robot.refusals().iter().any(|(c, _)| *c == 45009),
            "{}: the robot's limit was hit: {:?}",
            db.name,
            robot.refusals()
        );
        let attempts: Vec<i32> = ob::table.select(ob::attempts).load(&mut db.conn()).unwrap();
        assert!(
            attempts.iter().all(|a| *a == 1),
            "{}: waiting counts no attempt: {attempts:?}",
            db.name
        );
    }
}

#[actix_web::test]
async fn a_wrong_signature_is_a_dead_message_with_the_servers_reason() {
    for db in backends() {
        let dir = tempfile::tempdir().unwrap();
        let courier = courier(dir.path());
        let robot = Robot::dingtalk("TOKEN-1", "SEC-right", Some("督办"), Rate::default());
        let mut wrong = new_channel(Kind::Dingtalk, "钉钉-错", &robot.url);
        wrong.secret = Some("SEC-wrong".into());
        let wrong = add(&db, wrong);
        let mut right = new_channel(Kind::Dingtalk, "钉钉-对", &robot.url);
        right.secret = Some("SEC-right".into());
        right.keyword = Some("督办".into());
        let right = add(&db, right);
        let now = db_timestamp(SystemClock.now());
        queue(&db, &wrong, 1, now);
        queue(&db, &right, 1, now);
        let clock: SharedClock = Arc::new(SystemClock);
        let r = deliver_pending(&db.pool(), &courier, clock, "w1", 5)
            .await
            .unwrap();
        assert_eq!((r.sent, r.dead), (1, 1), "{}: {:?}", db.name, statuses(&db));
        let dead: Vec<(Option<i64>, Option<String>)> = ob::table
            .filter(ob::status.eq("dead"))
            .select((ob::channel_id, ob::last_error))
            .load(&mut db.conn())
            .unwrap();
        assert_eq!(dead.len(), 1);
        assert_eq!(dead[0].0, Some(wrong.id));
        let why = dead[0].1.clone().unwrap_or_default();
        assert!(
            why.contains("310000") && why.contains("sign not match"),
            "{why}"
        );
        assert!(!why.contains("SEC-"), "no secret in the reason: {why}");
        let got = robot.received();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].to, vec!["13800138000".to_string()], "the @ mobiles");
        assert!(
            got[0].text.contains("督办"),
            "the keyword is in the message"
        );
    }
}

#[actix_web::test]
async fn an_sms_queued_at_night_goes_in_the_morning() {
    for db in backends() {
        let dir = tempfile::tempdir().unwrap();
        let courier = courier(dir.path());
        let gateway = Robot::sms("Bearer SMS-KEY", Rate::default());
        let mut input = new_channel(Kind::Sms, "短信网关", &gateway.url);
        input.secret = Some("Bearer SMS-KEY".into());
        let channel = add(&db, input);
        // 22:00 in Beijing.
        let night = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_opt(14, 0, 0)
            .unwrap()
            .and_utc();
        let clock = Arc::new(FixedClock::new(night));
        queue(&db, &channel, 1, db_timestamp(night));
        let r = deliver_pending(&db.pool(), &courier, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!((r.sent, r.deferred), (0, 1), "{}", db.name);
        assert!(gateway.received().is_empty());
        let due: chrono::NaiveDateTime = ob::table
            .select(ob::next_attempt_at)
            .first(&mut db.conn())
            .unwrap();
        assert_eq!(
            due,
            d("2026-11-26").and_hms_opt(0, 0, 0).unwrap(),
            "{}: 08:00 in Beijing",
            db.name
        );
        clock.set(night + chrono::Duration::hours(9) + chrono::Duration::minutes(59));
        let r = deliver_pending(&db.pool(), &courier, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!(r.sent, 0, "{}: still 07:59", db.name);
        clock.set(night + chrono::Duration::hours(10));
        let r = deliver_pending(&db.pool(), &courier, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!(r.sent, 1, "{}: {:?}", db.name, statuses(&db));
        let got = gateway.received();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].to, vec!["13800138000".to_string()]);
    }
}

#[actix_web::test]
async fn two_instances_together_stay_under_a_robots_limit() {
    for db in backends() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (courier(dir.path()), courier(dir.path()));
        let rate = Rate {
            limit: 4,
            window: Duration::from_secs(1),
            ..Rate::default()
        };
        let robot = Robot::wecom("KEY-2", rate);
        let mut input = new_channel(Kind::Wecom, "督查室群", &robot.url);
        input.rate_limit = Some(4);
        input.rate_window_secs = Some(1);
        let channel = add(&db, input);
        queue(&db, &channel, 12, db_timestamp(SystemClock.now()));
        let limit = Duration::from_secs(40);
        let (x, y) = futures_util::join!(
            deliver_all(&db, &a, "instance-a", limit),
            deliver_all(&db, &b, "instance-b", limit)
        );
        assert_eq!(x + y, 12, "{}: {:?}", db.name, statuses(&db));
        assert_eq!(robot.received().len(), 12);
        assert!(
            robot.refusals().is_empty(),
            "{}: the robot never had to refuse: {:?}",
            db.name,
            robot.refusals()
        );
        assert!(robot.busiest(rate.window) <= 4);
    }
}

#[actix_web::test]
async fn a_digest_over_a_robots_bytes_arrives_whole_in_numbered_parts() {
    for db in backends() {
        let dir = tempfile::tempdir().unwrap();
        let courier = courier(dir.path());
        let robot = Robot::wecom("KEY-3", Rate::default());
        let channel = add(&db, new_channel(Kind::Wecom, "大群", &robot.url));
        let line = "- **KP-2026-07** 完成土地摘牌：逾期 3 个工作日（红灯）\n";
        let text = line.repeat(6000 / line.len() + 1);
        assert!(text.len() > 6000);
        let now = db_timestamp(SystemClock.now());
        let rows = duban::channels::queue_rows(
            &duban::channels::Message {
                channel: &channel,
                kind: "digest",
                day: now.date(),
                person_id: None,
                key: "group",
                recipient: "大群",
                lang: "zh-CN",
                subject: "督办提醒",
                text: &text,
                address: None,
                not_before: now,
            },
            now,
        );
        assert_eq!(rows.len(), 2);
        duban::store::outbox::enqueue(&mut db.conn(), &rows).unwrap();
        // Queued again (a second scan of the day): nothing more.
        assert_eq!(
            duban::store::outbox::enqueue(&mut db.conn(), &rows).unwrap(),
            0
        );
        let sent = deliver_all(&db, &courier, "w1", Duration::from_secs(20)).await;
        assert_eq!(sent, 2, "{}: {:?}", db.name, statuses(&db));
        let got = robot.received();
        assert_eq!(got.len(), 2);
        let mut parts: Vec<&str> = got.iter().map(|r| r.text.as_str()).collect();
        parts.sort();
        assert!(parts[0].starts_with("（1/2）\n") && parts[1].starts_with("（2/2）\n"));
        let joined: String = parts
            .iter()
            .map(|p| p.split_once('\n').unwrap().1)
            .collect();
        assert_eq!(joined, text);
    }
}
