"""`factrack compact` at scale: thousands of small batch files merged while readers keep reading.

Writes BATCHES batches of a few articles each through the warehouse's own writer (so every
table gets one small file per batch, as a long `watch` or many small `track` runs leave it),
then runs the real CLI `factrack compact` in a subprocess while a reader process loops over
`factrack sql`-style queries (counts and a search) on the same warehouse. Reports the files
before and after, the compaction's seconds and peak RSS, and what the reader saw: how many
queries, any error, and whether a count ever changed (it must not: compaction moves rows, it
never adds or drops one).
Usage (from the repo root): python -m benchmarks.compact [BATCHES]   (default 2000)
"""

from __future__ import annotations

import json
import multiprocessing
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import FACTRACK, checkout_env
from benchmarks.dashboard import _fact
from benchmarks.matching_scale import _sentence, _words
from claims.ids import article_id, statement_id
from warehouse import catalog
from warehouse.match import postings_table, search, statements_from_tables
from warehouse.store import Warehouse

ARTICLES_PER_BATCH = 5
STATEMENTS_PER_ARTICLE = 10
COUNTS = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes), (SELECT count(*) FROM claims), " \
         "(SELECT count(*) FROM postings)"


def build(root: Path, batches: int) -> None:
    rng = random.Random(5)
    words = _words(rng)
    weights = [0.0] * len(words)
    acc = 0.0
    for r in range(len(words)):
        acc += 1.0 / (r + 1)
        weights[r] = acc
    with Warehouse(root) as wh:
        for b in range(batches):
            arts, quotes, claims = [], [], []
            for j in range(ARTICLES_PER_BATCH):
                i = b * ARTICLES_PER_BATCH + j
                aid = article_id("", f"https://news.example/{i}")
                arts.append({"article_id": aid, "url": f"https://news.example/{i}", "title": f"Story {i}",
                             "outlet": f"Outlet {i % 30}", "source_path": "bench", "n_chars": 0, "n_quotes": 3,
                             "n_claims": STATEMENTS_PER_ARTICLE - 3, "text": "", "run_id": "bench"})
                for k in range(STATEMENTS_PER_ARTICLE):
                    text = _sentence(rng, words, weights)
                    facts = [_fact(rng)] if rng.random() < 0.3 else []
                    if k < 3:
                        quotes.append({"quote_id": statement_id("q", aid, k, k + 1), "article_id": aid, "text": text,
                                       "start": k, "end": k + 1, "kind": "direct", "speaker": "Ana Ruiz",
                                       "content_start": 0, "content_end": len(text), "content": text, "facts": facts,
                                       "run_id": "bench"})
                    else:
                        claims.append({"claim_id": statement_id("c", aid, k, k + 1), "article_id": aid, "text": text,
                                       "start": k, "end": k + 1, "score": 0.5, "kinds": ["numeric"], "features": [],
                                       "speaker": "", "facts": facts, "run_id": "bench"})
            tables = {"articles": arts, "quotes": quotes, "claims": claims}
            tables["postings"] = postings_table(statements_from_tables(tables))
            wh.write_batch(f"b{b:06d}", tables, date="2026-11-30")
        catalog.refresh(wh)


def reader(root: str, stop, out) -> None:
    """Query the warehouse in a loop until `stop` is set; report counts seen, latencies, errors."""
    seen, times, errors = set(), [], []
    wh = Warehouse(root)
    while not stop.is_set():
        t = time.perf_counter()
        try:
            _, rows = catalog.query(root, COUNTS)
            seen.add(tuple(rows[0]))
            search(wh, "minister budget hospital", 10)
        except Exception as e:  # noqa: BLE001 - any failure is what this benchmark reports
            errors.append(f"{type(e).__name__}: {str(e).splitlines()[0][:200]}")
        times.append(time.perf_counter() - t)
    out.put({"queries": len(times), "distinct_counts": sorted(seen), "errors": errors[:5], "n_errors": len(errors),
             "p50_ms": round(1000 * statistics.median(times)) if times else None})


def run(batches: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "wh"
        t0 = time.perf_counter()
        build(root, batches)
        build_s = time.perf_counter() - t0
        files_before = sum(1 for _ in root.rglob("*.parquet"))
        ctx = multiprocessing.get_context("spawn")
        stop, out = ctx.Event(), ctx.Queue()
        proc = ctx.Process(target=reader, args=(str(root), stop, out))
        proc.start()
        time.sleep(3)  # the reader is warm and has read the uncompacted files
        t1 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "maxrss_kb=%M", str(FACTRACK), "compact", "--warehouse", str(root)],
                           capture_output=True, text=True, env=checkout_env())
        seconds = time.perf_counter() - t1
        time.sleep(2)  # and reads the compacted ones
        stop.set()
        seen = out.get(timeout=60)
        proc.join(timeout=60)
        if p.returncode != 0:
            raise SystemExit(p.stderr[-2000:])
        peak = int(p.stderr.rsplit("maxrss_kb=", 1)[1].split()[0]) / 1024  # the compact CLI alone
        files_after = sum(1 for _ in root.rglob("*.parquet"))
    return {"batches": batches, "files_before": files_before, "files_after": files_after,
            "build_s": round(build_s, 1), "compact_s": round(seconds, 1), "peak_rss_mb": round(peak),
            "reader": seen, "date": datetime.now(UTC).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 2000), indent=1), flush=True)
