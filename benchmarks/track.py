"""End-to-end `factrack track` throughput and peak memory on PolNeAR article texts.

Builds N-article JSONL files at run time from ../shared/dev/quotes/polnear_train.jsonl (texts
repeat past 840 with a distinguishing first line, so every article is new), runs the real CLI in
a subprocess (Prefect start-up included) and reports articles/s and the peak RSS of the run.
Usage (from the repo root): python -m benchmarks.track [N ...] [--runner "ARGS" ...]
(default: 1000 2000 4000 with the default runner; e.g. --runner "--workers 1" --runner
"--workers 2" --runner "--dask local:2" compares where extraction runs, on the same input).
Peak RSS is the largest process of the run (the CLI, its extraction process or the Prefect server;
Dask workers are grandchildren and are not counted).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.common import DEV, FACTRACK, ROOT, checkout_env, read_jsonl


def build(n: int, path: Path) -> int:
    """Write n articles; returns how many distinct texts (the source repeats a few)."""
    texts = [d["text"] for d in read_jsonl(DEV / "quotes" / "polnear_train.jsonl")]
    distinct = set()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            if i >= len(texts):
                text = f"Edition {i // len(texts)}.\n\n" + text
            distinct.add(text)
            fh.write(json.dumps({"id": f"b{i}", "text": text}) + "\n")
    return len(distinct)


def run(n: int, runner: str = "") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"articles-{n}.jsonl"
        expected = build(n, src)
        t0 = time.perf_counter()
        p = subprocess.run([str(FACTRACK), "track", str(src), "--warehouse", str(Path(tmp) / "wh"), *runner.split()],
                           capture_output=True, text=True, env=checkout_env())
        seconds = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(p.stderr[-3000:])
        stored = duckdb.connect(str(Path(tmp) / "wh" / "catalog.duckdb"), read_only=True).execute(
            "select count(*) from articles").fetchone()[0]
        if stored != expected:
            raise SystemExit(f"expected {expected} articles in the warehouse, found {stored}")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {"articles": n, "runner": runner or "default", "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
                "peak_rss_mb": round(peak_mb, 1), "input_mb": round(src.stat().st_size / 1e6, 1)}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "")), flush=True)
        sys.exit(0)
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 2000, 4000])
    ap.add_argument("--runner", action="append", default=None, help='e.g. "--workers 2" or "--dask local:2"')
    a = ap.parse_args()
    print(f"# track benchmark ({ROOT.name}), python {sys.version.split()[0]}")
    for n in a.sizes:  # one process per run, so each peak RSS is that run's own
        for runner in a.runner or [""]:
            subprocess.run([sys.executable, "-m", "benchmarks.track", "--one", str(n), runner], check=True)
