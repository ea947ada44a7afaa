-- Issue 7: the working-day calendar, reminders and escalation (đôn đốc).
-- The SQLite file of the same number has the same tables and columns.
--
-- Exactly once: a reminder is one row of `reminders`, unique per rule,
-- step, task, organisation and period, inserted (ON CONFLICT DO NOTHING) in
-- the transaction that decides it is due, together with its in-app
-- notifications and its outbox rows (`deliveries`). Deliveries are claimed
-- with a lease, sent, and marked sent; a dead instance's lease expires and
-- another one delivers.

-- +goose Up
CREATE TABLE calendar_days (
    day        date    PRIMARY KEY,
    working    boolean NOT NULL,
    name       text    NOT NULL DEFAULT '',
    updated_by bigint  REFERENCES accounts (id),
    updated_at timestamptz NOT NULL
);

CREATE TABLE reminder_settings (
    org_id     bigint  PRIMARY KEY REFERENCES orgs (id),
    rules      text    NOT NULL,
    version    integer NOT NULL DEFAULT 1,
    updated_by bigint  REFERENCES accounts (id),
    updated_at timestamptz NOT NULL
);

CREATE TABLE reminders (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule       text    NOT NULL,
    step       integer NOT NULL DEFAULT 0,
    task_id    bigint  REFERENCES tasks (id),
    org_id     bigint  NOT NULL REFERENCES orgs (id),
    period     text    NOT NULL DEFAULT '',
    fired_on   date    NOT NULL,
    title      text    NOT NULL,
    body       text    NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX reminders_once ON reminders (rule, step, COALESCE(task_id, 0), org_id, period);
CREATE INDEX reminders_task ON reminders (task_id);

CREATE TABLE notifications (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint  NOT NULL REFERENCES accounts (id),
    reminder_id bigint  REFERENCES reminders (id),
    task_id     bigint  REFERENCES tasks (id),
    kind        text    NOT NULL,
    title       text    NOT NULL,
    body        text    NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    read_at     timestamptz
);
CREATE INDEX notifications_account ON notifications (account_id, id);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;
CREATE INDEX notifications_created ON notifications (created_at);

CREATE TABLE notify_prefs (
    account_id  bigint  PRIMARY KEY REFERENCES accounts (id),
    email       text    NOT NULL DEFAULT '',
    mode        text    NOT NULL DEFAULT 'off' CHECK (mode IN ('off', 'instant', 'digest')),
    digest_hour integer NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
    updated_at  timestamptz NOT NULL
);

CREATE TABLE webhooks (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        bigint  NOT NULL REFERENCES orgs (id),
    url           text    NOT NULL,
    secret        text    NOT NULL,
    allow_private boolean NOT NULL DEFAULT false,
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX webhooks_org ON webhooks (org_id);

CREATE TABLE deliveries (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedup       text    NOT NULL UNIQUE,
    channel     text    NOT NULL CHECK (channel IN ('email', 'webhook')),
    target      text    NOT NULL,
    webhook_id  bigint  REFERENCES webhooks (id),
    subject     text    NOT NULL DEFAULT '',
    payload     text    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    integer NOT NULL DEFAULT 0,
    next_at     timestamptz NOT NULL,
    lease_owner text    NOT NULL DEFAULT '',
    lease_until timestamptz,
    last_error  text    NOT NULL DEFAULT '',
    sent_at     timestamptz,
    created_at  timestamptz NOT NULL
);
CREATE INDEX deliveries_due ON deliveries (status, next_at);
CREATE INDEX deliveries_webhook ON deliveries (webhook_id, id);

CREATE TABLE delivery_attempts (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id bigint  NOT NULL REFERENCES deliveries (id),
    attempt     integer NOT NULL,
    owner       text    NOT NULL DEFAULT '',
    started_at  timestamptz NOT NULL,
    ok          boolean NOT NULL,
    status_code integer NOT NULL DEFAULT 0,
    error       text    NOT NULL DEFAULT ''
);
CREATE INDEX delivery_attempts_delivery ON delivery_attempts (delivery_id, id);

CREATE TABLE explanations (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id      bigint  NOT NULL REFERENCES tasks (id),
    reminder_id  bigint  REFERENCES reminders (id),
    org_id       bigint  NOT NULL REFERENCES orgs (id),
    requested_on date    NOT NULL,
    due_on       date    NOT NULL,
    question     text    NOT NULL DEFAULT '',
    answer       text    NOT NULL DEFAULT '',
    answered_on  date,
    answered_by  bigint  REFERENCES accounts (id),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
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
