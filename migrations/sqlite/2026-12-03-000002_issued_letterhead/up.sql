-- The letterhead an inspection bulletin was issued under: the issuing office and the
-- offices it is copied to (抄送, one a line), kept with the bulletin as issued.
ALTER TABLE issued_reports ADD COLUMN issuer TEXT;
ALTER TABLE issued_reports ADD COLUMN cc TEXT;
