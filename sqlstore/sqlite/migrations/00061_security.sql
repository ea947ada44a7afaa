-- Security log and sign-in throttling (issue 12). Security events live apart
-- from audit_log: the statistics caches key on audit_log's newest id, and a
-- flood of failed sign-ins must not invalidate them. The throttle state is
-- in the database so every instance of a deployment shares it. The other
-- engine's file of the same number has the same tables.

-- +goose Up
CREATE TABLE security_events (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    account_id INTEGER,
    login      TEXT    NOT NULL DEFAULT '',
    address    TEXT    NOT NULL DEFAULT '',
    actor_id   INTEGER,
    actor      TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX security_events_at ON security_events (at);
CREATE INDEX security_events_account ON security_events (account_id, id);
CREATE INDEX security_events_kind ON security_events (kind, id);

CREATE TABLE signin_throttle (
    scope         TEXT    NOT NULL,
    key           TEXT    NOT NULL,
    failures      INTEGER NOT NULL,
    last_failure  TEXT    NOT NULL,
    blocked_until TEXT,
    PRIMARY KEY (scope, key)
) STRICT;

-- +goose Down
DROP TABLE signin_throttle;
DROP TABLE security_events;
