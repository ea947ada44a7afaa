-- Grading inputs the office enters (DOMAIN §7). The PostgreSQL file of the
-- same name matches it.

-- +goose Up
-- Points beside the task results, per subject and grading period
-- ("2026-03", "2026-Q1"): general criteria and bonus.
CREATE TABLE grade_points (
    period       TEXT    NOT NULL,
    subject_kind TEXT    NOT NULL CHECK (subject_kind IN ('org', 'person')),
    subject_id   INTEGER NOT NULL,
    general      REAL    NOT NULL DEFAULT 0 CHECK (general >= 0),
    bonus        REAL    NOT NULL DEFAULT 0 CHECK (bonus >= 0),
    note         TEXT    NOT NULL DEFAULT '',
    updated_by   INTEGER REFERENCES accounts (id),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (period, subject_kind, subject_id)
) STRICT, WITHOUT ROWID;

-- Per task: major errors in its product, and a confirmed objective cause
-- that waives the deductions.
CREATE TABLE grade_marks (
    task_id    INTEGER PRIMARY KEY REFERENCES tasks (id),
    errors     INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
    waived     INTEGER NOT NULL DEFAULT 0 CHECK (waived IN (0, 1)),
    reason     TEXT    NOT NULL DEFAULT '',
    updated_by INTEGER REFERENCES accounts (id),
    updated_at TEXT    NOT NULL
) STRICT;

-- +goose Down
DROP TABLE grade_marks;
DROP TABLE grade_points;
