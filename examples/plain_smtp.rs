//! The yardstick of `scripts/bench-reminders`: how fast an SMTP server accepts mail from a
//! plain client. It replays the messages in a folder (one file each, as a Maildir keeps them)
//! over N connections with TCP_NODELAY, the same dialogue as duban's sender (EHLO once, then
//! MAIL, RCPT, DATA and the message, each answered before the next), and prints
//! `sent N in S s: R messages/s`.
//!
//!     cargo run --release --example plain_smtp -- 127.0.0.1:2525 16 DIR [COUNT]

// A measuring tool fails loudly on purpose: the no-panic rules are for shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, server, connections, dir, rest @ ..] = args.as_slice() else {
        panic!("usage: plain_smtp HOST:PORT CONNECTIONS DIR [COUNT]");
    };
    let connections: usize = connections.parse().expect("CONNECTIONS");
    let mut messages: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("DIR")
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .map(|m| stuffed(&m))
        .collect();
    if let Some(count) = rest.first() {
        let count: usize = count.parse().expect("COUNT");
        let all = messages.clone();
        messages = all.iter().cycle().take(count).cloned().collect();
    }
    let messages = Arc::new(messages);
    let next = Arc::new(AtomicUsize::new(0));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let started = Instant::now();
    runtime.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..connections {
            let (messages, next, server) = (messages.clone(), next.clone(), server.clone());
            tasks.push(tokio::spawn(async move {
                let tcp = TcpStream::connect(server.as_str()).await.unwrap();
                tcp.set_nodelay(true).unwrap();
                let mut s = BufReader::new(tcp);
                answer(&mut s).await;
                command(&mut s, b"EHLO plain.client\r\n").await;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(m) = messages.get(i) else { break };
                    command(&mut s, b"MAIL FROM:<duban@example.gov.cn>\r\n").await;
                    command(&mut s, b"RCPT TO:<someone@example.gov.cn>\r\n").await;
                    command(&mut s, b"DATA\r\n").await;
                    command(&mut s, m).await;
                }
                command(&mut s, b"QUIT\r\n").await;
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
    });
    let secs = started.elapsed().as_secs_f64();
    let n = messages.len();
    println!("sent {n} in {secs:.3} s: {:.0} messages/s", n as f64 / secs);
}

/// The message with CRLF line ends, dot-stuffed, and ended by `.`.
fn stuffed(raw: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(raw);
    let mut out = Vec::with_capacity(raw.len() + 64);
    for line in text.lines() {
        if line.starts_with('.') {
            out.push(b'.');
        }
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

async fn command(s: &mut BufReader<TcpStream>, bytes: &[u8]) {
    s.get_mut().write_all(bytes).await.unwrap();
    answer(s).await;
}

/// Reads one (possibly multi-line) reply; fails on anything but 2xx or 3xx.
async fn answer(s: &mut BufReader<TcpStream>) {
    let mut line = String::new();
    loop {
        line.clear();
        s.read_line(&mut line).await.unwrap();
        assert!(
            line.starts_with('2') || line.starts_with('3'),
            "server said {line:?}"
        );
        if line.as_bytes().get(3) != Some(&b'-') {
            return;
        }
    }
}
