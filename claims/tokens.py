"""Retrieval terms: lowercase words, light stemming, numbers as digits, stopwords dropped.

Number words become digits ("eight" -> "8") so "expelled 8 diplomats" meets "expelled eight";
used both to build the warehouse postings and to tokenise queries, so they always agree.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claims.numbers import TENS, UNITS

STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then once
    here there when where why how all any both each few more most other some such no nor not
    only own same so than too very s t can will just don should now is are was were be been
    being have has had having do does did doing i me my we our you your he him his she her it
    its they them their what which who whom this that these those am would could also said says
    say told rt http https co amp""".split()
)
WORD_PATTERN = r"[a-z0-9]+(?:[.,][0-9]+)*"  # also run by DuckDB (RE2) in warehouse.corpus
_WORD = re.compile(WORD_PATTERN)
NUMBER_WORDS = {**{k: str(v) for k, v in UNITS.items()}, **{k: str(v) for k, v in TENS.items()}}
# Change verbs collapse to their direction, so "cut" meets "reduced" and "rose" meets "increased".
DIRECTION = {**dict.fromkeys(
    "cut cuts cutting reduce reduced reduces reducing decrease decreased decreases decreasing fell "
    "fall falls falling drop dropped drops declined decline declines lowered lower slashed slash "
    "shrank shrunk halved plunged plummeted tumbled trimmed".split(), "decrease"),
    **dict.fromkeys(
    "increase increased increases increasing rose rise rises rising grew grow grows growing raised "
    "raise raises climbed jumped soared surged expanded boosted doubled tripled hiked".split(), "increase")}


SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))  # in order


@lru_cache(maxsize=200_000)
def stem(w: str) -> str:
    if w.isdigit() or len(w) <= 3:
        return w
    for suf, rep in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: len(w) - len(suf)] + rep
    return w


def _term(w: str) -> str:
    """The term of one matched word ("" for a stopword)."""
    w = w.replace(",", "")
    w = NUMBER_WORDS.get(w, w)
    if w in STOPWORDS:
        return ""
    return DIRECTION.get(w) or stem(w)


_TERM_OF: dict[str, str] = {}  # word -> term, for the words seen lately (news repeats its words)
_TERM_CACHE_SIZE = 300_000


def terms(text: str) -> list[str]:
    words = _WORD.findall(text.lower().replace("’", "'"))
    found = list(map(_TERM_OF.get, words))  # one C-level pass; words not seen lately are None
    if None in found:
        if len(_TERM_OF) >= _TERM_CACHE_SIZE:
            _TERM_OF.clear()
        for i, t in enumerate(found):
            if t is None:
                found[i] = _TERM_OF[words[i]] = _term(words[i])
    return [t for t in found if t]


@lru_cache(maxsize=50_000)
def term_counts(text: str) -> Counter[str]:
    """Cached: the same statement is counted for its postings and again as a query."""
    return Counter(terms(text))
