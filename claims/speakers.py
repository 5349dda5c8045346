"""Who a speaker phrase refers to, within one article: full names for surnames, the last
compatible speaker for pronouns, the organisation behind a statement; abstain when nothing fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.lexicon import (
    ACRONYM,
    DETERMINERS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    is_word_char,
)
from claims.phrases import CAP, Tok, is_cap, np_backward, np_forward

_DOC_HEADS = frozenset("statement report release letter memo filing poll survey study analysis "
                       "document documents data figures records website newspaper".split())


@dataclass(slots=True)
class Speaker:
    mention: str
    start: int
    end: int
    name: str
    role: str
    kind: str  # person | organisation | unknown
    confidence: float


_NOT_IN_NAMES = frozenset("on of the and for to in at from with by as is are was how why what who "
                          "after before over about new".split())


# Two to four capitalised words ("Sergei Lavrov", "Oana A. Lungescu"). The capital comes first so
# `re` skips to capitals in C; the lookbehind stands in for a leading word boundary.
_NAME_RUN = re.compile(r"[A-Z](?<![\w][A-Z])[a-z’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'\-]+){1,3}\b")


# Auxiliaries that open a question before its subject ("Has Russia told you ...?"); not "Will"
# or "May", which are also first names.
_AUXILIARIES = frozenset("has have had did does do is are was were would could should can shall must".split())
_NOT_NAME_START = DETERMINERS | {"in", "on", "at", "but", "and"}
_POSSESSIVE = re.compile(r"[’']s$")


def _after_lowercase(text: str, word: str) -> bool:
    """`word` occurs as a whole word right after a lowercase letter or comma and a space."""
    if not word:
        return False
    word_end = is_word_char(word[-1])
    i = text.find(word, 2)
    while i >= 0:
        j = i + len(word)
        if text[i - 1] == " " and ("a" <= text[i - 2] <= "z" or text[i - 2] == ",") and (
                (j < len(text) and is_word_char(text[j])) != word_end):
            return True
        i = text.find(word, i + 1)
    return False



@lru_cache(maxsize=20_000)  # names recur within and across articles
def _name_in_run(run: str) -> str:
    """The person's name in a run of capitalised words, or "": "Clinton's Wall Street" ->
    "" (one word), "President Barack Obama" -> "Barack Obama", "The Trump Organization" -> ""."""
    words = run.split()
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            words = words[: i + 1]  # "Clinton's Wall Street": the name is the possessor
            words[-1] = w[:-2]
            break
    lows = [w.lower().rstrip(".") for w in words]
    for i in range(len(lows) - 1, -1, -1):
        if lows[i] in TITLE_WORDS:
            words, lows = words[i + 1 :], lows[i + 1 :]
            break
    k = 0
    while k < len(lows) and lows[k] in _NOT_NAME_START:
        k += 1
    words, lows = words[k:], lows[k:]
    if len(words) >= 2 and lows[-1] not in ORG_SUFFIXES and not any(w in _NOT_IN_NAMES for w in lows):
        return " ".join(words)
    return ""


class Resolver:
    """Article-level memory of names and speakers for coreference."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: list[tuple[int, str]] = []  # (position, full name)
        self.speakers: list[tuple[int, Speaker]] = []
        self._proper: dict[str, bool] = {}
        for m in _NAME_RUN.finditer(text):
            if name := _name_in_run(m.group()):
                self.names.append((m.start(), name))

    def full_name(self, surname: str, pos: int) -> str:
        best = ""
        for p, name in self.names:
            if p >= pos:
                break
            parts = name.split()
            if parts[-1] == surname and len(parts) > 1:
                best = name
        if not best:
            for sp_pos, sp in self.speakers:
                if sp_pos < pos and sp.name.split()[-1:] == [surname]:
                    best = sp.name
        return best or surname

    def last_speaker(self, pos: int, kinds: tuple[str, ...]) -> Speaker | None:
        for p, sp in reversed(self.speakers):
            if p < pos and sp.kind in kinds and sp.name:
                return sp
        return None

    def resolve(self, toks: Sequence[Tok], k: int, j: int, lo: int) -> Speaker:
        sp = self._resolve(toks, k, j, lo)
        if sp.name and not self.plausible(sp.name):
            return Speaker(sp.mention, sp.start, sp.end, "", sp.role, "unknown", 0.2)
        return sp

    def _resolve(self, toks: Sequence[Tok], k: int, j: int, lo: int) -> Speaker:
        mention_toks = toks[k : j + 1]
        start, end = mention_toks[0].start, mention_toks[-1].end
        mention = self.text[start:end]
        low = mention_toks[-1].low
        if len(mention_toks) == 1 and low in PRONOUNS:
            if low == "who":
                # Antecedent of a relative clause: "contradicting Lavrov, who said"
                c = k - 1
                if c - 1 >= lo and toks[c].text == ",":
                    span = np_backward(toks, c - 1, lo)
                    if span:
                        sp = self.resolve(toks, span[0], span[1], lo)
                        return Speaker(mention, start, end, sp.name, sp.role, sp.kind, sp.confidence * 0.9)
                return Speaker(mention, start, end, "", "", "unknown", 0.2)
            kinds = ("person",) if PRONOUNS[low] == "person" else ("organisation", "person") if low == "it" else ("organisation", "person")
            prev = self.last_speaker(start, kinds)
            if prev is None and PRONOUNS[low] == "person":
                prior = [n for p, n in self.names if p < start]
                if prior:
                    return Speaker(mention, start, end, prior[-1], "", "person", 0.4)
            if prev is None:
                return Speaker(mention, start, end, "", "", "unknown", 0.2)
            conf = 0.75 if low in {"he", "she"} else 0.45
            return Speaker(mention, start, end, prev.name, prev.role, prev.kind, conf)
        words = [t.text for t in mention_toks if t.text not in {"."}]
        while words and words[0].lower() in DETERMINERS:
            words.pop(0)
        if len(words) > 1 and words[0].lower() in _AUXILIARIES:
            words.pop(0)  # "Did Trump say that ...?": the question's verb is not part of the name
        # Split leading title words (the role) from the trailing name.
        cap_tail: list[str] = []
        for w in reversed(words):
            wl = w.lower().rstrip(".")
            if (CAP.match(w) or ACRONYM.match(w)) and wl not in TITLE_WORDS and wl not in ROLE_NOUNS | ORG_NOUNS:
                cap_tail.insert(0, w)
            else:
                break
        if not cap_tail and len(words) == 1 and CAP.match(words[0]) and words[0].lower() in TITLE_WORDS:
            cap_tail = list(words)  # "King says": a surname that is also a title word
        head = words[-1].lower() if words else ""
        if head in ORG_SUFFIXES and (cap_tail or len(words) > 1) and CAP.match(words[-1]):
            name = _POSSESSIVE.sub("", " ".join(w for w in words if CAP.match(w) or ACRONYM.match(w)))
            return Speaker(mention, start, end, name, "", "organisation", 0.85)
        if cap_tail and len(cap_tail) == len(words) - 0 and head not in ORG_NOUNS:
            role = ""
        else:
            role = " ".join(words[: len(words) - len(cap_tail)])
        if cap_tail:
            name = " ".join(cap_tail)
            name = _POSSESSIVE.sub("", name)
            is_org = (
                cap_tail[-1].lower() in ORG_SUFFIXES
                or bool(ACRONYM.match(cap_tail[-1]))
                or (len(cap_tail) == 1 and not self._known_person(cap_tail[0], start))
                and cap_tail[0].lower() in ORG_SUFFIXES
            )
            if not is_org and len(cap_tail) == 1:
                name = self.full_name(cap_tail[0], start)
            kind = "organisation" if is_org else "person"
            if role and role.split()[-1].lower() in ORG_SUFFIXES:
                kind = "organisation"
                name = " ".join(words)
                role = ""
            return Speaker(mention, start, end, name, role, kind, 0.9 if len(name.split()) > 1 or is_org else 0.7)
        # No capitalised name at the end: a role or an organisation phrase.
        caps = [w for w in words if CAP.match(w) or ACRONYM.match(w)]
        if head in _DOC_HEADS or head in ORG_NOUNS:
            owner = [_POSSESSIVE.sub("", w) for w in caps if w.lower().rstrip(".") not in TITLE_WORDS]
            if owner:
                return Speaker(mention, start, end, " ".join(owner), "", "organisation", 0.8)
            name = " ".join(w for w in words if w.lower() not in DETERMINERS)
            return Speaker(mention, start, end, name, "", "organisation", 0.5)
        return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.4)

    def recent_person(self, pos: int, window: int) -> str:
        """Full name of the last person named or quoted within `window` characters before pos."""
        best_pos, best = -1, ""
        for p, name in self.names:
            if pos - window <= p < pos and p > best_pos:
                best_pos, best = p, name
        for p, sp in self.speakers:
            if pos - window <= p < pos and p > best_pos and sp.kind == "person":
                best_pos, best = p, sp.name
        return best

    def is_proper(self, word: str) -> bool:
        """The word is written capitalised inside a sentence somewhere: a proper noun, not a
        sentence-initial common word ("Audiences")."""
        known = self._proper.get(word)
        if known is None:
            known = self._proper[word] = _after_lowercase(self.text, word)
        return known

    def is_known(self, name: str, pos: int) -> bool:
        """A full name seen in the article, or a surname of one, up to and at pos."""
        last = name.split()[-1]
        return any(n == name or n.split()[-1] == last for p, n in self.names if p <= pos)

    def _known_person(self, word: str, pos: int) -> bool:
        return any(n.split()[-1] == word for p, n in self.names if p < pos)

    @staticmethod
    def plausible(name: str) -> bool:
        """Not a heading in capitals ("RED STATES OUTNUMBER BLUE") nor a lone letter ("X")."""
        words = name.split()
        if len(name) < 2:
            return False
        return not (len(words) >= 2 and all(w.isupper() for w in words if w.isalpha()) and len(words) > 2)

    def remember(self, sp: Speaker) -> None:
        if sp.name:
            self.speakers.append((sp.start, sp))


_OPENERS = frozenset("on in at after before during since when while as by for with from under over "
                     "last this early late here there now then meanwhile later earlier still also "
                     "instead speaking asked".split())


def clause_subject(toks: Sequence[Tok], hi: int, resolver: Resolver) -> Speaker | None:
    """The subject opening a clause, when it is a person: a pronoun or a known name.

    Leading adverbials ("On Tuesday, ...") are skipped; capitalised words the article never
    uses as a name ("Audiences", "December") are not taken for one."""
    i = 0
    # "Washington (AFP) – Clinton ...", "LA CROSSE, Wisc. — Gov. Mike Pence ...": skip the dateline
    for d in range(min(hi, 10)):
        if toks[d].text in {"—", "–", "-"} and d > 0 and is_cap(toks[0]):
            i = d + 1
            break
    if i < hi and toks[i].low in _OPENERS:
        while i < hi and toks[i].text != ",":
            i += 1
        i += 1
    if i >= hi:
        return None
    if toks[i].low in {"he", "she"}:
        return resolver.resolve(toks, i, i, 0)
    lead = np_forward(toks, i, hi)
    if not lead or not is_cap(toks[lead[1]]):
        return None
    sp = resolver.resolve(toks, lead[0], lead[1], 0)
    if sp.kind == "person" and sp.name and (
            resolver.is_known(sp.name, toks[lead[0]].start) or resolver.is_proper(sp.name.split()[-1])):
        return sp
    if sp.kind == "organisation" and sp.name:
        return sp
    return None
