-- Intake proposals (issue 5): what was read from a pasted text or an
-- uploaded file, reviewed and edited before its tasks are created. The
-- SQLite file of the same name matches it column for column. The
-- references, drafts and row errors are JSON text: they are read and
-- written with their proposal, never queried one by one.

-- +goose Up
CREATE TABLE proposals (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_by      bigint  REFERENCES accounts (id),
    org_id          bigint  REFERENCES orgs (id),
    file_name       text    NOT NULL DEFAULT '',
    source_text     text    NOT NULL DEFAULT '',
    doc_date        date,
    refs_json       text    NOT NULL DEFAULT '[]',
    document_json   text    NOT NULL DEFAULT '{}',
    drafts_json     text    NOT NULL DEFAULT '[]',
    row_errors_json text    NOT NULL DEFAULT '[]',
    status          text    NOT NULL CHECK (status IN ('draft', 'committed', 'discarded')),
    document_id     bigint  REFERENCES documents (id),
    task_ids        text    NOT NULL DEFAULT '[]',
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX proposals_org ON proposals (org_id, id);
CREATE INDEX proposals_creator ON proposals (created_by, id);

-- +goose Down
DROP TABLE proposals;
