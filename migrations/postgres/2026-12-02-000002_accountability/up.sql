-- Who filed a monthly investment report: only its author (or an admin) may delete it.
-- Reports filed before this column existed have none, and only an admin deletes them.
ALTER TABLE investment_reports ADD COLUMN reported_by TEXT;

-- A report issued again for the same date names the one it replaces; that one stays,
-- superseded (issued reports are never changed).
ALTER TABLE issued_reports ADD COLUMN replaces BIGINT REFERENCES issued_reports (id);

-- 一票否决: an incident the supervision office records on a project (a major safety or
-- quality accident, …); the assessment model says what it does to the project's score.
CREATE TABLE veto_events (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    occurred_on DATE NOT NULL,
    kind TEXT NOT NULL,
    evidence TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX veto_events_project ON veto_events (project_id, occurred_on);
