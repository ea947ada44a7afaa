-- Urban-order casework of the steering committee 197 (issue 16 item 2):
-- the catalogue of violation kinds, cases with their handling steps and
-- files, and the weekly lists residential group leaders submit. The
-- PostgreSQL file of the same number has the same tables and columns.
-- A repeat violation is a new case whose repeat_of is the earlier closed
-- case of the same kind at the same place or (folded) address.

-- +goose Up
CREATE TABLE case_kinds (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    grp           TEXT    NOT NULL CHECK (grp IN ('urban_order', 'land', 'construction', 'pavement', 'sanitation', 'other')),
    deadline_days INTEGER NOT NULL DEFAULT 0 CHECK (deadline_days >= 0),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

INSERT INTO case_kinds (code, name, grp, deadline_days, created_at, updated_at) VALUES
    ('TTĐT', 'Vi phạm trật tự đô thị', 'urban_order', 5, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z'),
    ('ĐĐ', 'Vi phạm đất đai', 'land', 15, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z'),
    ('XD', 'Vi phạm trật tự xây dựng', 'construction', 10, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z'),
    ('VH', 'Lấn chiếm vỉa hè, lòng đường', 'pavement', 3, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z'),
    ('VSMT', 'Vi phạm vệ sinh môi trường', 'sanitation', 3, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z');

CREATE TABLE weekly_lists (
    id             INTEGER PRIMARY KEY,
    ward_id        INTEGER NOT NULL REFERENCES orgs (id),
    group_place_id INTEGER REFERENCES places (id),
    week_from      TEXT    NOT NULL,
    week_to        TEXT    NOT NULL,
    note           TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL CHECK (status IN ('submitted', 'processed')),
    submitted_by   INTEGER REFERENCES accounts (id),
    processed_by   INTEGER REFERENCES accounts (id),
    processed_at   TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX weekly_lists_ward ON weekly_lists (ward_id, week_from);

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    ward_id         INTEGER NOT NULL REFERENCES orgs (id),
    place_id        INTEGER REFERENCES places (id),
    address         TEXT    NOT NULL DEFAULT '',
    address_folded  TEXT    NOT NULL DEFAULT '',
    kind_id         INTEGER NOT NULL REFERENCES case_kinds (id),
    description     TEXT    NOT NULL,
    search_folded   TEXT    NOT NULL DEFAULT '',
    reporter        TEXT    NOT NULL CHECK (reporter IN ('group_leader', 'citizen', 'inspection')),
    reporter_name   TEXT    NOT NULL DEFAULT '',
    reporter_phone  TEXT    NOT NULL DEFAULT '',
    found_on        TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('open', 'assigned', 'handling', 'closed')),
    assigned_org_id INTEGER REFERENCES orgs (id),
    assignee_id     INTEGER REFERENCES people (id),
    assigned_on     TEXT,
    deadline_days   INTEGER NOT NULL DEFAULT 0,
    due             TEXT,
    result          TEXT    NOT NULL DEFAULT '',
    closed_on       TEXT,
    repeat_of       INTEGER REFERENCES cases (id),
    weekly_list_id  INTEGER REFERENCES weekly_lists (id),
    created_by      INTEGER REFERENCES accounts (id),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX cases_ward ON cases (ward_id, found_on);
CREATE INDEX cases_assigned ON cases (assigned_org_id) WHERE assigned_org_id IS NOT NULL;
CREATE INDEX cases_place ON cases (place_id, kind_id) WHERE place_id IS NOT NULL;
CREATE INDEX cases_address ON cases (address_folded, kind_id);
CREATE INDEX cases_repeat ON cases (repeat_of) WHERE repeat_of IS NOT NULL;

CREATE TABLE weekly_list_rows (
    list_id      INTEGER NOT NULL REFERENCES weekly_lists (id) ON DELETE CASCADE,
    row_no       INTEGER NOT NULL,
    place_id     INTEGER REFERENCES places (id),
    address      TEXT    NOT NULL DEFAULT '',
    kind_id      INTEGER NOT NULL REFERENCES case_kinds (id),
    description  TEXT    NOT NULL,
    found_on     TEXT    NOT NULL,
    outcome      TEXT    NOT NULL DEFAULT '' CHECK (outcome IN ('', 'created', 'duplicate')),
    case_id      INTEGER REFERENCES cases (id),
    duplicate_of INTEGER REFERENCES cases (id),
    PRIMARY KEY (list_id, row_no)
) STRICT;

CREATE TABLE case_steps (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('reminded', 'minutes', 'fined', 'restored', 'forced', 'note')),
    on_day     TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    doc_no     TEXT    NOT NULL DEFAULT '',
    amount     INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    by_id      INTEGER REFERENCES accounts (id),
    closing    INTEGER NOT NULL DEFAULT 0 CHECK (closing IN (0, 1)),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX case_steps_case ON case_steps (case_id, id);

-- Photos and papers live in the database like the reports' attachments.
CREATE TABLE case_files (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    step_id      INTEGER NOT NULL REFERENCES case_steps (id),
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL DEFAULT '',
    size         INTEGER NOT NULL CHECK (size >= 0),
    sha256       TEXT    NOT NULL DEFAULT '',
    data         BLOB    NOT NULL
) STRICT;
CREATE INDEX case_files_case ON case_files (case_id, id);

-- +goose Down
DROP TABLE case_files;
DROP TABLE case_steps;
DROP TABLE weekly_list_rows;
DROP TABLE cases;
DROP TABLE weekly_lists;
DROP TABLE case_kinds;
