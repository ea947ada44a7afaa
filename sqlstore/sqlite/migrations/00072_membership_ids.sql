-- PostgreSQL's file of this number adds the task id to the organisation
-- ranges of task_orgs and task_scopes. SQLite's tables are WITHOUT ROWID:
-- their indexes hold the primary key (task_id, org_id) already, so there is
-- nothing to change here.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
