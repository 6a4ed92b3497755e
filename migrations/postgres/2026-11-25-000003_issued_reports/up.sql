-- Issued reports (督查通报): stored once, numbered per year, never changed.
CREATE TABLE issued_reports (
    id BIGSERIAL PRIMARY KEY,
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

CREATE FUNCTION issued_reports_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'issued reports are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER issued_reports_no_change BEFORE UPDATE OR DELETE ON issued_reports
    FOR EACH ROW EXECUTE FUNCTION issued_reports_immutable();
