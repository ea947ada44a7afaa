-- Closed reporting periods (chốt số liệu): the figures of a period for one
-- organisation's subtree (org_id NULL: the whole tree) frozen at closing,
-- and each task's state then (facts), to list later changes. A reopened
-- closing stays as history; one closing per scope and period is in force.

-- +goose Up
CREATE TABLE period_closings (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER REFERENCES orgs (id),
    period        TEXT    NOT NULL,
    from_on       TEXT    NOT NULL,
    to_on         TEXT    NOT NULL,
    as_of         TEXT    NOT NULL,
    closed_by     INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    closed_at     TEXT    NOT NULL,
    reopened_by   INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    reopened_at   TEXT,
    reopen_reason TEXT    NOT NULL DEFAULT '',
    figures       TEXT    NOT NULL CHECK (json_valid(figures)),
    facts         TEXT    NOT NULL CHECK (json_valid(facts)),
    version       INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX period_closings_in_force ON period_closings (COALESCE(org_id, 0), period)
    WHERE reopened_at IS NULL;
CREATE INDEX period_closings_scope ON period_closings (org_id, period, id);

-- +goose Down
DROP TABLE period_closings;
