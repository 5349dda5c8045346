"""Claim matching: MAP@5 and Recall@k on CheckThat! 2020 2A and 2022 2B, the seed's matching
queries against a demo warehouse, and time per query.

Runs `warehouse.corpus.rank_corpus` (the code `factrack match` runs) (BM25 in DuckDB over text+title, re-scored with rapidfuzz and
numbers), the same code behind `factrack match`. Usage (from the repo root): python -m benchmarks.matching
"""

from __future__ import annotations

import json
import sys
import tempfile
import time

from benchmarks.common import DEV, ROOT, read_jsonl
from warehouse.corpus import rank_corpus


def transcript_date(query_id: str, dated: bool) -> str:
    """2B queries are sentences of dated transcripts ("20170822_Trump_phoenix_0204"): the date a
    tracker would know from the article. 2A tweets carry no date field."""
    head = query_id.split("_", 1)[0]
    return head if dated and len(head) == 8 and head.isdigit() else ""


def evaluate(name: str, split: str, k: int = 5, dated: bool = True) -> dict:
    corpus = [{"id": c["claim_id"], "text": c["text"], "title": c.get("title", ""), "date": c.get("date", "")}
              for c in read_jsonl(DEV / "matching" / name / "corpus.jsonl")]
    queries = list(read_jsonl(DEV / "matching" / name / f"queries_{split}.jsonl"))
    gold = {q["query_id"]: set(q["gold_match_ids"]) for q in queries}
    t0 = time.perf_counter()
    results = rank_corpus(corpus, [{"id": q["query_id"], "text": q["query"], "date": transcript_date(q["query_id"], dated)}
                                   for q in queries], 20)
    dt = time.perf_counter() - t0
    aps, rec5, rec20 = [], [], []
    for r in results:
        ids = [m["id"] for m in r["matches"]]
        g = gold[r["id"]]
        hits, ap = 0, 0.0
        for i, mid in enumerate(ids[:k], start=1):
            if mid in g:
                hits += 1
                ap += hits / i
        aps.append(ap / min(len(g), k) if g else 0)
        rec5.append(len(g & set(ids[:5])) / len(g))
        rec20.append(len(g & set(ids[:20])) / len(g))
    n = len(results)
    return {"set": f"{name}/{split}", "queries": n, "corpus": len(corpus), f"MAP@{k}": round(sum(aps) / n, 4),
            "R@5": round(sum(rec5) / n, 4), "R@20": round(sum(rec20) / n, 4), "seconds": round(dt, 1),
            "ms_per_query": round(1000 * dt / n, 1)}


def seed_queries() -> list[dict]:
    """Seed annotation's matching queries against a warehouse of the seed article alone."""
    from claims.extract import extract
    from claims.records import Article
    from flows.batches import extract_rows
    from warehouse import catalog
    from warehouse.match import check, match_batch
    from warehouse.store import Warehouse

    gold = json.loads((ROOT / "tests" / "fixtures" / "nato-russia-mission.json").read_text())
    text = (ROOT / "tests" / "fixtures" / "nato-russia-mission.txt").read_text()
    x = extract(text)
    expected_text = {g["id"]: g["text"] for g in gold["quotes"] + gold["claims"]}
    from datetime import UTC, datetime

    out = []
    with tempfile.TemporaryDirectory() as tmp, Warehouse(tmp) as wh:
        tables = extract_rows([("seed", Article(text, "seed"))], "bench", datetime.now(UTC))
        tables.update(match_batch(wh, tables, "bench"))
        wh.write_batch("seed", tables)
        catalog.refresh(wh)
        texts = {r["quote_id"]: r["text"] for r in tables["quotes"]} | {r["claim_id"]: r["text"] for r in tables["claims"]}
        for q in gold["matching"]:
            top = check(wh, q["query"], 1)
            want = " ".join(expected_text[q["expect"]].replace("’", "'").split())
            got = " ".join(texts.get(top[0]["id"], "").replace("’", "'").split()) if top else ""
            out.append({"query": q["query"], "expect": q["expect"], "first_is_expected": want[:25] in got or got[:20] in want,
                        "relation": top[0]["relation"] if top else None, "expected_relation": q["relation"]})
    del x
    return out


if __name__ == "__main__":
    for q in seed_queries():
        print(json.dumps(q))
    sets = [("ct2020_2a", "test"), ("ct2020_2a", "dev"), ("ct2022_2b", "dev"), ("ct2022_2b", "train"), ("ct2020_2a", "train")]
    if len(sys.argv) > 1:
        sets = sets[: int(sys.argv[1])]
    for name, split in sets:
        print(json.dumps(evaluate(name, split)), flush=True)
