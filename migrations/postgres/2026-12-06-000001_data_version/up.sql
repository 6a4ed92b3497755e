-- The data's version: one number that every committed change to what the service's reads
-- show moves on, kept by the database itself, so that a change made by any process (the
-- server, the command line, a scan) is seen. `http::read_cache` keeps answers to reads for
-- as long as this number stands. Not moved by the tables written as a side effect of
-- reading or sending (sessions, tokens, login failures, used links, comment reads, the
-- outbox and what it sent, scheduler runs, the readiness probe, secrets) nor by the audit
-- log, whose every change-recording row comes with a change to a table here: no kept read
-- may read those. tests/it/read_cache.rs checks that every table is one or the other.
CREATE TABLE data_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);
-- Moved once a transaction, at its commit: deferred, so that the row is locked only while
-- the transaction commits (a lock taken at its first write would be held across the rest
-- of it, and two writers could each wait for the other); once, by a flag local to the
-- transaction, so that a bulk load does not write the row for each of its rows.
CREATE FUNCTION data_version_bump() RETURNS trigger AS $$
BEGIN
    IF current_setting('duban.data_version_moved', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET n = n + 1 WHERE id = 1;
        PERFORM set_config('duban.data_version_moved', txid_current()::text, true);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER units_data_version AFTER INSERT OR UPDATE OR DELETE ON units
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER people_data_version AFTER INSERT OR UPDATE OR DELETE ON people
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER projects_data_version AFTER INSERT OR UPDATE OR DELETE ON projects
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER stage_events_data_version AFTER INSERT OR UPDATE OR DELETE ON stage_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER assignments_data_version AFTER INSERT OR UPDATE OR DELETE ON assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER milestones_data_version AFTER INSERT OR UPDATE OR DELETE ON milestones
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER reschedules_data_version AFTER INSERT OR UPDATE OR DELETE ON reschedules
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER progress_updates_data_version AFTER INSERT OR UPDATE OR DELETE ON progress_updates
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER investment_plans_data_version AFTER INSERT OR UPDATE OR DELETE ON investment_plans
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER investment_reports_data_version AFTER INSERT OR UPDATE OR DELETE ON investment_reports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER issued_reports_data_version AFTER INSERT OR UPDATE OR DELETE ON issued_reports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER veto_events_data_version AFTER INSERT OR UPDATE OR DELETE ON veto_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER calendar_days_data_version AFTER INSERT OR UPDATE OR DELETE ON calendar_days
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER flags_data_version AFTER INSERT OR UPDATE OR DELETE ON flags
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER problems_data_version AFTER INSERT OR UPDATE OR DELETE ON problems
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER service_ratings_data_version AFTER INSERT OR UPDATE OR DELETE ON service_ratings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER assessment_runs_data_version AFTER INSERT OR UPDATE OR DELETE ON assessment_runs
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER assessment_appeals_data_version AFTER INSERT OR UPDATE OR DELETE ON assessment_appeals
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER channels_data_version AFTER INSERT OR UPDATE OR DELETE ON channels
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER users_data_version AFTER INSERT OR UPDATE OR DELETE ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER user_roles_data_version AFTER INSERT OR UPDATE OR DELETE ON user_roles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER comments_data_version AFTER INSERT OR UPDATE OR DELETE ON comments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER calendar_feeds_data_version AFTER INSERT OR UPDATE OR DELETE ON calendar_feeds
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
CREATE CONSTRAINT TRIGGER ledger_uploads_data_version AFTER INSERT OR UPDATE OR DELETE ON ledger_uploads
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump();
