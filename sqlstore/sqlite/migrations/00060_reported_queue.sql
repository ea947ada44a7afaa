-- The office's queue of results to confirm (status reported_done, sorted
-- by due) inside a scope: a district's count read its whole membership
-- range (97,000 entries at a million tasks, 16 ms) for the 2,400 tasks
-- waiting. This partial index holds only those, with every column the
-- count and the page read (status too, or SQLite reads the rows to test
-- it). The store writes "status = 'reported_done'" as a literal in the
-- query, as a partial index requires. The
-- other engine's file of the same name has the same index.

-- +goose Up
CREATE INDEX task_scopes_reported ON task_scopes (org_id, due, task_id, assigned_on, completed_on, status)
    WHERE status = 'reported_done';

-- Planner statistics as in 00005 and 00013 (kept by plannerstats.go): a
-- few percent of a million tasks' four million rows.
DELETE FROM sqlite_stat1 WHERE idx = 'task_scopes_reported';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('task_scopes', 'task_scopes_reported', '100000 150 2 1 1 1 1');
ANALYZE sqlite_schema;

-- +goose Down
DROP INDEX task_scopes_reported;
DELETE FROM sqlite_stat1 WHERE idx = 'task_scopes_reported';
