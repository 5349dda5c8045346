"""Crash harness: `factrack track` SIGKILLed at random moments, each kill followed by a re-run.

Each round tracks N new real news texts (PolNeAR train, read from ../shared/dev at run time)
into one growing warehouse: the run is killed after a random delay (Prefect start-up, extraction,
matching or a write), then re-run to completion. After every re-run it checks:
- every input article is stored exactly once;
- every stored article's quotes and claims are present exactly once (sums of the articles'
  n_quotes / n_claims against the quotes and claims tables) and matches are unique;
- no temporary file is visible;
- no process started for the warehouse (the CLI, its Prefect server, extraction workers) is alive.
Usage: python -m benchmarks.crash [ROUNDS] [N]   (default 20 rounds of 500 articles)
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.common import DEV, FACTRACK, checkout_env, read_jsonl


def alive(wh: Path) -> list[int]:
    marker = f"PREFECT_HOME={wh}/.prefect".encode()
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if marker in (d / "environ").read_bytes() and b" Z " not in (d / "stat").read_bytes():
                    out.append(int(d.name))
            except OSError:
                pass
    return out


def check(wh: Path, expected: int) -> list[str]:
    bad = []
    con = duckdb.connect(str(wh / "catalog.duckdb"), read_only=True)
    try:
        n, dn, sq, sc = con.execute("select count(*), count(distinct article_id), sum(n_quotes), sum(n_claims) "
                                    "from articles").fetchone()
        if not n == dn == expected:
            bad.append(f"articles: {n} rows, {dn} distinct, {expected} expected")
        q, dq = con.execute("select count(*), count(distinct quote_id) from quotes").fetchone()
        c, dc = con.execute("select count(*), count(distinct claim_id) from claims").fetchone()
        m, dm = con.execute("select count(*), count(distinct (statement_id, earlier_id)) from matches").fetchone()
        if not q == dq == sq:
            bad.append(f"quotes: {q} rows, {dq} distinct, {sq} expected")
        if not c == dc == sc:
            bad.append(f"claims: {c} rows, {dc} distinct, {sc} expected")
        if m != dm:
            bad.append(f"matches: {m} rows, {dm} distinct")
    finally:
        con.close()
    tmp = list(wh.glob("*/*/.*.tmp"))
    if tmp:
        bad.append(f"{len(tmp)} temporary file(s) visible")
    return bad


def main(rounds: int = 20, n: int = 500) -> dict:
    texts = [d["text"] for d in read_jsonl(DEV / "quotes" / "polnear_train.jsonl")]
    exe = FACTRACK
    env = checkout_env({k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_HOME")})
    rng = random.Random(2026)
    kills = violations = orphans = finished_first = 0
    expected: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        wh = Path(tmp) / "wh"
        for r in range(rounds):
            src = Path(tmp) / f"round-{r}.jsonl"
            with open(src, "w", encoding="utf-8") as fh:
                for i in range(n):
                    text = f"Round {r} edition {i}.\n\n" + texts[(r * n + i) % len(texts)]
                    expected.add(text)
                    fh.write(json.dumps({"id": f"r{r}-{i}", "text": text}) + "\n")
            p = subprocess.Popen([str(exe), "track", str(src), "--warehouse", str(wh), "--batch-size", "100"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            delay = rng.uniform(0.5, 12.0)
            time.sleep(delay)
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                kills += 1
            else:
                finished_first += 1
            p.wait()
            deadline = time.monotonic() + 15
            while alive(wh) and time.monotonic() < deadline:
                time.sleep(0.2)
            left = alive(wh)
            orphans += len(left)
            rerun = subprocess.run([str(exe), "track", str(src), "--warehouse", str(wh), "--batch-size", "100"],
                                   capture_output=True, text=True, env=env)
            bad = [] if rerun.returncode == 0 else [f"re-run failed: {rerun.stderr.strip()[-300:]}"]
            bad += check(wh, len(expected))
            time.sleep(0.5)
            if alive(wh):
                bad.append("processes alive after the re-run")
            violations += len(bad)
            print(json.dumps({"round": r, "killed_after_s": round(delay, 2), "orphans_after_kill": len(left),
                              "violations": bad}), flush=True)
    result = {"rounds": rounds, "articles_per_round": n, "kills": kills, "finished_before_kill": finished_first,
              "violations": violations, "orphaned_processes": orphans, "articles_stored": len(expected)}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*args)
