-- The register of places (issue 16 item 1): streets, sections of streets,
-- apartment buildings, residential groups, markets, public areas and
-- addresses. A place belongs to a ward for a period (place_wards); when
-- wards merge it gets a new row, so its history keeps the old ward.
-- Tasks and targets may name one place (place_id) besides their free-text
-- place, which stays as it was typed.

-- +goose Up
CREATE TABLE places (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL CHECK (kind IN ('street', 'street_section', 'apartment',
                         'residential_group', 'market', 'public_area', 'address')),
    name             TEXT    NOT NULL,
    name_folded      TEXT    NOT NULL DEFAULT '',
    lat              REAL,
    lon              REAL,
    outline          TEXT    NOT NULL DEFAULT '',
    programme        TEXT    NOT NULL DEFAULT '',
    programme_status TEXT    NOT NULL DEFAULT '' CHECK (programme_status IN ('', 'registered', 'building', 'recognised')),
    registered_on    TEXT,
    building_on      TEXT,
    recognised_on    TEXT,
    note             TEXT    NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;

CREATE TABLE place_wards (
    place_id   INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    org_id     INTEGER NOT NULL REFERENCES orgs (id),
    valid_from TEXT,
    valid_to   TEXT,
    seq        INTEGER NOT NULL,
    PRIMARY KEY (place_id, seq)
) STRICT;
CREATE INDEX place_wards_org ON place_wards (org_id, place_id);

ALTER TABLE tasks ADD COLUMN place_id INTEGER REFERENCES places (id);
CREATE INDEX tasks_place ON tasks (place_id) WHERE place_id IS NOT NULL;
ALTER TABLE targets ADD COLUMN place_id INTEGER REFERENCES places (id);

-- +goose Down
DROP INDEX tasks_place;
ALTER TABLE targets DROP COLUMN place_id;
ALTER TABLE tasks DROP COLUMN place_id;
DROP TABLE place_wards;
DROP TABLE places;
