-- Grading inputs the office enters (DOMAIN §7). The SQLite file of the
-- same name matches it.

-- +goose Up
-- Points beside the task results, per subject and grading period
-- ("2026-03", "2026-Q1"): general criteria and bonus.
CREATE TABLE grade_points (
    period       text    NOT NULL,
    subject_kind text    NOT NULL CHECK (subject_kind IN ('org', 'person')),
    subject_id   bigint  NOT NULL,
    general      double precision NOT NULL DEFAULT 0 CHECK (general >= 0),
    bonus        double precision NOT NULL DEFAULT 0 CHECK (bonus >= 0),
    note         text    NOT NULL DEFAULT '',
    updated_by   bigint  REFERENCES accounts (id),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (period, subject_kind, subject_id)
);

-- Per task: major errors in its product, and a confirmed objective cause
-- that waives the deductions.
CREATE TABLE grade_marks (
    task_id    bigint  PRIMARY KEY REFERENCES tasks (id),
    errors     integer NOT NULL DEFAULT 0 CHECK (errors >= 0),
    waived     boolean NOT NULL DEFAULT false,
    reason     text    NOT NULL DEFAULT '',
    updated_by bigint  REFERENCES accounts (id),
    updated_at timestamptz NOT NULL
);

-- +goose Down
DROP TABLE grade_marks;
DROP TABLE grade_points;
