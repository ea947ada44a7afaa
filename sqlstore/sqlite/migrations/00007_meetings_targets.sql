-- Review meetings (giao ban) and targets (chỉ tiêu), issue 6. The
-- PostgreSQL file of the same name matches it column for column. Id lists
-- and the agenda are JSON text: they are read with their meeting, never
-- queried by member.

-- +goose Up
CREATE TABLE meeting_series (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES orgs (id),
    name          TEXT    NOT NULL,
    frequency     TEXT    NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'adhoc')),
    chair_title   TEXT    NOT NULL DEFAULT '',
    attendee_ids  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(attendee_ids)),
    agenda        TEXT    NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX meeting_series_org ON meeting_series (org_id);

CREATE TABLE meetings (
    id            INTEGER PRIMARY KEY,
    series_id     INTEGER NOT NULL REFERENCES meeting_series (id),
    org_id        INTEGER NOT NULL REFERENCES orgs (id),
    title         TEXT    NOT NULL,
    meeting_date  TEXT    NOT NULL,
    start_clock   TEXT    NOT NULL DEFAULT '',
    place         TEXT    NOT NULL DEFAULT '',
    chair         TEXT    NOT NULL DEFAULT '',
    attendee_ids  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(attendee_ids)),
    absent_ids    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(absent_ids)),
    report_ids    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(report_ids)),
    agenda_json   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(agenda_json)),
    minutes       TEXT    NOT NULL DEFAULT '',
    notice_due    TEXT,
    notice_no     TEXT    NOT NULL DEFAULT '',
    notice_on     TEXT,
    created_by    INTEGER REFERENCES accounts (id),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX meetings_series_date ON meetings (series_id, meeting_date);
CREATE INDEX meetings_org_date ON meetings (org_id, meeting_date);

-- A task concludes at most one meeting.
CREATE TABLE meeting_conclusions (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    task_id    INTEGER NOT NULL UNIQUE REFERENCES tasks (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, task_id)
) STRICT;

-- One calendar feed secret per account; only its SHA-256 hash is stored.
CREATE TABLE calendar_tokens (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    hash       TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE targets (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    direction   TEXT    NOT NULL CHECK (direction IN ('higher', 'lower')),
    org_id      INTEGER NOT NULL REFERENCES orgs (id),
    period_kind TEXT    NOT NULL CHECK (period_kind IN ('year', 'quarter', 'month')),
    place       TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    cumulative  INTEGER NOT NULL DEFAULT 0 CHECK (cumulative IN (0, 1)),
    on_track    REAL    NOT NULL DEFAULT 0,
    developing  REAL    NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX targets_org ON targets (org_id);

-- Plan and actual entries are appended, never changed: the latest entry per
-- (target, period, kind) is current and the earlier ones are the history.
CREATE TABLE target_values (
    id         INTEGER PRIMARY KEY,
    target_id  INTEGER NOT NULL REFERENCES targets (id),
    period     TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('plan', 'actual')),
    value      REAL    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    evidence   TEXT    NOT NULL DEFAULT '',
    entered_by INTEGER REFERENCES accounts (id),
    entered_at TEXT    NOT NULL
) STRICT;
CREATE INDEX target_values_target ON target_values (target_id, id);

CREATE TABLE target_explanations (
    id          INTEGER PRIMARY KEY,
    target_id   INTEGER NOT NULL REFERENCES targets (id),
    period      TEXT    NOT NULL,
    question    TEXT    NOT NULL,
    asked_by    INTEGER REFERENCES accounts (id),
    asked_at    TEXT    NOT NULL,
    answer      TEXT    NOT NULL DEFAULT '',
    answered_by INTEGER REFERENCES accounts (id),
    answered_at TEXT,
    version     INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX target_explanations_target ON target_explanations (target_id);

-- +goose Down
DROP TABLE target_explanations;
DROP TABLE target_values;
DROP TABLE targets;
DROP TABLE calendar_tokens;
DROP TABLE meeting_conclusions;
DROP TABLE meetings;
DROP TABLE meeting_series;
