//! A real SMTP server for tests: Debian's aiosmtpd (`python3 -m aiosmtpd`) on a free
//! loopback port, storing what it receives in a Maildir that the tests read back with
//! mailparse (subjects RFC 2047-decoded, bodies base64-decoded).
#![allow(dead_code)]

use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct SmtpServer {
    child: Option<Child>,
    pub port: u16,
    dir: tempfile::TempDir,
    handler: Handler,
    /// aiosmtpd's own options (TLS certificates).
    options: Vec<String>,
}

/// What the server does with a message.
#[derive(Debug, Clone, Copy)]
enum Handler {
    /// Keeps it in the Maildir.
    Keep,
    /// Discards it (benchmarks of the sending side).
    Discard,
    /// Takes this many seconds to answer each message, then keeps it only if the client is
    /// still connected: a slow server, and one that a killed sender cannot fool.
    Slow(f64),
}

#[derive(Debug, Clone)]
pub struct Received {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub raw_headers: String,
}

pub use super::free_port;

impl SmtpServer {
    /// Starts a server on a free port.
    pub fn start() -> Self {
        let mut s = Self::down();
        s.up();
        s
    }

    /// A server that accepts and discards every message (aiosmtpd's Sink handler): the
    /// Maildir handler's file writes cap it near 200 messages a second, which would measure
    /// the test server rather than duban.
    pub fn start_discarding() -> Self {
        let mut s = Self::down();
        s.handler = Handler::Discard;
        s.up();
        s
    }

    /// A server that takes `seconds` to answer each message (see [`Handler::Slow`]).
    pub fn start_slow(seconds: f64) -> Self {
        let mut s = Self::down();
        s.handler = Handler::Slow(seconds);
        s.up();
        s
    }

    /// A port with no server yet (for "the mail server is down" cases); `up()` starts it.
    pub fn down() -> Self {
        Self {
            child: None,
            port: free_port(),
            dir: tempfile::tempdir().unwrap(),
            handler: Handler::Keep,
            options: vec![],
        }
    }

    /// A server that speaks TLS with a self-signed certificate for `localhost` (made with
    /// openssl): from the first byte (`implicit`, SMTPS) or after STARTTLS, which it then
    /// requires.
    pub fn start_tls(implicit: bool) -> Self {
        let mut s = Self::down();
        let (cert, key) = (s.dir.path().join("cert.pem"), s.dir.path().join("key.pem"));
        let made = Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            ])
            .args([
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost",
            ])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl makes the test certificate: apt-get install openssl");
        assert!(made.success(), "openssl req failed");
        let (c, k) = if implicit {
            ("--smtpscert", "--smtpskey")
        } else {
            ("--tlscert", "--tlskey")
        };
        s.options = vec![
            c.into(),
            cert.display().to_string(),
            k.into(),
            key.display().to_string(),
        ];
        s.up();
        s
    }

    fn maildir(&self) -> PathBuf {
        // aiosmtpd's Mailbox creates the folder itself; an existing empty one makes every
        // delivery fail.
        self.dir.path().join("mail")
    }

    pub fn up(&mut self) {
        assert!(self.child.is_none());
        let mut cmd = Command::new("/usr/bin/python3");
        cmd.args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{}", self.port),
        ]);
        cmd.args(&self.options);
        match self.handler {
            Handler::Keep => {
                cmd.args(["-c", "aiosmtpd.handlers.Mailbox"])
                    .arg(self.maildir());
            }
            Handler::Discard => {
                cmd.args(["-c", "aiosmtpd.handlers.Sink"]);
            }
            Handler::Slow(seconds) => {
                cmd.env(
                    "PYTHONPATH",
                    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/common"),
                )
                .args(["-c", "slow_smtp.Slow"])
                .arg(self.maildir())
                .arg(seconds.to_string());
            }
        }
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd: apt-get install python3-aiosmtpd");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start on {}",
                self.port
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// Every message received so far.
    pub fn received(&self) -> Vec<Received> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir().join(sub)) else {
                continue;
            };
            for e in entries {
                let bytes = std::fs::read(e.unwrap().path()).unwrap();
                let mail = mailparse::parse_mail(&bytes).unwrap();
                let header = |name: &str| {
                    use mailparse::MailHeaderMap;
                    mail.headers.get_first_value(name).unwrap_or_default()
                };
                let mut text = String::new();
                let mut html = String::new();
                for part in mail.parts() {
                    match part.ctype.mimetype.as_str() {
                        "text/plain" => text = part.get_body().unwrap(),
                        "text/html" => html = part.get_body().unwrap(),
                        _ => {}
                    }
                }
                let raw_headers = String::from_utf8_lossy(
                    &bytes[..bytes
                        .windows(4)
                        .position(|w| w == b"\r\n\r\n" || &w[..2] == b"\n\n")
                        .unwrap_or(bytes.len())],
                )
                .into_owned();
                out.push(Received {
                    to: header("To"),
                    subject: header("Subject"),
                    text,
                    html,
                    message_id: header("Message-ID"),
                    raw_headers,
                });
            }
        }
        out
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}
