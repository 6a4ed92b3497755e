//! The SMTP connections mail goes out on. duban opens each TCP stream itself, with
//! TCP_NODELAY, and hands it to lettre, which speaks the protocol (EHLO, STARTTLS, AUTH,
//! MAIL/RCPT/DATA). Why not lettre's own pooled transport: its sockets keep Nagle's
//! algorithm, and lettre writes a message's body and its final `.` in two writes, so every
//! message waited ~40 ms for the server's delayed ACK; and its pool sends a NOOP before
//! every reuse. Here a connection used within the last second is reused as it is, an older
//! one is checked with a NOOP first, and one idle for a minute is closed.
//!
//! What a send guarantees is unchanged: a send either has the server's answer to the whole
//! message or fails (a broken connection is never reused), and the outbox decides what a
//! failure means.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;

use super::SendError;
use crate::config::{SmtpTls, SmtpUrl};

/// At most this many connections are open (in use or idle) at once; the outbox keeps
/// fewer messages in flight (`scheduler::deliver::IN_FLIGHT`), so this bounds only the odd
/// caller outside it.
const MAX_CONNECTIONS: usize = 32;
/// A connection used more recently than this is reused without a NOOP.
const FRESH: Duration = Duration::from_secs(1);
/// An idle connection older than this is closed instead of reused.
const IDLE_LIMIT: Duration = Duration::from_secs(60);
/// Every step (connecting, the greeting, each message) must be answered within this.
const TIMEOUT: Duration = Duration::from_secs(30);

struct Idle {
    conn: AsyncSmtpConnection,
    since: Instant,
}

/// Pooled SMTP connections to one server.
pub struct SmtpPool {
    host: String,
    port: u16,
    tls: SmtpTls,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// For implicit TLS: the handshake is made before lettre reads the greeting.
    implicit: Option<tokio_rustls::TlsConnector>,
    idle: Mutex<Vec<Idle>>,
    slots: Semaphore,
}

impl SmtpPool {
    pub fn new(url: &SmtpUrl) -> Result<Self, String> {
        let implicit = match url.tls {
            SmtpTls::Implicit => Some(tls_connector()?),
            SmtpTls::None | SmtpTls::StartTls => None,
        };
        Ok(Self {
            host: url.host.clone(),
            port: url.port,
            tls: url.tls,
            credentials: url.user.as_ref().map(|user| {
                Credentials::new(user.clone(), url.password.clone().unwrap_or_default())
            }),
            hello: ClientId::default(),
            implicit,
            idle: Mutex::new(Vec::new()),
            slots: Semaphore::new(MAX_CONNECTIONS),
        })
    }

    /// Sends one formatted message; `Ok` once the server accepted it.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        // The semaphore is never closed, so acquiring only waits.
        let Ok(_slot) = self.slots.acquire().await else {
            return Err(transient("the SMTP pool is closed".into()));
        };
        let mut conn = self.take().await?;
        let sent = tokio::time::timeout(TIMEOUT, conn.send(envelope, message)).await;
        match sent {
            Ok(Ok(_)) => {
                self.park(conn);
                Ok(())
            }
            Ok(Err(e)) => {
                // lettre marks the connection broken on any failed step; it is not reused.
                close(conn).await;
                Err(SendError {
                    permanent: e.is_permanent(),
                    message: e.to_string(),
                })
            }
            // Dropped mid-dialogue: the message may or may not have arrived; the outbox
            // tries again under the same Message-ID.
            Err(_) => Err(transient(format!(
                "the SMTP server did not answer within {} s",
                TIMEOUT.as_secs()
            ))),
        }
    }

    /// An idle connection that is still good, or a new one.
    async fn take(&self) -> Result<AsyncSmtpConnection, SendError> {
        loop {
            let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            let Some(Idle { mut conn, since }) = idle else {
                return self.open().await;
            };
            let age = since.elapsed();
            if age < FRESH {
                return Ok(conn);
            }
            if age < IDLE_LIMIT
                && tokio::time::timeout(TIMEOUT, conn.test_connected())
                    .await
                    .unwrap_or(false)
            {
                return Ok(conn);
            }
            close(conn).await;
        }
    }

    fn park(&self, conn: AsyncSmtpConnection) {
        if conn.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(Idle {
                conn,
                since: Instant::now(),
            });
        }
    }

    /// A failure to connect, greet, encrypt or log in is never the message's fault, so it
    /// is always tried again (a wrong password or certificate is fixed by the operator, and
    /// the messages wait for it until their attempts run out).
    async fn open(&self) -> Result<AsyncSmtpConnection, SendError> {
        let opened = tokio::time::timeout(TIMEOUT, self.connect()).await;
        match opened {
            Ok(result) => result.map_err(|e| SendError {
                permanent: false,
                message: format!("SMTP {}:{}: {e}", self.host, self.port),
            }),
            Err(_) => Err(transient(format!(
                "SMTP {}:{}: no connection within {} s",
                self.host,
                self.port,
                TIMEOUT.as_secs()
            ))),
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, String> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| e.to_string())?;
        tcp.set_nodelay(true).map_err(|e| e.to_string())?;
        let stream: Box<dyn AsyncTokioStream> = match &self.implicit {
            Some(connector) => {
                let name = tokio_rustls::rustls::pki_types::ServerName::try_from(self.host.clone())
                    .map_err(|e| e.to_string())?;
                let tls = connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| e.to_string())?;
                Box::new(Implicit(tls))
            }
            None => Box::new(tcp),
        };
        let mut conn = AsyncSmtpConnection::connect_with_transport(stream, &self.hello)
            .await
            .map_err(|e| e.to_string())?;
        if self.tls == SmtpTls::StartTls {
            let params = TlsParameters::new(self.host.clone()).map_err(|e| e.to_string())?;
            conn.starttls(params, &self.hello)
                .await
                .map_err(|e| e.to_string())?;
        }
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials)
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(conn)
    }
}

/// Says QUIT if the server still listens; never waits long for a dead one.
async fn close(mut conn: AsyncSmtpConnection) {
    let _ = tokio::time::timeout(Duration::from_secs(5), conn.abort()).await;
}

fn transient(message: String) -> SendError {
    SendError {
        message,
        permanent: false,
    }
}

/// The same trust as lettre's own TLS: the webpki roots, TLS 1.2 or newer, ring.
fn tls_connector() -> Result<tokio_rustls::TlsConnector, String> {
    use tokio_rustls::rustls;
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| format!("SMTP TLS setup: {e}"))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// A TLS stream from the first byte (smtps), as lettre takes a stream it did not open.
#[derive(Debug)]
struct Implicit(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncRead for Implicit {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Implicit {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl AsyncTokioStream for Implicit {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}
