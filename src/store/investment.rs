//! Investment: annual plans (年度计划投资) and monthly reports of investment completed
//! (完成投资). Amounts are exact yuan. `cumulative` is kept by this module, never typed in:
//! it is the running sum of the project's monthly reports, recomputed on every change.

use super::one_of::one_of;
use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, Page, Paging, access, audit, projects};
use crate::db::DbConn;
use crate::db::models::{
    InvestmentPlan, InvestmentReport, NewInvestmentPlanRow, NewInvestmentReportRow,
};
use crate::db::schema::{investment_plans, investment_reports};
use crate::domain::access::{Action, Role};
use crate::domain::money::{format_yuan, percent};
use crate::domain::validate;
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const PLAN: &str = "investment_plan";
pub const REPORT: &str = "investment_report";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPlan {
    pub project_code: String,
    pub year: i32,
    /// Planned investment for the year, yuan.
    pub planned: i64,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanPatch {
    pub planned: i64,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReport {
    pub project_code: String,
    pub year: i32,
    /// 1 to 12.
    pub month: i32,
    /// Investment completed in that month, yuan.
    pub completed: i64,
}

/// A correction of a month's figure: the new amount and why. The old amount stays in the
/// audit log beside the reason.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportPatch {
    pub completed: i64,
    /// Why the figure is corrected (更正说明), required.
    pub reason: String,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InvestmentFilter {
    /// Project code.
    pub project: Option<String>,
    pub year: Option<i32>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// Set by the server from the caller's rights: only these projects.
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

/// Plan against completion for one year.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct YearFigures {
    pub year: i32,
    /// Planned for the year, yuan (`null` when no plan was set).
    pub planned: Option<i64>,
    /// Completed in the year's monthly reports, yuan.
    pub completed: i64,
    /// Completed since the first report, yuan.
    pub cumulative: i64,
    /// `completed` as a percentage of `planned`, one decimal.
    pub percent_of_plan: Option<f64>,
    /// `planned` for people: 万元 / 亿元.
    pub planned_text: Option<String>,
    pub completed_text: String,
}

fn check_year(f: &mut FieldErrors, year: i32) {
    if !(2000..=2100).contains(&year) {
        f.add("year", "must be between 2000 and 2100");
    }
}

/// One plan, for whoever may read its project.
pub fn read_plan(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<InvestmentPlan> {
    access::load(
        conn,
        ctx,
        Action::Read,
        &format!("investment plan {id}"),
        |c| get_plan(c, id),
    )
}

/// One monthly report, for whoever may read its project.
pub fn read_report(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<InvestmentReport> {
    access::load(
        conn,
        ctx,
        Action::Read,
        &format!("investment report {id}"),
        |c| get_report(c, id),
    )
}

/// A report the acting user may correct or withdraw: on a project they report on.
fn reported(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<InvestmentReport> {
    access::load(
        conn,
        ctx,
        Action::Report,
        &format!("investment report {id}"),
        |c| get_report(c, id),
    )
}

pub fn get_plan(conn: &mut DbConn, id: i64) -> AppResult<InvestmentPlan> {
    investment_plans::table
        .find(id)
        .select(InvestmentPlan::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("investment plan {id}")))
}

pub fn get_report(conn: &mut DbConn, id: i64) -> AppResult<InvestmentReport> {
    investment_reports::table
        .find(id)
        .select(InvestmentReport::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("investment report {id}")))
}

fn project_filter_id(conn: &mut DbConn, f: &InvestmentFilter) -> AppResult<Option<i64>> {
    Ok(match &f.project {
        Some(code) => Some(projects::get_by_code(conn, code)?.id),
        None => None,
    })
}

pub fn list_plans(
    conn: &mut DbConn,
    ctx: &Ctx,
    f: &InvestmentFilter,
) -> AppResult<Page<InvestmentPlan>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let pid = project_filter_id(conn, f)?;
    let readable = access::readable_today(conn, ctx)?;
    let query = || {
        let mut q = investment_plans::table.into_boxed();
        if let Some(p) = pid {
            q = q.filter(investment_plans::project_id.eq(p));
        }
        if let Some(ids) = &f.within {
            q = q.filter(one_of(investment_plans::project_id, ids));
        }
        if let Some(ids) = &readable {
            q = q.filter(one_of(investment_plans::project_id, ids));
        }
        if let Some(y) = f.year {
            q = q.filter(investment_plans::year.eq(y));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order((investment_plans::project_id, investment_plans::year))
        .limit(limit)
        .offset(offset)
        .select(InvestmentPlan::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

pub fn list_reports(
    conn: &mut DbConn,
    ctx: &Ctx,
    f: &InvestmentFilter,
) -> AppResult<Page<InvestmentReport>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let pid = project_filter_id(conn, f)?;
    let readable = access::readable_today(conn, ctx)?;
    let query = || {
        let mut q = investment_reports::table.into_boxed();
        if let Some(p) = pid {
            q = q.filter(investment_reports::project_id.eq(p));
        }
        if let Some(ids) = &f.within {
            q = q.filter(one_of(investment_reports::project_id, ids));
        }
        if let Some(ids) = &readable {
            q = q.filter(one_of(investment_reports::project_id, ids));
        }
        if let Some(y) = f.year {
            q = q.filter(investment_reports::year.eq(y));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order((
            investment_reports::project_id,
            investment_reports::year,
            investment_reports::month,
        ))
        .limit(limit)
        .offset(offset)
        .select(InvestmentReport::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// A project's annual plan: the ledger's, so an admin's to set.
pub fn create_plan(conn: &mut DbConn, ctx: &Ctx, input: NewPlan) -> AppResult<InvestmentPlan> {
    access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let mut f = FieldErrors::new();
        check_year(&mut f, input.year);
        validate::non_negative(&mut f, "planned", input.planned);
        f.into_result()?;
        let project = projects::named_in_body(conn, &input.project_code)?;
        let exists: i64 = investment_plans::table
            .filter(investment_plans::project_id.eq(project.id))
            .filter(investment_plans::year.eq(input.year))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "year",
                format!(
                    "project {} already has a plan for {}",
                    project.code, input.year
                ),
            ));
        }
        let plan: InvestmentPlan = diesel::insert_into(investment_plans::table)
            .values(&NewInvestmentPlanRow {
                project_id: project.id,
                year: input.year,
                planned: input.planned,
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            PLAN,
            plan.id,
            "create",
            None::<&InvestmentPlan>,
            Some(&plan),
        )?;
        Ok(plan)
    })
}

pub fn update_plan(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    patch: PlanPatch,
) -> AppResult<InvestmentPlan> {
    access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let before = get_plan(conn, id)?;
        let mut f = FieldErrors::new();
        validate::non_negative(&mut f, "planned", patch.planned);
        f.into_result()?;
        let after: InvestmentPlan = diesel::update(investment_plans::table.find(id))
            .set((
                investment_plans::planned.eq(patch.planned),
                investment_plans::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, PLAN, id, "update", Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn delete_plan(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<()> {
    access::require_role(ctx, &[Role::Admin])?;
    conn.transaction(|conn| {
        let before = get_plan(conn, id)?;
        diesel::delete(investment_plans::table.find(id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            PLAN,
            id,
            "delete",
            Some(&before),
            None::<&InvestmentPlan>,
        )?;
        Ok(())
    })
}

/// Rewrites `cumulative` for a project's reports in (year, month) order.
fn recompute_cumulative(conn: &mut DbConn, project_id: i64) -> AppResult<()> {
    let rows: Vec<(i64, i64, i64)> = investment_reports::table
        .filter(investment_reports::project_id.eq(project_id))
        .order((investment_reports::year, investment_reports::month))
        .select((
            investment_reports::id,
            investment_reports::completed,
            investment_reports::cumulative,
        ))
        .load(conn)?;
    let mut running = 0i64;
    for (id, completed, stored) in rows {
        running = running.saturating_add(completed);
        if stored != running {
            diesel::update(investment_reports::table.find(id))
                .set(investment_reports::cumulative.eq(running))
                .execute(conn)?;
        }
    }
    Ok(())
}

pub fn create_report(
    conn: &mut DbConn,
    ctx: &Ctx,
    input: NewReport,
) -> AppResult<InvestmentReport> {
    access::require_named(conn, ctx, &input.project_code, Action::Report)?;
    conn.transaction(|conn| {
        let mut f = FieldErrors::new();
        check_year(&mut f, input.year);
        if !(1..=12).contains(&input.month) {
            f.add("month", "must be between 1 and 12");
        }
        validate::non_negative(&mut f, "completed", input.completed);
        validate::not_future_month(&mut f, "month", input.year, input.month, ctx.today);
        let project = projects::named_in_body(conn, &input.project_code)?;
        validate::within_total(
            &mut f,
            "completed",
            input.completed,
            project.total_investment,
        );
        f.into_result()?;
        let exists: i64 = investment_reports::table
            .filter(investment_reports::project_id.eq(project.id))
            .filter(investment_reports::year.eq(input.year))
            .filter(investment_reports::month.eq(input.month))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "month",
                format!(
                    "project {} already has a report for {}-{:02}",
                    project.code, input.year, input.month
                ),
            ));
        }
        let inserted: InvestmentReport = diesel::insert_into(investment_reports::table)
            .values(&NewInvestmentReportRow {
                project_id: project.id,
                year: input.year,
                month: input.month,
                completed: input.completed,
                cumulative: 0,
                created_at: ctx.now,
                updated_at: ctx.now,
                reported_by: Some(&ctx.actor),
            })
            .get_result(conn)?;
        recompute_cumulative(conn, project.id)?;
        let report = get_report(conn, inserted.id)?;
        audit::record(
            conn,
            ctx,
            REPORT,
            report.id,
            "create",
            None::<&InvestmentReport>,
            Some(&report),
        )?;
        Ok(report)
    })
}

pub fn update_report(
    conn: &mut DbConn,
    ctx: &Ctx,
    id: i64,
    patch: ReportPatch,
) -> AppResult<InvestmentReport> {
    conn.transaction(|conn| {
        let before = reported(conn, ctx, id)?;
        let total = projects::get(conn, before.project_id)?.total_investment;
        let reason = validate::blank_to_none(Some(patch.reason)).unwrap_or_default();
        let mut f = FieldErrors::new();
        validate::non_negative(&mut f, "completed", patch.completed);
        validate::within_total(&mut f, "completed", patch.completed, total);
        validate::required_text(&mut f, "reason", &reason);
        f.into_result()?;
        diesel::update(investment_reports::table.find(id))
            .set((
                investment_reports::completed.eq(patch.completed),
                investment_reports::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        recompute_cumulative(conn, before.project_id)?;
        let after = get_report(conn, id)?;
        let mut logged = serde_json::to_value(&after).map_err(AppError::internal)?;
        if let Some(o) = logged.as_object_mut() {
            o.insert("correction_reason".into(), reason.into());
        }
        audit::record(
            conn,
            ctx,
            REPORT,
            id,
            "correct",
            Some(&before),
            Some(&logged),
        )?;
        Ok(after)
    })
}

/// Withdraws a month's report: its author or an admin only
/// ([`crate::domain::access::may_change_entry`]); anyone else who reports on the project
/// corrects it, with a reason, instead.
pub fn delete_report(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<()> {
    conn.transaction(|conn| {
        let before = reported(conn, ctx, id)?;
        if let Some(p) = &ctx.principal
            && !crate::domain::access::may_change_entry(p, before.reported_by.as_deref())
        {
            return Err(AppError::forbidden(
                "only its author (or an admin) may delete a monthly report; correct it with a reason instead",
            ));
        }
        diesel::delete(investment_reports::table.find(id)).execute(conn)?;
        recompute_cumulative(conn, before.project_id)?;
        audit::record(
            conn,
            ctx,
            REPORT,
            id,
            "delete",
            Some(&before),
            None::<&InvestmentReport>,
        )?;
        Ok(())
    })
}

/// The year's figures as they stood on `as_of`: the plan of its year, and only the monthly
/// reports of months up to its own (a project page as of May does not count June).
pub fn year_figures_as_of(
    conn: &mut DbConn,
    project_id: i64,
    as_of: NaiveDate,
) -> AppResult<YearFigures> {
    let (year, through) = (as_of.year(), as_of.month() as i32);
    let mut all = figures_through(conn, &[project_id], year, through)?;
    Ok(all
        .remove(&project_id)
        .unwrap_or_else(|| figures(year, None, 0, 0)))
}

impl YearFigures {
    /// A year with no plan and nothing reported.
    pub fn none(year: i32) -> Self {
        figures(year, None, 0, 0)
    }
}

fn figures(year: i32, planned: Option<i64>, completed: i64, cumulative: i64) -> YearFigures {
    YearFigures {
        year,
        planned,
        completed,
        cumulative,
        percent_of_plan: planned.and_then(|p| percent(completed, p)),
        planned_text: planned.map(format_yuan),
        completed_text: format_yuan(completed),
    }
}

/// The year's figures of many projects in two queries (a page of projects would otherwise
/// cost two round trips each).
pub fn year_figures_of(
    conn: &mut DbConn,
    project_ids: &[i64],
    year: i32,
) -> AppResult<std::collections::HashMap<i64, YearFigures>> {
    figures_through(conn, project_ids, year, 12)
}

/// The year's planned amount of each project in scope (`None`: the whole zone) that has one.
pub(crate) fn plans_of(
    conn: &mut DbConn,
    scope: Option<&[i64]>,
    year: i32,
) -> AppResult<std::collections::HashMap<i64, i64>> {
    Ok(super::in_scope(scope, |ids| {
        let mut q = investment_plans::table
            .filter(investment_plans::year.eq(year))
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(investment_plans::project_id, ids));
        }
        Ok(
            q.select((investment_plans::project_id, investment_plans::planned))
                .load::<(i64, i64)>(conn)?,
        )
    })?
    .into_iter()
    .collect())
}

/// The figures of `year` counting the monthly reports up to month `through` of it.
pub fn figures_through(
    conn: &mut DbConn,
    project_ids: &[i64],
    year: i32,
    through: i32,
) -> AppResult<std::collections::HashMap<i64, YearFigures>> {
    let scope = super::scope_of(conn, project_ids)?;
    let plans = plans_of(conn, scope, year)?;
    let reports: Vec<(i64, i32, i64, i64)> = super::in_scope(scope, |ids| {
        let mut q = investment_reports::table
            .filter(
                investment_reports::year
                    .lt(year)
                    .or(investment_reports::year
                        .eq(year)
                        .and(investment_reports::month.le(through))),
            )
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(investment_reports::project_id, ids));
        }
        Ok(q.order((
            investment_reports::project_id,
            investment_reports::year,
            investment_reports::month,
        ))
        .select((
            investment_reports::project_id,
            investment_reports::year,
            investment_reports::completed,
            investment_reports::cumulative,
        ))
        .load(conn)?)
    })?;
    // Ordered by project, year and month (a project's reports all come in one piece): each
    // project's reports are one run.
    let mut by_project: std::collections::HashMap<i64, (i64, i64)> =
        std::collections::HashMap::new();
    for (p, y, completed, cumulative) in reports {
        let e = by_project.entry(p).or_insert((0, 0));
        if y == year {
            e.0 += completed;
        }
        e.1 = cumulative;
    }
    let mut out = std::collections::HashMap::with_capacity(project_ids.len());
    for &id in project_ids {
        let (completed, cumulative) = by_project.get(&id).copied().unwrap_or((0, 0));
        out.insert(
            id,
            figures(year, plans.get(&id).copied(), completed, cumulative),
        );
    }
    Ok(out)
}
