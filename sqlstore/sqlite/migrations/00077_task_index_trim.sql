-- Every task write pays for every index of tasks (issue 18: a create
-- wrote about 38 pages to the WAL, one or more per index). Two of the
-- eleven cost a page on every create for lookups that never need them:
--
-- - tasks_series (series_id) serves only "series_id = ?", which the
--   unique partial index tasks_series_due (series_id, due) WHERE series_id
--   IS NOT NULL already answers (an equality implies NOT NULL); a count of
--   all tasks used it only as the smallest index to scan, any other does.
-- - tasks_parent (parent_id) held one entry per task although only
--   sub-tasks have a parent; every read asks "parent_id = ?", which the
--   partial index below answers, and a task without a parent (nearly all,
--   and every create of a plan) no longer writes an entry. No task is ever
--   deleted, so no foreign-key check walks it either.
--
-- EXPLAIN QUERY PLAN over every statement of the sqlstore and service
-- test suites showed no other use. The other engine's file of the same
-- number does the same.

-- +goose Up
DROP INDEX tasks_series;
DROP INDEX tasks_parent;
CREATE INDEX tasks_parent ON tasks (parent_id) WHERE parent_id IS NOT NULL;

-- Planner statistics as in 00001 (DROP INDEX removed them): the same
-- figures as before, so that no plan changes.
DELETE FROM sqlite_stat1 WHERE idx IN ('tasks_series', 'tasks_parent');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('tasks', 'tasks_parent', '1000000 5');
ANALYZE sqlite_schema;

-- +goose Down
DROP INDEX tasks_parent;
CREATE INDEX tasks_parent ON tasks (parent_id);
CREATE INDEX tasks_series ON tasks (series_id);
DELETE FROM sqlite_stat1 WHERE idx IN ('tasks_series', 'tasks_parent');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('tasks', 'tasks_parent', '1000000 5'),
    ('tasks', 'tasks_series', '1000000 12');
ANALYZE sqlite_schema;
