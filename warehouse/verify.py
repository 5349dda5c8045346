"""`factrack verify`: find what makes a warehouse unreadable or inconsistent, and repair it.

Checks every file in the table folders: Parquet footer and schema readable and matching the
table, no stray or temporary files, every batch committed by its `articles` file, ids unique
across files. `repair` moves damaged files to `quarantine/` (with a note beside each), takes the
rest of their batch with them so the batch's articles disappear from the views and can be
tracked again from their sources, and moves rows that no committed article owns out of the
table files, so a re-run never shows them twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse.schemas import BATCH_TABLES, ROW_GROUP_ROWS, SCHEMAS, TABLES
from warehouse.store import Warehouse, _atomic_write

ID_COLUMNS = {"articles": "article_id", "quotes": "quote_id", "claims": "claim_id",
              "factchecks": "factcheck_id", "runs": "run_id", "rejects": "reject_id",
              "alerts": "alert_id"}
QUARANTINE = "quarantine"


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the warehouse root
    kind: str  # damaged | schema | stray | temporary | uncommitted | duplicate
    detail: str
    action: str  # what to do about it, in words

    def line(self) -> str:
        return f"{self.kind:11} {self.path}: {self.detail} -> {self.action}"


def _schema_problem(table: str, schema: pa.Schema) -> str | None:
    """A column the table knows with another type, or a missing id column: files written by an
    older factrack may lack newer columns, which is fine."""
    want = SCHEMAS[table]
    for f in schema:
        if f.name in want.names and not f.type.equals(want.field(f.name).type):
            return f"column {f.name} is {f.type}, expected {want.field(f.name).type}"
    key = ID_COLUMNS.get(table, "article_id" if table in BATCH_TABLES else None)
    if key and key not in schema.names:
        return f"no {key} column"
    return None


def check_files(wh: Warehouse) -> tuple[list[Problem], dict[str, list[Path]]]:
    """Per-file checks; returns the problems and, per table, the files that read fine."""
    problems: list[Problem] = []
    good: dict[str, list[Path]] = {t: [] for t in TABLES}
    for table in TABLES:
        d = wh.table_dir(table)
        if not d.exists():
            continue
        for p in sorted(x for x in d.rglob("*") if x.is_file()):
            rel = str(p.relative_to(wh.root))
            if p.name.startswith(".") and p.name.endswith(".tmp"):
                problems.append(Problem(rel, "temporary", "left by a writer that did not finish",
                                        "removed by the next writer (or verify --repair)"))
                continue
            if p.name == "_compaction.json":
                continue
            if p.suffix != ".parquet" or not p.parent.name.startswith("ingest_date="):
                problems.append(Problem(rel, "stray", "not a Parquet file of this table",
                                        "verify --repair moves it to quarantine/"))
                continue
            try:
                schema = pq.ParquetFile(p).schema_arrow
            except (pa.ArrowException, OSError) as e:
                problems.append(Problem(rel, "damaged", str(e).strip().splitlines()[0] or "unreadable",
                                        "verify --repair quarantines it and its batch; then re-track the sources"))
                continue
            bad = _schema_problem(table, schema)
            if bad:
                problems.append(Problem(rel, "schema", bad, "verify --repair quarantines it and its batch"))
                continue
            good[table].append(p)
    return problems, good


def check_consistency(wh: Warehouse, good: dict[str, list[Path]]) -> list[Problem]:
    """Uncommitted batch files and ids that appear in more than one file."""
    problems: list[Problem] = []
    committed = {p.stem for p in good["articles"] if p.stem.startswith("batch-")}
    known = wh.read_column("articles", "article_id", good["articles"])
    for table in BATCH_TABLES:
        for p in good[table]:
            if p.stem.startswith("batch-") and p.stem not in committed:
                ids = wh.read_column(table, "article_id", [p])
                if not ids <= known:
                    problems.append(Problem(str(p.relative_to(wh.root)), "uncommitted",
                                            "batch whose articles file never landed (hidden from the views)",
                                            "removed by the next writer (or verify --repair)"))
    con = duckdb.connect()
    try:
        for table, col in ID_COLUMNS.items():
            files = good.get(table) or []
            if len(files) < 2:
                continue
            listing = "[" + ", ".join("'" + str(f).replace("'", "''") + "'" for f in files) + "]"
            rows = con.execute(
                f"SELECT {col}, list(DISTINCT filename) FROM read_parquet({listing}, filename=true, "
                f"union_by_name=true) GROUP BY {col} HAVING count(*) > 1 LIMIT 1000").fetchall()
            if rows:
                files_ = sorted({Path(f).name for _, fs in rows for f in fs})
                problems.append(Problem(table, "duplicate",
                                        f"{len(rows)} {col} value(s) stored more than once, in {', '.join(files_[:4])}",
                                        "remove the copied file (a file copied in by hand?)"))
    finally:
        con.close()
    return problems




def verify(wh: Warehouse) -> list[Problem]:
    problems, good = check_files(wh)
    return problems + check_consistency(wh, good)


def _quarantine(wh: Warehouse, p: Path, why: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    dest = wh.root / QUARANTINE / stamp / p.relative_to(wh.root)
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.replace(p, dest)
    dest.with_name(dest.name + ".why.txt").write_text(why + "\n", encoding="utf-8")
    return dest


def repair(wh: Warehouse, problems: list[Problem]) -> list[str]:
    """Quarantine damaged, stray and wrongly shaped files with their batch; drop leftovers.
    The caller holds the lock and opened the warehouse without recovery."""
    done: list[str] = []
    for pr in problems:
        p = wh.root / pr.path
        if not p.is_file():
            continue
        if pr.kind in ("temporary", "uncommitted"):
            p.unlink()
            done.append(f"removed {pr.path}")
            continue
        if pr.kind not in ("damaged", "schema", "stray"):
            continue
        batch = [p]
        if p.stem.startswith("batch-"):  # the whole batch goes, so its articles can be re-tracked
            batch += [q for t in TABLES for q in wh.table_dir(t).glob(f"ingest_date=*/{p.name}") if q != p]
        for q in batch:
            dest = _quarantine(wh, q, f"{pr.kind}: {pr.detail}" if q == p else f"same batch as damaged {pr.path}")
            done.append(f"quarantined {q.relative_to(wh.root)} -> {dest.relative_to(wh.root)}")
    done += _drop_orphans(wh)
    return done


def _drop_orphans(wh: Warehouse) -> list[str]:
    """Rows of batch tables whose article is not committed (their articles file was lost) move
    to quarantine, so re-tracking those articles stores each row once."""
    known = pa.array(sorted(wh.article_ids()), pa.string())
    done: list[str] = []
    for table in BATCH_TABLES:
        for p in wh.files(table):
            t = pq.read_table(p)
            keep = pc.is_in(t["article_id"], value_set=known)
            if table == "postings":
                keep = pc.or_(keep, pc.starts_with(t["article_id"], "fc:"))
            n_keep = pc.sum(keep.cast(pa.int64())).as_py() or 0
            if n_keep == t.num_rows:
                continue
            rel = p.relative_to(wh.root)
            if n_keep == 0:
                _quarantine(wh, p, "rows of articles that are no longer committed")
            else:
                orphans = t.filter(pc.invert(keep))
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
                dest = wh.root / QUARANTINE / stamp / rel.with_name(f"orphans-{p.name}")
                _atomic_write(orphans, dest)
                _atomic_write(t.filter(keep), p, row_group=ROW_GROUP_ROWS.get(table), table_name=table)
            done.append(f"moved {t.num_rows - n_keep} row(s) of uncommitted articles out of {rel}")
    return done
