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
import fcntl
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from claims.ids import digest
from warehouse.schemas import BATCH_TABLES, SCHEMAS, TABLES

DEFAULT_WAREHOUSE = "factrack-warehouse"


class WarehouseLocked(RuntimeError):
    """Another writer (track, compact, import) holds the warehouse."""


def _today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


def _atomic_write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


class Warehouse:
    """The one writer of a warehouse directory; use as a context manager to hold its lock."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).expanduser().resolve()
        self._lock_fh = None

    # -- locking -------------------------------------------------------------------------
    def __enter__(self) -> Warehouse:
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock_fh = open(self.root / ".lock", "w")
        try:
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_fh.close()
            self._lock_fh = None
            raise WarehouseLocked(f"{self.root} is in use by another factrack run") from None
        self.recover()
        return self

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
            out.update(v for v in pq.read_table(p, columns=[column]).column(0).to_pylist() if v)
        return out

    def article_ids(self) -> set[str]:
        return self.read_column("articles", "article_id")

    def reject_ids(self) -> set[str]:
        return self.read_column("rejects", "reject_id")

    def iter_batches(self, table: str, columns: list[str] | None = None) -> Iterator[pa.Table]:
        for p in self.files(table):
            yield pq.read_table(p, columns=columns)

    # -- writing ---------------------------------------------------------------------------
    def write_batch(self, key: str, tables: dict[str, list[dict]], date: str | None = None) -> None:
        """Write one article batch: dependent tables first, `articles` last as the commit."""
        date = date or _today()
        for name in (*BATCH_TABLES, "articles"):
            rows = tables.get(name) or []
            if rows:
                self._write_rows(name, rows, f"batch-{key}.parquet", date)

    def append(self, table: str, rows: list[dict], name: str, date: str | None = None) -> None:
        """Write a standalone file (runs, rejects) named by content or run."""
        if rows:
            self._write_rows(table, rows, f"{name}.parquet", date or _today())

    def _write_rows(self, table: str, rows: list[dict], filename: str, date: str) -> None:
        t = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
        _atomic_write(t, self.table_dir(table) / f"ingest_date={date}" / filename)

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
        """Merge each partition's files into one; returns {table: (files before, after)}."""
        report: dict[str, tuple[int, int]] = {}
        for table in TABLES:
            before = self.files(table)
            for part in sorted({p.parent for p in before}):
                sources = sorted(part.glob("*.parquet"))
                if len(sources) < min_files:
                    continue
                merged = pa.concat_tables(
                    [pq.read_table(p, schema=SCHEMAS[table]) for p in sources], promote_options="default"
                )
                target = part / f"part-{digest(*[p.name for p in sources])}.parquet"
                manifest = part / "_compaction.json"
                manifest.write_text(json.dumps({"target": target.name, "sources": [p.name for p in sources]}))
                _atomic_write(merged, target)
                self._finish_compaction(manifest)
            report[table] = (len(before), len(self.files(table)))
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
