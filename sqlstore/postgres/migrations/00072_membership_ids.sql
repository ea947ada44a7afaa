-- The organisation ranges of task_orgs and task_scopes carry the task id,
-- ordered after the due date. SQLite's tables are WITHOUT ROWID, so their
-- indexes hold the primary key (task_id, org_id) already; PostgreSQL's
-- hold a row pointer only, so every id a scope's list, count of a search or
-- page read from the range cost a visit to the table (issue 19: a
-- district's 29,000 rows read 11,000 table pages). Keyed (org_id, due,
-- task_id), a page by due is an ordered walk of the index alone, and the
-- other columns the lists test are included for index-only scans. The
-- other engine's file of the same number changes nothing.

-- +goose Up
CREATE INDEX task_scopes_org_ids ON task_scopes (org_id, due, task_id) INCLUDE (status, completed_on, assigned_on);
DROP INDEX task_scopes_org;
ALTER INDEX task_scopes_org_ids RENAME TO task_scopes_org;
CREATE INDEX task_orgs_org_ids ON task_orgs (org_id, due, task_id) INCLUDE (status, completed_on, assigned_on, role);
DROP INDEX task_orgs_org;
ALTER INDEX task_orgs_org_ids RENAME TO task_orgs_org;
ANALYZE task_scopes, task_orgs;

-- +goose Down
CREATE INDEX task_scopes_org_old ON task_scopes (org_id, due, status, completed_on, assigned_on);
DROP INDEX task_scopes_org;
ALTER INDEX task_scopes_org_old RENAME TO task_scopes_org;
CREATE INDEX task_orgs_org_old ON task_orgs (org_id, due, status, completed_on, assigned_on, role);
DROP INDEX task_orgs_org;
ALTER INDEX task_orgs_org_old RENAME TO task_orgs_org;
