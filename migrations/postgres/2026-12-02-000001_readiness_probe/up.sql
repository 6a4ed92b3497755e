-- The one row `/readyz` writes: readiness means the database takes writes, not only reads
-- (a read-only file or a full disk answers SELECT 1 and refuses everything else).
CREATE TABLE readiness_probe (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    checked_at TIMESTAMP NOT NULL
);
