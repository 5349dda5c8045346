"""`factrack match`: rank a JSONL corpus for each JSONL query; the DESIGN.md contract."""

from __future__ import annotations

import json
import sys

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


def run_match(corpus: str, queries: str, k: int, output: str) -> int:
    try:
        c, q = _read(corpus, "corpus"), _read(queries, "queries")
    except (OSError, UnicodeDecodeError) as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 2
    results = rank_corpus(c, q, k)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    if output == "-":
        sys.stdout.write(lines)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(lines)
    return 0
