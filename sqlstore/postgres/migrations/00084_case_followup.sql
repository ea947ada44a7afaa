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

ALTER TABLE notifications ADD COLUMN case_id bigint REFERENCES cases (id);

CREATE TABLE case_deadlines (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint  NOT NULL REFERENCES cases (id),
    previous_due date    NOT NULL,
    due          date    NOT NULL,
    reason       text    NOT NULL DEFAULT '',
    by_id        bigint  REFERENCES accounts (id),
    created_at   timestamptz NOT NULL
);
CREATE INDEX case_deadlines_case ON case_deadlines (case_id, id);

-- +goose Down
DROP TABLE case_deadlines;
ALTER TABLE notifications DROP COLUMN case_id;
DROP INDEX reminders_rule_fired;
