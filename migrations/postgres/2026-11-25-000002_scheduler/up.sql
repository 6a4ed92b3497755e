-- The scheduler: calendar overrides, problems raised on projects, stored flags, the mail
-- outbox (the record of who was told what and when) and the daily run lease.
CREATE TABLE calendar_days (
    id BIGSERIAL PRIMARY KEY,
    day DATE NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    note TEXT,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE problems (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    acting_unit_id BIGINT NOT NULL REFERENCES units (id),
    due DATE NOT NULL,
    raised_by TEXT NOT NULL,
    raised_on DATE NOT NULL,
    closed_on DATE,
    resolution TEXT,
    closed_by TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX problems_project_idx ON problems (project_id);

CREATE TABLE flags (
    id BIGSERIAL PRIMARY KEY,
    milestone_id BIGINT REFERENCES milestones (id) ON DELETE CASCADE,
    problem_id BIGINT REFERENCES problems (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    since DATE NOT NULL,
    cleared_on DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX flags_milestone_idx ON flags (milestone_id);
CREATE INDEX flags_problem_idx ON flags (problem_id);
CREATE INDEX flags_open_idx ON flags (kind, cleared_on);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    dedup_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    day DATE NOT NULL,
    recipient_person_id BIGINT,
    recipient_email TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    claimed_by TEXT,
    last_error TEXT,
    message_id TEXT,
    sent_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX outbox_due_idx ON outbox (status, next_attempt_at);

CREATE TABLE scheduler_runs (
    id BIGSERIAL PRIMARY KEY,
    job TEXT NOT NULL,
    day DATE NOT NULL,
    claimed_by TEXT NOT NULL,
    claimed_at TIMESTAMP NOT NULL,
    lease_until TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    summary TEXT,
    UNIQUE (job, day)
);
