-- Indexes for the period statistics (sqlstore/stats.go, orgStats): a
-- period's tasks are the ones still open plus the ones completed since
-- it began, so the two partial indexes let the per-organisation matrix
-- skip the completed history. Both cover every column the query reads.
-- The other engine's file of the same name has the same indexes.

-- +goose Up
CREATE INDEX task_orgs_lead_open ON task_orgs (org_id, due, status, assigned_on, completed_on, role)
    WHERE role = 'lead' AND completed_on IS NULL;
CREATE INDEX task_orgs_lead_done ON task_orgs (completed_on, org_id, due, assigned_on, status, role)
    WHERE role = 'lead' AND completed_on IS NOT NULL;

-- +goose Down
DROP INDEX task_orgs_lead_done;
DROP INDEX task_orgs_lead_open;
