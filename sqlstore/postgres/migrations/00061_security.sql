-- Security log and sign-in throttling (issue 12). Security events live apart
-- from audit_log: the statistics caches key on audit_log's newest id, and a
-- flood of failed sign-ins must not invalidate them. The throttle state is
-- in the database so every instance of a deployment shares it. The other
-- engine's file of the same number has the same tables.

-- +goose Up
CREATE TABLE security_events (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    kind       text    NOT NULL,
    account_id bigint,
    login      text    NOT NULL DEFAULT '',
    address    text    NOT NULL DEFAULT '',
    actor_id   bigint,
    actor      text    NOT NULL DEFAULT '',
    detail     text    NOT NULL DEFAULT ''
);
CREATE INDEX security_events_at ON security_events (at);
CREATE INDEX security_events_account ON security_events (account_id, id);
CREATE INDEX security_events_kind ON security_events (kind, id);

CREATE TABLE signin_throttle (
    scope         text    NOT NULL,
    key           text    NOT NULL,
    failures      integer NOT NULL,
    last_failure  timestamptz NOT NULL,
    blocked_until timestamptz,
    PRIMARY KEY (scope, key)
);

-- +goose Down
DROP TABLE signin_throttle;
DROP TABLE security_events;
