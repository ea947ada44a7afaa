-- Web sessions (the HTML interface). The cookie holds a random secret; only
-- its SHA-256 hash is stored. Sessions live in the database so that every
-- instance of a multi-instance deployment sees them.

-- +goose Up
CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY,
    hash       TEXT    NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT    NOT NULL,
    last_seen  TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- +goose Down
DROP TABLE sessions;
