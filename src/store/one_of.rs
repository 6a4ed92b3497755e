//! `column IN (ids)` with the ids sent as one bound value, so that on SQLite the statement's
//! text is the same whatever the ids and the prepared statement is kept.
//!
//! diesel's `eq_any` binds each id as its own parameter and marks the statement unsafe to
//! cache, so every request that filtered by a list (the projects a user may read, a page's
//! milestones) had SQLite parse and plan its statements again: a fifth of the time of a
//! person's list of 100 milestones. [`one_of`] sends the ids as text: SQLite reads them with
//! `json_each`; PostgreSQL gets them as one `BIGINT[]`, and plans a long list each time, for
//! the ids it is given (why: the PostgreSQL impl below).

use diesel::expression::{AppearsOnTable, Expression, SelectableExpression, ValidGrouping};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sql_types::{Array, BigInt, Bool, Text};
use diesel::sqlite::Sqlite;

use crate::db::MultiBackend;

/// `column IN (ids)` for a column of ids (see the module).
#[derive(Debug, Clone)]
pub struct OneOf<C> {
    column: C,
    /// SQLite's form, a JSON array: `[1,2,3]`.
    json: String,
    /// PostgreSQL's form, bound as a `BIGINT[]`.
    ids: Vec<i64>,
}

/// `column IN (ids)`, the ids bound as one value; no id matches nothing.
pub fn one_of<C>(column: C, ids: &[i64]) -> OneOf<C>
where
    C: Expression<SqlType = BigInt>,
{
    use std::fmt::Write;
    let mut list = String::with_capacity(ids.len() * 8);
    for (i, id) in ids.iter().enumerate() {
        let sep = if i > 0 { "," } else { "" };
        // Writing to a String cannot fail.
        let _ = write!(list, "{sep}{id}");
    }
    OneOf {
        column,
        json: format!("[{list}]"),
        ids: ids.to_vec(),
    }
}

impl<C> Expression for OneOf<C> {
    type SqlType = Bool;
}

impl<C: ValidGrouping<()>> ValidGrouping<()> for OneOf<C> {
    type IsAggregate = C::IsAggregate;
}

impl<C: AppearsOnTable<QS>, QS> AppearsOnTable<QS> for OneOf<C> {}

impl<C: SelectableExpression<QS>, QS> SelectableExpression<QS> for OneOf<C> {}

impl<C> QueryId for OneOf<C> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C: QueryFragment<Sqlite>> QueryFragment<Sqlite> for OneOf<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> diesel::QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, _>(&self.json)?;
        out.push_sql("))");
        Ok(())
    }
}

/// Lists up to this long keep their statement cached on PostgreSQL (see below).
const CACHED_UP_TO: usize = 100;

impl<C: QueryFragment<Pg>> QueryFragment<Pg> for OneOf<C> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> diesel::QueryResult<()> {
        // PostgreSQL plans a cached statement generically, without the array. For a few
        // ids (a person's projects, a page's milestones) that plan is good and planning
        // every time costs more: a person's 100 milestones went from 1,400 to 520 req/s
        // when each was planned. For many ids the generic plan searches the array for every
        // row of a table read in full (0.7 s for 1,000 ids over 20,000 milestones), so a
        // long list is planned each time with its array in hand, and the array is hashed
        // or looked up by index as its size calls for.
        if self.ids.len() > CACHED_UP_TO {
            out.unsafe_to_cache_prepared();
        }
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" = ANY(");
        out.push_bind_param::<Array<BigInt>, _>(&self.ids)?;
        out.push_sql(")");
        Ok(())
    }
}

impl<C: QueryFragment<Sqlite> + QueryFragment<Pg>> QueryFragment<MultiBackend> for OneOf<C> {
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        MultiBackend::walk_variant_ast(self, pass)
    }
}
