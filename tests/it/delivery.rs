//! The outbox's promise under faults, with real parts: the `duban` binary killed with
//! SIGKILL in the middle of a run, a mail server that takes its time, two workers at once,
//! on SQLite and PostgreSQL. At least once per message; twice only for a message that was
//! in flight when its sender died; never because a live sender was slow.

use std::collections::{HashMap, HashSet};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use duban::clock::{Clock, FixedClock, SystemClock, db_timestamp};
use duban::config::{MailSettings, SmtpUrl};
use duban::courier::Courier;
use duban::db::schema::outbox as ob;
use duban::mail::Mailer;
use duban::scheduler::deliver::{IN_FLIGHT, LEASE, Window, deliver_pending, deliver_until};

/// A sender that runs until the queue is empty.
async fn deliver_with(
    pool: &duban::db::Pool,
    mailer: &Courier,
    clock: duban::clock::SharedClock,
    worker: &str,
    max_attempts: u32,
    window: Window,
) -> duban::error::AppResult<duban::scheduler::deliver::DeliveryReport> {
    let never = tokio_util::sync::CancellationToken::new();
    deliver_until(pool, mailer, clock, worker, max_attempts, window, &never).await
}

use crate::common::smtp::SmtpServer;
use crate::common::{TZ, TestDb, backends, d};

fn mailer(smtp: &SmtpServer) -> Courier {
    Courier::from(mailer_only(smtp))
}

fn mailer_only(smtp: &SmtpServer) -> Mailer {
    mailer_to(&smtp.url())
}

/// How many times each Message-ID reached the server.
fn copies(smtp: &SmtpServer) -> HashMap<String, usize> {
    let mut seen = HashMap::new();
    for m in smtp.received() {
        *seen.entry(m.message_id).or_insert(0) += 1;
    }
    seen
}

fn states(db: &TestDb) -> Vec<(i64, String, Option<String>)> {
    ob::table
        .order(ob::id)
        .select((ob::id, ob::status, ob::claimed_by))
        .load(&mut db.conn())
        .unwrap()
}

#[actix_web::test]
async fn a_sender_killed_mid_run_sends_nothing_twice_but_what_it_held() {
    const N: usize = 200;
    for db in backends() {
        db.queue_test_messages(N, db_timestamp(SystemClock.now()));
        let smtp = SmtpServer::start_slow(0.3);
        let run = || {
            let mut c = Command::new(env!("CARGO_BIN_EXE_duban"));
            for (k, _) in std::env::vars() {
                if k.starts_with("DUBAN_") {
                    c.env_remove(k);
                }
            }
            c.args(["mail", "send-pending"])
                .env("DUBAN_DATABASE_URL", db.url.display())
                .env("DUBAN_SMTP_URL", smtp.url())
                .env("DUBAN_MAIL_FROM", "督办 <duban@example.gov.cn>")
                .env("DUBAN_LOG", "error")
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            c
        };

        // The first sender is killed once it has delivered some, mid-run.
        let mut first = run().spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while smtp.received().len() < 40 {
            assert!(Instant::now() < deadline, "{}: nothing sent", db.name);
            std::thread::sleep(Duration::from_millis(20));
        }
        first.kill().unwrap(); // SIGKILL
        first.wait().unwrap();
        let delivered_by_first = smtp.received().len();
        let sent_rows = states(&db).iter().filter(|r| r.1 == "sent").count();
        assert!(
            sent_rows + IN_FLIGHT >= delivered_by_first,
            "{}: each outcome is written as the server answers ({sent_rows} recorded, \
             {delivered_by_first} delivered)",
            db.name
        );
        let held: HashSet<i64> = states(&db)
            .into_iter()
            .filter(|r| r.1 == "sending")
            .map(|r| r.0)
            .collect();
        assert!(
            !held.is_empty() && held.len() <= IN_FLIGHT,
            "{}: the dead sender holds at most its window, held {}",
            db.name,
            held.len()
        );

        // Restarted at once: everything but the dead sender's rows goes out, once.
        let status = run().status().unwrap();
        assert!(status.success(), "{}", db.name);
        let after_restart = copies(&smtp);
        assert!(
            after_restart.values().all(|n| *n == 1),
            "{}: a restart sends nothing twice",
            db.name
        );
        let m = mailer(&smtp);
        let ids: HashMap<String, i64> = ob::table
            .select((ob::id, ob::created_at))
            .load::<(i64, chrono::NaiveDateTime)>(&mut db.conn())
            .unwrap()
            .into_iter()
            .map(|(id, at)| (m.mailer.message_id(id, at), id))
            .collect();
        let arrived: HashSet<i64> = after_restart.keys().map(|mid| ids[mid]).collect();
        let not_held: HashSet<i64> = ids
            .values()
            .copied()
            .filter(|id| !held.contains(id))
            .collect();
        assert!(
            arrived.is_superset(&not_held),
            "{}: every message the dead sender did not hold went out",
            db.name
        );
        let still: HashSet<i64> = states(&db)
            .into_iter()
            .filter(|r| r.1 == "sending")
            .map(|r| r.0)
            .collect();
        assert_eq!(
            still, held,
            "{}: the held rows wait for their lease",
            db.name
        );

        // After the lease they go out, under the Message-ID they had.
        let ahead = FixedClock::at_noon(d("2026-11-25"), TZ);
        ahead.set(SystemClock.now() + LEASE + chrono::Duration::seconds(1));
        let r = deliver_pending(&db.pool(), &m, Arc::new(ahead), "w3", 5)
            .await
            .unwrap();
        assert_eq!(r.sent, held.len(), "{}", db.name);
        let rows: Vec<(i64, chrono::NaiveDateTime, String, Option<String>)> = ob::table
            .select((ob::id, ob::created_at, ob::status, ob::message_id))
            .load(&mut db.conn())
            .unwrap();
        assert!(rows.iter().all(|r| r.2 == "sent"), "{}", db.name);
        for r in &rows {
            assert_eq!(
                r.3.as_deref(),
                Some(m.mailer.message_id(r.0, r.1).as_str()),
                "{}",
                db.name
            );
        }
        let all = copies(&smtp);
        assert_eq!(all.len(), N, "{}: every message arrived", db.name);
        for (mid, n) in &all {
            let id = ids[mid];
            assert!(
                *n == 1 || (*n == 2 && held.contains(&id)),
                "{}: message {id} arrived {n} times and was not in flight at the crash",
                db.name
            );
        }
        let twice = all.values().filter(|n| **n > 1).count();
        eprintln!(
            "{}: killed after {delivered_by_first} delivered; held {}; delivered twice {twice}",
            db.name,
            held.len()
        );
    }
}

#[actix_web::test]
async fn a_slow_sender_keeps_its_messages_while_it_lives() {
    for db in backends() {
        db.queue_test_messages(4, db_timestamp(SystemClock.now()));
        // Each message takes longer than the lease: without renewal the second worker would
        // take them over after two seconds and send them again.
        let smtp = SmtpServer::start_slow(3.5);
        let window = Window {
            lease: chrono::Duration::seconds(2),
            in_flight: 4,
            ..Window::default()
        };
        let (ma, mb) = (mailer(&smtp), mailer(&smtp));
        let (pa, pb) = (db.pool(), db.pool());
        let slow = deliver_with(&pa, &ma, Arc::new(SystemClock), "slow", 5, window);
        let other = async {
            let mut sent = 0;
            let until = Instant::now() + Duration::from_secs(5);
            actix_web::rt::time::sleep(Duration::from_millis(300)).await;
            while Instant::now() < until {
                sent += deliver_with(&pb, &mb, Arc::new(SystemClock), "other", 5, window)
                    .await
                    .unwrap()
                    .sent;
                actix_web::rt::time::sleep(Duration::from_millis(200)).await;
            }
            sent
        };
        let (a, b) = futures_util::join!(slow, other);
        assert_eq!(a.unwrap().sent, 4, "{}", db.name);
        assert_eq!(b, 0, "{}: the second worker took nothing", db.name);
        let got = copies(&smtp);
        assert_eq!(got.len(), 4, "{}", db.name);
        assert!(got.values().all(|n| *n == 1), "{}: {got:?}", db.name);
    }
}

/// `duban` with the test's database and mail server, and nothing else from the environment.
fn duban_with(db: &TestDb, smtp: &SmtpServer, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_duban"));
    for (k, _) in std::env::vars() {
        if k.starts_with("DUBAN_") {
            c.env_remove(k);
        }
    }
    c.args(args)
        .env("DUBAN_DATABASE_URL", db.url.display())
        .env("DUBAN_SMTP_URL", smtp.url())
        .env("DUBAN_MAIL_FROM", "督办 <duban@example.gov.cn>")
        .env("DUBAN_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn signal(child: &std::process::Child, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success(), "kill -{name}");
}

/// A stopped sender leaves nothing held: every message the server took is recorded sent,
/// nothing is left `sending`, and each went out once.
fn nothing_held_and_each_once(db: &TestDb, smtp: &SmtpServer, what: &str) -> usize {
    let rows = states(db);
    assert!(
        rows.iter().all(|r| r.1 != "sending"),
        "{}: {what} left claims behind: {:?}",
        db.name,
        rows.iter().filter(|r| r.1 == "sending").collect::<Vec<_>>()
    );
    let got = copies(smtp);
    assert!(
        got.values().all(|n| *n == 1),
        "{}: {what}: {got:?}",
        db.name
    );
    let sent = rows.iter().filter(|r| r.1 == "sent").count();
    assert_eq!(
        sent,
        got.len(),
        "{}: {what}: every message the server took is recorded sent, no other",
        db.name
    );
    sent
}

fn wait_for_delivered(smtp: &SmtpServer, n: usize, db: &TestDb) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while smtp.received().len() < n {
        assert!(Instant::now() < deadline, "{}: nothing sent", db.name);
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_exit(child: &mut std::process::Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "no exit within {within:?} of the signal"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Ctrl-C in the middle of `duban mail send-pending` against a slow server: it takes nothing
/// more, finishes and records what it has in flight, says it stopped, and a second run sends
/// the rest; every message exactly once.
#[test]
fn send_pending_stopped_by_ctrl_c_finishes_what_it_holds() {
    const N: usize = 120;
    for db in backends() {
        db.queue_test_messages(N, db_timestamp(SystemClock.now()));
        let smtp = SmtpServer::start_slow(0.3);
        let mut first = duban_with(&db, &smtp, &["mail", "send-pending"])
            .spawn()
            .unwrap();
        wait_for_delivered(&smtp, 30, &db);
        signal(&first, "INT");
        let status = wait_exit(&mut first, Duration::from_secs(30));
        let mut err = String::new();
        std::io::Read::read_to_string(&mut first.stderr.take().unwrap(), &mut err).unwrap();
        assert!(!status.success(), "{}: an interrupted run says so", db.name);
        assert!(err.contains("stopped by a signal"), "{}: {err}", db.name);
        let sent = nothing_held_and_each_once(&db, &smtp, "Ctrl-C");
        assert!(sent < N, "{}: stopped before the end ({sent})", db.name);

        let out = duban_with(&db, &smtp, &["mail", "send-pending"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", db.name);
        assert_eq!(nothing_held_and_each_once(&db, &smtp, "the second run"), N);
    }
}

/// SIGTERM to `duban serve` while its delivery loop sends to a slow server: the process
/// exits cleanly once what was in flight is answered and recorded, none is left to wait for
/// its lease, and `mail send-pending` sends the rest; every message exactly once.
#[test]
fn serve_stopped_by_sigterm_sends_each_message_once() {
    const N: usize = 120;
    for db in backends() {
        db.queue_test_messages(N, db_timestamp(SystemClock.now()));
        let smtp = SmtpServer::start_slow(0.3);
        let port = crate::common::free_port();
        let mut serve = duban_with(&db, &smtp, &["serve"])
            .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
            .spawn()
            .unwrap();
        wait_for_delivered(&smtp, 30, &db);
        signal(&serve, "TERM");
        let status = wait_exit(&mut serve, Duration::from_secs(40));
        let mut err = String::new();
        std::io::Read::read_to_string(&mut serve.stderr.take().unwrap(), &mut err).unwrap();
        assert!(
            status.success(),
            "{}: a clean stop: {status:?} {err}",
            db.name
        );
        let sent = nothing_held_and_each_once(&db, &smtp, "SIGTERM");
        assert!(sent < N, "{}: stopped before the end ({sent})", db.name);

        let out = duban_with(&db, &smtp, &["mail", "send-pending"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", db.name);
        assert_eq!(
            nothing_held_and_each_once(&db, &smtp, "after the restart"),
            N
        );
    }
}

/// A stop whose grace runs out before the server answers: the worker gives back its claims
/// at once (due again, the attempt not counted) instead of leaving them to their lease, and
/// the next worker sends every message. A message whose end had reached the server may
/// then arrive a second time, under the same Message-ID, as after a crash: here the slow
/// server keeps those whose sender's connection was still open when it answered.
#[actix_web::test]
async fn a_stopped_sender_gives_back_what_the_server_has_not_answered() {
    for db in backends() {
        db.queue_test_messages(4, db_timestamp(SystemClock.now()));
        let smtp = SmtpServer::start_slow(3.0);
        let window = Window {
            in_flight: 4,
            grace: Duration::from_millis(300),
            ..Window::default()
        };
        let m = mailer(&smtp);
        let stop = tokio_util::sync::CancellationToken::new();
        let stopping = stop.clone();
        actix_web::rt::spawn(async move {
            actix_web::rt::time::sleep(Duration::from_millis(500)).await;
            stopping.cancel();
        });
        let started = Instant::now();
        let pool = db.pool();
        let r = deliver_until(
            &pool,
            &m,
            Arc::new(SystemClock),
            "stopping",
            5,
            window,
            &stop,
        )
        .await
        .unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{}: the grace is kept",
            db.name
        );
        assert_eq!(r.sent, 0, "{}", db.name);
        let rows: Vec<(String, i32, Option<String>)> = ob::table
            .order(ob::id)
            .select((ob::status, ob::attempts, ob::claimed_by))
            .load(&mut db.conn())
            .unwrap();
        assert!(
            rows.iter().all(|r| r == &("pending".to_string(), 0, None)),
            "{}: given back, not counted: {rows:?}",
            db.name
        );
        // Another worker takes them at once, not after the five-minute lease.
        let r = deliver_with(
            &pool,
            &m,
            Arc::new(SystemClock),
            "next",
            5,
            Window::default(),
        )
        .await
        .unwrap();
        assert_eq!(r.sent, 4, "{}", db.name);
        let got = copies(&smtp);
        assert_eq!(got.len(), 4, "{}: every message arrived", db.name);
        assert!(
            got.values().all(|n| *n <= 2),
            "{}: at most the in-flight copy again: {got:?}",
            db.name
        );
        let rows: Vec<(String, i32)> = ob::table
            .select((ob::status, ob::attempts))
            .load(&mut db.conn())
            .unwrap();
        assert!(
            rows.iter().all(|r| r == &("sent".to_string(), 1)),
            "{}: {rows:?}",
            db.name
        );
    }
}

fn mailer_to(url: &str) -> Mailer {
    Mailer::from_settings(&MailSettings {
        smtp: Some(SmtpUrl::parse(url).unwrap()),
        from: "督办 <duban@example.gov.cn>".parse().unwrap(),
        dir: "unused".into(),
        max_attempts: 5,
        supervision: vec![],
        base_url: "https://x".into(),
    })
    .unwrap()
}

async fn send_one(m: &Mailer, n: u32) -> Result<String, duban::mail::SendError> {
    m.send(
        &format!("<tls.{n}@example.gov.cn>"),
        "张三",
        "zhangsan@example.gov.cn",
        "测试",
        "正文",
        "<p>正文</p>",
    )
    .await
}

/// The streams duban opens itself speak TLS as configured, from the first byte (smtps) or
/// after STARTTLS, and check the server's certificate against the public roots: a
/// self-signed one is refused before anything is sent, as a failure to try again (an
/// operator may fix the certificate), naming the certificate.
#[actix_web::test]
async fn mail_over_tls_checks_the_servers_certificate_in_both_modes() {
    for (implicit, scheme) in [(true, "smtps"), (false, "smtp")] {
        let smtp = SmtpServer::start_tls(implicit);
        let m = mailer_to(&format!("{scheme}://localhost:{}", smtp.port));
        let e = send_one(&m, 1).await.unwrap_err();
        assert!(!e.permanent, "{scheme}: {e:?}");
        assert!(
            e.message.to_lowercase().contains("certificate"),
            "{scheme}: the refusal names the certificate: {e:?}"
        );
        assert!(smtp.received().is_empty(), "{scheme}: nothing was sent");
    }
    // The same server without TLS from our side: the STARTTLS server requires it, so the
    // plain dialogue is refused by the server (5xx), and nothing is delivered either.
    let smtp = SmtpServer::start_tls(false);
    let e = send_one(
        &mailer_to(&format!("smtp://127.0.0.1:{}?tls=none", smtp.port)),
        2,
    )
    .await
    .unwrap_err();
    assert!(e.message.contains("STARTTLS"), "{e:?}");
    assert!(smtp.received().is_empty());
}

/// A pooled connection the server has since closed is never used to send: one used less
/// than a second ago goes as it is, an older one is checked first and replaced.
#[actix_web::test]
async fn a_connection_the_server_closed_is_replaced_before_a_send() {
    let mut smtp = SmtpServer::start();
    let m = mailer_to(&smtp.url());
    send_one(&m, 1).await.unwrap();
    send_one(&m, 2).await.unwrap();
    smtp.stop();
    smtp.up();
    tokio::time::sleep(Duration::from_millis(1200)).await;
    send_one(&m, 3).await.unwrap();
    let mut ids: Vec<String> = smtp.received().into_iter().map(|r| r.message_id).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "<tls.1@example.gov.cn>",
            "<tls.2@example.gov.cn>",
            "<tls.3@example.gov.cn>"
        ]
    );
}
