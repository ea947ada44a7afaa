-- When an account last opened its inbox ("Việc cần xử lý"): seen_at is
-- the latest visit, previous_at the one before the current session, from
-- which "new tasks since my last visit" count.

-- +goose Up
CREATE TABLE inbox_visits (
    account_id  bigint      PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    seen_at     timestamptz NOT NULL,
    previous_at timestamptz
);

-- +goose Down
DROP TABLE inbox_visits;
