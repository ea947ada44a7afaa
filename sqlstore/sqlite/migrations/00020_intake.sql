-- Intake proposals (issue 5): what was read from a pasted text or an
-- uploaded file, reviewed and edited before its tasks are created. The
-- PostgreSQL file of the same name matches it column for column. The
-- references, drafts and row errors are JSON text: they are read and
-- written with their proposal, never queried one by one.

-- +goose Up
CREATE TABLE proposals (
    id              INTEGER PRIMARY KEY,
    created_by      INTEGER REFERENCES accounts (id),
    org_id          INTEGER REFERENCES orgs (id),
    file_name       TEXT    NOT NULL DEFAULT '',
    source_text     TEXT    NOT NULL DEFAULT '',
    doc_date        TEXT,
    refs_json       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(refs_json)),
    document_json   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(document_json)),
    drafts_json     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(drafts_json)),
    row_errors_json TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(row_errors_json)),
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'committed', 'discarded')),
    document_id     INTEGER REFERENCES documents (id),
    task_ids        TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(task_ids)),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX proposals_org ON proposals (org_id, id);
CREATE INDEX proposals_creator ON proposals (created_by, id);

-- +goose Down
DROP TABLE proposals;
