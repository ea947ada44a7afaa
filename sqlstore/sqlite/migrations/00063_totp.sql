-- Optional second factor of password sign-in (TOTP, RFC 6238): one row per
-- account that enrolled. last_step refuses a code used before; the
-- challenge columns hold the pending step between password and code.

-- +goose Up
CREATE TABLE account_totp (
    account_id      INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    secret          TEXT    NOT NULL,
    confirmed       INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
    last_step       INTEGER NOT NULL DEFAULT 0,
    challenge_hash  TEXT    NOT NULL DEFAULT '',
    challenge_until TEXT,
    challenge_fails INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL
) STRICT;

-- +goose Down
DROP TABLE account_totp;
