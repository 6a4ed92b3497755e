//! Rows as stored, one struct per table. They serialise as the API returns them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::*;

use super::dates::{Fast, day, day_opt};
/// Timestamps are stored as UTC without an offset; the API says so with a `Z`.
pub(crate) use super::dates::{utc, utc_opt};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = units)]
pub struct Unit {
    pub id: i64,
    /// 责任单位名称
    pub name: String,
    /// The unit head (for escalation).
    pub head_person_id: Option<i64>,
    pub contact_email: Option<String>,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = units)]
pub struct NewUnitRow<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
    pub head_person_id: Option<i64>,
    pub contact_email: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = people)]
pub struct Person {
    pub id: i64,
    pub name: String,
    /// Position, e.g. 副区长, 局长, 科长.
    pub title: Option<String>,
    pub unit_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Preferred language: `zh-CN` or `en`.
    pub lang: String,
    pub active: bool,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = people)]
pub struct NewPersonRow<'a> {
    pub id: Option<i64>,
    pub name: &'a str,
    pub title: Option<&'a str>,
    pub unit_id: Option<i64>,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub lang: &'a str,
    pub active: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = projects)]
pub struct Project {
    pub id: i64,
    /// Human-readable unique code, e.g. `KP-2026-07`.
    pub code: String,
    pub name: String,
    /// industrial, infrastructure, services, agriculture, social, other
    pub category: String,
    /// provincial, municipal, district
    pub level: String,
    pub location: Option<String>,
    pub description: Option<String>,
    /// Total investment in yuan.
    pub total_investment: i64,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub planned_start: NaiveDate,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub planned_finish: NaiveDate,
    /// Current stage: signed, started, under_construction, completed, in_production, suspended.
    pub stage: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = projects)]
pub struct NewProjectRow<'a> {
    pub id: Option<i64>,
    pub code: &'a str,
    pub name: &'a str,
    pub category: &'a str,
    pub level: &'a str,
    pub location: Option<&'a str>,
    pub description: Option<&'a str>,
    pub total_investment: i64,
    pub planned_start: NaiveDate,
    pub planned_finish: NaiveDate,
    pub stage: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = stage_events)]
pub struct StageEvent {
    pub id: i64,
    pub project_id: i64,
    pub stage: String,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub effective_on: NaiveDate,
    pub note: Option<String>,
    pub recorded_by: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = stage_events, treat_none_as_default_value = false)]
pub struct NewStageEventRow<'a> {
    pub project_id: i64,
    pub stage: &'a str,
    pub effective_on: NaiveDate,
    pub note: Option<&'a str>,
    pub recorded_by: &'a str,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = assignments)]
pub struct Assignment {
    pub id: i64,
    pub project_id: i64,
    pub leader_id: i64,
    pub unit_id: i64,
    pub person_id: i64,
    /// First day held.
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub start_on: NaiveDate,
    /// First day no longer held; `null` while current.
    #[diesel(deserialize_as = Fast<Option<NaiveDate>>)]
    #[serde(serialize_with = "day_opt")]
    pub end_on: Option<NaiveDate>,
    pub recorded_by: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = assignments, treat_none_as_default_value = false)]
pub struct NewAssignmentRow<'a> {
    pub project_id: i64,
    pub leader_id: i64,
    pub unit_id: i64,
    pub person_id: i64,
    pub start_on: NaiveDate,
    pub end_on: Option<NaiveDate>,
    pub recorded_by: &'a str,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = milestones)]
pub struct Milestone {
    pub id: i64,
    pub project_id: i64,
    /// Position in the project's sequence of milestones.
    pub ordinal: i32,
    pub title: String,
    /// The original commitment; never changes.
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub baseline_due: NaiveDate,
    /// The due date in force, after approved reschedules.
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub current_due: NaiveDate,
    #[diesel(deserialize_as = Fast<Option<NaiveDate>>)]
    #[serde(serialize_with = "day_opt")]
    pub completed_on: Option<NaiveDate>,
    pub evidence: Option<String>,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = milestones)]
pub struct NewMilestoneRow<'a> {
    pub id: Option<i64>,
    pub project_id: i64,
    pub ordinal: i32,
    pub title: &'a str,
    pub baseline_due: NaiveDate,
    pub current_due: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    pub evidence: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = reschedules)]
pub struct Reschedule {
    pub id: i64,
    pub milestone_id: i64,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub old_due: NaiveDate,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub new_due: NaiveDate,
    pub reason: String,
    pub requested_by: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub requested_at: NaiveDateTime,
    /// `pending` until the project's leader (or an admin) decides; `approved` moves the
    /// due date, `rejected` leaves it.
    pub status: String,
    pub decided_by: Option<String>,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub decided_at: Option<NaiveDateTime>,
    pub decision_note: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = reschedules)]
pub struct NewRescheduleRow<'a> {
    pub milestone_id: i64,
    pub old_due: NaiveDate,
    pub new_due: NaiveDate,
    pub reason: &'a str,
    pub requested_by: &'a str,
    pub requested_at: NaiveDateTime,
    pub status: &'a str,
    pub decided_by: Option<&'a str>,
    pub decided_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = investment_plans)]
pub struct InvestmentPlan {
    pub id: i64,
    pub project_id: i64,
    pub year: i32,
    /// Planned investment for the year, in yuan.
    pub planned: i64,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = investment_plans, treat_none_as_default_value = false)]
pub struct NewInvestmentPlanRow {
    pub project_id: i64,
    pub year: i32,
    pub planned: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = investment_reports)]
pub struct InvestmentReport {
    pub id: i64,
    pub project_id: i64,
    pub year: i32,
    pub month: i32,
    /// Investment completed in that month, in yuan.
    pub completed: i64,
    /// Completed from the first report up to and including this month, in yuan.
    pub cumulative: i64,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
    /// Who filed it (`null` for reports filed before authors were kept): only they, or an
    /// admin, may delete it.
    pub reported_by: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = investment_reports, treat_none_as_default_value = false)]
pub struct NewInvestmentReportRow<'a> {
    pub project_id: i64,
    pub year: i32,
    pub month: i32,
    pub completed: i64,
    pub cumulative: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub reported_by: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = progress_updates)]
pub struct ProgressUpdate {
    pub id: i64,
    pub project_id: i64,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub reported_on: NaiveDate,
    /// 进展情况
    pub progress: String,
    /// 存在问题
    pub problems: Option<String>,
    /// 下步计划
    pub next_steps: Option<String>,
    pub author: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = progress_updates, treat_none_as_default_value = false)]
pub struct NewProgressUpdateRow<'a> {
    pub project_id: i64,
    pub reported_on: NaiveDate,
    pub progress: &'a str,
    pub problems: Option<&'a str>,
    pub next_steps: Option<&'a str>,
    pub author: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: i64,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub at: NaiveDateTime,
    pub actor: String,
    pub entity: String,
    pub entity_id: String,
    pub action: String,
    /// JSON of the record before the change (absent on create).
    pub before_json: Option<String>,
    /// JSON of the record after the change (absent on delete).
    pub after_json: Option<String>,
    /// The account that acted; absent for the scheduler and command-line work.
    pub actor_user_id: Option<i64>,
    /// The project the change belongs to, for a project's history.
    pub project_id: Option<i64>,
}

// Nullable columns default to NULL, so a None may be sent as NULL: audit rows can be batched.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_log, treat_none_as_default_value = false)]
pub struct NewAuditRow {
    pub at: NaiveDateTime,
    pub actor: String,
    pub entity: String,
    pub entity_id: String,
    pub action: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub actor_user_id: Option<i64>,
    pub project_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = calendar_days)]
pub struct CalendarDay {
    pub id: i64,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub day: NaiveDate,
    /// `holiday` or `workday`.
    pub kind: String,
    pub note: Option<String>,
    pub created_by: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = flags)]
pub struct Flag {
    pub id: i64,
    pub milestone_id: Option<i64>,
    pub problem_id: Option<i64>,
    /// `due_soon` or `overdue` (the escalation step follows from the working days overdue).
    pub kind: String,
    /// The first day the flag held.
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub since: NaiveDate,
    /// The first day it no longer held.
    #[diesel(deserialize_as = Fast<Option<NaiveDate>>)]
    #[serde(serialize_with = "day_opt")]
    pub cleared_on: Option<NaiveDate>,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = problems)]
pub struct Problem {
    pub id: i64,
    pub project_id: i64,
    /// What blocks the project.
    pub description: String,
    /// The unit that must act.
    pub acting_unit_id: i64,
    /// By when.
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub due: NaiveDate,
    pub raised_by: String,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub raised_on: NaiveDate,
    #[diesel(deserialize_as = Fast<Option<NaiveDate>>)]
    #[serde(serialize_with = "day_opt")]
    pub closed_on: Option<NaiveDate>,
    pub resolution: Option<String>,
    /// Who closed it: the supervision office, confirming the unit's resolution.
    pub closed_by: Option<String>,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
    /// When the acting unit resolved it (销号 asked); closed once the office confirms.
    #[diesel(deserialize_as = Fast<Option<NaiveDate>>)]
    #[serde(serialize_with = "day_opt")]
    pub resolved_on: Option<NaiveDate>,
    pub resolved_by: Option<String>,
    /// Why the office sent the last resolution back (the problem is open again).
    pub returned_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: i64,
    /// recipient, day and kind: one row per recipient per day per kind, ever.
    pub dedup_key: String,
    /// `digest`, `problem`, `supervision_digest` or `test`.
    pub kind: String,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub day: NaiveDate,
    pub recipient_person_id: Option<i64>,
    pub recipient_email: String,
    pub recipient_name: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// `pending`, `sending`, `sent`, `failed` (will retry) or `dead`.
    pub status: String,
    pub attempts: i32,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub next_attempt_at: NaiveDateTime,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub claimed_until: Option<NaiveDateTime>,
    pub claimed_by: Option<String>,
    pub last_error: Option<String>,
    pub message_id: Option<String>,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub sent_at: Option<NaiveDateTime>,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    /// The channel it goes through; none: by mail.
    pub channel_id: Option<i64>,
    /// Where on its channel: the mobile number of an SMS; the ids a group message mentions.
    pub address: Option<String>,
}

/// A channel beside email (see `store::channels`); its secret never leaves the server.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = channels)]
pub struct Channel {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub url: String,
    pub secret: Option<String>,
    pub keyword: Option<String>,
    pub template: Option<String>,
    pub owner: String,
    pub unit_id: Option<i64>,
    pub person_id: Option<i64>,
    pub address: Option<String>,
    pub rate_limit: i32,
    pub rate_window_secs: i32,
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub blocked_until: Option<NaiveDateTime>,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub removed_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = issued_reports)]
pub struct IssuedReport {
    pub id: i64,
    /// `inspection`.
    pub kind: String,
    pub year: i32,
    /// Number within the year: 第 N 期.
    pub serial: i32,
    pub title: String,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    pub as_of: NaiveDate,
    pub issued_by: String,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub issued_at: NaiveDateTime,
    /// The report exactly as issued.
    pub body_json: String,
    /// The earlier report of the same date this one replaces (that one stays, superseded).
    pub replaces: Option<i64>,
    /// The issuing office, as it stood when issued.
    pub issuer: Option<String>,
    /// 抄送: the offices it was copied to, one a line.
    pub cc: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = assessment_runs)]
pub struct AssessmentRun {
    pub id: i64,
    pub year: i32,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    pub as_of: NaiveDate,
    /// `draft` or `published`.
    pub status: String,
    pub model_toml: String,
    pub result_json: String,
    pub created_by: String,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
    pub published_by: Option<String>,
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub published_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = assessment_appeals)]
pub struct AssessmentAppeal {
    pub id: i64,
    pub run_id: i64,
    pub project_code: String,
    pub deduction_key: String,
    pub party: String,
    pub reason: String,
    pub filed_by: String,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub filed_at: NaiveDateTime,
    /// `pending`, `accepted` or `rejected`.
    pub status: String,
    pub decision_reason: Option<String>,
    pub decided_by: Option<String>,
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub decided_at: Option<NaiveDateTime>,
}

/// A login account. The password hash never leaves the server.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub person_id: Option<i64>,
    pub display_name: String,
    pub password_hash: String,
    pub disabled: bool,
    pub lang: String,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub password_changed_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id: i64,
    pub token_hash: String,
    pub user_id: i64,
    pub csrf_token: String,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub expires_at: NaiveDateTime,
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub revoked_at: Option<NaiveDateTime>,
}

/// An API token as listed to its owner: never the token itself, which is shown once.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    #[serde(skip)]
    pub user_id: i64,
    pub name: String,
    #[serde(skip)]
    pub token_hash: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub last_used_at: Option<NaiveDateTime>,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub revoked_at: Option<NaiveDateTime>,
}

/// A calendar feed address as listed to its owner and to admins: never its token.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = calendar_feeds)]
pub struct CalendarFeed {
    pub id: i64,
    #[serde(skip)]
    pub user_id: i64,
    #[serde(skip)]
    pub token_hash: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
    #[serde(serialize_with = "utc_opt")]
    #[diesel(deserialize_as = Fast<Option<NaiveDateTime>>)]
    pub revoked_at: Option<NaiveDateTime>,
}

/// A comment (批示) on a project by a leader, supervisor or admin.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = comments)]
pub struct Comment {
    pub id: i64,
    pub project_id: i64,
    pub author_user_id: i64,
    pub author_name: String,
    pub body: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub created_at: NaiveDateTime,
}

/// 一票否决: an incident the supervision office recorded on a project.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Identifiable, Serialize, ToSchema)]
#[diesel(table_name = veto_events)]
pub struct VetoEvent {
    pub id: i64,
    pub project_id: i64,
    #[diesel(deserialize_as = Fast<NaiveDate>)]
    #[serde(serialize_with = "day")]
    pub occurred_on: NaiveDate,
    /// `safety` (重大安全事故), `quality` (重大质量事故), `environment` (重大环保事件),
    /// `discipline` (违纪违规).
    pub kind: String,
    /// What shows it happened: the accident report, its number.
    pub evidence: String,
    pub recorded_by: String,
    #[serde(serialize_with = "utc")]
    #[diesel(deserialize_as = Fast<NaiveDateTime>)]
    pub recorded_at: NaiveDateTime,
}
