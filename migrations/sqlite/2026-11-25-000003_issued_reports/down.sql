DROP TRIGGER issued_reports_no_delete;
DROP TRIGGER issued_reports_no_update;
DROP TABLE issued_reports;
