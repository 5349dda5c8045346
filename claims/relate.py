"""How a new statement relates to an earlier one: repeat, consistent, conflicting,
misattributed or related. Retrieval finds candidates; this decides, with rapidfuzz on the words
and the structured facts on the numbers.

Numbers are only compared once paired (both describe a from->to change, or their units share a
word); a true match whose numbers cannot be paired is never called a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from claims.ids import normalise_for_id
from claims.tokens import terms

TOLERANCE = 0.02  # relative difference under which two numbers agree
REPEAT = 92.0  # fuzz.ratio of normalised texts for a verbatim reprint
SAME = 0.55  # combined similarity above which two statements share a proposition


@dataclass(frozen=True, slots=True)
class Side:
    """What relate() needs of a statement; facts as dicts in the warehouse/contract shape."""

    text: str
    kind: str = "claim"  # quote | claim | factcheck
    speaker: str = ""
    facts: tuple[dict, ...] = ()


@dataclass(frozen=True, slots=True)
class Relation:
    relation: str
    score: float
    fuzzy: float
    numeric: float  # 1 agree, 0 no numbers compared, -1 conflict


def _close(a: float | None, b: float | None) -> bool | None:
    if a is None or b is None:
        return None
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _unit_words(f: dict) -> set[str]:
    return set(terms(f.get("unit") or ""))


def compare_facts(new: tuple[dict, ...], old: tuple[dict, ...]) -> float:
    """1.0 when paired numbers agree, -1.0 when one differs, 0.0 when nothing pairs."""
    agree = conflict = 0
    for f in new:
        for g in old:
            has_ft = f.get("from") is not None and g.get("from") is not None
            if has_ft:
                checks = [_close(f.get("from"), g.get("from")), _close(f.get("to"), g.get("to"))]
            elif f.get("factor") is not None and g.get("factor") is not None:
                checks = [_close(f.get("factor"), g.get("factor"))]
            elif f.get("value") is not None and g.get("value") is not None and (_unit_words(f) & _unit_words(g)):
                checks = [_close(f.get("value"), g.get("value"))]
            elif f.get("value") is not None and g.get("value") is not None and _close(f["value"], g["value"]):
                checks = [True]  # the same number, units worded differently
            else:
                continue
            if f.get("year") and g.get("year") and (has_ft or f.get("value") is not None):
                checks.append(f["year"] == g["year"])
            if f.get("change") and g.get("change") and f["change"] != g["change"]:
                checks.append(False)
            known = [c for c in checks if c is not None]
            if not known:
                continue
            if all(known):
                agree += 1
            else:
                conflict += 1
    if conflict and conflict >= agree:
        return -1.0
    return 1.0 if agree else 0.0


def relate(new: Side, old: Side) -> Relation:
    a, b = normalise_for_id(new.text).lower(), normalise_for_id(old.text).lower()
    ratio = fuzz.ratio(a, b)
    token_set = fuzz.token_set_ratio(a, b)
    partial = fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 12 else ratio
    fuzzy = max(ratio, 0.5 * token_set + 0.5 * partial) / 100.0
    numeric = compare_facts(new.facts, old.facts)
    if ratio >= REPEAT or (partial >= 97 and min(len(a), len(b)) >= 25):
        if new.kind == "quote" and old.kind == "quote" and new.speaker and old.speaker and not _same_speaker(new.speaker, old.speaker):
            return Relation("misattributed", round(fuzzy, 4), round(fuzzy, 4), numeric)
        return Relation("repeat", round(fuzzy, 4), round(fuzzy, 4), numeric)
    if numeric < 0 and fuzzy >= 0.45:
        return Relation("conflicting", round(fuzzy, 4), round(fuzzy, 4), numeric)
    if fuzzy >= SAME or (numeric > 0 and fuzzy >= 0.45):
        return Relation("consistent", round(fuzzy, 4), round(fuzzy, 4), numeric)
    return Relation("related", round(fuzzy, 4), round(fuzzy, 4), numeric)


def _same_speaker(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1]
