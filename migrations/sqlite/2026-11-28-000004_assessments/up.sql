-- The year-end assessment (年底重奖): service-quality ratings per unit and year, saved runs
-- (draft → published, a published run never changes) and appeals against deductions.
CREATE TABLE service_ratings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    year INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    note TEXT,
    rated_by TEXT NOT NULL,
    rated_at TIMESTAMP NOT NULL,
    UNIQUE (unit_id, year)
);

CREATE TABLE assessment_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL,
    as_of DATE NOT NULL,
    status TEXT NOT NULL,
    model_toml TEXT NOT NULL,
    result_json TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_by TEXT,
    published_at TIMESTAMP
);

CREATE TABLE assessment_appeals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id BIGINT NOT NULL REFERENCES assessment_runs (id),
    project_code TEXT NOT NULL,
    deduction_key TEXT NOT NULL,
    party TEXT NOT NULL,
    reason TEXT NOT NULL,
    filed_by TEXT NOT NULL,
    filed_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    decision_reason TEXT,
    decided_by TEXT,
    decided_at TIMESTAMP,
    UNIQUE (run_id, project_code, deduction_key)
);

CREATE TRIGGER assessment_runs_published_no_update BEFORE UPDATE ON assessment_runs
WHEN OLD.status = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published assessment is immutable');
END;

CREATE TRIGGER assessment_runs_published_no_delete BEFORE DELETE ON assessment_runs
WHEN OLD.status = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published assessment is immutable');
END;

CREATE TRIGGER assessment_appeals_published_no_insert BEFORE INSERT ON assessment_appeals
WHEN (SELECT status FROM assessment_runs WHERE id = NEW.run_id) = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published assessment is immutable');
END;

CREATE TRIGGER assessment_appeals_published_no_update BEFORE UPDATE ON assessment_appeals
WHEN (SELECT status FROM assessment_runs WHERE id = OLD.run_id) = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published assessment is immutable');
END;

CREATE TRIGGER assessment_appeals_published_no_delete BEFORE DELETE ON assessment_appeals
WHEN (SELECT status FROM assessment_runs WHERE id = OLD.run_id) = 'published'
BEGIN
    SELECT RAISE(ABORT, 'a published assessment is immutable');
END;
