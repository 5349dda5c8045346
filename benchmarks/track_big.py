"""`factrack track` of 2,000 new real articles into a warehouse already holding 100k or 1M
statements, as users run it (the CLI in a subprocess, Prefect start-up included).

The stored statements are the synthetic claims + postings of benchmarks.matching_scale (Zipf
words), with an `articles` row per 10 claims so every batch table is committed; the new
articles are PolNeAR train texts (../shared/dev, read at run time). Reports articles/s, the
per-new-statement matching share of the run and the peak RSS of the largest process.
Usage (from the repo root): python -m benchmarks.track_big [N ...]   (default: 100000 1000000)
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from benchmarks.common import FACTRACK, checkout_env
from benchmarks.matching_scale import build
from benchmarks.track import build as build_articles
from warehouse import catalog
from warehouse.schemas import SCHEMAS
from warehouse.store import Warehouse

NEW = 2000


def stored_warehouse(root: Path, n: int) -> None:
    build(str(root), n, random.Random(7))
    arts = [{"article_id": f"a{i:07d}", "url": "", "title": "", "outlet": "", "published_at": None,
             "source_path": "bench", "n_chars": 0, "n_quotes": 0, "n_claims": 10, "text": "", "run_id": "bench"}
            for i in range(n // 10)]
    path = root / "articles" / "ingest_date=2026-01-01" / "part-bench.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(arts, schema=SCHEMAS["articles"]), path)
    catalog.refresh(Warehouse(root))


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "wh"
        stored_warehouse(root, n)
        src = Path(tmp) / "new.jsonl"
        build_articles(NEW, src)
        t0 = time.perf_counter()
        p = subprocess.run([str(FACTRACK), "track", str(src), "--warehouse", str(root)], capture_output=True, text=True,
                           env=checkout_env())
        seconds = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(p.stderr[-3000:])
        _, ((n_new, stmts),) = catalog.query(root, "select count(*), sum(n_quotes + n_claims) from articles "
                                                   "where source_path <> 'bench'")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"stored": n, "new_articles": n_new, "new_statements": int(stmts), "seconds": round(seconds, 1),
            "articles_per_s": round(n_new / seconds, 1), "ms_per_new_statement": round(1000 * seconds / stmts, 3),
            "peak_rss_mb": round(peak), "date": datetime.now(UTC).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run(int(sys.argv[2]))), flush=True)
        sys.exit(0)
    for n in [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]:
        subprocess.run([sys.executable, "-m", "benchmarks.track_big", "--one", str(n)], check=True)
