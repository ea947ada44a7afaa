-- Counters of changes to the rules versions and the period closings, like
-- org_stamp (00071): the store keeps both small tables in memory and reads
-- one row to know whether its copy is still current, on every instance
-- (sqlstore/stampcache.go). Triggers bump the counter in the same
-- transaction as any write, whichever code path makes it; a change of
-- login also bumps the closings' counter, whose rows carry the closer's
-- login.

-- +goose Up
CREATE TABLE read_stamps (
    name TEXT    PRIMARY KEY,
    n    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO read_stamps (name, n) VALUES ('rules_versions', 0), ('period_closings', 0);
-- +goose StatementBegin
CREATE TRIGGER rules_versions_stamp_insert AFTER INSERT ON rules_versions
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'rules_versions';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER rules_versions_stamp_update AFTER UPDATE ON rules_versions
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'rules_versions';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER rules_versions_stamp_delete AFTER DELETE ON rules_versions
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'rules_versions';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER period_closings_stamp_insert AFTER INSERT ON period_closings
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'period_closings';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER period_closings_stamp_update AFTER UPDATE ON period_closings
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'period_closings';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER period_closings_stamp_delete AFTER DELETE ON period_closings
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'period_closings';
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER accounts_login_stamp AFTER UPDATE OF login ON accounts
    WHEN OLD.login IS NOT NEW.login
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = 'period_closings';
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER period_closings_stamp_delete;
DROP TRIGGER period_closings_stamp_update;
DROP TRIGGER period_closings_stamp_insert;
DROP TRIGGER rules_versions_stamp_delete;
DROP TRIGGER rules_versions_stamp_update;
DROP TRIGGER rules_versions_stamp_insert;
DROP TRIGGER accounts_login_stamp;
DROP TABLE read_stamps;
