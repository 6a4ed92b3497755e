-- Issued reports (督查通报): stored once, numbered per year, never changed.
CREATE TABLE issued_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    title TEXT NOT NULL,
    as_of DATE NOT NULL,
    issued_by TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    body_json TEXT NOT NULL,
    UNIQUE (kind, year, serial)
);

CREATE TRIGGER issued_reports_no_update BEFORE UPDATE ON issued_reports
BEGIN
    SELECT RAISE(ABORT, 'issued reports are immutable');
END;

CREATE TRIGGER issued_reports_no_delete BEFORE DELETE ON issued_reports
BEGIN
    SELECT RAISE(ABORT, 'issued reports are immutable');
END;
