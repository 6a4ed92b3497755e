//! Rules of the source itself: shipped code has no `unwrap()` or `expect(` — a query, an
//! input or I/O that fails returns an error instead of panicking. Unit tests may use them,
//! and they live in one `#[cfg(test)] mod` at the end of a file, where this test stops
//! reading.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn shipped_code_does_not_unwrap() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 50, "the sources were found");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        let lines: Vec<&str> = text.lines().collect();
        let tests_at = lines
            .iter()
            .position(|l| l.trim() == "#[cfg(test)]")
            .unwrap_or(lines.len());
        if tests_at < lines.len() {
            // The test module is one module, and the file's last item.
            assert!(
                lines[tests_at + 1].trim_start().starts_with("mod "),
                "{}:{}: #[cfg(test)] on something other than the test module",
                file.display(),
                tests_at + 1
            );
            let end = lines[tests_at..]
                .iter()
                .position(|l| *l == "}")
                .map(|i| tests_at + i);
            assert!(
                end.is_some_and(|e| lines[e + 1..].iter().all(|l| l.trim().is_empty())),
                "{}: code after the test module",
                file.display()
            );
        }
        for (i, line) in lines[..tests_at].iter().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains(".unwrap()") || code.contains(".expect(") {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "panics waiting for bad input:\n{}",
        found.join("\n")
    );
}
