DROP TRIGGER issued_reports_no_change ON issued_reports;
DROP FUNCTION issued_reports_immutable();
DROP TABLE issued_reports;
