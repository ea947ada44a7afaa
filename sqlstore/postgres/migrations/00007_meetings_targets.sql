-- Review meetings (giao ban) and targets (chỉ tiêu), issue 6. The
-- SQLite file of the same name matches it column for column. Id lists
-- and the agenda are JSON text: they are read with their meeting, never
-- queried by member.

-- +goose Up
CREATE TABLE meeting_series (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        bigint  NOT NULL REFERENCES orgs (id),
    name          text    NOT NULL,
    frequency     text    NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'adhoc')),
    chair_title   text    NOT NULL DEFAULT '',
    attendee_ids  text    NOT NULL DEFAULT '[]',
    agenda        text    NOT NULL DEFAULT '',
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL
);
CREATE INDEX meeting_series_org ON meeting_series (org_id);

CREATE TABLE meetings (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id     bigint  NOT NULL REFERENCES meeting_series (id),
    org_id        bigint  NOT NULL REFERENCES orgs (id),
    title         text    NOT NULL,
    meeting_date  date    NOT NULL,
    start_clock   text    NOT NULL DEFAULT '',
    place         text    NOT NULL DEFAULT '',
    chair         text    NOT NULL DEFAULT '',
    attendee_ids  text    NOT NULL DEFAULT '[]',
    absent_ids    text    NOT NULL DEFAULT '[]',
    report_ids    text    NOT NULL DEFAULT '[]',
    agenda_json   text    NOT NULL DEFAULT '[]',
    minutes       text    NOT NULL DEFAULT '',
    notice_due    date,
    notice_no     text    NOT NULL DEFAULT '',
    notice_on     date,
    created_by    bigint  REFERENCES accounts (id),
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX meetings_series_date ON meetings (series_id, meeting_date);
CREATE INDEX meetings_org_date ON meetings (org_id, meeting_date);

-- A task concludes at most one meeting.
CREATE TABLE meeting_conclusions (
    meeting_id bigint  NOT NULL REFERENCES meetings (id),
    task_id    bigint NOT NULL UNIQUE REFERENCES tasks (id),
    position   integer NOT NULL,
    PRIMARY KEY (meeting_id, task_id)
);

-- One calendar feed secret per account; only its SHA-256 hash is stored.
CREATE TABLE calendar_tokens (
    account_id bigint PRIMARY KEY REFERENCES accounts (id),
    hash       text    NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

CREATE TABLE targets (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text    NOT NULL,
    unit        text    NOT NULL,
    direction   text    NOT NULL CHECK (direction IN ('higher', 'lower')),
    org_id      bigint  NOT NULL REFERENCES orgs (id),
    period_kind text    NOT NULL CHECK (period_kind IN ('year', 'quarter', 'month')),
    place       text    NOT NULL DEFAULT '',
    description text    NOT NULL DEFAULT '',
    cumulative  boolean NOT NULL DEFAULT false,
    on_track    double precision NOT NULL DEFAULT 0,
    developing  double precision NOT NULL DEFAULT 0,
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL
);
CREATE INDEX targets_org ON targets (org_id);

-- Plan and actual entries are appended, never changed: the latest entry per
-- (target, period, kind) is current and the earlier ones are the history.
CREATE TABLE target_values (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_id  bigint  NOT NULL REFERENCES targets (id),
    period     text    NOT NULL,
    kind       text    NOT NULL CHECK (kind IN ('plan', 'actual')),
    value      double precision NOT NULL,
    note       text    NOT NULL DEFAULT '',
    evidence   text    NOT NULL DEFAULT '',
    entered_by bigint  REFERENCES accounts (id),
    entered_at timestamptz NOT NULL
);
CREATE INDEX target_values_target ON target_values (target_id, id);

CREATE TABLE target_explanations (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_id   bigint  NOT NULL REFERENCES targets (id),
    period      text    NOT NULL,
    question    text    NOT NULL,
    asked_by    bigint  REFERENCES accounts (id),
    asked_at    timestamptz NOT NULL,
    answer      text    NOT NULL DEFAULT '',
    answered_by bigint  REFERENCES accounts (id),
    answered_at timestamptz,
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX target_explanations_target ON target_explanations (target_id);

-- +goose Down
DROP TABLE target_explanations;
DROP TABLE target_values;
DROP TABLE targets;
DROP TABLE calendar_tokens;
DROP TABLE meeting_conclusions;
DROP TABLE meetings;
DROP TABLE meeting_series;
