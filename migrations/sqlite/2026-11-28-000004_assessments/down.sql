DROP TABLE assessment_appeals;
DROP TABLE assessment_runs;
DROP TABLE service_ratings;
