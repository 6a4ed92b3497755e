//! The cryptographic pieces of access control, with no I/O: password hashing (argon2id),
//! random secrets and their stored digests (sessions, API tokens, CSRF tokens), constant-time
//! comparison, and the signed, expiring links of the reminder emails.
//!
//! Only digests of session and API tokens are stored, so a copy of the database lets nobody
//! log in. Passwords are hashed with argon2id at the crate's default (OWASP) parameters.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDateTime;
use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{AppError, AppResult, FieldErrors};

/// Shortest password accepted when one is set.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// An argon2id PHC string for the password.
pub fn hash_password(password: &str) -> AppResult<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(AppError::internal)
}

/// Whether the password matches the stored PHC string. A malformed hash never matches.
pub fn verify_password(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// The slots for password work (argon2id checks and hashes), as many as there are cores.
///
/// One argon2id check takes about 19 MiB and tens of milliseconds of a core. Run on the
/// request's database connection, a flood of wrong logins held every pooled connection and
/// grew memory without bound, and every other request waited. Password work therefore runs
/// with no connection held, in one of these slots, and a request that finds them all taken is
/// refused at once (503 with `Retry-After`) instead of queueing.
#[derive(Debug, Clone)]
pub struct PasswordSlots(std::sync::Arc<tokio::sync::Semaphore>);

impl PasswordSlots {
    pub fn new(slots: usize) -> Self {
        Self(std::sync::Arc::new(tokio::sync::Semaphore::new(
            slots.max(1),
        )))
    }

    /// One slot a core but one (at least one): a core is always left for every other
    /// request. On two cores during a login flood, a logged-in user's p99 was 77 ms with a
    /// slot a core and 25 ms with one left (docs/benchmarks.md).
    pub fn per_core() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::new(cores.saturating_sub(1).max(1))
    }

    /// A slot, held until the value is dropped; `Busy` at once when none is free. Taken on
    /// the request's own worker before any thread or connection is given to the request,
    /// so that a refused attempt costs next to nothing.
    pub fn take(&self) -> AppResult<PasswordSlot> {
        self.0
            .clone()
            .try_acquire_owned()
            .map(PasswordSlot)
            .map_err(|_| AppError::Busy { retry_after: 1 })
    }
}

/// A held slot of [`PasswordSlots`]: the use cases that check a password ask for one.
#[derive(Debug)]
pub struct PasswordSlot(#[allow(dead_code)] tokio::sync::OwnedSemaphorePermit);

impl Default for PasswordSlots {
    fn default() -> Self {
        Self::per_core()
    }
}

/// Spends the time of one verification, for logins of accounts that do not exist, so that
/// the response time does not reveal which accounts do.
pub fn burn_verification(password: &str) {
    static DUMMY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if let Some(phc) = DUMMY.get_or_init(|| hash_password("no account has this password").ok()) {
        let _ = verify_password(password, phc);
    }
}

/// Rules for a new password; the field is named in the error.
pub fn check_new_password(f: &mut FieldErrors, field: &str, password: &str) {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        f.add(
            field,
            format!("must have at least {MIN_PASSWORD_CHARS} characters"),
        );
    } else if password.trim().is_empty() {
        f.add(field, "must not be blank");
    }
}

/// `n` bytes from the operating system's secure generator, base64url without padding.
pub fn random_token(n: usize) -> AppResult<String> {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(AppError::internal)?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// A password people can type from a printed line: 16 characters from an alphabet without
/// look-alikes (no 0/O, 1/l/I).
pub fn random_password() -> AppResult<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut buf = [0u8; 16];
    getrandom::fill(&mut buf).map_err(AppError::internal)?;
    Ok(buf
        .iter()
        .filter_map(|b| ALPHABET.get(*b as usize % ALPHABET.len()))
        .map(|c| *c as char)
        .collect())
}

/// The stored digest of a session or API token (hex SHA-256). The tokens carry 256 bits
/// of randomness, so a fast hash is enough; argon2 would only slow every request down.
pub fn token_digest(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Prefix of API tokens, so that a leaked one is recognisable in logs and scanners.
pub const API_TOKEN_PREFIX: &str = "dbn_";

/// What a signed link in a reminder email may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkAction {
    /// Mark the milestone done (with an evidence note typed on the landing page).
    Done,
    /// Post a progress update on the milestone's project.
    Progress,
}

impl LinkAction {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkAction::Done => "done",
            LinkAction::Progress => "progress",
        }
    }
}

/// The claims a signed link carries; the signature covers all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkClaims {
    #[serde(rename = "a")]
    pub action: LinkAction,
    /// The one milestone the link acts on.
    #[serde(rename = "m")]
    pub milestone_id: i64,
    /// The one person the link acts for.
    #[serde(rename = "p")]
    pub person_id: i64,
    /// Expiry, UTC seconds since the epoch.
    #[serde(rename = "e")]
    pub expires: i64,
    /// Single use: a used nonce is recorded and refused the second time.
    #[serde(rename = "n")]
    pub nonce: String,
}

/// Why a link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Not a link this server signed (or altered since).
    Invalid,
    Expired,
}

type HmacSha256 = hmac::Hmac<Sha256>;

fn mac(key: &[u8]) -> Option<HmacSha256> {
    <HmacSha256 as KeyInit>::new_from_slice(key).ok()
}

/// `payload.signature`, both base64url.
pub fn sign_link(key: &[u8], claims: &LinkClaims) -> AppResult<String> {
    let payload = serde_json::to_vec(claims).map_err(AppError::internal)?;
    let mut m = mac(key).ok_or_else(|| AppError::internal("empty link key"))?;
    m.update(&payload);
    let sig = m.finalize().into_bytes();
    Ok(format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(&payload),
        URL_SAFE_NO_PAD.encode(sig)
    ))
}

/// The claims of a link if this server signed it and it has not expired at `now`.
/// The signature is checked (in constant time) before anything in the payload is read.
pub fn verify_link(key: &[u8], token: &str, now: NaiveDateTime) -> Result<LinkClaims, LinkError> {
    let (payload_b64, sig_b64) = token.split_once('.').ok_or(LinkError::Invalid)?;
    let payload = URL_SAFE_NO_PAD
        .decode(payload_b64)
        .map_err(|_| LinkError::Invalid)?;
    let sig = URL_SAFE_NO_PAD
        .decode(sig_b64)
        .map_err(|_| LinkError::Invalid)?;
    let mut m = mac(key).ok_or(LinkError::Invalid)?;
    m.update(&payload);
    m.verify_slice(&sig).map_err(|_| LinkError::Invalid)?;
    let claims: LinkClaims = serde_json::from_slice(&payload).map_err(|_| LinkError::Invalid)?;
    if now.and_utc().timestamp() >= claims.expires {
        return Err(LinkError::Expired);
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").expect("time")
    }

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("correct horse batterY", &h));
        assert!(!verify_password("anything", "not a phc string"));
        // A fresh salt each time.
        assert_ne!(h, hash_password("correct horse battery").expect("hash"));
    }

    #[test]
    fn tokens_are_random_and_digests_stable() {
        let a = random_token(32).expect("token");
        let b = random_token(32).expect("token");
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_digest("x"), token_digest("x"));
        assert_eq!(token_digest("x").len(), 64);
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        let p = random_password().expect("password");
        assert_eq!(p.chars().count(), 16);
        assert!(!p.contains(['0', 'O', '1', 'l', 'I']));
    }

    fn claims() -> LinkClaims {
        LinkClaims {
            action: LinkAction::Done,
            milestone_id: 7,
            person_id: 3,
            expires: at("2026-06-15 00:00:00").and_utc().timestamp(),
            nonce: "n1".into(),
        }
    }

    #[test]
    fn links_verify_until_they_expire() {
        let key = b"k".repeat(32);
        let t = sign_link(&key, &claims()).expect("sign");
        assert_eq!(
            verify_link(&key, &t, at("2026-06-14 23:59:59")),
            Ok(claims())
        );
        assert_eq!(
            verify_link(&key, &t, at("2026-06-15 00:00:00")),
            Err(LinkError::Expired)
        );
    }

    #[test]
    fn tampered_links_are_invalid() {
        let key = b"k".repeat(32);
        let t = sign_link(&key, &claims()).expect("sign");
        let now = at("2026-06-01 00:00:00");
        // Another milestone in the payload, the signature kept.
        let mut other = claims();
        other.milestone_id = 8;
        let forged = format!(
            "{}.{}",
            sign_link(&key, &other)
                .expect("sign")
                .split('.')
                .next()
                .expect("payload"),
            t.split('.').nth(1).expect("sig")
        );
        assert_eq!(verify_link(&key, &forged, now), Err(LinkError::Invalid));
        assert_eq!(
            verify_link(b"another key", &t, now),
            Err(LinkError::Invalid)
        );
        assert_eq!(verify_link(&key, "garbage", now), Err(LinkError::Invalid));
        assert_eq!(verify_link(&key, "a.b", now), Err(LinkError::Invalid));
    }
}
