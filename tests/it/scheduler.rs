//! The scheduler with real parts: real SQLite and PostgreSQL, a real SMTP server on
//! loopback (aiosmtpd), lettre's pooled SMTP transport, and a clock moved by hand.
//! Every case asserts exact counts of delivered messages.

use crate::common;

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use common::smtp::SmtpServer;
use common::*;
use diesel::prelude::*;
use duban::clock::{Clock, FixedClock, db_timestamp};
use duban::config::{MailSettings, SmtpUrl};
use duban::courier::Courier;
use duban::mail::Mailer;
use duban::scheduler::deliver::{LEASE, deliver_pending};
use duban::scheduler::runner::run_daily;
use duban::scheduler::scan::{ScanConfig, scan};
use duban::store::{Ctx, outbox};

fn mail_settings(smtp: &SmtpServer) -> MailSettings {
    MailSettings {
        smtp: Some(SmtpUrl::parse(&smtp.url()).unwrap()),
        from: "督办 <duban@example.gov.cn>".parse().unwrap(),
        dir: std::path::PathBuf::from("unused"),
        max_attempts: 5,
        supervision: vec![],
        base_url: "https://duban.example.gov.cn".into(),
    }
}

fn cfg(supervision: &[&str]) -> ScanConfig {
    ScanConfig {
        routes: Default::default(),
        tz: TZ,
        rules: Default::default(),
        base_url: "https://duban.example.gov.cn".into(),
        supervision: supervision.iter().map(|s| s.to_string()).collect(),
    }
}

fn clock(day: &str) -> Arc<FixedClock> {
    Arc::new(FixedClock::at_noon(d(day), TZ))
}

fn demo(db: &TestDb, anchor: &str) {
    let c = clock(anchor);
    duban::seed::demo::load(&mut db.conn(), &Ctx::new("seed", c.as_ref(), TZ)).unwrap();
}

#[actix_web::test]
async fn demo_scan_delivers_each_digest_once_and_a_rerun_adds_nothing() {
    for db in backends() {
        let smtp = SmtpServer::start();
        demo(&db, "2026-11-25");
        let clock = clock("2026-11-25");
        let now = db_timestamp(clock.now());
        let mut conn = db.conn();
        let report = scan(
            &mut conn,
            &cfg(&["dcs@example.gov.cn"]),
            d("2026-11-25"),
            now,
            false,
        )
        .unwrap();
        assert!(report.enqueued >= 8, "{}: {report:?}", db.name);
        assert_eq!(report.enqueued, report.messages.len());

        let mailer = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
        let pool = db.pool();
        let sent = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!((sent.sent, sent.failed, sent.dead), (report.enqueued, 0, 0));

        let got = smtp.received();
        assert_eq!(got.len(), report.enqueued);
        let recipients: HashSet<&str> = got.iter().map(|m| m.to.as_str()).collect();
        assert_eq!(recipients.len(), got.len(), "one digest per recipient");
        for m in &got {
            assert!(
                m.subject.starts_with("【督办提醒】") || m.subject.starts_with("[Duban]"),
                "{}",
                m.subject
            );
            assert!(m.text.contains("KP-2026-"), "{}", m.text);
            assert!(m.html.contains("<table"), "HTML alternative");
        }
        let supervision = got
            .iter()
            .find(|m| m.to.contains("dcs@example.gov.cn"))
            .expect("supervision digest");
        assert!(supervision.text.contains("全区重点项目督办事项"));
        assert_eq!(
            supervision.text.matches("已逾期 ").count(),
            report.overdue,
            "every overdue milestone is listed"
        );

        // The outbox records the Message-ID each recipient received.
        let ids: HashSet<String> = outbox::list(
            &mut conn,
            &outbox::OutboxFilter {
                limit: Some(1000),
                ..Default::default()
            },
        )
        .unwrap()
        .items
        .into_iter()
        .filter_map(|r| r.message_id)
        .collect();
        let got_ids: HashSet<String> = got.iter().map(|m| m.message_id.clone()).collect();
        assert_eq!(ids, got_ids);

        let again = scan(
            &mut conn,
            &cfg(&["dcs@example.gov.cn"]),
            d("2026-11-25"),
            now,
            false,
        )
        .unwrap();
        assert_eq!(
            (again.enqueued, again.flags_raised),
            (0, 0),
            "a re-run adds nothing"
        );
        let sent = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!(sent.sent, 0);
        assert_eq!(smtp.received().len(), report.enqueued);
    }
}

#[actix_web::test]
async fn smtp_outage_then_recovery_delivers_everything_exactly_once() {
    for db in backends() {
        let mut smtp = SmtpServer::down();
        demo(&db, "2026-11-25");
        let clock = clock("2026-11-25");
        let n = scan(
            &mut db.conn(),
            &cfg(&[]),
            d("2026-11-25"),
            db_timestamp(clock.now()),
            false,
        )
        .unwrap()
        .enqueued;
        assert!(n > 0);
        let mailer = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
        let pool = db.pool();

        let r = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!((r.sent, r.failed), (0, n), "{}", db.name);
        let s = outbox::status(&mut db.conn()).unwrap();
        assert_eq!((s.failed, s.pending, s.sent), (n as i64, 0, 0));

        smtp.up();
        let r = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!(r.sent, 0, "retries wait for their backoff");
        clock.set(clock.now() + Duration::minutes(2));
        let r = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!((r.sent, r.failed), (n, 0));
        let r = deliver_pending(&pool, &mailer, clock.clone(), "w1", 5)
            .await
            .unwrap();
        assert_eq!(r.sent, 0);
        let got = smtp.received();
        assert_eq!(got.len(), n);
        assert_eq!(got.iter().map(|m| &m.to).collect::<HashSet<_>>().len(), n);
        let rows = outbox::list(
            &mut db.conn(),
            &outbox::OutboxFilter {
                limit: Some(1000),
                ..Default::default()
            },
        )
        .unwrap();
        assert!(
            rows.items
                .iter()
                .all(|r| r.status == "sent" && r.attempts == 2),
            "one failed attempt, then sent"
        );
    }
}

/// Rows claimed by a worker that then holds none of them: either it died before sending
/// (another worker takes them when the lease runs out), or the claim was committed but its
/// answer never reached the worker (the connection cut at the commit, as in a database
/// restart), and then its own next round takes them back at once, the attempt not counted.
#[actix_web::test]
async fn a_claim_nobody_sends_is_taken_after_its_lease_or_by_its_worker_at_once() {
    for worker_lives in [false, true] {
        for db in backends() {
            let smtp = SmtpServer::start();
            demo(&db, "2026-11-25");
            let clock = clock("2026-11-25");
            let now = db_timestamp(clock.now());
            let n = scan(&mut db.conn(), &cfg(&[]), d("2026-11-25"), now, false)
                .unwrap()
                .enqueued;
            assert!(n > 0);
            let claimed = outbox::claim(&mut db.conn(), now, LEASE, "w1", 1000).unwrap();
            assert_eq!(claimed.len(), n);
            let mailer = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
            let pool = db.pool();
            let r = deliver_pending(&pool, &mailer, clock.clone(), "w2", 5)
                .await
                .unwrap();
            assert_eq!(
                r.sent, 0,
                "{}: another worker leaves the claim alone",
                db.name
            );
            let r = if worker_lives {
                deliver_pending(&pool, &mailer, clock.clone(), "w1", 5).await
            } else {
                clock.set(clock.now() + LEASE + Duration::seconds(1));
                deliver_pending(&pool, &mailer, clock.clone(), "w2", 5).await
            };
            assert_eq!(
                r.unwrap().sent,
                n,
                "{} (worker lives: {worker_lives})",
                db.name
            );
            assert_eq!(smtp.received().len(), n);
            use duban::db::schema::outbox as t;
            let attempts: Vec<i32> = t::table.select(t::attempts).load(&mut db.conn()).unwrap();
            let counted = if worker_lives { 1 } else { 2 };
            assert!(
                attempts.iter().all(|a| *a == counted),
                "{}: {attempts:?}, a claim given back counts no attempt",
                db.name
            );
        }
    }
}

/// The day's run claimed in an instance's name, the answer lost (the connection cut at the
/// commit): that instance takes its own unfinished claim again on its next round instead of
/// waiting out the run's lease, while any other instance still waits.
#[test]
fn a_day_claimed_but_never_answered_is_run_by_its_claimant_at_once() {
    use duban::scheduler::runner::{DAILY_SCAN, claim_run};
    for db in backends() {
        demo(&db, "2026-11-25");
        let now = db_timestamp(clock("2026-11-25").now());
        let day = d("2026-11-25");
        let mut conn = db.conn();
        assert!(claim_run(&mut conn, DAILY_SCAN, day, "a", now).unwrap());
        let later = now + Duration::seconds(30);
        assert!(
            !claim_run(&mut conn, DAILY_SCAN, day, "b", later).unwrap(),
            "{}: another instance leaves a's claim alone",
            db.name
        );
        let report = run_daily(&mut conn, &cfg(&[]), day, "a", later).unwrap();
        assert!(report.is_some(), "{}: a runs the day it claimed", db.name);
        assert!(
            !claim_run(&mut conn, DAILY_SCAN, day, "a", later).unwrap(),
            "{}: a finished day is not run again, even by its claimant",
            db.name
        );
    }
}

#[actix_web::test]
async fn two_schedulers_racing_on_postgres_send_each_reminder_once() {
    let Ok(admin) = std::env::var("DUBAN_TEST_PG_URL") else {
        if std::env::var("DUBAN_TEST_REQUIRE_PG").as_deref() == Ok("1") {
            panic!("DUBAN_TEST_REQUIRE_PG=1 but DUBAN_TEST_PG_URL is unset");
        }
        eprintln!("\n*** SKIPPED: two_schedulers_racing_on_postgres needs DUBAN_TEST_PG_URL ***\n");
        return;
    };
    let db = Arc::new(TestDb::postgres(&admin));
    demo(&db, "2026-11-25");
    let smtp = SmtpServer::start();
    let clock = clock("2026-11-25");
    let now = db_timestamp(clock.now());
    let day = d("2026-11-25");

    // Both claim the day's run; exactly one runs it.
    let runs: Vec<bool> = (0..2)
        .map(|i| {
            let db = db.clone();
            std::thread::spawn(move || {
                run_daily(
                    &mut db.conn(),
                    &cfg(&[]),
                    day,
                    &format!("instance-{i}"),
                    now,
                )
                .unwrap()
                .is_some()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    assert_eq!(runs.iter().filter(|r| **r).count(), 1, "{runs:?}");
    let n = outbox::status(&mut db.conn()).unwrap().pending as usize;
    assert!(n > 0);

    // Even scans that bypass the run lease cannot queue a second copy.
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let db = db.clone();
            std::thread::spawn(move || {
                scan(&mut db.conn(), &cfg(&[]), day, now, false)
                    .unwrap()
                    .enqueued
            })
        })
        .collect();
    let extra: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(extra, 0);

    // Two delivery workers with their own pools split the work without overlap.
    let m1 = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
    let m2 = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
    let (p1, p2) = (db.pool(), db.pool());
    let (r1, r2) = futures_util::join!(
        deliver_pending(&p1, &m1, clock.clone(), "w1", 5),
        deliver_pending(&p2, &m2, clock.clone(), "w2", 5)
    );
    assert_eq!(r1.unwrap().sent + r2.unwrap().sent, n);
    let got = smtp.received();
    assert_eq!(got.len(), n);
    assert_eq!(got.iter().map(|m| &m.to).collect::<HashSet<_>>().len(), n);
}

/// A month walked day by day. One milestone due Friday 13 November 2026 (no holidays that
/// month); the responsible person changes on Wednesday 18 November. The reminder days below
/// are worked out by hand from the default rules:
/// - before: 5, 2 and 0 working days ahead → 6, 11 and 13 Nov;
/// - overdue working days: 16 Nov = 1, 17 = 2, 18 = 3, 19 = 4, 20 = 5, 23 = 6, 24 = 7,
///   25 = 8, 26 = 9, 27 = 10, 30 = 11;
/// - the person on days 1, 4, 7, 10 (16, 19, 24, 27 Nov), the unit head from day 3 every 3
///   (18, 23, 26), the leader from day 5 every 3 (20, 25, 30);
/// - after the handover the new person hears on the person's days, and the person who held
///   it when it fell due keeps hearing too.
#[actix_web::test]
async fn a_month_day_by_day_tells_each_person_on_the_right_days() {
    for db in backends() {
        let smtp = SmtpServer::start();
        let clock = clock("2026-11-02");
        let mut conn = db.conn();
        let ctx = |c: &FixedClock| Ctx::new("walk", c, TZ);
        use duban::store::{milestones, people, projects, units};
        let unit = units::create(
            &mut conn,
            &ctx(&clock),
            units::NewUnit {
                name: "规划建设局".into(),
                head_person_id: None,
                contact_email: None,
            },
        )
        .unwrap();
        let person = |conn: &mut duban::db::DbConn, name: &str, email: &str, lang: &str| {
            people::create(
                conn,
                &ctx(&clock),
                people::NewPerson {
                    name: name.into(),
                    title: None,
                    unit_id: Some(unit.id),
                    email: Some(email.into()),
                    phone: None,
                    lang: Some(lang.into()),
                    active: None,
                },
            )
            .unwrap()
            .id
        };
        let head = person(&mut conn, "赵局长", "head@example.gov.cn", "zh-CN");
        let leader = person(&mut conn, "孙区长", "leader@example.gov.cn", "zh-CN");
        let old = person(&mut conn, "李娜", "old@example.gov.cn", "zh-CN");
        let new = person(&mut conn, "Wang Qiang", "new@example.gov.cn", "en");
        units::update(
            &mut conn,
            &ctx(&clock),
            unit.id,
            units::UnitPatch {
                head_person_id: Some(head),
                ..Default::default()
            },
        )
        .unwrap();
        projects::create(
            &mut conn,
            &ctx(&clock),
            projects::NewProject {
                code: "W-1".into(),
                name: "滨河路改造".into(),
                category: duban::domain::project::Category::Infrastructure,
                level: duban::domain::project::Level::District,
                location: None,
                description: None,
                total_investment: 1,
                planned_start: d("2026-01-01"),
                planned_finish: d("2026-12-31"),
                stage: None,
                stage_on: Some(d("2026-01-01")),
                leader_id: leader,
                unit_id: unit.id,
                person_id: old,
                assigned_on: Some(d("2026-01-01")),
            },
        )
        .unwrap();
        milestones::create(
            &mut conn,
            &ctx(&clock),
            milestones::NewMilestone {
                project_code: "W-1".into(),
                title: "主体结构封顶".into(),
                due: d("2026-11-13"),
                ordinal: None,
            },
        )
        .unwrap();

        let mailer = Courier::from(Mailer::from_settings(&mail_settings(&smtp)).unwrap());
        let pool = db.pool();
        let mut day = d("2026-11-02");
        while day <= d("2026-11-30") {
            clock.set(FixedClock::at_noon(day, TZ).now());
            if day == d("2026-11-18") {
                projects::assign(
                    &mut conn,
                    &ctx(&clock),
                    "W-1",
                    projects::AssignInput {
                        person_id: Some(new),
                        effective_on: Some(day),
                        ..Default::default()
                    },
                )
                .unwrap();
            }
            run_daily(
                &mut conn,
                &cfg(&[]),
                day,
                "walker",
                db_timestamp(clock.now()),
            )
            .unwrap();
            deliver_pending(&pool, &mailer, clock.clone(), "walker", 5)
                .await
                .unwrap();
            day += Duration::days(1);
        }

        let rows = outbox::list(
            &mut conn,
            &outbox::OutboxFilter {
                limit: Some(1000),
                ..Default::default()
            },
        )
        .unwrap()
        .items;
        let mut days: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for r in &rows {
            assert_eq!(r.status, "sent");
            days.entry(r.recipient_email.clone())
                .or_default()
                .push(chrono::Datelike::day(&r.day));
        }
        for v in days.values_mut() {
            v.sort();
        }
        let want: BTreeMap<String, Vec<u32>> = [
            ("old@example.gov.cn", vec![6, 11, 13, 16, 19, 24, 27]),
            ("new@example.gov.cn", vec![19, 24, 27]),
            ("head@example.gov.cn", vec![18, 23, 26]),
            ("leader@example.gov.cn", vec![20, 25, 30]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        assert_eq!(days, want, "{}", db.name);

        let got = smtp.received();
        assert_eq!(got.len(), rows.len(), "every queued mail arrived once");
        let first_new = got
            .iter()
            .find(|m| m.to.contains("new@example.gov.cn"))
            .unwrap();
        assert!(
            first_new.subject.starts_with("[Duban] 1 overdue"),
            "{}",
            first_new.subject
        );
        assert!(
            first_new.text.contains("Responsible when due: person 李娜"),
            "{}",
            first_new.text
        );
        let leader_mail = got
            .iter()
            .find(|m| m.to.contains("leader@example.gov.cn"))
            .unwrap();
        assert!(
            leader_mail.text.contains("督办层级：责任领导"),
            "{}",
            leader_mail.text
        );
        let due_day = rows.iter().find(|r| r.day == d("2026-11-13")).unwrap();
        assert!(
            due_day.body_text.contains("今日到期"),
            "{}",
            due_day.body_text
        );
        let weekend: Vec<NaiveDate> = rows
            .iter()
            .map(|r| r.day)
            .filter(|d| chrono::Datelike::weekday(d).number_from_monday() > 5)
            .collect();
        assert!(weekend.is_empty(), "no mail on weekends: {weekend:?}");
    }
}

#[actix_web::test]
async fn each_reminder_is_linked_to_the_projects_it_is_about() {
    use duban::domain::rules::Light;
    use duban::store::projects::{self, ProjectFilter};
    for db in backends() {
        demo(&db, "2026-11-25");
        let now = db_timestamp(clock("2026-11-25").now());
        let mut conn = db.conn();
        let cfg = cfg(&["dcs@example.gov.cn"]);
        scan(&mut conn, &cfg, d("2026-11-25"), now, false).unwrap();
        let all = projects::list(
            &mut conn,
            &system_on("2026-11-25"),
            &Default::default(),
            &ProjectFilter {
                limit: Some(100),
                ..Default::default()
            },
        )
        .unwrap()
        .items;
        let (mut red, mut green) = (0, 0);
        for s in &all {
            let rows = outbox::about_project(&mut conn, s.project.id, 50).unwrap();
            match s.light {
                // Overdue: a personal digest (to whoever the escalation has reached) and the
                // office's digest are about it.
                Light::Red => {
                    red += 1;
                    let holders = [s.leader.as_ref(), s.person.as_ref()]
                        .into_iter()
                        .flatten()
                        .map(|p| p.id)
                        .collect::<Vec<_>>();
                    let to: Vec<_> = rows
                        .iter()
                        .map(|r| (&r.kind, r.recipient_person_id))
                        .collect();
                    assert!(
                        rows.iter()
                            .any(|r| r.kind == "digest"
                                && r.recipient_person_id.is_some_and(|p| holders.contains(&p)
                                    || r.body_text.contains(&s.project.code))),
                        "{}: {to:?}",
                        s.project.code
                    );
                    assert!(rows.iter().any(|r| r.kind == "supervision_digest"));
                    assert!(rows.iter().all(|r| r.body_text.contains(&s.project.code)));
                }
                // Nothing due soon or overdue: no message is about it.
                Light::Green => {
                    green += 1;
                    assert!(
                        rows.is_empty(),
                        "{}: {} messages",
                        s.project.code,
                        rows.len()
                    );
                }
                Light::Yellow => assert!(
                    rows.iter().all(|r| r.body_text.contains(&s.project.code)) && !rows.is_empty(),
                    "{}",
                    s.project.code
                ),
            }
        }
        assert!(red > 0 && green > 0, "{}: the demo has both", db.name);

        // A second scan of the day queues nothing and links nothing again.
        let links = |conn: &mut duban::db::DbConn| -> usize {
            all.iter()
                .map(|s| {
                    outbox::about_project(conn, s.project.id, 500)
                        .unwrap()
                        .len()
                })
                .sum()
        };
        let before = links(&mut conn);
        let again = scan(&mut conn, &cfg, d("2026-11-25"), now, false).unwrap();
        assert_eq!(again.enqueued, 0);
        let after = links(&mut conn);
        assert_eq!(before, after);
    }
}

/// Two milestones of one project with the same title and due date are two lines of the
/// digest, not one; a scan that fails leaves its day unclaimed, so the next run (of this or
/// another instance) takes it at once instead of after the lease.
#[actix_web::test]
async fn namesakes_are_two_lines_and_a_failed_scan_leaves_its_day_to_the_next_run() {
    for db in backends() {
        let app = app(db.state("2026-11-20")).await;
        fixture(&app).await;
        // The fixture's first milestone, again: same project, title and due date.
        let (s, m) = call(
            &app,
            "POST",
            "/api/v1/milestones",
            Some(serde_json::json!({"project_code": "T-1", "title": "完成土地摘牌", "due": "2026-03-31"})),
        )
        .await;
        assert_eq!(s, actix_web::http::StatusCode::CREATED, "{m}");
        let now = db_timestamp(clock("2026-11-20").now());
        let mut conn = db.conn();
        let report = scan(&mut conn, &cfg(&[]), d("2026-11-20"), now, false).unwrap();
        assert!(report.enqueued > 0, "{}: {report:?}", db.name);
        let texts: Vec<String> = duban::db::schema::outbox::table
            .filter(duban::db::schema::outbox::recipient_email.eq("li.na@example.gov.cn"))
            .select(duban::db::schema::outbox::body_text)
            .load(&mut conn)
            .unwrap();
        assert_eq!(texts.len(), 1, "{}", db.name);
        assert_eq!(
            texts[0].matches("完成土地摘牌").count(),
            2,
            "{:?}",
            texts[0]
        );

        diesel::sql_query("DROP TABLE flags")
            .execute(&mut conn)
            .unwrap();
        let day = d("2026-11-23");
        let failed = run_daily(&mut conn, &cfg(&[]), day, "a", now + Duration::days(3));
        assert!(
            failed.is_err(),
            "{}: the scan cannot run without its flags",
            db.name
        );
        assert!(
            !duban::scheduler::runner::finished(&mut conn, "daily_scan", day).unwrap(),
            "{}",
            db.name
        );
        assert!(
            duban::scheduler::runner::claim_run(
                &mut conn,
                "daily_scan",
                day,
                "b",
                now + Duration::days(3)
            )
            .unwrap(),
            "{}: another instance takes the day at once",
            db.name
        );
    }
}
