-- Counters of changes to the rules versions and the period closings, like
-- org_stamp (00071): the store keeps both small tables in memory and reads
-- one row to know whether its copy is still current, on every instance
-- (sqlstore/stampcache.go). Every task page, extension and grade reads the
-- rules versions, and every statistics request the closing in force
-- (issue 19). Triggers bump the counter in the same transaction as any
-- write, whichever code path makes it; a change of login also bumps the
-- closings' counter, whose rows carry the closer's login.

-- +goose Up
CREATE TABLE read_stamps (
    name text   PRIMARY KEY,
    n    bigint NOT NULL
);
INSERT INTO read_stamps (name, n) VALUES ('rules_versions', 0), ('period_closings', 0);
-- +goose StatementBegin
CREATE FUNCTION read_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE read_stamps SET n = n + 1 WHERE name = TG_ARGV[0];
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER rules_versions_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON rules_versions
    FOR EACH STATEMENT EXECUTE FUNCTION read_stamp_bump('rules_versions');
CREATE TRIGGER period_closings_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON period_closings
    FOR EACH STATEMENT EXECUTE FUNCTION read_stamp_bump('period_closings');
CREATE TRIGGER accounts_login_stamp AFTER UPDATE OF login ON accounts
    FOR EACH ROW WHEN (OLD.login IS DISTINCT FROM NEW.login) EXECUTE FUNCTION read_stamp_bump('period_closings');

-- +goose Down
DROP TRIGGER accounts_login_stamp ON accounts;
DROP TRIGGER period_closings_stamp ON period_closings;
DROP TRIGGER rules_versions_stamp ON rules_versions;
DROP FUNCTION read_stamp_bump();
DROP TABLE read_stamps;
