//! Scheduler benchmarks: the daily scan on the `province` data (20,000 projects, ~200,000
//! milestones) and mail delivery to a real SMTP server on loopback.
//!
//!     cargo bench --bench scheduler                    # SQLite
//!     DUBAN_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench --bench scheduler
//!
//! Figures and the machine they were taken on are in docs/benchmarks.md.

// Tests and tools fail loudly on purpose: the no-panic rules are for shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/it/common/mod.rs"]
mod common;

use std::sync::OnceLock;

use common::smtp::SmtpServer;
use common::{TZ, TestDb, d};
use diesel::prelude::*;
use divan::Bencher;
use duban::clock::{Clock, FixedClock, db_timestamp};
use duban::config::{MailSettings, SmtpUrl};
use duban::mail::Mailer;
use duban::scheduler::deliver::deliver_pending;
use duban::scheduler::scan::{ScanConfig, scan};
use duban::seed::generate::{Size, generate};
use duban::store::Ctx;

const ANCHOR: &str = "2026-11-25";

fn main() {
    divan::main();
}

fn backends() -> Vec<&'static str> {
    common::backend_names()
}

fn province(backend: &str) -> &'static TestDb {
    static SQLITE: OnceLock<TestDb> = OnceLock::new();
    static PG: OnceLock<TestDb> = OnceLock::new();
    let cell = if backend == "postgres" { &PG } else { &SQLITE };
    cell.get_or_init(|| {
        let db = TestDb::fresh(backend);
        let clock = FixedClock::at_noon(d(ANCHOR), TZ);
        generate(
            &mut db.conn(),
            &Ctx::new("bench", &clock, TZ),
            Size::Province,
            1,
            false,
        )
        .unwrap();
        db
    })
}

fn cfg() -> ScanConfig {
    ScanConfig {
        routes: Default::default(),
        tz: TZ,
        rules: Default::default(),
        base_url: "https://duban.example.gov.cn".into(),
        supervision: vec![],
    }
}

fn now() -> chrono::NaiveDateTime {
    db_timestamp(FixedClock::at_noon(d(ANCHOR), TZ).now())
}

fn reset(conn: &mut duban::db::DbConn) {
    use duban::db::schema::{flags, outbox};
    diesel::delete(flags::table).execute(conn).unwrap();
    diesel::delete(outbox::table).execute(conn).unwrap();
}

/// The very first scan of an installation: every flag is new (a one-time cost).
#[divan::bench(args = backends(), sample_count = 3, sample_size = 1)]
fn scan_province_initial(b: Bencher, backend: &str) {
    let db = province(backend);
    b.with_inputs(|| reset(&mut db.conn()))
        .bench_local_values(|_| {
            let r = scan(&mut db.conn(), &cfg(), d(ANCHOR), now(), false).unwrap();
            assert!(r.flags_raised > 50_000, "{}", r.flags_raised);
        });
}

/// A working day's scan: yesterday's flags are stored, today's digests are new.
#[divan::bench(args = backends(), sample_count = 5, sample_size = 1)]
fn scan_province_daily(b: Bencher, backend: &str) {
    let db = province(backend);
    b.with_inputs(|| {
        let mut conn = db.conn();
        reset(&mut conn);
        scan(&mut conn, &cfg(), d("2026-11-24"), now(), false).unwrap();
    })
    .bench_local_values(|_| {
        let r = scan(&mut db.conn(), &cfg(), d(ANCHOR), now(), false).unwrap();
        assert!(r.enqueued > 1000, "{}", r.enqueued);
    });
}

/// The same day scanned again: nothing new to write.
#[divan::bench(args = backends(), sample_count = 5, sample_size = 1)]
fn scan_province_repeat(b: Bencher, backend: &str) {
    let db = province(backend);
    let mut conn = db.conn();
    scan(&mut conn, &cfg(), d(ANCHOR), now(), false).unwrap();
    b.bench_local(|| {
        let r = scan(&mut conn, &cfg(), d(ANCHOR), now(), false).unwrap();
        assert_eq!(r.enqueued, 0);
    });
}

const MESSAGES: usize = 1000;

/// 1,000 queued messages sent over lettre's pooled SMTP transport to aiosmtpd on loopback,
/// storing them in a Maildir (`keep`) or discarding them.
#[divan::bench(args = ["maildir", "discard"], sample_count = 3, sample_size = 1)]
fn send_1000_messages(b: Bencher, server: &str) {
    let smtp = if server == "maildir" {
        SmtpServer::start()
    } else {
        SmtpServer::start_discarding()
    };
    let system = actix_web::rt::System::new();
    let _runtime = system.runtime().tokio_runtime().enter();
    let mailer = duban::courier::Courier::from(
        Mailer::from_settings(&MailSettings {
            smtp: Some(SmtpUrl::parse(&smtp.url()).unwrap()),
            from: "督办 <duban@example.gov.cn>".parse().unwrap(),
            dir: "unused".into(),
            max_attempts: 3,
            supervision: vec![],
            base_url: "https://x".into(),
        })
        .unwrap(),
    );
    b.with_inputs(|| {
        let db = TestDb::sqlite();
        db.queue_test_messages(MESSAGES, now());
        db
    })
    .bench_local_values(|db| {
        let pool = db.pool();
        let clock = std::sync::Arc::new(FixedClock::at_noon(d(ANCHOR), TZ));
        let r = system
            .block_on(deliver_pending(&pool, &mailer, clock, "bench", 3))
            .unwrap();
        assert_eq!(r.sent, MESSAGES);
        db
    });
}

/// 1,000 queued messages delivered through each kind of channel to a local server that
/// speaks its protocol (`tests/it/common/robots.rs`: checks, signatures, rate), on SQLite:
/// every message takes a slot of the channel's rate in the database (1,000 a window here,
/// so the slot's cost is measured, not the wait) and one HTTP request.
#[divan::bench(args = ["wecom", "dingtalk", "webhook", "sms"], sample_count = 3, sample_size = 1)]
fn send_1000_by_channel(b: Bencher, kind: &str) {
    use common::robots::{Rate, Robot};
    use duban::domain::channel::Kind;
    let fast = Rate {
        limit: 100_000,
        ..Rate::default()
    };
    let robot = match kind {
        "wecom" => Robot::wecom("BENCH", fast),
        "dingtalk" => Robot::dingtalk("BENCH", "SEC-bench", None, fast),
        "webhook" => Robot::webhook("SEC-bench"),
        _ => Robot::sms("SEC-bench", fast),
    };
    let system = actix_web::rt::System::new();
    let _runtime = system.runtime().tokio_runtime().enter();
    let dir = tempfile::tempdir().unwrap();
    let courier = duban::courier::Courier::from(
        Mailer::from_settings(&MailSettings {
            smtp: None,
            from: "督办 <duban@example.gov.cn>".parse().unwrap(),
            dir: dir.path().to_path_buf(),
            max_attempts: 3,
            supervision: vec![],
            base_url: "https://x".into(),
        })
        .unwrap(),
    );
    b.with_inputs(|| {
        let db = TestDb::sqlite();
        let clock = FixedClock::at_noon(d(ANCHOR), TZ);
        let ctx = Ctx::new("bench", &clock, TZ);
        let input = duban::store::channels::NewChannel {
            kind: Kind::parse(kind).unwrap(),
            name: "bench".into(),
            url: Some(robot.url.clone()),
            secret: (kind != "wecom").then(|| "SEC-bench".into()),
            keyword: None,
            template: None,
            supervision: true,
            unit_id: None,
            person_id: None,
            address: None,
            rate_limit: Some(1000),
            rate_window_secs: Some(1),
        };
        duban::store::channels::add(&mut db.conn(), &ctx, input).unwrap();
        let channel = duban::store::channels::by_name(&mut db.conn(), "bench")
            .unwrap()
            .unwrap();
        let mut rows = Vec::new();
        for i in 0..MESSAGES {
            let key = format!("m{i}");
            let text = format!("### 督办提醒\n- KP-2026-{i:04} 完成土地摘牌：逾期 3 个工作日");
            rows.extend(duban::channels::queue_rows(
                &duban::channels::Message {
                    channel: &channel,
                    kind: "digest",
                    day: d(ANCHOR),
                    person_id: None,
                    key: &key,
                    recipient: "bench",
                    lang: "zh-CN",
                    subject: "督办提醒",
                    text: &text,
                    address: Some("13800138000"),
                    not_before: now(),
                },
                now(),
            ));
        }
        duban::store::outbox::enqueue(&mut db.conn(), &rows).unwrap();
        db
    })
    .bench_local_values(|db| {
        let pool = db.pool();
        let clock = std::sync::Arc::new(FixedClock::at_noon(d(ANCHOR), TZ));
        let r = system
            .block_on(deliver_pending(&pool, &courier, clock, "bench", 3))
            .unwrap();
        assert_eq!(r.sent, MESSAGES, "{r:?}");
        db
    });
}
