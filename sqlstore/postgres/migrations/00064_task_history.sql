-- The states a task left (issue 15 item 1, tiendo.TaskState): deadline,
-- status and confirmed completion date, with the days each was in force
-- (from_on, NULL for since the task was entered, to the day before
-- until_on). A task has at most one row per until_on: changes of one day
-- leave the state that day began with. The task's own columns hold the
-- state in force since its latest until_on, so an as-of date T reads the
-- row in force at T for the tasks with a row ending after T and the
-- task's columns for all others (sqlstore/rules.go, stateAt).
--
-- Existing data is filled from the audit log at the first Migrate after
-- this one (sqlstore/history.go, backfillTaskHistory), while the row of
-- task_history_backfill is there; it deletes the row in the same
-- transaction.

-- +goose Up
CREATE TABLE task_history (
    task_id      bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    until_on     date   NOT NULL,
    from_on      date,
    due          date,
    status       text   NOT NULL,
    completed_on date,
    assigned_on  date,
    PRIMARY KEY (until_on, task_id)
);
-- The rows are stored by until_on, so the states in force at an as-of
-- date (rows ending after it) are one range of the table; a task's rows,
-- and whether it changed after a date, are one range of this index.
CREATE UNIQUE INDEX task_history_task ON task_history (task_id, until_on);

CREATE TABLE task_history_backfill (pending integer NOT NULL);
INSERT INTO task_history_backfill (pending) VALUES (1);

-- +goose Down
DROP TABLE task_history_backfill;
DROP TABLE task_history;
