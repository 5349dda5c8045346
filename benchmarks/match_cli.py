"""`factrack match` as users run it: 10,000 queries against 100k and 1M corpus statements.

Writes a corpus JSONL of synthetic statements (Zipf-distributed syllable words, a few numbers;
the generator of benchmarks.matching_scale) and 10,000 queries, half of them light edits of
corpus statements, then times the real CLI in a subprocess (index build included) and reads its
peak RSS. Also reports how many edited queries found their source statement first (recall@1).
Usage (from the repo root): python -m benchmarks.match_cli [N ...]   (default: 100000 1000000)
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
from pathlib import Path

from benchmarks.common import FACTRACK, checkout_env
from benchmarks.matching_scale import NEW, _sentence, _words


def build(tmp: Path, n: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    words = _words(rng)
    weights = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(words))))
    corpus, queries = tmp / "corpus.jsonl", tmp / "queries.jsonl"
    sample: list[tuple[str, str]] = []
    step = max(1, n // NEW)
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = _sentence(rng, words, weights)
            if i % step == 0:
                sample.append((f"s{i}", text))
            fh.write(json.dumps({"id": f"s{i}", "text": text}) + "\n")
    with open(queries, "w", encoding="utf-8") as fh:
        for i in range(NEW):
            if i % 2 == 0:
                sid, text = sample[i // 2 % len(sample)]
                toks = text.rstrip(".").split()
                if len(toks) > 4:
                    del toks[rng.randrange(len(toks))]
                fh.write(json.dumps({"id": f"q{i}", "text": " ".join(toks) + ".", "source": sid}) + "\n")
            else:
                fh.write(json.dumps({"id": f"q{i}", "text": _sentence(rng, words, weights)}) + "\n")
    return corpus, queries


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, queries = build(Path(tmp), n)
        out = Path(tmp) / "ranked.jsonl"
        t0 = time.perf_counter()
        p = subprocess.run([str(FACTRACK), "match", "--corpus", str(corpus), "--queries", str(queries), "-k", "5",
                            "-o", str(out)], capture_output=True, text=True, env=checkout_env())
        seconds = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(p.stderr[-3000:])
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        source = {json.loads(line)["id"]: json.loads(line).get("source") for line in open(queries)}
        hits = edited = 0
        for line in open(out):
            r = json.loads(line)
            if source.get(r["id"]):
                edited += 1
                hits += bool(r["matches"]) and r["matches"][0]["id"] == source[r["id"]]
    return {"corpus": n, "queries": NEW, "seconds": round(seconds, 1), "ms_per_query": round(1000 * seconds / NEW, 2),
            "peak_rss_mb": round(peak), "recall_at_1_edited": round(hits / max(edited, 1), 3),
            "date": datetime.now(UTC).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run(int(sys.argv[2]))), flush=True)
        sys.exit(0)
    for n in [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]:  # each in its own process
        subprocess.run([sys.executable, "-m", "benchmarks.match_cli", "--one", str(n)], check=True)
