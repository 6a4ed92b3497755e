DROP TABLE assessment_appeals;
DROP TABLE assessment_runs;
DROP TABLE service_ratings;
DROP FUNCTION assessment_appeals_published_immutable();
DROP FUNCTION assessment_runs_published_immutable();
