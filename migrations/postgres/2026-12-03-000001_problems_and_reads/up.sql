-- 销号 in two steps: the unit that must act resolves a problem (its resolution, when and
-- who), the supervision office confirms it (closed_on, closed_by) or sends it back with a
-- note (the resolution cleared, the note kept for the unit to read).
ALTER TABLE problems ADD COLUMN resolved_on DATE;
ALTER TABLE problems ADD COLUMN resolved_by TEXT;
ALTER TABLE problems ADD COLUMN returned_note TEXT;

-- How far each account has read each project's 批示 thread: later comments by others are
-- marked unread on the project page.
CREATE TABLE comment_reads (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    last_read_id BIGINT NOT NULL,
    UNIQUE (user_id, project_id)
);
