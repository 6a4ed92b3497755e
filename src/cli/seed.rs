//! `duban seed`: the 19-project demo or synthetic data into an empty database.

use super::*;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["demo", "generate"])))]
pub(super) struct SeedArgs {
    /// The 19 key projects of the zone's notice, in Chinese.
    #[arg(long)]
    demo: bool,
    /// Synthetic data: district (19 projects), city (2,000) or province (20,000).
    #[arg(long, value_enum, value_name = "SIZE")]
    generate: Option<Size>,
    /// Random seed for --generate; the same seed and anchor give the same data.
    #[arg(long, default_value_t = 1, requires = "generate")]
    seed: u64,
    /// Date the data is laid out around (default: today in the configured time zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    anchor: Option<NaiveDate>,
}

/// The real clock, or one standing at noon of the anchor date.
fn anchor_clock(anchor: Option<NaiveDate>, settings: &Settings) -> SharedClock {
    match anchor {
        Some(d) => Arc::new(FixedClock::at_noon(d, settings.timezone)),
        None => Arc::new(SystemClock),
    }
}

pub(super) fn seed_cmd(settings: &Settings, args: SeedArgs) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let clock = anchor_clock(args.anchor, settings);
    let ctx = Ctx::new(
        if args.demo {
            "seed:demo"
        } else {
            "seed:generate"
        },
        clock.as_ref(),
        settings.timezone,
    );
    let started = std::time::Instant::now();
    let summary = if args.demo {
        crate::seed::demo::load(&mut conn, &ctx)
    } else {
        let size = args.generate.ok_or("choose --demo or --generate SIZE")?;
        crate::seed::generate::generate(
            &mut conn,
            &ctx,
            size,
            args.seed,
            std::io::stderr().is_terminal(),
        )
    }
    .map_err(|e| e.to_string())?;
    println!(
        "loaded {summary} as of {} in {:.1} s",
        ctx.today,
        started.elapsed().as_secs_f64()
    );
    if args.demo {
        user::demo_accounts(&mut conn, &ctx)?;
    }
    Ok(())
}
