-- SQLite's file of the same number tunes the merging of its FTS5 index;
-- PostgreSQL's GIN index on search_folded has nothing to tune. The number
-- is kept so that both engines list the same migrations.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
