//! 一票否决 incidents: a major safety or quality accident (or the like) the supervision
//! office records on a project, with its date and evidence. Recorded once, audited, never
//! edited here; what an incident does to the score is the assessment model's to say
//! (`domain::assessment::Veto`), and it is appealed like a deduction.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{Ctx, access, audit};
use crate::db::DbConn;
use crate::db::models::VetoEvent;
use crate::db::schema::{projects, veto_events};
use crate::domain::access::{Action, Role};
use crate::domain::assessment::{VETO_KINDS, VetoFact};
use crate::domain::validate;
use crate::error::{AppResult, FieldErrors};

pub const ENTITY: &str = "veto_event";

#[derive(Debug, Clone, Deserialize, serde::Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVeto {
    /// The day it happened (not in the future).
    pub occurred_on: NaiveDate,
    /// `safety`, `quality`, `environment` or `discipline`.
    pub kind: String,
    /// What shows it happened: the accident report and its number.
    pub evidence: String,
}

/// Who records incidents: the supervision office (and an admin).
const SUPERVISION: &[Role] = &[Role::Admin, Role::Supervisor];

/// Records an incident on a project.
pub fn record(conn: &mut DbConn, ctx: &Ctx, code: &str, input: NewVeto) -> AppResult<VetoEvent> {
    access::require_role(ctx, SUPERVISION)?;
    let project_id = access::require_code(conn, ctx, code, Action::Read)?;
    let evidence = input.evidence.trim().to_string();
    let mut f = FieldErrors::new();
    validate::not_future(&mut f, "occurred_on", input.occurred_on, ctx.today);
    if !VETO_KINDS.iter().any(|(k, _)| *k == input.kind) {
        f.add(
            "kind",
            format!("must be one of {}", VETO_KINDS.map(|(k, _)| k).join(", ")),
        );
    }
    validate::required_text(&mut f, "evidence", &evidence);
    f.into_result()?;
    conn.transaction(|conn| {
        let row: VetoEvent = diesel::insert_into(veto_events::table)
            .values((
                veto_events::project_id.eq(project_id),
                veto_events::occurred_on.eq(input.occurred_on),
                veto_events::kind.eq(&input.kind),
                veto_events::evidence.eq(&evidence),
                veto_events::recorded_by.eq(&ctx.actor),
                veto_events::recorded_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, row.id, "record", None::<&()>, Some(&row))?;
        Ok(row)
    })
}

/// A project's incidents, for whoever may read the project, oldest first.
pub fn list(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<Vec<VetoEvent>> {
    let project_id = access::require_code(conn, ctx, code, Action::Read)?;
    Ok(veto_events::table
        .filter(veto_events::project_id.eq(project_id))
        .order((veto_events::occurred_on, veto_events::id))
        .select(VetoEvent::as_select())
        .load(conn)?)
}

/// Every project's incidents of a year, by project code, for the assessment.
pub fn of_year(
    conn: &mut DbConn,
    year: i32,
) -> AppResult<std::collections::BTreeMap<String, Vec<VetoFact>>> {
    let rows: Vec<(String, VetoEvent)> = veto_events::table
        .inner_join(projects::table)
        .order((veto_events::occurred_on, veto_events::id))
        .select((projects::code, VetoEvent::as_select()))
        .load(conn)?;
    let mut out: std::collections::BTreeMap<String, Vec<VetoFact>> = Default::default();
    for (code, e) in rows
        .into_iter()
        .filter(|(_, e)| e.occurred_on.year() == year)
    {
        out.entry(code).or_default().push(VetoFact {
            id: e.id,
            occurred_on: e.occurred_on,
            kind: e.kind,
            evidence: e.evidence,
        });
    }
    Ok(out)
}
