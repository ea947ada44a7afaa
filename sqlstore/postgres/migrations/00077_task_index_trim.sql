-- Every task write pays for every index of tasks (issue 18). tasks_series
-- serves only "series_id = $1", which the unique partial index
-- tasks_series_due (series_id, due) WHERE series_id IS NOT NULL answers;
-- tasks_parent held an entry for every task although only sub-tasks have
-- a parent, and every read asks "parent_id = $1", which a partial index
-- answers. SQLite's file of the same number explains the checks.

-- +goose Up
DROP INDEX tasks_series;
DROP INDEX tasks_parent;
CREATE INDEX tasks_parent ON tasks (parent_id) WHERE parent_id IS NOT NULL;

-- +goose Down
DROP INDEX tasks_parent;
CREATE INDEX tasks_parent ON tasks (parent_id);
CREATE INDEX tasks_series ON tasks (series_id);
