-- Issue 7: the working-day calendar, reminders and escalation (đôn đốc).
-- The PostgreSQL file of the same number has the same tables and columns.
--
-- Exactly once: a reminder is one row of `reminders`, unique per rule,
-- step, task, organisation and period, inserted (ON CONFLICT DO NOTHING) in
-- the transaction that decides it is due, together with its in-app
-- notifications and its outbox rows (`deliveries`). Deliveries are claimed
-- with a lease, sent, and marked sent; a dead instance's lease expires and
-- another one delivers.

-- +goose Up
CREATE TABLE calendar_days (
    day        TEXT    PRIMARY KEY,
    working    INTEGER NOT NULL CHECK (working IN (0, 1)),
    name       TEXT    NOT NULL DEFAULT '',
    updated_by INTEGER  REFERENCES accounts (id),
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE reminder_settings (
    org_id     INTEGER  PRIMARY KEY REFERENCES orgs (id),
    rules      TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_by INTEGER  REFERENCES accounts (id),
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE reminders (
    id         INTEGER PRIMARY KEY,
    rule       TEXT    NOT NULL,
    step       INTEGER NOT NULL DEFAULT 0,
    task_id    INTEGER  REFERENCES tasks (id),
    org_id     INTEGER  NOT NULL REFERENCES orgs (id),
    period     TEXT    NOT NULL DEFAULT '',
    fired_on   TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX reminders_once ON reminders (rule, step, COALESCE(task_id, 0), org_id, period);
CREATE INDEX reminders_task ON reminders (task_id);

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER  NOT NULL REFERENCES accounts (id),
    reminder_id INTEGER  REFERENCES reminders (id),
    task_id     INTEGER  REFERENCES tasks (id),
    kind        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    read_at     TEXT
) STRICT;
CREATE INDEX notifications_account ON notifications (account_id, id);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;
CREATE INDEX notifications_created ON notifications (created_at);

CREATE TABLE notify_prefs (
    account_id  INTEGER  PRIMARY KEY REFERENCES accounts (id),
    email       TEXT    NOT NULL DEFAULT '',
    mode        TEXT    NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'instant', 'digest')),
    digest_hour INTEGER NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE webhooks (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER  NOT NULL REFERENCES orgs (id),
    url           TEXT    NOT NULL,
    secret        TEXT    NOT NULL,
    allow_private INTEGER NOT NULL DEFAULT 0 CHECK (allow_private IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX webhooks_org ON webhooks (org_id);

CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    dedup       TEXT    NOT NULL UNIQUE,
    channel     TEXT    NOT NULL CHECK (channel IN ('email', 'webhook')),
    target      TEXT    NOT NULL,
    webhook_id  INTEGER  REFERENCES webhooks (id),
    subject     TEXT    NOT NULL DEFAULT '',
    payload     TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     TEXT NOT NULL,
    lease_owner TEXT    NOT NULL DEFAULT '',
    lease_until TEXT,
    last_error  TEXT    NOT NULL DEFAULT '',
    sent_at     TEXT,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX deliveries_due ON deliveries (status, next_at);
CREATE INDEX deliveries_webhook ON deliveries (webhook_id, id);

CREATE TABLE delivery_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER  NOT NULL REFERENCES deliveries (id),
    attempt     INTEGER NOT NULL,
    owner       TEXT    NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
    status_code INTEGER NOT NULL DEFAULT 0,
    error       TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX delivery_attempts_delivery ON delivery_attempts (delivery_id, id);

CREATE TABLE explanations (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER  NOT NULL REFERENCES tasks (id),
    reminder_id  INTEGER  REFERENCES reminders (id),
    org_id       INTEGER  NOT NULL REFERENCES orgs (id),
    requested_on TEXT    NOT NULL,
    due_on       TEXT    NOT NULL,
    question     TEXT    NOT NULL DEFAULT '',
    answer       TEXT    NOT NULL DEFAULT '',
    answered_on  TEXT,
    answered_by  INTEGER  REFERENCES accounts (id),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX explanations_reminder ON explanations (reminder_id);
CREATE INDEX explanations_task ON explanations (task_id, id);

-- +goose Down
DROP TABLE explanations;
DROP TABLE delivery_attempts;
DROP TABLE deliveries;
DROP TABLE webhooks;
DROP TABLE notify_prefs;
DROP TABLE notifications;
DROP TABLE reminders;
DROP TABLE reminder_settings;
DROP TABLE calendar_days;
