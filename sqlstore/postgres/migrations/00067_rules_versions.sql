-- The rules a whole-tree administrator can change (extension limit,
-- default deadline, grading rule sets as JSON), one row per date they
-- take effect. No row: the built-in defaults (NĐ 335/2025, QĐ 3814).

-- +goose Up
CREATE TABLE rules_versions (
    id                            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    effective_from                date    NOT NULL UNIQUE,
    max_extensions                integer NOT NULL CHECK (max_extensions >= 0),
    default_deadline_working_days integer NOT NULL CHECK (default_deadline_working_days > 0),
    grading                       text    NOT NULL,
    note                          text    NOT NULL DEFAULT '',
    created_by                    bigint REFERENCES accounts (id) ON DELETE SET NULL,
    created_at                    timestamptz NOT NULL,
    updated_at                    timestamptz NOT NULL,
    version                       integer NOT NULL DEFAULT 1
);

-- +goose Down
DROP TABLE rules_versions;
