-- Comments on a task by the accounts that see it; @mentions in the body
-- are resolved and notified when it is written, so nothing else is kept.

-- +goose Up
CREATE TABLE comments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id    bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id  bigint REFERENCES accounts (id) ON DELETE SET NULL,
    body       text   NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX comments_task ON comments (task_id, id);

-- +goose Down
DROP TABLE comments;
