-- Channels beside email: a group robot (企业微信, 钉钉), an office's signed webhook, or an
-- SMS gateway, owned by the supervision office, a unit (its group) or a person. A removed
-- channel keeps its row, so that the messages it carried still name it; its name is free
-- again. Secrets are kept to sign and send with, and never shown again.
CREATE TABLE channels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT,
    keyword TEXT,
    template TEXT,
    owner TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    person_id BIGINT REFERENCES people (id),
    address TEXT,
    rate_limit INTEGER NOT NULL,
    rate_window_secs INTEGER NOT NULL,
    blocked_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP
);
CREATE UNIQUE INDEX channels_live_name ON channels (name) WHERE removed_at IS NULL;
-- Each send through a channel, kept for its rate window: every instance counts the same
-- rows, so that together they stay under a robot's limit.
CREATE TABLE channel_sends (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id BIGINT NOT NULL REFERENCES channels (id),
    sent_at TIMESTAMP NOT NULL
);
CREATE INDEX channel_sends_window ON channel_sends (channel_id, sent_at);
-- A message of the outbox goes by mail (no channel) or through its channel, to the
-- address it names there (a mobile number; the ids to mention in a group). SQLite cannot
-- drop a column that is part of a foreign key, so here the channel is named without one.
ALTER TABLE outbox ADD COLUMN channel_id BIGINT;
ALTER TABLE outbox ADD COLUMN address TEXT;
