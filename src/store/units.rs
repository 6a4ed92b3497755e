//! 责任单位: create, read, update, delete. A unit still named by people or assignments
//! cannot be deleted (409).

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Ctx, Page, Paging, audit};
use crate::db::DbConn;
use crate::db::models::{NewUnitRow, Unit};
use crate::db::schema::{assignments, people, units};
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "unit";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUnit {
    pub name: String,
    pub head_person_id: Option<i64>,
    pub contact_email: Option<String>,
}

/// Fields left out stay as they are; an empty `contact_email` clears it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitPatch {
    pub name: Option<String>,
    pub head_person_id: Option<i64>,
    pub contact_email: Option<String>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct UnitFilter {
    /// Part of the name.
    pub q: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Unit> {
    units::table
        .find(id)
        .select(Unit::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("unit {id}")))
}

pub fn find_by_name(conn: &mut DbConn, name: &str) -> AppResult<Option<Unit>> {
    Ok(units::table
        .filter(units::name.eq(name))
        .select(Unit::as_select())
        .first(conn)
        .optional()?)
}

pub fn list(conn: &mut DbConn, f: &UnitFilter) -> AppResult<Page<Unit>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let query = || {
        let mut q = units::table.into_boxed();
        if let Some(text) = f.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            q = q.filter(
                units::name
                    .like(format!("%{}%", escape_like(text)))
                    .escape('\\'),
            );
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(units::id)
        .limit(limit)
        .offset(offset)
        .select(Unit::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// `%` and `_` typed by a user are literal characters, not wildcards.
pub fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn check_head(conn: &mut DbConn, f: &mut FieldErrors, head: Option<i64>) -> AppResult<()> {
    if let Some(h) = head {
        let exists: i64 = crate::db::schema::people::table
            .find(h)
            .count()
            .get_result(conn)?;
        if exists == 0 {
            f.add("head_person_id", format!("no person with id {h}"));
        }
    }
    Ok(())
}

pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewUnit) -> AppResult<Unit> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let name = input.name.trim().to_string();
        let email = blank_to_none(input.contact_email).map(|e| validate::normal_email(&e));
        let mut f = FieldErrors::new();
        validate::required_line(&mut f, "name", &name);
        validate::email(&mut f, "contact_email", email.as_deref());
        check_head(conn, &mut f, input.head_person_id)?;
        f.into_result()?;
        if find_by_name(conn, &name)?.is_some() {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "name",
                format!("a unit named {name} already exists"),
            ));
        }
        let unit: Unit = diesel::insert_into(units::table)
            .values(&NewUnitRow {
                id: None,
                name: &name,
                head_person_id: input.head_person_id,
                contact_email: email.as_deref(),
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            unit.id,
            "create",
            None::<&Unit>,
            Some(&unit),
        )?;
        Ok(unit)
    })
}

pub fn update(conn: &mut DbConn, ctx: &Ctx, id: i64, patch: UnitPatch) -> AppResult<Unit> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let name = patch
            .name
            .map(|n| n.trim().to_string())
            .unwrap_or_else(|| before.name.clone());
        let email = match patch.contact_email {
            Some(e) => blank_to_none(Some(e)).map(|e| validate::normal_email(&e)),
            None => before.contact_email.clone(),
        };
        let head = patch.head_person_id.or(before.head_person_id);
        let mut f = FieldErrors::new();
        validate::required_line(&mut f, "name", &name);
        validate::email(&mut f, "contact_email", email.as_deref());
        check_head(conn, &mut f, patch.head_person_id)?;
        f.into_result()?;
        if name != before.name && find_by_name(conn, &name)?.is_some() {
            return Err(AppError::conflict_on(
                Code::Duplicate,
                "name",
                format!("a unit named {name} already exists"),
            ));
        }
        let after: Unit = diesel::update(units::table.find(id))
            .set((
                units::name.eq(&name),
                units::contact_email.eq(email.as_deref()),
                units::head_person_id.eq(head),
                units::updated_at.eq(ctx.now),
            ))
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, id, "update", Some(&before), Some(&after))?;
        Ok(after)
    })
}

pub fn delete(conn: &mut DbConn, ctx: &Ctx, id: i64) -> AppResult<()> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let members: i64 = people::table
            .filter(people::unit_id.eq(id))
            .count()
            .get_result(conn)?;
        let held: i64 = assignments::table
            .filter(assignments::unit_id.eq(id))
            .count()
            .get_result(conn)?;
        if members + held > 0 {
            return Err(AppError::conflict(
                Code::InUse,
                format!(
                    "unit {id} still has {members} people and {held} project assignments; \
                     move them first"
                ),
            ));
        }
        diesel::delete(units::table.find(id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "delete",
            Some(&before),
            None::<&Unit>,
        )?;
        Ok(())
    })
}
