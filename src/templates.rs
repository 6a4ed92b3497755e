//! The one template set-up that every renderer shares: the pages, the mail, the report
//! files and the signed links' page. minijinja, compiled-in templates, strict everywhere (a
//! missing value is an error, never a blank in what an official reads), HTML auto-escaped
//! for every `.html` name and left as written for `.txt`.

use minijinja::{Environment, UndefinedBehavior};

/// How block tags treat the whitespace around them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whitespace {
    /// As written, with the final newline kept (mail bodies: every line is the reader's).
    AsWritten,
    /// Block tags take their own line and indentation away (printable bulletins).
    Trimmed,
}

/// An environment holding `templates` (name, source); the first that does not parse is
/// the error.
pub fn environment(
    templates: &[(&'static str, &'static str)],
    whitespace: Whitespace,
) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    match whitespace {
        Whitespace::AsWritten => env.set_keep_trailing_newline(true),
        Whitespace::Trimmed => {
            env.set_trim_blocks(true);
            env.set_lstrip_blocks(true);
        }
    }
    for (name, source) in templates {
        env.add_template(name, source)
            .map_err(|e| format!("template {name}: {e:#}"))?;
    }
    Ok(env)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_escaped_by_name_and_refusing_bad_syntax() {
        let env = environment(
            &[("a.html", "{{ x }}"), ("a.txt", "{{ x }}\n")],
            Whitespace::AsWritten,
        )
        .unwrap();
        let html = env.get_template("a.html").unwrap();
        assert_eq!(
            html.render(minijinja::context! { x => "<b>" }).unwrap(),
            "&lt;b&gt;"
        );
        let txt = env.get_template("a.txt").unwrap();
        assert_eq!(
            txt.render(minijinja::context! { x => "<b>" }).unwrap(),
            "<b>\n"
        );
        assert!(
            html.render(minijinja::context! {}).is_err(),
            "a missing value is an error"
        );
        assert!(environment(&[("b.html", "{% if %}")], Whitespace::Trimmed).is_err());
    }
}
