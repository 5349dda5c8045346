"""How a new statement relates to an earlier one: repeat, consistent, conflicting,
misattributed or related. Retrieval finds candidates; this decides, with rapidfuzz on the words
and the structured facts on the numbers.

Numbers are only compared once paired (both describe a from->to change, or their units share a
word); a true match whose numbers cannot be paired is never called a conflict.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from claims.ids import normalise_for_id
from claims.lexicon import MONTHS, ROLE_NOUNS, TIME_WORDS
from claims.tokens import terms

TOLERANCE = 0.02  # relative difference under which two numbers agree
REPEAT = 92.0  # fuzz.ratio of normalised texts for a verbatim reprint
SAME = 0.7  # share of terms above which two statements state the same proposition


@dataclass(frozen=True, slots=True)
class Side:
    """What relate() needs of a statement; facts as dicts in the warehouse/contract shape.
    Hashable, so a relation can be remembered by its two sides' contents (a wire story printed
    by many outlets gives the same pair again and again). The hash leaves the facts out, as
    dicts do not hash and sides with one text nearly always have one set of numbers; equality
    still compares them, so a reprint whose numbers differ is decided on its own."""

    text: str
    kind: str = "claim"  # quote | claim | factcheck
    speaker: str = ""
    facts: tuple[dict, ...] = field(default=(), hash=False)
    context: str = ""  # the proposition when `text` is only a fragment (a partial quote's clause)

    @property
    def proposition(self) -> str:
        return self.context or self.text


@dataclass(frozen=True, slots=True)
class Relation:
    relation: str
    score: float
    fuzzy: float
    numeric: float  # 1 agree, 0 no numbers compared, -1 conflict


APPROX_TOLERANCE = 0.1  # "about 50 percent" agrees with 48
_APPROX = frozenset({"about", "nearly", "almost", "around", "roughly", "approximately", "some"})
_AT_LEAST = frozenset({"more than", "at least", "over", "just over"})
_AT_MOST = frozenset({"less than", "fewer than", "at most", "up to", "under", "just under", "as many as",
                      "as much as"})
_BOUNDS = _AT_LEAST | _AT_MOST


def _close(a: float | None, b: float | None, tolerance: float = TOLERANCE) -> bool | None:
    if a is None or b is None:
        return None
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _tolerance(f: dict, g: dict) -> float:
    return APPROX_TOLERANCE if f.get("qualifier") in _APPROX or g.get("qualifier") in _APPROX else TOLERANCE


def _interval(v: float, qualifier: str) -> tuple[float, float]:
    slack = abs(v) * (APPROX_TOLERANCE if qualifier in _APPROX else TOLERANCE)
    if qualifier in _AT_LEAST:
        return v - slack, math.inf
    if qualifier in _AT_MOST:
        return -math.inf, v + slack
    return v - slack, v + slack


def _values_agree(f: dict, g: dict) -> bool | None:
    """A bound agrees with every value it allows: "more than 30" with 35, "up to 40" with 25;
    an approximation ("about", "nearly") within 10%; exact numbers within 2%."""
    a, b = f.get("value"), g.get("value")
    if a is None or b is None:
        return None
    qa, qb = f.get("qualifier") or "", g.get("qualifier") or ""
    if qa not in _BOUNDS and qb not in _BOUNDS:
        return _close(a, b, _tolerance(f, g))
    lo_a, hi_a = _interval(a, qa)
    lo_b, hi_b = _interval(b, qb)
    return lo_a <= hi_b and lo_b <= hi_a


def _unit_words(f: dict) -> frozenset[str]:
    return _terms(f.get("unit") or "")


def compare_facts(new: tuple[dict, ...], old: tuple[dict, ...]) -> float:
    """1.0 when paired numbers agree, -1.0 when one differs, 0.0 when nothing pairs."""
    agree = conflict = 0
    for f in new:
        for g in old:
            has_ft = f.get("from") is not None and g.get("from") is not None
            if _time_only(f) and _time_only(g):
                # When it happened, with nothing counted: "opened in 2005" / "opened in 2009"
                checks = [_same_time(f, g)]
            elif has_ft:
                tol = _tolerance(f, g)
                checks = [_close(f.get("from"), g.get("from"), tol), _close(f.get("to"), g.get("to"), tol)]
            elif f.get("factor") is not None and g.get("factor") is not None:
                checks = [_close(f.get("factor"), g.get("factor"))]
            elif f.get("value") is not None and g.get("value") is not None and (_unit_words(f) & _unit_words(g)):
                checks = [_values_agree(f, g)]
            elif f.get("value") is not None and g.get("value") is not None and _close(f["value"], g["value"]):
                checks = [True]  # the same number, units worded differently
            else:
                continue
            if not _time_only(f) and (has_ft or f.get("value") is not None):
                checks.append(_same_time(f, g))
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


def _time_only(f: dict) -> bool:
    return (f.get("value") is None and f.get("from") is None and f.get("factor") is None
            and bool(f.get("year") or f.get("date")))


def _same_time(f: dict, g: dict) -> bool | None:
    """Whether two facts happened at the same time, at the finest grain both give: the day
    when both name one ("2021-10-07", or "--10-07" without a year), else the year."""
    a, b = f.get("date") or "", g.get("date") or ""
    if a and b:
        if a.startswith("--") or b.startswith("--"):
            return a[-5:] == b[-5:]
        return a == b
    ya, yb = f.get("year"), g.get("year")
    if ya and yb:
        return ya == yb
    return None


@lru_cache(maxsize=100_000)
def _norm(text: str) -> str:
    return normalise_for_id(text).lower()


@lru_cache(maxsize=100_000)
def _terms(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def overlap(a: str, b: str) -> float:
    """Share of the shorter statement's terms (numbers included) found in the other.

    0 when the shorter has fewer than three terms (too little to be the same proposition) or
    when the shared terms are a small part of the longer one (a phrase inside a different claim:
    under 15%, or under 30% for a three-term statement)."""
    ta, tb = _terms(a), _terms(b)
    small, large = sorted((len(ta), len(tb)))
    if small < 3:
        return 0.0
    shared = len(ta & tb)
    if shared < (0.3 if small == 3 else 0.15) * large:
        return 0.0
    return shared / small


_GENERIC = frozenset("percent per cent dollar million billion trillion year month week day people "
                     "number time total".split())


def _word_overlap(a: str, b: str) -> float:
    """Overlap of the words around the numbers: paired numbers plus this make one proposition."""
    ta = {t for t in _terms(a) if not t[0].isdigit() and t not in _GENERIC}
    tb = {t for t in _terms(b) if not t[0].isdigit() and t not in _GENERIC}
    small = min(len(ta), len(tb))
    return len(ta & tb) / small if small >= 2 else 0.0


def _shares_little(new: Side, old: Side) -> bool:
    """True when under a third of the smaller side's terms are shared: neither a repeat nor the
    same proposition can follow, so the fuzzy scoring can be skipped. `track` asks this of most
    candidate pairs, so the propositions are compared only when one differs from its text."""
    ta, tb = _terms(new.text), _terms(old.text)
    if len(ta & tb) * 3 >= (min(len(ta), len(tb)) or 1):
        return False
    if not new.context and not old.context:
        return True  # each proposition is its text
    pa, pb = _terms(new.proposition), _terms(old.proposition)
    return len(pa & pb) * 3 < (min(len(pa), len(pb)) or 1)


_UNRELATED = Relation("related", 0.0, 0.0, 0.0)


def relate(new: Side, old: Side, quick: bool = False) -> Relation:
    """The relation of `new` to `old`. With `quick`, a pair that comes out "related" is answered
    without fuzzy scores (what `track` needs: it keeps no "related" rows; ranking needs the
    scores): clearly unrelated pairs before any scoring, the others once decided."""
    a, b = _norm(new.text), _norm(old.text)
    if quick and a != b and _shares_little(new, old):
        return _UNRELATED
    ratio = 100.0 if a == b else fuzz.ratio(a, b)
    restated = _restated_quote(new, old)
    if restated is not None:
        return restated
    # The partial ratio is the costly score. `quick` asks only whether it reaches a reprint's
    # 97 (rapidfuzz answers that for less), and scores the pairs it keeps.
    if quick:  # the scores wait until the pair is known to be kept
        fuzzy = 0.0
        partial = fuzz.partial_ratio(a, b, score_cutoff=97) if ratio < REPEAT and min(len(a), len(b)) >= 25 else 0.0
    else:
        fuzzy, partial = _fuzzy(a, b, ratio)
    # A reprint: nearly the same words, or one text found almost whole in the other.
    if ratio >= REPEAT or (partial >= 97 and min(len(a), len(b)) >= 25):
        if quick:
            fuzzy = _fuzzy(a, b, ratio)[0]
        numeric = compare_facts(new.facts, old.facts)
        if numeric < 0:
            # Nearly the same words with a paired number changed ("from 30 to 10" reprinted as
            # "from 30 to 20"): the conflict is the news, not the reprint.
            return Relation("conflicting", fuzzy, fuzzy, numeric)
        if new.kind == "quote" and old.kind == "quote" and new.speaker and old.speaker and not _same_speaker(new.speaker, old.speaker):
            return Relation("misattributed", fuzzy, fuzzy, numeric)
        return Relation("repeat", fuzzy, fuzzy, numeric)
    numeric = compare_facts(new.facts, old.facts)
    if overlap(new.proposition, old.proposition) < SAME and not (numeric and _word_overlap(new.proposition, old.proposition) >= 0.6):
        return _UNRELATED if quick else Relation("related", fuzzy, fuzzy, 0.0)
    if quick:
        fuzzy = _fuzzy(a, b, ratio)[0]
    if numeric < 0:
        return Relation("conflicting", fuzzy, fuzzy, numeric)
    return Relation("consistent", fuzzy, fuzzy, numeric)


def _fuzzy(a: str, b: str, ratio: float) -> tuple[float, float]:
    """How alike two normalised texts read, 0-1 (the ratio, or the mean of the token-set and
    partial ratios when higher: a reworded or shortened reprint), and the partial ratio."""
    if ratio == 100.0:
        return 1.0, 100.0
    token_set = fuzz.token_set_ratio(a, b)
    partial = fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 12 else ratio
    return round(max(ratio, 0.5 * token_set + 0.5 * partial) / 100.0, 4), partial


_WORD_RUN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# Capitalised words that name nobody: pronouns, articles and the words a sentence opens with.
_NOT_NAMES = frozenset("""he she they it we i you his her their its our the a an but and as in on at
this that these those then there here mr mrs ms dr said says told added according""".split())
RESTATED_REST = 8  # words around a quote's words that still make a repeat (an attribution)
ATTRIBUTION_WORDS = 4  # words either side of the quote's words read for who said it


@lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RUN.findall(_norm(text)))


@lru_cache(maxsize=100_000)
def _cased_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RUN.findall(normalise_for_id(text)))


@lru_cache(maxsize=100_000)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(_words(text))


def _restated_quote(new: Side, old: Side) -> Relation | None:
    """A quote's words restated whole inside a claim or query ("Jones said: we will not
    resign" against Jones's "We will not resign"): consistent; inside a longer quote of the
    same speaker, a repeat (consistent when it adds more than RESTATED_REST words);
    misattributed when it names only someone else. None when neither side is a quote found
    whole in the other."""
    if new.kind != "quote" and old.kind != "quote":
        return None
    if new.kind == old.kind:  # two quotes: the shorter found whole in the longer
        quote, other = (new, old) if len(new.text) <= len(old.text) else (old, new)
    else:
        quote, other = (new, old) if new.kind == "quote" else (old, new)
    qw, ow = _words(quote.text), _words(other.text)
    if qw == ow and new.kind == old.kind:
        return None  # the same words: the ordinary reprint rules decide
    n = len(qw)
    if n < 3 or len(ow) < n or not _word_set(quote.text) <= _word_set(other.text):
        return None
    at = next((i for i in range(len(ow) - n + 1) if ow[i : i + n] == qw), None)
    if at is None:
        return None
    rest = len(ow) - n
    numeric = compare_facts(new.facts, old.facts)
    if numeric < 0:
        return Relation("conflicting", 1.0, 1.0, numeric)
    cased = _cased_words(other.text)
    if len(cased) != len(ow):
        cased = ow
    # The attribution is next to the quote's words: "Lavrov said: ...", "..., Lungescu said".
    near = cased[max(0, at - ATTRIBUTION_WORDS) : at] + cased[at + n : at + n + ATTRIBUTION_WORDS]
    # Not the speaker: a possessive ("NATO's spokesperson" names the role's employer) or a day.
    # Not the speaker either: a name that qualifies a job ("the Kremlin spokesman").
    names = [w for i, w in enumerate(near) if w[0].isupper() and w.lower() not in _NOT_NAMES
             and not w.endswith(("'s", "’s")) and w.lower() not in TIME_WORDS and w.lower() not in MONTHS
             and not (i + 1 < len(near) and near[i + 1].lower() in ROLE_NOUNS)]
    if quote.speaker:
        named = [other.speaker] if other.speaker else [] if other.kind == "quote" else names
        if named and not any(_same_speaker(quote.speaker, who) for who in named):
            return Relation("misattributed", 1.0, 1.0, numeric)
    if other.kind == "quote":  # the speaker's own words again, longer: a repeat while close
        return Relation("repeat" if rest <= RESTATED_REST else "consistent", 1.0, 1.0, numeric)
    # Reported again in someone's sentence: the same proposition, not a reprint (the seed
    # annotation's convention: "Lavrov said the alliance had already been notified" against
    # his "already been notified" is consistent).
    return Relation("consistent", 1.0, 1.0, numeric)


def _same_speaker(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1]
