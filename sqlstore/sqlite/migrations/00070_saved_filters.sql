-- Task list filters an account named and kept: the list's path and its
-- query string, replayed as a link.

-- +goose Up
CREATE TABLE saved_filters (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    path       TEXT    NOT NULL,
    query      TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    UNIQUE (account_id, name)
) STRICT;

-- +goose Down
DROP TABLE saved_filters;
