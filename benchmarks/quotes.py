"""Quote extraction accuracy (PolNeAR dev/train, seed annotation) and extraction throughput.

Metric from ../shared/dev/README.md: a gold quote is found when one predicted quote covers at
least T of its characters (T = 0.3, 0.8); precision counts predicted quotes covering at least T
of some gold quote. Reported for all attributions and for quoted (direct + mixed) only. Speaker
accuracy: on found quotes whose gold speaker is a name, the predicted speaker contains the gold
name's last word. We score each prediction's attribution *content* span (the reported clause;
for direct quotes the quotation itself), which is what PolNeAR annotates.
Usage (from the repo root): python -m benchmarks.quotes [dev|train]
"""

from __future__ import annotations

import json
import re
import sys
import time

from benchmarks.common import DEV, GOLD, SEED, read_jsonl
from claims.extract import extract


def covers(pred: tuple[int, int], gold_spans: list[tuple[int, int]]) -> float:
    total = sum(e - s for s, e in gold_spans) or 1
    inter = sum(max(0, min(pred[1], e) - max(pred[0], s)) for s, e in gold_spans)
    return inter / total


def is_name(s: str | None) -> bool:
    if not s:
        return False
    words = s.split()
    return bool(words) and all(w[:1].isupper() for w in words) and words[0].lower() not in {
        "he", "she", "they", "it", "we", "i", "the", "a", "his", "her"}


_PARTY_TAG = re.compile(r",?\s*\(?[RDI]-[A-Z][A-Za-z.]*\)?,?\s*$")


_GOLD_POSSESSIVE = re.compile(r"[’']s?$")


def gold_last_name(speaker: str) -> str:
    """The gold speaker's last name, without the party-state tag some annotations keep
    ("Mitch McConnell, R-Ky.," -> "mcconnell") nor a possessive ending ("Donald Trump’s" ->
    "trump"). Added 2026-11-30 (tags) and 2026-12-01 (possessives): before, such gold speakers
    could never match, whatever the prediction."""
    return _GOLD_POSSESSIVE.sub("", _PARTY_TAG.sub("", speaker).split()[-1].lower())


def score(docs: list[dict], quoted_only: bool) -> dict:
    res = {}
    preds_all = {}
    for d in docs:
        x = extract(d["text"])
        # one prediction per attribution: a split quotation's parts share one content span
        seen: dict[tuple[int, int], object] = {}
        for q in x.quotes:
            seen.setdefault((q.content_start, q.content_end), q)
        preds_all[d["doc_id"]] = list(seen.items())
    for t in (0.3, 0.8):
        tp_g = n_g = tp_p = n_p = 0
        sp_ok = sp_n = 0
        for d in docs:
            golds = [g for g in d["quotes"] if not quoted_only or g["quote_type"] in {"direct", "mixed"}]
            gspans = [[tuple(s) for s in g["spans"]] or [(g["start"], g["end"])] for g in golds]
            preds = preds_all[d["doc_id"]]
            if quoted_only:
                preds = [p for p in preds if p[1].kind in {"direct", "partial"}]
            for g, gs in zip(golds, gspans, strict=True):
                n_g += 1
                best = max(((covers(p[0], gs), p[1]) for p in preds), default=(0, None), key=lambda z: z[0])
                if best[0] >= t:
                    tp_g += 1
                    if is_name(g.get("speaker")):
                        sp_n += 1
                        last = gold_last_name(g["speaker"])
                        sp_ok += last in (best[1].speaker or "").lower()
            for p in preds:
                n_p += 1
                if any(covers(p[0], gs) >= t for gs in gspans):
                    tp_p += 1
        P = tp_p / n_p if n_p else 0
        R = tp_g / n_g if n_g else 0
        F = 2 * P * R / (P + R) if P + R else 0
        res[f"T={t}"] = {"P": round(P, 3), "R": round(R, 3), "F1": round(F, 3), "speaker_acc": round(sp_ok / sp_n, 3) if sp_n else None, "n_gold": n_g, "n_pred": n_p}
    return res


def seed() -> dict:
    gold = json.loads(GOLD.read_text())
    text = SEED.read_text()
    quotes = extract(text).quotes
    norm = lambda s: re.sub(r"\s+", " ", s.replace("’", "'").replace("“", '"').replace("”", '"')).strip(" .,\"")  # noqa: E731
    found = speaker_ok = 0
    req = [g for g in gold["quotes"] if g["required"]]
    for g in req:
        hits = [q for q in quotes if norm(g["text"]) in norm(q.text) or (len(q.text) > 10 and norm(q.text) in norm(g["text"]))]
        found += bool(hits)
        speaker_ok += any(q.speaker == g["speaker"] for q in hits)
    noise = sum(1 for q in quotes for n in gold["noise"] if n[:30] in q.text)
    return {"required": len(req), "found": found, "speaker_correct": speaker_ok, "quotes_from_noise": noise, "n_pred": len(quotes)}


def throughput(docs: list[dict], passes: int = 7) -> dict:
    """Articles per second of `claims.extract` (segmentation, quotes, claims and facts) on one
    core: the median of several passes, each on texts made new so no cache helps."""
    texts = [d["text"] for d in docs]
    for t in texts[:20]:
        extract(t)  # warm up: compiled regexes, lexicon tries
    rates = []
    for p in range(1, passes + 1):
        fresh = [t + " " * p for t in texts]  # defeat the segment cache
        t0 = time.perf_counter()
        for t in fresh:
            extract(t)
        rates.append(len(texts) / (time.perf_counter() - t0))
    rates.sort()
    return {"articles": len(texts), "passes": passes, "articles_per_s_median": round(rates[passes // 2], 1),
            "min": round(rates[0], 1), "max": round(rates[-1], 1),
            "mean_kb": round(sum(map(len, texts)) / len(texts) / 1000, 1)}


if __name__ == "__main__":
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    docs = list(read_jsonl(DEV / "quotes" / f"polnear_{split}.jsonl"))
    print(json.dumps({"seed": seed()}))
    print(json.dumps({f"polnear_{split}_quoted": score(docs, True)}))
    print(json.dumps({f"polnear_{split}_all": score(docs, False)}))
    print(json.dumps({f"throughput_one_core_polnear_{split}": throughput(docs)}))
    if split != "train":  # the "PolNeAR texts, about 4.6 KB": the train split's size
        train = list(read_jsonl(DEV / "quotes" / "polnear_train.jsonl"))
        print(json.dumps({"throughput_one_core_polnear_train": throughput(train, passes=5)}))
