//! People: leaders (区领导), unit heads, responsible persons (责任人) and supervisors. Who
//! answers for what is in assignments, not here. Deactivate rather than delete anyone
//! who ever held a project: delete is refused (409) while they are referenced.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::units::escape_like;
use super::{Ctx, Page, Paging, audit};
use crate::db::DbConn;
use crate::db::models::{NewPersonRow, Person};
use crate::db::schema::{assignments, people, units};
use crate::domain::validate::{self, blank_to_none};
use crate::error::{AppError, AppResult, Code, FieldErrors};

pub const ENTITY: &str = "person";

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    pub name: String,
    pub title: Option<String>,
    pub unit_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// `zh-CN` (default) or `en`.
    pub lang: Option<String>,
    /// Default true.
    pub active: Option<bool>,
}

/// Fields left out stay as they are; an empty text clears an optional field.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonPatch {
    pub name: Option<String>,
    pub title: Option<String>,
    pub unit_id: Option<i64>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub lang: Option<String>,
    pub active: Option<bool>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct PersonFilter {
    /// Part of the name or email.
    pub q: Option<String>,
    pub unit: Option<i64>,
    pub active: Option<bool>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

pub fn get(conn: &mut DbConn, id: i64) -> AppResult<Person> {
    people::table
        .find(id)
        .select(Person::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(format!("person {id}")))
}

/// Where a notice to the person goes: name, address and language; `None` when the person
/// has no address or is inactive (told nobody, never an error).
pub fn addressee(conn: &mut DbConn, id: i64) -> AppResult<Option<(String, String, String)>> {
    let (name, email, lang, active): (String, Option<String>, String, bool) = people::table
        .find(id)
        .select((people::name, people::email, people::lang, people::active))
        .first(conn)?;
    Ok(email.filter(|_| active).map(|e| (name, e, lang)))
}

pub fn find_by_email(conn: &mut DbConn, email: &str) -> AppResult<Option<Person>> {
    Ok(people::table
        .filter(people::email.eq(email))
        .select(Person::as_select())
        .first(conn)
        .optional()?)
}

pub fn list(conn: &mut DbConn, f: &PersonFilter) -> AppResult<Page<Person>> {
    let (limit, offset) = Paging {
        limit: f.limit,
        offset: f.offset,
    }
    .resolve()?;
    let query = || {
        let mut q = people::table.into_boxed();
        if let Some(text) = f.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            let pat = format!("%{}%", escape_like(text));
            q = q.filter(
                people::name
                    .like(pat.clone())
                    .escape('\\')
                    .or(people::email.like(pat).escape('\\')),
            );
        }
        if let Some(u) = f.unit {
            q = q.filter(people::unit_id.eq(u));
        }
        if let Some(a) = f.active {
            q = q.filter(people::active.eq(a));
        }
        q
    };
    let total = query().count().get_result(conn)?;
    let items = query()
        .order(people::id)
        .limit(limit)
        .offset(offset)
        .select(Person::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

struct Checked {
    name: String,
    title: Option<String>,
    unit_id: Option<i64>,
    email: Option<String>,
    phone: Option<String>,
    lang: String,
    active: bool,
}

fn check(conn: &mut DbConn, c: &Checked, own_id: Option<i64>) -> AppResult<()> {
    let mut f = FieldErrors::new();
    validate::required_line(&mut f, "name", &c.name);
    validate::optional_line(&mut f, "title", c.title.as_deref());
    validate::optional_line(&mut f, "phone", c.phone.as_deref());
    validate::email(&mut f, "email", c.email.as_deref());
    validate::lang(&mut f, "lang", &c.lang);
    if let Some(u) = c.unit_id {
        let n: i64 = units::table.find(u).count().get_result(conn)?;
        if n == 0 {
            f.add("unit_id", format!("no unit with id {u}"));
        }
    }
    f.into_result()?;
    if let Some(email) = &c.email
        && let Some(other) = find_by_email(conn, email)?
        && Some(other.id) != own_id
    {
        return Err(AppError::conflict_on(
            Code::Duplicate,
            "email",
            format!("{email} already belongs to person {}", other.id),
        ));
    }
    Ok(())
}

pub fn create(conn: &mut DbConn, ctx: &Ctx, input: NewPerson) -> AppResult<Person> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let c = Checked {
            name: input.name.trim().to_string(),
            title: blank_to_none(input.title),
            unit_id: input.unit_id,
            email: blank_to_none(input.email).map(|e| validate::normal_email(&e)),
            phone: blank_to_none(input.phone),
            lang: input.lang.unwrap_or_else(|| "zh-CN".into()),
            active: input.active.unwrap_or(true),
        };
        check(conn, &c, None)?;
        let p: Person = diesel::insert_into(people::table)
            .values(&NewPersonRow {
                id: None,
                name: &c.name,
                title: c.title.as_deref(),
                unit_id: c.unit_id,
                email: c.email.as_deref(),
                phone: c.phone.as_deref(),
                lang: &c.lang,
                active: c.active,
                created_at: ctx.now,
                updated_at: ctx.now,
            })
            .get_result(conn)?;
        audit::record(conn, ctx, ENTITY, p.id, "create", None::<&Person>, Some(&p))?;
        Ok(p)
    })
}

pub fn update(conn: &mut DbConn, ctx: &Ctx, id: i64, patch: PersonPatch) -> AppResult<Person> {
    super::access::require_role(ctx, &[crate::domain::access::Role::Admin])?;
    conn.transaction(|conn| {
        let before = get(conn, id)?;
        let keep = |new: Option<String>, old: &Option<String>| match new {
            Some(v) => blank_to_none(Some(v)),
            None => old.clone(),
        };
        let c = Checked {
            name: patch
                .name
                .map(|n| n.trim().to_string())
                .unwrap_or_else(|| before.name.clone()),
            title: keep(patch.title, &before.title),
            unit_id: patch.unit_id.or(before.unit_id),
            email: keep(patch.email, &before.email).map(|e| validate::normal_email(&e)),
            phone: keep(patch.phone, &before.phone),
            lang: patch.lang.unwrap_or_else(|| before.lang.clone()),
            active: patch.active.unwrap_or(before.active),
        };
        check(conn, &c, Some(id))?;
        let after: Person = diesel::update(people::table.find(id))
            .set((
                people::name.eq(&c.name),
                people::title.eq(c.title.as_deref()),
                people::unit_id.eq(c.unit_id),
                people::email.eq(c.email.as_deref()),
                people::phone.eq(c.phone.as_deref()),
                people::lang.eq(&c.lang),
                people::active.eq(c.active),
                people::updated_at.eq(ctx.now),
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
        let held: i64 = assignments::table
            .filter(
                assignments::leader_id
                    .eq(id)
                    .or(assignments::person_id.eq(id)),
            )
            .count()
            .get_result(conn)?;
        let heads: i64 = units::table
            .filter(units::head_person_id.eq(id))
            .count()
            .get_result(conn)?;
        if held + heads > 0 {
            return Err(AppError::conflict(
                Code::InUse,
                format!(
                    "person {id} appears in {held} project assignments and heads {heads} units; \
                     set active=false instead to keep the history"
                ),
            ));
        }
        diesel::delete(people::table.find(id)).execute(conn)?;
        audit::record(
            conn,
            ctx,
            ENTITY,
            id,
            "delete",
            Some(&before),
            None::<&Person>,
        )?;
        Ok(())
    })
}
