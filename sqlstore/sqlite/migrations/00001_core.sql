-- Core schema of Tiến Độ for SQLite. The PostgreSQL file of the same name
-- has the same tables and columns (a test checks it). Conventions:
--   ids         INTEGER PRIMARY KEY (the rowid)
--   dates       TEXT 'YYYY-MM-DD' (vn.Date), NULL when unset
--   timestamps  TEXT 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (UTC, fixed width so it sorts)
--   booleans    INTEGER 0/1
--   *_folded    words folded in Go (vn.Fold), joined by single spaces
-- Tables are STRICT so a wrong type is an error, not a silent conversion.

-- +goose Up
CREATE TABLE orgs (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    abbrev       TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL,
    name_folded  TEXT    NOT NULL DEFAULT '',
    kind         TEXT    NOT NULL CHECK (kind IN ('party_committee', 'peoples_council', 'peoples_committee',
                         'department', 'steering_committee', 'mass_organisation', 'public_service', 'police',
                         'military', 'administrative', 'other')),
    level        TEXT    NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    parent_id    INTEGER REFERENCES orgs (id),
    valid_from   TEXT,
    valid_to     TEXT,
    successor_id INTEGER REFERENCES orgs (id),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;
CREATE INDEX orgs_parent ON orgs (parent_id);

-- Member organisations of a steering committee.
CREATE TABLE org_members (
    org_id    INTEGER NOT NULL REFERENCES orgs (id),
    member_id INTEGER NOT NULL REFERENCES orgs (id),
    PRIMARY KEY (org_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX org_members_member ON org_members (member_id);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT    NOT NULL,
    name_folded TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX people_name ON people (name_folded, id);

CREATE TABLE positions (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people (id),
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    title      TEXT    NOT NULL,
    is_head    INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    valid_from TEXT,
    valid_to   TEXT
) STRICT;
CREATE INDEX positions_person ON positions (person_id);
CREATE INDEX positions_org ON positions (org_id, person_id);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    login         TEXT    NOT NULL UNIQUE,
    person_id     INTEGER REFERENCES people (id),
    password_hash TEXT    NOT NULL DEFAULT '',
    locale        TEXT    NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

-- seq keeps the grants in the order they were written.
CREATE TABLE account_grants (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    seq        INTEGER NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('admin', 'office', 'leader', 'officer', 'viewer')),
    org_id     INTEGER REFERENCES orgs (id),
    PRIMARY KEY (account_id, seq),
    CHECK (org_id IS NOT NULL OR role = 'admin')
) STRICT, WITHOUT ROWID;
CREATE INDEX account_grants_org ON account_grants (org_id);

-- API tokens: only the SHA-256 of the secret is stored.
CREATE TABLE tokens (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    hash       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX tokens_account ON tokens (account_id);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    number        TEXT    NOT NULL,
    parsed_raw    TEXT    NOT NULL DEFAULT '',
    parsed_style  TEXT    NOT NULL DEFAULT '' CHECK (parsed_style IN ('', 'state', 'party')),
    parsed_number TEXT    NOT NULL DEFAULT '',
    parsed_year   INTEGER NOT NULL DEFAULT 0,
    parsed_type   TEXT    NOT NULL DEFAULT '',
    parsed_issuer TEXT    NOT NULL DEFAULT '',
    parsed_unit   TEXT    NOT NULL DEFAULT '',
    type          TEXT    NOT NULL DEFAULT '',
    issuer_id     INTEGER REFERENCES orgs (id),
    issuer        TEXT    NOT NULL DEFAULT '',
    doc_date      TEXT,
    summary       TEXT    NOT NULL DEFAULT '',
    signer        TEXT    NOT NULL DEFAULT '',
    secrecy       TEXT    NOT NULL DEFAULT '' CHECK (secrecy IN ('', 'mat', 'toi_mat')),
    search_folded TEXT    NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
-- A number is unique only together with its date (party numbers restart
-- every term); an undated document counts as one date of its own.
CREATE UNIQUE INDEX documents_number_date ON documents (number, COALESCE(doc_date, ''));
CREATE INDEX documents_issuer ON documents (issuer_id);
CREATE INDEX documents_date ON documents (doc_date, id);

CREATE TABLE document_links (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    seq         INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('implements', 'cites')),
    target_id   INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (document_id, seq),
    UNIQUE (document_id, target_id, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX document_links_target ON document_links (target_id);

CREATE TABLE tasks (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER REFERENCES documents (id),
    source_clause      TEXT    NOT NULL DEFAULT '',
    source_text        TEXT    NOT NULL DEFAULT '',
    title              TEXT    NOT NULL,
    expected_output    TEXT    NOT NULL DEFAULT '',
    lead_org_id        INTEGER NOT NULL REFERENCES orgs (id),
    report_to_org_id   INTEGER REFERENCES orgs (id),
    assigner_id        INTEGER REFERENCES people (id),
    assigned_by_org_id INTEGER REFERENCES orgs (id),
    assignee_id        INTEGER REFERENCES people (id),
    parent_id          INTEGER REFERENCES tasks (id),
    series_id          INTEGER REFERENCES tasks (id),
    category           TEXT    NOT NULL CHECK (category IN ('legal', 'programme', 'directive', 'conclusion', 'other')),
    priority           TEXT    NOT NULL CHECK (priority IN ('normal', 'urgent')),
    regular_duty       INTEGER NOT NULL DEFAULT 0 CHECK (regular_duty IN (0, 1)),
    weight             REAL    NOT NULL DEFAULT 1 CHECK (weight >= 0),
    place              TEXT    NOT NULL DEFAULT '',
    deadline_kind      TEXT    NOT NULL CHECK (deadline_kind IN ('date', 'period', 'recurring', 'continuous', 'none')),
    deadline_text      TEXT    NOT NULL DEFAULT '',
    recurrence         TEXT    NOT NULL DEFAULT '',
    original_due       TEXT,
    due                TEXT,
    assigned_on        TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('assigned', 'in_progress', 'reported_done', 'completed',
                               'returned', 'extension_requested', 'postponed', 'withdrawn')),
    status_reason      TEXT    NOT NULL DEFAULT '',
    percent            INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    reported_on        TEXT,
    completed_on       TEXT,
    extensions         INTEGER NOT NULL DEFAULT 0 CHECK (extensions >= 0),
    created_by         INTEGER REFERENCES accounts (id),
    search_folded      TEXT    NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
) STRICT;
-- The three list indexes carry the columns of the timeliness predicate
-- (status, completed_on, assigned_on), so counting overdue or on-time
-- tasks per organisation, per status or overall reads the index alone.
CREATE INDEX tasks_lead_due ON tasks (lead_org_id, due, status, completed_on, assigned_on);
CREATE INDEX tasks_status_due ON tasks (status, due, completed_on, assigned_on);
CREATE INDEX tasks_due ON tasks (due, status, completed_on, assigned_on);
CREATE INDEX tasks_document ON tasks (document_id);
CREATE INDEX tasks_parent ON tasks (parent_id);
CREATE INDEX tasks_series ON tasks (series_id);
-- Recurring series are few; the daily job lists them through this.
CREATE INDEX tasks_recurring ON tasks (id) WHERE deadline_kind = 'recurring';
CREATE INDEX tasks_assigned_by ON tasks (assigned_by_org_id, due);
CREATE INDEX tasks_completed ON tasks (completed_on);

-- Every organisation taking part in a task: its lead and its cooperating
-- organisations, with the task's due, status and dates repeated (the store
-- rewrites these rows on every write of the task), so that an
-- organisation's task lists and counts are read from one index.
CREATE TABLE task_orgs (
    task_id      INTEGER NOT NULL REFERENCES tasks (id),
    org_id       INTEGER NOT NULL REFERENCES orgs (id),
    role         TEXT    NOT NULL CHECK (role IN ('lead', 'cooperating')),
    due          TEXT,
    status       TEXT    NOT NULL,
    completed_on TEXT,
    assigned_on  TEXT,
    PRIMARY KEY (task_id, org_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX task_orgs_org ON task_orgs (org_id, due, status, completed_on, assigned_on, role);

CREATE TABLE updates (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks (id),
    as_of       TEXT    NOT NULL,
    narrative   TEXT    NOT NULL DEFAULT '',
    results     TEXT    NOT NULL DEFAULT '',
    problems    TEXT    NOT NULL DEFAULT '',
    proposals   TEXT    NOT NULL DEFAULT '',
    percent     INTEGER CHECK (percent BETWEEN 0 AND 100),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    evidence_no TEXT    NOT NULL DEFAULT '',
    reporter_id INTEGER REFERENCES accounts (id),
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX updates_task ON updates (task_id, created_at);

-- Files live in the database so every instance of a deployment sees them.
CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    update_id    INTEGER NOT NULL REFERENCES updates (id),
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL DEFAULT '',
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       TEXT    NOT NULL DEFAULT '',
    data         BLOB    NOT NULL
) STRICT;
CREATE INDEX attachments_update ON attachments (update_id);

CREATE TABLE extensions (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES tasks (id),
    requested_by  INTEGER REFERENCES accounts (id),
    reason        TEXT    NOT NULL DEFAULT '',
    proposed_due  TEXT,
    previous_due  TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by    INTEGER REFERENCES accounts (id),
    decided_at    TEXT,
    decision_note TEXT    NOT NULL DEFAULT '',
    decision_doc  TEXT    NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX extensions_task ON extensions (task_id);

-- The audit log has no foreign keys: it must outlive anything it mentions.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    logged_at   TEXT    NOT NULL,
    actor_id    INTEGER,
    actor       TEXT    NOT NULL DEFAULT '',
    action      TEXT    NOT NULL,
    entity_type TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    task_id     INTEGER,
    org_id      INTEGER,
    before_json TEXT    CHECK (before_json IS NULL OR json_valid(before_json)),
    after_json  TEXT    CHECK (after_json IS NULL OR json_valid(after_json))
) STRICT;
CREATE INDEX audit_log_task ON audit_log (task_id, id);
CREATE INDEX audit_log_org ON audit_log (org_id, id);

-- Append-only: the schema itself refuses to change or delete an entry.
-- +goose StatementBegin
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- +goose StatementEnd

-- Full-text search over the folded words (external content: the text is
-- stored once, in the base table). detail=none keeps the index small; the
-- store only asks for words and word prefixes, never phrases. The prefix
-- indexes answer prefixes of up to six letters ("pho"*, "quynh"*; most
-- Vietnamese syllables are shorter) from one list instead of merging every
-- word that starts with them: several times faster at a million rows, for
-- about a fifth more index.
CREATE VIRTUAL TABLE tasks_fts USING fts5 (
    search_folded, content = 'tasks', content_rowid = 'id', tokenize = 'unicode61', detail = none,
    prefix = '1 2 3 4 5 6'
);
-- +goose StatementBegin
CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO tasks_fts (rowid, search_folded) VALUES (new.id, new.search_folded);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks
BEGIN
    INSERT INTO tasks_fts (tasks_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER tasks_fts_update AFTER UPDATE OF search_folded ON tasks
WHEN old.search_folded IS NOT new.search_folded
BEGIN
    INSERT INTO tasks_fts (tasks_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded);
    INSERT INTO tasks_fts (rowid, search_folded) VALUES (new.id, new.search_folded);
END;
-- +goose StatementEnd

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    search_folded, content = 'documents', content_rowid = 'id', tokenize = 'unicode61', detail = none,
    prefix = '1 2 3 4 5 6'
);
-- +goose StatementBegin
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO documents_fts (rowid, search_folded) VALUES (new.id, new.search_folded);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER documents_fts_update AFTER UPDATE OF search_folded ON documents
WHEN old.search_folded IS NOT new.search_folded
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded);
    INSERT INTO documents_fts (rowid, search_folded) VALUES (new.id, new.search_folded);
END;
-- +goose StatementEnd

-- Planner statistics for a typical large district (a million tasks, 600
-- organisations): without them SQLite assumes every index is equally
-- selective and may walk the status index (a third of all tasks) rather
-- than the lead organisation's (under two thousand), a thousand times
-- slower. ANALYZE creates sqlite_stat1; ANALYZE sqlite_schema reloads it.
ANALYZE;
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('tasks', 'tasks_lead_due', '1000000 1700 3 2 2 2'),
    ('tasks', 'tasks_status_due', '1000000 125000 150 100 100'),
    ('tasks', 'tasks_due', '1000000 1000 200 150 150'),
    ('tasks', 'tasks_document', '1000000 30'),
    ('tasks', 'tasks_parent', '1000000 5'),
    ('tasks', 'tasks_series', '1000000 12'),
    ('tasks', 'tasks_assigned_by', '1000000 20000 20'),
    ('tasks', 'tasks_completed', '1000000 1000'),
    ('task_orgs', 'task_orgs_org', '2000000 3300 3 2 2 2 2'),
    ('orgs', 'orgs_parent', '600 10'),
    ('positions', 'positions_org', '5000 10 1'),
    ('updates', 'updates_task', '3000000 3 1'),
    ('audit_log', 'audit_log_task', '5000000 5 1'),
    ('audit_log', 'audit_log_org', '5000000 5000 1'),
    ('documents', 'documents_issuer', '50000 100'),
    ('documents', 'documents_date', '50000 5 1');
ANALYZE sqlite_schema;

-- +goose Down
DROP TABLE documents_fts;
DROP TABLE tasks_fts;
DROP TABLE audit_log;
DROP TABLE extensions;
DROP TABLE attachments;
DROP TABLE updates;
DROP TABLE task_orgs;
DROP TABLE tasks;
DROP TABLE document_links;
DROP TABLE documents;
DROP TABLE tokens;
DROP TABLE account_grants;
DROP TABLE accounts;
DROP TABLE positions;
DROP TABLE people;
DROP TABLE org_members;
DROP TABLE orgs;
