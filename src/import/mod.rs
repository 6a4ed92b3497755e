//! Reading what offices send: the project ledger sheet (`ledger`), from an Excel workbook or
//! a CSV file, into ledger rows with every bad cell named by row and column.

pub mod ledger;
