-- A counter of changes to the organisations: the store keeps one
-- organisation tree in memory for every request and reads this one row
-- to know whether it is still current, on every instance
-- (sqlstore/orgcache.go). Triggers bump it in the same transaction as any
-- write to orgs or org_members, whichever code path makes it. They run
-- BEFORE each statement, so a transaction takes the counter's row lock
-- before any organisation's: concurrent organisation writes (rare) queue
-- on the counter instead of deadlocking on each other's rows.

-- +goose Up
CREATE TABLE org_stamp (
    id integer PRIMARY KEY CHECK (id = 1),
    n  bigint  NOT NULL
);
INSERT INTO org_stamp (id, n) VALUES (1, 0);
-- +goose StatementBegin
CREATE FUNCTION org_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER orgs_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON orgs
    FOR EACH STATEMENT EXECUTE FUNCTION org_stamp_bump();
CREATE TRIGGER org_members_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_members
    FOR EACH STATEMENT EXECUTE FUNCTION org_stamp_bump();

-- +goose Down
DROP TRIGGER org_members_stamp ON org_members;
DROP TRIGGER orgs_stamp ON orgs;
DROP FUNCTION org_stamp_bump();
DROP TABLE org_stamp;
