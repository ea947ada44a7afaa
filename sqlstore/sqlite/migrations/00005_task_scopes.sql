-- Every organisation whose scope covers a task, once per task: the lead,
-- the cooperating organisations and the assigning one, and every ancestor
-- of each, with the task's due, status and dates repeated as in task_orgs.
-- A scope granted on an organisation covers its whole subtree, so the
-- tasks an actor sees are this index's range for the grant's organisation:
-- counted and paged from one range, instead of gathering every member
-- organisation's tasks and removing duplicates (a district's scope is
-- about sixty organisations and a hundred thousand tasks at a million).
-- The store rewrites a task's rows on every write of the task and of the
-- tasks below an organisation that moves in the tree.
-- The other engine's file of the same name has the same table.

-- +goose Up
CREATE TABLE task_scopes (
    org_id       INTEGER NOT NULL REFERENCES orgs (id),
    task_id      INTEGER NOT NULL REFERENCES tasks (id),
    due          TEXT,
    status       TEXT    NOT NULL,
    completed_on TEXT,
    assigned_on  TEXT,
    PRIMARY KEY (task_id, org_id)
) STRICT, WITHOUT ROWID;

-- Fill it from task_orgs and the assigning organisations. Duplicates (two
-- organisations with a common ancestor) are skipped by the primary key,
-- which spares sorting millions of rows for DISTINCT.
WITH RECURSIVE up(org_id, anc_id) AS (
    SELECT id, id FROM orgs
    UNION
    SELECT up.org_id, o.parent_id FROM up JOIN orgs o ON o.id = up.anc_id WHERE o.parent_id IS NOT NULL
)
INSERT INTO task_scopes (org_id, task_id, due, status, completed_on, assigned_on)
SELECT up.anc_id, t.id, t.due, t.status, t.completed_on, t.assigned_on
FROM task_orgs m JOIN up ON up.org_id = m.org_id JOIN tasks t ON t.id = m.task_id
WHERE true ON CONFLICT DO NOTHING;

WITH RECURSIVE up(org_id, anc_id) AS (
    SELECT id, id FROM orgs
    UNION
    SELECT up.org_id, o.parent_id FROM up JOIN orgs o ON o.id = up.anc_id WHERE o.parent_id IS NOT NULL
)
INSERT INTO task_scopes (org_id, task_id, due, status, completed_on, assigned_on)
SELECT up.anc_id, t.id, t.due, t.status, t.completed_on, t.assigned_on
FROM tasks t JOIN up ON up.org_id = t.assigned_by_org_id
WHERE true ON CONFLICT DO NOTHING;

CREATE INDEX task_scopes_org ON task_scopes (org_id, due, status, completed_on, assigned_on);

-- Planner statistics as in 00001, for a million tasks: about four rows a
-- task, and an organisation's range averages a few thousand.
DELETE FROM sqlite_stat1 WHERE tbl = 'task_scopes';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('task_scopes', 'task_scopes', '4000000 4 1'),
    ('task_scopes', 'task_scopes_org', '4000000 6000 5 3 3 3');
ANALYZE sqlite_schema;

-- +goose Down
DROP TABLE task_scopes;
