-- The year-end assessment (年底重奖): service-quality ratings per unit and year, saved runs
-- (draft → published, a published run never changes) and appeals against deductions.
CREATE TABLE service_ratings (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    year INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    note TEXT,
    rated_by TEXT NOT NULL,
    rated_at TIMESTAMP NOT NULL,
    UNIQUE (unit_id, year)
);

CREATE TABLE assessment_runs (
    id BIGSERIAL PRIMARY KEY,
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
    id BIGSERIAL PRIMARY KEY,
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

CREATE FUNCTION assessment_runs_published_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published assessment is immutable';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessment_runs_published_no_change BEFORE UPDATE OR DELETE ON assessment_runs
    FOR EACH ROW EXECUTE FUNCTION assessment_runs_published_immutable();

CREATE FUNCTION assessment_appeals_published_immutable() RETURNS trigger AS $$
DECLARE
    run BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        run := NEW.run_id;
    ELSE
        run := OLD.run_id;
    END IF;
    IF (SELECT status FROM assessment_runs WHERE id = run) = 'published' THEN
        RAISE EXCEPTION 'a published assessment is immutable';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessment_appeals_published_no_change
    BEFORE INSERT OR UPDATE OR DELETE ON assessment_appeals
    FOR EACH ROW EXECUTE FUNCTION assessment_appeals_published_immutable();
