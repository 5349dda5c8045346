"""One pass per article for every lexicon word that quotes, claims and numbers look for.

Python's `re` pays a fixed cost at every character for a pattern that starts with a word
boundary (about 30 ns here, whatever the word list), so separate scans for reporting cues,
claim features, number words and past-tense verbs cost four times one. Their word lists are
compiled into one trie and scanned once; each hit is dispatched to what it means. A phrase also
yields the words inside it that another list wants ("resulted in" is causal, and "resulted" a
past-tense verb), so no list loses a word to a longer entry of another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import (
    CUE_VERBS,
    FEATURE_WORDS,
    IRREGULAR_PAST,
    PARTICLE_CUES,
    QUOTE_CUES,
    words_regex,
)
from claims.numbers import NUMBER_STARTS, SHARE_WORDS
from claims.segment import ANCHOR_WORDS

CUE_WORDS = CUE_VERBS | QUOTE_CUES | {"according"} | set(PARTICLE_CUES)
NOT_PAST = frozenset("need indeed based used speed proceed succeed exceed bed red shed feed seed "
                     "hundred concerned interested supposed".split())
_PAST_FORM = re.compile(r"[a-z]{3,}ed")
_PERFECT = frozenset({"has been", "have been", "had been"})


def _is_past(phrase: str) -> bool:
    return phrase in _PERFECT or phrase in IRREGULAR_PAST or (" " not in phrase and bool(_PAST_FORM.fullmatch(phrase)) and phrase not in NOT_PAST)


# Each word list as its own scan would see it: membership test and the meanings it gives.
_LISTS = (
    (lambda p: p in CUE_WORDS, lambda p: ("cue",)),
    (lambda p: p in NUMBER_STARTS, lambda p: ("number",)),
    (lambda p: p in FEATURE_WORDS, lambda p: FEATURE_WORDS[p]),
    (_is_past, lambda p: ("past",)),
    (lambda p: p in ANCHOR_WORDS, lambda p: ("anchor",)),
    (lambda p: p in SHARE_WORDS, lambda p: ("share",)),
)


def _meanings(phrase: str) -> tuple[tuple[int, str], ...]:
    """(offset, meaning) pairs a separate scan of each word list would find in `phrase`:
    leftmost-longest and non-overlapping within one list, as the list's own regex would
    ("thank you" is opinion, and its "you" is not second person again)."""
    words = phrase.split(" ")
    offsets = [len(" ".join(words[:i])) + (1 if i else 0) for i in range(len(words))]
    out: list[tuple[int, str]] = []
    for member, meaning in _LISTS:
        i = 0
        while i < len(words):
            j = next((j for j in range(len(words), i, -1) if member(" ".join(words[i:j]))), None)
            if j is None:
                i += 1
                continue
            out.extend((offsets[i], m) for m in meaning(" ".join(words[i:j])))
            i = j
    return tuple(sorted(out))


_ENTRIES = IRREGULAR_PAST | CUE_WORDS | NUMBER_STARTS | set(FEATURE_WORDS) | ANCHOR_WORDS | SHARE_WORDS
_SLOTS = {"cue": 0, "number": 1, "anchor": 2, "share": 3}  # Hits lists of plain positions; -1: a feature
# Entry -> ((offset, slot, meaning), ...): what each hit adds where.
_ROUTES = {w: tuple((offset, _SLOTS.get(m, -1), m) for offset, m in _meanings(w)) for w in _ENTRIES}
_TRIE = words_regex(_ENTRIES).pattern
assert _TRIE.startswith(r"\b") and _TRIE.endswith(r"(?![\w'’-])")
# Lexicon words first; else any other past-tense or perfect verb.
_UNION = re.compile(r"\b(?:" + _TRIE[2:] + r"|(?P<past>[a-z]{3,}ed\b|(?:has|have|had) been\b))")


@dataclass(frozen=True, slots=True)
class Hits:
    """Positions (into the article) of what the extractors look for, in text order."""

    cues: list[int]
    number_starts: list[int]
    features: list[tuple[int, str]]  # (position, feature name), "past" included
    anchors: tuple[int, ...]  # boilerplate anchors (claims.segment), "©" included
    share_starts: list[int]  # denominators of shares ("a third of"), for claims.numbers


def scan(low: str) -> Hits:
    """All hits in `low`, the article lowercased with its offsets kept (lower_same_length)."""
    cues: list[int] = []
    numbers: list[int] = []
    anchors: list[int] = []
    features: list[tuple[int, str]] = []
    shares: list[int] = []
    positions = (cues, numbers, anchors, shares)
    routes = _ROUTES
    for m in _UNION.finditer(low):
        pos, word = m.start(), m.group()
        if m.lastgroup:  # the past-tense alternative
            if word not in NOT_PAST:
                features.append((pos, "past"))
            continue
        for offset, slot, meaning in routes[word]:
            if slot < 0:
                features.append((pos + offset, meaning))
            else:
                positions[slot].append(pos + offset)
    if "©" in low:
        anchors = sorted(anchors + [i for i, c in enumerate(low) if c == "©"])
    return Hits(cues, numbers, features, tuple(anchors), shares)
