//! Local servers that speak the channels' protocols, written here from the public API
//! references (not from duban's code): the 企业微信 group robot, the 钉钉 custom robot with
//! its signature and keyword check, a signed webhook receiver and an SMS gateway. Each
//! checks the JSON shape and the credentials, answers with the real error codes, and
//! enforces its rate (20 a minute by default; tests give a faster window).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine;
use hmac::{KeyInit, Mac};
use serde_json::{Value, json};

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// What a robot accepted.
#[derive(Debug, Clone)]
pub struct Received {
    /// The markdown, the SMS text, or the webhook's JSON as text.
    pub text: String,
    /// 钉钉's `at.atMobiles`, an SMS's `to`.
    pub to: Vec<String>,
    pub body: Value,
    pub at: Instant,
}

#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub limit: usize,
    pub window: Duration,
    /// 钉钉 keeps a robot throttled this long once its limit is passed.
    pub pause: Duration,
}

impl Default for Rate {
    fn default() -> Self {
        Self {
            limit: 20,
            window: Duration::from_secs(60),
            pause: Duration::from_secs(600),
        }
    }
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// Arrival of each accepted message, for the rate.
    accepted: Vec<Instant>,
    throttled_until: Option<Instant>,
    /// Every refusal: (error code or HTTP status, message).
    refusals: Vec<(i64, String)>,
}

#[derive(Clone)]
struct Config {
    kind: &'static str,
    /// 企业微信 key, 钉钉 access token, SMS credential.
    token: String,
    secret: Option<String>,
    keyword: Option<String>,
    rate: Rate,
}

pub struct Robot {
    pub url: String,
    state: Arc<Mutex<State>>,
    handle: actix_web::dev::ServerHandle,
}

impl Drop for Robot {
    fn drop(&mut self) {
        let handle = self.handle.clone();
        std::thread::spawn(move || actix_web::rt::System::new().block_on(handle.stop(false)));
    }
}

impl Robot {
    /// A 企业微信 group robot: `POST /cgi-bin/webhook/send?key=KEY`.
    pub fn wecom(key: &str, rate: Rate) -> Robot {
        let cfg = Config {
            kind: "wecom",
            token: key.into(),
            secret: None,
            keyword: None,
            rate,
        };
        Self::start(cfg, &format!("/cgi-bin/webhook/send?key={key}"))
    }

    /// A 钉钉 custom robot: `POST /robot/send?access_token=T&timestamp=…&sign=…`.
    pub fn dingtalk(token: &str, secret: &str, keyword: Option<&str>, rate: Rate) -> Robot {
        let cfg = Config {
            kind: "dingtalk",
            token: token.into(),
            secret: Some(secret.into()),
            keyword: keyword.map(String::from),
            rate,
        };
        Self::start(cfg, &format!("/robot/send?access_token={token}"))
    }

    /// An office's gateway taking signed JSON documents.
    pub fn webhook(secret: &str) -> Robot {
        let cfg = Config {
            kind: "webhook",
            token: String::new(),
            secret: Some(secret.into()),
            keyword: None,
            rate: Rate {
                limit: 10_000,
                ..Rate::default()
            },
        };
        Self::start(cfg, "/hooks/duban")
    }

    /// An SMS gateway: the credential in `Authorization`, at most 140 characters a text.
    pub fn sms(credential: &str, rate: Rate) -> Robot {
        let cfg = Config {
            kind: "sms",
            token: credential.into(),
            secret: None,
            keyword: None,
            rate,
        };
        Self::start(cfg, "/sms/send")
    }

    fn start(cfg: Config, path: &str) -> Robot {
        let state: Arc<Mutex<State>> = Arc::default();
        let (tx, rx) = std::sync::mpsc::channel();
        let shared = state.clone();
        std::thread::spawn(move || {
            let system = actix_web::rt::System::new();
            system.block_on(async move {
                let data = web::Data::new((cfg, shared));
                let server = HttpServer::new(move || {
                    App::new()
                        .app_data(data.clone())
                        .app_data(web::PayloadConfig::new(1 << 20))
                        .default_service(web::to(handle))
                })
                .workers(1)
                .disable_signals()
                .bind(("127.0.0.1", 0))
                .expect("bind a robot");
                let port = server.addrs()[0].port();
                let server = server.run();
                tx.send((port, server.handle())).expect("robot started");
                let _ = server.await;
            });
        });
        let (port, handle) = rx.recv().expect("robot port");
        Robot {
            url: format!("http://127.0.0.1:{port}{path}"),
            state,
            handle,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    pub fn refusals(&self) -> Vec<(i64, String)> {
        self.state.lock().unwrap().refusals.clone()
    }

    /// The most messages accepted within any `window`.
    pub fn busiest(&self, window: Duration) -> usize {
        let times = self.state.lock().unwrap().accepted.clone();
        times
            .iter()
            .map(|t| {
                times
                    .iter()
                    .filter(|u| **u >= *t && u.duration_since(*t) < window)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }
}

fn errcode(code: i64, msg: &str) -> HttpResponse {
    HttpResponse::Ok().json(json!({"errcode": code, "errmsg": msg}))
}

fn query(req: &HttpRequest, key: &str) -> Option<String> {
    form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn hmac(secret: &str, message: &[u8]) -> Vec<u8> {
    let mut m = <HmacSha256 as KeyInit>::new_from_slice(secret.as_bytes()).unwrap();
    m.update(message);
    m.finalize().into_bytes().to_vec()
}

async fn handle(
    req: HttpRequest,
    body: web::Bytes,
    data: web::Data<(Config, Arc<Mutex<State>>)>,
) -> HttpResponse {
    let (cfg, state) = (&data.0, &data.1);
    let mut st = state.lock().unwrap();
    let refuse = |st: &mut State, code: i64, msg: &str, resp: HttpResponse| {
        st.refusals.push((code, msg.to_string()));
        resp
    };
    if req.method() != actix_web::http::Method::POST {
        return refuse(
            &mut st,
            405,
            "POST only",
            HttpResponse::MethodNotAllowed().finish(),
        );
    }
    let now = Instant::now();
    let json: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) if cfg.kind == "wecom" || cfg.kind == "dingtalk" => {
            return refuse(
                &mut st,
                40000,
                "invalid json",
                errcode(40000, "invalid json"),
            );
        }
        Err(_) => {
            return refuse(
                &mut st,
                400,
                "invalid json",
                HttpResponse::BadRequest().body("invalid json"),
            );
        }
    };
    let rate = cfg.rate;
    let recent = st
        .accepted
        .iter()
        .filter(|t| now.duration_since(**t) < rate.window)
        .count();
    let received = match cfg.kind {
        "wecom" => {
            if query(&req, "key").as_deref() != Some(cfg.token.as_str()) {
                return refuse(
                    &mut st,
                    93000,
                    "invalid webhook url",
                    errcode(93000, "invalid webhook url"),
                );
            }
            let content = json["markdown"]["content"].as_str();
            if json["msgtype"] != "markdown" || content.is_none() {
                return refuse(
                    &mut st,
                    40008,
                    "invalid message type",
                    errcode(40008, "invalid message type"),
                );
            }
            let content = content.unwrap_or_default().to_string();
            if content.len() > 4096 {
                let msg = "markdown.content exceed max length 4096";
                return refuse(&mut st, 40058, msg, errcode(40058, msg));
            }
            if recent >= rate.limit {
                let msg = "api freq out of limit";
                return refuse(&mut st, 45009, msg, errcode(45009, msg));
            }
            Received {
                text: content,
                to: vec![],
                body: json.clone(),
                at: now,
            }
        }
        "dingtalk" => {
            if query(&req, "access_token").as_deref() != Some(cfg.token.as_str()) {
                return refuse(
                    &mut st,
                    300001,
                    "token is not exist",
                    errcode(300001, "token is not exist"),
                );
            }
            let secret = cfg.secret.clone().unwrap_or_default();
            let (Some(ts), Some(sign)) = (query(&req, "timestamp"), query(&req, "sign")) else {
                let msg = "sign not match";
                return refuse(&mut st, 310000, msg, errcode(310000, msg));
            };
            let fresh = ts
                .parse::<i64>()
                .ok()
                .is_some_and(|t| (chrono::Utc::now().timestamp_millis() - t).abs() < 3_600_000);
            let expected = base64::engine::general_purpose::STANDARD
                .encode(hmac(&secret, format!("{ts}\n{secret}").as_bytes()));
            if !fresh || sign != expected {
                let msg = "sign not match";
                return refuse(&mut st, 310000, msg, errcode(310000, msg));
            }
            let text = json["markdown"]["text"].as_str();
            if json["msgtype"] != "markdown"
                || text.is_none()
                || json["markdown"]["title"].as_str().is_none()
            {
                return refuse(
                    &mut st,
                    40035,
                    "缺少参数 json",
                    errcode(40035, "缺少参数 json"),
                );
            }
            let text = text.unwrap_or_default().to_string();
            if let Some(k) = &cfg.keyword
                && !text.contains(k.as_str())
            {
                let msg = "keywords not in content";
                return refuse(&mut st, 310000, msg, errcode(310000, msg));
            }
            if st.throttled_until.is_some_and(|u| now < u) || recent >= rate.limit {
                st.throttled_until.get_or_insert(now + rate.pause);
                let msg = "send too fast, exceed 20 times per minute";
                return refuse(&mut st, 130101, msg, errcode(130101, msg));
            }
            st.throttled_until = None;
            let to = json["at"]["atMobiles"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|m| m.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            Received {
                text,
                to,
                body: json.clone(),
                at: now,
            }
        }
        "webhook" => {
            let header = |name: &str| {
                req.headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(String::from)
            };
            let (Some(ts), Some(sig)) = (header("X-Duban-Timestamp"), header("X-Duban-Signature"))
            else {
                return refuse(
                    &mut st,
                    401,
                    "unsigned",
                    HttpResponse::Unauthorized().body("unsigned"),
                );
            };
            let mut message = format!("{ts}.").into_bytes();
            message.extend_from_slice(&body);
            let hex: String = hmac(cfg.secret.as_deref().unwrap_or_default(), &message)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            if sig != format!("sha256={hex}") {
                return refuse(
                    &mut st,
                    401,
                    "bad signature",
                    HttpResponse::Unauthorized().body("bad signature"),
                );
            }
            Received {
                text: String::from_utf8_lossy(&body).into_owned(),
                to: vec![],
                body: json.clone(),
                at: now,
            }
        }
        _ => {
            let auth = req
                .headers()
                .get("Authorization")
                .and_then(|v| v.to_str().ok());
            if auth != Some(cfg.token.as_str()) {
                return refuse(
                    &mut st,
                    401,
                    "bad credentials",
                    HttpResponse::Unauthorized().body("bad credentials"),
                );
            }
            let (Some(to), Some(text)) = (json["to"].as_str(), json["text"].as_str()) else {
                return refuse(
                    &mut st,
                    400,
                    "to and text",
                    HttpResponse::BadRequest().body("to and text"),
                );
            };
            if text.chars().count() > 140 {
                return refuse(
                    &mut st,
                    400,
                    "over two segments",
                    HttpResponse::BadRequest().body("over two segments"),
                );
            }
            if recent >= rate.limit {
                return refuse(
                    &mut st,
                    429,
                    "slow down",
                    HttpResponse::TooManyRequests().body("slow down"),
                );
            }
            Received {
                text: text.into(),
                to: vec![to.into()],
                body: json.clone(),
                at: now,
            }
        }
    };
    st.accepted.push(now);
    st.received.push(received);
    if cfg.kind == "webhook" || cfg.kind == "sms" {
        return HttpResponse::Ok().json(json!({"ok": true}));
    }
    errcode(0, "ok")
}
