-- Task list filters an account named and kept: the list's path and its
-- query string, replayed as a link.

-- +goose Up
CREATE TABLE saved_filters (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    path       text        NOT NULL,
    query      text        NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (account_id, name)
);

-- +goose Down
DROP TABLE saved_filters;
