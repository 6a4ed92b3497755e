DROP TABLE outbox_projects;
