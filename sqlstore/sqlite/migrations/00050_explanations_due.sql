-- Grading reads the explanation requests that fell due in a period
-- (sqlstore/grade.go, FindExplanationRequestsDue). The PostgreSQL file of
-- the same name has the same index.

-- +goose Up
CREATE INDEX explanations_due ON explanations (due_on, org_id);

-- +goose Down
DROP INDEX explanations_due;
