//! Comments (批示) on a project: leaders' instructions and the supervision office's
//! remarks, kept in order and never edited; each is mailed at once to the project's
//! responsible person and unit head (in the comment's transaction), and each account's
//! reading of a thread is kept, so that newer comments show as unread.

use diesel::prelude::*;
use serde::Deserialize;
use utoipa::ToSchema;

use super::outbox::NewOutbox;
use super::{Ctx, access, audit, outbox, projects};
use crate::db::DbConn;
use crate::db::models::Comment;
use crate::db::schema::{comment_reads, comments, units};
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

/// What the notice of a 批示 tells one person.
pub struct CommentNotice<'a> {
    pub comment_id: i64,
    pub person_id: i64,
    pub email: &'a str,
    pub name: &'a str,
    pub lang: &'a str,
    pub project_code: &'a str,
    pub project_name: &'a str,
    pub author: &'a str,
    pub body: &'a str,
}

/// Writes a 批示's notice as an outbox row (the words are the mail module's).
pub trait WritesCommentNotice {
    fn comment_notice(&self, ctx: &Ctx, n: &CommentNotice<'_>) -> Result<NewOutbox, String>;
}

/// A comment (批示) on a project by its leader, the supervision office or an admin; those
/// told of it ([`crate::domain::rules::told_of_comment`]) are mailed in the same
/// transaction.
pub fn create(
    conn: &mut DbConn,
    ctx: &Ctx,
    code: &str,
    input: NewComment,
    notices: &dyn WritesCommentNotice,
) -> AppResult<Comment> {
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
                comments::author_name.eq(&author_name),
                comments::body.eq(input.body.trim()),
                comments::created_at.eq(ctx.now),
            ))
            .get_result::<Comment>(conn)?;
        audit::record(conn, ctx, "comment", c.id, "create", None::<&()>, Some(&c))?;
        // The author has read what he wrote.
        mark_read(conn, ctx, project_id, c.id)?;

        let project = projects::get(conn, project_id)?;
        let told = match projects::assignment_on(conn, project_id, ctx.today)? {
            Some(a) => {
                let head: Option<Option<i64>> = units::table
                    .find(a.unit_id)
                    .select(units::head_person_id)
                    .first(conn)
                    .optional()?;
                let author = ctx.principal.as_ref().and_then(|p| p.person_id);
                crate::domain::rules::told_of_comment(Some(a.person_id), head.flatten(), author)
            }
            None => Vec::new(),
        };
        let mut rows = Vec::new();
        for pid in told {
            let Some((name, email, lang)) = super::people::addressee(conn, pid)? else {
                continue;
            };
            rows.push(
                notices
                    .comment_notice(
                        ctx,
                        &CommentNotice {
                            comment_id: c.id,
                            person_id: pid,
                            email: &email,
                            name: &name,
                            lang: &lang,
                            project_code: &project.code,
                            project_name: &project.name,
                            author: &author_name,
                            body: &c.body,
                        },
                    )
                    .map_err(AppError::internal)?,
            );
        }
        let about = vec![vec![project_id]; rows.len()];
        outbox::enqueue_about(conn, &rows, &about)?;
        Ok(c)
    })
}

/// The last comment on the project the acting account had read (0: none).
pub fn last_read(conn: &mut DbConn, ctx: &Ctx, project_id: i64) -> AppResult<i64> {
    let Some(user) = ctx.user_id else {
        return Ok(0);
    };
    Ok(comment_reads::table
        .filter(comment_reads::user_id.eq(user))
        .filter(comment_reads::project_id.eq(project_id))
        .select(comment_reads::last_read_id)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// The acting account has read the project's thread up to comment `last`.
pub fn mark_read(conn: &mut DbConn, ctx: &Ctx, project_id: i64, last: i64) -> AppResult<()> {
    let Some(user) = ctx.user_id else {
        return Ok(());
    };
    if last_read(conn, ctx, project_id)? >= last {
        return Ok(());
    }
    let updated = diesel::update(
        comment_reads::table
            .filter(comment_reads::user_id.eq(user))
            .filter(comment_reads::project_id.eq(project_id)),
    )
    .set(comment_reads::last_read_id.eq(last))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(comment_reads::table)
            .values((
                comment_reads::user_id.eq(user),
                comment_reads::project_id.eq(project_id),
                comment_reads::last_read_id.eq(last),
            ))
            .execute(conn)?;
    }
    Ok(())
}
