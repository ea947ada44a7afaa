-- Every organisation whose scope covers a task, once per task: the lead,
-- the cooperating organisations and the assigning one, and every ancestor
-- of each, with the task's due, status and dates repeated as in task_orgs.
-- A scope granted on an organisation covers its whole subtree, so the
-- tasks an actor sees are this index's range for the grant's organisation.
-- See the SQLite file of the same name.

-- +goose Up
CREATE TABLE task_scopes (
    org_id       bigint NOT NULL REFERENCES orgs (id),
    task_id      bigint NOT NULL REFERENCES tasks (id),
    due          date,
    status       text   NOT NULL,
    completed_on date,
    assigned_on  date,
    PRIMARY KEY (task_id, org_id)
);

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

-- +goose Down
DROP TABLE task_scopes;
