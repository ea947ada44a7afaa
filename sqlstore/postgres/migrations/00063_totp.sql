-- Optional second factor of password sign-in (TOTP, RFC 6238): one row per
-- account that enrolled. last_step refuses a code used before; the
-- challenge columns hold the pending step between password and code.

-- +goose Up
CREATE TABLE account_totp (
    account_id      bigint  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    secret          text    NOT NULL,
    confirmed       boolean NOT NULL DEFAULT false,
    last_step       bigint  NOT NULL DEFAULT 0,
    challenge_hash  text    NOT NULL DEFAULT '',
    challenge_until timestamptz,
    challenge_fails integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL
);

-- +goose Down
DROP TABLE account_totp;
