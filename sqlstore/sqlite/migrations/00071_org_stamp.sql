-- A counter of changes to the organisations: the store keeps one
-- organisation tree in memory for every request and reads this one row
-- to know whether it is still current (sqlstore/orgcache.go). Triggers
-- bump it in the same transaction as any write to orgs or org_members,
-- whichever code path makes it.

-- +goose Up
CREATE TABLE org_stamp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
) STRICT;
INSERT INTO org_stamp (id, n) VALUES (1, 0);
-- +goose StatementBegin
CREATE TRIGGER orgs_stamp_insert AFTER INSERT ON orgs
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER orgs_stamp_update AFTER UPDATE ON orgs
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER orgs_stamp_delete AFTER DELETE ON orgs
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER org_members_stamp_insert AFTER INSERT ON org_members
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER org_members_stamp_update AFTER UPDATE ON org_members
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER org_members_stamp_delete AFTER DELETE ON org_members
BEGIN
    UPDATE org_stamp SET n = n + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER org_members_stamp_delete;
DROP TRIGGER org_members_stamp_update;
DROP TRIGGER org_members_stamp_insert;
DROP TRIGGER orgs_stamp_delete;
DROP TRIGGER orgs_stamp_update;
DROP TRIGGER orgs_stamp_insert;
DROP TABLE org_stamp;
