"""Extraction throughput on the path users run: `factrack extract` (the CLI, in a subprocess).

Writes N PolNeAR article texts (../shared/dev, read at run time; texts repeat with a numbered
first line past the 924 there, so no cache sees a text twice) to a JSONL file, runs
`python -m flows.cli extract IN OUT` on it, and reports articles per CPU-second of that process
(`extract` runs on one core) and per wall second. The CPU seconds of the same command on an
empty file (interpreter start and imports) are measured too and taken off, so the rate is the
steady one a long input sees; both figures are printed.

With `--against DIR` the same is run, alternating, from another checkout (a `git archive` of an
older commit, say) with the same interpreter, and the ratio of the two rates is reported per
round: the machine is shared and noisy, so only rates measured side by side compare.
Usage (from the repo root):
    python -m benchmarks.extract_speed [N] [--rounds R] [--against DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import DEV, ROOT, read_jsonl


def write_input(n: int, path: Path) -> None:
    texts = [d["text"] for split in ("train", "dev") for d in read_jsonl(DEV / "quotes" / f"polnear_{split}.jsonl")]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            if i >= len(texts):
                text = f"Copy {i // len(texts)}\n{text}"
            fh.write(json.dumps({"id": i, "text": text}) + "\n")


def _cpu_of(cwd: Path, src: Path, dst: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one `extract` run from checkout `cwd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    subprocess.run([sys.executable, "-m", "flows.cli", "extract", str(src), "-o", str(dst)], cwd=cwd, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def measure(cwd: Path, src: Path, empty: Path, dst: Path, n: int) -> dict:
    base, _ = _cpu_of(cwd, empty, dst)
    cpu, wall = _cpu_of(cwd, src, dst)
    return {"articles_per_cpu_s": round(n / max(cpu - base, 1e-9), 1), "articles_per_wall_s": round(n / wall, 1),
            "start_cpu_s": round(base, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--against", type=Path, default=None, help="another checkout to compare with, alternating")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, empty, dst = Path(tmp) / "in.jsonl", Path(tmp) / "empty.jsonl", Path(tmp) / "out.jsonl"
        write_input(a.n, src)
        empty.write_text("")
        rows = []
        for r in range(a.rounds):
            row = {"round": r + 1, "this": measure(ROOT, src, empty, dst, a.n)}
            if a.against is not None:
                row["against"] = measure(a.against.resolve(), src, empty, dst, a.n)
                row["ratio"] = round(row["this"]["articles_per_cpu_s"] / row["against"]["articles_per_cpu_s"], 3)
            rows.append(row)
            print(json.dumps(row), flush=True)
        summary = {"articles": a.n, "rounds": a.rounds, "date": datetime.now(UTC).strftime("%Y-%m-%d"),
                   "median_articles_per_cpu_s": statistics.median(r["this"]["articles_per_cpu_s"] for r in rows)}
        if a.against is not None:
            summary["median_against"] = statistics.median(r["against"]["articles_per_cpu_s"] for r in rows)
            summary["median_ratio"] = statistics.median(r["ratio"] for r in rows)
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
