DROP TABLE comment_reads;
ALTER TABLE problems DROP COLUMN returned_note;
ALTER TABLE problems DROP COLUMN resolved_by;
ALTER TABLE problems DROP COLUMN resolved_on;
