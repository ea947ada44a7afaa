-- Closed reporting periods (chốt số liệu): the figures of a period for one
-- organisation's subtree (org_id NULL: the whole tree) frozen at closing,
-- and each task's state then (facts), to list later changes. A reopened
-- closing stays as history; one closing per scope and period is in force.

-- +goose Up
CREATE TABLE period_closings (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        bigint REFERENCES orgs (id),
    period        text   NOT NULL,
    from_on       date   NOT NULL,
    to_on         date   NOT NULL,
    as_of         date   NOT NULL,
    closed_by     bigint REFERENCES accounts (id) ON DELETE SET NULL,
    closed_at     timestamptz NOT NULL,
    reopened_by   bigint REFERENCES accounts (id) ON DELETE SET NULL,
    reopened_at   timestamptz,
    reopen_reason text   NOT NULL DEFAULT '',
    figures       text   NOT NULL,
    facts         text   NOT NULL,
    version       integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX period_closings_in_force ON period_closings (COALESCE(org_id, 0), period)
    WHERE reopened_at IS NULL;
CREATE INDEX period_closings_scope ON period_closings (org_id, period, id);

-- +goose Down
DROP TABLE period_closings;
