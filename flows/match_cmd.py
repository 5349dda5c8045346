"""`factrack match`: rank a JSONL corpus for each JSONL query; the DESIGN.md contract.

The corpus streams from its file into a temporary on-disk index (`warehouse.corpus`), so a
corpus of millions of lines costs bounded memory; bad lines are skipped with one line each."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from claims.dates import parse_date
from warehouse.corpus import CorpusIndex


def _read(path: str, what: str) -> Iterator[dict]:
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
            yield obj


def _counting_bad_dates(rows: Iterator[dict], bad: list[int]) -> Iterator[dict]:
    """Dates are optional, but one that is given and cannot be read is said, not ignored."""
    for r in rows:
        if r.get("date") and parse_date(str(r["date"])) is None:
            bad[0] += 1
        yield r


def run_match(corpus: str, queries: str, k: int, output: str) -> int:
    try:
        q = list(_read(queries, "queries"))
        for row in q:
            if row.get("date") and parse_date(str(row["date"])) is None:
                print(f"factrack: query {row['id']}: date {row['date']!r} not understood; ranked by its words alone",
                      file=sys.stderr)
        bad = [0]
        with CorpusIndex() as index:
            index.add(_counting_bad_dates(_read(corpus, "corpus"), bad))
            if bad[0]:
                print(f"factrack: {bad[0]} corpus date(s) not understood; those statements get no recency",
                      file=sys.stderr)
            results = index.rank(q, k)
    except (OSError, UnicodeDecodeError) as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 2
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for r in results:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0
