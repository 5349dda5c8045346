"""Claim detection on the seed annotation and CLEF CheckThat! 2020 task 5 (train), plus throughput.

CLEF: each debate sentence is one input; "extract returns a claim" is the decision (precision,
recall, F1 against label 1) and the claim score (0 when no claim) ranks sentences within each
debate for MAP. The shipped weights were fitted on this same split, so these CLEF figures are
in-sample: they check the pipeline end to end, not accuracy. The held-out figures come from
`python -m benchmarks.train_checkworthy --report` (debate-grouped folds).
Usage (from the repo root): python -m benchmarks.claims
"""

from __future__ import annotations

import json
import random
import statistics
import time
from bisect import bisect_left, bisect_right
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


def clef(transcripts: bool = False) -> dict:
    """One sentence at a time, or (`transcripts`) each debate as one "SPEAKER: ..." transcript,
    as a fact-checker would feed it; then a sentence's score is that of the claims over it."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for row in read_jsonl(DEV / "claims" / "clef2020_t5_train.jsonl"):
        docs[row["doc_id"]].append(row)
    by_doc: dict[str, list[tuple[float, int]]] = defaultdict(list)
    tp = fp = fn = n = 0
    t0 = time.perf_counter()
    for doc_id, rows in docs.items():
        rows.sort(key=lambda r: r["line"])
        scored = _transcript_scores(rows) if transcripts else [_sentence_score(r["sentence"]) for r in rows]
        for row, (s, pred) in zip(rows, scored, strict=True):
            n += 1
            by_doc[doc_id].append((s, row["label"]))
            tp += pred and row["label"] == 1
            fp += pred and row["label"] == 0
            fn += (not pred) and row["label"] == 1
    dt = time.perf_counter() - t0
    aps = [average_precision([lab for _, lab in sorted(v, key=lambda z: -z[0])]) for v in by_doc.values()
           if any(lab for _, lab in v)]
    # The score takes few distinct values, so many sentences tie. The official CheckThat! scorer
    # sorts stably, keeping ties in line order, as above; random tie orders show how much of
    # MAP that order is.
    shuffled = []
    for seed in range(20):
        rnd = random.Random(seed)
        ap = [average_precision([lab for _, _, lab in sorted(((sc, rnd.random(), lab) for sc, lab in v), reverse=True)])
              for v in by_doc.values() if any(lab for _, lab in v)]
        shuffled.append(sum(ap) / len(ap))
    shuffled.sort()
    P = tp / (tp + fp) if tp + fp else 0
    R = tp / (tp + fn) if tp + fn else 0
    return {"mode": "transcripts" if transcripts else "sentences", "sentences": n, "debates": len(by_doc),
            "MAP": round(sum(aps) / len(aps), 4),
            "MAP_random_ties": {"median": round(statistics.median(shuffled), 4), "min": round(shuffled[0], 4),
                                "max": round(shuffled[-1], 4), "distinct_scores": len({sc for v in by_doc.values() for sc, _ in v})},
            "P": round(P, 3), "R": round(R, 3),
            "F1": round(2 * P * R / (P + R), 3) if P + R else 0, "sentences_per_s": round(n / dt)}


def _sentence_score(sentence: str) -> tuple[float, bool]:
    # the claim's score; sentences that yield no claim rank below, by their own score
    claims = extract(sentence).claims
    if claims:
        return max(c.score for c in claims), True
    return score_sentence(sentence)[0] / 10, False


def _transcript_scores(rows: list[dict]) -> list[tuple[float, bool]]:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, row in enumerate(rows):
        if i == 0 or row["speaker"] != rows[i - 1]["speaker"]:
            head = ("\n" if i else "") + f"{row['speaker']}: "
        else:
            head = " "
        parts.append(head)
        pos += len(head)
        spans.append((pos, pos + len(row["sentence"])))
        parts.append(row["sentence"])
        pos += len(row["sentence"])
    # each claim is one prediction, credited to the sentence it overlaps most
    best: dict[int, float] = {}
    starts = [s for s, _ in spans]
    for c in extract("".join(parts)).claims:
        i = max(range(max(0, bisect_right(starts, c.start) - 1), bisect_left(starts, c.end)),
                key=lambda k: min(c.end, spans[k][1]) - max(c.start, spans[k][0]))
        best[i] = max(best.get(i, 0.0), c.score)
    out = []
    for i, row in enumerate(rows):
        out.append((best[i], True) if i in best else (score_sentence(row["sentence"])[0] / 10, False))
    return out


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
    print(json.dumps({"clef2020_t5_train_IN_SAMPLE": clef()}))
    print(json.dumps({"clef2020_t5_train_IN_SAMPLE": clef(transcripts=True)}))
