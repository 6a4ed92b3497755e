//! The scheduler: the daily scan, the delivery of queued mail, and the loops that run both
//! inside `duban serve`. It orchestrates; the rules and the wording live elsewhere.

pub mod deliver;
pub mod reach;
pub mod runner;
pub mod scan;
