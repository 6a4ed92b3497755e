ALTER TABLE outbox DROP COLUMN address;
ALTER TABLE outbox DROP COLUMN channel_id;
DROP TABLE channel_sends;
DROP TABLE channels;
