//! Prometheus metrics: one registry for the process. HTTP latency by route (the pattern, so
//! that ids do not explode the series), method and status; the daily scan (duration, items
//! flagged); answers to reads kept or made (`http::read_cache`); the mail outbox by state
//! and the database pool, the last two read when `/metrics` is scraped so that every
//! instance reports the shared queue as it is.

use std::sync::OnceLock;
use std::time::Duration;

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use prometheus::{
    Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry,
};

use crate::db::Pool;
use crate::error::{AppError, AppResult};

pub struct Metrics {
    pub registry: Registry,
    /// Request durations by method, route pattern and status.
    pub http_seconds: HistogramVec,
    pub scan_seconds: Histogram,
    pub scans: IntCounter,
    /// Items flagged by the last scan, by kind (`overdue`, `due_soon`).
    pub scan_flagged: IntGaugeVec,
    /// Outbox messages by state (`pending`, `sending`, `sent`, `failed`, `dead`).
    pub outbox: IntGaugeVec,
    pub pool_connections: IntGauge,
    pub pool_idle: IntGauge,
    /// Answers to reads that may be kept, by how they were given (`kept`, `made`).
    pub read_answers: IntCounterVec,
    /// Bytes of answers kept, with their keys.
    pub read_cache_bytes: IntGauge,
}

fn build() -> Result<Metrics, prometheus::Error> {
    let registry = Registry::new_custom(Some("duban".into()), None)?;
    let scan_seconds = Histogram::with_opts(
        HistogramOpts::new("scan_duration_seconds", "Time the daily scan took")
            .buckets(vec![0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0]),
    )?;
    let scans = IntCounter::new("scans_total", "Daily scans run by this instance")?;
    let scan_flagged = IntGaugeVec::new(
        Opts::new("scan_flagged_items", "Milestones flagged by the last scan"),
        &["kind"],
    )?;
    let outbox = IntGaugeVec::new(
        Opts::new("outbox_messages", "Mail outbox messages by state"),
        &["state"],
    )?;
    let pool_connections = IntGauge::new("db_pool_connections", "Open database connections")?;
    let pool_idle = IntGauge::new("db_pool_idle_connections", "Idle database connections")?;
    registry.register(Box::new(scan_seconds.clone()))?;
    registry.register(Box::new(scans.clone()))?;
    registry.register(Box::new(scan_flagged.clone()))?;
    registry.register(Box::new(outbox.clone()))?;
    registry.register(Box::new(pool_connections.clone()))?;
    registry.register(Box::new(pool_idle.clone()))?;
    let read_answers = IntCounterVec::new(
        Opts::new(
            "read_answers_total",
            "Answers to reads that may be kept, kept or made anew",
        ),
        &["outcome"],
    )?;
    let read_cache_bytes = IntGauge::new("read_cache_bytes", "Bytes of answers to reads kept")?;
    registry.register(Box::new(read_answers.clone()))?;
    registry.register(Box::new(read_cache_bytes.clone()))?;
    let http_seconds = HistogramVec::new(
        HistogramOpts::new("http_request_duration_seconds", "HTTP requests by route").buckets(
            vec![
                0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
            ],
        ),
        &["method", "route", "status"],
    )?;
    registry.register(Box::new(http_seconds.clone()))?;
    Ok(Metrics {
        registry,
        http_seconds,
        scan_seconds,
        scans,
        scan_flagged,
        outbox,
        pool_connections,
        pool_idle,
        read_answers,
        read_cache_bytes,
    })
}

/// The process's metrics, registered on first use.
pub fn get() -> AppResult<&'static Metrics> {
    static M: OnceLock<Result<Metrics, String>> = OnceLock::new();
    M.get_or_init(|| build().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| AppError::internal(format!("metrics: {e}")))
}

/// Middleware: times every request under its route pattern.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let start = Instant::now();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    if let Ok(m) = get() {
        let route =
            crate::http::guard::route_pattern(res.request()).unwrap_or_else(|| "unmatched".into());
        m.http_seconds
            .with_label_values(&[method.as_str(), &*route, res.status().as_str()])
            .observe(start.elapsed().as_secs_f64());
    }
    Ok(res)
}

/// Records one daily scan.
pub fn scanned(took: Duration, overdue: usize, due_soon: usize) {
    if let Ok(m) = get() {
        m.scans.inc();
        m.scan_seconds.observe(took.as_secs_f64());
        m.scan_flagged
            .with_label_values(&["overdue"])
            .set(overdue as i64);
        m.scan_flagged
            .with_label_values(&["due_soon"])
            .set(due_soon as i64);
    }
}

/// Records one answer to a read that may be kept: given `kept`, or made anew; and the bytes
/// kept after it.
pub fn read_answer(kept: bool, bytes_kept: usize) {
    if let Ok(m) = get() {
        let outcome = if kept { "kept" } else { "made" };
        m.read_answers.with_label_values(&[outcome]).inc();
        m.read_cache_bytes
            .set(i64::try_from(bytes_kept).unwrap_or(i64::MAX));
    }
}

/// The text exposition, with the outbox and pool read now.
pub fn render(conn: &mut crate::db::DbConn, pool: &Pool) -> AppResult<String> {
    let m = get()?;
    let s = crate::store::outbox::status(conn)?;
    use crate::store::outbox::Status;
    for (state, n) in [
        (Status::Pending, s.pending),
        (Status::Sending, s.sending),
        (Status::Sent, s.sent),
        (Status::Failed, s.failed),
        (Status::Dead, s.dead),
    ] {
        m.outbox.with_label_values(&[state.as_str()]).set(n);
    }
    let st = pool.state();
    m.pool_connections.set(i64::from(st.connections));
    m.pool_idle.set(i64::from(st.idle_connections));
    prometheus::TextEncoder::new()
        .encode_to_string(&m.registry.gather())
        .map_err(AppError::internal)
}
