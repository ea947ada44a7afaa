-- Core schema of Tiến Độ for PostgreSQL. The SQLite file of the same name
-- has the same tables and columns (a test checks it). Conventions:
--   ids         bigint GENERATED ALWAYS AS IDENTITY
--   dates       date, NULL when unset
--   timestamps  timestamptz (the store writes UTC with microseconds)
--   *_folded    words folded in Go (vn.Fold), joined by single spaces

-- +goose Up
CREATE TABLE orgs (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text    NOT NULL UNIQUE,
    abbrev       text    NOT NULL DEFAULT '',
    name         text    NOT NULL,
    name_folded  text    NOT NULL DEFAULT '',
    kind         text    NOT NULL CHECK (kind IN ('party_committee', 'peoples_council', 'peoples_committee',
                         'department', 'steering_committee', 'mass_organisation', 'public_service', 'police',
                         'military', 'administrative', 'other')),
    level        text    NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    parent_id    bigint  REFERENCES orgs (id),
    valid_from   date,
    valid_to     date,
    successor_id bigint  REFERENCES orgs (id),
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX orgs_parent ON orgs (parent_id);

-- Member organisations of a steering committee.
CREATE TABLE org_members (
    org_id    bigint  NOT NULL REFERENCES orgs (id),
    member_id bigint  NOT NULL REFERENCES orgs (id),
    PRIMARY KEY (org_id, member_id)
);
CREATE INDEX org_members_member ON org_members (member_id);

CREATE TABLE people (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name   text    NOT NULL,
    name_folded text    NOT NULL DEFAULT '',
    email       text    NOT NULL DEFAULT '',
    phone       text    NOT NULL DEFAULT '',
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX people_name ON people (name_folded, id);

CREATE TABLE positions (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint  NOT NULL REFERENCES people (id),
    org_id     bigint  NOT NULL REFERENCES orgs (id),
    title      text    NOT NULL,
    is_head    boolean NOT NULL DEFAULT false,
    valid_from date,
    valid_to   date
);
CREATE INDEX positions_person ON positions (person_id);
CREATE INDEX positions_org ON positions (org_id, person_id);

CREATE TABLE accounts (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login         text    NOT NULL UNIQUE,
    person_id     bigint  REFERENCES people (id),
    password_hash text    NOT NULL DEFAULT '',
    locale        text    NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
    disabled      boolean NOT NULL DEFAULT false,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- seq keeps the grants in the order they were written.
CREATE TABLE account_grants (
    account_id bigint  NOT NULL REFERENCES accounts (id),
    seq        integer NOT NULL,
    role       text    NOT NULL CHECK (role IN ('admin', 'office', 'leader', 'officer', 'viewer')),
    org_id     bigint  REFERENCES orgs (id),
    PRIMARY KEY (account_id, seq),
    CHECK (org_id IS NOT NULL OR role = 'admin')
);
CREATE INDEX account_grants_org ON account_grants (org_id);

-- API tokens: only the SHA-256 of the secret is stored.
CREATE TABLE tokens (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint  NOT NULL REFERENCES accounts (id),
    hash       text    NOT NULL UNIQUE,
    name       text    NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL
);
CREATE INDEX tokens_account ON tokens (account_id);

CREATE TABLE documents (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number        text    NOT NULL,
    parsed_raw    text    NOT NULL DEFAULT '',
    parsed_style  text    NOT NULL DEFAULT '' CHECK (parsed_style IN ('', 'state', 'party')),
    parsed_number text    NOT NULL DEFAULT '',
    parsed_year   integer NOT NULL DEFAULT 0,
    parsed_type   text    NOT NULL DEFAULT '',
    parsed_issuer text    NOT NULL DEFAULT '',
    parsed_unit   text    NOT NULL DEFAULT '',
    type          text    NOT NULL DEFAULT '',
    issuer_id     bigint  REFERENCES orgs (id),
    issuer        text    NOT NULL DEFAULT '',
    doc_date      date,
    summary       text    NOT NULL DEFAULT '',
    signer        text    NOT NULL DEFAULT '',
    secrecy       text    NOT NULL DEFAULT '' CHECK (secrecy IN ('', 'mat', 'toi_mat')),
    search_folded text    NOT NULL DEFAULT '',
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
-- A number is unique only together with its date (party numbers restart
-- every term); an undated document counts as one date of its own.
CREATE UNIQUE INDEX documents_number_date ON documents (number, COALESCE(doc_date, DATE '0001-01-01'));
CREATE INDEX documents_issuer ON documents (issuer_id);
CREATE INDEX documents_date ON documents (doc_date, id);

CREATE TABLE document_links (
    document_id bigint  NOT NULL REFERENCES documents (id),
    seq         integer NOT NULL,
    kind        text    NOT NULL CHECK (kind IN ('implements', 'cites')),
    target_id   bigint  NOT NULL REFERENCES documents (id),
    PRIMARY KEY (document_id, seq),
    UNIQUE (document_id, target_id, kind)
);
CREATE INDEX document_links_target ON document_links (target_id);

CREATE TABLE tasks (
    id                 bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id        bigint  REFERENCES documents (id),
    source_clause      text    NOT NULL DEFAULT '',
    source_text        text    NOT NULL DEFAULT '',
    title              text    NOT NULL,
    expected_output    text    NOT NULL DEFAULT '',
    lead_org_id        bigint  NOT NULL REFERENCES orgs (id),
    report_to_org_id   bigint  REFERENCES orgs (id),
    assigner_id        bigint  REFERENCES people (id),
    assigned_by_org_id bigint  REFERENCES orgs (id),
    assignee_id        bigint  REFERENCES people (id),
    parent_id          bigint  REFERENCES tasks (id),
    series_id          bigint  REFERENCES tasks (id),
    category           text    NOT NULL CHECK (category IN ('legal', 'programme', 'directive', 'conclusion', 'other')),
    priority           text    NOT NULL CHECK (priority IN ('normal', 'urgent')),
    regular_duty       boolean NOT NULL DEFAULT false,
    weight             double precision NOT NULL DEFAULT 1 CHECK (weight >= 0),
    place              text    NOT NULL DEFAULT '',
    deadline_kind      text    NOT NULL CHECK (deadline_kind IN ('date', 'period', 'recurring', 'continuous', 'none')),
    deadline_text      text    NOT NULL DEFAULT '',
    recurrence         text    NOT NULL DEFAULT '',
    original_due       date,
    due                date,
    assigned_on        date,
    status             text    NOT NULL CHECK (status IN ('assigned', 'in_progress', 'reported_done', 'completed',
                               'returned', 'extension_requested', 'postponed', 'withdrawn')),
    status_reason      text    NOT NULL DEFAULT '',
    percent            integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    reported_on        date,
    completed_on       date,
    extensions         integer NOT NULL DEFAULT 0 CHECK (extensions >= 0),
    created_by         bigint  REFERENCES accounts (id),
    search_folded      text    NOT NULL DEFAULT '',
    version            integer NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
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
    task_id      bigint  NOT NULL REFERENCES tasks (id),
    org_id       bigint  NOT NULL REFERENCES orgs (id),
    role         text    NOT NULL CHECK (role IN ('lead', 'cooperating')),
    due          date,
    status       text    NOT NULL,
    completed_on date,
    assigned_on  date,
    PRIMARY KEY (task_id, org_id)
);
CREATE INDEX task_orgs_org ON task_orgs (org_id, due, status, completed_on, assigned_on, role);

CREATE TABLE updates (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id     bigint  NOT NULL REFERENCES tasks (id),
    as_of       date    NOT NULL,
    narrative   text    NOT NULL DEFAULT '',
    results     text    NOT NULL DEFAULT '',
    problems    text    NOT NULL DEFAULT '',
    proposals   text    NOT NULL DEFAULT '',
    percent     integer CHECK (percent BETWEEN 0 AND 100),
    done        boolean NOT NULL DEFAULT false,
    evidence_no text    NOT NULL DEFAULT '',
    reporter_id bigint  REFERENCES accounts (id),
    created_at  timestamptz NOT NULL
);
CREATE INDEX updates_task ON updates (task_id, created_at);

-- Files live in the database so every instance of a deployment sees them.
CREATE TABLE attachments (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    update_id    bigint  NOT NULL REFERENCES updates (id),
    name         text    NOT NULL,
    content_type text    NOT NULL DEFAULT '',
    size         bigint  NOT NULL CHECK (size >= 0),
    sha256       text    NOT NULL DEFAULT '',
    data         bytea   NOT NULL
);
CREATE INDEX attachments_update ON attachments (update_id);

CREATE TABLE extensions (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id       bigint  NOT NULL REFERENCES tasks (id),
    requested_by  bigint  REFERENCES accounts (id),
    reason        text    NOT NULL DEFAULT '',
    proposed_due  date,
    previous_due  date,
    status        text    NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by    bigint  REFERENCES accounts (id),
    decided_at    timestamptz,
    decision_note text    NOT NULL DEFAULT '',
    decision_doc  text    NOT NULL DEFAULT '',
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX extensions_task ON extensions (task_id);

-- The audit log has no foreign keys: it must outlive anything it mentions.
CREATE TABLE audit_log (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    logged_at   timestamptz NOT NULL,
    actor_id    bigint,
    actor       text    NOT NULL DEFAULT '',
    action      text    NOT NULL,
    entity_type text    NOT NULL,
    entity_id   bigint  NOT NULL,
    task_id     bigint,
    org_id      bigint,
    before_json jsonb,
    after_json  jsonb
);
CREATE INDEX audit_log_task ON audit_log (task_id, id);
CREATE INDEX audit_log_org ON audit_log (org_id, id);

-- Append-only: the schema itself refuses to change, delete or truncate an
-- entry. restrict_violation (23001) lets the store recognise the refusal.
-- +goose StatementBegin
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Full-text search over the folded words: the 'simple' configuration only
-- lowercases, so the words are exactly those folded in Go.
CREATE INDEX tasks_search ON tasks USING gin (to_tsvector('simple', search_folded));
CREATE INDEX documents_search ON documents USING gin (to_tsvector('simple', search_folded));

-- +goose Down
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
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
