//! The one integration-test binary: every suite is a module here, so the crate is linked
//! once for all of them (on a 2-core machine each extra test binary costs a full link).
//! `common` gives each test its own real database, the real app, real servers on loopback.

// Tests and tools fail loudly on purpose: the no-panic rules are for shipped code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

mod access;
mod accountability;
mod api_assessments;
mod api_errors;
mod api_ledger;
mod api_reports;
mod api_scheduler;
mod assessment_files;
mod auth;
mod browser;
mod browser_flows;
mod channels;
mod cli;
mod delivery;
mod faults;
mod feeds;
mod import;
mod mail_templates;
mod migrations;
mod operations_doc;
mod read_cache;
mod reads;
mod report_files;
mod scheduler;
mod seed;
mod web;
