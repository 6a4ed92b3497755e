//! The `duban` binary as an operator runs it: commands, configuration errors, seeding,
//! and `serve --demo` answering real HTTP over TCP on loopback.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn duban(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_duban"));
    c.current_dir(dir);
    for (k, _) in std::env::vars() {
        if k.starts_with("DUBAN_") {
            c.env_remove(k);
        }
    }
    c.env("DUBAN_LOG", "warn");
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = c.output().expect("run duban");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

#[test]
fn help_names_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(duban(dir.path()).arg("--help"));
    assert_eq!(code, 0);
    for cmd in ["serve", "migrate", "seed"] {
        assert!(out.contains(cmd), "{out}");
    }
    let (code, out, _) = run(duban(dir.path()).args(["seed", "--help"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("--generate") && out.contains("--anchor") && out.contains("district"),
        "{out}"
    );
}

#[test]
fn migrate_applies_once_into_the_default_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("applied 2026"), "{out}");
    assert!(
        dir.path().join("data/duban.db").exists(),
        "default sqlite://data/duban.db, folder created"
    );
    let (code, out, _) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 0);
    assert!(out.contains("no pending migrations"), "{out}");
}

#[test]
fn invalid_configuration_is_one_line_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    for (key, value) in [
        ("DUBAN_TIMEZONE", "Mars/Olympus"),
        ("DUBAN_DATABASE_URL", "mysql://root:secret@localhost/db"),
        ("DUBAN_BIND", "no-port"),
        ("DUBAN_DB_POOL_SIZE", "many"),
        ("DUBAN_READ_CACHE_MB", "5000"),
        ("DUBAN_READ_CACHE_MB", "-1"),
    ] {
        let (code, _, err) = run(duban(dir.path()).arg("migrate").env(key, value));
        assert_eq!(code, 2, "{key}: {err}");
        assert!(err.contains(key), "{key}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{key}: {err}");
        assert!(!err.contains("secret"), "passwords never printed: {err}");
    }
    let toml = dir.path().join("duban.toml");
    std::fs::write(
        &toml,
        "timezone = \"Asia/Tokyo\"\nbind = \"127.0.0.1:9\"\ncolour = 1\n",
    )
    .unwrap();
    let (code, _, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 2, "unknown keys in duban.toml are errors: {err}");
    assert!(err.contains("colour"), "{err}");
    std::fs::write(&toml, "[rules]\noverdue_every = 0\n").unwrap();
    let (code, _, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 2, "an invalid rule set stops start-up: {err}");
    assert!(err.contains("rules.overdue_every"), "{err}");
    std::fs::write(
        &toml,
        "[rules]\nescalate_unit_after = 4\nescalate_leader_after = 8\n",
    )
    .unwrap();
    let (code, _, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 0, "a valid rule set is accepted: {err}");
    std::fs::remove_file(&toml).unwrap();
    for (key, value) in [
        ("DUBAN_SMTP_URL", "http://mail"),
        ("DUBAN_SCAN_AT", "8.30"),
        ("DUBAN_SUPERVISION_EMAILS", "dcs@example.gov.cn, nonsense"),
    ] {
        let (code, _, err) = run(duban(dir.path()).arg("migrate").env(key, value));
        assert_eq!(code, 2, "{key}: {err}");
        assert!(err.contains(key), "{key}: {err}");
    }
    let (code, _, err) = run(duban(dir.path()).args(["--config", "missing.toml", "migrate"]));
    assert_eq!(code, 2);
    assert!(err.contains("missing.toml"), "{err}");
}

#[test]
fn seed_demo_once_and_refuses_a_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) =
        run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("19 projects") && out.contains("as of 2026-11-25"),
        "{out}"
    );
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--demo"]));
    assert_eq!(code, 1);
    assert!(err.contains("empty database"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-13-01"]));
    assert_eq!(code, 2);
    assert!(err.contains("--anchor"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--seed", "3"]));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn seed_generate_is_deterministic() {
    let mut outs = Vec::new();
    for _ in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        let (code, out, err) = run(duban(dir.path()).args([
            "seed",
            "--generate",
            "district",
            "--seed",
            "9",
            "--anchor",
            "2026-06-30",
        ]));
        assert_eq!(code, 0, "{err}");
        let bytes = std::fs::read(dir.path().join("data/duban.db")).unwrap();
        assert!(!bytes.is_empty());
        outs.push(out.split(" in ").next().unwrap().to_string());
    }
    assert_eq!(outs[0], outs[1]);
    assert!(outs[0].contains("19 projects"), "{}", outs[0]);
}

use common::free_port;

/// One HTTP/1.1 request over a fresh TCP connection; returns status and body.
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> std::io::Result<(u16, String)> {
    http_with(port, method, path, body, &[]).map(|(s, _, b)| (s, b))
}

/// Like [`http`] with extra request headers; also returns the response head.
fn http_with(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, String)],
) -> std::io::Result<(u16, String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let body = body.unwrap_or("");
    let extra: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        let mut out = String::new();
        let mut rest = rest;
        while let Some((size, tail)) = rest.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if n == 0 {
                break;
            }
            out.push_str(&tail[..n]);
            rest = &tail[n + 2..];
        }
        out
    } else {
        rest.to_string()
    };
    Ok((status, head.to_string(), body))
}

/// Waits until `duban serve` on `port` answers `/readyz` (it has migrated, seeded and bound).
fn wait_until_ready(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(90);
    while !matches!(http(port, "GET", "/readyz", None), Ok((200, _))) {
        assert!(Instant::now() < deadline, "duban serve did not come up");
        std::thread::sleep(Duration::from_millis(100));
    }
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_demo_answers_http_on_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let child = duban(dir.path())
        .args(["serve", "--demo"])
        .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
        .env("DUBAN_DEMO_PASSWORD", "demo-password-2026")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let _server = Server(child);
    wait_until_ready(port);
    let (s, body) = http(port, "GET", "/readyz", None).unwrap();
    assert_eq!(s, 200, "{body}");
    // Nothing under /api/v1 without a login.
    let (s, body) = http(port, "GET", "/api/v1/projects?limit=1", None).unwrap();
    assert_eq!(s, 401, "{body}");

    // The demo admin logs in with the demo password: an HttpOnly, SameSite=Lax cookie.
    let (s, head, body) = http_with(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(r#"{"login": "admin@demo.duban.local", "password": "demo-password-2026"}"#),
        &[],
    )
    .unwrap();
    assert_eq!(s, 200, "{body}");
    let login: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(login["roles"], serde_json::json!(["admin"]), "{body}");
    let csrf = login["csrf_token"].as_str().unwrap().to_string();
    let set_cookie = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: duban_session=")
        })
        .unwrap_or_else(|| panic!("no session cookie in {head}"));
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("Secure"),
        "plain http on loopback: {set_cookie}"
    );
    let cookie = set_cookie["set-cookie: ".len()..]
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let with_cookie = [("Cookie", cookie.clone())];

    let (s, body) = http_with(port, "GET", "/api/v1/projects?limit=1", None, &with_cookie)
        .unwrap()
        .into_status_body();
    assert_eq!(s, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["total"], 19, "{body}");
    let code = v["items"][0]["code"].as_str().unwrap().to_string();
    let (s, body) = http_with(
        port,
        "GET",
        &format!("/api/v1/projects/{code}"),
        None,
        &with_cookie,
    )
    .unwrap()
    .into_status_body();
    assert_eq!(s, 200);
    assert!(body.contains("\"responsibility\""));
    // A write with the cookie but without the CSRF header is refused; with it, it is read.
    let (s, _) = http_with(
        port,
        "POST",
        "/api/v1/units",
        Some("{\"name\": "),
        &with_cookie,
    )
    .unwrap()
    .into_status_body();
    assert_eq!(s, 403);
    let with_csrf = [("Cookie", cookie.clone()), ("X-CSRF-Token", csrf)];
    let (s, body) = http_with(
        port,
        "POST",
        "/api/v1/units",
        Some("{\"name\": "),
        &with_csrf,
    )
    .unwrap()
    .into_status_body();
    assert_eq!(s, 400);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["error"]["code"], "malformed_json");
    let (s, head, _) = http_with(port, "GET", "/api/v1/docs/", None, &with_cookie).unwrap();
    assert_eq!(s, 200);
    let head = head.to_ascii_lowercase();
    for h in [
        "content-security-policy: ",
        "x-frame-options: deny",
        "x-content-type-options: nosniff",
        "referrer-policy: ",
    ] {
        assert!(head.contains(h), "missing {h} in {head}");
    }
    // Logging out revokes the session on the server: the same cookie no longer works.
    let (s, _) = http_with(port, "POST", "/api/v1/auth/logout", None, &with_csrf)
        .unwrap()
        .into_status_body();
    assert_eq!(s, 204);
    let (s, _) = http_with(port, "GET", "/api/v1/projects?limit=1", None, &with_cookie)
        .unwrap()
        .into_status_body();
    assert_eq!(s, 401);
}

trait StatusBody {
    fn into_status_body(self) -> (u16, String);
}

impl StatusBody for (u16, String, String) {
    fn into_status_body(self) -> (u16, String) {
        (self.0, self.2)
    }
}

#[test]
fn scan_calendar_and_mail_commands_work_without_smtp() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) =
        run(duban(dir.path()).args(["scan", "--as-of", "2026-11-25", "--dry-run"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("dry run") && out.contains("【督办提醒】"),
        "{out}"
    );
    let (_, out, _) = run(duban(dir.path()).args(["mail", "status"]));
    assert!(out.contains("pending 0"), "a dry run queues nothing: {out}");

    let (code, out, err) = run(duban(dir.path()).args(["scan", "--as-of", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    let queued: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("messages: "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(queued > 0, "{out}");
    let (code, out, _) = run(duban(dir.path()).args(["mail", "send-pending"]));
    assert_eq!(code, 0);
    assert!(out.contains(&format!("sent {queued},")), "{out}");
    let files = std::fs::read_dir(dir.path().join("data/mail"))
        .unwrap()
        .count();
    assert_eq!(files, queued, "without SMTP each mail is an .eml file");

    let (code, _, err) =
        run(duban(dir.path()).args(["calendar", "add-holiday", "2026-11-26", "--note", "区庆"]));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(duban(dir.path()).args(["calendar", "list", "--year", "2026"]));
    assert!(
        out.contains("2026-11-26") && out.contains("override") && out.contains("2026-10-01"),
        "{out}"
    );
    let (_, out, _) = run(duban(dir.path()).args(["scan", "--as-of", "2026-11-26", "--dry-run"]));
    assert!(out.contains("not a working day"), "{out}");
    let (code, _, err) = run(duban(dir.path()).args(["calendar", "remove", "2026-11-27"]));
    assert_eq!(code, 1);
    assert!(err.contains("not found"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["mail", "retry", "999"]));
    assert_eq!(code, 1);
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn next_years_arrangement_is_warned_about_until_imported() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 0, "{err}");
    // 2027's arrangement is not shipped: from 1 November (and all through 2027 until it is
    // entered) the list warns. (The command line reads the real date.)
    let (code, _, err) = run(duban(dir.path()).args(["calendar", "list", "--year", "2027"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("2027 holiday arrangement") && err.contains("duban calendar import"),
        "{err}"
    );
    // A bad file names the entry, and enters nothing.
    std::fs::write(
        dir.path().join("bad.json"),
        r#"[{"date": "2027-02-06", "kind": "holiday"}, {"date": "2027-02-30", "kind": "holiday"}]"#,
    )
    .unwrap();
    let (code, _, err) = run(duban(dir.path()).args(["calendar", "import", "bad.json"]));
    assert_eq!(code, 1);
    assert!(err.contains("bad.json: day 2:"), "{err}");
    std::fs::write(
        dir.path().join("2027.json"),
        r#"[{"date": "2027-02-06", "kind": "holiday", "name": "春节"},
            {"date": "2027-02-14", "kind": "workday", "name": "春节调休"}]"#,
    )
    .unwrap();
    let (code, out, err) = run(duban(dir.path()).args(["calendar", "import", "2027.json"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 days entered"), "{out}");
    let (_, out, err) = run(duban(dir.path()).args(["calendar", "list", "--year", "2027"]));
    assert!(!err.contains("arrangement"), "{err}");
    assert!(
        out.contains("2027-02-14 Sun workday  override — 春节调休"),
        "{out}"
    );
}

#[test]
fn mail_test_goes_through_a_real_smtp_server() {
    let dir = tempfile::tempdir().unwrap();
    let mut smtp = common::smtp::SmtpServer::down();
    let (code, _, err) = run(duban(dir.path())
        .args(["mail", "test", "--to", "probe@example.gov.cn"])
        .env("DUBAN_SMTP_URL", smtp.url()));
    assert_eq!(code, 1, "server down: {err}");
    assert!(err.contains("not delivered"), "{err}");
    let (_, out, _) = run(duban(dir.path()).args(["mail", "status"]));
    assert!(out.contains("failed (will retry) 1"), "{out}");

    smtp.up();
    let (code, out, err) = run(duban(dir.path())
        .args(["mail", "test", "--to", "probe@example.gov.cn"])
        .env("DUBAN_SMTP_URL", smtp.url()));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("test message sent"), "{out}");
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].subject, "【督办】测试邮件");
    assert!(got[0].text.contains("邮件通道正常"));
    let (code, _, err) = run(duban(dir.path()).args(["mail", "test", "--to", "not an address"]));
    assert_eq!(code, 1);
    assert!(err.contains("--to"), "{err}");
}

#[test]
fn report_inspection_writes_json() {
    let dir = tempfile::tempdir().unwrap();
    run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    let (code, out, err) = run(duban(dir.path()).args([
        "report",
        "inspection",
        "--as-of",
        "2026-11-25",
        "-o",
        "r.json",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("19 projects") && out.contains("start rate 94.7 %"),
        "{out}"
    );
    let r: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("r.json")).unwrap()).unwrap();
    assert_eq!(r["as_of"], "2026-11-25");
    assert_eq!(r["projects"].as_array().unwrap().len(), 19);
    let (code, _, err) =
        run(duban(dir.path()).args(["report", "inspection", "--category", "mining"]));
    assert_eq!(code, 1);
    assert!(err.contains("--category"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["report", "inspection", "--format", "pdf"]));
    assert_eq!(code, 2, "{err}");
    let (code, out, err) =
        run(duban(dir.path()).args(["report", "issue", "--as-of", "2026-11-20"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("第 1 期") && out.contains("as of 2026-11-20"),
        "{out}"
    );
}

#[test]
fn assess_saves_a_draft_publishes_it_and_names_a_bad_model_key() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(duban(dir.path()).args([
        "assess",
        "--year",
        "2026",
        "--as-of",
        "2026-11-25",
        "--format",
        "csv",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("\u{feff}排名,项目编号"), "{out}");
    assert_eq!(out.lines().count(), 20, "a header and 19 projects: {out}");
    assert!(err.contains("saved as draft #1"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["assess", "--publish", "1"]));
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(duban(dir.path()).args(["assess", "--publish", "1"]));
    assert_eq!(code, 1);
    assert!(err.contains("published"), "{err}");

    let model = dir.path().join("model.toml");
    std::fs::write(
        &model,
        include_str!("../../crates/duban-domain/src/assessment_model.toml")
            .replace("cap_percent = 100", "cap_percent = 150"),
    )
    .unwrap();
    let (code, _, err) = run(duban(dir.path())
        .args([
            "assess",
            "--year",
            "2026",
            "--as-of",
            "2026-11-25",
            "--no-save",
            "--model",
        ])
        .arg(&model));
    assert_eq!(code, 1);
    assert!(err.contains("components.investment.cap_percent"), "{err}");
    let (code, _, err) =
        run(duban(dir.path()).args(["assess", "--year", "2026", "--format", "pdf"]));
    assert_ne!(code, 0);
    assert!(err.contains("--format"), "{err}");
}

/// Runs duban with `input` on standard input.
fn run_with_stdin(c: &mut Command, input: &str) -> (i32, String, String) {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run duban");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn user_commands_add_list_reset_and_disable_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run_with_stdin(
        duban(dir.path()).args([
            "user",
            "add",
            "--email",
            "DCS@example.gov.cn",
            "--role",
            "supervisor",
            "--password-stdin",
        ]),
        "a-long-password-1\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("created account dcs@example.gov.cn (supervisor)"),
        "{out}"
    );
    assert!(
        !out.contains("a-long-password-1"),
        "a typed password is never echoed: {out}"
    );

    // Mistakes name what is wrong.
    let (code, _, err) = run(duban(dir.path()).args([
        "user",
        "add",
        "--email",
        "x@example.gov.cn",
        "--role",
        "boss",
    ]));
    assert_ne!(code, 0);
    assert!(err.contains("unknown role `boss`"), "{err}");
    let (code, _, err) = run(duban(dir.path()).args([
        "user",
        "add",
        "--email",
        "x@example.gov.cn",
        "--role",
        "leader",
    ]));
    assert_eq!(code, 1);
    assert!(err.contains("person_id"), "{err}");
    let (code, _, err) = run_with_stdin(
        duban(dir.path()).args([
            "user",
            "add",
            "--email",
            "y@example.gov.cn",
            "--role",
            "supervisor",
            "--password-stdin",
        ]),
        "short\n",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("password: must have at least 10 characters"),
        "{err}"
    );

    // A generated password is printed once.
    let (code, out, err) =
        run(duban(dir.path()).args(["user", "set-password", "dcs@example.gov.cn"]));
    assert_eq!(code, 0, "{err}");
    let generated = out
        .lines()
        .find_map(|l| l.strip_prefix("password (generated, shown once): "))
        .expect("generated password");
    assert_eq!(generated.chars().count(), 16);

    let (code, _, err) = run(duban(dir.path()).args(["user", "disable", "dcs@example.gov.cn"]));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(duban(dir.path()).args(["user", "list", "--role", "supervisor"]));
    let line = out
        .lines()
        .find(|l| l.starts_with("dcs@example.gov.cn"))
        .expect("listed");
    assert!(line.contains("disabled"), "{line}");
    let (code, _, err) = run(duban(dir.path()).args(["user", "disable", "nobody@example.gov.cn"]));
    assert_eq!(code, 1);
    assert!(err.contains("nobody@example.gov.cn"), "{err}");

    // The demo made accounts for its leaders, logging in by email.
    let (_, out, _) = run(duban(dir.path()).args(["user", "list", "--role", "leader"]));
    let leaders = out.lines().filter(|l| l.contains("leader")).count();
    assert!(leaders >= 5, "{out}");
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.contains('@') || l.ends_with("account(s)")),
        "{out}"
    );
}

#[test]
fn seed_demo_prints_its_logins_and_a_generated_password_once() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) =
        run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("demo accounts created:"), "{out}");
    assert!(
        out.contains("admin@demo.duban.local") && out.contains("duchashi@demo.duban.local"),
        "{out}"
    );
    assert!(
        out.contains("demo password (generated, shown once): "),
        "{out}"
    );
}

#[test]
fn first_start_creates_the_admin_from_the_environment_or_prints_a_generated_password() {
    for (email, password) in [
        (Some("boss@example.gov.cn"), Some("admin-password-2026")),
        (None, None),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut cmd = duban(dir.path());
        cmd.args(["serve"])
            .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(e) = email {
            cmd.env("DUBAN_ADMIN_EMAIL", e);
        }
        if let Some(p) = password {
            cmd.env("DUBAN_ADMIN_PASSWORD", p);
        }
        let mut child = cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let _server = Server(child);
        let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
        let first = lines.next().unwrap().unwrap();
        assert!(first.starts_with("admin account `"), "{first}");
        let (login, password) = match (email, password) {
            (Some(e), Some(p)) => {
                assert!(
                    first.contains("DUBAN_ADMIN_PASSWORD") && !first.contains(p),
                    "{first}"
                );
                (e.to_string(), p.to_string())
            }
            _ => (
                "admin".to_string(),
                first
                    .split("password (generated, shown once): ")
                    .nth(1)
                    .expect("generated password")
                    .to_string(),
            ),
        };
        wait_until_ready(port);
        let body = format!(r#"{{"login": "{login}", "password": "{password}"}}"#);
        let (s, body) = http(port, "POST", "/api/v1/auth/login", Some(&body)).unwrap();
        assert_eq!(s, 200, "{body}");
        assert!(body.contains("\"admin\""), "{body}");
    }
}

/// The real binary with `DUBAN_LOG_FORMAT=json`: every request leaves one JSON line with its
/// request id and route; `/metrics` reports requests by route and the outbox by state.
#[test]
fn json_logs_carry_request_ids_and_metrics_count_requests() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let log = dir.path().join("serve.log");
    let child = duban(dir.path())
        .args(["serve", "--demo"])
        .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
        .env("DUBAN_DEMO_PASSWORD", "demo-password-2026")
        .env("DUBAN_LOG_FORMAT", "json")
        .env("DUBAN_LOG", "info")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let _server = Server(child);
    wait_until_ready(port);
    // The proxy's id is kept and returned; without one, one is made and returned.
    let (s, head, _) = http_with(
        port,
        "GET",
        "/api/v1/projects",
        None,
        &[("X-Request-Id", "proxy-7f3a.42".to_string())],
    )
    .unwrap();
    assert_eq!(s, 401);
    assert!(
        head.to_ascii_lowercase()
            .contains("x-request-id: proxy-7f3a.42"),
        "{head}"
    );
    let (_, head, _) = http_with(
        port,
        "GET",
        "/nothing-here",
        None,
        &[("X-Request-Id", "bad id\twith tab".to_string())],
    )
    .unwrap();
    let made = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("x-request-id: ")
                .map(str::to_string)
        })
        .unwrap_or_else(|| panic!("an id on an error too: {head}"));
    assert_eq!(
        made.len(),
        36,
        "a made id (UUID), not the unsound one: {made}"
    );
    let (s, metrics) = http(port, "GET", "/metrics", None).unwrap();
    assert_eq!(s, 200, "{metrics}");
    let count = |series: &str| -> f64 {
        metrics
            .lines()
            .find(|l| l.starts_with(series))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{series} in\n{metrics}"))
    };
    assert!(
        count(
            "duban_http_request_duration_seconds_count{method=\"GET\",route=\"/readyz\",status=\"200\"}"
        ) >= 1.0
    );
    assert_eq!(
        count(
            "duban_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/projects\",status=\"401\"}"
        ),
        1.0
    );
    assert!(count("duban_outbox_messages{state=\"pending\"}") >= 0.0);
    assert!(count("duban_db_pool_connections") >= 1.0);

    // The log: JSON lines; the refused request's line names its route and request id.
    let deadline = Instant::now() + Duration::from_secs(10);
    let line = loop {
        let text = std::fs::read_to_string(&log).unwrap();
        let found = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .find(|v| {
                v["fields"]["status"] == 401 && v["span"]["http.route"] == "/api/v1/projects"
            });
        if let Some(v) = found {
            break v;
        }
        assert!(
            Instant::now() < deadline,
            "no JSON line for the request in\n{text}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let id = line["span"]["request_id"].as_str().unwrap_or_default();
    assert_eq!(
        id, "proxy-7f3a.42",
        "the proxy's request id in the log line: {line}"
    );
    assert_eq!(line["level"], "INFO");
}

/// A backup taken from the live file is checked, never overwrites, and restores into the
/// same data: the report of the restored database equals the original's, byte for byte.
#[test]
fn backup_and_restore_keep_every_row() {
    let dir = tempfile::tempdir().unwrap();
    run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    let report = |db: &str, out: &str| {
        let (code, _, err) = run(duban(dir.path()).env("DUBAN_DATABASE_URL", db).args([
            "report",
            "inspection",
            "--as-of",
            "2026-11-25",
            "-o",
            out,
        ]));
        assert_eq!(code, 0, "{err}");
        std::fs::read(dir.path().join(out)).unwrap()
    };
    let before = report("sqlite://data/duban.db", "before.json");

    let (code, out, err) = run(duban(dir.path()).args(["backup", "--to", "backups/b1.db"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("19 projects") && out.contains("integrity ok"),
        "{out}"
    );
    let (code, _, err) = run(duban(dir.path()).args(["backup", "--to", "backups/b1.db"]));
    assert_eq!(code, 1);
    assert!(err.contains("never overwrites"), "{err}");

    // Into a fresh place, then over the original (which needs --force).
    let (code, out, err) = run(duban(dir.path())
        .env("DUBAN_DATABASE_URL", "sqlite://restored/duban.db")
        .args(["restore", "--from", "backups/b1.db"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("19 projects"), "{out}");
    assert_eq!(report("sqlite://restored/duban.db", "after.json"), before);
    let (code, _, err) = run(duban(dir.path()).args(["restore", "--from", "backups/b1.db"]));
    assert_eq!(code, 1);
    assert!(err.contains("--force"), "{err}");
    let (code, _, err) =
        run(duban(dir.path()).args(["restore", "--from", "backups/b1.db", "--force"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(report("sqlite://data/duban.db", "again.json"), before);

    // Not a database, and not this service's database: refused, nothing replaced.
    std::fs::write(dir.path().join("junk.db"), b"not a database").unwrap();
    let (code, _, err) = run(duban(dir.path()).args(["restore", "--from", "junk.db", "--force"]));
    assert_eq!(code, 1);
    assert!(err.contains("junk.db"), "{err}");
    assert_eq!(report("sqlite://data/duban.db", "last.json"), before);
    // PostgreSQL installations are pointed to pg_dump.
    let (code, _, err) = run(duban(dir.path())
        .env("DUBAN_DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .args(["backup", "--to", "x.db"]));
    assert_eq!(code, 1);
    assert!(err.contains("pg_dump"), "{err}");
}

/// Starts `duban serve` on `db_url` with mail to `smtp`; returns the server and its port.
fn serve_on(dir: &Path, db_url: &str, smtp: &str, demo: bool) -> (Server, u16) {
    serve_with(
        dir,
        demo,
        &[
            ("DUBAN_DATABASE_URL", db_url),
            ("DUBAN_SMTP_URL", smtp),
            ("DUBAN_DEMO_PASSWORD", "demo-password-2026"),
        ],
    )
}

/// Two real instances on one PostgreSQL database: both answer, and mail queued through
/// either is delivered exactly once although both delivery loops run.
#[test]
fn two_instances_on_one_postgres_serve_and_send_each_mail_once() {
    let Some(db) = common::backends()
        .into_iter()
        .find(|d| d.name == "postgres")
    else {
        return; // said loudly by `backends()`, and an error when PostgreSQL is required
    };
    let duban::db::DbUrl::Postgres(url) = &db.url else {
        unreachable!("a PostgreSQL test database")
    };
    let smtp = common::smtp::SmtpServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (_a, port_a) = serve_on(dir.path(), url, &smtp.url(), true);
    let (_b, port_b) = serve_on(dir.path(), url, &smtp.url(), false);
    let auth = [("Authorization", format!("Bearer {}", common::ADMIN_TOKEN))];
    let (s, _, list) = http_with(port_b, "GET", "/api/v1/projects?limit=6", None, &auth).unwrap();
    assert_eq!(s, 200, "{list}");
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(
        list["total"], 19,
        "instance B sees the demo instance A loaded"
    );

    // Problems raised through both instances, alternately: each queues mail at once.
    let mut queued = 0;
    for (i, p) in items.iter().enumerate() {
        let port = if i % 2 == 0 { port_a } else { port_b };
        let body = serde_json::json!({
            "description": format!("用地指标待落实（{i}）"),
            "acting_unit_id": p["unit"]["id"],
            "due": "2027-01-31",
        })
        .to_string();
        let path = format!("/api/v1/projects/{}/problems", p["code"].as_str().unwrap());
        let (s, _, raised) = http_with(port, "POST", &path, Some(&body), &auth).unwrap();
        assert_eq!(s, 201, "{raised}");
        let raised: serde_json::Value = serde_json::from_str(&raised).unwrap();
        queued += raised["notified"].as_array().unwrap().len();
    }
    assert!(
        queued >= items.len(),
        "each problem tells someone: {queued}"
    );

    // Every message arrives; then, with both loops still running, none arrives twice. (When
    // the test runs after the daily scan's hour, instance A's scan queues the demo's
    // reminders too: they count as well.)
    let deadline = Instant::now() + Duration::from_secs(60);
    let unsent = || {
        let s = duban::store::outbox::status(&mut db.conn()).unwrap();
        s.pending + s.sending + s.failed
    };
    while smtp.received().len() < queued || unsent() > 0 {
        assert!(
            Instant::now() < deadline,
            "{} of {queued} delivered",
            smtp.received().len()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(3));
    let sent = duban::store::outbox::status(&mut db.conn()).unwrap().sent;
    assert!(sent as usize >= queued);
    let got = smtp.received();
    assert_eq!(got.len(), sent as usize, "each message sent once");
    let ids: std::collections::BTreeSet<_> = got.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), got.len(), "distinct messages");
    let (s, metrics) = http(port_a, "GET", "/metrics", None).unwrap();
    assert_eq!(s, 200);
    assert!(
        metrics.contains(&format!("duban_outbox_messages{{state=\"sent\"}} {sent}")),
        "{metrics}"
    );
}

/// A demo installation moved from its SQLite file to PostgreSQL: every row, verified; the
/// same report from both; new rows get fresh ids; a second copy into it is refused.
#[test]
fn copy_data_moves_an_installation_to_postgres() {
    let Some(pg) = common::backends()
        .into_iter()
        .find(|d| d.name == "postgres")
    else {
        return; // said loudly by `backends()`, and an error when PostgreSQL is required
    };
    let duban::db::DbUrl::Postgres(to) = &pg.url else {
        unreachable!("a PostgreSQL test database")
    };
    // The test database comes with its `tester` account: empty it so that it holds no data.
    {
        use diesel::prelude::*;
        let mut c = pg.conn();
        for t in ["api_tokens", "user_roles", "users", "audit_log"] {
            diesel::sql_query(format!("DELETE FROM {t}"))
                .execute(&mut c)
                .unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    let (code, _, err) = run(duban(dir.path()).args(["report", "issue", "--as-of", "2026-11-20"]));
    assert_eq!(code, 0, "{err}");
    let report = |db: &str, out: &str| {
        let (code, _, err) = run(duban(dir.path()).env("DUBAN_DATABASE_URL", db).args([
            "report",
            "inspection",
            "--as-of",
            "2026-11-25",
            "-o",
            out,
        ]));
        assert_eq!(code, 0, "{err}");
        std::fs::read(dir.path().join(out)).unwrap()
    };
    let from = "sqlite://data/duban.db";

    let (code, _, err) = run(duban(dir.path()).args(["copy-data", "--from", to, "--to", from]));
    assert_eq!(code, 1);
    assert!(
        err.contains("sqlite:// installation to a postgres://"),
        "{err}"
    );
    let (code, out, err) = run(duban(dir.path()).args(["copy-data", "--from", from, "--to", to]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("copied and verified"), "{out}");
    assert_eq!(report(to, "pg.json"), report(from, "sqlite.json"));
    // Sequences continue after the copied ids: issuing writes new rows on PostgreSQL.
    let (code, out, err) = run(duban(dir.path()).env("DUBAN_DATABASE_URL", to).args([
        "report",
        "issue",
        "--as-of",
        "2026-11-25",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("第 2 期"), "{out}");
    // Only into an empty database.
    let (code, _, err) = run(duban(dir.path()).args(["copy-data", "--from", from, "--to", to]));
    assert_eq!(code, 1);
    assert!(err.contains("not empty"), "{err}");
}

/// The ledger as offices keep it: one row per project, read back with calamine; the CSV has
/// the same rows; the template has the layout and one example row.
#[test]
fn export_ledger_writes_the_office_layout() {
    use calamine::{Data, Reader};
    let dir = tempfile::tempdir().unwrap();
    run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    let (code, out, err) =
        run(duban(dir.path()).args(["export", "ledger", "--format", "xlsx", "-o", "l.xlsx"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("19 projects"), "{out}");
    let mut book = calamine::open_workbook_auto(dir.path().join("l.xlsx")).unwrap();
    let sheet = book.worksheet_range("台帐").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows.len(), 20, "header and 19 projects");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..3], ["项目编号", "项目名称", "项目类别"]);
    assert!(
        header.iter().any(|h| h == "节点1")
            && header.ends_with(&["进展情况".into(), "存在问题".into()])
    );
    for h in &header {
        assert!(duban::domain::sheet::column_of(h).is_some(), "{h}");
    }
    let codes: Vec<String> = rows[1..].iter().map(|r| r[0].to_string()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted);
    assert!(codes[0].starts_with("KP-") && codes.len() == 19);
    assert!(
        matches!(rows[1][5], Data::Float(v) if v > 0.0),
        "total investment as a number in 万元"
    );
    let ms = rows[1][16].to_string();
    assert!(duban::domain::sheet::parse_milestone(&ms).is_ok(), "{ms}");

    let (code, _, err) =
        run(duban(dir.path()).args(["export", "ledger", "--format", "csv", "-o", "l.csv"]));
    assert_eq!(code, 0, "{err}");
    let csv = std::fs::read(dir.path().join("l.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(String::from_utf8_lossy(&csv).lines().count(), 20);

    let (code, _, err) =
        run(duban(dir.path()).args(["export", "ledger", "--template", "-o", "t.xlsx"]));
    assert_eq!(code, 0, "{err}");
    let mut book = calamine::open_workbook_auto(dir.path().join("t.xlsx")).unwrap();
    let t = book.worksheet_range("台帐").unwrap();
    assert_eq!(t.rows().count(), 2, "the layout and one example row");
    let (code, _, err) = run(duban(dir.path()).args(["export", "ledger", "--format", "pdf"]));
    assert_eq!(code, 2, "{err}");
}

/// `duban import ledger`: the exported sheet goes into an empty database and comes back out
/// byte for byte; a second import changes nothing and says so; a dry run writes nothing; a
/// bad sheet is refused with each bad cell named by row and column, and nothing written.
#[test]
fn import_ledger_round_trips_and_refuses_bad_sheets_whole() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    run(duban(dir.path()).args(["seed", "--demo", "--anchor", "2026-11-25"]));
    for (f, name) in [("xlsx", "a.xlsx"), ("csv", "a.csv")] {
        let (code, _, err) =
            run(duban(dir.path()).args(["export", "ledger", "--format", f, "-o", name]));
        assert_eq!(code, 0, "{err}");
    }
    let empty = format!("sqlite://{}", at("b.db"));
    let into_b = |args: &[&str]| {
        let mut c = duban(dir.path());
        c.env("DUBAN_DATABASE_URL", &empty).args(args);
        run(&mut c)
    };
    let (code, out, err) = into_b(&["import", "ledger", "a.xlsx", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("19 new") && out.contains("dry run"), "{out}");
    let (code, out, err) = into_b(&["export", "ledger", "--format", "csv", "-o", "b.csv"]);
    assert_eq!((code, out.trim()), (0, "0 projects written"), "{err}");

    let (code, out, err) = into_b(&["import", "ledger", "a.xlsx"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("19 rows read: 19 new, 0 updated, 0 unchanged"),
        "{out}"
    );
    let (code, _, err) = into_b(&["export", "ledger", "--format", "csv", "-o", "b.csv"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        String::from_utf8(std::fs::read(at("b.csv")).unwrap()).unwrap(),
        String::from_utf8(std::fs::read(at("a.csv")).unwrap()).unwrap(),
        "export → import into an empty database → export gives the same file"
    );
    for again in ["a.xlsx", "a.csv"] {
        let (code, out, err) = into_b(&["import", "ledger", again]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("nothing to change"), "{out}");
    }

    // Two bad cells on two rows: both named, nothing written.
    let text = String::from_utf8(std::fs::read(at("a.csv")).unwrap()).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[2] = lines[2].replacen("KP-2026-02", "KP-2026-01", 1);
    lines[5] = lines[5].replacen(",2026-", ",2026-13-", 1);
    std::fs::write(at("bad.csv"), lines.join("\n")).unwrap();
    let (code, out, err) = into_b(&["import", "ledger", "bad.csv"]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(
        err.contains("row 3, column 项目编号: KP-2026-01 is also on row 2"),
        "{err}"
    );
    assert!(err.contains("row 6, column "), "{err}");
    let (_, _, _) = into_b(&["export", "ledger", "--format", "csv", "-o", "c.csv"]);
    assert_eq!(
        std::fs::read(at("c.csv")).unwrap(),
        std::fs::read(at("a.csv")).unwrap(),
        "a refused sheet changes nothing"
    );
    let (code, _, err) = into_b(&["import", "ledger", "a.csv", "--sheet", "台帐"]);
    assert_eq!(code, 1);
    assert!(err.contains("CSV file has no sheets"), "{err}");
    let (code, _, err) = into_b(&["import", "ledger", "missing.xlsx"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"), "{err}");
}

/// Starts `duban serve` (with `--demo` if asked) in `dir` with the settings given: a fresh
/// SQLite file there unless `DUBAN_DATABASE_URL` says otherwise. Returns it and its port.
fn serve_with(dir: &Path, demo: bool, env: &[(&str, &str)]) -> (Server, u16) {
    let port = free_port();
    let mut c = duban(dir);
    c.arg("serve")
        .env("DUBAN_BIND", format!("127.0.0.1:{port}"));
    if demo {
        c.arg("--demo");
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let child = c
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    wait_until_ready(port);
    (server, port)
}

/// The status of the answer to a request written by hand, read within 20 seconds.
fn answer_to(s: &mut TcpStream) -> u16 {
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    while !raw.windows(4).any(|w| w == b"\r\n\r\n") {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) => panic!("no answer: {e}"),
        }
    }
    String::from_utf8_lossy(&raw)
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn slow_bodies_and_forged_uploads_are_cut_off_unread() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, port) = serve_with(
        dir.path(),
        false,
        &[
            ("DUBAN_ADMIN_PASSWORD", "admin-password-2026"),
            ("DUBAN_BODY_TIMEOUT_SECS", "3"),
        ],
    );
    let (s, head, body) = http_with(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(r#"{"login": "admin", "password": "admin-password-2026"}"#),
        &[],
    )
    .unwrap();
    assert_eq!(s, 200, "{body}");
    assert!(head.contains("no-store"), "{head}");
    let session = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: duban_session="))
        .and_then(|v| v.split(';').next())
        .unwrap()
        .to_string();

    // A 30 MB upload whose token is wrong is refused on its first part; the rest is never
    // sent, so an answer proves it was not waited for.
    let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let part = format!(
        "--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nforged\r\n\
         --b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n\r\n{}",
        "x".repeat(20_000)
    );
    write!(
        c,
        "POST /admin/ledger HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: duban_session={session}\r\n\
         Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 30000000\r\n\r\n{part}"
    )
    .unwrap();
    assert_eq!(answer_to(&mut c), 403);

    // A multipart body to a form that takes no file is refused unread.
    let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        c,
        "POST /account/password HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: duban_session={session}\r\n\
         Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 30000000\r\n\r\n--b\r\n"
    )
    .unwrap();
    assert_eq!(answer_to(&mut c), 415);

    // A body sent a byte a second is cut off after the body timeout (3 s here), not waited
    // for until it ends.
    let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        c,
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: 200\r\n\r\n{{"
    )
    .unwrap();
    let mut trickle = c.try_clone().unwrap();
    let feeder = std::thread::spawn(move || {
        for _ in 0..60 {
            std::thread::sleep(Duration::from_secs(1));
            if trickle.write_all(b" ").is_err() {
                return;
            }
        }
    });
    assert_eq!(answer_to(&mut c), 400);
    drop(c);
    feeder.join().unwrap();
}

#[test]
fn the_database_and_mail_files_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path())
        .env("DUBAN_MAIL_FROM", "督办 <duban@example.gov.cn>")
        .args(["mail", "test", "--to", "li.na@example.gov.cn"]));
    assert_eq!(code, 0, "{err}");
    let mut files = vec![dir.path().join("data/duban.db")];
    for e in std::fs::read_dir(dir.path().join("data/mail")).unwrap() {
        files.push(e.unwrap().path());
    }
    assert!(files.len() >= 2, "{files:?}");
    for f in files {
        let mode = std::fs::metadata(&f).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{} is {:o}", f.display(), mode & 0o777);
    }
}

#[test]
fn a_short_link_key_and_a_bad_rule_are_named_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(duban(dir.path())
        .env("DUBAN_LINK_KEY", "too-short")
        .arg("migrate"));
    assert_eq!(code, 2);
    assert!(
        err.contains("DUBAN_LINK_KEY") && err.contains("32"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("duban.toml"),
        "[rules]\nwarning_days = -3\n",
    )
    .unwrap();
    let (code, _, err) = run(duban(dir.path()).arg("migrate"));
    assert_eq!(code, 2);
    assert!(err.contains("rules.warning_days"), "{err}");
}

#[test]
fn a_port_in_use_is_the_error_before_anything_claims_to_serve() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let (code, out, err) = run(duban(dir.path())
        .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
        .arg("serve"));
    assert_ne!(code, 0);
    assert!(!out.contains("duban serving"), "{out}");
    assert!(err.contains(&port.to_string()), "{err}");
}

/// PostgreSQL restarting under two serving instances, as the instances see it: every
/// connection dropped, new ones refused for a while, then accepted again. (Done to this
/// test's own database, so that the other tests' databases keep running.)
#[test]
fn a_postgres_restart_under_two_instances_loses_and_doubles_nothing() {
    let Some(db) = common::backends()
        .into_iter()
        .find(|d| d.name == "postgres")
    else {
        return; // said loudly by `backends()`, and an error when PostgreSQL is required
    };
    let duban::db::DbUrl::Postgres(url) = &db.url else {
        unreachable!("a PostgreSQL test database")
    };
    let name = db.pg_name().unwrap().to_string();
    let smtp = common::smtp::SmtpServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (_a, port_a) = serve_on(dir.path(), url, &smtp.url(), true);
    let (_b, port_b) = serve_on(dir.path(), url, &smtp.url(), false);
    let auth = [("Authorization", format!("Bearer {}", common::ADMIN_TOKEN))];
    let (s, _, list) = http_with(port_a, "GET", "/api/v1/projects?limit=4", None, &auth).unwrap();
    assert_eq!(s, 200, "{list}");
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let projects = list["items"].as_array().unwrap().clone();
    let raise = |port: u16, p: &serde_json::Value, i: usize| {
        let body = serde_json::json!({
            "description": format!("重启前后（{i}）"),
            "acting_unit_id": p["unit"]["id"],
            "due": "2027-01-31",
        })
        .to_string();
        let path = format!("/api/v1/projects/{}/problems", p["code"].as_str().unwrap());
        http_with(port, "POST", &path, Some(&body), &auth)
            .unwrap()
            .0
    };
    for (i, p) in projects.iter().enumerate() {
        assert_eq!(raise(if i % 2 == 0 { port_a } else { port_b }, p, i), 201);
    }

    // The restart: connections cut, and refused for a few seconds.
    db.pg_admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"));
    db.pg_admin(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    ));
    for port in [port_a, port_b] {
        // Every request is answered (http_with gives up after 10 s: the pool waits 5 s).
        let (s, _) = http(port, "GET", "/readyz", None).unwrap();
        assert_eq!(s, 503, "not ready while the database is down");
        let (s, _, _) = http_with(port, "GET", "/api/v1/projects", None, &auth).unwrap();
        assert_eq!(s, 503);
    }
    std::thread::sleep(Duration::from_secs(2));
    db.pg_admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"));

    // Both come back by themselves.
    let deadline = Instant::now() + Duration::from_secs(30);
    for port in [port_a, port_b] {
        while !matches!(http(port, "GET", "/readyz", None), Ok((200, _))) {
            assert!(
                Instant::now() < deadline,
                "instance on {port} did not recover"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    for (i, p) in projects.iter().enumerate() {
        assert_eq!(
            raise(if i % 2 == 0 { port_b } else { port_a }, p, i + 10),
            201
        );
    }

    // Every message queued before and after arrives, once.
    let unsent = || {
        let s = duban::store::outbox::status(&mut db.conn()).unwrap();
        s.pending + s.sending + s.failed
    };
    let deadline = Instant::now() + Duration::from_secs(90);
    while unsent() > 0 {
        if Instant::now() >= deadline {
            use diesel::prelude::*;
            use duban::db::schema::outbox as t;
            let rows: Vec<(i64, String, i32, Option<String>)> = t::table
                .filter(t::status.ne("sent"))
                .select((t::id, t::status, t::attempts, t::claimed_by))
                .load(&mut db.conn())
                .unwrap();
            panic!("mail still waiting: {rows:?}");
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    std::thread::sleep(Duration::from_secs(2));
    let sent = duban::store::outbox::status(&mut db.conn()).unwrap().sent as usize;
    let got = smtp.received();
    assert_eq!(got.len(), sent, "each message once");
    let ids: std::collections::BTreeSet<_> = got.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), sent, "no message twice");
}

/// Completions and manual pages come from the command definitions, with no settings or
/// database: even a broken settings file does not stop them.
#[test]
fn completions_and_manual_pages_come_from_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("duban.toml"), "not = [valid").unwrap();
    for (shell, mark) in [
        ("bash", "_duban()"),
        ("zsh", "#compdef duban"),
        ("fish", "complete -c duban"),
    ] {
        let (code, out, err) = run(duban(dir.path()).args(["completions", shell]));
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains(mark), "{shell}: {out}");
        assert!(
            out.contains("send-pending"),
            "{shell} completes subcommands"
        );
    }
    let (code, _, err) = run(duban(dir.path()).args(["completions", "powershell"]));
    assert_eq!(code, 2, "an unknown shell is refused by name: {err}");
    assert!(err.contains("powershell"), "{err}");

    let (code, page, err) = run(duban(dir.path()).arg("man"));
    assert_eq!(code, 0, "{err}");
    assert!(page.contains(".TH duban 1"), "{page}");
    assert!(page.contains("copy\\-data"), "every command listed: {page}");
    let (code, _, err) = run(duban(dir.path()).args(["man", "--out-dir", "man"]));
    assert_eq!(code, 0, "{err}");
    for name in ["duban.1", "duban-serve.1", "duban-mail-send-pending.1"] {
        let page = std::fs::read_to_string(dir.path().join("man").join(name)).unwrap();
        assert!(page.starts_with(".ie"), "{name} is roff: {page}");
    }
}

/// The settings file the packages install is one duban reads: a typo there would stop every
/// instance at start.
#[test]
fn the_shipped_settings_file_loads() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/duban.toml");
    let (code, out, err) = run(duban(dir.path())
        .env("DUBAN_CONFIG", &shipped)
        .env("DUBAN_DATABASE_URL", "sqlite://d.db")
        .arg("migrate"));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("migration(s) applied"), "{out}");
    let (code, _, err) = run(duban(dir.path())
        .env("DUBAN_CONFIG", &shipped)
        .env("DUBAN_DATABASE_URL", "sqlite://d.db")
        .env("DUBAN_TIMEZONE", "Mars/Olympus")
        .arg("migrate"));
    assert_eq!(code, 2, "a bad setting is refused: {err}");
}
