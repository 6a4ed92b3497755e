//! What waits for the acting user (待我审批 / 待我办理), whatever their role: reschedule
//! requests they decide, appeals and problems' resolutions the supervision office decides,
//! problems their unit must resolve, milestones overdue or due
//! soon on projects they report on, and monthly reports those projects owe. Each list is
//! read through the use cases that decide access; this module only gathers them.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Ctx, assessments, milestones as ms, problems, projects, reports};
use crate::db::DbConn;
use crate::domain::access::Action;
use crate::domain::report;
use crate::domain::rules::{Rules, Status};
use crate::error::AppResult;

/// A monthly investment report a project the user reports on owes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportOwed {
    pub project_code: String,
    pub project_name: String,
    pub year: i32,
    pub month: u32,
    /// The reporting day; missing (未报) once it has passed.
    pub due: NaiveDate,
    pub missing: bool,
}

/// An appeal waiting for the supervision office's decision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AppealWaiting {
    pub run_id: i64,
    pub year: i32,
    pub project_code: String,
    pub deduction_key: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Waiting {
    /// Reschedule requests the user decides today.
    pub approvals: Vec<ms::RescheduleRequest>,
    pub appeals: Vec<AppealWaiting>,
    /// Open milestones overdue or due soon on projects the user reports on.
    pub milestones: Vec<ms::MilestoneView>,
    pub reports: Vec<ReportOwed>,
    /// Open problems the user's unit must resolve (销号 asked).
    pub problems: Vec<problems::ProblemItem>,
    /// Resolutions waiting for the office's confirmation.
    pub confirmations: Vec<problems::ProblemItem>,
}

impl Waiting {
    pub fn count(&self) -> usize {
        self.approvals.len()
            + self.appeals.len()
            + self.milestones.len()
            + self.reports.len()
            + self.problems.len()
            + self.confirmations.len()
    }
}

/// Everything waiting for the acting user today.
pub fn waiting(conn: &mut DbConn, ctx: &Ctx, rules: &Rules) -> AppResult<Waiting> {
    let pending = ms::list_requests(
        conn,
        ctx,
        &ms::RescheduleFilter {
            status: Some(ms::PENDING.into()),
            limit: Some(super::MAX_LIMIT),
            ..Default::default()
        },
    )?
    .items;
    let mut approvals = Vec::new();
    for r in pending {
        if projects::decides(conn, ctx, r.project_id)? {
            approvals.push(r);
        }
    }
    // Appeals are decided by whoever reads every project (the office, admins).
    let supervises = ctx.principal.as_ref().is_none_or(|p| p.reads_everything());
    let mut appeals = Vec::new();
    if supervises {
        let runs = assessments::list(
            conn,
            ctx,
            &assessments::RunFilter {
                status: Some(assessments::DRAFT.into()),
                limit: Some(100),
                ..Default::default()
            },
        )?
        .items;
        for run in runs {
            for a in assessments::appeals(conn, ctx, run.id)? {
                if a.status == assessments::APPEAL_PENDING {
                    appeals.push(AppealWaiting {
                        run_id: run.id,
                        year: run.year,
                        project_code: a.project_code,
                        deduction_key: a.deduction_key,
                    });
                }
            }
        }
    }
    // Someone who may report on no project (the office) has no milestones or reports owed:
    // the worklist would read every open milestone only to keep none.
    let work = if super::access::may_on_some(ctx, Action::Report) {
        ms::worklist(conn, ctx, rules)?
    } else {
        ms::Worklist {
            open: Vec::new(),
            reporting: Vec::new(),
        }
    };
    let milestones: Vec<ms::MilestoneView> = work
        .open
        .into_iter()
        .filter(|(m, reports)| {
            *reports
                && matches!(
                    m.working_status,
                    Status::Overdue { .. } | Status::DueSoon { .. }
                )
        })
        .map(|(m, _)| m)
        .collect();
    let ids: Vec<i64> = work.reporting.iter().map(|p| p.id).collect();
    let mut reports_owed = Vec::new();
    if !ids.is_empty() {
        let cal = super::calendar::load(conn)?;
        let facts = reports::facts(
            conn,
            ctx.tz,
            ctx.today,
            ctx.today.year(),
            &reports::InspectionFilter {
                within: Some(ids),
                ..Default::default()
            },
        )?;
        for p in &facts {
            for (year, month, due) in report::reports_owed(p, ctx.today, &cal, rules) {
                reports_owed.push(ReportOwed {
                    project_code: p.code.clone(),
                    project_name: p.name.clone(),
                    year,
                    month,
                    due,
                    missing: ctx.today > due,
                });
            }
        }
    }
    let (problems, confirmations) = problems::waiting(conn, ctx)?;
    Ok(Waiting {
        approvals,
        appeals,
        milestones,
        reports: reports_owed,
        problems,
        confirmations,
    })
}
