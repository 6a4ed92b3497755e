//! The project ledger (台帐) as offices keep it in Excel: one row per project with its
//! responsibility, investment, dates, stage, milestones, latest progress and problems.
//! This module reads it out of the database; `export::ledger` writes it as a sheet.

use chrono::Datelike;

use super::{investment, milestones, people, progress, projects};
use crate::db::DbConn;
use crate::domain::project::{Category, Level};
use crate::domain::stage::Stage;
use crate::error::AppResult;

pub use crate::domain::sheet::LedgerRow;

/// Every project as a ledger row, by code, as it stands on `today`.
pub fn rows(
    conn: &mut DbConn,
    ctx: &super::Ctx,
    rules: &crate::domain::rules::Rules,
) -> AppResult<Vec<LedgerRow>> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    let today = ctx.today;
    let mut all = projects::list_all(conn, ctx, rules, &Default::default())?;
    all.sort_by(|a, b| a.project.code.cmp(&b.project.code));
    let ids: Vec<i64> = all.iter().map(|s| s.project.id).collect();
    let mut figures = investment::year_figures_of(conn, &ids, today.year())?;
    let mut out = Vec::with_capacity(all.len());
    for s in all {
        let p = &s.project;
        let person = match &s.person {
            Some(r) => Some(people::get(conn, r.id)?),
            None => None,
        };
        let fig = figures
            .remove(&p.id)
            .unwrap_or_else(|| investment::YearFigures::none(today.year()));
        let latest = progress::latest(conn, p.id, today)?;
        let ms = milestones::for_project(conn, p.id)?
            .into_iter()
            .map(|m| (m.current_due, m.title))
            .collect();
        out.push(LedgerRow {
            code: p.code.clone(),
            name: p.name.clone(),
            category: Category::parse(&p.category).map_or(p.category.clone(), |c| c.zh().into()),
            level: Level::parse(&p.level).map_or(p.level.clone(), |l| l.zh().into()),
            location: p.location.clone().unwrap_or_default(),
            total_investment: p.total_investment,
            annual_plan: fig.planned,
            completed_to_date: fig.cumulative,
            leader: s
                .leader
                .as_ref()
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            unit: s.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
            person: person.as_ref().map(|x| x.name.clone()).unwrap_or_default(),
            phone: person
                .as_ref()
                .and_then(|x| x.phone.clone())
                .unwrap_or_default(),
            email: person
                .as_ref()
                .and_then(|x| x.email.clone())
                .unwrap_or_default(),
            start: p.planned_start,
            finish: p.planned_finish,
            stage: Stage::parse(&p.stage).map_or(p.stage.clone(), |st| st.zh().into()),
            milestones: ms,
            progress: latest
                .as_ref()
                .map(|u| u.progress.clone())
                .unwrap_or_default(),
            problems: latest.and_then(|u| u.problems).unwrap_or_default(),
        });
    }
    Ok(out)
}
