"""Pages that once made extraction grow faster than the text, through `factrack track`.

    python -m benchmarks.hostile

Each kind is a generated page without much punctuation, drawn from a few tokens (seeded, so the
pages are the same every run): runs of "U.S." and "aBaB", a shouted quotation, "the company
said" again and again, cues, quotation marks, numbers and verbs of change in one long
"sentence". Every kind is written at two sizes, 4x apart. Each page is tracked on its own into
a fresh warehouse with the CLI, as a user would (`track_s`: Prefect's start-up is most of it),
and extracted in this process (`extract_s`, what grows with the page). Linear extraction gives
a ratio of about 4; the quadratic code this was written against gave 15 and more.
Usage: python -m benchmarks.hostile [--extract-only]
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import FACTRACK, checkout_env

# kind: (tokens, what joins them)
KINDS = {
    "dotted abbreviations": (["U.S."], ""),
    "camel case": (["aB"], ""),
    "shouted quotation": (["Tom Reed said “" + "NO" * 40, "MORE", "TAXES", "”", "."], " "),
    "the company said": (["Acme Corp said. “X,” the company said."], " "),
    "cues and quotation marks": (["according", "that", "Statistics", '"', "statement", "company"], " "),
    "verbs and numbers": (["October", "Sen.", "the", "(NATO)", "—", "in", "rose", "30"], " "),
    "claims and quotes": (["the", "mayor", "said", "“", "”", "Lee", ".", "rose", "30", "percent", "U.S."], " "),
}
SIZES = (25_000, 100_000)  # characters, 4x apart


def page(tokens: list[str], joiner: str, chars: int, seed: int) -> str:
    rnd = random.Random(seed)
    out, n = [], 0
    while n < chars:
        t = rnd.choice(tokens)
        out.append(t)
        n += len(t) + len(joiner)
    return joiner.join(out)[:chars]


def track_seconds(text: str) -> tuple[float, int]:
    exe = FACTRACK
    env = checkout_env({**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        (src / "page.txt").write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        p = subprocess.run([str(exe), "track", str(src), "--warehouse", str(Path(tmp) / "wh")],
                           capture_output=True, text=True, env=env, timeout=3600)
        return time.perf_counter() - t0, p.returncode


def extract_seconds(text: str) -> float:
    from claims.extract import extract

    t0 = time.perf_counter()
    extract(text)
    return time.perf_counter() - t0


def run(track: bool = True) -> list[dict]:
    extract_seconds("Warm-up: “the first call,” he said, imports and compiles.")
    rows = []
    for i, (kind, (tokens, joiner)) in enumerate(KINDS.items()):
        pages = [page(tokens, joiner, n, i) for n in SIZES]
        row: dict = {"kind": kind}
        ext = [extract_seconds(p) for p in pages]
        row.update({f"extract_s_{n // 1000}kb": round(t, 3) for n, t in zip(SIZES, ext, strict=True)})
        row["extract_ratio"] = round(ext[1] / max(ext[0], 1e-3), 1)
        if track:
            runs = [track_seconds(p) for p in pages]
            row.update({f"track_s_{n // 1000}kb": round(t, 2) for n, (t, _) in zip(SIZES, runs, strict=True)})
            row["track_exit_codes"] = [rc for _, rc in runs]
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


if __name__ == "__main__":
    run(track="--extract-only" not in sys.argv)
