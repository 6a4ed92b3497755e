-- The project ledger (台帐). Timestamps are UTC, written by the application.
CREATE TABLE units (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    head_person_id BIGINT,
    contact_email TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    unit_id BIGINT REFERENCES units (id),
    email TEXT UNIQUE,
    phone TEXT,
    lang TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX people_unit_idx ON people (unit_id);

ALTER TABLE units ADD CONSTRAINT units_head_person_fk
    FOREIGN KEY (head_person_id) REFERENCES people (id);

CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    level TEXT NOT NULL,
    location TEXT,
    description TEXT,
    total_investment BIGINT NOT NULL,
    planned_start DATE NOT NULL,
    planned_finish DATE NOT NULL,
    stage TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX projects_stage_idx ON projects (stage);
CREATE INDEX projects_category_idx ON projects (category);

CREATE TABLE stage_events (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    effective_on DATE NOT NULL,
    note TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX stage_events_project_idx ON stage_events (project_id, effective_on);

CREATE TABLE assignments (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    leader_id BIGINT NOT NULL REFERENCES people (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    person_id BIGINT NOT NULL REFERENCES people (id),
    start_on DATE NOT NULL,
    end_on DATE,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX assignments_project_idx ON assignments (project_id, start_on);
CREATE INDEX assignments_leader_idx ON assignments (leader_id);
CREATE INDEX assignments_unit_idx ON assignments (unit_id);
CREATE INDEX assignments_person_idx ON assignments (person_id);

CREATE TABLE milestones (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    baseline_due DATE NOT NULL,
    current_due DATE NOT NULL,
    completed_on DATE,
    evidence TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (project_id, ordinal)
);
CREATE INDEX milestones_due_idx ON milestones (current_due);

CREATE TABLE reschedules (
    id BIGSERIAL PRIMARY KEY,
    milestone_id BIGINT NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    old_due DATE NOT NULL,
    new_due DATE NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL
);
CREATE INDEX reschedules_milestone_idx ON reschedules (milestone_id);

CREATE TABLE investment_plans (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    planned BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (project_id, year)
);

CREATE TABLE investment_reports (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    completed BIGINT NOT NULL,
    cumulative BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (project_id, year, month)
);

CREATE TABLE progress_updates (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    reported_on DATE NOT NULL,
    progress TEXT NOT NULL,
    problems TEXT,
    next_steps TEXT,
    author TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX progress_updates_project_idx ON progress_updates (project_id, reported_on);

-- Append-only: the trigger refuses UPDATE and DELETE, whoever asks.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
