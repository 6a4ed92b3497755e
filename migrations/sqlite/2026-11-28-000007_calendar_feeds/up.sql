-- Each user's calendar feed (iCalendar) of the milestones they answer for, at a secret URL.
-- Only the SHA-256 of the URL's token is kept; rotating revokes the old one.
CREATE TABLE calendar_feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id);
