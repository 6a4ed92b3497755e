//! What each message says: turns the items a recipient must hear about into the template
//! context, and the rendered message into an outbox row. Wording by language lives here
//! and in the templates; the decisions (who, when) are made by `domain::rules`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::templates::{self, Rendered};
use crate::auth::{self, LinkAction, LinkClaims};
use crate::domain::lang::Lang;
use crate::domain::rules::Rung;
use crate::store::outbox::{NewOutbox, dedup_key};

/// Where an item stands on the day of the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Timing {
    Overdue(i64),
    Left(i64),
}

/// One thing a recipient is told about.
#[derive(Debug, Clone)]
pub struct Item {
    pub project_code: String,
    pub project_name: String,
    /// The milestone's title, or the problem's description.
    pub title: String,
    pub is_problem: bool,
    pub due: NaiveDate,
    /// The baseline, when the due date moved.
    pub baseline: Option<NaiveDate>,
    pub timing: Timing,
    /// The escalation step reached (overdue items).
    pub level: Option<Rung>,
    /// Who answered for it when it fell due, when that differs from today.
    pub holders_at_due: Option<String>,
    /// Signed one-click links (mark done, report progress), for the milestone's
    /// responsible person only.
    pub actions: Option<ActionLinks>,
    /// The month, when the line is a monthly investment report to file (or missing).
    pub report_month: Option<(i32, u32)>,
    /// Why the project's light is lit beyond this line (为何亮灯), in the reader's language.
    pub why: Vec<String>,
}

/// The signed links of one milestone for its responsible person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionLinks {
    pub done: String,
    pub progress: String,
}

#[derive(Serialize)]
struct ItemCtx {
    project_code: String,
    project_name: String,
    title: String,
    due: String,
    baseline: Option<String>,
    timing: String,
    step: String,
    holders: Option<String>,
    link: String,
    done_link: Option<String>,
    progress_link: Option<String>,
    why: Vec<String>,
}

#[derive(Serialize)]
struct GroupCtx {
    title: &'static str,
    color: &'static str,
    items: Vec<ItemCtx>,
    /// Items in the group beyond those listed.
    more: usize,
}

/// Items listed per group; the rest are counted, with a link to see them all. Nobody reads
/// two hundred lines of mail, and a province's leader could otherwise get that many.
pub const MAX_LISTED: usize = 20;

#[derive(Serialize)]
struct DigestCtx {
    name: String,
    day: String,
    /// Where to see everything.
    home: String,
    supervision: bool,
    overdue: usize,
    due_soon: usize,
    total: usize,
    window: u32,
    groups: Vec<GroupCtx>,
}

/// A date as officials write it: `2026年6月30日` in Chinese, ISO in English.
pub fn date(lang: &str, d: NaiveDate) -> String {
    crate::export::date_for(Lang::of(lang).is_en(), d)
}

fn timing(lang: &str, t: Timing) -> String {
    let en = Lang::of(lang).is_en();
    match (t, en) {
        (Timing::Overdue(n), false) => format!("已逾期 {n} 个工作日"),
        (Timing::Overdue(n), true) => {
            format!("{n} working day{} overdue", if n == 1 { "" } else { "s" })
        }
        (Timing::Left(0), false) => "今日到期".into(),
        (Timing::Left(0), true) => "due today".into(),
        (Timing::Left(n), false) => format!("还剩 {n} 个工作日"),
        (Timing::Left(n), true) => format!("{n} working day{} left", if n == 1 { "" } else { "s" }),
    }
}

fn step(lang: &str, level: Option<Rung>) -> String {
    level
        .map(|l| l.role().label(Lang::of(lang)).to_string())
        .unwrap_or_default()
}

/// One person's part of a group's daily message.
#[derive(Debug, Clone, Serialize)]
pub struct GroupSection {
    pub name: String,
    /// How the group robot mentions them (`<@id>`, `@13800138000`).
    pub mention: Option<String>,
    /// Their digest's text, in the group's language.
    pub text: String,
}

/// The daily message of a channel's group (one per group and day): each person told that
/// day, with their digest's lines.
pub fn render_group(
    lang: &str,
    day: NaiveDate,
    sections: &[GroupSection],
) -> Result<(String, String), String> {
    templates::render_text(
        "group",
        lang,
        &serde_json::json!({ "day": date(lang, day), "lang": lang, "sections": sections }),
    )
}

/// The test message of a channel (`duban channel test`, the admin page's "send a test").
pub fn render_channel_test(
    lang: &str,
    channel: &str,
    day: NaiveDate,
) -> Result<(String, String), String> {
    templates::render_text(
        "channel_test",
        lang,
        &serde_json::json!({ "name": channel, "day": date(lang, day), "lang": lang }),
    )
}

/// One line of a digest as the webhook's JSON document carries it: what a gateway needs to
/// build its own notice (the light, the reasons and the signed links included).
pub fn item_json(lang: &str, item: &Item) -> serde_json::Value {
    let (light, overdue, left) = match item.timing {
        Timing::Overdue(n) => ("red", Some(n), None),
        Timing::Left(n) => ("yellow", None, Some(n)),
    };
    serde_json::json!({
        "project_code": item.project_code,
        "project_name": item.project_name,
        "milestone": item.title,
        "is_problem": item.is_problem,
        "due": item.due,
        "baseline_due": item.baseline,
        "light": light,
        "working_days_overdue": overdue,
        "working_days_left": left,
        "timing": timing(lang, item.timing),
        "reasons": item.why,
        "links": item.actions.as_ref().map(|a| serde_json::json!({
            "complete": a.done,
            "progress": a.progress,
        })),
    })
}

/// Days a reminder's one-click links stay valid.
pub const LINK_DAYS: i64 = 14;

/// The signed links for one milestone, for its responsible person, in the message of
/// `day`. The nonce names the day, milestone, person and action, so each link sent is
/// single-use and the same scan signs the same links.
pub fn action_links(
    key: &[u8],
    base_url: &str,
    milestone_id: i64,
    person_id: i64,
    day: NaiveDate,
) -> Result<ActionLinks, String> {
    let expires = (day + chrono::Duration::days(LINK_DAYS + 1))
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or_default();
    let link = |action: LinkAction| -> Result<String, String> {
        let claims = LinkClaims {
            action,
            milestone_id,
            person_id,
            expires,
            nonce: format!("{day}:{milestone_id}:{person_id}:{}", action.as_str()),
        };
        let token = auth::sign_link(key, &claims).map_err(|e| e.to_string())?;
        Ok(format!("{base_url}/act/{token}"))
    };
    Ok(ActionLinks {
        done: link(LinkAction::Done)?,
        progress: link(LinkAction::Progress)?,
    })
}

/// The link to a project's page.
pub fn project_link(base_url: &str, code: &str) -> String {
    format!("{base_url}/projects/{code}")
}

/// Renders one recipient's digest of the day. `window` is the due-soon window in working days.
pub fn render_digest(
    lang: &str,
    name: &str,
    day: NaiveDate,
    supervision: bool,
    window: u32,
    base_url: &str,
    mut items: Vec<Item>,
) -> Result<Rendered, String> {
    // Most urgent first: longest overdue, then soonest due; problems beside milestones.
    items.sort_by(|a, b| {
        let key = |i: &Item| match i.timing {
            Timing::Overdue(n) => (0, -n),
            Timing::Left(n) => (1, n),
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.project_code.cmp(&b.project_code))
    });
    let en = Lang::of(lang).is_en();
    let ctx_of = |i: &Item| ItemCtx {
        project_code: i.project_code.clone(),
        project_name: i.project_name.clone(),
        title: match (i.report_month, i.is_problem, en) {
            (Some((y, m)), _, true) => format!("Monthly investment report for {y}-{m:02}"),
            (Some((y, m)), _, false) => format!("{y}年{m}月投资完成情况月报"),
            (None, true, true) => format!("Problem: {}", i.title),
            (None, true, false) => format!("问题：{}", i.title),
            (None, false, _) => i.title.clone(),
        },
        due: date(lang, i.due),
        baseline: i.baseline.map(|b| date(lang, b)),
        timing: timing(lang, i.timing),
        step: step(lang, i.level),
        holders: i.holders_at_due.clone(),
        link: project_link(base_url, &i.project_code),
        done_link: i.actions.as_ref().map(|a| a.done.clone()),
        progress_link: i.actions.as_ref().map(|a| a.progress.clone()),
        why: i.why.clone(),
    };
    let o = items
        .iter()
        .filter(|i| matches!(i.timing, Timing::Overdue(_)))
        .count();
    let u = items.len() - o;
    let listed = |overdue: bool| -> Vec<ItemCtx> {
        items
            .iter()
            .filter(|i| matches!(i.timing, Timing::Overdue(_)) == overdue)
            .take(MAX_LISTED)
            .map(ctx_of)
            .collect()
    };
    let (overdue, upcoming) = (listed(true), listed(false));
    let due_soon = items
        .iter()
        .filter(|i| matches!(i.timing, Timing::Left(n) if n <= window as i64))
        .count();
    let mut groups = Vec::new();
    if o > 0 {
        groups.push(GroupCtx {
            title: if en { "Overdue" } else { "已逾期" },
            color: "#c0392b",
            more: o - overdue.len(),
            items: overdue,
        });
    }
    if u > 0 {
        groups.push(GroupCtx {
            title: if en { "Coming due" } else { "即将到期" },
            color: "#b9770e",
            more: u - upcoming.len(),
            items: upcoming,
        });
    }
    templates::render(
        "digest",
        lang,
        &DigestCtx {
            name: name.to_string(),
            day: date(lang, day),
            home: format!("{base_url}/"),
            supervision,
            overdue: o,
            due_soon,
            total: o + u,
            window,
            groups,
        },
    )
}

#[derive(Serialize)]
struct ProblemCtx {
    name: String,
    project_code: String,
    project_name: String,
    description: String,
    unit: String,
    due: String,
    raised_by: String,
    raised_on: String,
    link: String,
}

#[allow(clippy::too_many_arguments)]
pub fn render_problem(
    lang: &str,
    name: &str,
    project_code: &str,
    project_name: &str,
    description: &str,
    unit: &str,
    due: NaiveDate,
    raised_by: &str,
    raised_on: NaiveDate,
    base_url: &str,
) -> Result<Rendered, String> {
    templates::render(
        "problem",
        lang,
        &ProblemCtx {
            name: name.to_string(),
            project_code: project_code.to_string(),
            project_name: project_name.to_string(),
            description: description.to_string(),
            unit: unit.to_string(),
            due: date(lang, due),
            raised_by: raised_by.to_string(),
            raised_on: date(lang, raised_on),
            link: project_link(base_url, project_code),
        },
    )
}

pub fn render_test(lang: &str, day: NaiveDate) -> Result<Rendered, String> {
    #[derive(Serialize)]
    struct Ctx {
        lang: &'static str,
        day: String,
    }
    templates::render(
        "test",
        lang,
        &Ctx {
            lang: templates::lang(lang),
            day: date(lang, day),
        },
    )
}

/// The mail module's notices for the store's use cases, with the links pointing at
/// `base_url`.
pub struct Notices<'a> {
    pub base_url: &'a str,
}

impl crate::store::problems::WritesNotices for Notices<'_> {
    fn problem_notice(
        &self,
        ctx: &crate::store::Ctx,
        n: &crate::store::problems::ProblemNotice<'_>,
    ) -> Result<NewOutbox, String> {
        let r = render_problem(
            n.lang,
            n.name,
            n.project_code,
            n.project_name,
            n.description,
            n.unit,
            n.due,
            &ctx.actor,
            ctx.today,
            self.base_url,
        )?;
        Ok(outbox_row(
            "problem",
            &format!("problem:{}", n.problem_id),
            ctx.today,
            Some(n.person_id),
            n.email,
            n.name,
            n.lang,
            r,
            ctx.now,
        ))
    }
}

/// A 批示 for one of those told of it.
pub fn render_comment(
    lang: &str,
    n: &crate::store::comments::CommentNotice<'_>,
    at: &str,
    base_url: &str,
) -> Result<Rendered, String> {
    #[derive(Serialize)]
    struct Ctx {
        name: String,
        author: String,
        at: String,
        project_code: String,
        project_name: String,
        body: String,
        link: String,
    }
    templates::render(
        "comment",
        lang,
        &Ctx {
            name: n.name.to_string(),
            author: n.author.to_string(),
            at: at.to_string(),
            project_code: n.project_code.to_string(),
            project_name: n.project_name.to_string(),
            body: n.body.to_string(),
            link: project_link(base_url, n.project_code),
        },
    )
}

impl crate::store::comments::WritesCommentNotice for Notices<'_> {
    fn comment_notice(
        &self,
        ctx: &crate::store::Ctx,
        n: &crate::store::comments::CommentNotice<'_>,
    ) -> Result<NewOutbox, String> {
        let at = ctx
            .now
            .and_utc()
            .with_timezone(&ctx.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string();
        let r = render_comment(n.lang, n, &at, self.base_url)?;
        Ok(outbox_row(
            "comment",
            &format!("comment:{}", n.comment_id),
            ctx.today,
            Some(n.person_id),
            n.email,
            n.name,
            n.lang,
            r,
            ctx.now,
        ))
    }
}

/// A queued message for one recipient.
#[allow(clippy::too_many_arguments)]
pub fn outbox_row(
    kind: &str,
    dedup_kind: &str,
    day: NaiveDate,
    person_id: Option<i64>,
    email: &str,
    name: &str,
    lang: &str,
    r: Rendered,
    now: NaiveDateTime,
) -> NewOutbox {
    NewOutbox {
        dedup_key: dedup_key(email, day, dedup_kind),
        kind: kind.to_string(),
        recipient_person_id: person_id,
        recipient_email: email.trim().to_lowercase(),
        recipient_name: name.to_string(),
        lang: templates::lang(lang).to_string(),
        subject: r.subject,
        body_text: r.text,
        body_html: r.html,
        ..NewOutbox::queued(day, now)
    }
}
