//! Message templates: `templates/{lang}/{kind}.subject.txt`, `.txt` and (for mail)
//! `.html`, compiled into the binary; `group` is the daily message of a channel's group. HTML is auto-escaped (a project named `<script>` arrives as text); the
//! subject is forced onto one line. Unknown languages fall back to zh-CN.

use std::sync::OnceLock;

use minijinja::{Environment, Value, context};

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

macro_rules! templates {
    ($($lang:literal / $name:literal),* $(,)?) => {
        &[$((concat!($lang, "/", $name), include_str!(concat!("templates/", $lang, "/", $name)))),*]
    };
}

const TEMPLATES: &[(&str, &str)] = templates![
    "zh-CN" / "digest.subject.txt",
    "zh-CN" / "digest.txt",
    "zh-CN" / "digest.html",
    "zh-CN" / "problem.subject.txt",
    "zh-CN" / "problem.txt",
    "zh-CN" / "problem.html",
    "zh-CN" / "comment.subject.txt",
    "zh-CN" / "comment.txt",
    "zh-CN" / "comment.html",
    "zh-CN" / "test.subject.txt",
    "zh-CN" / "test.txt",
    "zh-CN" / "test.html",
    "zh-CN" / "group.subject.txt",
    "zh-CN" / "group.txt",
    "zh-CN" / "channel_test.subject.txt",
    "zh-CN" / "channel_test.txt",
    "en" / "digest.subject.txt",
    "en" / "digest.txt",
    "en" / "digest.html",
    "en" / "problem.subject.txt",
    "en" / "problem.txt",
    "en" / "problem.html",
    "en" / "comment.subject.txt",
    "en" / "comment.txt",
    "en" / "comment.html",
    "en" / "test.subject.txt",
    "en" / "test.txt",
    "en" / "test.html",
    "en" / "group.subject.txt",
    "en" / "group.txt",
    "en" / "channel_test.subject.txt",
    "en" / "channel_test.txt",
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        // The templates are compiled in and checked by the tests; a syntax error cannot
        // reach a running service, and if one did every message would fail loudly.
        crate::templates::environment(TEMPLATES, crate::templates::Whitespace::AsWritten)
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "mail templates do not parse");
                Environment::new()
            })
    })
}

/// The template language for a person's preference.
pub fn lang(pref: &str) -> &'static str {
    crate::domain::lang::Lang::of(pref).as_str()
}

fn part(lang_pref: &str, kind: &str, part: &str, ctx: &Value) -> Result<String, String> {
    let name = format!("{}/{kind}.{part}", lang(lang_pref));
    env()
        .get_template(&name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| format!("template {name}: {e:#}"))
}

/// Renders the subject and text of `kind` (a message without HTML: a group's) in
/// `lang_pref` with `ctx`.
pub fn render_text(
    kind: &str,
    lang_pref: &str,
    ctx: &impl serde::Serialize,
) -> Result<(String, String), String> {
    let ctx = Value::from_serialize(ctx);
    let subject = super::one_line(&part(lang_pref, kind, "subject.txt", &ctx)?);
    Ok((subject, part(lang_pref, kind, "txt", &ctx)?))
}

/// Renders `kind` (digest, problem, test) in `lang_pref` with `ctx`.
pub fn render(
    kind: &str,
    lang_pref: &str,
    ctx: &impl serde::Serialize,
) -> Result<Rendered, String> {
    let (subject, text) = render_text(kind, lang_pref, ctx)?;
    let ctx = Value::from_serialize(ctx);
    let html = part(
        lang_pref,
        kind,
        "html",
        &context! { subject => subject.clone(), ..ctx },
    )?;
    Ok(Rendered {
        subject,
        text,
        html,
    })
}
