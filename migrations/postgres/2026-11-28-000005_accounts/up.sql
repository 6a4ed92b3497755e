-- Accounts and access: users linked to people with their roles, browser sessions, API
-- tokens (only hashes are stored), login throttling, single-use signed links, the server's
-- own secrets, leaders' comments (批示), reschedule requests awaiting approval, and the
-- acting user and project on every audit row.
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    email TEXT UNIQUE,
    person_id BIGINT REFERENCES people (id),
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    lang TEXT NOT NULL DEFAULT 'zh-CN',
    password_changed_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
    id BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE login_failures (
    id BIGSERIAL PRIMARY KEY,
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_key_idx ON login_failures (scope, key, at);

CREATE TABLE used_links (
    nonce TEXT PRIMARY KEY NOT NULL,
    action TEXT NOT NULL,
    milestone_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    used_at TIMESTAMP NOT NULL
);

CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE comments (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    author_user_id BIGINT NOT NULL REFERENCES users (id),
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX comments_project_idx ON comments (project_id);

ALTER TABLE reschedules ADD COLUMN status TEXT NOT NULL DEFAULT 'approved';
ALTER TABLE reschedules ADD COLUMN decided_by TEXT;
ALTER TABLE reschedules ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE reschedules ADD COLUMN decision_note TEXT;

ALTER TABLE audit_log ADD COLUMN actor_user_id BIGINT;
ALTER TABLE audit_log ADD COLUMN project_id BIGINT;
CREATE INDEX audit_log_project_idx ON audit_log (project_id);
