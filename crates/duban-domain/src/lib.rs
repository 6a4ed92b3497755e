//! Pure domain rules: no I/O, no clock, no database. Every function takes the date it is
//! asked about, so each rule can be tested as of any day.

pub mod access;
pub mod assessment;
pub mod assignment;
pub mod calendar;
pub mod channel;
pub mod holidays_cn;
pub mod lang;
pub mod ledger_import;
pub mod milestone;
pub mod money;
pub mod project;
pub mod report;
pub mod rules;
pub mod sheet;
pub mod stage;
pub mod throttle;
pub mod validate;
