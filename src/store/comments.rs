//! Comments (批示) on a project: leaders' instructions and the supervision office's
//! remarks, kept in order and never edited.

use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{Ctx, access, audit};
use crate::db::DbConn;
use crate::db::models::Comment;
use crate::db::schema::comments;
use crate::domain::access::Action;
use crate::domain::validate;
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComment {
    pub body: String,
}

/// The comments on a project the acting user may read, oldest first.
pub fn list(conn: &mut DbConn, ctx: &Ctx, code: &str) -> AppResult<Vec<Comment>> {
    let id = access::require_code(conn, ctx, code, Action::Read)?;
    of_project(conn, id)
}

/// Whether the acting user may write a comment on the project today (its leader, the
/// supervision office, an admin): for a page, to offer the form only to them.
pub fn may_write(conn: &mut DbConn, ctx: &Ctx, project_id: i64) -> AppResult<bool> {
    access::may_today(conn, ctx, project_id, Action::Comment)
}

/// A project's comments, for a use case that has already decided access.
pub fn of_project(conn: &mut DbConn, project_id: i64) -> AppResult<Vec<Comment>> {
    Ok(comments::table
        .filter(comments::project_id.eq(project_id))
        .order(comments::id)
        .select(Comment::as_select())
        .load(conn)?)
}

/// A comment (批示) on a project by its leader, the supervision office or an admin.
pub fn create(conn: &mut DbConn, ctx: &Ctx, code: &str, input: NewComment) -> AppResult<Comment> {
    let project_id = access::require_code(conn, ctx, code, Action::Comment)?;
    let author_name = ctx
        .principal
        .as_ref()
        .map(|p| p.display_name.clone())
        .unwrap_or_else(|| ctx.actor.clone());
    let mut f = FieldErrors::new();
    validate::required_text(&mut f, "body", &input.body);
    f.into_result()?;
    let Some(user_id) = ctx.user_id else {
        return Err(AppError::field(
            "author",
            "comments are written by a logged-in user",
        ));
    };
    conn.transaction(|conn| {
        let c = diesel::insert_into(comments::table)
            .values((
                comments::project_id.eq(project_id),
                comments::author_user_id.eq(user_id),
                comments::author_name.eq(author_name),
                comments::body.eq(input.body.trim()),
                comments::created_at.eq(ctx.now),
            ))
            .get_result::<Comment>(conn)?;
        audit::record(conn, ctx, "comment", c.id, "create", None::<&()>, Some(&c))?;
        Ok(c)
    })
}
