//! `duban channel`: channels beside email (企业微信 and 钉钉 group robots, a signed webhook,
//! an SMS gateway): add, list, test, remove, through the same use cases as the API and the
//! admin page.

use std::io::Read;

use clap::ArgGroup;

use super::*;
use crate::domain::channel::Kind;
use crate::store::channels;

#[derive(Debug, Subcommand)]
pub(super) enum ChannelCmd {
    /// Add a channel, owned by the supervision office, a unit (its group) or a person.
    Add(AddArgs),
    /// The channels in use (secrets never shown; the keys in URLs masked).
    List,
    /// Send a test message through a channel now and say what its server answered.
    Test {
        name: String,
        /// For an SMS gateway: the mobile number to send the test to.
        #[arg(long, value_name = "MOBILE")]
        to: Option<String>,
    },
    /// Remove a channel; what still waited to go through it is marked dead.
    Remove { name: String },
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("owner").required(true).args(["supervision", "unit", "person"])))]
pub(super) struct AddArgs {
    #[arg(long, value_parser = ["wecom", "dingtalk", "webhook", "sms"])]
    kind: String,
    /// Unique among the channels in use.
    #[arg(long)]
    name: String,
    /// The robot's or gateway's address (a person's channel may have only --address).
    #[arg(long)]
    url: Option<String>,
    /// 钉钉: the signing secret; webhook: the HMAC key; SMS: the gateway's credentials (the
    /// `Authorization` header). `-` reads it from standard input, out of the shell history.
    #[arg(long)]
    secret: Option<String>,
    /// A word the robot requires in every message.
    #[arg(long)]
    keyword: Option<String>,
    /// SMS: the text, with {name}, {count} and {link}.
    #[arg(long)]
    template: Option<String>,
    /// The supervision office's channel.
    #[arg(long)]
    supervision: bool,
    /// The unit's channel (its group).
    #[arg(long, value_name = "ID")]
    unit: Option<i64>,
    /// The person's channel.
    #[arg(long, value_name = "ID")]
    person: Option<i64>,
    /// The person's address on it: mobile number, or 企业微信 user id.
    #[arg(long)]
    address: Option<String>,
    /// Messages allowed per window, all instances together (default 20).
    #[arg(long, value_name = "N")]
    rate_limit: Option<i32>,
    /// The rate's window in seconds (default 60).
    #[arg(long, value_name = "SECS")]
    rate_window: Option<i32>,
}

pub(super) fn channel_cmd(settings: &Settings, cmd: ChannelCmd) -> CliResult {
    let mut conn = connect(settings)?;
    run_migrations(&mut conn)?;
    let ctx = Ctx::new(cli_actor(), &SystemClock, settings.timezone);
    let named = |conn: &mut DbConn, name: &str| {
        channels::named(conn, &ctx, name).map_err(|e| e.to_string())
    };
    match cmd {
        ChannelCmd::Add(a) => {
            let secret = match a.secret.as_deref() {
                Some("-") => {
                    let mut s = String::new();
                    std::io::stdin()
                        .read_to_string(&mut s)
                        .map_err(|e| format!("--secret -: {e}"))?;
                    Some(s.trim_end_matches(['\r', '\n']).to_string())
                }
                _ => a.secret,
            };
            let input = channels::NewChannel {
                kind: Kind::parse(&a.kind).ok_or_else(|| format!("--kind: {}", a.kind))?,
                name: a.name,
                url: a.url,
                secret,
                keyword: a.keyword,
                template: a.template,
                supervision: a.supervision,
                unit_id: a.unit,
                person_id: a.person,
                address: a.address,
                rate_limit: a.rate_limit,
                rate_window_secs: a.rate_window,
            };
            let c = channels::add(&mut conn, &ctx, input).map_err(|e| e.to_string())?;
            println!("channel {} added (#{}, {})", c.name, c.id, c.kind.as_str());
        }
        ChannelCmd::List => {
            let list = channels::list(&mut conn, &ctx).map_err(|e| e.to_string())?;
            if list.is_empty() {
                println!("no channels: everyone is told by mail");
            }
            for c in list {
                let owner = match (c.unit_id, c.person_id) {
                    (Some(u), _) => format!("unit {u}"),
                    (_, Some(p)) => format!("person {p}"),
                    _ => "supervision".into(),
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}/{}s",
                    c.name,
                    c.kind.as_str(),
                    owner,
                    if c.url.is_empty() { "-" } else { &c.url },
                    if c.has_secret {
                        "secret set"
                    } else {
                        "no secret"
                    },
                    c.address.as_deref().unwrap_or("-"),
                    c.rate_limit,
                    c.rate_window_secs
                );
            }
        }
        ChannelCmd::Test { name, to } => {
            let c = named(&mut conn, &name)?;
            let id = channels::queue_test(&mut conn, &ctx, c.id, "zh-CN", to.as_deref())
                .map_err(|e| e.to_string())?;
            drop(conn);
            let r = mail::deliver_now(settings)?;
            let mut conn = connect(settings)?;
            let row = outbox::get(&mut conn, id).map_err(|e| e.to_string())?;
            match outbox::Status::parse(&row.status) {
                Some(outbox::Status::Sent) => println!("test message sent through {name}"),
                _ => {
                    return Err(format!(
                        "test message through {name} not delivered ({}, {} sent in all): {}",
                        row.status,
                        r.sent,
                        row.last_error.as_deref().unwrap_or("no answer yet")
                    ));
                }
            }
        }
        ChannelCmd::Remove { name } => {
            let c = named(&mut conn, &name)?;
            let dropped = channels::remove(&mut conn, &ctx, c.id).map_err(|e| e.to_string())?;
            println!("channel {name} removed; {dropped} waiting message(s) marked dead");
        }
    }
    Ok(())
}
