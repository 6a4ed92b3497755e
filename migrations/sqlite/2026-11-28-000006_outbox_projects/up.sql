-- Which projects each queued message is about, so that a project's page can list the
-- reminders sent about it. Written in the same transaction as the message.
CREATE TABLE outbox_projects (
    outbox_id BIGINT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    PRIMARY KEY (outbox_id, project_id)
);

CREATE INDEX outbox_projects_project ON outbox_projects (project_id);
