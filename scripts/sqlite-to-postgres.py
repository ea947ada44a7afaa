#!/usr/bin/env python3
"""Copy a generated SQLite database into PostgreSQL, for the benchmarks.

    scripts/sqlite-to-postgres.py SRC.db DSN

SRC and the database DSN names must both be migrated to the same version
(`tiendo migrate`); DSN's tables are emptied first. Every table both hold,
the columns both hold, go through psql's \\copy (CSV) with triggers and
foreign keys off (session_replication_role = replica), then the identity
sequences are moved past the ids and the database is vacuumed and
analysed. `tiendo gen` wrote 300,000 tasks into PostgreSQL at 30 tasks/s
on the loaded 2-core machine of 7 Dec 2026 (issue 19, third round); this
copied them in 4 minutes and a million in 22. Needs psql.
"""
import io
import sqlite3
import subprocess
import sys
import time

src, dsn = sys.argv[1], sys.argv[2]
skip = {'goose_db_version', 'org_stamp', 'read_stamps'}
def psql(*cmds, stdin=None):
    args = ['psql', dsn, '-v', 'ON_ERROR_STOP=1', '-Atq']
    for c in cmds:
        args += ['-c', c]
    r = subprocess.run(args, input=stdin, capture_output=True)
    if r.returncode: sys.exit(r.stderr.decode()[:2000])
    return r.stdout.decode()
pg = {}
for line in psql("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema='public' ORDER BY table_name, ordinal_position").splitlines():
    t, c, ty = line.split('|')
    pg.setdefault(t, []).append((c, ty))
lite = sqlite3.connect(src)
have = {r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type='table'")}
tables = [t for t in pg if t in have and t not in skip]
psql('SET session_replication_role = replica', 'TRUNCATE ' + ', '.join(tables) + ' CASCADE')
start = time.time()
for t in tables:
    lcols = {r[1] for r in lite.execute(f'PRAGMA table_info("{t}")')}
    cols = [(c, ty) for c, ty in pg[t] if c in lcols]
    names = [c for c, _ in cols]
    cur = lite.execute(f'SELECT {", ".join(chr(34)+c+chr(34) for c in names)} FROM "{t}"')
    buf = io.StringIO()
    n = 0
    for row in cur:
        out = []
        for (c, ty), v in zip(cols, row):
            if v is None:
                out.append(None)
            elif ty == 'boolean':
                out.append('t' if v else 'f')
            elif isinstance(v, bytes):
                out.append('\\x' + v.hex())
            elif isinstance(v, float) and ty in ('bigint', 'integer'):
                out.append(int(v))
            else:
                out.append(v)
        # CSV: an empty unquoted field is NULL, "" the empty string
        buf.write(','.join('' if x is None else str(x) if isinstance(x, (int, float)) else
                           '"' + str(x).replace('"', '""') + '"' for x in out) + '\n')
        n += 1
    data = buf.getvalue().encode()
    psql('SET session_replication_role = replica',
         f'\\copy "{t}" ({", ".join(names)}) FROM STDIN WITH (FORMAT csv)', stdin=data)
    print(f'{t}: {n} rows, {time.time()-start:.0f} s', flush=True)
for line in psql("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema='public' AND is_identity='YES'").splitlines():
    t, c = line.split('|')
    psql(f"SELECT setval(pg_get_serial_sequence('{t}', '{c}'), COALESCE((SELECT max({c}) FROM {t}), 0) + 1, false)")
psql('VACUUM (ANALYZE)')
print(f'done in {time.time()-start:.0f} s', flush=True)
