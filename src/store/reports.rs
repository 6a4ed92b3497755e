//! Gathers the facts behind a report as of a date; the figures themselves are computed by
//! `domain::report`.

use super::one_of::one_of;
use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::IntoParams;

use super::in_scope;
use crate::db::DbConn;
use crate::db::dates::Fast;
use crate::db::schema::{
    assignments, investment_reports, milestones, people, progress_updates, projects, stage_events,
    units,
};
use crate::domain::access::Role;
use crate::domain::assignment::{Held, holder_on};
use crate::domain::project::Category;
use crate::domain::report::{self, HeldBy, Holder, InspectionReport, MilestoneFacts, ProjectFacts};
use crate::domain::rules::Rules;
use crate::domain::stage::Stage;
use crate::error::AppResult;

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct InspectionFilter {
    /// Report date (default today).
    pub as_of: Option<NaiveDate>,
    /// Only this leader's projects (who held them on `as_of`).
    pub leader: Option<i64>,
    /// Only this unit's projects (on `as_of`).
    pub unit: Option<i64>,
    pub category: Option<Category>,
    /// `json` (the default), `csv` (UTF-8 with BOM, for Excel), `xlsx` (a workbook: summary,
    /// rankings, projects) or `html` (a printable A4 bulletin).
    pub format: Option<String>,
    /// Set by the server: only these projects (the board's page, one project's page).
    #[serde(skip)]
    #[param(ignore)]
    pub within: Option<Vec<i64>>,
}

/// Who reads and issues inspection reports.
const SUPERVISION: &[Role] = &[Role::Admin, Role::Supervisor];

/// The inspection report as of `as_of` (`f.as_of` or today), for the supervision office;
/// a unit head reads the projects of the units he heads (held by them on that day) and
/// their place in the zone's ranking of units, nothing of other units or of leaders.
/// (`f.format` is the door's: how to send it.)
pub fn inspection(
    conn: &mut DbConn,
    ctx: &super::Ctx,
    tz: Tz,
    rules: &Rules,
    f: &InspectionFilter,
) -> AppResult<InspectionReport> {
    if let Some(units) = super::access::headed_scope(conn, ctx)? {
        return unit_inspection(conn, ctx, tz, rules, f, &units);
    }
    super::access::require_role(ctx, SUPERVISION)?;
    let as_of = f.as_of.unwrap_or(ctx.today);
    let facts = facts(conn, tz, as_of, as_of.year(), f)?;
    let cal = super::calendar::load(conn)?;
    let mut r = report::inspection(&facts, as_of, &cal, rules);
    // Changes are told against the whole zone's last report issued by this date about an
    // earlier date (one issued later is not yet known on this date).
    if f.leader.is_none() && f.unit.is_none() && f.category.is_none() {
        use crate::db::schema::issued_reports;
        let next_midnight = as_of
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|t| t.and_local_timezone(tz).earliest())
            .map(|t| t.naive_utc())
            .unwrap_or(NaiveDateTime::MAX);
        let prev: Option<(String, String)> = issued_reports::table
            .filter(issued_reports::kind.eq(INSPECTION))
            .filter(issued_reports::as_of.lt(as_of))
            .filter(issued_reports::issued_at.lt(next_midnight))
            .order((issued_reports::as_of.desc(), issued_reports::id.desc()))
            .select((issued_reports::title, issued_reports::body_json))
            .first(conn)
            .optional()?;
        if let Some((title, body)) = prev
            && let Ok(prev) = serde_json::from_str::<InspectionReport>(&body)
        {
            r.changes = Some(report::changes(&title, &prev, &r));
        }
    }
    Ok(r)
}

/// The report of a unit head's own units: their projects, and their units' rows of the
/// zone's ranking.
fn unit_inspection(
    conn: &mut DbConn,
    ctx: &super::Ctx,
    tz: Tz,
    rules: &Rules,
    f: &InspectionFilter,
    units: &[i64],
) -> AppResult<InspectionReport> {
    if units.is_empty() {
        return Err(crate::error::AppError::forbidden(
            "the inspection report is read by the supervision office and by unit heads",
        ));
    }
    let as_of = f.as_of.unwrap_or(ctx.today);
    let cal = super::calendar::load(conn)?;
    let all = facts(conn, tz, as_of, as_of.year(), &InspectionFilter::default())?;
    let zone = report::inspection(&all, as_of, &cal, rules);
    let mine: Vec<ProjectFacts> = all
        .into_iter()
        .filter(|p| p.unit.as_ref().is_some_and(|u| units.contains(&u.id)))
        .filter(|p| f.category.is_none_or(|c| p.category == c.as_str()))
        .collect();
    let mut r = report::inspection(&mine, as_of, &cal, rules);
    r.by_unit = zone
        .by_unit
        .into_iter()
        .filter(|g| units.contains(&g.id))
        .collect();
    r.by_leader = vec![];
    Ok(r)
}

/// Names of every person and unit by id, for the holders a report shows.
pub(crate) fn names(conn: &mut DbConn) -> AppResult<(HashMap<i64, String>, HashMap<i64, String>)> {
    names_among(conn, None, None)
}

/// Names of the people and units by id: of those given, or of all (`None`).
fn names_among(
    conn: &mut DbConn,
    person_ids: Option<&[i64]>,
    unit_ids: Option<&[i64]>,
) -> AppResult<(HashMap<i64, String>, HashMap<i64, String>)> {
    let people = in_scope(person_ids, |ids| {
        let mut q = people::table
            .select((people::id, people::name))
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(people::id, ids));
        }
        Ok(q.load::<(i64, String)>(conn)?)
    })?;
    let units = in_scope(unit_ids, |ids| {
        let mut q = units::table.select((units::id, units::name)).into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(units::id, ids));
        }
        Ok(q.load::<(i64, String)>(conn)?)
    })?;
    Ok((people.into_iter().collect(), units.into_iter().collect()))
}

/// An assignment as read for the history: id, project, leader, unit, person, start, end.
pub(crate) type HeldRow = (
    i64,
    i64,
    i64,
    i64,
    i64,
    Fast<NaiveDate>,
    Fast<Option<NaiveDate>>,
);

type ProjectRowT = (
    i64,
    String,
    String,
    String,
    String,
    Fast<NaiveDate>,
    Fast<NaiveDate>,
);

/// The history of the projects `f` selects, as `domain::report` reads it. Every table is
/// read only for the projects in scope (in pieces of [`super::IDS_PER_QUERY`] ids), so
/// that one project's page or a person's list costs what their projects cost, not what
/// the whole zone's history does; the whole zone is read table by table, once.
pub(crate) fn facts(
    conn: &mut DbConn,
    tz: Tz,
    as_of: NaiveDate,
    year: i32,
    f: &InspectionFilter,
) -> AppResult<Vec<ProjectFacts>> {
    read_facts(conn, tz, as_of, year, f, true)
}

/// The whole zone's facts without milestones and progress texts: what a light's reasons
/// beyond milestones and the monthly reports owed need (stages, investment, holders). For
/// the daily scan, which reads its open milestones itself.
pub(crate) fn facts_beyond_milestones(
    conn: &mut DbConn,
    tz: Tz,
    as_of: NaiveDate,
    year: i32,
) -> AppResult<Vec<ProjectFacts>> {
    read_facts(conn, tz, as_of, year, &InspectionFilter::default(), false)
}

fn read_facts(
    conn: &mut DbConn,
    tz: Tz,
    as_of: NaiveDate,
    year: i32,
    f: &InspectionFilter,
    with_milestones: bool,
) -> AppResult<Vec<ProjectFacts>> {
    let mut rows: Vec<ProjectRowT> = in_scope(f.within.as_deref(), |ids| {
        let mut q = projects::table.into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(projects::id, ids));
        }
        if let Some(c) = f.category {
            q = q.filter(projects::category.eq(c.as_str()));
        }
        Ok(q.order(projects::code)
            .select((
                projects::id,
                projects::code,
                projects::name,
                projects::level,
                projects::category,
                projects::planned_start,
                projects::planned_finish,
            ))
            .load(conn)?)
    })?;
    if f.within.is_some() {
        // Pieces are each in order of code, not the whole.
        rows.sort_by(|a, b| a.1.cmp(&b.1));
    }
    // The projects whose history is read: all (None) unless the filter narrowed them.
    let mut scope: Option<Vec<i64>> =
        (f.within.is_some() || f.category.is_some()).then(|| rows.iter().map(|r| r.0).collect());

    // (leader, unit, person) of each recorded assignment, per project.
    type Names = (i64, i64, i64);
    let mut recorded: HashMap<i64, Vec<Held<Names>>> = HashMap::new();
    let held = in_scope(scope.as_deref(), |ids| {
        let mut q = assignments::table.into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(assignments::project_id, ids));
        }
        Ok(q.select((
            assignments::id,
            assignments::project_id,
            assignments::leader_id,
            assignments::unit_id,
            assignments::person_id,
            assignments::start_on,
            assignments::end_on,
        ))
        .load::<HeldRow>(conn)?)
    })?;
    for (id, pid, leader, unit, person, Fast(start), Fast(end)) in held {
        recorded.entry(pid).or_default().push(Held {
            id,
            start_on: start,
            end_on: end,
            holder: (leader, unit, person),
        });
    }
    let holding: HashMap<i64, (i64, i64, i64)> = recorded
        .iter()
        .filter_map(|(pid, list)| holder_on(list, as_of).map(|a| (*pid, a.holder)))
        .collect();
    let keep: HashSet<i64> = rows
        .iter()
        .map(|r| r.0)
        .filter(|id| {
            let h = holding.get(id);
            f.leader.is_none_or(|l| h.is_some_and(|h| h.0 == l))
                && f.unit.is_none_or(|u| h.is_some_and(|h| h.1 == u))
        })
        .collect();
    if f.leader.is_some() || f.unit.is_some() {
        scope = Some(
            rows.iter()
                .map(|r| r.0)
                .filter(|id| keep.contains(id))
                .collect(),
        );
    }
    let (person_names, unit_names) = match &scope {
        None => names_among(conn, None, None)?,
        Some(ids) => {
            let mut persons: Vec<i64> = Vec::new();
            let mut units: Vec<i64> = Vec::new();
            for h in ids.iter().filter_map(|id| recorded.get(id)).flatten() {
                persons.extend([h.holder.0, h.holder.2]);
                units.push(h.holder.1);
            }
            persons.sort_unstable();
            persons.dedup();
            units.sort_unstable();
            units.dedup();
            names_among(conn, Some(&persons), Some(&units))?
        }
    };
    let scope = scope.as_deref();

    let mut stages: HashMap<i64, Vec<(NaiveDate, Stage)>> = HashMap::new();
    let events = in_scope(scope, |ids| {
        let mut q = stage_events::table.into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(stage_events::project_id, ids));
        }
        Ok(q.select((
            stage_events::project_id,
            stage_events::effective_on,
            stage_events::stage,
        ))
        .order((stage_events::effective_on, stage_events::id))
        .load::<(i64, Fast<NaiveDate>, String)>(conn)?)
    })?;
    for (pid, Fast(on), stage) in events {
        if let Some(s) = Stage::parse(&stage) {
            stages.entry(pid).or_default().push((on, s));
        }
    }
    let milestone_rows = if !with_milestones {
        Vec::new()
    } else {
        in_scope(scope, |ids| {
            let mut q = milestones::table.into_boxed();
            if let Some(ids) = ids {
                q = q.filter(one_of(milestones::project_id, ids));
            }
            Ok(q.select((
                milestones::id,
                milestones::project_id,
                milestones::title,
                milestones::baseline_due,
                milestones::completed_on,
            ))
            .order((milestones::project_id, milestones::ordinal))
            .load::<(i64, i64, String, Fast<NaiveDate>, Fast<Option<NaiveDate>>)>(conn)?)
        })?
    };
    let mut moved = match scope {
        _ if !with_milestones => HashMap::new(),
        None => crate::store::milestones::moves(conn, tz, None)?,
        Some(_) => {
            let ids: Vec<i64> = milestone_rows.iter().map(|m| m.0).collect();
            crate::store::milestones::moves(conn, tz, Some(&ids))?
        }
    };
    let mut ms: HashMap<i64, Vec<MilestoneFacts>> = HashMap::new();
    for (id, pid, title, Fast(baseline), Fast(completed)) in milestone_rows {
        if keep.contains(&pid) {
            ms.entry(pid).or_default().push(MilestoneFacts {
                id,
                title,
                baseline_due: baseline,
                completed_on: completed,
                reschedules: moved.remove(&id).unwrap_or_default(),
            });
        }
    }
    let plans = super::investment::plans_of(conn, scope, year)?;
    let mut monthly: HashMap<i64, Vec<(i32, u32, i64)>> = HashMap::new();
    let reports = in_scope(scope, |ids| {
        let mut q = investment_reports::table
            .filter(investment_reports::year.eq(year))
            .into_boxed();
        if let Some(ids) = ids {
            q = q.filter(one_of(investment_reports::project_id, ids));
        }
        Ok(q.select((
            investment_reports::project_id,
            investment_reports::year,
            investment_reports::month,
            investment_reports::completed,
        ))
        .load::<(i64, i32, i32, i64)>(conn)?)
    })?;
    for (pid, y, m, amount) in reports {
        monthly.entry(pid).or_default().push((y, m as u32, amount));
    }
    let mut latest: HashMap<i64, (NaiveDate, String)> = HashMap::new();
    let updates = if !with_milestones {
        Vec::new()
    } else {
        in_scope(scope, |ids| {
            let mut q = progress_updates::table
                .filter(progress_updates::reported_on.le(as_of))
                .into_boxed();
            if let Some(ids) = ids {
                q = q.filter(one_of(progress_updates::project_id, ids));
            }
            Ok(q.select((
                progress_updates::project_id,
                progress_updates::reported_on,
                progress_updates::progress,
            ))
            .order((progress_updates::reported_on, progress_updates::id))
            .load::<(i64, Fast<NaiveDate>, String)>(conn)?)
        })?
    };
    for (pid, Fast(on), text) in updates {
        latest.insert(pid, (on, text));
    }

    let holder = |id: i64, names: &HashMap<i64, String>| {
        names.get(&id).map(|n| Holder {
            id,
            name: n.clone(),
        })
    };
    Ok(rows
        .into_iter()
        .filter(|r| keep.contains(&r.0))
        .map(
            |(id, code, name, level, category, Fast(planned_start), Fast(planned_finish))| {
                let h = holding.get(&id).copied();
                ProjectFacts {
                    id,
                    code,
                    name,
                    level,
                    category,
                    planned_start,
                    planned_finish,
                    stages: stages.remove(&id).unwrap_or_default(),
                    leader: h.and_then(|h| holder(h.0, &person_names)),
                    unit: h.and_then(|h| holder(h.1, &unit_names)),
                    person: h.and_then(|h| holder(h.2, &person_names)),
                    milestones: ms.remove(&id).unwrap_or_default(),
                    annual_plan: plans.get(&id).copied(),
                    monthly: monthly.remove(&id).unwrap_or_default(),
                    latest_progress: latest.remove(&id),
                    held: recorded
                        .get(&id)
                        .map(|list| {
                            list.iter()
                                .map(|h| Held {
                                    id: h.id,
                                    start_on: h.start_on,
                                    end_on: h.end_on,
                                    holder: HeldBy {
                                        leader: holder(h.holder.0, &person_names),
                                        unit: holder(h.holder.1, &unit_names),
                                        person: holder(h.holder.2, &person_names),
                                    },
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            },
        )
        .collect())
}

pub const INSPECTION: &str = "inspection";

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueInput {
    /// The date the report describes (default today; not in the future).
    pub as_of: Option<NaiveDate>,
    /// The id of the report issued earlier for the same date that this one replaces (it
    /// stays, marked superseded). Without it, a second issue of the same date is refused.
    #[serde(default)]
    pub replaces: Option<i64>,
    /// Set by the server from its settings: the letterhead the bulletin is issued under.
    #[serde(skip)]
    #[schema(ignore)]
    pub letterhead: Option<Letterhead>,
}

/// The issuing office and the offices a bulletin is copied to (抄送), from the settings
/// (`DUBAN_REPORT_ISSUER`, `DUBAN_REPORT_CC`) and kept with each bulletin as issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letterhead {
    pub issuer: String,
    pub cc: Vec<String>,
}

/// The issuing office when the settings name none.
pub const DEFAULT_ISSUER: &str = "督查室";

impl Default for Letterhead {
    fn default() -> Self {
        Self {
            issuer: DEFAULT_ISSUER.into(),
            cc: Vec::new(),
        }
    }
}

/// An issued report: numbered, dated, and exactly as it was issued.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Issued {
    pub id: i64,
    pub year: i32,
    pub serial: i32,
    /// e.g. `督查通报 2026 第 7 期`.
    pub title: String,
    pub as_of: NaiveDate,
    pub issued_by: String,
    pub issued_at: chrono::DateTime<chrono::Utc>,
    /// The earlier report of the same date this one replaces.
    pub replaces: Option<i64>,
    /// The later report that replaced this one (it stays on the record, superseded).
    pub superseded_by: Option<i64>,
    /// The issuing office (督查室 unless the settings name another).
    pub issuer: String,
    /// 抄送: the offices it was copied to.
    pub cc: Vec<String>,
    /// Present when one report is fetched; lists leave it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub report: Option<serde_json::Value>,
}

impl Issued {
    fn from_row(
        r: crate::db::models::IssuedReport,
        superseded_by: Option<i64>,
        with_body: bool,
    ) -> AppResult<Self> {
        let report = if with_body {
            Some(serde_json::from_str(&r.body_json).map_err(crate::error::AppError::internal)?)
        } else {
            None
        };
        Ok(Self {
            id: r.id,
            year: r.year,
            serial: r.serial,
            title: r.title,
            as_of: r.as_of,
            issued_by: r.issued_by,
            issued_at: r.issued_at.and_utc(),
            replaces: r.replaces,
            superseded_by,
            issuer: r.issuer.unwrap_or_else(|| DEFAULT_ISSUER.into()),
            cc: r
                .cc
                .map(|c| c.lines().map(String::from).collect())
                .unwrap_or_default(),
            report,
        })
    }
}

/// Issues the inspection report as of a date: numbers it within the year of issue and
/// stores it, never to change.
pub fn issue(
    conn: &mut DbConn,
    ctx: &super::Ctx,
    tz: Tz,
    rules: &Rules,
    input: IssueInput,
) -> AppResult<Issued> {
    use crate::db::schema::issued_reports;
    super::access::require_role(ctx, SUPERVISION)?;
    let as_of = input.as_of.unwrap_or(ctx.today);
    let mut f = crate::error::FieldErrors::new();
    crate::domain::validate::not_future(&mut f, "as_of", as_of, ctx.today);
    f.into_result()?;
    let report = inspection(
        conn,
        ctx,
        tz,
        rules,
        &InspectionFilter {
            as_of: Some(as_of),
            ..Default::default()
        },
    )?;
    let body = serde_json::to_string(&report).map_err(crate::error::AppError::internal)?;
    let letterhead = input.letterhead.clone().unwrap_or_default();
    conn.transaction(|conn| {
        // One report in force per date: a second issue must say which one it replaces,
        // and that one must be the one in force (not itself already replaced).
        let same_day: Vec<crate::db::models::IssuedReport> = issued_reports::table
            .filter(issued_reports::kind.eq(INSPECTION))
            .filter(issued_reports::as_of.eq(as_of))
            .select(crate::db::models::IssuedReport::as_select())
            .load(conn)?;
        let replaced: std::collections::HashSet<i64> =
            same_day.iter().filter_map(|r| r.replaces).collect();
        let in_force = same_day.iter().find(|r| !replaced.contains(&r.id));
        match (in_force, input.replaces) {
            (None, None) => {}
            (Some(r), Some(id)) if r.id == id => {}
            (Some(r), None) => {
                return Err(crate::error::AppError::conflict_on(
                    crate::error::Code::Duplicate,
                    "as_of",
                    format!(
                        "{} was already issued as of {as_of} (id {}); to issue it again, say that it replaces it",
                        r.title, r.id
                    ),
                ));
            }
            (_, Some(_)) => {
                return Err(crate::error::AppError::field(
                    "replaces",
                    format!("must be the id of the report in force as of {as_of}"),
                ));
            }
        }
        let year = ctx.today.year();
        let last: Option<i32> = issued_reports::table
            .filter(issued_reports::kind.eq(INSPECTION))
            .filter(issued_reports::year.eq(year))
            .select(diesel::dsl::max(issued_reports::serial))
            .first(conn)?;
        let serial = last.unwrap_or(0) + 1;
        let title = format!("督查通报 {year} 第 {serial} 期");
        let row: crate::db::models::IssuedReport = diesel::insert_into(issued_reports::table)
            .values((
                issued_reports::kind.eq(INSPECTION),
                issued_reports::year.eq(year),
                issued_reports::serial.eq(serial),
                issued_reports::title.eq(&title),
                issued_reports::as_of.eq(as_of),
                issued_reports::issued_by.eq(&ctx.actor),
                issued_reports::issued_at.eq(ctx.now),
                issued_reports::body_json.eq(&body),
                issued_reports::replaces.eq(input.replaces),
                issued_reports::issuer.eq(&letterhead.issuer),
                issued_reports::cc.eq(Some(letterhead.cc.join("\n")).filter(|c| !c.is_empty())),
            ))
            .get_result(conn)?;
        super::audit::record(
            conn,
            ctx,
            "issued_report",
            row.id,
            "issue",
            None::<&()>,
            Some(&serde_json::json!({"title": title, "as_of": as_of, "replaces": input.replaces})),
        )?;
        Issued::from_row(row, None, true)
    })
}

pub fn issued(
    conn: &mut DbConn,
    ctx: &super::Ctx,
    paging: super::Paging,
) -> AppResult<super::Page<Issued>> {
    use crate::db::schema::issued_reports;
    super::access::require_role(ctx, SUPERVISION)?;
    let (limit, offset) = paging.resolve()?;
    let total = issued_reports::table.count().get_result(conn)?;
    let items = issued_reports::table
        .order((issued_reports::year.desc(), issued_reports::serial.desc()))
        .limit(limit)
        .offset(offset)
        .select(crate::db::models::IssuedReport::as_select())
        .load(conn)?;
    let by = replacements(conn)?;
    let items = items
        .into_iter()
        .map(|r| {
            let sup = by.get(&r.id).copied();
            Issued::from_row(r, sup, false)
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(super::Page { items, total })
}

pub fn issued_one(conn: &mut DbConn, ctx: &super::Ctx, id: i64) -> AppResult<Issued> {
    use crate::db::schema::issued_reports;
    super::access::require_role(ctx, SUPERVISION)?;
    let row = issued_reports::table
        .find(id)
        .select(crate::db::models::IssuedReport::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| crate::error::AppError::not_found(format!("issued report {id}")))?;
    let sup = replacements(conn)?.get(&row.id).copied();
    Issued::from_row(row, sup, true)
}

/// Replaced report id → the id of the report that replaced it.
fn replacements(conn: &mut DbConn) -> AppResult<HashMap<i64, i64>> {
    use crate::db::schema::issued_reports;
    Ok(issued_reports::table
        .filter(issued_reports::replaces.is_not_null())
        .select((issued_reports::replaces, issued_reports::id))
        .load::<(Option<i64>, i64)>(conn)?
        .into_iter()
        .filter_map(|(old, new)| old.map(|o| (o, new)))
        .collect())
}
