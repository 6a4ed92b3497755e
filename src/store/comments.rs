//! Comments (批示) on a project: leaders' instructions and the supervision office's
//! remarks, kept in order and never edited.

use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::{Ctx, audit};
use crate::db::DbConn;
use crate::db::models::Comment;
use crate::db::schema::comments;
use crate::domain::validate;
use crate::error::{AppError, AppResult, FieldErrors};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComment {
    pub body: String,
}

pub fn list(conn: &mut DbConn, project_id: i64) -> AppResult<Vec<Comment>> {
    Ok(comments::table
        .filter(comments::project_id.eq(project_id))
        .order(comments::id)
        .select(Comment::as_select())
        .load(conn)?)
}

pub fn create(
    conn: &mut DbConn,
    ctx: &Ctx,
    project_id: i64,
    author_name: &str,
    input: NewComment,
) -> AppResult<Comment> {
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
