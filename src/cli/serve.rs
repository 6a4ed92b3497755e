//! `duban serve`: the web interface and API, with the scheduler's loops inside.

use super::*;

#[derive(Debug, Args)]
pub(super) struct ServeArgs {
    /// Load the 19-project demo first when the database is empty.
    #[arg(long)]
    pub demo: bool,
}

pub(super) fn serve(settings: &Settings, demo: bool) -> CliResult {
    let mut conn = connect(settings)?;
    let ran = run_migrations(&mut conn)?;
    for v in &ran {
        tracing::info!(version = %v, "applied migration");
    }
    let clock: SharedClock = Arc::new(SystemClock);
    if demo {
        if crate::seed::is_empty(&mut conn).map_err(|e| e.to_string())? {
            let ctx = Ctx::new("seed:demo", clock.as_ref(), settings.timezone);
            let summary = crate::seed::demo::load(&mut conn, &ctx).map_err(|e| e.to_string())?;
            println!("demo loaded as of {}: {summary}", ctx.today);
        } else {
            println!("database already holds data; demo not loaded again");
        }
        let ctx = Ctx::new("seed:demo", clock.as_ref(), settings.timezone);
        user::demo_accounts(&mut conn, &ctx)?;
    }
    user::ensure_admin(
        &mut conn,
        &Ctx::new("start-up", clock.as_ref(), settings.timezone),
    )?;
    drop(conn);
    let pool = db::pool(&settings.database, settings.db_pool_size)
        .map_err(|e| format!("cannot open {}: {e}", settings.database.display()))?;
    let scheduling = Arc::new(scheduling(settings));
    let state = AppState {
        pool: pool.clone(),
        clock: clock.clone(),
        tz: settings.timezone,
        max_body_bytes: settings.max_body_bytes,
        max_upload_bytes: settings.max_upload_bytes,
        scheduling: scheduling.clone(),
        settings: Arc::new(settings.shown()),
        results: Default::default(),
        read_cache: Arc::new(crate::http::read_cache::ReadCache::with_budget(
            settings.read_cache_bytes,
        )),
        password_slots: Default::default(),
        body_timeout: settings.body_timeout,
        trusted_proxies: Arc::new(settings.trusted_proxies.clone()),
    };
    let bind = settings.bind.clone();
    let pool_size = usize::try_from(settings.db_pool_size).unwrap_or(usize::MAX);
    // lettre's pooled SMTP transport starts a task: it must be built inside the runtime.
    let mail = settings.mail.clone();
    let serving = format!(
        "duban serving {} on http://{bind}/ (API docs: http://{bind}/api/v1/docs/); \
         daily scan at {} on working days; mail to {}",
        settings.database.display(),
        settings.scan_at.format("%H:%M"),
        describe_mail(&mail)
    );
    let me = instance_id();
    let (tz, scan_at, max_attempts) = (
        settings.timezone,
        settings.scan_at,
        settings.mail.max_attempts,
    );
    let quiet = settings.sms_quiet_hours;
    actix_web::rt::System::new()
        .block_on(async move {
            let courier = Courier::new(
                Mailer::from_settings(&mail).map_err(std::io::Error::other)?,
                tz,
                quiet,
            );
            // Bound before anything is said: a port in use is the error, not a false
            // "serving" line.
            // Signals are handled here, not by actix: a stop must reach the scan and
            // delivery loops as well as the HTTP side.
            let server = actix_web::HttpServer::new(move || http::app(state.clone()))
                // Every blocking task of a request wants a pooled connection (or a
                // password slot, which needs no more threads than that): threads past the
                // pool's size would only wait on it, each keeping its own allocator heap.
                // Under 16 connections actix's default (512 shared by the workers) grew to
                // 58 threads.
                .worker_max_blocking_threads(pool_size)
                .bind(&bind)?
                .disable_signals()
                .run();
            println!("{serving}");
            let stop = tokio_util::sync::CancellationToken::new();
            let handle = server.handle();
            let stopping = stop.clone();
            actix_web::rt::spawn(async move {
                super::stop_signal().await;
                tracing::info!("stopping: no new requests or work; finishing what is under way");
                stopping.cancel();
                handle.stop(true).await;
            });
            let loops = runner::Loops {
                pool,
                clock,
                me,
                wake: scheduling.wake.clone(),
                stop: stop.clone(),
            };
            let scan = actix_web::rt::spawn(runner::scan_loop(
                loops.clone(),
                scheduling.scan_config(tz),
                tz,
                scan_at,
            ));
            let delivery =
                actix_web::rt::spawn(runner::delivery_loop(loops, courier, max_attempts));
            let served = server.await;
            // However the HTTP side ended, the loops finish what they hold, then the
            // process exits: a message caught mid-send is recorded or given back.
            stop.cancel();
            let _ = scan.await;
            let _ = delivery.await;
            tracing::info!("stopped");
            served
        })
        .map_err(|e| format!("server error on {}: {e}", settings.bind))
}

pub(super) fn scheduling(settings: &Settings) -> Scheduling {
    Scheduling {
        rules: settings.rules.clone(),
        base_url: settings.mail.base_url.clone(),
        supervision: settings
            .mail
            .supervision
            .iter()
            .map(|a| a.to_string())
            .collect(),
        wake: Default::default(),
        letterhead: settings.letterhead.clone(),
        routes: settings.channels.clone(),
    }
}

fn describe_mail(m: &crate::config::MailSettings) -> String {
    match &m.smtp {
        Some(u) => format!("smtp://{}:{} ({:?})", u.host, u.port, u.tls),
        None => format!(".eml files in {}", m.dir.display()),
    }
}
