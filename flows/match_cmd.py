"""`factrack match`: rank a JSONL corpus for each JSONL query; the DESIGN.md contract."""

from __future__ import annotations

import json
import sys

from claims.dates import parse_date
from warehouse.match import rank_corpus


def _read(path: str, what: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"factrack: skipped {what} line {n}: malformed JSON: {e.msg}", file=sys.stderr)
                continue
            if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
                print(f"factrack: skipped {what} line {n}: needs \"id\" and \"text\"", file=sys.stderr)
                continue
            rows.append(obj)
    return rows


def _warn_dates(corpus: list[dict], queries: list[dict]) -> None:
    """Dates are optional, but one that is given and cannot be read is said, not ignored."""
    for q in queries:
        if q.get("date") and parse_date(str(q["date"])) is None:
            print(f"factrack: query {q['id']}: date {q['date']!r} not understood; ranked by its words alone",
                  file=sys.stderr)
    bad = sum(1 for r in corpus if r.get("date") and parse_date(str(r["date"])) is None)
    if bad:
        print(f"factrack: {bad} corpus date(s) not understood; those statements get no recency",
              file=sys.stderr)


def run_match(corpus: str, queries: str, k: int, output: str) -> int:
    try:
        c, q = _read(corpus, "corpus"), _read(queries, "queries")
    except (OSError, UnicodeDecodeError) as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 2
    _warn_dates(c, q)
    results = rank_corpus(c, q, k)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    if output == "-":
        sys.stdout.write(lines)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0
