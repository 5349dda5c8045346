"""Dashboard speed on a warehouse of 1,000,000 statements: server start and p50/p95 per page.

Builds the warehouse as Parquet directly (tracking a million statements would take most of an
hour): 100k articles over two years, 700k claims and 300k quotes of Zipf-distributed words with
numbers, 2,000 speakers, 60k matches of every relation (a third of them conflicting or
misattributed) and the BM25 postings. Then it times `factrack dashboard` starting as a user runs
it (until the first page answers) and every page through the app in-process (server-side time,
no network), 20 requests each with varied parameters.
Usage (from the repo root): python -m benchmarks.dashboard [N_STATEMENTS]   (default 1000000)
"""

from __future__ import annotations

import itertools
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from benchmarks.common import FACTRACK, checkout_env
from benchmarks.matching_scale import _sentence, _words
from claims.ids import article_id, statement_id
from warehouse import catalog
from warehouse.match import postings_table, statements_from_tables
from warehouse.schemas import SCHEMAS
from warehouse.store import Warehouse

CHUNK = 100_000
REQUESTS = 20


def _fact(rng: random.Random) -> dict:
    a = rng.randint(5, 90)
    return {"raw": f"from {a} to {a // 2}", "value": None, "unit": "units", "from": float(a), "to": float(a // 2),
            "change": "decrease", "factor": None, "year": rng.randint(2010, 2024), "date": None, "qualifier": ""}


def build(root: Path, n: int) -> dict:
    rng = random.Random(11)
    words = _words(rng)
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(words))))
    speakers = [f"{rng.choice(words).title()} {rng.choice(words).title()}" for _ in range(2000)]
    n_articles = n // 10
    start = datetime(2024, 1, 1, tzinfo=UTC)
    wh = Warehouse(root)
    part = "ingest_date=2026-01-01"
    aids = [article_id("", f"https://news.example/{i}") for i in range(n_articles)]  # hashes, as factrack makes
    arts = [{"article_id": aids[i], "url": f"https://news.example/{i}", "title": f"Report {i}",
             "outlet": f"Outlet {i % 40}", "published_at": start + timedelta(minutes=7 * i), "source_path": "bench",
             "n_chars": 0, "n_quotes": 3, "n_claims": 7, "text": "", "run_id": "bench"} for i in range(n_articles)]
    _write(wh, "articles", arts, part, "part-0")
    ids: list[str] = []
    for c0 in range(0, n, CHUNK):
        quotes, claims = [], []
        for i in range(c0, min(n, c0 + CHUNK)):
            text = _sentence(rng, words, weights)
            aid = aids[i // 10]
            facts = [_fact(rng)] if rng.random() < 0.3 else []
            if i % 10 < 3:
                sp = rng.choice(speakers)
                qid = statement_id("q", aid, i, i + 1)
                quotes.append({"quote_id": qid, "article_id": aid, "text": text, "start": 0, "end": len(text),
                               "kind": "direct", "speaker": sp, "speaker_mention": sp.split()[-1],
                               "speaker_role": "", "speaker_type": "person", "cue": "said", "confidence": 0.9,
                               "content_start": 0, "content_end": len(text), "content": text, "facts": facts,
                               "run_id": "bench"})
                ids.append(qid)
            else:
                cid = statement_id("c", aid, i, i + 1)
                claims.append({"claim_id": cid, "article_id": aid, "text": text, "start": 0, "end": len(text),
                               "score": rng.random(), "kinds": ["numeric"], "features": ["number"],
                               "speaker": rng.choice(speakers) if rng.random() < 0.3 else "", "facts": facts,
                               "run_id": "bench"})
                ids.append(cid)
        tables = {"quotes": quotes, "claims": claims}
        _write(wh, "quotes", quotes, part, f"part-{c0}")
        _write(wh, "claims", claims, part, f"part-{c0}")
        _write_table(wh, "postings", postings_table(statements_from_tables(tables)), part, f"part-{c0}")
    relations = ["consistent", "repeat", "conflicting", "misattributed", "consistent", "conflicting"]
    matches = []
    for j in range(60_000):
        later = rng.randrange(1, n)
        earlier = rng.randrange(0, later)
        matches.append({"statement_id": ids[later], "article_id": aids[later // 10], "earlier_id": ids[earlier],
                        "earlier_article_id": aids[earlier // 10], "relation": relations[j % len(relations)],
                        "score": round(rng.uniform(0.6, 1.0), 4), "retrieval": 10.0, "fuzzy": 0.8, "numeric": -1.0,
                        "run_id": "bench"})
    _write(wh, "matches", matches, part, "part-0")
    runs = [{"run_id": f"r{i}", "command": "track", "started_at": start + timedelta(days=i), "status": "completed",
             "inputs": ["bench"], "n_articles": 1000, "seconds": 10.0} for i in range(200)]
    _write(wh, "runs", runs, part, "runs-0")
    catalog.refresh(wh)
    return {"speaker": speakers[0], "statement": ids[n // 2]}


def _write(wh: Warehouse, table: str, rows: list[dict], part: str, name: str) -> None:
    _write_table(wh, table, pa.Table.from_pylist(rows, schema=SCHEMAS[table]), part, name)


def _write_table(wh: Warehouse, table: str, t: pa.Table, part: str, name: str) -> None:
    wh.append(table, t, name, date=part.split("=", 1)[1])  # laid out as factrack writes (sorted, stats)


def server_start(root: Path) -> float:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(FACTRACK), "dashboard", "--warehouse", str(root), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=checkout_env())
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/runs", timeout=5) as r:
                    if r.status == 200:
                        return time.perf_counter() - t0
            except OSError:
                if time.perf_counter() - t0 > 60:
                    raise
                time.sleep(0.05)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def time_pages(root: Path, known: dict) -> dict:
    """p50/p95 of REQUESTS requests per page, server side, through the app in-process."""
    from starlette.testclient import TestClient

    from dashboard.app import create_app

    client = TestClient(create_app(str(root)))
    rng = random.Random(3)
    words = _words(random.Random(7))
    pages = {
        "/": lambda: "/",
        "/conflicts": lambda: f"/conflicts?page={rng.randint(1, 50)}",
        "/conflicts?speaker=": lambda: f"/conflicts?speaker={known['speaker'].split()[0]}",
        "/statements/<id>": lambda: f"/statements/{known['statement']}",
        "/speakers": lambda: "/speakers",
        "/speakers/<name>": lambda: f"/speakers/{known['speaker']}",
        "/check?q=": lambda: f"/check?q={' '.join(rng.choices(words[:3000], k=8))}",
        "/search?q=": lambda: f"/search?q={' '.join(rng.choices(words[:3000], k=4))}",
        "/sql?q=": lambda: "/sql?q=select speaker, count(*) from quotes group by 1 order by 2 desc limit 20",
        "/sql.csv?q=": lambda: "/sql.csv?q=select relation, count(*) from matches group by 1",
        "/runs": lambda: "/runs",
    }
    out = {}
    for name, url in pages.items():
        times = []
        for _ in range(REQUESTS):
            t = time.perf_counter()
            r = client.get(url())
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, (name, r.status_code, r.text[:300])
        first = times[0]  # the first request of a page pays for cold caches
        times.sort()
        out[name] = {"p50_ms": round(1000 * statistics.median(times)),
                     "p95_ms": round(1000 * times[int(0.95 * len(times)) - 1]), "first_ms": round(1000 * first)}
    return out


def run(n: int) -> dict:
    warnings.filterwarnings("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "wh"
        t0 = time.perf_counter()
        known = build(root, n)
        build_s = time.perf_counter() - t0
        start_s = server_start(root)
        out = time_pages(root, known)
    return {"statements": n, "build_s": round(build_s, 1), "server_start_s": round(start_s, 2), "pages": out,
            "date": datetime.now(UTC).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000), indent=1), flush=True)
