-- The data's version: one number that every committed change to what the service's reads
-- show moves on, kept by the database itself, so that a change made by any process (the
-- server, the command line, a scan) is seen. `http::read_cache` keeps answers to reads for
-- as long as this number stands. Not moved by the tables written as a side effect of
-- reading or sending (sessions, tokens, login failures, used links, comment reads, the
-- outbox and what it sent, scheduler runs, the readiness probe, secrets) nor by the audit
-- log, whose every change-recording row comes with a change to a table here: no kept read
-- may read those. tests/it/read_cache.rs checks that every table is one or the other.
CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);
-- SQLite has row triggers only: the row is written with each changed row, in the same
-- transaction (a writer holds the whole database anyway).
CREATE TRIGGER units_data_version_insert AFTER INSERT ON units
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER units_data_version_update AFTER UPDATE ON units
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER units_data_version_delete AFTER DELETE ON units
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_data_version_insert AFTER INSERT ON people
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_data_version_update AFTER UPDATE ON people
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_data_version_delete AFTER DELETE ON people
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER projects_data_version_insert AFTER INSERT ON projects
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER projects_data_version_update AFTER UPDATE ON projects
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER projects_data_version_delete AFTER DELETE ON projects
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER stage_events_data_version_insert AFTER INSERT ON stage_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER stage_events_data_version_update AFTER UPDATE ON stage_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER stage_events_data_version_delete AFTER DELETE ON stage_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assignments_data_version_insert AFTER INSERT ON assignments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assignments_data_version_update AFTER UPDATE ON assignments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assignments_data_version_delete AFTER DELETE ON assignments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_data_version_insert AFTER INSERT ON milestones
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_data_version_update AFTER UPDATE ON milestones
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_data_version_delete AFTER DELETE ON milestones
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reschedules_data_version_insert AFTER INSERT ON reschedules
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reschedules_data_version_update AFTER UPDATE ON reschedules
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER reschedules_data_version_delete AFTER DELETE ON reschedules
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER progress_updates_data_version_insert AFTER INSERT ON progress_updates
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER progress_updates_data_version_update AFTER UPDATE ON progress_updates
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER progress_updates_data_version_delete AFTER DELETE ON progress_updates
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_plans_data_version_insert AFTER INSERT ON investment_plans
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_plans_data_version_update AFTER UPDATE ON investment_plans
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_plans_data_version_delete AFTER DELETE ON investment_plans
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_reports_data_version_insert AFTER INSERT ON investment_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_reports_data_version_update AFTER UPDATE ON investment_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER investment_reports_data_version_delete AFTER DELETE ON investment_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER issued_reports_data_version_insert AFTER INSERT ON issued_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER issued_reports_data_version_update AFTER UPDATE ON issued_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER issued_reports_data_version_delete AFTER DELETE ON issued_reports
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER veto_events_data_version_insert AFTER INSERT ON veto_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER veto_events_data_version_update AFTER UPDATE ON veto_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER veto_events_data_version_delete AFTER DELETE ON veto_events
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_days_data_version_insert AFTER INSERT ON calendar_days
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_days_data_version_update AFTER UPDATE ON calendar_days
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_days_data_version_delete AFTER DELETE ON calendar_days
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER flags_data_version_insert AFTER INSERT ON flags
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER flags_data_version_update AFTER UPDATE ON flags
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER flags_data_version_delete AFTER DELETE ON flags
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER problems_data_version_insert AFTER INSERT ON problems
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER problems_data_version_update AFTER UPDATE ON problems
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER problems_data_version_delete AFTER DELETE ON problems
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER service_ratings_data_version_insert AFTER INSERT ON service_ratings
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER service_ratings_data_version_update AFTER UPDATE ON service_ratings
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER service_ratings_data_version_delete AFTER DELETE ON service_ratings
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_runs_data_version_insert AFTER INSERT ON assessment_runs
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_runs_data_version_update AFTER UPDATE ON assessment_runs
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_runs_data_version_delete AFTER DELETE ON assessment_runs
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_appeals_data_version_insert AFTER INSERT ON assessment_appeals
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_appeals_data_version_update AFTER UPDATE ON assessment_appeals
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_appeals_data_version_delete AFTER DELETE ON assessment_appeals
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER channels_data_version_insert AFTER INSERT ON channels
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER channels_data_version_update AFTER UPDATE ON channels
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER channels_data_version_delete AFTER DELETE ON channels
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_data_version_insert AFTER INSERT ON users
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_data_version_update AFTER UPDATE ON users
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_data_version_delete AFTER DELETE ON users
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER user_roles_data_version_insert AFTER INSERT ON user_roles
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER user_roles_data_version_update AFTER UPDATE ON user_roles
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER user_roles_data_version_delete AFTER DELETE ON user_roles
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER comments_data_version_insert AFTER INSERT ON comments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER comments_data_version_update AFTER UPDATE ON comments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER comments_data_version_delete AFTER DELETE ON comments
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_feeds_data_version_insert AFTER INSERT ON calendar_feeds
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_feeds_data_version_update AFTER UPDATE ON calendar_feeds
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER calendar_feeds_data_version_delete AFTER DELETE ON calendar_feeds
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER ledger_uploads_data_version_insert AFTER INSERT ON ledger_uploads
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER ledger_uploads_data_version_update AFTER UPDATE ON ledger_uploads
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER ledger_uploads_data_version_delete AFTER DELETE ON ledger_uploads
    BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
