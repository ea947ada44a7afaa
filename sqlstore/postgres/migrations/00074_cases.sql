-- Urban-order casework of the steering committee 197 (issue 16 item 2):
-- the catalogue of violation kinds, cases with their handling steps and
-- files, and the weekly lists residential group leaders submit. The
-- PostgreSQL file of the same number has the same tables and columns.
-- A repeat violation is a new case whose repeat_of is the earlier closed
-- case of the same kind at the same place or (folded) address.

-- +goose Up
CREATE TABLE case_kinds (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text    NOT NULL UNIQUE,
    name          text    NOT NULL,
    grp           text    NOT NULL CHECK (grp IN ('urban_order', 'land', 'construction', 'pavement', 'sanitation', 'other')),
    deadline_days integer NOT NULL DEFAULT 0 CHECK (deadline_days >= 0),
    active        boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 1,
    created_at    timestamptz    NOT NULL,
    updated_at    timestamptz    NOT NULL
);

INSERT INTO case_kinds (code, name, grp, deadline_days, created_at, updated_at) VALUES
    ('TTĐT', 'Vi phạm trật tự đô thị', 'urban_order', 5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('ĐĐ', 'Vi phạm đất đai', 'land', 15, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('XD', 'Vi phạm trật tự xây dựng', 'construction', 10, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('VH', 'Lấn chiếm vỉa hè, lòng đường', 'pavement', 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ('VSMT', 'Vi phạm vệ sinh môi trường', 'sanitation', 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

CREATE TABLE weekly_lists (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ward_id        bigint NOT NULL REFERENCES orgs (id),
    group_place_id bigint REFERENCES places (id),
    week_from      date       NOT NULL,
    week_to        date       NOT NULL,
    note           text    NOT NULL DEFAULT '',
    status         text    NOT NULL CHECK (status IN ('submitted', 'processed')),
    submitted_by   bigint REFERENCES accounts (id),
    processed_by   bigint REFERENCES accounts (id),
    processed_at   timestamptz,
    version        integer NOT NULL DEFAULT 1,
    created_at     timestamptz    NOT NULL
);
CREATE INDEX weekly_lists_ward ON weekly_lists (ward_id, week_from);

CREATE TABLE cases (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ward_id         bigint NOT NULL REFERENCES orgs (id),
    place_id        bigint REFERENCES places (id),
    address         text    NOT NULL DEFAULT '',
    address_folded  text    NOT NULL DEFAULT '',
    kind_id         bigint NOT NULL REFERENCES case_kinds (id),
    description     text    NOT NULL,
    search_folded   text    NOT NULL DEFAULT '',
    reporter        text    NOT NULL CHECK (reporter IN ('group_leader', 'citizen', 'inspection')),
    reporter_name   text    NOT NULL DEFAULT '',
    reporter_phone  text    NOT NULL DEFAULT '',
    found_on        date       NOT NULL,
    status          text    NOT NULL CHECK (status IN ('open', 'assigned', 'handling', 'closed')),
    assigned_org_id bigint REFERENCES orgs (id),
    assignee_id     bigint REFERENCES people (id),
    assigned_on     date   ,
    deadline_days   integer NOT NULL DEFAULT 0,
    due             date   ,
    result          text    NOT NULL DEFAULT '',
    closed_on       date   ,
    repeat_of       bigint REFERENCES cases (id),
    weekly_list_id  bigint REFERENCES weekly_lists (id),
    created_by      bigint REFERENCES accounts (id),
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL,
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_ward ON cases (ward_id, found_on);
CREATE INDEX cases_assigned ON cases (assigned_org_id) WHERE assigned_org_id IS NOT NULL;
CREATE INDEX cases_place ON cases (place_id, kind_id) WHERE place_id IS NOT NULL;
CREATE INDEX cases_address ON cases (address_folded, kind_id);
CREATE INDEX cases_repeat ON cases (repeat_of) WHERE repeat_of IS NOT NULL;

CREATE TABLE weekly_list_rows (
    list_id      bigint NOT NULL REFERENCES weekly_lists (id) ON DELETE CASCADE,
    row_no       integer NOT NULL,
    place_id     bigint REFERENCES places (id),
    address      text    NOT NULL DEFAULT '',
    kind_id      bigint NOT NULL REFERENCES case_kinds (id),
    description  text    NOT NULL,
    found_on     date       NOT NULL,
    outcome      text    NOT NULL DEFAULT '' CHECK (outcome IN ('', 'created', 'duplicate')),
    case_id      bigint REFERENCES cases (id),
    duplicate_of bigint REFERENCES cases (id),
    PRIMARY KEY (list_id, row_no)
);

CREATE TABLE case_steps (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases (id),
    kind       text    NOT NULL CHECK (kind IN ('reminded', 'minutes', 'fined', 'restored', 'forced', 'note')),
    on_day     date       NOT NULL,
    note       text    NOT NULL DEFAULT '',
    doc_no     text    NOT NULL DEFAULT '',
    amount     bigint NOT NULL DEFAULT 0 CHECK (amount >= 0),
    by_id      bigint REFERENCES accounts (id),
    closing    boolean NOT NULL DEFAULT false,
    created_at timestamptz    NOT NULL
);
CREATE INDEX case_steps_case ON case_steps (case_id, id);

-- Photos and papers live in the database like the reports' attachments.
CREATE TABLE case_files (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint NOT NULL REFERENCES cases (id),
    step_id      bigint NOT NULL REFERENCES case_steps (id),
    name         text    NOT NULL,
    content_type text    NOT NULL DEFAULT '',
    size         integer NOT NULL CHECK (size >= 0),
    sha256       text    NOT NULL DEFAULT '',
    data         bytea    NOT NULL
);
CREATE INDEX case_files_case ON case_files (case_id, id);

-- +goose Down
DROP TABLE case_files;
DROP TABLE case_steps;
DROP TABLE weekly_list_rows;
DROP TABLE cases;
DROP TABLE weekly_lists;
DROP TABLE case_kinds;
