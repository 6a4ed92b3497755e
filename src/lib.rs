//! duban (督办): holds leaders, units and people accountable for a zone's key projects.
//!
//! Layers, outermost first: `cli` and `api` (thin entry points) → `store` (use cases, one
//! transaction each, with audit) → `db` (connections, schema, migrations). Rules that
//! decide anything live in `domain`, free of I/O. See docs/ARCHITECTURE.md.

pub mod auth;
pub mod channels;
pub mod cli;
pub mod clock;
pub mod config;
pub mod courier;
pub mod db;
/// The pure rules live in their own crate, so that the compiler keeps them free of the web
/// framework, the database and the mail; `crate::domain::…` names them here.
pub use duban_domain as domain;
pub mod error;
pub mod export;
pub mod http;
pub mod import;
pub mod mail;
pub mod metrics;
pub mod scheduler;
pub mod seed;
pub mod store;
pub mod templates;
