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
from claims.lexicon import (
    CUE_VERBS,
    DECREASE,
    INCREASE,
    MONTHS,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLE_WORDS,
)
from claims.names import data_lines, places
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
        if _time_only(f) and not any(_time_only(g) for g in old):
            # Only when it happened, against a statement whose times come with counts: "Skripal
            # was poisoned in 2016" against "reduced the delegation from 30 to 20 in 2018, after
            # Skripal was poisoned". One time of the old statement agreeing is enough; none
            # agreeing, and some differing, is a conflict.
            times = [t for g in old if (t := _same_time(f, g)) is not None]
            if times:
                agree, conflict = (agree + 1, conflict) if any(times) else (agree, conflict + 1)
            continue
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
            elif (ratio := _factor_against_change(f, g)) is not None:
                checks = [_close(ratio[0], ratio[1])]  # "halved" against "from 30 to 20"
            elif (ends := _end_against_change(f, g)) is not None:
                checks = [_close(ends[0], ends[1], _tolerance(f, g))]  # "cut to 10" against "from 30 to 20"
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


def _factor_against_change(f: dict, g: dict) -> tuple[float, float] | None:
    """(factor, to/from) when one fact is a factor ("halved", "by a third") and the other a
    from/to change of the same thing: both say how much is left."""
    for a, b in ((f, g), (g, f)):
        if (a.get("factor") is not None and a.get("from") is None and b.get("from") and b.get("to") is not None
                and _unit_words(a) & _unit_words(b)):
            return a["factor"], b["to"] / b["from"]
    return None


def _end_against_change(f: dict, g: dict) -> tuple[float, float] | None:
    """(to, to) when one fact gives only where a change ended ("cut the delegation to 20") and
    the other a from/to change of the same thing."""
    for a, b in ((f, g), (g, f)):
        if (a.get("to") is not None and a.get("from") is None and b.get("from") is not None
                and b.get("to") is not None and _unit_words(a) & _unit_words(b)):
            return a["to"], b["to"]
    return None


def _time_only(f: dict) -> bool:
    return (f.get("value") is None and f.get("from") is None and f.get("factor") is None
            and bool(f.get("year") or f.get("date")))


def _same_time(f: dict, g: dict) -> bool | None:
    """Whether two facts happened at the same time, at every grain both give: year, month
    and day ("2021-10-07", "--10-07" without a year, "2021-10" or "--10" for a month alone)."""
    a, b = f.get("date") or "", g.get("date") or ""
    if a and b:
        known = [x == y for x, y in zip(_ymd(a), _ymd(b), strict=True) if x and y]
        if known:
            return all(known)
    ya, yb = f.get("year"), g.get("year")
    if ya and yb:
        return ya == yb
    return None


def _ymd(date: str) -> tuple[str, str, str]:
    """(year, month, day) of "2021-10-07", "--10-07", "2021-10" or "--10"; "" where not given."""
    if date.startswith("--"):
        parts = date[2:].split("-")
        return "", parts[0], parts[1] if len(parts) > 1 else ""
    parts = date.split("-")
    return parts[0], parts[1] if len(parts) > 1 else "", parts[2] if len(parts) > 2 else ""


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
    if shared < SAME * small:  # derived forms can only add to what is shared word for word
        shared = _shared(ta, tb) if len(ta) <= len(tb) else _shared(tb, ta)
        if shared < SAME * small:
            shared += _described(a, b, ta, tb)
    if shared < (0.3 if small == 3 else 0.15) * large:
        return 0.0
    return shared / small


# What news calls an organisation it has named ("NATO ... the alliance", "the WHO ... the agency").
_DESCRIPTIONS = frozenset(terms("alliance bloc organization organisation agency body union coalition"))
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")


def _described(a: str, b: str, ta: frozenset[str], tb: frozenset[str]) -> int:
    """How many organisations one statement names by acronym where the other says what it is
    ("NATO cut ..." / "The alliance cut ..."): each such pair is one shared term."""
    pairs = 0
    for tx, y, ty in ((ta, b, tb), (tb, a, ta)):
        described = len((tx - ty) & _DESCRIPTIONS)
        if described:
            named = {t for w in _ACRONYM_WORD.findall(y) for t in terms(w)} - tx
            pairs += min(described, len(named))
    return pairs


_GENERIC = frozenset("percent per cent dollar million billion trillion year month week day people "
                     "number time total".split())


def _word_overlap(a: str, b: str) -> float:
    """Overlap of the words around the numbers: paired numbers plus this make one proposition.
    Words count only when equal or of one sense (synonyms.txt): this path is already the looser
    one, and derived forms would let "Russia expelled eight NATO staff" meet "NATO expelled
    eight Russian delegates"."""
    ta = {t for t in _terms(a) if not t[0].isdigit() and t not in _GENERIC}
    tb = {t for t in _terms(b) if not t[0].isdigit() and t not in _GENERIC}
    small = min(len(ta), len(tb))
    if small < 2:
        return 0.0
    tb_senses = _senses(frozenset(tb))  # a word of the same sense counts: "shutting" / "close" (synonyms.txt)
    return (len(ta & tb) + sum(1 for t in ta - tb if _sense(t) in tb_senses)) / small


STEM_PREFIX = 5  # a term this long that begins another is the same word: "annex"/"annexation"


def _shared(ta: frozenset[str], tb: frozenset[str]) -> int:
    """How many terms of `ta` are in `tb`, a word and its derived forms counting as one
    ("Crimea"/"Crimean", "worsened"/"worse", "Russia"/"Russian"): the light stemmer leaves
    derivations apart, and a paraphrase changes them more often than it changes words."""
    shared = ta & tb
    n = len(shared)
    if n == len(ta):
        return n
    heads, seats, tb_senses = _heads(tb), _seats(), _senses(tb)
    return n + sum(1 for t in ta - shared if (heads and _derived(t, tb)) or any(_derived(s, tb) for s in seats.get(t, ()))
                   or _sense(t) in tb_senses)


def _same_place(t: str, ts: frozenset[str]) -> bool:
    """Whether name term `t` is in `ts` as itself, a derived form, or its capital or country."""
    return _derived(t, ts) or any(_derived(s, ts) for s in _seats().get(t, ()))


_COUNTRY_QUALIFIERS = frozenset("south north new united republic".split())


@lru_cache(maxsize=1)
def _seats() -> dict[str, frozenset[str]]:
    """A capital's term -> its country's terms, and a country's term -> its capital's
    (claims/data/capitals.txt): "Moscow accused NATO" and "Russia accused NATO" state one thing."""
    out: dict[str, set[str]] = {}
    for line in data_lines("capitals.txt"):
        capital, countries = line.split("\t")
        seat = terms(capital)[-1]
        keys = {t for name in countries.split(" / ") for t in terms(name) if t not in _COUNTRY_QUALIFIERS}
        out.setdefault(seat, set()).update(keys)
        for k in keys:
            out.setdefault(k, set()).add(seat)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, int]:
    """Each term of claims/data/synonyms.txt, in its -s, -ed and -ing forms too, -> its line:
    "shuttering" and "closing" are one sense ("Russia is shuttering its mission" / "Moscow is
    closing its mission")."""
    out: dict[str, int] = {}
    for sense, line in enumerate(data_lines("synonyms.txt")):
        for word in line.split():
            stem = word[:-1] if word.endswith("e") else word
            forms = {word, word + "s", word + "es", word + "ed", word + "d", stem + "ing", word + word[-1] + "ing",
                     word + word[-1] + "ed", word[:-1] + "ies" if word.endswith("y") else word,
                     word[:-1] + "ied" if word.endswith("y") else word}
            for form in forms:
                for t in terms(form):
                    out.setdefault(t, sense)
    return out


def _sense(t: str) -> int | None:
    """The line of synonyms.txt that term `t` is on, if any."""
    return _synonyms().get(t)


@lru_cache(maxsize=100_000)
def _senses(ts: frozenset[str]) -> frozenset[int]:
    """The synonyms.txt lines the terms of a statement are on."""
    return frozenset(sense for t in ts if (sense := _sense(t)) is not None)


def _derived(t: str, ts: frozenset[str]) -> bool:
    """Whether term `t` is in `ts`, itself or as a derived form: one begins with the other
    ("annex"/"annexation"), or a place and its people ("Florida"/"Floridian", "Mexico"/"Mexican")."""
    if t in ts:
        return True
    return len(t) >= STEM_PREFIX and any(_derives(t, u) for u in _heads(ts).get(t[:STEM_PREFIX], ()))


def _derives(t: str, u: str) -> bool:
    short, long = (t, u) if len(t) <= len(u) else (u, t)
    return long.startswith(short) or (long.endswith("an") and short[-1] in "aeio" and long.startswith(short[:-1]))


@lru_cache(maxsize=100_000)
def _heads(ts: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The terms of STEM_PREFIX letters or more by their first STEM_PREFIX letters: only
    those can be derived forms of one another."""
    heads: dict[str, list[str]] = {}
    for t in ts:
        if len(t) >= STEM_PREFIX and not t[0].isdigit():
            heads.setdefault(t[:STEM_PREFIX], []).append(t)
    return {k: tuple(v) for k, v in heads.items()}


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
    # Under a third of the terms shared word for word: related, whatever else. Asked of both
    # modes, so `check` (which ranks with the scores) and `track` (quick) decide alike.
    little = a != b and _shares_little(new, old)
    if quick and little:
        return _UNRELATED
    ratio = 100.0 if a == b else fuzz.ratio(a, b)
    restated = None if little else _restated_quote(new, old)
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
        if ratio < 100.0 and _name_swapped(new.text, old.text):
            # "along the Finnish border" reprinted as "along the Ukrainian border": the words are
            # the same, the proposition is not
            return _UNRELATED if quick else Relation("related", fuzzy, fuzzy, numeric)
        return Relation("repeat", fuzzy, fuzzy, numeric)
    numeric = compare_facts(new.facts, old.facts)
    if little or (overlap(new.proposition, old.proposition) < SAME
                  and not (numeric and _word_overlap(new.proposition, old.proposition) >= 0.6)
                  and _clause_overlap(new.proposition, old.proposition) < SAME):
        return _UNRELATED if quick else Relation("related", fuzzy, fuzzy, 0.0)
    if quick:
        fuzzy = _fuzzy(a, b, ratio)[0]
    if numeric < 0:
        return Relation("conflicting", fuzzy, fuzzy, numeric)
    if _name_swapped(new.text, old.text):
        return _UNRELATED if quick else Relation("related", fuzzy, fuzzy, numeric)
    if (numeric == 0 or all(_time_only(f) for f in new.facts)) and _opposite_change(new.proposition, old.proposition):
        # (with a count or an amount paired, its own change settles it: compare_facts)
        return Relation("conflicting", fuzzy, fuzzy, -1.0)
    return Relation("consistent", fuzzy, fuzzy, numeric)


@lru_cache(maxsize=200_000)
def _word_term(word: str) -> str:
    """A word's first term as `terms` reads it, so names compare with the statements' terms
    ("NATO’s" is "nato", "I’m" is "m")."""
    t = terms(word)
    return t[0] if t else ""


@lru_cache(maxsize=50_000)
def _name_terms(text: str) -> tuple[tuple[str, str, str], ...]:
    """(term, term before, term after) of each capitalised word inside a sentence: the names,
    places and demonyms of a statement with the words they stand between. A sentence's first
    word is capitalised whatever it is, so one inside the statement is left out unless it is a
    name anywhere (an acronym, a country); the statement's own first word is kept, as it is
    mostly its subject ("Mexico imposed a tariff" / "Canada imposed a tariff", "Prices rose" /
    "Wages rose"). Speakers are left out ("Raman said", "according to Raman", and "Priya Raman"
    wherever Raman speaks): who says a thing is not what is said, and `relate` judges the
    speaker apart."""
    runs = [(m.group(), m.start()) for m in _WORD_RUN.finditer(text)]
    if sum(w[0].isupper() for w, _ in runs) * 2 > len(runs):
        return ()  # a headline's capitals tell no names apart
    lows = [w.lower() for w, _ in runs]
    ts = [_word_term(w) or (w.lower() if w.isupper() and len(w) >= 2 else "") for w, _ in runs]  # "WHO", "US"
    names = [i for i, (w, at) in enumerate(runs)
             if w[0].isupper() and (len(ts[i]) >= 3 or (len(ts[i]) == 2 and w.isupper()))
             and (w.isupper() or not _names_nobody(lows[i]))  # "WHO" is no pronoun
             and lows[i] not in TITLE_WORDS and not _CONTRACTION.search(lows[i])
             and (i == 0 or not _opens_sentence(text, at) or _named_anywhere(w, ts[i]))]
    speakers = {ts[i] for i in names
                if (i + 1 < len(runs) and lows[i + 1] in CUE_VERBS) or (i and lows[i - 1] in CUE_VERBS)
                or lows[i - 2 : i] == ["according", "to"]}
    out = []
    for i in names:
        if ts[i] in speakers or (i + 1 < len(runs) and ts[i + 1] in speakers and runs[i + 1][0][0].isupper()):
            continue
        before = next((t for t in reversed(ts[:i]) if t), "")
        after = next((t for t in ts[i + 1 :] if t), "")
        out.append((ts[i], before, after))
    return tuple(out)


def _named_anywhere(word: str, term: str) -> bool:
    """A word that is a name wherever it stands, the start of a sentence included: an acronym
    ("NATO cut ..."), a country or its capital ("Beijing has accused ..."), a place the shipped
    lists know. "China has accused NATO" and "Russia has accused NATO" are two propositions."""
    return (word.isupper() and len(word) >= 2) or term in _seats() or word in places()


def _names_nobody(low: str) -> bool:
    """A capitalised word that is no name: a pronoun, an opener, a cue, a day or a month."""
    return low in _NOT_NAMES or low in TIME_WORDS or low in MONTHS


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` starts a sentence or a quotation (so is capitalised anyway).
    A straight quotation mark opens only after a space: in `true," Lopez said` it closes."""
    before = text[:at].rstrip()
    c = before[-1:]
    if c == '"':
        return len(before) < 2 or before[-2].isspace() or before[-2] in "([—"
    return c in _OPENS_SENTENCE


_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+)+")


def _directions(text: str) -> set[str]:
    words = set(_words(text))
    return {d for d, verbs in (("up", INCREASE), ("down", DECREASE)) if words & verbs}


def _opposite_change(a: str, b: str) -> bool:
    """One statement says a thing went up and the other that it went down, with no number to
    compare ("The firm raised its prices in March" / "the firm cut its prices in March"): the
    same proposition, contradicted. A statement with both directions ("Sales fell after the
    firm cut prices") is read by its clause, else not at all."""
    da, db = _directions(a), _directions(b)
    if len(da) == 1 and len(db) == 2 and (c := _clause(b)):
        db = _directions(c)
    if len(db) == 1 and len(da) == 2 and (c := _clause(a)):
        da = _directions(c)
    return len(da) == 1 and len(db) == 1 and da != db


_SUBORDINATE = re.compile(r"\b(?:after|before|when|because|since|while|until|as)\s+", re.I)
_PARTICIPLE_TAIL = re.compile(r",\s+\w+ing\b.*$", re.S)


def _clause(text: str) -> str:
    """The clause after a statement's last subordinator, its participle tail cut ("Moscow’s move
    comes less than two weeks after NATO expelled eight members of the Russian delegation,
    accusing them ..." -> "NATO expelled eight members of the Russian delegation"), or ""."""
    last = max(_SUBORDINATE.finditer(text), key=lambda m: m.start(), default=None)
    if last is None or last.start() < 10:
        return ""
    return _PARTICIPLE_TAIL.sub("", text[last.end() :]).strip()


def _clause_overlap(a: str, b: str) -> float:
    """overlap() of one statement with the subordinate clause of the other: a restatement of
    what the clause says ("NATO expelled eight Russian envoys") states that clause's proposition,
    whatever the main clause around it ("Moscow’s move comes ... after ...")."""
    best = 0.0
    for x, y in ((a, b), (b, a)):
        if (c := _clause(y)) and len(_terms(c)) >= 3:
            best = max(best, overlap(x, c))
    return best


def _spelled_out(a: str, b: str) -> frozenset[str]:
    """The terms of `a`'s runs of capitalised words that spell the start of an acronym `b`
    writes ("North Atlantic alliance" / "NATO", "United Nations" / "UN", "World Health
    Organization" / "WHO"): one name, written two ways, so no swap."""
    acronyms = {w for w in _ACRONYM_WORD.findall(b) if len(w) >= 2}
    if not acronyms:
        return frozenset()
    out: set[str] = set()
    for m in _CAPITAL_RUN.finditer(a):
        words = [w for w in m.group().split() if w != "of"]
        initials = "".join(w[0] for w in words)
        if any(ac.startswith(initials) for ac in acronyms):
            out.update(t for w in words for t in terms(w))
    return frozenset(out)


def _name_swapped(a: str, b: str) -> bool:
    """Whether one name stands where the other statement has another ("along the Finnish
    border" / "along the Ukrainian border"): the words agree, the proposition does not.
    Names found in both (or a derived form: "Russia"/"Russian", or a capital for its country:
    "Moscow"/"Russia") are no swap."""
    na, nb = _name_terms(a), _name_terms(b)
    if not na or not nb:
        return False
    ta, tb = _terms(a), _terms(b)
    spelled_a, spelled_b = _spelled_out(a, b), _spelled_out(b, a)
    only_a = [n for n in na if not _same_place(n[0], tb) and n[0] not in spelled_a]
    if not only_a:
        return False
    only_b = [n for n in nb if not _same_place(n[0], ta) and n[0] not in spelled_b]
    # The place they share is a word, not another name: "in Florida, Trump" and "Donald Trump"
    # put two names before "Trump", which is no swap.
    names = {n[0] for n in na} | {n[0] for n in nb}
    return any((x[1] and _one_sense(x[1], y[1]) and x[1] not in names) or (x[2] and _one_sense(x[2], y[2]) and x[2] not in names)
               for x in only_a for y in only_b)


def _one_sense(x: str, y: str) -> bool:
    """The same word, or words of one sense ("eight Chinese diplomats" / "the Russian delegation")."""
    if x == y:
        return True
    return (sense := _sense(x)) is not None and sense == _sense(y)


def _fuzzy(a: str, b: str, ratio: float) -> tuple[float, float]:
    """How alike two normalised texts read, 0-1 (the ratio, or the mean of the token-set and
    partial ratios when higher: a reworded or shortened reprint), and the partial ratio."""
    if ratio == 100.0:
        return 1.0, 100.0
    token_set = fuzz.token_set_ratio(a, b)
    partial = fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 12 else ratio
    return round(max(ratio, 0.5 * token_set + 0.5 * partial) / 100.0, 4), partial


_OPENS_SENTENCE = frozenset(("", ".", "!", "?", ":", ";", "“", "‘", "(", "—", "―"))
_CONTRACTION = re.compile(r"['’](?!s$)")  # "I’ll", "We’re"; not the possessive "Russia’s"
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
    whole = n >= 3 and len(ow) >= n and _word_set(quote.text) <= _word_set(other.text)
    at = next((i for i in range(len(ow) - n + 1) if ow[i : i + n] == qw), None) if whole else None
    partial = at is None
    if partial:
        if other.kind == "quote":
            return None
        # Part of the quote, quoted in a claim: "Lungescu said NATO “might address our
        # ambassador”" against Lavrov's longer quote holding those words.
        found = _quoted_part(other.text, qw)
        # Whose words these are, the claim must say itself: "Lungescu said ...". A claim's
        # speaker otherwise comes from the quotes around it, which may be someone else's.
        if found is None or not other.speaker or _last_word(other.speaker) not in _word_set(other.text):
            return None
        at, n = found
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
    names = [w for i, w in enumerate(near) if w[0].isupper() and not _names_nobody(w.lower())
             and not w.endswith(("'s", "’s")) and not (i + 1 < len(near) and near[i + 1].lower() in ROLE_NOUNS)]
    if quote.speaker:
        # Before a quoted part stands its clause's subject ("said NATO “might ...”"), not its
        # speaker: only a speaker found for the claim names who said a part.
        named = [other.speaker] if other.speaker else [] if other.kind == "quote" or partial else names
        if named and not any(_same_speaker(quote.speaker, who) for who in named):
            return Relation("misattributed", 1.0, 1.0, numeric)
    if other.kind == "quote":  # the speaker's own words again, longer: a repeat while close
        return Relation("repeat" if rest <= RESTATED_REST else "consistent", 1.0, 1.0, numeric)
    # Reported again in someone's sentence: the same proposition, not a reprint (the seed
    # annotation's convention: "Lavrov said the alliance had already been notified" against
    # his "already been notified" is consistent).
    return Relation("consistent", 1.0, 1.0, numeric)


_TITLE_SMALL_WORDS = frozenset("a an the of and in on for to at".split())
_PLAIN_WORD = re.compile(r"[^\W_]+")


def _is_title(part: str) -> bool:
    """A title or slogan in capitals ("Make America Great Again", "The Art of the Deal"): every
    word capitalised (or a number), small words aside. A loop, not one regex: nested repeats
    over capitals backtrack exponentially on a long run of them."""
    words = _PLAIN_WORD.findall(part)
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
_QUOTED = re.compile(r"[“\"]([^“”\"]{8,}?)[”\"]")
QUOTED_PART_WORDS = 4  # a quoted part this long, found in a quote, is that quote's words (or the whole quote)


def _quoted_part(text: str, quote_words: tuple[str, ...]) -> tuple[int, int] | None:
    """(word index, length) in `text`'s words of a part of it in quotation marks whose words
    run unbroken inside `quote_words`; None when there is none."""
    words = _words(text)
    for m in _QUOTED.finditer(text):
        part = _words(m.group(1))
        k = len(part)
        if (k < QUOTED_PART_WORDS and not (k >= 2 and part == quote_words)) or k > len(quote_words) or _is_title(
                m.group(1)):
            # Shorter parts only when they are the whole quote ("Lavrov said NATO's policy “remains
            # consistent.”" against Lungescu's partial quote "remains consistent"); a title or a slogan
            # in quotation marks ("Make America Great Again") is no speech.
            continue
        if not any(quote_words[i : i + k] == part for i in range(len(quote_words) - k + 1)):
            continue
        before = len(_words(text[: m.start()]))
        if words[before : before + k] == part:
            return before, k
    return None


def _last_word(name: str) -> str:
    words = _words(name)
    return words[-1] if words else ""


def _same_speaker(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.split()[-1] == b.split()[-1]
