-- The rules a whole-tree administrator can change (extension limit,
-- default deadline, grading rule sets as JSON), one row per date they
-- take effect. No row: the built-in defaults (NĐ 335/2025, QĐ 3814).

-- +goose Up
CREATE TABLE rules_versions (
    id                            INTEGER PRIMARY KEY,
    effective_from                TEXT    NOT NULL UNIQUE,
    max_extensions                INTEGER NOT NULL CHECK (max_extensions >= 0),
    default_deadline_working_days INTEGER NOT NULL CHECK (default_deadline_working_days > 0),
    grading                       TEXT    NOT NULL,
    note                          TEXT    NOT NULL DEFAULT '',
    created_by                    INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    created_at                    TEXT    NOT NULL,
    updated_at                    TEXT    NOT NULL,
    version                       INTEGER NOT NULL DEFAULT 1
) STRICT;

-- +goose Down
DROP TABLE rules_versions;
