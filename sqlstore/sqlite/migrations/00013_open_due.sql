-- Overdue lists and counts (sqlstore/overdue.go): the tasks still open and
-- neither withdrawn nor postponed, by due date, over all tasks and per
-- scope. Overdue at a date T is then one range of these indexes (due < T)
-- instead of a walk over every task due before T, most of them completed
-- long ago (a province's overdue count walked 800,000 entries for 183,000
-- tasks). The query repeats the WHERE below exactly, as a partial index
-- requires; "+completed_on" keeps the planner from reading "completed_on
-- IS NULL" through tasks_completed instead (a quarter of the table). The
-- key ends in the task id so that a page in due order is read in index
-- order, and the index holds every column the predicate reads. The other
-- engine's file of the same name has the same indexes.

-- +goose Up
CREATE INDEX tasks_open_due ON tasks (due, id, assigned_on, status, completed_on)
    WHERE +completed_on IS NULL AND status NOT IN ('withdrawn', 'postponed');
CREATE INDEX task_scopes_open_due ON task_scopes (org_id, due, task_id, assigned_on, status, completed_on)
    WHERE +completed_on IS NULL AND status NOT IN ('withdrawn', 'postponed');

-- Planner statistics as in 00001 and 00005, for a million tasks of which
-- about a quarter are open.
DELETE FROM sqlite_stat1 WHERE idx IN ('tasks_open_due', 'task_scopes_open_due');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('tasks', 'tasks_open_due', '250000 250 1 1 1 1'),
    ('task_scopes', 'task_scopes_open_due', '1000000 1500 6 1 1 1 1');
ANALYZE sqlite_schema;

-- +goose Down
DROP INDEX task_scopes_open_due;
DROP INDEX tasks_open_due;
