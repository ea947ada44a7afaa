-- One instance per recurring series and deadline. Several servers may top
-- up the same series at once (PostgreSQL deployments run many instances);
-- the second insert then fails as a conflict instead of duplicating a task.

-- +goose Up
CREATE UNIQUE INDEX tasks_series_due ON tasks (series_id, due) WHERE series_id IS NOT NULL;

-- +goose Down
DROP INDEX tasks_series_due;
