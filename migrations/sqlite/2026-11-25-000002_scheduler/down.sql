DROP TABLE scheduler_runs;
DROP TABLE outbox;
DROP TABLE flags;
DROP TABLE problems;
DROP TABLE calendar_days;
