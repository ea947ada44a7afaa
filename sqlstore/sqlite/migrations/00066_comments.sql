-- Comments on a task by the accounts that see it; @mentions in the body
-- are resolved and notified when it is written, so nothing else is kept.

-- +goose Up
CREATE TABLE comments (
    id         INTEGER PRIMARY KEY,
    task_id    INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id  INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX comments_task ON comments (task_id, id);

-- +goose Down
DROP TABLE comments;
