//! `duban problem`: problems raised on projects (rapid response).

use super::*;

#[derive(Debug, Subcommand)]
pub(super) enum ProblemCmd {
    /// Raise a problem; the leader and the acting unit's head are mailed at once.
    Raise {
        /// Project code.
        #[arg(long)]
        project: String,
        /// Id of the unit that must act.
        #[arg(long)]
        unit: i64,
        /// Resolve by this date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: NaiveDate,
        /// What blocks the project.
        #[arg(long)]
        description: String,
    },
    /// Close a problem with its resolution.
    Close {
        id: i64,
        #[arg(long)]
        resolution: String,
    },
}

pub(super) fn problem_cmd(settings: &Settings, cmd: ProblemCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    match cmd {
        ProblemCmd::Raise {
            project,
            unit,
            due,
            description,
        } => {
            let r = problems::raise(
                &mut conn,
                &ctx,
                &project,
                problems::NewProblem {
                    description,
                    acting_unit_id: unit,
                    due,
                },
                &crate::mail::compose::Notices {
                    base_url: &settings.mail.base_url,
                },
            )
            .map_err(|e| e.to_string())?;
            println!(
                "problem #{} raised on {project}; told: {}",
                r.problem.id,
                r.notified.join(", ")
            );
            drop(conn);
            let d = mail::deliver_now(settings)?;
            println!(
                "sent {}, failed (will retry) {}, dead {}",
                d.sent, d.failed, d.dead
            );
        }
        ProblemCmd::Close { id, resolution } => {
            let p = problems::close(
                &mut conn,
                &ctx,
                id,
                problems::CloseProblem {
                    resolution: Some(resolution),
                },
            )
            .map_err(|e| e.to_string())?;
            println!(
                "problem #{} closed on {}",
                p.id,
                p.closed_on.map(|d| d.to_string()).unwrap_or_default()
            );
        }
    }
    Ok(())
}
