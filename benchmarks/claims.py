"""Claim detection on the seed annotation and CLEF CheckThat! 2020 task 5 (train), plus throughput.

CLEF: each debate sentence is one input; "extract returns a claim" is the decision (precision,
recall, F1 against label 1) and the claim score (0 when no claim) ranks sentences within each
debate for MAP. Usage (from the repo root): python -m benchmarks.claims
"""

from __future__ import annotations

import json
import time
from collections import defaultdict

from benchmarks.common import DEV, GOLD, SEED, read_jsonl
from claims.checkworthy import score_sentence
from claims.extract import extract


def average_precision(ranked_labels: list[int]) -> float:
    hits = 0
    total = 0.0
    for i, lab in enumerate(ranked_labels, start=1):
        if lab:
            hits += 1
            total += hits / i
    return total / hits if hits else 0.0


def clef() -> dict:
    by_doc: dict[str, list[tuple[float, int]]] = defaultdict(list)
    tp = fp = fn = 0
    t0 = time.perf_counter()
    n = 0
    for row in read_jsonl(DEV / "claims" / "clef2020_t5_train.jsonl"):
        n += 1
        claims = extract(row["sentence"]).claims
        # the claim's score; sentences that yield no claim rank below, by their own score
        s = max((c.score for c in claims), default=0.0)
        by_doc[row["doc_id"]].append((s if claims else score_sentence(row["sentence"])[0] / 10, row["label"]))
        pred = bool(claims)
        tp += pred and row["label"] == 1
        fp += pred and row["label"] == 0
        fn += (not pred) and row["label"] == 1
    dt = time.perf_counter() - t0
    aps = [average_precision([lab for _, lab in sorted(v, key=lambda z: -z[0])]) for v in by_doc.values()
           if any(lab for _, lab in v)]
    P = tp / (tp + fp) if tp + fp else 0
    R = tp / (tp + fn) if tp + fn else 0
    return {"sentences": n, "debates": len(by_doc), "MAP": round(sum(aps) / len(aps), 4), "P": round(P, 3),
            "R": round(R, 3), "F1": round(2 * P * R / (P + R), 3) if P + R else 0,
            "sentences_per_s": round(n / dt)}


def seed() -> dict:
    gold = json.loads(GOLD.read_text())
    text = SEED.read_text()
    claims = extract(text).claims
    norm = lambda s: " ".join(s.replace("’", "'").split())  # noqa: E731
    req = [g for g in gold["claims"] if g["required"]]
    found = sum(any(norm(g["text"]) in norm(c.text) for c in claims) for g in req)
    noise = sum(1 for c in claims for n in gold["noise"] if n[:30] in c.text)
    return {"required": len(req), "found": found, "n_pred": len(claims), "claims_from_noise": noise}


if __name__ == "__main__":
    print(json.dumps({"seed": seed()}))
    print(json.dumps({"clef2020_t5_train": clef()}))
