//! docs/OPERATIONS.md is the settings reference: every `DUBAN_` variable the code reads and
//! every reminder rule must be described there (and in the README's table), so that the
//! reference cannot fall behind the code.

use std::collections::BTreeSet;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("source folder").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `DUBAN_…` names in the source (whole names only: a prefix such as `DUBAN_ADMIN_` used to
/// build messages is not a variable).
fn variables_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("source");
        let mut rest = text.as_str();
        while let Some(i) = rest.find("DUBAN_") {
            let tail = &rest[i..];
            let end = tail
                .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
                .unwrap_or(tail.len());
            let name = &tail[..end];
            if !name.ends_with('_') {
                found.insert(name.to_string());
            }
            rest = &tail[end..];
        }
    }
    found
}

#[test]
fn every_setting_the_code_reads_is_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ops = std::fs::read_to_string(root.join("docs/OPERATIONS.md")).expect("OPERATIONS.md");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let vars = variables_in_code();
    assert!(vars.len() >= 15, "{vars:?}");
    for v in &vars {
        assert!(
            ops.contains(&format!("| `{v}` |")),
            "{v} has no row in docs/OPERATIONS.md"
        );
        assert!(
            readme.contains(&format!("`{v}`")),
            "{v} is not in the README"
        );
    }
    let rules = serde_json::to_value(duban::domain::rules::Rules::default()).expect("rules");
    for key in rules.as_object().expect("a table").keys() {
        assert!(
            ops.contains(&format!("| `rules.{key}` |")),
            "rules.{key} has no row in docs/OPERATIONS.md"
        );
    }
}
