"""Shared helpers for benchmarks: where the evaluation data lives, JSONL reading, timing."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"  # evaluation only: read at run time, never copied
GOLD = ROOT / "tests" / "fixtures" / "nato-russia-mission.json"
FACTRACK = Path(sys.executable).parent / "factrack"  # the console script users run
SEED = ROOT / "tests" / "fixtures" / "nato-russia-mission.txt"


def checkout_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a `factrack` subprocess that runs this checkout's code. The console
    script imports whatever copy of factrack the venv has installed, which an editable install
    may point at another checkout; this one goes first on PYTHONPATH, so a benchmark started
    from an older checkout (a `git archive`) measures that checkout."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


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
