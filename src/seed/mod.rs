//! Data for a fresh installation: the 19-project demo of the notice (`demo`) and
//! deterministic synthetic data at district, city and province scale (`generate`).
//! Both refuse a database that already holds ledger data.

pub mod demo;
pub mod generate;

use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::{people, projects, units};
use crate::error::{AppError, AppResult, Code};

/// What a seeder wrote.
#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct SeedSummary {
    pub units: usize,
    pub people: usize,
    pub projects: usize,
    pub milestones: usize,
    pub assignments: usize,
    pub stage_events: usize,
    pub reschedules: usize,
    pub investment_plans: usize,
    pub investment_reports: usize,
    pub progress_updates: usize,
}

impl std::fmt::Display for SeedSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} units, {} people, {} projects, {} milestones, {} assignments, {} stage events, \
             {} reschedules, {} investment plans, {} monthly reports, {} progress updates",
            self.units,
            self.people,
            self.projects,
            self.milestones,
            self.assignments,
            self.stage_events,
            self.reschedules,
            self.investment_plans,
            self.investment_reports,
            self.progress_updates
        )
    }
}

/// True when no unit, person or project exists yet.
pub fn is_empty(conn: &mut DbConn) -> AppResult<bool> {
    let n: i64 = units::table.count().get_result(conn)?;
    let m: i64 = people::table.count().get_result(conn)?;
    let p: i64 = projects::table.count().get_result(conn)?;
    Ok(n + m + p == 0)
}

pub(crate) fn ensure_empty(conn: &mut DbConn) -> AppResult<()> {
    if is_empty(conn)? {
        Ok(())
    } else {
        Err(AppError::conflict(
            Code::NotEmpty,
            "the database already holds units, people or projects; seed data is loaded only \
             into an empty database",
        ))
    }
}
