-- The register of places (issue 16 item 1): streets, sections of streets,
-- apartment buildings, residential groups, markets, public areas and
-- addresses. A place belongs to a ward for a period (place_wards); when
-- wards merge it gets a new row, so its history keeps the old ward.
-- Tasks and targets may name one place (place_id) besides their free-text
-- place, which stays as it was typed.

-- +goose Up
CREATE TABLE places (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text    NOT NULL CHECK (kind IN ('street', 'street_section', 'apartment',
                         'residential_group', 'market', 'public_area', 'address')),
    name             text    NOT NULL,
    name_folded      text    NOT NULL DEFAULT '',
    lat              double precision,
    lon              double precision,
    outline          text    NOT NULL DEFAULT '',
    programme        text    NOT NULL DEFAULT '',
    programme_status text    NOT NULL DEFAULT '' CHECK (programme_status IN ('', 'registered', 'building', 'recognised')),
    registered_on    date,
    building_on      date,
    recognised_on    date,
    note             text    NOT NULL DEFAULT '',
    version          integer NOT NULL DEFAULT 1,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL
);

CREATE TABLE place_wards (
    place_id   bigint  NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    org_id     bigint  NOT NULL REFERENCES orgs (id),
    valid_from date,
    valid_to   date,
    seq        integer NOT NULL,
    PRIMARY KEY (place_id, seq)
);
CREATE INDEX place_wards_org ON place_wards (org_id, place_id);

ALTER TABLE tasks ADD COLUMN place_id bigint REFERENCES places (id);
CREATE INDEX tasks_place ON tasks (place_id) WHERE place_id IS NOT NULL;
ALTER TABLE targets ADD COLUMN place_id bigint REFERENCES places (id);

-- +goose Down
DROP INDEX tasks_place;
ALTER TABLE targets DROP COLUMN place_id;
ALTER TABLE tasks DROP COLUMN place_id;
DROP TABLE place_wards;
DROP TABLE places;
