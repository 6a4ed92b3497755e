ALTER TABLE issued_reports DROP COLUMN cc;
ALTER TABLE issued_reports DROP COLUMN issuer;
