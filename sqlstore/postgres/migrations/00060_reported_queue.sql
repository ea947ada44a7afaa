-- The office's queue of results to confirm (status reported_done, sorted
-- by due) inside a scope: a district's count read its whole membership
-- range for the few tasks waiting. This partial index holds only those.
-- The other engine's file of the same name has the same index.

-- +goose Up
CREATE INDEX task_scopes_reported ON task_scopes (org_id, due, task_id, assigned_on, completed_on, status)
    WHERE status = 'reported_done';

-- +goose Down
DROP INDEX task_scopes_reported;
