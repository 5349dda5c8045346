"""Learn the check-worthiness weights (claims/checkworthy_model.json) and report them honestly.

    python -m benchmarks.train_checkworthy            # report held-out folds, write the model
    python -m benchmarks.train_checkworthy --report   # report only

Data: CLEF CheckThat! 2020 task 5 train (`../shared/dev/claims/clef2020_t5_train.jsonl`, 50
debates), read at run time and never copied. Model: L2 logistic regression (liblinear,
deterministic) over the named features of `claims.checkworthy.features` and the sentence's words
(those seen in at least MIN_DEBATES debates of the training part), class-balanced.

Everything reported is on held-out debates: 5 outer folds grouped by debate; inside each outer
training part, 4 inner folds (also by debate) choose the regularisation C and the claim threshold
(the lowest score whose out-of-fold precision is the best among thresholds keeping recall >=
RECALL_FLOOR), then the model is refit on the outer training part and scored on the outer test
debates it never saw. The shipped model repeats the inner procedure on all 50 debates.
Speakers are turned into the interviewer flag without labels: a speaker whose label names a
role (moderator, question) or who ends QUESTION_SHARE of their sentences with "?" asks.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.claims import average_precision
from benchmarks.common import DEV, ROOT, read_jsonl
from claims.checkworthy import MODEL_FILE, sentence_vector
from claims.turns import _QUESTIONERS, QUESTION_SHARE

DATA = DEV / "claims" / "clef2020_t5_train.jsonl"
CS = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3)
MIN_DEBATES = 3  # a word must occur in this many training debates to get a weight
RECALL_FLOOR = 0.60
OUTER, INNER = 5, 4
WORDS = True  # --no-words: the named features alone (the ablation in RESULTS)


def mean_ap(scores, labels, groups) -> float:
    """MAP over debates with a positive; ties keep line order (the official scorer's stable sort)."""
    by: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    for i, (s, y, g) in enumerate(zip(scores, labels, groups, strict=True)):
        by[g].append((-s, i, y))
    aps = [average_precision([y for _, _, y in sorted(v)]) for v in by.values() if any(y for *_, y in v)]
    return sum(aps) / len(aps)


def load() -> tuple[list[dict], list[int], list[str]]:
    rows = sorted(read_jsonl(DATA), key=lambda r: (r["doc_id"], r["line"]))
    asks: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for r in rows:
        asks[(r["doc_id"], r["speaker"])].append(r["sentence"].rstrip().endswith("?"))
    feats, labels, groups = [], [], []
    for r in rows:
        q = asks[(r["doc_id"], r["speaker"])]
        interviewer = (not _QUESTIONERS.isdisjoint(r["speaker"].lower().split())
                       or sum(q) / len(q) >= QUESTION_SHARE)
        x, grams = sentence_vector(r["sentence"], interviewer)
        d = {"f:" + k: v for k, v in x.items()}
        if WORDS:
            d.update(("g:" + g, 1.0) for g in grams)
        feats.append(d)
        labels.append(int(r["label"]))
        groups.append(r["doc_id"])
    return feats, labels, groups


def _vocab(feats: list[dict], groups: list[str], idx) -> set[str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for i in idx:
        for k in feats[i]:
            if k.startswith("g:"):
                seen[k].add(groups[i])
    return {k for k, g in seen.items() if len(g) >= MIN_DEBATES}


def _matrix(feats, idx, vocab, dv=None):
    from sklearn.feature_extraction import DictVectorizer

    rows = [{k: v for k, v in feats[i].items() if k.startswith("f:") or k in vocab} for i in idx]
    if dv is None:
        dv = DictVectorizer()
        X = dv.fit_transform(rows)
    else:
        X = dv.transform(rows)
    X = X.tocsr()
    X.indices = X.indices.astype("int32")  # liblinear takes 32-bit indices only
    X.indptr = X.indptr.astype("int32")
    return X, dv


def _fit(feats, labels, groups, idx, c):
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(feats, groups, idx)
    X, dv = _matrix(feats, idx, vocab)
    lr = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
    lr.fit(X, [labels[i] for i in idx])
    return lr, dv, vocab


def _predict(model, feats, idx) -> list[float]:
    lr, dv, vocab = model
    X, _ = _matrix(feats, idx, vocab, dv)
    return list(lr.decision_function(X))


def _threshold(scores: list[float], labels: list[int]) -> float:
    """The cut with the best precision among those keeping recall >= RECALL_FLOOR."""
    pairs = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    total = sum(labels)
    best, cut, tp = -1.0, pairs[-1][0], 0
    for n, (s, y) in enumerate(pairs, start=1):
        tp += y
        if tp / total >= RECALL_FLOOR:
            p = tp / n
            if p > best:
                best, cut = p, s
    return cut


def _pr(scores, labels, cut) -> tuple[float, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= cut and y)
    pred = sum(1 for s in scores if s >= cut)
    return (tp / pred if pred else 0.0), tp / max(1, sum(labels))


def choose(feats, labels, groups, idx) -> tuple[float, float, dict]:
    """C and threshold from inner debate-grouped folds of `idx` only."""
    from sklearn.model_selection import GroupKFold

    idx = list(idx)
    g = [groups[i] for i in idx]
    folds = list(GroupKFold(n_splits=INNER).split(idx, groups=g))
    maps, oof = {}, {}
    for c in CS:
        scores = [0.0] * len(idx)
        for tr, te in folds:
            m = _fit(feats, labels, groups, [idx[i] for i in tr], c)
            for i, s in zip(te, _predict(m, feats, [idx[i] for i in te]), strict=True):
                scores[i] = s
        maps[c] = mean_ap(scores, [labels[i] for i in idx], g)
        oof[c] = scores
    c = max(CS, key=lambda k: (maps[k], -k))
    cut = _threshold(oof[c], [labels[i] for i in idx])
    return c, cut, {"inner_MAP": {str(k): round(v, 4) for k, v in maps.items()}}


def cross_validate(feats, labels, groups) -> dict:
    from sklearn.model_selection import GroupKFold

    out = []
    all_idx = list(range(len(labels)))
    for k, (tr, te) in enumerate(GroupKFold(n_splits=OUTER).split(all_idx, groups=groups)):
        t0 = time.perf_counter()
        c, cut, info = choose(feats, labels, groups, tr)
        model = _fit(feats, labels, groups, list(tr), c)
        scores = _predict(model, feats, list(te))
        y = [labels[i] for i in te]
        p, r = _pr(scores, y, cut)
        fold = {"fold": k, "debates": len({groups[i] for i in te}), "positives": sum(y), "C": c,
                "MAP": round(mean_ap(scores, y, [groups[i] for i in te]), 4), "P": round(p, 3), "R": round(r, 3),
                "seconds": round(time.perf_counter() - t0, 1), **info}
        print(json.dumps(fold), file=sys.stderr, flush=True)
        out.append(fold)
    return {"folds": out, "MAP_mean": round(statistics.mean(f["MAP"] for f in out), 4),
            "MAP_min": min(f["MAP"] for f in out), "MAP_max": max(f["MAP"] for f in out),
            "P_mean": round(statistics.mean(f["P"] for f in out), 3),
            "R_mean": round(statistics.mean(f["R"] for f in out), 3)}


def as_weights(model) -> dict:
    """The fitted model as the shipped file stores it: bias, named weights, word weights (words
    under 0.005 dropped), rounded to 4 places."""
    lr, dv, _ = model
    weights, grams = {}, {}
    for name, w in zip(dv.get_feature_names_out(), lr.coef_[0], strict=True):
        if name.startswith("f:"):
            weights[name[2:]] = round(float(w), 4)
        elif abs(w) >= 0.005:
            grams[name[2:]] = round(float(w), 4)
    return {"bias": round(float(lr.intercept_[0]), 4), "weights": dict(sorted(weights.items())),
            "grams": dict(sorted(grams.items()))}


def train(feats, labels, groups) -> dict:
    """The shipped model: C and threshold by grouped CV on all debates, fit on all of them.
    Scores are stored as probabilities: 1 / (1 + exp(-(bias + sum of weights)))."""
    c, cut, info = choose(feats, labels, groups, range(len(labels)))
    model = _fit(feats, labels, groups, list(range(len(labels))), c)
    return {**as_weights(model), "threshold_logit": round(float(cut), 4),
            "about": {"data": "CLEF CheckThat! 2020 task 5 train, 50 debates", "C": c,
                      "class_weight": "balanced", "min_debates_per_ngram": MIN_DEBATES,
                      "threshold": f"best precision at out-of-fold recall >= {RECALL_FLOOR}",
                      "command": "python -m benchmarks.train_checkworthy", **info}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", action="store_true", help="cross-validate only; do not write the model")
    ap.add_argument("--no-words", action="store_true", help="named features only, no words (ablation)")
    a = ap.parse_args()
    global WORDS
    WORDS = not a.no_words
    if a.no_words and not a.report:
        ap.error("--no-words is an ablation: use it with --report")
    t0 = time.perf_counter()
    feats, labels, groups = load()
    print(f"{len(labels)} sentences, {sum(labels)} positive, {len(set(groups))} debates "
          f"({time.perf_counter() - t0:.1f} s to featurise)", file=sys.stderr)
    report = cross_validate(feats, labels, groups)
    print(json.dumps({"held_out": {k: v for k, v in report.items() if k != "folds"}}))
    if a.report:
        return
    m = train(feats, labels, groups)
    import math

    m["threshold"] = round(1 / (1 + math.exp(-m.pop("threshold_logit"))), 4)
    m["about"]["held_out"] = {k: v for k, v in report.items() if k != "folds"}
    path = Path(ROOT / "claims" / MODEL_FILE)
    path.write_text(json.dumps(m, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size // 1024} KB, {len(m['grams'])} words, C={m['about']['C']}, "
          f"threshold {m['threshold']})", file=sys.stderr)


if __name__ == "__main__":
    main()
