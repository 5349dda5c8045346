"""Matching at warehouse scale: 10,000 new statements against 100k and 1M stored ones.

Generates synthetic statements (Zipf-distributed words over a 60k vocabulary, a few numbers),
writes them as claims + postings Parquet into a temporary warehouse, then times
`warehouse.match.match_batch` (the code `track` runs per batch) on 10,000 new statements, half of
them light edits of stored ones so that real matches exist: as a one-batch run matches (DuckDB),
then with the in-memory index a longer run reads once (reading included). Reports seconds,
per-statement cost and peak RSS. Usage (from the repo root): python -m benchmarks.matching_scale [N ...]
(default: 100000 1000000). Each size runs in its own process so peak RSS is its own.
"""

from __future__ import annotations

import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime

import pyarrow as pa

from warehouse.match import match_batch, postings_rows, run_index, statements_from_tables
from warehouse.schemas import SCHEMAS
from warehouse.store import Warehouse

VOCAB = 60_000
CHUNK = 100_000
NEW = 10_000


def _words(rng: random.Random) -> list[str]:
    # syllable words, so the tokeniser treats them like real ones
    syl = ["ka", "lo", "mi", "ren", "tas", "vo", "dri", "pel", "sun", "gar", "ton", "bel", "fi", "qua",
           "zor", "nim", "bra", "cul", "dex", "gom", "hap", "jin", "lux", "mor", "nep", "pru", "rix",
           "sav", "tem", "wyl"]
    out = set()
    while len(out) < VOCAB:
        out.add("".join(rng.choice(syl) for _ in range(rng.randint(2, 4))))
    return sorted(out)


def _sentence(rng: random.Random, words: list[str], weights: list[float]) -> str:
    n = rng.randint(8, 22)
    toks = rng.choices(words, cum_weights=weights, k=n)
    if rng.random() < 0.4:
        toks.insert(rng.randrange(len(toks)), str(rng.randint(2, 5000)))
    return " ".join(toks).capitalize() + "."


def _claim(i: int, text: str) -> dict:
    return {"claim_id": f"c{i:08d}", "article_id": f"a{i // 10:07d}", "text": text, "start": 0,
            "end": len(text), "score": 0.6, "kinds": [], "features": [], "speaker": "", "facts": [],
            "run_id": "bench"}


def build(root: str, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """Write n synthetic claims with their postings; returns a sample of (claim id, text)."""
    words = _words(rng)
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(words))))  # cumulative
    wh = Warehouse(root)
    sample: list[tuple[str, str]] = []
    for start in range(0, n, CHUNK):
        rows = [_claim(i, _sentence(rng, words, weights)) for i in range(start, min(n, start + CHUNK))]
        sample.extend((r["claim_id"], r["text"]) for r in rows[:: max(1, n // NEW)])
        tables = {"claims": rows}
        post = postings_rows(statements_from_tables(tables))
        for table, data in (("claims", rows), ("postings", post)):
            # laid out as the warehouse writes it (postings sorted by term, with their statistics)
            wh.append(table, pa.Table.from_pylist(data, schema=SCHEMAS[table]), f"part-{start:09d}", date="2026-01-01")
    return sample


def new_statements(stored: list[tuple[str, str]], rng: random.Random) -> tuple[dict, dict[str, str]]:
    """NEW new claims, half of them light edits of stored ones; and {edit id: its source id}."""
    words = _words(random.Random(8))
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(words))))
    new, source = [], {}
    for i in range(NEW):
        if i % 2 == 0:  # a light edit of a stored statement: a repeat or a paraphrase
            sid, text = stored[i // 2 % len(stored)]
            source[f"n{i:08d}"] = sid
            toks = text.rstrip(".").split()
            if len(toks) > 4:
                del toks[rng.randrange(len(toks))]
            new.append(" ".join(toks) + ".")
        else:
            new.append(_sentence(rng, words, weights))
    tables = {"articles": [{"article_id": f"new{i // 10:06d}", "text": ""} for i in range(0, NEW, 10)],
              "claims": [{**_claim(i, t), "claim_id": f"n{i:08d}", "article_id": f"new{i // 10:06d}"}
                         for i, t in enumerate(new)]}
    return tables, source


def measure(root: str, tables: dict, source: dict[str, str]) -> dict:
    """Time match_batch on the new statements both ways `track` runs it: as a run of one batch
    does (DuckDB over the stored postings), and as a longer run does (the run's in-memory index,
    its reading included); the share of edits matched to their source. Both must find the
    same matches."""
    wh = Warehouse(root)
    t1 = time.perf_counter()
    sql = match_batch(wh, dict(tables), "bench")
    sql_seconds = time.perf_counter() - t1
    sql_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index = run_index(wh)
    t2 = time.perf_counter()
    index.prefetch(0)
    out = match_batch(wh, dict(tables), "bench", index=index)
    seconds = time.perf_counter() - t2
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    key = sorted((m["statement_id"], m["earlier_id"], m["relation"]) for m in out["matches"])
    same = key == sorted((m["statement_id"], m["earlier_id"], m["relation"]) for m in sql["matches"])
    rel: dict[str, int] = {}
    found = set()
    for m in sql["matches"]:
        rel[m["relation"]] = rel.get(m["relation"], 0) + 1
        if source.get(m["statement_id"]) == m["earlier_id"]:
            found.add(m["statement_id"])
    return {"match_seconds": round(sql_seconds, 2), "ms_per_new_statement": round(1000 * sql_seconds / NEW, 3),
            "peak_rss_mb": round(sql_peak), "index_match_seconds_read_included": round(seconds, 2),
            "peak_rss_mb_with_index": round(peak), "same_matches_both_paths": same, "matches": rel,
            "edits_matched_to_source": round(len(found) / len(source), 3)}


def run(n: int) -> dict:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stored = build(tmp, n, rng)
        build_s = time.perf_counter() - t0
        tables, source = new_statements(stored, rng)
        found = measure(tmp, tables, source)
    return {"stored": n, "new": NEW, **found, "build_seconds": round(build_s, 1),
            "date": datetime.now(UTC).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run(int(sys.argv[2]))), flush=True)
        sys.exit(0)
    for n in [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]:
        subprocess.run([sys.executable, "-m", "benchmarks.matching_scale", "--one", str(n)], check=True)
