#!/usr/bin/env python3
"""Scale a generated province up by copying its tasks under shifted ids.

    scripts/scale-db.py SRC DST [COPIES [TOTAL]]

SRC is a database made by `tiendo gen` (e.g. --orgs 600 --tasks 30000, a few
minutes); DST gets its tasks COPIES+1 times (32 by default: 990,000 tasks
from 30,000), with their organisation rows, scopes, progress reports and
extensions (with TOTAL, the last copy only up to TOTAL tasks in all:
`300k.db 1m.db 3 1000000`), then the search index rebuilt (planner statistics as the
migrations wrote them). Pure
SQL through the sqlite3 shell library: a million-task database in about
15 minutes on a loaded 2-core machine; `tiendo gen` makes a real one in
about 25 minutes at load 5 (it took hours before the writer's temp_store
fix of 30 Nov).
The distribution is the source's repeated (the same organisations, titles
and dates), which is what the memory and list benchmarks need. Run
`tiendo migrate --db DST` afterwards.
"""
import shutil
import sqlite3
import sys
import time

src, dst = sys.argv[1], sys.argv[2]
copies = int(sys.argv[3]) if len(sys.argv) > 3 else 32
total = int(sys.argv[4]) if len(sys.argv) > 4 else None
shutil.copy(src, dst)
c = sqlite3.connect(dst, isolation_level=None)
for p in ('journal_mode=OFF', 'synchronous=OFF', 'cache_size=-1000000', 'foreign_keys=OFF'):
    c.execute('PRAGMA ' + p)
off = c.execute('SELECT max(id) FROM tasks').fetchone()[0] + 1
have = c.execute('SELECT count(*) FROM tasks').fetchone()[0]
triggers = c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tasks_fts_%'").fetchall()
for name, _ in triggers:
    c.execute('DROP TRIGGER ' + name)
shifted = {'tasks': {'id', 'parent_id', 'series_id'}, 'task_orgs': {'task_id'}, 'task_scopes': {'task_id'},
           'updates': {'task_id'}, 'extensions': {'task_id'}}
start = time.time()
c.execute('BEGIN')
for k in range(1, copies + 1):
    for table, cols in shifted.items():
        names = [r[1] for r in c.execute(f'PRAGMA table_info({table})')
                 if not (r[1] == 'id' and table in ('updates', 'extensions'))]
        sel = [f'{n} + {k * off}' if n in cols else n for n in names]
        key = 'id' if table == 'tasks' else 'task_id'
        lim = off
        if total is not None and k == copies:
            lim = off - (have * (copies + 1) - total)  # ids are 1..have, as tiendo gen writes them
        c.execute(f'INSERT INTO {table} ({", ".join(names)}) SELECT {", ".join(sel)} FROM {table} WHERE {key} < {lim}')
    print(f'copy {k}/{copies}: {time.time() - start:.0f} s', flush=True)
c.execute('COMMIT')
for _, sql in triggers:
    c.execute(sql)
c.execute("INSERT INTO tasks_fts (tasks_fts) VALUES ('rebuild')")
# No ANALYZE: it would replace the planner statistics the migrations write
# (sqlite_stat1, migration 00001), and the planner would then choose other
# plans than on a generated or production database.
c.execute('PRAGMA journal_mode = WAL')
print(f'{c.execute("SELECT count(*) FROM tasks").fetchone()[0]} tasks in {time.time() - start:.0f} s', flush=True)
