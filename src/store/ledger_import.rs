//! Importing a ledger sheet into the database: [`snapshot`] loads what the sheet's rows are
//! compared with (a few queries for the whole sheet, not a few per row), and [`apply`]
//! writes a `domain::ledger_import::Plan` in one transaction, so a failure on any row
//! leaves the database as it was. The rules of what changes live in the domain module.

use super::one_of::one_of;
use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde_json::json;

use super::{Ctx, audit, investment, milestones, progress, projects};
use crate::db::DbConn;
use crate::db::models::{
    NewAssignmentRow, NewInvestmentPlanRow, NewInvestmentReportRow, NewProgressUpdateRow,
    NewStageEventRow, ProgressUpdate, Project,
};
use crate::db::schema::{
    assignments, audit_log, investment_plans, investment_reports, milestones as ms, people,
    progress_updates, projects as pj, reschedules, stage_events, units,
};
use crate::domain::ledger_import::{
    Change, Creation, KnownMilestone, KnownPerson, KnownProject, Plan, PlanChange, REASON, Ref,
    Snapshot, Update, opening_month,
};
use crate::domain::sheet::{CellError, why};
use crate::domain::validate::in_chinese;
use crate::error::{AppError, AppResult};

/// How many codes one `IN (…)` list carries (SQLite allows 32,766 bound values).
const CHUNK: usize = 2000;

/// What the database holds about the people, the units and the projects of these codes;
/// `year` is the year whose investment plan the sheet's 年度计划投资 is.
pub fn snapshot(conn: &mut DbConn, codes: &[String], year: i32) -> AppResult<Snapshot> {
    let people: Vec<KnownPerson> = people::table
        .order(people::id)
        .select((
            people::id,
            people::name,
            people::email,
            people::phone,
            people::active,
        ))
        .load::<(i64, String, Option<String>, Option<String>, bool)>(conn)?
        .into_iter()
        .map(|(id, name, email, phone, active)| KnownPerson {
            id,
            name,
            email,
            phone,
            active,
        })
        .collect();
    let units = units::table
        .order(units::id)
        .select((units::id, units::name))
        .load(conn)?;
    let any: i64 = pj::table.count().get_result(conn)?;
    let leaders = assignments::table
        .filter(assignments::end_on.is_null())
        .select(assignments::leader_id)
        .distinct()
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let mut projects = HashMap::new();
    for part in codes.chunks(CHUNK) {
        let found: Vec<Project> = pj::table
            .filter(pj::code.eq_any(part))
            .select(Project::as_select())
            .load(conn)?;
        let ids: Vec<i64> = found.iter().map(|p| p.id).collect();
        let mut known = known_projects(conn, found, &ids, year)?;
        projects.extend(known.drain());
    }
    Ok(Snapshot {
        people,
        units,
        projects,
        ledger_empty: any == 0,
        leaders,
    })
}

fn known_projects(
    conn: &mut DbConn,
    found: Vec<Project>,
    ids: &[i64],
    year: i32,
) -> AppResult<HashMap<String, KnownProject>> {
    let holders: HashMap<i64, (i64, i64, i64)> = assignments::table
        .filter(one_of(assignments::project_id, ids))
        .filter(assignments::end_on.is_null())
        .order(assignments::id)
        .select((
            assignments::project_id,
            (
                assignments::leader_id,
                assignments::unit_id,
                assignments::person_id,
            ),
        ))
        .load::<(i64, (i64, i64, i64))>(conn)?
        .into_iter()
        .collect();
    let pending: HashSet<i64> = reschedules::table
        .inner_join(ms::table)
        .filter(one_of(ms::project_id, ids))
        .filter(reschedules::status.eq(milestones::PENDING))
        .select(reschedules::milestone_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let mut by_project: HashMap<i64, Vec<KnownMilestone>> = HashMap::new();
    for (id, project_id, title, current_due, completed_on) in ms::table
        .filter(one_of(ms::project_id, ids))
        .order((ms::project_id, ms::ordinal, ms::id))
        .select((
            ms::id,
            ms::project_id,
            ms::title,
            ms::current_due,
            ms::completed_on,
        ))
        .load::<(i64, i64, String, NaiveDate, Option<NaiveDate>)>(conn)?
    {
        by_project
            .entry(project_id)
            .or_default()
            .push(KnownMilestone {
                id,
                title,
                current_due,
                done: completed_on.is_some(),
                pending: pending.contains(&id),
            });
    }
    let plans: HashMap<i64, (i64, i64)> = investment_plans::table
        .filter(one_of(investment_plans::project_id, ids))
        .filter(investment_plans::year.eq(year))
        .select((
            investment_plans::project_id,
            (investment_plans::id, investment_plans::planned),
        ))
        .load::<(i64, (i64, i64))>(conn)?
        .into_iter()
        .collect();
    // Ordered by month, so the last one seen is the latest.
    let reported: HashMap<i64, i64> = investment_reports::table
        .filter(one_of(investment_reports::project_id, ids))
        .order((
            investment_reports::project_id,
            investment_reports::year,
            investment_reports::month,
        ))
        .select((
            investment_reports::project_id,
            investment_reports::cumulative,
        ))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    // The latest entry per project, as `progress::latest` orders them.
    let mut latest: HashMap<i64, (NaiveDate, i64)> = HashMap::new();
    for (p, on, id) in progress_updates::table
        .filter(one_of(progress_updates::project_id, ids))
        .select((
            progress_updates::project_id,
            progress_updates::reported_on,
            progress_updates::id,
        ))
        .load::<(i64, NaiveDate, i64)>(conn)?
    {
        let e = latest.entry(p).or_insert((on, id));
        if (on, id) > *e {
            *e = (on, id);
        }
    }
    let latest_ids: Vec<i64> = latest.values().map(|(_, id)| *id).collect();
    let texts: HashMap<i64, (String, Option<String>)> = progress_updates::table
        .filter(progress_updates::id.eq_any(&latest_ids))
        .select((
            progress_updates::project_id,
            (progress_updates::progress, progress_updates::problems),
        ))
        .load::<(i64, (String, Option<String>))>(conn)?
        .into_iter()
        .collect();
    Ok(found
        .into_iter()
        .map(|p| {
            let known = KnownProject {
                id: p.id,
                name: p.name,
                category: p.category,
                level: p.level,
                location: p.location,
                total_investment: p.total_investment,
                planned_start: p.planned_start,
                planned_finish: p.planned_finish,
                stage: p.stage,
                holders: holders.get(&p.id).copied(),
                milestones: by_project.remove(&p.id).unwrap_or_default(),
                plan: plans.get(&p.id).copied(),
                reported: reported.get(&p.id).copied(),
                progress: texts.get(&p.id).cloned(),
            };
            (p.code, known)
        })
        .collect())
}

/// The sheet column a store refusal's field stands for.
fn column_of(field: &str) -> &str {
    match field {
        "code" | "project_code" => "项目编号",
        "name" => "项目名称",
        "location" => "建设地点",
        "total_investment" => "总投资",
        "planned_start" => "开工时间",
        "planned_finish" => "竣工时间",
        "leader_id" => "责任领导",
        "unit_id" => "责任单位",
        "person_id" => "责任人",
        "email" => "电子邮箱",
        "phone" => "联系电话",
        "due" | "new_due" | "title" => "节点",
        "planned" => "年度计划投资",
        "progress" => "进展情况",
        "problems" => "存在问题",
        "stage" | "effective_on" => "建设阶段",
        other => other,
    }
}

/// A refusal while writing a row, named by that row (the plan should have caught it).
fn at_row(row: usize, e: AppError) -> AppError {
    match e {
        AppError::Validation(f) => AppError::Sheet(
            f.0.iter()
                .map(|(field, en)| {
                    CellError::new(row, column_of(field), why(en.clone(), in_chinese(en)))
                })
                .collect(),
        ),
        AppError::Conflict { message, .. } => AppError::Sheet(vec![CellError::new(
            row,
            "",
            why(message.clone(), in_chinese(&message)),
        )]),
        other => other,
    }
}

/// Ids of what the import created, by their place in the plan.
struct Created {
    units: Vec<i64>,
    people: Vec<i64>,
}

impl Created {
    /// The id of a unit the plan names; a new one is created before anything names it, so
    /// a missing one is a bug in the plan, refused rather than written wrong.
    fn unit(&self, r: Ref) -> AppResult<i64> {
        match r {
            Ref::Known(id) => Ok(id),
            Ref::New(i) => self.units.get(i).copied().ok_or_else(|| {
                AppError::internal(format!("the plan names new unit {i} before creating it"))
            }),
        }
    }

    fn person(&self, r: Ref) -> AppResult<i64> {
        match r {
            Ref::Known(id) => Ok(id),
            Ref::New(i) => self.people.get(i).copied().ok_or_else(|| {
                AppError::internal(format!(
                    "the plan names new person {i} before creating them"
                ))
            }),
        }
    }
}

/// Writes the plan in one transaction; `tick` hears how many rows are done.
pub fn apply(
    conn: &mut DbConn,
    ctx: &Ctx,
    plan: &Plan,
    year: i32,
    tick: &mut dyn FnMut(usize),
) -> AppResult<()> {
    conn.transaction(|conn| {
        let mut ids = Created {
            units: Vec::with_capacity(plan.new_units.len()),
            people: Vec::with_capacity(plan.new_people.len()),
        };
        // People and units through their own use cases: the same checks, the same audit.
        for name in &plan.new_units {
            let unit = super::units::create(
                conn,
                ctx,
                super::units::NewUnit {
                    name: name.clone(),
                    head_person_id: None,
                    contact_email: None,
                },
            )?;
            ids.units.push(unit.id);
        }
        for p in &plan.new_people {
            let person = super::people::create(
                conn,
                ctx,
                super::people::NewPerson {
                    name: p.name.clone(),
                    title: None,
                    unit_id: p.unit.map(|u| ids.unit(u)).transpose()?,
                    email: p.email.clone(),
                    phone: p.phone.clone(),
                    lang: None,
                    active: None,
                },
            )?;
            ids.people.push(person.id);
        }
        for c in &plan.contacts {
            super::people::update(
                conn,
                ctx,
                c.person_id,
                super::people::PersonPatch {
                    email: c.email.clone(),
                    phone: c.phone.clone(),
                    ..Default::default()
                },
            )?;
        }
        // New projects in batches; changed ones one by one through the ledger's actions.
        let created: Vec<(&str, &Creation)> = plan
            .rows
            .iter()
            .filter_map(|r| match &r.change {
                Change::Create(c) => Some((r.code.as_str(), c.as_ref())),
                _ => None,
            })
            .collect();
        let mut done = 0;
        for part in created.chunks(500) {
            create_batch(conn, ctx, part, year, &ids)?;
            done += part.len();
            tick(done);
        }
        let mut notes = Vec::new();
        for r in &plan.rows {
            match &r.change {
                Change::Update(u, _) => {
                    update(conn, ctx, &r.code, u, year, &ids).map_err(|e| at_row(r.row, e))?;
                    if let Some((text, problems)) = &u.progress {
                        notes.push((u.project_id, text.as_str(), problems.as_deref()));
                    }
                }
                Change::Create(_) => continue,
                Change::Unchanged => {}
            }
            done += 1;
            if done % 64 == 0 {
                tick(done);
            }
        }
        add_progress(conn, ctx, &notes)?;
        tick(plan.rows.len());
        Ok(())
    })
}

/// The report that opens the account of a project without monthly reports
/// (`domain::ledger_import::opening_month`).
fn opening(ctx: &Ctx, project_id: i64, amount: i64, year: i32) -> NewInvestmentReportRow<'_> {
    let (year, month) = opening_month(year);
    NewInvestmentReportRow {
        project_id,
        year,
        month,
        completed: amount,
        cumulative: amount,
        created_at: ctx.now,
        updated_at: ctx.now,
        reported_by: Some(&ctx.actor),
    }
}

fn open_account(
    conn: &mut DbConn,
    ctx: &Ctx,
    project_id: i64,
    amount: i64,
    year: i32,
) -> AppResult<()> {
    diesel::insert_into(investment_reports::table)
        .values(&opening(ctx, project_id, amount, year))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        investment::REPORT,
        project_id,
        "import_opening",
        None::<&()>,
        Some(
            &json!({"project_id": project_id, "opening": opening_month(year), "cumulative": amount}),
        ),
    )
}

#[derive(Insertable)]
#[diesel(table_name = pj, treat_none_as_default_value = false)]
struct ProjectIn<'a> {
    code: &'a str,
    name: &'a str,
    category: &'static str,
    level: &'static str,
    location: Option<&'a str>,
    description: Option<&'a str>,
    total_investment: i64,
    planned_start: NaiveDate,
    planned_finish: NaiveDate,
    stage: &'static str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = ms, treat_none_as_default_value = false)]
struct MilestoneIn<'a> {
    project_id: i64,
    ordinal: i32,
    title: &'a str,
    baseline_due: NaiveDate,
    current_due: NaiveDate,
    completed_on: Option<NaiveDate>,
    evidence: Option<&'a str>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// Creates these projects with all their rows in a few multi-row statements per table
/// (one statement per row would cost a round trip each on PostgreSQL): the projects, then
/// their ids by code, then stages, holders, milestones, plans, opening figures, progress,
/// and one audit record per project of everything its row brought.
fn create_batch(
    conn: &mut DbConn,
    ctx: &Ctx,
    part: &[(&str, &Creation)],
    year: i32,
    ids: &Created,
) -> AppResult<()> {
    let rows: Vec<ProjectIn> = part
        .iter()
        .map(|(code, c)| ProjectIn {
            code,
            name: &c.fields.name,
            category: c.fields.category.as_str(),
            level: c.fields.level.as_str(),
            location: c.fields.location.as_deref(),
            description: None,
            total_investment: c.fields.total_investment,
            planned_start: c.fields.planned_start,
            planned_finish: c.fields.planned_finish,
            stage: c.stage.as_str(),
            created_at: ctx.now,
            updated_at: ctx.now,
        })
        .collect();
    crate::insert_batch!(conn, pj::table, rows);
    let codes: Vec<&str> = part.iter().map(|(code, _)| *code).collect();
    let made: HashMap<String, i64> = pj::table
        .filter(pj::code.eq_any(&codes))
        .select((pj::code, pj::id))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let mut stages = Vec::with_capacity(part.len());
    let mut holders = Vec::with_capacity(part.len());
    let mut milestones_in = Vec::new();
    let mut plans = Vec::new();
    let mut reports = Vec::new();
    let mut progress_in = Vec::new();
    let mut audits = Vec::with_capacity(part.len());
    for (code, c) in part {
        let id = *made
            .get(*code)
            .ok_or_else(|| AppError::internal(format!("project {code} was not created")))?;
        stages.push(NewStageEventRow {
            project_id: id,
            stage: c.stage.as_str(),
            effective_on: ctx.today,
            note: Some(REASON),
            recorded_by: &ctx.actor,
            recorded_at: ctx.now,
        });
        let (leader, unit, person) = c.holders;
        let (leader, unit, person) = (ids.person(leader)?, ids.unit(unit)?, ids.person(person)?);
        holders.push(NewAssignmentRow {
            project_id: id,
            leader_id: leader,
            unit_id: unit,
            person_id: person,
            start_on: ctx.today,
            end_on: None,
            recorded_by: &ctx.actor,
            recorded_at: ctx.now,
        });
        for (i, (due, title)) in c.milestones.iter().enumerate() {
            milestones_in.push(MilestoneIn {
                project_id: id,
                ordinal: i as i32 + 1,
                title,
                baseline_due: *due,
                current_due: *due,
                completed_on: None,
                evidence: None,
                created_at: ctx.now,
                updated_at: ctx.now,
            });
        }
        if let Some(planned) = c.plan {
            plans.push(NewInvestmentPlanRow {
                project_id: id,
                year,
                planned,
                created_at: ctx.now,
                updated_at: ctx.now,
            });
        }
        if let Some(amount) = c.opening {
            reports.push(opening(ctx, id, amount, year));
        }
        if let Some((text, problems)) = &c.progress {
            progress_in.push(NewProgressUpdateRow {
                project_id: id,
                reported_on: ctx.today,
                progress: text,
                problems: problems.as_deref(),
                next_steps: None,
                author: &ctx.actor,
                created_at: ctx.now,
                updated_at: ctx.now,
            });
        }
        let f = &c.fields;
        let project = Project {
            id,
            code: code.to_string(),
            name: f.name.clone(),
            category: f.category.as_str().into(),
            level: f.level.as_str().into(),
            location: f.location.clone(),
            description: None,
            total_investment: f.total_investment,
            planned_start: f.planned_start,
            planned_finish: f.planned_finish,
            stage: c.stage.as_str().into(),
            created_at: ctx.now,
            updated_at: ctx.now,
        };
        audits.push(audit::entry(
            ctx,
            projects::ENTITY,
            id,
            "import",
            None::<&()>,
            Some(&json!({
                "project": project,
                "leader_id": leader,
                "unit_id": unit,
                "person_id": person,
                "milestones": &c.milestones,
                "plan": {"year": year, "planned": c.plan},
                "opening_cumulative": c.opening,
                "progress": &c.progress,
            })),
        )?);
    }
    crate::insert_batch!(conn, stage_events::table, stages);
    crate::insert_batch!(conn, assignments::table, holders);
    crate::insert_batch!(conn, ms::table, milestones_in);
    crate::insert_batch!(conn, investment_plans::table, plans);
    crate::insert_batch!(conn, investment_reports::table, reports);
    crate::insert_batch!(conn, progress_updates::table, progress_in);
    crate::insert_batch!(conn, audit_log::table, audits);
    Ok(())
}

fn update(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    u: &Update,
    year: i32,
    ids: &Created,
) -> AppResult<()> {
    let mut patch = u.fields.as_ref().map(|f| projects::ProjectPatch {
        name: Some(f.name.clone()),
        category: Some(f.category),
        level: Some(f.level),
        location: Some(f.location.clone().unwrap_or_default()),
        description: None,
        total_investment: Some(f.total_investment),
        planned_start: Some(f.planned_start),
        planned_finish: Some(f.planned_finish),
    });
    // A start moved earlier must come before milestones moved before the old start; a
    // start moved later, after the milestones left the way.
    let earlier = match &u.fields {
        Some(f) => f.planned_start < projects::get(conn, u.project_id)?.planned_start,
        None => false,
    };
    if earlier && let Some(p) = patch.take() {
        projects::update(conn, ctx, code, p)?;
    }
    for m in &u.moves {
        milestones::reschedule(
            conn,
            ctx,
            m.milestone_id,
            milestones::RescheduleInput {
                new_due: m.to,
                reason: REASON.into(),
            },
        )?;
    }
    if let Some(p) = patch {
        projects::update(conn, ctx, code, p)?;
    }
    if let Some(stage) = u.stage {
        projects::change_stage(
            conn,
            ctx,
            code,
            projects::StageChange {
                stage,
                effective_on: None,
                note: Some(REASON.into()),
            },
        )?;
    }
    if let Some((leader, unit, person)) = u.holders {
        projects::assign(
            conn,
            ctx,
            code,
            projects::AssignInput {
                leader_id: Some(ids.person(leader)?),
                unit_id: Some(ids.unit(unit)?),
                person_id: Some(ids.person(person)?),
                effective_on: None,
            },
        )?;
    }
    for (due, title) in &u.new_milestones {
        milestones::create(
            conn,
            ctx,
            milestones::NewMilestone {
                project_code: code.into(),
                title: title.clone(),
                due: *due,
                ordinal: None,
            },
        )?;
    }
    match u.plan {
        Some(PlanChange::Create(planned)) => {
            investment::create_plan(
                conn,
                ctx,
                investment::NewPlan {
                    project_code: code.into(),
                    year,
                    planned,
                },
            )?;
        }
        Some(PlanChange::Update { id, planned }) => {
            investment::update_plan(conn, ctx, id, investment::PlanPatch { planned })?;
        }
        None => {}
    }
    if let Some(amount) = u.opening {
        open_account(conn, ctx, u.project_id, amount, year)?;
    }
    Ok(())
}

/// New progress entries of changed projects (checked by the plan as `progress::create`
/// would), written in multi-row statements: a monthly sheet changes every row's 进展情况,
/// and one entry at a time would cost PostgreSQL several round trips per project. Each gets
/// its audit record as `progress::create` writes it.
fn add_progress(
    conn: &mut DbConn,
    ctx: &Ctx,
    entries: &[(i64, &str, Option<&str>)],
) -> AppResult<()> {
    for part in entries.chunks(500) {
        let rows: Vec<NewProgressUpdateRow> = part
            .iter()
            .map(|(project_id, text, problems)| NewProgressUpdateRow {
                project_id: *project_id,
                reported_on: ctx.today,
                progress: text,
                problems: *problems,
                next_steps: None,
                author: &ctx.actor,
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .collect();
        crate::insert_batch!(conn, progress_updates::table, rows);
        let ids: Vec<i64> = part.iter().map(|(p, ..)| *p).collect();
        // One entry per project in an import: found again by project, time and author.
        let made: Vec<ProgressUpdate> = progress_updates::table
            .filter(one_of(progress_updates::project_id, &ids))
            .filter(progress_updates::created_at.eq(ctx.now))
            .filter(progress_updates::author.eq(&ctx.actor))
            .select(ProgressUpdate::as_select())
            .load(conn)?;
        let audits = made
            .iter()
            .map(|p| audit::entry(ctx, progress::ENTITY, p.id, "create", None::<&()>, Some(p)))
            .collect::<AppResult<Vec<_>>>()?;
        crate::insert_batch!(conn, audit_log::table, audits);
    }
    Ok(())
}

/// A previewed sheet kept for its importer: the file and the choices it was previewed with.
#[derive(Debug, Clone)]
pub struct Kept {
    pub file: Vec<u8>,
    pub sheet: Option<String>,
    pub new_leaders: bool,
}

/// How long a previewed sheet waits to be imported.
const KEPT_FOR: chrono::Duration = chrono::Duration::days(1);

/// Keeps a previewed sheet for the acting account and answers the token that names it;
/// sheets kept longer than a day are dropped on the way.
pub fn keep(conn: &mut DbConn, ctx: &Ctx, kept: &Kept) -> AppResult<String> {
    use crate::db::schema::ledger_uploads as lu;
    use base64::Engine as _;
    let user = ctx
        .principal
        .as_ref()
        .map(|p| p.user_id)
        .ok_or_else(AppError::unauthenticated)?;
    let token = crate::auth::random_token(24)?;
    conn.transaction(|conn| {
        diesel::delete(lu::table.filter(lu::created_at.lt(ctx.now - KEPT_FOR))).execute(conn)?;
        diesel::insert_into(lu::table)
            .values((
                lu::token.eq(&token),
                lu::user_id.eq(user),
                lu::file_base64.eq(base64::engine::general_purpose::STANDARD.encode(&kept.file)),
                lu::sheet.eq(&kept.sheet),
                lu::new_leaders.eq(kept.new_leaders),
                lu::created_at.eq(ctx.now),
            ))
            .execute(conn)?;
        Ok(token)
    })
}

/// Takes back the sheet the acting account previewed under `token`, once: `None` when there
/// is none (imported already, older than a day, or another account's).
pub fn take(conn: &mut DbConn, ctx: &Ctx, token: &str) -> AppResult<Option<Kept>> {
    use crate::db::schema::ledger_uploads as lu;
    use base64::Engine as _;
    let Some(user) = ctx.principal.as_ref().map(|p| p.user_id) else {
        return Ok(None);
    };
    let mine = lu::table
        .filter(lu::token.eq(token))
        .filter(lu::user_id.eq(user))
        .filter(lu::created_at.ge(ctx.now - KEPT_FOR));
    let row: Option<(String, Option<String>, bool)> = mine
        .select((lu::file_base64, lu::sheet, lu::new_leaders))
        .first(conn)
        .optional()?;
    let Some((file, sheet, new_leaders)) = row else {
        return Ok(None);
    };
    diesel::delete(lu::table.filter(lu::token.eq(token))).execute(conn)?;
    let file = base64::engine::general_purpose::STANDARD
        .decode(file)
        .map_err(AppError::internal)?;
    Ok(Some(Kept {
        file,
        sheet,
        new_leaders,
    }))
}
