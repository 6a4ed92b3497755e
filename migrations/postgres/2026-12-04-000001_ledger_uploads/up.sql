-- A sheet previewed on the ledger page, kept for the account that previewed it until it is
-- imported or a day has passed: importing takes exactly the file that was previewed,
-- without choosing it again. The file is kept as base64 text, which both backends and the
-- copy between them carry alike.
CREATE TABLE ledger_uploads (
    id BIGSERIAL PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_base64 TEXT NOT NULL,
    sheet TEXT,
    new_leaders BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
