-- Overdue lists and counts (sqlstore/overdue.go): the tasks still open and
-- neither withdrawn nor postponed, by due date, over all tasks and per
-- scope, so that overdue at a date T is one range of these indexes
-- (due < T). The query repeats the WHERE below, as a partial index
-- requires. The other engine's file of the same name has the same indexes.

-- +goose Up
CREATE INDEX tasks_open_due ON tasks (due, id, assigned_on, status, completed_on)
    WHERE completed_on IS NULL AND status NOT IN ('withdrawn', 'postponed');
CREATE INDEX task_scopes_open_due ON task_scopes (org_id, due, task_id, assigned_on, status, completed_on)
    WHERE completed_on IS NULL AND status NOT IN ('withdrawn', 'postponed');

-- +goose Down
DROP INDEX task_scopes_open_due;
DROP INDEX tasks_open_due;
