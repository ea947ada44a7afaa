-- Creating a task writes its words to the full-text index as a segment of
-- its own (FTS5 flushes at every statement savepoint), and by default
-- FTS5 then merges segments a little on every write (automerge=4): at a
-- million tasks that merging was a third of a create's CPU. Here writes
-- merge only when 64 segments pile up on one level (crisismerge; the
-- default 16 still cost 12% of a create), which rewrites each entry fewer
-- times; the rest is merged by the server's periodic job
-- (sqlite.MergeSearch: 'merge' of levels holding usermerge=4 segments),
-- outside the requests. Search results do not depend on how the index is
-- split; a search over 37 segments took as long as over 3 (30,000 tasks).
-- PostgreSQL has no such index: its file of the same number does nothing.

-- +goose Up
INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('automerge', 0);
INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('usermerge', 4);

-- +goose Down
INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('automerge', 4);
INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('crisismerge', 16);
