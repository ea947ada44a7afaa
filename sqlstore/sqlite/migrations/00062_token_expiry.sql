-- API tokens get an optional end (issue 12): NULL means the token never
-- expires, which is what every token created before this migration keeps.
-- The store refuses a token whose end has passed. The other engine's file
-- of the same name adds the same column.

-- +goose Up
ALTER TABLE tokens ADD COLUMN expires_at TEXT;

-- +goose Down
ALTER TABLE tokens DROP COLUMN expires_at;
