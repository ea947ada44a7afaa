-- Web sessions (the HTML interface). The cookie holds a random secret; only
-- its SHA-256 hash is stored. Sessions live in the database so that every
-- instance of a multi-instance deployment sees them.

-- +goose Up
CREATE TABLE sessions (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hash       text    NOT NULL UNIQUE,
    account_id bigint  NOT NULL REFERENCES accounts (id),
    created_at timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- +goose Down
DROP TABLE sessions;
