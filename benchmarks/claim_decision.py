"""The claim decision on a claim / no-claim reading of debate sentences, scored on debates the
model never saw.

    python -m benchmarks.claim_decision [--trial]          # needs factrack[train] (scikit-learn)

Why: CLEF 2020 task 5 labels a sentence positive when fact-checkers actually checked it (1.1%
of sentences), so precision at recall 0.60 there (0.039) says little about the question a user
asks of the decision: is this sentence a claim at all? This benchmark asks that question.

Labels: `benchmarks/data/claim_decision_labels.jsonl` holds 1,100 CLEF 2020 task 5 train sentences,
named by (doc_id, line) only; their text is read from ../shared/dev at run time and never copied.
They were drawn at random (seeded) and labelled by one reader, before any score was looked at,
by this rule:

- **claim**: the sentence states something a checker could verify against records: a number,
  an event or action in the past or present ("We won.", "It's disbanded."), what someone said,
  a law or rule in force, a comparison, trend or cause stated as fact, the speaker's own checkable
  experience ("My dad was a bartender"). A checkable part in a sentence of opinion counts.
- **no claim**: questions, greetings, thanks and procedure, applause markers, fragments, opinion
  and value judgements ("It's a disgrace", "The government of Mexico is terrific"), promises and
  intentions ("I will renegotiate NAFTA"), vague accusations ("She's lied about a lot of
  things"), counterfactuals.

Set "first" (240 sentences, 74 claims) was read again while looking at the scores; set
"second" (160, 43 claims) was labelled before any score was seen and scored once. Sets "third"
(500, 117 claims) and "fourth" (200, 46 claims) were drawn on 2026-12-07 (thirteenth session)
with another seed from the sentences not yet labelled, labelled by the same rule before any
score was seen, and scored once. Nothing in the decision is fitted on any of them: each
sentence is scored by the check-worthiness model refit
(`benchmarks.train_checkworthy`, the shipped C) on the debates of the other four of five
debate-grouped folds, so no sentence is scored by a model that saw its debate. The decision is
`factrack extract`'s own (claims.extract.extract on the sentence: the shipped threshold, and no
claim in a question or a label) with those weights put in place of the shipped ones. The table of
other thresholds is for the score alone, and is description, not a choice. `--trial` also fits
a second model on the labels themselves, on held-out folds only (see trial()); it ships nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import read_jsonl

LABELS = Path(__file__).parent / "data" / "claim_decision_labels.jsonl"
CUTS = (0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70)


@contextmanager
def _shipped_as(weights: dict, threshold: float):
    """claims.checkworthy with `weights` in place of the shipped ones (and the shipped threshold),
    so extraction runs unchanged on a model that never saw the sentence's debate."""
    import claims.checkworthy as cw

    saved = cw.MODEL, cw.THRESHOLD
    cw.MODEL, cw.THRESHOLD = cw.Model(weights["bias"], weights["weights"], weights["grams"], threshold), threshold
    cw._word_labels.cache_clear()
    cw._named_label.cache_clear()
    try:
        yield
    finally:
        cw.MODEL, cw.THRESHOLD = saved
        cw._word_labels.cache_clear()
        cw._named_label.cache_clear()


def out_of_fold(keys: list[tuple[str, int]]) -> dict[tuple[str, int], tuple[float, bool]]:
    """(score, is a claim) of each labelled sentence, from `factrack extract`'s own code
    (claims.extract.extract on the sentence) with the model fitted without its debate."""
    from sklearn.model_selection import GroupKFold

    import benchmarks.train_checkworthy as tc
    from claims.checkworthy import MODEL, THRESHOLD, sentence_vector
    from claims.checkworthy import _probability as probability
    from claims.extract import extract

    feats, labels, groups = tc.load()
    rows = sorted(read_jsonl(tc.DATA), key=lambda r: (r["doc_id"], r["line"]))
    at = {(r["doc_id"], r["line"]): i for i, r in enumerate(rows)}
    missing = [k for k in keys if k not in at]
    if missing:
        raise SystemExit(f"{len(missing)} labelled sentence(s) not in {tc.DATA}, e.g. {missing[0]}")
    wanted = {at[k]: k for k in keys}
    out: dict[tuple[str, int], tuple[float, bool]] = {}
    for train, test in GroupKFold(n_splits=tc.OUTER).split(range(len(labels)), groups=groups):
        test = [i for i in test if i in wanted]
        if not test:
            continue
        weights = tc.as_weights(tc._fit(feats, labels, groups, list(train), MODEL.about["C"]))
        with _shipped_as(weights, THRESHOLD):
            for i in test:
                text = rows[i]["sentence"]
                out[wanted[i]] = (probability(*sentence_vector(text)), bool(extract(text).claims))
    return out


def decision(flags: list[bool], labels: list[int]) -> dict:
    tp = sum(1 for f, y in zip(flags, labels, strict=True) if f and y)
    n = sum(flags)
    p = tp / n if n else 0.0
    r = tp / max(1, sum(labels))
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "flagged": round(n / len(labels), 3)}


# Cues of a claim / no-claim reading that the check-worthiness features lack (the trial only).
_CUES = {
    "first person future": re.compile(r"\b(?:i|we|i'm|we're|i'll|we'll)\b[^.,;]{0,12}?\b(?:will|'ll|would|going to|"
                                      r"gonna|want|wanna|need|have to|must|should|hope|plan|intend)\b"),
    "evaluative": re.compile(r"\b(?:great|terrible|disaster|horrible|wonderful|incredible|fantastic|wrong|ridiculous|"
                             r"shame|amazing|beautiful|bad|best|worst|stupid|sad|tremendous|disgrace|proud|love|believe|"
                             r"think|feel)\b"),
    "someone said": re.compile(r"\b(?:you|he|she|they)\b\s*(?:have |'ve |has |'s )?\s*(?:said|say|says|voted|supported|"
                               r"opposed|called|wrote|signed|told|claimed|proposed|pledged)\b"),
    "procedure": re.compile(r"^\W*(?:thank|thanks|let me|let's|welcome|ok|okay|all right|yes|no|well|go ahead|please)\b"),
    "past": re.compile(r"\b\w+ed\b|\b(?:was|were|had|did|got|went|made|took|gave|came|won|lost|left|became|began|sent|paid|"
                       r"built|ran|saw|knew)\b"),
    "digit": re.compile(r"\d"),
    "fragment": re.compile(r"^\W*(?:\[|\(|\.\.\.|--)|(?:--|—|-|\.\.\.)\W*$"),
}


def trial(rows: list[dict], found: dict) -> dict:
    """A second logistic model for the decision, over the held-out score, the named features,
    the words and the cues above, fitted on claim / no-claim labels: debate-grouped 5-fold
    cross-validation over sets first to third, the threshold for P >= 0.80 chosen on inner
    folds of the training part only; then the same model fitted on a quarter, half and three
    quarters of each training part (the learning curve). The fourth set is left out. Nothing of
    this ships: it tells whether more labels of this kind would reach the re-check's target."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    import benchmarks.train_checkworthy as tc
    from claims.checkworthy import sentence_vector

    text = {(r["doc_id"], r["line"]): r["sentence"] for r in read_jsonl(tc.DATA)}
    dev = [r for r in rows if r["set"] != "fourth"]
    y = np.array([r["claim"] for r in dev])
    groups = [r["doc_id"] for r in dev]
    xs = []
    for r in dev:
        sentence = text[(r["doc_id"], r["line"])]
        x, words = sentence_vector(sentence)
        p = min(max(found[(r["doc_id"], r["line"])][0], 1e-4), 1 - 1e-4)
        low = sentence.lower().replace("’", "'")
        xs.append({"z": math.log(p / (1 - p)), **{"x:" + k: v for k, v in x.items()}, **{"w:" + w: 1 for w in words},
                   **{"c:" + k: 1 for k, cue in _CUES.items() if cue.search(low)}})

    def fit(idx: list[int]):
        dv = DictVectorizer()
        return dv, LogisticRegression(C=0.3, max_iter=3000).fit(dv.fit_transform([xs[i] for i in idx]), y[idx])

    def cut(scores, labels) -> float:  # the lowest score keeping P >= 0.80 with the most claims
        best, tp = (1.0, 0), 0
        for k, i in enumerate(np.argsort(-scores), 1):
            tp += labels[i]
            if tp / k >= 0.8 and tp > best[1]:
                best = (scores[i], tp)
        return best[0]

    out = {}
    rng = np.random.default_rng(0)
    for share in (0.25, 0.5, 0.75, 1.0):
        pred, flags = np.zeros(len(y)), np.zeros(len(y), bool)
        for train, test in GroupKFold(5).split(xs, y, groups):
            train = rng.permutation(train)[: int(len(train) * share)]
            inner = np.zeros(len(train))
            for a, b in GroupKFold(4).split(train, y[train], [groups[i] for i in train]):
                dv, m = fit(list(train[a]))
                inner[b] = m.predict_proba(dv.transform([xs[i] for i in train[b]]))[:, 1]
            dv, m = fit(list(train))
            pred[test] = m.predict_proba(dv.transform([xs[i] for i in test]))[:, 1]
            flags[test] = pred[test] >= cut(inner, y[train])
        out[f"{share:.2f} of each training part"] = {"AP": round(float(average_precision_score(y, pred)), 3),
                                                     **decision(list(flags), list(y))}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trial", action="store_true", help="also run the second-model trial (see trial())")
    args = parser.parse_args()
    from claims.checkworthy import THRESHOLD

    rows = list(read_jsonl(LABELS))
    found = out_of_fold([(r["doc_id"], r["line"]) for r in rows])
    by: dict[str, list[tuple[float, bool, int]]] = defaultdict(list)
    for r in rows:
        score, claim = found[(r["doc_id"], r["line"])]
        for name in (r["set"], "all"):
            by[name].append((score, claim, r["claim"]))
    report = {"date": datetime.now(UTC).date().isoformat(), "command": "python -m benchmarks.claim_decision",
              "threshold": THRESHOLD}
    for name, got in by.items():
        y = [g[2] for g in got]
        report[name] = {"sentences": len(y), "claims": sum(y), "extract": decision([g[1] for g in got], y),
                        "score alone, other thresholds": {
                            str(c): decision([g[0] >= c for g in got], y) for c in CUTS}}
    if args.trial:
        report["trial: a second model on claim / no-claim labels (held-out folds)"] = trial(rows, found)
    print(json.dumps(report, indent=1))
    for name in ("first", "second", "third", "fourth", "all"):
        print(f"# {name}: {report[name]['sentences']} sentences, {report[name]['claims']} claims; "
              f"extract's decision {report[name]['extract']}", file=sys.stderr)


if __name__ == "__main__":
    main()
