"""Shared helpers for benchmarks: where the evaluation data lives, JSONL reading, timing."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"  # evaluation only: read at run time, never copied
GOLD = ROOT / "tests" / "fixtures" / "nato-russia-mission.json"
SEED = ROOT / "tests" / "fixtures" / "nato-russia-mission.txt"


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def median_seconds(fn: Callable[[], object], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
