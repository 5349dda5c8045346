"""The DuckDB catalog: one view per table over the Parquet globs, and read-only querying.

`catalog.duckdb` holds nothing but views, so it is cheap to rebuild; the writer builds a new
file beside it and renames it into place, so a reader holding the old one is never blocked and
never sees a half-built catalog.
"""

from __future__ import annotations

import os
import re
import struct
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from warehouse.schemas import BATCH_TABLES, SCHEMAS, duckdb_type
from warehouse.store import DamagedFile, Warehouse

CATALOG = "catalog.duckdb"
T = TypeVar("T")


class NoWarehouse(FileNotFoundError):
    """The directory holds no catalog yet."""


class QueryRefused(ValueError):
    """User SQL that would write, reach outside the warehouse, or change settings."""


# What user SQL may be: one statement that only reads (SELECT, WITH, FROM, VALUES, DESCRIBE,
# SHOW, SUMMARIZE all parse as SELECT) or EXPLAIN of one.
READ_ONLY = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
QUERY_TIMEOUT = 120.0  # seconds before a user query is interrupted


def _quote(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


def view_sql(wh: Warehouse, table: str) -> str:
    """Batch tables show only rows whose article landed, so a crashed batch is never visible."""
    if wh.files(table):
        sql = (
            f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM read_parquet("
            f"{_quote(wh.glob(table))}, hive_partitioning=true, union_by_name=true)"
        )
        if table in BATCH_TABLES:
            sql += " WHERE article_id IN (SELECT article_id FROM articles)"
            if table == "postings":  # imported fact-checks are indexed too, under "fc:<id>"
                sql += " OR starts_with(article_id, 'fc:')"
        return sql
    cols = ", ".join(f'NULL::{duckdb_type(f.type)} AS "{f.name}"' for f in SCHEMAS[table])
    return f"CREATE OR REPLACE VIEW {table} AS SELECT {cols}, NULL::DATE AS ingest_date WHERE false"


def refresh(wh: Warehouse) -> Path:
    """Rebuild catalog.duckdb with one view per table; atomic for readers."""
    wh.root.mkdir(parents=True, exist_ok=True)
    final = wh.root / CATALOG
    tmp = wh.root / f".{CATALOG}.{uuid.uuid4().hex[:8]}.tmp"
    con = duckdb.connect(str(tmp))
    try:
        for table in ("articles", *[t for t in SCHEMAS if t != "articles"]):
            con.execute(view_sql(wh, table))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, final)
    wal = Path(str(tmp) + ".wal")
    wal.unlink(missing_ok=True)
    return final


def viewed_tables(wh: Warehouse, rebuild: bool = False) -> set[str]:
    """Tables whose catalog view reads Parquet files (the others are empty stand-ins). With
    rebuild=True the catalog is rebuilt first: the flow does so when a batch gives a table its
    first file, so committed data is queryable at once, not only when the run ends."""
    if rebuild:
        refresh(wh)
    path = wh.root / CATALOG
    if not path.exists():
        return set()
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal").fetchall()
    finally:
        con.close()
    return {name for name, sql in rows if "read_parquet" in sql}


VANISHED_ATTEMPTS = 3  # reads of a query whose files a compaction swapped away meanwhile


def vanished(err: Exception) -> bool:
    """A file a query had listed was gone when it opened it: `compact` swapped its partition
    for the merged file in between. Reading again lists the merged file."""
    text = str(err)
    return isinstance(err, duckdb.IOException) and any(
        m in text for m in ("No such file or directory", "Cannot open file", "No files found"))


def retrying(read: Callable[[], T]) -> T:
    """`read()`, again (up to VANISHED_ATTEMPTS times) when a compaction swapped its files away."""
    for attempt in range(VANISHED_ATTEMPTS):
        try:
            return read()
        except duckdb.IOException as e:
            if not vanished(e) or attempt == VANISHED_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


_FILE_IN_ERROR = re.compile(r"""['"]([^'"]+\.parquet)['"]""")


def damaged(err: Exception) -> DamagedFile | None:
    """The DamagedFile behind a DuckDB error that names a Parquet file it could not read."""
    text = str(err)
    m = _FILE_IN_ERROR.search(text)
    if m is None or "Permission Error" in text or not any(k in text for k in ("magic bytes", "too small", "Parquet", "parquet")):
        return None
    return DamagedFile(m.group(1), text.split(":", 1)[-1].replace(m.group(0), "").strip() or "unreadable")


def sandbox(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """No file access outside the warehouse folder (so no read_text('/etc/passwd'), no COPY TO
    elsewhere, no ATTACH, no INSTALL/LOAD), and the configuration locked so no SET or RESET
    undoes it. DuckDB enforces both; `check_read_only` refuses writes inside the folder.
    Connections to one file in one process share a database instance: a locked one was
    sandboxed by an earlier connection (nothing else sets the lock)."""
    if con.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
        return
    con.execute(f"SET allowed_directories = [{_quote(str(root) + os.sep)}]")
    con.execute("SET enable_external_access = false")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET lock_configuration = true")


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise QueryRefused unless `sql` is one statement that only reads."""
    statements = con.extract_statements(sql)
    if len(statements) != 1:
        raise QueryRefused(f"one SQL statement at a time, not {len(statements)}")
    kind = statements[0].type
    if kind not in READ_ONLY:
        raise QueryRefused(f"{kind.name} is not allowed: warehouse SQL is read-only "
                           "(SELECT, WITH, DESCRIBE, SUMMARIZE, EXPLAIN)")


def connect(root: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A read-only, sandboxed connection to the warehouse views."""
    path = Path(root).expanduser().resolve() / CATALOG
    if not path.exists():
        raise NoWarehouse(f"no warehouse at {path.parent} (run `factrack track` or `factrack demo` first)")
    con = duckdb.connect(str(path), read_only=True)
    # Views the catalog lacks (written by an older factrack) or that read another folder (the
    # warehouse was moved or copied: its views hold absolute paths) are built here as temp
    # views over this folder, which shadow the catalog's.
    here = _quote(str(path.parent / "x"))[:-2]  # the quoted folder prefix, as view_sql writes it
    have = {r[0]: r[1] for r in con.execute(
        "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND NOT temporary").fetchall()}
    stale = [t for t in SCHEMAS if t not in have or ("read_parquet" in have[t] and here not in have[t])]
    if stale:
        wh = Warehouse(path.parent)
        for t in stale:
            con.execute(view_sql(wh, t).replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW"))
    sandbox(con, path.parent)
    return con


def query(root: str | os.PathLike[str], sql: str, timeout: float | None = QUERY_TIMEOUT,
          max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement on the views; returns (column names, rows). Raises
    QueryRefused for anything else, and TimeoutError when it runs longer than `timeout`."""
    con = connect(root)
    timer = threading.Timer(timeout, con.interrupt) if timeout else None
    try:
        check_read_only(con, sql)
        if timer:
            timer.start()
        def read() -> tuple[duckdb.DuckDBPyConnection, list[str], list[tuple]]:
            cur = con.execute(sql)
            cols = [d[0] for d in cur.description] if cur.description else []
            return cur, cols, (cur.fetchmany(max_rows) if max_rows is not None else cur.fetchall()) if cols else []
        try:
            cur, cols, rows = retrying(read)
        except duckdb.InterruptException:
            raise TimeoutError(f"query interrupted after {timeout:g} s (narrow it, or add a LIMIT)") from None
        singles = [i for i, d in enumerate(cur.description or []) if str(d[1]) == "FLOAT"]
        if singles:  # scores are stored as 32-bit floats: show 0.77, not 0.7699999809265137
            rows = [tuple(_shortest_f32(v) if i in singles else v for i, v in enumerate(r)) for r in rows]
        return cols, rows
    finally:
        if timer:
            timer.cancel()
        con.close()


def _shortest_f32(v: float | None) -> float | None:
    """The shortest decimal that is the same 32-bit float as `v`."""
    if v is None or v != v or v in (float("inf"), float("-inf")):
        return v
    packed = struct.pack("<f", v)
    for digits in range(6, 10):
        c = float(f"{v:.{digits}g}")
        if struct.pack("<f", c) == packed:
            return c
    return v
