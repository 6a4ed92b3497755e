//! A real browser against a real server: `duban serve --demo` on a free loopback port with
//! its own SQLite file, and Debian's chromium driven through chromedriver (WebDriver).
//! Shared by the browser tests and the screenshots example; it stands alone (no other
//! test support) so that both can include it by path.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The demo accounts' password in these runs.
pub const DEMO_PASSWORD: &str = "browser-demo-password";

/// Whether this machine can run a browser. When it cannot, the caller says so loudly, and
/// fails instead when `DUBAN_TEST_REQUIRE_BROWSER=1` (as in CI).
pub fn available() -> bool {
    let present = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !present {
        assert!(
            std::env::var("DUBAN_TEST_REQUIRE_BROWSER").as_deref() != Ok("1"),
            "chromium and chromedriver are required (DUBAN_TEST_REQUIRE_BROWSER=1): \
             apt-get install chromium chromium-driver"
        );
        eprintln!(
            "*** BROWSER TEST SKIPPED: {CHROMIUM} or {CHROMEDRIVER} is missing \
             (apt-get install chromium chromium-driver) ***"
        );
    }
    present
}

/// axe-core's script, fetched and checked by `scripts/test` (its path in `DUBAN_TEST_AXE`).
/// Without it the accessibility check cannot run: that fails where a browser is required.
pub fn axe_source() -> String {
    let path = std::env::var("DUBAN_TEST_AXE").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/target/test-assets/axe-4.14.1.min.js"
        )
        .to_string()
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is needed for the accessibility check ({path}: {e}); scripts/test fetches it"
        )
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A child process killed when dropped.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `duban serve --demo` in a fresh directory (its SQLite file and mail folder live there).
pub struct Server {
    proc: Proc,
    pub base: String,
    pub dir: tempfile::TempDir,
}

impl Server {
    /// Starts the real binary; `bin` is `env!("CARGO_BIN_EXE_duban")` for tests. Ready means
    /// this server said it serves on its port: a port that merely answers may belong to
    /// another test's chromedriver or server that took it first (then this one cannot bind,
    /// and starts again on another port).
    pub fn start(bin: &Path) -> Self {
        // It runs in its own directory: a relative path would no longer lead to it.
        let bin = std::fs::canonicalize(bin).expect("the duban binary");
        for _ in 0..5 {
            let dir = tempfile::tempdir().expect("temp dir");
            let port = free_port();
            let log = dir.path().join("serve.log");
            let out = dir.path().join("serve.out");
            let mut child = Command::new(&bin)
                .args(["serve", "--demo"])
                .current_dir(dir.path())
                .env_remove("DUBAN_DATABASE_URL")
                .env_remove("DUBAN_SMTP_URL")
                .env_remove("DUBAN_CONFIG")
                .env("DUBAN_BIND", format!("127.0.0.1:{port}"))
                .env("DUBAN_DEMO_PASSWORD", DEMO_PASSWORD)
                .env("DUBAN_LOG", "warn")
                .stdout(std::fs::File::create(&out).expect("server output"))
                .stderr(std::fs::File::create(&log).expect("server log"))
                .spawn()
                .expect("start duban serve");
            let serving = format!("on http://127.0.0.1:{port}/");
            let start = Instant::now();
            loop {
                let said = std::fs::read_to_string(&out).unwrap_or_default();
                if said.contains(&serving) && TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Self {
                        proc: Proc(child),
                        base: format!("http://127.0.0.1:{port}"),
                        dir,
                    };
                }
                if let Ok(Some(status)) = child.try_wait() {
                    let err = std::fs::read_to_string(&log).unwrap_or_default();
                    assert!(
                        err.contains("in use"),
                        "duban serve exited with {status} before listening:\n{err}"
                    );
                    break;
                }
                assert!(
                    start.elapsed() < Duration::from_secs(120),
                    "duban serve did not listen within 120 s"
                );
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        panic!("duban serve found no free port in five tries")
    }

    /// The server's SQLite database, for checking what the browser changed.
    pub fn database(&self) -> PathBuf {
        self.dir.path().join("data").join("duban.db")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// A chromedriver that said it started on its own port (not merely a port that answers,
/// which may be another test's server), started again on another port if that one was
/// taken.
fn chromedriver(dir: &Path) -> (Proc, u16) {
    for attempt in 0..5 {
        let port = free_port();
        let out = dir.join(format!("chromedriver-{attempt}.out"));
        let mut child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(std::fs::File::create(&out).expect("chromedriver output"))
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let start = Instant::now();
        loop {
            let said = std::fs::read_to_string(&out).unwrap_or_default();
            if said.contains(&format!("started successfully on port {port}"))
                && TcpStream::connect(("127.0.0.1", port)).is_ok()
            {
                return (Proc(child), port);
            }
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver did not listen within 30 s: {said}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    panic!("chromedriver found no free port in five tries")
}

/// One chromedriver and one headless chromium session.
pub struct Browser {
    _driver: Proc,
    pub client: Client,
    pub downloads: tempfile::TempDir,
}

impl Browser {
    pub async fn start() -> Self {
        let downloads = tempfile::tempdir().expect("download dir");
        let (driver, port) = chromedriver(downloads.path());
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-sync", "--window-size=1280,900",
                    "--lang=zh-CN",
                ],
                "prefs": {
                    "download.default_directory": downloads.path().to_string_lossy(),
                    "download.prompt_for_download": false,
                    "intl.accept_languages": "zh-CN,zh",
                },
            },
        });
        let Value::Object(caps) = caps else {
            unreachable!("a JSON object")
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a chromium session");
        Self {
            _driver: driver,
            client,
            downloads,
        }
    }

    /// Logs in through the form with a demo account.
    pub async fn log_in(&self, server: &Server, login: &str) {
        let c = &self.client;
        c.goto(&server.url("/login")).await.expect("login page");
        c.find(Locator::Id("login"))
            .await
            .expect("login field")
            .send_keys(login)
            .await
            .expect("type login");
        c.find(Locator::Id("password"))
            .await
            .expect("password field")
            .send_keys(DEMO_PASSWORD)
            .await
            .expect("type password");
        c.find(Locator::Css("form.login button[type=submit]"))
            .await
            .expect("submit")
            .click()
            .await
            .expect("click submit");
        c.wait()
            .for_element(Locator::Css("form[action='/logout']"))
            .await
            .expect("logged in");
    }

    /// Texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("elements")
        {
            out.push(e.text().await.expect("text"));
        }
        out
    }

    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .text()
            .await
            .expect("text")
    }

    /// A file that finished downloading (Chromium writes `.crdownload` until then).
    pub fn downloaded(&self, ending: &str, within: Duration) -> PathBuf {
        let start = Instant::now();
        loop {
            let found = std::fs::read_dir(self.downloads.path())
                .expect("download dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| p.to_string_lossy().ends_with(ending));
            if let Some(p) = found {
                return p;
            }
            assert!(
                start.elapsed() < within,
                "no *{ending} downloaded within {within:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The viewport's size in CSS pixels (a phone: 390 × 844).
    pub async fn resize(&self, width: u32, height: u32) {
        // The window is sized, not the page; headless chromium has no frame around it, and
        // the width the page lays out at is checked so that a test cannot think it is on a
        // phone when it is not.
        self.client
            .set_window_size(width, height)
            .await
            .expect("window size");
        let inner = self
            .client
            .execute("return window.innerWidth", vec![])
            .await
            .expect("innerWidth");
        assert_eq!(inner.as_u64(), Some(u64::from(width)), "the viewport width");
    }

    /// How far the page is wider than the viewport, in CSS pixels (0: no sideways scroll),
    /// and the widest elements that stick out, to say what to fix.
    pub async fn overflow(&self) -> (i64, Vec<String>) {
        let got = self
            .client
            .execute(
                r#"const vw = document.documentElement.clientWidth;
                   const over = document.documentElement.scrollWidth - vw;
                   const out = [];
                   for (const e of document.querySelectorAll('body *')) {
                     const r = e.getBoundingClientRect();
                     if (r.right > vw + 1 && getComputedStyle(e).position !== 'absolute') {
                       out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                                (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') +
                                ' ' + Math.round(r.right));
                     }
                   }
                   return [over, out.slice(0, 8)];"#,
                vec![],
            )
            .await
            .expect("measure the page");
        let over = got[0].as_i64().unwrap_or(0);
        let culprits = got[1]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        (over, culprits)
    }

    /// The serious and critical violations axe-core finds on the page as it is, each as
    /// "rule (impact): the elements".
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let source = axe_source();
        self.client
            .execute(&source, vec![])
            .await
            .expect("load axe-core into the page");
        let got = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, { resultTypes: ['violations'] })
                     .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' +
                            v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))
                     .catch(e => done(['axe failed: ' + e]));"#,
                vec![],
            )
            .await
            .expect("run axe-core");
        got.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Types into the field with this id, after clearing what it held.
    pub async fn fill(&self, id: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"));
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Sets a field's value as its picker would (date and month inputs, whose typing
    /// depends on the browser's locale).
    pub async fn set_value(&self, id: &str, value: &str) {
        self.client
            .execute(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1]; \
                 return e.value",
                vec![json!(id), json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"));
    }

    /// Clicks what `css` finds and waits for the page the click leads to (a form's
    /// answer): the page before is marked, so that the wait cannot end on it.
    pub async fn click_through(&self, css: &str) {
        self.client
            .execute("window.__duban_before = true", vec![])
            .await
            .expect("mark the page");
        self.click(css).await;
        let start = Instant::now();
        loop {
            // While the next page loads, the script may fail: that is "not yet".
            let next = self
                .client
                .execute(
                    "return document.readyState === 'complete' && !window.__duban_before",
                    vec![],
                )
                .await;
            if matches!(next, Ok(Value::Bool(true))) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "no new page after clicking {css}"
            );
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Clicks what `css` finds, where the page does not change (a box, a summary).
    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Whether an element matching `css` is there.
    pub async fn has(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("elements")
            .is_empty()
    }

    /// The status notice that says `text`, and whether it is in sight without scrolling
    /// (`None`: no such notice).
    pub async fn notice_in_view(&self, text: &str) -> Option<bool> {
        let got = self
            .client
            .execute(
                r#"for (const e of document.querySelectorAll('[role=status]')) {
                     if (e.textContent.includes(arguments[0])) {
                       const r = e.getBoundingClientRect();
                       return r.top >= 0 && r.bottom <= window.innerHeight;
                     }
                   }
                   return null;"#,
                vec![json!(text)],
            )
            .await
            .expect("look for the notice");
        got.as_bool()
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
