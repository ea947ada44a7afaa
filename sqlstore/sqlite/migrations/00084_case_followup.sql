-- Casework follow-up (issue 16):
-- * reminders_rule_fired: a case reminder pass reads the keys already
--   fired for the case rules since a day in one query, instead of one
--   write transaction per case to learn it.
-- * notifications.case_id: a notice about a case opens the case, as a
--   task notice opens the task.
-- * case_deadlines: every change of a case's deadline once set, with the
--   old and new day, who and why, as tasks keep their extensions.

-- +goose Up
CREATE INDEX reminders_rule_fired ON reminders (rule, fired_on);

ALTER TABLE notifications ADD COLUMN case_id INTEGER REFERENCES cases (id);

CREATE TABLE case_deadlines (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    previous_due TEXT    NOT NULL,
    due          TEXT    NOT NULL,
    reason       TEXT    NOT NULL DEFAULT '',
    by_id        INTEGER REFERENCES accounts (id),
    created_at   TEXT    NOT NULL
) STRICT;
CREATE INDEX case_deadlines_case ON case_deadlines (case_id, id);

-- +goose Down
DROP TABLE case_deadlines;
ALTER TABLE notifications DROP COLUMN case_id;
DROP INDEX reminders_rule_fired;
