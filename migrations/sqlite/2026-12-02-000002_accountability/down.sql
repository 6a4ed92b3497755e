DROP TABLE veto_events;
ALTER TABLE issued_reports DROP COLUMN replaces;
ALTER TABLE investment_reports DROP COLUMN reported_by;
