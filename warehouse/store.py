"""All writes to the Parquet warehouse: atomic files, idempotent batches, crash recovery.

Layout: ROOT/<table>/ingest_date=YYYY-MM-DD/<name>.parquet. A batch of articles is written as
one file per table named `batch-<key>` (key = hash of its article ids, so a retried batch
rewrites the same names), the articles file last: it is the batch's commit marker. Files are
written under a hidden temporary name and renamed into place, so readers never see half a
file. On open, leftovers of a crashed writer (temporary files, batch files whose articles never
landed, an interrupted compaction) are removed before anything else happens.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import math
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from claims.ids import digest
from warehouse.schemas import BATCH_TABLES, ROW_GROUP_ROWS, SCHEMAS, TABLES, laid_out

DEFAULT_WAREHOUSE = "factrack-warehouse"


class WarehouseLocked(RuntimeError):
    """Another writer (track, compact, import) holds the warehouse."""


class WriteFailed(OSError):
    """A write into the warehouse failed (full disk, I/O error). Nothing partial is visible: the
    temporary file is removed and the batch stays uncommitted, so a later run redoes it."""

    def __str__(self) -> str:
        return str(self.args[1]) if len(self.args) > 1 else super().__str__()


class DamagedFile(RuntimeError):
    """A Parquet file of the warehouse cannot be read (truncated, not Parquet, wrong schema)."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        reason = reason.replace(f"Could not open Parquet input source '{path}': ", "")
        self.reason = reason.strip().splitlines()[0] if reason.strip() else "unreadable"
        super().__init__(f"damaged file {self.path}: {self.reason}; "
                         "run `factrack verify` to list problems and `factrack verify --repair` to quarantine them")


def read_parquet(path: Path, **kwargs) -> pa.Table:
    """pq.read_table that names the file when it is damaged."""
    try:
        return pq.read_table(path, **kwargs)
    except (pa.ArrowException, OSError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        raise DamagedFile(path, str(e)) from None


def _today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


STAGING = ".compacting"  # where compaction builds a partition's merged file, outside every table

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 with RENAME_EXCHANGE); False
    where the system has no such call, so the caller falls back to two steps."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.renameat2
    except (OSError, AttributeError):
        return False
    if call(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # no such call, or the file system lacks it
        return False
    raise WriteFailed(code, f"cannot swap {a} into {b}: {os.strerror(code)}")


STATS_KEY = "factrack.statements"  # postings files: "<statements> <summed doc_len>", for BM25


def postings_stats(t: pa.Table) -> tuple[int, int]:
    """(statements, summed length) of a postings table: one doc_len per statement."""
    if t.num_rows == 0:
        return 0, 0
    g = t.group_by("statement_id").aggregate([("doc_len", "max")])
    return g.num_rows, int(pc.sum(g.column("doc_len_max")).as_py() or 0)


def file_stats(path: Path) -> tuple[int, int] | None:
    """The statement count and summed length a postings file was written with (None: a file
    written before factrack recorded them)."""
    meta = pq.read_metadata(path).metadata or {}
    value = meta.get(STATS_KEY.encode())
    if value is None:
        return None
    n, total = value.decode().split()
    return int(n), int(total)


def _atomic_write(table: pa.Table | Iterable[pa.Table], path: Path, schema: pa.Schema | None = None,
                  row_group: int | None = None, table_name: str = "") -> None:
    """Write `table` (or, with `schema`, a stream of tables, each in row groups of its own,
    holding one in memory at a time) to a hidden temporary file, fsync it, and rename it into
    place. `row_group` caps the rows of a row group (None: pyarrow's default). A postings file
    (`table_name`) records its BM25 statistics in the footer, so readers need not scan it for them."""
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(table, pa.Table):
            if table_name == "postings":
                table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                                       STATS_KEY: "{} {}".format(*postings_stats(table))})
            pq.write_table(table, tmp, compression="zstd", row_group_size=row_group)
        else:
            n = total = 0
            with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
                for part in table:
                    writer.write_table(part, row_group_size=row_group)
                    if table_name == "postings":
                        pn, pt = postings_stats(part)
                        n, total = n + pn, total + pt
                if table_name == "postings":
                    writer.add_key_value_metadata({STATS_KEY: f"{n} {total}"})
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        code = e.errno or errno.EIO
        raise WriteFailed(code, f"cannot write {path}: {os.strerror(code)}") from e
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


class Warehouse:
    """The one writer of a warehouse directory; use as a context manager to hold its lock."""

    def __init__(self, root: str | os.PathLike[str], wait: float | None = None, recover: bool = True) -> None:
        """`wait`: seconds to queue behind another writer (math.inf: as long as it takes);
        None fails at once when the warehouse is in use. `recover=False` takes the lock without
        clearing a crashed writer's leftovers (verify looks at them first)."""
        self.root = Path(root).expanduser().resolve()
        self.wait = wait
        self._recover = recover
        self._lock_fh = None

    # -- locking -------------------------------------------------------------------------
    def __enter__(self) -> Warehouse:
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock_fh = open(self.root / ".lock", "w")
        deadline = time.monotonic() + (self.wait or 0)
        while True:
            try:
                fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if self.wait is None or (not math.isinf(self.wait) and time.monotonic() >= deadline):
                    self._lock_fh.close()
                    self._lock_fh = None
                    raise WarehouseLocked(self.in_use()) from None
                time.sleep(0.2)
        try:
            if self._recover:
                self.recover()
        except BaseException:
            self.__exit__()
            raise
        return self

    def in_use(self) -> str:
        waited = f" (waited {self.wait:.0f} s)" if self.wait else " (--wait queues behind it)"
        return f"{self.root} is in use by another factrack run{waited}"

    def is_locked(self) -> bool:
        """True when another process holds the writer's lock (a probe; it takes nothing)."""
        if not (self.root / ".lock").exists():
            return False
        with open(self.root / ".lock", "a") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(fh, fcntl.LOCK_UN)
        return False

    def __exit__(self, *exc: object) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    # -- paths -----------------------------------------------------------------------------
    def table_dir(self, table: str) -> Path:
        return self.root / table

    def files(self, table: str) -> list[Path]:
        d = self.table_dir(table)
        return sorted(d.glob("ingest_date=*/*.parquet")) if d.exists() else []

    def glob(self, table: str) -> str:
        return str(self.table_dir(table) / "*" / "*.parquet")

    # -- reading what exists ---------------------------------------------------------------
    def read_column(self, table: str, column: str, paths: Iterable[Path] | None = None) -> set[str]:
        out: set[str] = set()
        for p in self.files(table) if paths is None else paths:
            out.update(v for v in read_parquet(p, columns=[column]).column(0).to_pylist() if v)
        return out

    def article_ids(self) -> set[str]:
        return self.read_column("articles", "article_id")

    def reject_ids(self) -> set[str]:
        return self.read_column("rejects", "reject_id")

    def iter_batches(self, table: str, columns: list[str] | None = None) -> Iterator[pa.Table]:
        for p in self.files(table):
            yield read_parquet(p, columns=columns)

    # -- writing ---------------------------------------------------------------------------
    def write_batch(self, key: str, tables: dict[str, list[dict] | pa.Table], date: str | None = None) -> None:
        """Write one article batch: dependent tables first, `articles` last as the commit."""
        date = date or _today()
        for name in (*BATCH_TABLES, "articles"):
            rows = tables.get(name)
            if rows is not None and len(rows):
                self._write_rows(name, rows, f"batch-{key}.parquet", date)

    def append(self, table: str, rows: list[dict] | pa.Table, name: str, date: str | None = None) -> None:
        """Write a standalone file (runs, rejects) named by content or run."""
        if rows:
            self._write_rows(table, rows, f"{name}.parquet", date or _today())

    def _write_rows(self, table: str, rows: list[dict] | pa.Table, filename: str, date: str) -> None:
        t = rows.cast(SCHEMAS[table]) if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=SCHEMAS[table])
        _atomic_write(laid_out(table, t), self.table_dir(table) / f"ingest_date={date}" / filename,
                      row_group=ROW_GROUP_ROWS.get(table), table_name=table)

    # -- recovery --------------------------------------------------------------------------
    def recover(self) -> list[Path]:
        """Remove what a crashed writer left; returns the removed paths."""
        removed: list[Path] = []
        if not self.root.exists():
            return removed
        for tmp in self.root.glob("*/ingest_date=*/.*.tmp"):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
        for manifest in self.root.glob("*/ingest_date=*/_compaction.json"):
            removed += self._finish_compaction(manifest)
        if (self.root / STAGING).exists():  # a compaction's merged file not swapped in, or its swapped-out sources
            removed.append(self.root / STAGING)
            shutil.rmtree(self.root / STAGING)
        committed_keys = {p.stem for p in self.files("articles") if p.stem.startswith("batch-")}
        known: set[str] | None = None
        for table in BATCH_TABLES:
            for p in self.files(table):
                if not p.stem.startswith("batch-") or p.stem in committed_keys:
                    continue
                if known is None:
                    known = self.article_ids()
                ids = self.read_column(table, "article_id", [p])
                if not ids <= known:
                    p.unlink()
                    removed.append(p)
        return removed

    # -- compaction ------------------------------------------------------------------------
    def compact(self, min_files: int = 2) -> dict[str, tuple[int, int]]:
        """Merge each partition's files into one; returns {table: (files before, after)}.

        The merged file is written in a staging folder outside the tables, then the staging
        folder and the partition are swapped in one atomic step (`_exchange`), so a reader
        listing the partition sees either every source file or the merged one, never both and
        never neither. A reader that had opened a source keeps reading it; one that listed the
        old files and opens one after the swap gets "no such file" and reads again (the readers
        retry that). Where the swap is not available, the merged file is renamed in and the
        sources removed after it, with a manifest so a crash in between is finished on open."""
        report: dict[str, tuple[int, int]] = {}
        for table in TABLES:
            before = self.files(table)
            for part in sorted({p.parent for p in before}):
                sources = sorted(part.glob("*.parquet"))
                if len(sources) < min_files:
                    continue
                name = f"part-{digest(*[p.name for p in sources])}.parquet"
                stage = self.root / STAGING / table / part.name
                shutil.rmtree(stage, ignore_errors=True)
                stage.mkdir(parents=True)
                # One source in memory at a time, each read with the table's schema (older files
                # lacking newer columns get nulls), so a partition of any size compacts in bounded memory.
                _atomic_write((laid_out(table, read_parquet(p, schema=SCHEMAS[table])) for p in sources), stage / name,
                              SCHEMAS[table], ROW_GROUP_ROWS.get(table), table)
                if _exchange(stage, part):
                    shutil.rmtree(stage)  # it now holds the sources
                    continue
                manifest = part / "_compaction.json"
                manifest.write_text(json.dumps({"target": name, "sources": [p.name for p in sources]}))
                os.replace(stage / name, part / name)
                self._finish_compaction(manifest)
            report[table] = (len(before), len(self.files(table)))
        shutil.rmtree(self.root / STAGING, ignore_errors=True)
        return report

    def _finish_compaction(self, manifest: Path) -> list[Path]:
        info = json.loads(manifest.read_text())
        part = manifest.parent
        removed: list[Path] = []
        if (part / info["target"]).exists():
            for name in info["sources"]:
                p = part / name
                if p.exists() and name != info["target"]:
                    p.unlink()
                    removed.append(p)
        manifest.unlink()
        return removed
