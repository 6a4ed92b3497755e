//! The year-end assessment's storage: service-quality ratings per unit and year, saved runs
//! (draft → published; a published run and its appeals are immutable, enforced by database
//! triggers too) and appeals against deductions. Gathers the facts and hands them to
//! `domain::assessment`, which computes every score.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, Page, Paging, access, audit, reports};
use crate::db::DbConn;
use crate::db::models::{AssessmentAppeal, AssessmentRun};
use crate::db::schema::{assessment_appeals, assessment_runs, assignments, service_ratings, units};
use crate::domain::access::{Role, appeal_action, may};
use crate::domain::assessment::{self, Assessment, Holding, Inputs, Model, ProjectInput};
use crate::domain::report::Holder;
use crate::domain::validate;
use crate::error::{AppError, AppResult, Code, FieldErrors};

/// A run's states: a draft takes appeals and reruns; a published run never changes.
pub const DRAFT: &str = "draft";
pub const PUBLISHED: &str = "published";
/// An appeal's states: waiting for the supervision office, then accepted (its deduction is
/// waived) or rejected.
pub const APPEAL_PENDING: &str = "pending";
pub const APPEAL_ACCEPTED: &str = "accepted";
pub const APPEAL_REJECTED: &str = "rejected";

/// Computes the assessment from the data as it is now, without saving it.
pub fn compute(
    conn: &mut DbConn,
    tz: Tz,
    year: i32,
    as_of: NaiveDate,
    model: &Model,
    waived: BTreeSet<(String, String)>,
) -> AppResult<Assessment> {
    let (projects, inputs, cal) = gather(conn, tz, year, as_of, waived)?;
    Ok(assessment::assess(
        model, year, as_of, &projects, &inputs, &cal,
    ))
}

/// The year as it would end at today's pace (`domain::assessment::provisional`), for the
/// supervision office: the current year only, never saved, never published.
pub fn provisional(
    conn: &mut DbConn,
    ctx: &Ctx,
    tz: Tz,
    year: i32,
    model_text: Option<&str>,
) -> AppResult<Assessment> {
    access::require_role(ctx, SUPERVISION)?;
    if year != ctx.today.year() {
        return Err(AppError::field(
            "year",
            format!(
                "a provisional run is of the year under way ({})",
                ctx.today.year()
            ),
        ));
    }
    let (model, _) = parse_model("model", model_text)?;
    let (projects, inputs, cal) = gather(conn, tz, year, ctx.today, BTreeSet::new())?;
    Ok(assessment::provisional(
        &model, year, ctx.today, &projects, &inputs, &cal,
    ))
}

type Gathered = (
    Vec<ProjectInput>,
    Inputs,
    crate::domain::calendar::WorkCalendar,
);

/// The facts an assessment of `year` as of `as_of` is computed from.
fn gather(
    conn: &mut DbConn,
    tz: Tz,
    year: i32,
    as_of: NaiveDate,
    waived: BTreeSet<(String, String)>,
) -> AppResult<Gathered> {
    let judged = assessment::judged_on(year, as_of);
    let facts = reports::facts(conn, tz, judged, year, &Default::default())?;
    let (person_names, unit_names) = reports::names(conn)?;
    let holder = |id: i64, names: &HashMap<i64, String>| Holder {
        id,
        name: names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")),
    };
    let mut holdings: HashMap<i64, Vec<Holding>> = HashMap::new();
    for (pid, leader, unit, start, end) in assignments::table
        .select((
            assignments::project_id,
            assignments::leader_id,
            assignments::unit_id,
            assignments::start_on,
            assignments::end_on,
        ))
        .order(assignments::id)
        .load::<(i64, i64, i64, NaiveDate, Option<NaiveDate>)>(conn)?
    {
        holdings.entry(pid).or_default().push(Holding {
            start_on: start,
            end_on: end,
            leader: holder(leader, &person_names),
            unit: holder(unit, &unit_names),
        });
    }
    let ratings: BTreeMap<i64, f64> = service_ratings::table
        .filter(service_ratings::year.eq(year))
        .select((service_ratings::unit_id, service_ratings::rating))
        .load::<(i64, i32)>(conn)?
        .into_iter()
        .map(|(u, r)| (u, r as f64))
        .collect();
    let projects: Vec<ProjectInput> = facts
        .into_iter()
        .map(|f| ProjectInput {
            holdings: holdings.remove(&f.id).unwrap_or_default(),
            facts: f,
        })
        .collect();
    let cal = super::calendar::load(conn)?;
    let inputs = Inputs {
        ratings,
        waived,
        vetoes: super::vetoes::of_year(conn, year)?,
        investment_as_of: None,
    };
    Ok((projects, inputs, cal))
}

/// Parses a model given by a user; the error names `field` and the model's key.
/// A shipped model may be named instead of given (`default`, `2020`).
pub fn parse_model(field: &str, text: Option<&str>) -> AppResult<(Model, String)> {
    let text = text.unwrap_or(assessment::DEFAULT_MODEL);
    let text = assessment::SHIPPED_MODELS
        .iter()
        .find(|(name, _)| *name == text.trim())
        .map(|(_, t)| *t)
        .unwrap_or(text);
    let model = Model::parse(text).map_err(|e| AppError::field(field, e))?;
    Ok((model, text.to_string()))
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRun {
    /// The year assessed.
    pub year: i32,
    /// The assessment date (default today; not in the future, not before the year).
    pub as_of: Option<NaiveDate>,
    /// The scoring model as TOML text (default: the shipped model).
    pub model: Option<String>,
}

/// Checks the year and date of an assessment; returns the date.
pub fn check_period(today: NaiveDate, year: i32, as_of: Option<NaiveDate>) -> AppResult<NaiveDate> {
    let mut f = FieldErrors::new();
    if !(2000..=2100).contains(&year) {
        return Err(AppError::field("year", "must be between 2000 and 2100"));
    }
    let as_of = as_of.unwrap_or(today);
    validate::not_future(&mut f, "as_of", as_of, today);
    if as_of.year() < year {
        f.add(
            "as_of",
            format!("must not be before the year assessed ({year})"),
        );
    }
    f.into_result()?;
    Ok(as_of)
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Appeal {
    pub id: i64,
    pub run_id: i64,
    pub project_code: String,
    /// The deduction's key in the run (`overdue:12`, `reschedule:12:1`).
    pub deduction_key: String,
    /// Who contests it: `leader` or `unit`.
    pub party: String,
    pub reason: String,
    pub filed_by: String,
    pub filed_at: chrono::DateTime<chrono::Utc>,
    /// `pending`, `accepted` (the deduction is waived) or `rejected`.
    pub status: String,
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<AssessmentAppeal> for Appeal {
    fn from(r: AssessmentAppeal) -> Self {
        Self {
            id: r.id,
            run_id: r.run_id,
            project_code: r.project_code,
            deduction_key: r.deduction_key,
            party: r.party,
            reason: r.reason,
            filed_by: r.filed_by,
            filed_at: r.filed_at.and_utc(),
            status: r.status,
            decision_reason: r.decision_reason,
            decided_by: r.decided_by,
            decided_at: r.decided_at.map(|t| t.and_utc()),
        }
    }
}

/// A saved assessment run.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Run {
    pub id: i64,
    pub year: i32,
    pub as_of: NaiveDate,
    /// `draft` or `published`.
    pub status: String,
    pub model_name: String,
    pub created_by: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub published_by: Option<String>,
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The model exactly as given (one run fetched; lists leave it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_toml: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appeals: Option<Vec<Appeal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Assessment>,
}

impl Run {
    /// A run computed but not saved (`duban assess --no-save`): id 0, status `draft`.
    pub fn unsaved(
        year: i32,
        as_of: NaiveDate,
        ctx: &Ctx,
        model_toml: String,
        result: Assessment,
    ) -> Self {
        Self {
            id: 0,
            year,
            as_of,
            status: DRAFT.into(),
            model_name: result.model_name.clone(),
            created_by: ctx.actor.clone(),
            created_at: ctx.now.and_utc(),
            updated_at: ctx.now.and_utc(),
            published_by: None,
            published_at: None,
            model_toml: Some(model_toml),
            appeals: Some(vec![]),
            result: Some(result),
        }
    }
}

fn to_run(r: AssessmentRun, full: bool, appeals: Option<Vec<Appeal>>) -> AppResult<Run> {
    // A list shows only the model's name: read it from the small model text rather than
    // from the result, which holds every project's breakdown (megabytes at city scale).
    let (result, model_name) = if full {
        let result: Assessment =
            serde_json::from_str(&r.result_json).map_err(AppError::internal)?;
        let name = result.model_name.clone();
        (Some(result), name)
    } else {
        #[derive(Deserialize)]
        struct Named {
            name: String,
        }
        let named: Named = toml::from_str(&r.model_toml).map_err(AppError::internal)?;
        (None, named.name)
    };
    Ok(Run {
        id: r.id,
        year: r.year,
        as_of: r.as_of,
        status: r.status,
        model_name,
        created_by: r.created_by,
        created_at: r.created_at.and_utc(),
        updated_at: r.updated_at.and_utc(),
        published_by: r.published_by,
        published_at: r.published_at.map(|t| t.and_utc()),
        model_toml: full.then_some(r.model_toml),
        appeals,
        result,
    })
}

fn load_row(conn: &mut DbConn, id: i64) -> AppResult<AssessmentRun> {
    assessment_runs::table
        .find(id)
        .select(AssessmentRun::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("assessment {id}")))
}

fn appeals_of(conn: &mut DbConn, run: i64) -> AppResult<Vec<Appeal>> {
    Ok(assessment_appeals::table
        .filter(assessment_appeals::run_id.eq(run))
        .order(assessment_appeals::id)
        .select(AssessmentAppeal::as_select())
        .load(conn)?
        .into_iter()
        .map(Appeal::from)
        .collect())
}

/// Who runs, reruns and publishes assessments, decides appeals and rates units.
const SUPERVISION: &[Role] = &[Role::Admin, Role::Supervisor];

/// One run with its model, appeals and result, exactly as stored.
/// A run with its appeals but without its result (the breakdowns, megabytes at city
/// scale): for a page that keeps results it has already read (see [`ResultCache`]).
pub fn get_head(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Run> {
    let row = list(
        conn,
        ctx,
        &RunFilter {
            limit: Some(super::MAX_LIMIT),
            ..Default::default()
        },
    )?
    .items
    .into_iter()
    .find(|r| r.id == id)
    .ok_or_else(|| AppError::not_found(format!("assessment {id}")))?;
    Ok(Run {
        appeals: Some(appeals_of(conn, id)?),
        ..row
    })
}

/// The result of a run, read from the database.
pub fn result_of(conn: &mut DbConn, id: i64) -> AppResult<Assessment> {
    let row = load_row(conn, id)?;
    serde_json::from_str(&row.result_json).map_err(AppError::internal)
}

/// A run's id, the data's version when it was read, and its result.
type Held = (i64, i64, std::sync::Arc<Assessment>);

/// Results of runs already read, by run and by the data's version when it was read
/// ([`super::data_version`]): while it stands the result read before is still the result;
/// any change anywhere just means one more read. Holds the last few.
#[derive(Debug, Default)]
pub struct ResultCache {
    held: std::sync::Mutex<Vec<Held>>,
}

impl ResultCache {
    const KEEP: usize = 4;

    /// A poisoned lock only means another request panicked mid-update of a cache: the
    /// entries are whole values, still safe to read.
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Held>> {
        self.held
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The result of `run`, read again only when something was changed since.
    pub fn result(&self, conn: &mut DbConn, run: &Run) -> AppResult<std::sync::Arc<Assessment>> {
        let version = super::data_version::current(conn)?;
        if let Some((_, _, r)) = self
            .lock()
            .iter()
            .find(|(id, v, _)| *id == run.id && *v == version)
        {
            return Ok(r.clone());
        }
        let fresh = std::sync::Arc::new(result_of(conn, run.id)?);
        let mut held = self.lock();
        held.retain(|(id, _, _)| *id != run.id);
        held.insert(0, (run.id, version, fresh.clone()));
        held.truncate(Self::KEEP);
        Ok(fresh)
    }
}

/// Whether the acting user sees drafts: the supervision office and those who may appeal
/// them ([`crate::domain::access::Principal::reads_draft_assessments`]); a published run
/// is announced to all.
fn reads_drafts(ctx: &Ctx) -> bool {
    ctx.principal
        .as_ref()
        .is_none_or(|p| p.reads_draft_assessments())
}

/// A draft read by someone who may not: the same 404 as a run that does not exist.
fn visible(ctx: &Ctx, run: Run) -> AppResult<Run> {
    if run.status != PUBLISHED && !reads_drafts(ctx) {
        return Err(AppError::not_found(format!("assessment {}", run.id)));
    }
    Ok(run)
}

/// One run with its model, appeals and result, for whoever may see it.
pub fn read(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Run> {
    visible(ctx, get(conn, id)?)
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Run> {
    let row = load_row(conn, id)?;
    let appeals = appeals_of(conn, id)?;
    to_run(row, true, Some(appeals))
}

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RunFilter {
    pub year: Option<i32>,
    /// `draft` or `published`.
    pub status: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// Saved runs, newest first: drafts only for whoever sees them.
pub fn list(conn: &mut DbConn, ctx: &Ctx, f: &RunFilter) -> AppResult<Page<Run>> {
    let mut f = f.clone();
    if !reads_drafts(ctx) {
        f.status = Some(PUBLISHED.into());
    }
    let f = &f;
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    if let Some(s) = f
        .status
        .as_deref()
        .filter(|s| ![DRAFT, PUBLISHED].contains(s))
    {
        return Err(AppError::field(
            "status",
            format!("{s} is not one of draft, published"),
        ));
    }
    let query = || {
        let mut q = assessment_runs::table.into_boxed();
        if let Some(y) = f.year {
            q = q.filter(assessment_runs::year.eq(y));
        }
        if let Some(s) = &f.status {
            q = q.filter(assessment_runs::status.eq(s.clone()));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(assessment_runs::id.desc())
        .limit(limit)
        .offset(offset)
        .select((
            assessment_runs::id,
            assessment_runs::year,
            assessment_runs::as_of,
            assessment_runs::status,
            assessment_runs::model_toml,
            assessment_runs::created_by,
            assessment_runs::created_at,
            assessment_runs::updated_at,
            assessment_runs::published_by,
            assessment_runs::published_at,
        ))
        .load::<(
            i64,
            i32,
            NaiveDate,
            String,
            String,
            String,
            NaiveDateTime,
            NaiveDateTime,
            Option<String>,
            Option<NaiveDateTime>,
        )>(conn)?
        .into_iter()
        .map(
            |(
                id,
                year,
                as_of,
                status,
                model_toml,
                created_by,
                created_at,
                updated_at,
                published_by,
                published_at,
            )| {
                // Without the result: a list never needs it.
                let r = AssessmentRun {
                    id,
                    year,
                    as_of,
                    status,
                    model_toml,
                    result_json: String::new(),
                    created_by,
                    created_at,
                    updated_at,
                    published_by,
                    published_at,
                };
                to_run(r, false, None)
            },
        )
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Page { items, total })
}

/// Computes and saves a draft run.
pub fn create(conn: &mut DbConn, ctx: &Ctx, tz: Tz, input: NewRun) -> AppResult<Run> {
    access::require_role(ctx, SUPERVISION)?;
    let as_of = check_period(ctx.today, input.year, input.as_of)?;
    let (model, toml_text) = parse_model("model", input.model.as_deref())?;
    conn.transaction(|conn| {
        let result = compute(conn, tz, input.year, as_of, &model, BTreeSet::new())?;
        let json = serde_json::to_string(&result).map_err(AppError::internal)?;
        let id: i64 = diesel::insert_into(assessment_runs::table)
            .values((
                assessment_runs::year.eq(input.year),
                assessment_runs::as_of.eq(as_of),
                assessment_runs::status.eq(DRAFT),
                assessment_runs::model_toml.eq(&toml_text),
                assessment_runs::result_json.eq(&json),
                assessment_runs::created_by.eq(&ctx.actor),
                assessment_runs::created_at.eq(ctx.now),
                assessment_runs::updated_at.eq(ctx.now),
            ))
            .returning(assessment_runs::id)
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            "assessment",
            id,
            "create",
            None::<&()>,
            Some(&serde_json::json!({"year": input.year, "as_of": as_of, "model": model.name})),
        )?;
        get(conn, id)
    })
}

fn draft_row(conn: &mut DbConn, id: i64) -> AppResult<AssessmentRun> {
    let row = load_row(conn, id)?;
    if row.status != DRAFT {
        return Err(AppError::conflict(
            Code::AssessmentPublished,
            format!("assessment {id} is published and can no longer change"),
        ));
    }
    Ok(row)
}

/// Recomputes a draft from the data as it is now, with the waivers of accepted appeals.
fn recompute(conn: &mut DbConn, ctx: &Ctx, tz: Tz, row: &AssessmentRun) -> AppResult<()> {
    let model = Model::parse(&row.model_toml).map_err(AppError::internal)?;
    let waived: BTreeSet<(String, String)> = assessment_appeals::table
        .filter(assessment_appeals::run_id.eq(row.id))
        .filter(assessment_appeals::status.eq(APPEAL_ACCEPTED))
        .select((
            assessment_appeals::project_code,
            assessment_appeals::deduction_key,
        ))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let result = compute(conn, tz, row.year, row.as_of, &model, waived)?;
    let json = serde_json::to_string(&result).map_err(AppError::internal)?;
    diesel::update(assessment_runs::table.find(row.id))
        .set((
            assessment_runs::result_json.eq(&json),
            assessment_runs::updated_at.eq(ctx.now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Recomputes a draft run; a published run answers 409.
pub fn rerun(conn: &mut DbConn, ctx: &Ctx, tz: Tz, id: i64) -> AppResult<Run> {
    access::require_role(ctx, SUPERVISION)?;
    conn.transaction(|conn| {
        let row = draft_row(conn, id)?;
        recompute(conn, ctx, tz, &row)?;
        audit::record(
            conn,
            ctx,
            "assessment",
            id,
            "rerun",
            None::<&()>,
            None::<&()>,
        )?;
        get(conn, id)
    })
}

/// Publishes a draft: from then on it never changes. Appeals must all be decided first.
pub fn publish(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<Run> {
    access::require_role(ctx, SUPERVISION)?;
    conn.transaction(|conn| {
        draft_row(conn, id)?;
        let pending: i64 = assessment_appeals::table
            .filter(assessment_appeals::run_id.eq(id))
            .filter(assessment_appeals::status.eq(APPEAL_PENDING))
            .count()
            .get_result(conn)?;
        if pending > 0 {
            return Err(AppError::conflict(
                Code::AppealsPending,
                format!("{pending} appeal(s) on assessment {id} are not decided yet"),
            ));
        }
        diesel::update(assessment_runs::table.find(id))
            .set((
                assessment_runs::status.eq(PUBLISHED),
                assessment_runs::published_by.eq(&ctx.actor),
                assessment_runs::published_at.eq(ctx.now),
                assessment_runs::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            "assessment",
            id,
            "publish",
            None::<&()>,
            None::<&()>,
        )?;
        get(conn, id)
    })
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAppeal {
    /// Project code.
    pub project: String,
    /// The deduction's key as listed in the run (`overdue:12`).
    pub deduction: String,
    /// Who contests it: `leader` or `unit`.
    pub party: String,
    pub reason: String,
}

/// Files an appeal against one deduction of a draft run.
pub fn file_appeal(conn: &mut DbConn, ctx: &Ctx, run: i64, input: NewAppeal) -> AppResult<Appeal> {
    visible(ctx, get(conn, run)?)?;
    may_appeal(conn, ctx, run, &input)?;
    conn.transaction(|conn| {
        let row = draft_row(conn, run)?;
        let result: Assessment =
            serde_json::from_str(&row.result_json).map_err(AppError::internal)?;
        let mut f = FieldErrors::new();
        let reason = input.reason.trim().to_string();
        validate::required_text(&mut f, "reason", &reason);
        if !["leader", "unit"].contains(&input.party.as_str()) {
            f.add("party", "must be leader or unit");
        }
        match result.projects.iter().find(|p| p.code == input.project) {
            None => f.add(
                "project",
                format!("{} is not a project of assessment {run}", input.project),
            ),
            Some(p) if !p.deductions.iter().any(|d| d.key == input.deduction) => f.add(
                "deduction",
                format!("{} has no deduction {}", input.project, input.deduction),
            ),
            Some(_) => {}
        }
        f.into_result()?;
        let exists: i64 = assessment_appeals::table
            .filter(assessment_appeals::run_id.eq(run))
            .filter(assessment_appeals::project_code.eq(&input.project))
            .filter(assessment_appeals::deduction_key.eq(&input.deduction))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Err(AppError::conflict_on(
                Code::AppealExists,
                "deduction",
                format!(
                    "{} {} has already been appealed in assessment {run}",
                    input.project, input.deduction
                ),
            ));
        }
        let id: i64 = diesel::insert_into(assessment_appeals::table)
            .values((
                assessment_appeals::run_id.eq(run),
                assessment_appeals::project_code.eq(&input.project),
                assessment_appeals::deduction_key.eq(&input.deduction),
                assessment_appeals::party.eq(&input.party),
                assessment_appeals::reason.eq(&reason),
                assessment_appeals::filed_by.eq(&ctx.actor),
                assessment_appeals::filed_at.eq(ctx.now),
                assessment_appeals::status.eq(APPEAL_PENDING),
            ))
            .returning(assessment_appeals::id)
            .get_result(conn)?;
        let appeal = appeal(conn, run, id)?;
        audit::record(
            conn,
            ctx,
            "assessment_appeal",
            id,
            "file",
            None::<&()>,
            Some(&appeal),
        )?;
        Ok(appeal)
    })
}

fn appeal(conn: &mut DbConn, run: i64, id: i64) -> AppResult<Appeal> {
    assessment_appeals::table
        .filter(assessment_appeals::run_id.eq(run))
        .filter(assessment_appeals::id.eq(id))
        .select(AssessmentAppeal::as_select())
        .first(conn)
        .optional()?
        .map(Appeal::from)
        .ok_or_else(|| AppError::not_found(format!("appeal {id} of assessment {run}")))
}

/// A run's appeals, for whoever may see the run.
pub fn appeals(conn: &mut DbConn, ctx: &Ctx, run: i64) -> AppResult<Vec<Appeal>> {
    visible(ctx, get(conn, run)?)?;
    appeals_of(conn, run)
}

/// The parties (`leader`, `unit`) the acting user may appeal as for a project of a draft
/// run: for a page, to offer only the forms that would be taken.
pub fn appeal_parties(
    conn: &mut DbConn,
    ctx: &Ctx,
    run: i64,
    project: &str,
) -> AppResult<Vec<&'static str>> {
    let r = get(conn, run)?;
    if r.status != DRAFT || ctx.principal.is_none() {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    for party in ["leader", "unit"] {
        let asked = NewAppeal {
            project: project.to_string(),
            deduction: String::new(),
            party: party.into(),
            reason: String::new(),
        };
        match may_appeal(conn, ctx, run, &asked) {
            Ok(()) => out.push(party),
            Err(AppError::Forbidden(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Whether the acting user may file this appeal: as the project's leader, or head of its
/// responsible unit, on the run's as-of date ([`appeal_action`]), or an admin for either.
/// Runs are read by everyone, so an unknown project or party is left to the field rules
/// rather than hidden.
fn may_appeal(conn: &mut DbConn, ctx: &Ctx, run: i64, appeal: &NewAppeal) -> AppResult<()> {
    let Some(who) = &ctx.principal else {
        return Ok(());
    };
    let Some(action) = appeal_action(&appeal.party) else {
        return Ok(());
    };
    let as_of = get(conn, run)?.as_of;
    let Ok(project) = super::projects::get_by_code(conn, &appeal.project) else {
        // Gone from the ledger since the run: nobody can be its leader or unit any more.
        return if who.has(Role::Admin) {
            Ok(())
        } else {
            Err(AppError::forbidden(
                "only an admin may appeal for a project no longer in the ledger",
            ))
        };
    };
    let rel = access::relation(conn, who, project.id, as_of)?;
    if may(who, rel, action) {
        Ok(())
    } else {
        Err(AppError::forbidden(format!(
            "only the project's {} on {as_of} may appeal as {}",
            if action == crate::domain::access::Action::AppealAsLeader {
                "leader"
            } else {
                "unit head"
            },
            appeal.party
        )))
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Accept (the deduction is waived) or reject.
    pub accept: bool,
    pub reason: String,
}

/// Decides a pending appeal; an accepted one waives its deduction and the draft is
/// recomputed at once.
pub fn decide(
    conn: &mut DbConn,
    ctx: &Ctx,
    tz: Tz,
    run: i64,
    id: i64,
    input: Decision,
) -> AppResult<Appeal> {
    access::require_role(ctx, SUPERVISION)?;
    conn.transaction(|conn| {
        let row = draft_row(conn, run)?;
        let before = appeal(conn, run, id)?;
        let mut f = FieldErrors::new();
        let reason = input.reason.trim().to_string();
        validate::required_text(&mut f, "reason", &reason);
        f.into_result()?;
        if before.status != APPEAL_PENDING {
            return Err(AppError::conflict(
                Code::AppealDecided,
                format!("appeal {id} was already {}", before.status),
            ));
        }
        let status = if input.accept {
            APPEAL_ACCEPTED
        } else {
            APPEAL_REJECTED
        };
        diesel::update(assessment_appeals::table.find(id))
            .set((
                assessment_appeals::status.eq(status),
                assessment_appeals::decision_reason.eq(&reason),
                assessment_appeals::decided_by.eq(&ctx.actor),
                assessment_appeals::decided_at.eq(ctx.now),
            ))
            .execute(conn)?;
        if input.accept {
            recompute(conn, ctx, tz, &row)?;
        }
        let after = appeal(conn, run, id)?;
        audit::record(
            conn,
            ctx,
            "assessment_appeal",
            id,
            "decide",
            Some(&before),
            Some(&after),
        )?;
        Ok(after)
    })
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RatingInput {
    pub unit_id: i64,
    pub year: i32,
    /// 0 to 100.
    pub rating: i32,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Rating {
    pub id: i64,
    pub unit_id: i64,
    pub unit: String,
    pub year: i32,
    pub rating: i32,
    pub note: Option<String>,
    pub rated_by: String,
    pub rated_at: chrono::DateTime<chrono::Utc>,
}

type RatingRow = (
    i64,
    i64,
    String,
    i32,
    i32,
    Option<String>,
    String,
    NaiveDateTime,
);

fn to_rating(r: RatingRow) -> Rating {
    Rating {
        id: r.0,
        unit_id: r.1,
        unit: r.2,
        year: r.3,
        rating: r.4,
        note: r.5,
        rated_by: r.6,
        rated_at: r.7.and_utc(),
    }
}

#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct RatingFilter {
    pub year: Option<i32>,
    pub unit: Option<i64>,
}

pub fn ratings(conn: &mut DbConn, f: &RatingFilter) -> AppResult<Vec<Rating>> {
    let mut q = service_ratings::table
        .inner_join(units::table)
        .select((
            service_ratings::id,
            service_ratings::unit_id,
            units::name,
            service_ratings::year,
            service_ratings::rating,
            service_ratings::note,
            service_ratings::rated_by,
            service_ratings::rated_at,
        ))
        .into_boxed();
    if let Some(y) = f.year {
        q = q.filter(service_ratings::year.eq(y));
    }
    if let Some(u) = f.unit {
        q = q.filter(service_ratings::unit_id.eq(u));
    }
    Ok(q.order((service_ratings::year, service_ratings::unit_id))
        .load::<RatingRow>(conn)?
        .into_iter()
        .map(to_rating)
        .collect())
}

/// One line of the year's rating sheet: a unit that held a project in the year, and its
/// rating if given.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RatingLine {
    pub unit_id: i64,
    pub unit: String,
    pub rating: Option<Rating>,
}

/// The units to rate for `year` (those responsible for a project at some time in the
/// year), each with its rating so far: the supervision office's sheet, and the list of
/// the still unrated before an assessment is computed.
pub fn rating_sheet(conn: &mut DbConn, ctx: &Ctx, year: i32) -> AppResult<Vec<RatingLine>> {
    access::require_role(ctx, SUPERVISION)?;
    let (from, to) = (
        NaiveDate::from_ymd_opt(year, 1, 1)
            .ok_or_else(|| AppError::field("year", "out of range"))?,
        NaiveDate::from_ymd_opt(year, 12, 31)
            .ok_or_else(|| AppError::field("year", "out of range"))?,
    );
    let held: BTreeSet<i64> = assignments::table
        .filter(assignments::start_on.le(to))
        .filter(
            assignments::end_on
                .is_null()
                .or(assignments::end_on.gt(from)),
        )
        .select(assignments::unit_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let names: Vec<(i64, String)> = units::table
        .filter(units::id.eq_any(held.iter().copied().collect::<Vec<_>>()))
        .order(units::name)
        .select((units::id, units::name))
        .load(conn)?;
    let mut given: HashMap<i64, Rating> = ratings(
        conn,
        &RatingFilter {
            year: Some(year),
            unit: None,
        },
    )?
    .into_iter()
    .map(|r| (r.unit_id, r))
    .collect();
    Ok(names
        .into_iter()
        .map(|(unit_id, unit)| RatingLine {
            unit_id,
            unit,
            rating: given.remove(&unit_id),
        })
        .collect())
}

/// Sets a unit's service-quality rating for a year (服务质量评议), replacing an earlier one.
pub fn set_rating(conn: &mut DbConn, ctx: &Ctx, input: RatingInput) -> AppResult<Rating> {
    access::require_role(ctx, SUPERVISION)?;
    conn.transaction(|conn| {
        let mut f = FieldErrors::new();
        if !(0..=100).contains(&input.rating) {
            f.add("rating", "must be between 0 and 100");
        }
        if !(2000..=2100).contains(&input.year) {
            f.add("year", "must be between 2000 and 2100");
        }
        let note = validate::blank_to_none(input.note.clone());
        validate::optional_text(&mut f, "note", note.as_deref());
        let unit_exists: i64 = units::table
            .filter(units::id.eq(input.unit_id))
            .count()
            .get_result(conn)?;
        if unit_exists == 0 {
            f.add("unit_id", format!("unit {} does not exist", input.unit_id));
        }
        f.into_result()?;
        let existing = ratings(
            conn,
            &RatingFilter {
                year: Some(input.year),
                unit: Some(input.unit_id),
            },
        )?
        .into_iter()
        .next();
        match &existing {
            Some(r) => {
                diesel::update(service_ratings::table.find(r.id))
                    .set((
                        service_ratings::rating.eq(input.rating),
                        service_ratings::note.eq(&note),
                        service_ratings::rated_by.eq(&ctx.actor),
                        service_ratings::rated_at.eq(ctx.now),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(service_ratings::table)
                    .values((
                        service_ratings::unit_id.eq(input.unit_id),
                        service_ratings::year.eq(input.year),
                        service_ratings::rating.eq(input.rating),
                        service_ratings::note.eq(&note),
                        service_ratings::rated_by.eq(&ctx.actor),
                        service_ratings::rated_at.eq(ctx.now),
                    ))
                    .execute(conn)?;
            }
        }
        let after = ratings(
            conn,
            &RatingFilter {
                year: Some(input.year),
                unit: Some(input.unit_id),
            },
        )?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::internal("rating vanished after writing it"))?;
        audit::record(
            conn,
            ctx,
            "service_rating",
            after.id,
            if existing.is_some() {
                "update"
            } else {
                "create"
            },
            existing.as_ref(),
            Some(&after),
        )?;
        Ok(after)
    })
}
