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

/// The demo walked day by day through November with every unit's group on a 企业微信
/// robot, the office's group on a 钉钉 robot and the office's SMS gateway: each digest
/// mailed to a person of a unit is also in that unit's group the same day, word for word;
/// each office digest is in the office's group; each SMS goes to someone mailed that day;
/// and everything queued for a channel arrived, once.
#[actix_web::test]
async fn a_month_day_by_day_tells_each_channel_what_mail_tells() {
    use duban::db::schema::{people, units};
    use duban::scheduler::scan::{ScanConfig, scan};
    for db in backends() {
        let smtp = crate::common::smtp::SmtpServer::start();
        let anchor = d("2026-11-02");
        let clock = Arc::new(FixedClock::at_noon(anchor, TZ));
        duban::seed::demo::load(&mut db.conn(), &Ctx::new("seed", clock.as_ref(), TZ)).unwrap();
        let fast = Rate {
            limit: 10_000,
            ..Rate::default()
        };
        let wecom = Robot::wecom("UNITS", fast);
        let dingtalk = Robot::dingtalk("OFFICE", "SEC-office", None, fast);
        let gateway = Robot::sms("SMS-KEY", fast);
        // The demo's phones are office landlines (no SMS goes to one): give everyone a
        // mobile.
        let ids: Vec<i64> = people::table
            .select(people::id)
            .load(&mut db.conn())
            .unwrap();
        for id in ids {
            diesel::update(people::table.find(id))
                .set(people::phone.eq(format!("138{id:08}")))
                .execute(&mut db.conn())
                .unwrap();
        }
        let unit_ids: Vec<i64> = units::table.select(units::id).load(&mut db.conn()).unwrap();
        for id in &unit_ids {
            let mut c = new_channel(Kind::Wecom, &format!("unit-{id}"), &wecom.url);
            c.supervision = false;
            c.unit_id = Some(*id);
            c.rate_limit = Some(1000);
            add(&db, c);
        }
        let mut office = new_channel(Kind::Dingtalk, "督查室群", &dingtalk.url);
        office.secret = Some("SEC-office".into());
        office.rate_limit = Some(1000);
        add(&db, office);
        let mut sms = new_channel(Kind::Sms, "短信", &gateway.url);
        sms.secret = Some("SMS-KEY".into());
        sms.rate_limit = Some(1000);
        add(&db, sms);
        let cfg = ScanConfig {
            routes: Default::default(),
            tz: TZ,
            rules: Default::default(),
            base_url: "https://duban.example.gov.cn".into(),
            supervision: vec!["office@example.gov.cn".into()],
        };
        let courier = Courier::from(
            Mailer::from_settings(&MailSettings {
                smtp: Some(duban::config::SmtpUrl::parse(&smtp.url()).unwrap()),
                from: "督办 <duban@example.gov.cn>".parse().unwrap(),
                dir: "unused".into(),
                max_attempts: 5,
                supervision: vec![],
                base_url: "https://duban.example.gov.cn".into(),
            })
            .unwrap(),
        );
        let mut day = anchor;
        while day <= d("2026-11-30") {
            clock.set(day.and_hms_opt(2, 0, 0).unwrap().and_utc());
            scan(&mut db.conn(), &cfg, day, db_timestamp(clock.now()), false).unwrap();
            let r = deliver_pending(&db.pool(), &courier, clock.clone(), "walker", 5)
                .await
                .unwrap();
            assert_eq!(
                (r.failed, r.dead),
                (0, 0),
                "{} on {day}: {:?}",
                db.name,
                statuses(&db)
            );
            day = day.succ_opt().unwrap();
        }
        let unsent: i64 = ob::table
            .filter(ob::status.ne("sent"))
            .count()
            .get_result(&mut db.conn())
            .unwrap();
        assert_eq!(unsent, 0, "{}: {:?}", db.name, statuses(&db));

        type Row = (chrono::NaiveDate, Option<i64>, String, String, Option<i64>);
        let sent: Vec<Row> = ob::table
            .select((
                ob::day,
                ob::recipient_person_id,
                ob::kind,
                ob::body_text,
                ob::channel_id,
            ))
            .load(&mut db.conn())
            .unwrap();
        // What the robots received is exactly what was queued for them, each once.
        let mut queued: Vec<String> = sent
            .iter()
            .filter(|r| r.4.is_some())
            .map(|r| r.3.clone())
            .collect();
        let mut arrived: Vec<String> = [&wecom, &dingtalk, &gateway]
            .iter()
            .flat_map(|robot| robot.received())
            .map(|r| r.text)
            .collect();
        queued.sort();
        arrived.sort();
        assert_eq!(arrived.len(), queued.len(), "{}", db.name);
        assert!(
            arrived == queued,
            "{}: what arrived is what was queued",
            db.name
        );
        // Each channel message of a day, its parts put back together in order.
        let keyed: Vec<(String, Option<i64>, String)> = ob::table
            .filter(ob::channel_id.is_not_null())
            .select((ob::dedup_key, ob::channel_id, ob::body_text))
            .load(&mut db.conn())
            .unwrap();
        let mut whole: std::collections::BTreeMap<(String, u32), String> = Default::default();
        for (key, _, text) in &keyed {
            let (message, part) = key.rsplit_once(':').unwrap();
            let index: u32 = part.split('/').next().unwrap().parse().unwrap();
            whole.insert((message.to_string(), index), text.clone());
        }
        let mut messages: std::collections::BTreeMap<String, String> = Default::default();
        for ((message, _), text) in whole {
            let body = match text.strip_prefix('（') {
                Some(rest) if rest.contains("）\n") => {
                    rest.split_once("）\n").unwrap().1.to_string()
                }
                _ => text,
            };
            messages.entry(message).or_default().push_str(&body);
        }
        let unit_of: std::collections::HashMap<i64, Option<i64>> = people::table
            .select((people::id, people::unit_id))
            .load(&mut db.conn())
            .unwrap()
            .into_iter()
            .collect();
        let reader: std::collections::HashMap<i64, (String, String)> = people::table
            .select((people::id, people::name, people::lang))
            .load::<(i64, String, String)>(&mut db.conn())
            .unwrap()
            .into_iter()
            .map(|(id, name, lang)| (id, (name, lang)))
            .collect();
        let mut english = 0;
        let said_on = |day: chrono::NaiveDate, kind: &str| {
            let prefix = format!(":{day}:{kind}:group");
            messages
                .iter()
                .filter(|(k, _)| k.contains(&prefix))
                .map(|(_, t)| t.clone())
                .collect::<Vec<_>>()
        };
        let mut checked = 0;
        let (groups, office_group) = (wecom.received(), dingtalk.received());
        for (day, person, kind, text, channel) in &sent {
            if channel.is_some() {
                continue;
            }
            match (kind.as_str(), person) {
                ("digest", Some(p)) if unit_of.get(p).copied().flatten().is_some() => {
                    let said = said_on(*day, "group_digest");
                    let (name, lang) = &reader[p];
                    if lang == "en" {
                        // An English reader's lines are in the group in Chinese.
                        let section = format!("#### {name}");
                        assert!(
                            said.iter()
                                .any(|g| g.contains(&section) && !g.contains("working day")),
                            "{}: {day}: {name}'s lines are not in the group in Chinese",
                            db.name
                        );
                        english += 1;
                    } else {
                        assert!(
                            said.iter().any(|g| g.contains(text.trim())),
                            "{}: {day}: the group did not get what person {p} was mailed",
                            db.name
                        );
                    }
                    checked += 1;
                }
                ("supervision_digest", None) => {
                    let said = said_on(*day, "supervision_digest");
                    assert!(
                        said.iter().any(|g| g.contains(text.trim())),
                        "{}: {day}: the office's group missed its digest",
                        db.name
                    );
                    checked += 1;
                }
                _ => {}
            }
        }
        assert!(checked > 10, "{}: only {checked} mails to compare", db.name);
        assert!(
            !gateway.received().is_empty(),
            "{}: leaders were told by SMS",
            db.name
        );
        for m in gateway.received() {
            let mobile = &m.to[0];
            let person: i64 = people::table
                .filter(people::phone.eq(mobile))
                .select(people::id)
                .first(&mut db.conn())
                .unwrap();
            assert!(
                sent.iter()
                    .any(|r| r.1 == Some(person) && r.4.is_none() && r.2 == "digest"),
                "{}: an SMS to {mobile}, who was mailed nothing",
                db.name
            );
            assert!(m.text.chars().count() <= 140 && m.text.contains("/my"));
        }
        eprintln!(
            "{}: {} mails compared ({} to English readers), {} group messages, {} office \
             messages, {} SMS",
            db.name,
            checked,
            english,
            groups.len(),
            office_group.len(),
            gateway.received().len()
        );
    }
}

/// What the routes decide on one working day of the demo, read off the outbox:
/// - the office's digest reaches its group although the office has no mail address (it
///   was composed only when the office had one);
/// - a person with no mail address is reached in their unit's group, not named unreachable;
/// - with the routes `unit` only, a recipient's mail is left out where the group reached
///   them, and kept where their unit has no group (told by mail, never not at all);
/// - an English reader's lines are in the group in Chinese: one language a message.
#[test]
fn the_routes_reach_the_office_group_and_people_mail_cannot() {
    use duban::db::schema::people;
    use duban::domain::channel::{Routes, Target};
    use duban::scheduler::scan::{ScanConfig, scan};
    for db in backends() {
        let day = d("2026-11-25");
        let clock = FixedClock::at_noon(day, TZ);
        duban::seed::demo::load(&mut db.conn(), &Ctx::new("seed", &clock, TZ)).unwrap();
        let now = db_timestamp(clock.now());
        let cfg = |routes: Routes| ScanConfig {
            routes,
            tz: TZ,
            rules: Default::default(),
            base_url: "https://duban.example.gov.cn".into(),
            supervision: vec![],
        };
        // Who the day's digests are for, and their units.
        let dry = scan(&mut db.conn(), &cfg(Routes::default()), day, now, true).unwrap();
        let told: Vec<(i64, String, Option<i64>)> = people::table
            .filter(people::email.eq_any(dry.messages.iter().map(|m| m.to.clone())))
            .filter(people::unit_id.is_not_null())
            .order(people::id)
            .select((people::id, people::name, people::unit_id))
            .load(&mut db.conn())
            .unwrap();
        assert!(told.len() >= 2, "{}: {told:?}", db.name);
        let (quiet_id, quiet_name, unit) = told[0].clone();
        assert!(
            told.iter().any(|t| t.2 != unit),
            "{}: someone of another unit is told too",
            db.name
        );
        diesel::update(people::table.find(quiet_id))
            .set((people::email.eq(None::<String>), people::lang.eq("en")))
            .execute(&mut db.conn())
            .unwrap();
        let mut group = new_channel(
            Kind::Wecom,
            "单位群",
            "http://127.0.0.1:9/cgi-bin/webhook/send?key=K",
        );
        group.supervision = false;
        group.unit_id = unit;
        let group = add(&db, group);
        let office = add(
            &db,
            new_channel(
                Kind::Wecom,
                "督查室群",
                "http://127.0.0.1:9/cgi-bin/webhook/send?key=O",
            ),
        );
        let routes = Routes {
            person: vec![Target::Unit],
            unit_head: vec![Target::Unit],
            leader: vec![Target::Unit],
            ..Routes::default()
        };
        let report = scan(&mut db.conn(), &cfg(routes), day, now, false).unwrap();
        assert!(
            !report.unreachable.contains(&quiet_name),
            "{}: {quiet_name} is in the group: {:?}",
            db.name,
            report.unreachable
        );
        let rows: Vec<(Option<i64>, String, String, String)> = ob::table
            .select((ob::channel_id, ob::kind, ob::recipient_email, ob::body_text))
            .load(&mut db.conn())
            .unwrap();
        let office_rows: Vec<_> = rows.iter().filter(|r| r.0 == Some(office.id)).collect();
        assert!(
            office_rows.iter().any(|r| r.1 == "supervision_digest"),
            "{}: the office's group hears its digest without a mail address",
            db.name
        );
        let in_group: String = rows
            .iter()
            .filter(|r| r.0 == Some(group.id))
            .map(|r| r.3.clone())
            .collect();
        assert!(
            in_group.contains(&format!("#### {quiet_name}")),
            "{}",
            db.name
        );
        assert!(
            !in_group.contains("working day") && !in_group.contains("Duban"),
            "{}: the group's message is in Chinese only",
            db.name
        );
        let mailed: Vec<&str> = rows
            .iter()
            .filter(|r| r.0.is_none() && r.1 == "digest")
            .map(|r| r.2.as_str())
            .collect();
        let email_of = |id: i64| -> Option<String> {
            people::table
                .find(id)
                .select(people::email)
                .first(&mut db.conn())
                .unwrap()
        };
        for (id, name, u) in &told {
            let address = email_of(*id);
            let got_mail = address.as_deref().is_some_and(|a| mailed.contains(&a));
            if *u == unit {
                assert!(
                    !got_mail,
                    "{}: {name} was told in the group, not by mail",
                    db.name
                );
            } else {
                assert!(
                    got_mail,
                    "{}: {name}'s unit has no group: mail stays",
                    db.name
                );
            }
        }
    }
}

/// `duban channel add|list|test|remove` as an operator runs them, on both backends: a bad
/// channel is refused naming the field and changes nothing; the secret is read from
/// standard input and never shown again; `test` goes through the robot and says what it
/// answered; `remove` frees the name.
#[test]
fn the_channel_commands_add_list_test_and_remove() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    for db in backends() {
        let url = match &db.url {
            duban::db::DbUrl::Postgres(u) => u.clone(),
            duban::db::DbUrl::Sqlite(p) => format!("sqlite://{}", p.display()),
        };
        let dir = tempfile::tempdir().unwrap();
        let run = |args: &[&str], stdin: Option<&str>| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_duban"));
            c.current_dir(dir.path());
            for (k, _) in std::env::vars() {
                if k.starts_with("DUBAN_") {
                    c.env_remove(k);
                }
            }
            let mut child = c
                .env("DUBAN_LOG", "warn")
                .env("DUBAN_DATABASE_URL", &url)
                .env("DUBAN_MAIL_DIR", dir.path().join("mail"))
                .args(["channel"])
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut input = child.stdin.take().unwrap();
            input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
            drop(input);
            let out = child.wait_with_output().unwrap();
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        };
        let robot = Robot::dingtalk("TOKEN-CLI", "SEC-cli", Some("督办"), Rate::default());
        let count = |db: &TestDb| -> i64 {
            duban::db::schema::channels::table
                .count()
                .get_result(&mut db.conn())
                .unwrap()
        };

        let dingtalk = |name: &str, url: &str, more: &[&str], stdin: Option<&str>| {
            let args = [
                &["add", "--kind", "dingtalk", "--name", name, "--url", url][..],
                more,
            ];
            run(&args.concat(), stdin)
        };
        let (code, _, err) = dingtalk("督查室群", "ftp://x", &["--supervision"], None);
        assert_eq!(code, 1, "{}: {err}", db.name);
        assert!(err.contains("url:"), "{err}");
        let (code, _, err) = dingtalk("无主", &robot.url, &[], None);
        assert_ne!(code, 0);
        assert!(
            err.contains("--supervision"),
            "clap names the owners: {err}"
        );
        assert_eq!(count(&db), 0, "{}: a refusal changes nothing", db.name);

        let more = ["--secret", "-", "--keyword", "督办", "--supervision"];
        let (code, out, err) = dingtalk("督查室群", &robot.url, &more, Some("SEC-cli\n"));
        assert_eq!(code, 0, "{}: {err}", db.name);
        assert!(out.contains("督查室群"), "{out}");
        let (code, out, _) = run(&["list"], None);
        assert_eq!(code, 0);
        assert!(
            out.contains("督查室群") && out.contains("secret set"),
            "{out}"
        );
        assert!(
            !out.contains("SEC-cli") && !out.contains("TOKEN-CLI"),
            "masked: {out}"
        );

        let (code, out, err) = run(&["test", "督查室群"], None);
        assert_eq!(code, 0, "{}: {err}", db.name);
        assert!(out.contains("test message sent through 督查室群"), "{out}");
        let got = robot.received();
        assert_eq!(got.len(), 1);
        assert!(got[0].text.contains("渠道畅通") && got[0].text.contains("督办"));

        let more = ["--secret", "SEC-wrong", "--supervision"];
        let (code, _, err) = dingtalk("错签名", &robot.url, &more, None);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = run(&["test", "错签名"], None);
        assert_eq!(code, 1);
        assert!(
            err.contains("310000") && err.contains("sign not match"),
            "{err}"
        );
        assert!(!err.contains("SEC-"), "{err}");

        let (code, out, err) = run(&["remove", "督查室群"], None);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("removed"), "{out}");
        let (_, out, _) = run(&["list"], None);
        assert!(!out.contains("督查室群"), "{out}");
        let (code, _, err) = run(&["test", "督查室群"], None);
        assert_eq!(code, 1);
        assert!(err.contains("not found"), "{err}");
    }
}

/// `/api/v1/channels` over real HTTP handling (actix), on both backends: bad values are
/// refused naming each field and change nothing; a secret is never shown again, the key in
/// a URL masked; a test is queued, delivered by the one courier and read back from the
/// outbox; a removed channel is gone.
#[actix_web::test]
async fn the_channels_api_refuses_bad_values_and_never_shows_a_secret() {
    use crate::common::{app, assert_error, call};
    use actix_web::http::StatusCode;
    use serde_json::json;
    for db in backends() {
        let app = app(db.state("2026-11-25")).await;
        let before = statuses(&db);
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/channels",
            Some(
                json!({"kind": "sms", "name": " ", "url": "ftp://x", "unit_id": 1,
                        "supervision": true, "rate_limit": 0, "address": "1234"}),
            ),
        )
        .await;
        let fields = assert_error(
            s,
            &body,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        );
        for f in ["name", "url", "owner", "rate_limit", "address"] {
            assert!(fields.get(f).is_some(), "{}: {f} in {fields}", db.name);
        }
        let (s, body) = call(
            &app,
            "POST",
            "/api/v1/channels",
            Some(json!({"kind": "fax", "name": "传真", "url": "http://x", "supervision": true})),
        )
        .await;
        assert!(s.is_client_error(), "{s}: {body}");
        assert!(body.to_string().contains("kind"), "{body}");
        let count = |db: &TestDb| -> i64 {
            duban::db::schema::channels::table
                .count()
                .get_result(&mut db.conn())
                .unwrap()
        };
        assert_eq!(count(&db), 0, "{}: refusals add nothing", db.name);
        assert_eq!(statuses(&db), before);

        let robot = Robot::wecom("KEY-API", Rate::default());
        let group =
            json!({"kind": "wecom", "name": "督查室群", "url": robot.url, "supervision": true});
        let (s, made) = call(&app, "POST", "/api/v1/channels", Some(group.clone())).await;
        assert_eq!(s, StatusCode::CREATED, "{made}");
        assert!(made["url"].as_str().unwrap().ends_with("?key=…"), "{made}");
        assert!(!made.to_string().contains("KEY-API"), "{made}");
        let id = made["id"].as_i64().unwrap();
        let (s, dup) = call(&app, "POST", "/api/v1/channels", Some(group)).await;
        assert_error(s, &dup, StatusCode::CONFLICT, "duplicate");
        let (s, list) = call(&app, "GET", "/api/v1/channels", None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(list.as_array().map(Vec::len), Some(1));
        assert!(!list.to_string().contains("KEY-API"), "{list}");

        let (s, queued) = call(
            &app,
            "POST",
            &format!("/api/v1/channels/{id}/test"),
            Some(json!({})),
        )
        .await;
        assert_eq!(s, StatusCode::ACCEPTED, "{queued}");
        let outbox_id = queued["outbox_id"].as_i64().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let r = deliver_pending(
            &db.pool(),
            &courier(dir.path()),
            Arc::new(SystemClock),
            "w",
            5,
        )
        .await
        .unwrap();
        assert_eq!(r.sent, 1, "{}: {:?}", db.name, statuses(&db));
        let (s, row) = call(&app, "GET", &format!("/api/v1/outbox/{outbox_id}"), None).await;
        assert_eq!(
            (s, row["status"].as_str()),
            (StatusCode::OK, Some("sent")),
            "{row}"
        );
        assert_eq!(row["channel_id"].as_i64(), Some(id));
        assert!(robot.received()[0].text.contains("渠道畅通"));

        let (s, _) = call(&app, "DELETE", &format!("/api/v1/channels/{id}"), None).await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (s, gone) = call(&app, "GET", &format!("/api/v1/channels/{id}"), None).await;
        assert_error(s, &gone, StatusCode::NOT_FOUND, "not_found");
    }
}

/// An SMS about one matter carries its signed one-click link, as the mail does; about
/// several, or when the link would not fit two segments, the person's start page.
#[test]
fn an_sms_about_one_matter_carries_its_one_click_link() {
    use duban::domain::channel::{Audience, Routes, Target};
    use duban::scheduler::reach::{Addresses, Digest, reach};
    let now = d("2026-11-25").and_hms_opt(2, 0, 0).unwrap();
    let gateway = Channel {
        id: 1,
        name: "短信".into(),
        kind: "sms".into(),
        url: "http://127.0.0.1:9/sms".into(),
        secret: None,
        keyword: None,
        template: None,
        owner: "supervision".into(),
        unit_id: None,
        person_id: None,
        address: None,
        rate_limit: 20,
        rate_window_secs: 60,
        blocked_until: None,
        created_at: now,
        removed_at: None,
    };
    let link = "https://duban.example.gov.cn/act/abc123";
    let item = |complete: Option<&str>| serde_json::json!({"project_code": "KP-1", "links": complete.map(|c| serde_json::json!({"complete": c}))});
    let digest = |items: Vec<serde_json::Value>| Digest {
        person_id: Some(7),
        name: "李娜".into(),
        lang: "zh-CN".into(),
        audience: Audience::Person,
        kind: "digest",
        subject: "督办提醒".into(),
        text: String::new(),
        group_text: String::new(),
        items,
    };
    let phone = |p: &str| {
        std::collections::HashMap::from([(
            7,
            Addresses {
                unit_id: None,
                phone: Some(p.into()),
            },
        )])
    };
    let people = phone("+86 138 0013 8000");
    let routes = Routes {
        person: vec![Target::Sms],
        ..Routes::default()
    };
    let base = "https://duban.example.gov.cn";
    let planned = |people: &std::collections::HashMap<i64, Addresses>, d: &Digest| {
        let channels = std::slice::from_ref(&gateway);
        reach(channels, people, &routes, base, now.date(), now, &[d]).unwrap()
    };
    let sent = |d: Digest| {
        let r = planned(&people, &d);
        assert_eq!(r.rows.len(), 1);
        assert_eq!(r.rows[0].address.as_deref(), Some("13800138000"));
        r.rows[0].body_text.clone()
    };
    assert!(sent(digest(vec![item(Some(link))])).contains(link));
    let two = sent(digest(vec![item(Some(link)), item(None)]));
    assert!(two.contains("/my") && two.contains('2'), "{two}");
    let long = format!("{link}{}", "x".repeat(140));
    let text = sent(digest(vec![item(Some(&long))]));
    assert!(
        text.ends_with("/my") && text.chars().count() <= 140,
        "{text}"
    );
    // A landline is no mobile: no SMS, so the routes keep the mail.
    let r = planned(&phone("0395-3361011"), &digest(vec![item(Some(link))]));
    assert!(r.rows.is_empty() && r.on_channel.is_empty());
    assert!(routes.by_mail(Audience::Person, false));
}
