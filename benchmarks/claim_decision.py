"""The claim decision on a claim / no-claim reading of debate sentences, scored on debates the
model never saw.

    python -m benchmarks.claim_decision          # needs factrack[train] (scikit-learn)

Why: CLEF 2020 task 5 labels a sentence positive when fact-checkers actually checked it (1.1%
of sentences), so precision at recall 0.60 there (0.039) says little about the question a user
asks of the decision: is this sentence a claim at all? This benchmark asks that question.

Labels: `benchmarks/data/claim_decision_labels.jsonl` holds 400 CLEF 2020 task 5 train sentences,
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
"second" (160, 43 claims) was labelled before any score was seen and scored once. Nothing is
fitted on either: each sentence is scored by the check-worthiness model refit
(`benchmarks.train_checkworthy`, the shipped C) on the debates of the other four of five
debate-grouped folds, so no sentence is scored by a model that saw its debate. The decision is
`factrack extract`'s own (claims.extract.extract on the sentence: the shipped threshold, and no
claim in a question or a label) with those weights put in place of the shipped ones. The table of
other thresholds is for the score alone, and is description, not a choice.
"""

from __future__ import annotations

import argparse
import json
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


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
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
    print(json.dumps(report, indent=1))
    for name in ("first", "second", "all"):
        print(f"# {name}: {report[name]['sentences']} sentences, {report[name]['claims']} claims; "
              f"extract's decision {report[name]['extract']}", file=sys.stderr)


if __name__ == "__main__":
    main()
