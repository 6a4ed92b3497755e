DROP TABLE ledger_uploads;
