"""`factrack extract`: JSONL in, the DESIGN.md extraction contract out; no warehouse, no Prefect."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext

from claims.extract import extract
from claims.records import Extraction


def to_contract(doc_id: object, x: Extraction) -> dict:
    return {
        "id": doc_id,
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker,
             "speaker_mention": q.speaker_mention, "cue": q.cue}
            for q in x.quotes
        ],
        "claims": [
            {"text": c.text, "start": c.start, "end": c.end, "score": c.score,
             "facts": [f.as_contract() for f in c.facts]}
            for c in x.claims
        ],
    }


def run_extract(src: str, dst: str) -> int:
    bad = 0
    try:
        fin = sys.stdin if src == "-" else open(src, encoding="utf-8", errors="strict")
    except OSError as e:
        print(f"factrack: error: cannot read {src}: {e.strerror}", file=sys.stderr)
        return 2
    out_ctx = nullcontext(sys.stdout) if dst == "-" else open(dst, "w", encoding="utf-8")
    with fin, out_ctx as fout:
        n = 0
        try:
            for n, line in enumerate(fin, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    text = obj["text"]
                    if not isinstance(text, str):
                        raise TypeError("'text' is not a string")
                except (json.JSONDecodeError, KeyError, TypeError) as e:
                    bad += 1
                    print(f"factrack: skipped {src} line {n}: {type(e).__name__}: {e}", file=sys.stderr)
                    continue
                doc = to_contract(obj.get("id", n), extract(text))
                fout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        except UnicodeDecodeError as e:
            print(f"factrack: error: {src} is not UTF-8 after line {n}: {e.reason}", file=sys.stderr)
            return 2
    if bad:
        print(f"factrack: {bad} line(s) skipped", file=sys.stderr)
    return 0
