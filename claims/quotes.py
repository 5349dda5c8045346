"""Attributed quotes: direct, partial and reported speech, with the speaker resolved.

Design (spaCy-free, so it runs at thousands of articles per second): one regex pass tokenises
each sentence, quotation marks are paired per paragraph, and reporting cues are found with a
lexicon. Around each cue we read the speaker phrase backwards (or forwards for "said Lavrov")
and the reported content forwards (or backwards for "..., Lavrov said"). Speakers are then
resolved within the article: surnames to the full name seen earlier, pronouns to the most recent
compatible speaker, statements to their organisation. When nothing fits we abstain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from claims.lexicon import (
    ACRONYM,
    BETWEEN,
    CUE_VERBS,
    DETERMINERS,
    OBJECT_CUES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTICLE_CUES,
    PRONOUNS,
    QUOTE_CUES,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLE_WORDS,
    lower_same_length,
    words_regex,
)
from claims.records import Quote, Segment

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
_TOKEN = re.compile(r"\w+(?:[’'.\-]\w+)*(?:[’']s?)?|[^\w\s]")
_WEAK_CUES = frozenset(
    "show shows showed found finds believe believes believed think thinks thought agree agrees "
    "agreed agreeing continue continues continued point points pointed charge charges charged "
    "state states stated report reports reporting mention mentions mentioned indicate indicates "
    "indicated reveal reveals revealed conclude concludes concluded".split()
)
_MARK = re.compile("[" + OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "]")
_CUE_RX = words_regex(CUE_VERBS | QUOTE_CUES | {"according"} | set(PARTICLE_CUES))
_PARTICIPLE_CUT = re.compile(r",\s+(?!(?:and|but|or)\b)\w+ing\b|;|\s[—–]\s")
_CAP = re.compile(r"^[A-Z][\w’'.\-]*$")
_DOC_HEADS = frozenset("statement report release letter memo filing poll survey study analysis "
                       "document documents data figures records website newspaper".split())


class _Tok:
    """A token with its lowercase form computed once (tokens are compared many times)."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower().rstrip(".")


@dataclass(slots=True)
class _Speaker:
    mention: str
    start: int
    end: int
    name: str
    role: str
    kind: str  # person | organisation | unknown
    confidence: float


def find_quote_marks(text: str) -> list[tuple[int, int]]:
    """Pair quotation marks into (open, close) index pairs; stray marks are dropped.

    Works per paragraph; a paragraph whose quote never closes continues into the next one only
    when that paragraph opens a quote again (the newspaper convention), otherwise the stray
    mark is ignored so it cannot swallow the rest of the article.
    """
    pairs: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for p_idx, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        for mk in _MARK.finditer(text, ps, pe):
            i = mk.start()
            ch = text[i]
            if ch == STRAIGHT:
                prev = text[i - 1] if i > ps else " "
                is_open = prev.isspace() or prev in "([{—–-/" or (open_at is None and i == ps)
                if open_at is None and not is_open:
                    nxt = text[i + 1] if i + 1 < pe else " "
                    is_open = nxt.isalnum() and not prev.isalnum()
                kind = "open" if (open_at is None and is_open) else "close"
            else:
                kind = "open" if ch in OPEN_MARKS else "close"
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                # Typed the wrong way round: ”Word at a paragraph's or word's start opens,
                # word“ followed by a space closes.
                if kind == "close" and open_at is None and prev.isspace() and nxt.isalnum():
                    kind = "open"
                elif kind == "open" and open_at is not None and not prev.isspace() and (nxt.isspace() or i + 1 == pe):
                    kind = "close"
            if kind == "open":
                open_at = i  # a second opening mark means the first one was stray
            elif open_at is not None:
                if i - open_at > 1:
                    pairs.append((open_at, i))
                open_at = None
        if open_at is not None and p_idx + 1 < len(paragraphs):
            ns = paragraphs[p_idx + 1][0]
            if text[ns] in OPEN_MARKS or text[ns] == STRAIGHT:
                end = pe
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                pairs.append((open_at, end))
    return pairs


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_cap(tok: _Tok) -> bool:
    return bool(_CAP.match(tok.text)) or bool(ACRONYM.match(tok.text))


def _np_backward(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """Token range [k, j] of the noun phrase ending at j, or None if j cannot head one."""
    head = toks[j]
    low = head.low
    if low in PRONOUNS:
        return (j, j)
    if not (_is_cap(head) or low in ROLE_NOUNS or low in ORG_NOUNS):
        return None
    k = j
    lower_run = 0
    while k - 1 >= lo and j - (k - 1) < 9:
        t = toks[k - 1]
        tl = t.low
        if _is_cap(t) or tl in TITLE_WORDS or tl in ROLE_NOUNS or tl in ORG_NOUNS:
            lower_run = 0
        elif tl in DETERMINERS:
            k -= 1
            break
        elif tl in {"of", "for", "and", "&"} and k - 2 >= lo and _is_cap(toks[k - 2]) and _is_cap(toks[k]):
            pass
        elif t.text == "." and k - 2 >= lo and toks[k - 2].low + "." in TITLE_WORDS:
            pass
        elif t.text.islower() and t.text.isalpha() and lower_run < 2 and (
            low in ROLE_NOUNS or low in ORG_NOUNS
        ):
            lower_run += 1
        else:
            break
        k -= 1
    # Drop lowercase words we crossed speculatively at the phrase's left edge.
    while k < j and toks[k].text.islower() and toks[k].low not in DETERMINERS and toks[k].low not in ROLE_NOUNS and toks[k].low not in TITLE_WORDS and toks[k].low not in ORG_NOUNS:
        k += 1
    # A capitalised sentence opener ("In", "Hours") is not part of the phrase.
    return (k, j)


def _skip_between(toks: list[_Tok], j: int, lo: int) -> int:
    while j >= lo and toks[j].low in BETWEEN:
        j -= 1
    # "A NATO statement at the time said", "Lavrov on Monday said"
    if j >= lo and toks[j].low in TIME_WORDS | {"time"}:
        for back in range(1, 5):
            p = j - back
            if p >= lo and toks[p].low in {"at", "on", "in", "during", "last", "this", "earlier"}:
                j = p - 1
                break
    while j >= lo and toks[j].low in BETWEEN:
        j -= 1
    return j


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,6}")
_PREPOSITIONS = frozenset("to with for from by in at on of about against toward towards into".split())


def _subject(toks: list[_Tok], i: int, lo: int) -> tuple[int, int] | None:
    j = _skip_between(toks, i - 1, lo)
    if j < lo:
        return None
    if toks[j].text == ")":
        # "Sen. John Cornyn (R-Texas) told": the parenthesis is not the speaker
        k = j
        while k >= lo and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k > lo and toks[k].text == "(":
            j = k - 1
    if toks[j].text == "," and j - 1 >= lo:
        # Appositive: "Hugh Hill, a doctor, said" -> Hugh Hill
        for c in range(j - 1, max(lo, j - 12) - 1, -1):
            if toks[c].text == ",":
                first = toks[c + 1].low if c + 1 < j else ""
                if first in {"a", "an", "the", "who", "which", "whose"} or toks[c + 1].text.islower():
                    span = _np_backward(toks, c - 1, lo) if c - 1 >= lo else None
                    return span
                if all(_is_cap(t) for t in toks[c + 1 : j]) and 0 < j - c - 1 <= 4:
                    return (c + 1, j - 1)  # "the minister, Karl Olsen, said"
                if _PARTY_TAG.fullmatch("".join(t.text for t in toks[c + 1 : j])) and c - 1 >= lo:
                    return _np_backward(toks, c - 1, lo)  # "Mitch McConnell, R-Ky., said"
                break
        return None
    span = _np_backward(toks, j, lo)
    if span and span[0] - 1 >= lo and toks[span[0] - 1].low in _PREPOSITIONS:
        return None  # "in a statement to Wired explaining": an object, not the speaker
    return span


def _np_forward(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """Noun phrase starting at i ("said Lavrov", "said the spokesperson")."""
    k = i
    while k < hi and toks[k].low in DETERMINERS:
        k += 1
    if k >= hi:
        return None
    if toks[k].low in PRONOUNS and toks[k].low != "who":
        return (k, k)
    e = k
    while e < hi and e - k < 8:
        t = toks[e]
        if _is_cap(t) or t.low in TITLE_WORDS or t.low in ROLE_NOUNS or t.low in ORG_NOUNS:
            e += 1
        elif t.text == "." and e > k and e + 1 < hi and _is_cap(toks[e + 1]) and (
                toks[e - 1].low in TITLE_WORDS or len(toks[e - 1].text) == 1):
            e += 1  # "Sen. Bernie Sanders", "Kevin D. Williamson"
        else:
            break
    if e == k:
        if k > i and toks[k].text.isalpha() and toks[k].text.islower():
            return (i, k)  # "says a narrator": a determiner makes any noun a speaker phrase
        return None
    return (i, e - 1)


# Capitalised words of a headline are not a name ("Honest Thoughts On Donald Trump").
_NOT_IN_NAMES = frozenset("on of the and for to in at from with by as is are was how why what who "
                          "after before over about new".split())


class _Resolver:
    """Article-level memory of names and speakers for coreference."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: list[tuple[int, str]] = []  # (position, full name)
        self.speakers: list[tuple[int, _Speaker]] = []
        self._proper: dict[str, bool] = {}
        for m in re.finditer(r"\b[A-Z][a-z’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'\-]+){1,3}\b", text):
            words = m.group().split()
            for i, w in enumerate(words[:-1]):
                if w.endswith(("'s", "’s")):
                    words = words[: i + 1]  # "Clinton's Wall Street": the name is the possessor
                    words[-1] = w[:-2]
                    break
            titled = [i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLE_WORDS]
            if titled:
                words = words[titled[-1] + 1 :]
            while words and words[0].lower().rstrip(".") in DETERMINERS | {"in", "on", "at", "but", "and"}:
                words.pop(0)
            if (len(words) >= 2 and words[-1].lower() not in ORG_SUFFIXES
                    and not any(w.lower() in _NOT_IN_NAMES for w in words)):
                self.names.append((m.start(), " ".join(words)))

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

    def last_speaker(self, pos: int, kinds: tuple[str, ...]) -> _Speaker | None:
        for p, sp in reversed(self.speakers):
            if p < pos and sp.kind in kinds and sp.name:
                return sp
        return None

    def resolve(self, toks: list[_Tok], k: int, j: int, lo: int) -> _Speaker:
        sp = self._resolve(toks, k, j, lo)
        if sp.name and not self.plausible(sp.name):
            return _Speaker(sp.mention, sp.start, sp.end, "", sp.role, "unknown", 0.2)
        return sp

    def _resolve(self, toks: list[_Tok], k: int, j: int, lo: int) -> _Speaker:
        mention_toks = toks[k : j + 1]
        start, end = mention_toks[0].start, mention_toks[-1].end
        mention = self.text[start:end]
        low = mention_toks[-1].low
        if len(mention_toks) == 1 and low in PRONOUNS:
            if low == "who":
                # Antecedent of a relative clause: "contradicting Lavrov, who said"
                c = k - 1
                if c - 1 >= lo and toks[c].text == ",":
                    span = _np_backward(toks, c - 1, lo)
                    if span:
                        sp = self.resolve(toks, span[0], span[1], lo)
                        return _Speaker(mention, start, end, sp.name, sp.role, sp.kind, sp.confidence * 0.9)
                return _Speaker(mention, start, end, "", "", "unknown", 0.2)
            kinds = ("person",) if PRONOUNS[low] == "person" else ("organisation", "person") if low == "it" else ("organisation", "person")
            prev = self.last_speaker(start, kinds)
            if prev is None and PRONOUNS[low] == "person":
                prior = [n for p, n in self.names if p < start]
                if prior:
                    return _Speaker(mention, start, end, prior[-1], "", "person", 0.4)
            if prev is None:
                return _Speaker(mention, start, end, "", "", "unknown", 0.2)
            conf = 0.75 if low in {"he", "she"} else 0.45
            return _Speaker(mention, start, end, prev.name, prev.role, prev.kind, conf)
        words = [t.text for t in mention_toks if t.text not in {"."}]
        while words and words[0].lower() in DETERMINERS:
            words.pop(0)
        # Split leading title words (the role) from the trailing name.
        cap_tail: list[str] = []
        for w in reversed(words):
            wl = w.lower().rstrip(".")
            if (_CAP.match(w) or ACRONYM.match(w)) and wl not in TITLE_WORDS and wl not in ROLE_NOUNS | ORG_NOUNS:
                cap_tail.insert(0, w)
            else:
                break
        if not cap_tail and len(words) == 1 and _CAP.match(words[0]) and words[0].lower() in TITLE_WORDS:
            cap_tail = list(words)  # "King says": a surname that is also a title word
        head = words[-1].lower() if words else ""
        if head in ORG_SUFFIXES and (cap_tail or len(words) > 1) and _CAP.match(words[-1]):
            name = re.sub(r"[’']s$", "", " ".join(w for w in words if _CAP.match(w) or ACRONYM.match(w)))
            return _Speaker(mention, start, end, name, "", "organisation", 0.85)
        if cap_tail and len(cap_tail) == len(words) - 0 and head not in ORG_NOUNS:
            role = ""
        else:
            role = " ".join(words[: len(words) - len(cap_tail)])
        if cap_tail:
            name = " ".join(cap_tail)
            name = re.sub(r"[’']s$", "", name)
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
            return _Speaker(mention, start, end, name, role, kind, 0.9 if len(name.split()) > 1 or is_org else 0.7)
        # No capitalised name at the end: a role or an organisation phrase.
        caps = [w for w in words if _CAP.match(w) or ACRONYM.match(w)]
        if head in _DOC_HEADS or head in ORG_NOUNS:
            owner = [re.sub(r"[’']s$", "", w) for w in caps if w.lower().rstrip(".") not in TITLE_WORDS]
            if owner:
                return _Speaker(mention, start, end, " ".join(owner), "", "organisation", 0.8)
            name = " ".join(w for w in words if w.lower() not in DETERMINERS)
            return _Speaker(mention, start, end, name, "", "organisation", 0.5)
        return _Speaker(mention, start, end, "", " ".join(words), "unknown", 0.4)

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
        if word not in self._proper:
            self._proper[word] = re.search(r"[a-z,] " + re.escape(word) + r"\b", self.text) is not None
        return self._proper[word]

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

    def remember(self, sp: _Speaker) -> None:
        if sp.name:
            self.speakers.append((sp.start, sp))


def _sentences(text: str, segments: tuple[Segment, ...], marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-boilerplate segments, merged where a quotation spans them."""
    spans = [(s.start, s.end) for s in segments if not s.boilerplate]
    merged: list[tuple[int, int]] = []
    mi = 0
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            while mi < len(marks) and marks[mi][1] < ps:
                mi += 1
            crossing = any(o < s <= c for o, c in marks[mi : mi + 4])
            if crossing and "\n" not in text[pe:s]:
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def _content_after(text: str, toks: list[_Tok], i: int, hi: int, is_object_cue: bool) -> int:
    """Index of the first content token after the cue at i."""
    k = i + 1
    if is_object_cue:
        for look in range(k, min(hi, k + 7)):
            if toks[look].low == "that":
                return look + 1
        while k < hi and (toks[k].low in DETERMINERS or _is_cap(toks[k]) or toks[k].low in {"reporters", "me", "him", "her", "them", "us", "journalists"}) and k - i < 5:
            k += 1
            if toks[k - 1].low in {"reporters", "me", "him", "her", "them", "us", "journalists"}:
                break
    k = _skip_time(toks, k, hi)
    if k < hi and toks[k].text in {",", ":"}:
        k += 1
    if k < hi and toks[k].low == "that":
        k += 1
    return k


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                      "tonight earlier later recently previously".split())
_PREPS = frozenset("on in at during last this earlier late early".split())


def _skip_time(toks: list[_Tok], k: int, hi: int) -> int:
    """Skip "Monday", "on Tuesday", "in a statement", "at a news conference" after a cue."""
    while k < hi:
        if toks[k].low in _WEEKDAYS:
            k += 1
            continue
        if toks[k].low in _PREPS:
            j = k + 1
            while j < hi and j - k <= 4 and toks[j].low in TIME_WORDS | _WEEKDAYS and toks[j].low not in _PREPS:
                j += 1
            if j > k + 1 and toks[j - 1].low not in DETERMINERS:
                k = j
                continue
        break
    return k


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",:;—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;—–-"):
        e -= 1
    return s, e


def extract_quotes(text: str, segments: tuple[Segment, ...]) -> tuple[Quote, ...]:
    marks = find_quote_marks(text)
    resolver = _Resolver(text)
    out: list[Quote] = []
    cue_pos = [m.start() for m in _CUE_RX.finditer(lower_same_length(text))]
    open_pos = [o for o, _ in marks]
    for s, e in _sentences(text, segments, marks):
        sent_marks = marks[bisect_left(open_pos, s) : bisect_left(open_pos, e)]
        here = [c for c in cue_pos[bisect_left(cue_pos, s) : bisect_left(cue_pos, e)]
                if not any(o <= c <= q for o, q in sent_marks)]
        all_toks = _tokens(text, s, e) if here else []
        n = len(all_toks)

        def in_quote(t: _Tok, marks_here: list[tuple[int, int]] = sent_marks) -> bool:
            return any(o <= t.start <= c for o, c in marks_here)

        cue_starts = set(here)
        cues: list[int] = []
        for idx, t in enumerate(all_toks):
            if t.start not in cue_starts or in_quote(t):
                continue
            if t.text[0].isupper() and t.start > s and t.low != "according":
                continue  # "the Islamic State", "Says Who": a capitalised word inside a sentence is a name
            low = t.low
            if low in PARTICLE_CUES:
                if idx + 1 < n and all_toks[idx + 1].low == PARTICLE_CUES[low]:
                    cues.append(idx)
                continue
            if low in QUOTE_CUES and low not in CUE_VERBS:
                if any(o > t.start for o, _ in sent_marks):
                    cues.append(idx)
                continue
            if low in CUE_VERBS:
                if low in _WEAK_CUES:
                    after = _skip_time(all_toks, idx + 1, n)  # "concluded this month that"
                    nxt = all_toks[after].text if after < n else ""
                    # "“…,” Kelly charged." also makes a weak verb a cue: a quotation just before
                    # its subject, and nothing after it.
                    closes = nxt in {".", "!", "?", ""} and any(c < t.start for _, c in sent_marks)
                    if nxt.lower() not in {"that", ":", "“", '"'} and not closes:
                        continue
                cues.append(idx)
            elif low == "according" and idx + 1 < n and all_toks[idx + 1].low == "to":
                cues.append(idx)
        prev_speaker: _Speaker | None = None
        used: set[tuple[int, int]] = set()
        for ci, idx in enumerate(cues):
            cue_tok = all_toks[idx]
            cue = cue_tok.text
            last = idx  # the cue's last token ("pointed out" ends at "out")
            if cue_tok.low in PARTICLE_CUES:
                last = idx + 1
                cue = f"{cue_tok.text} {all_toks[last].text}"
            if cue_tok.low == "according":
                cue = "according to"
                np_ = _np_forward(all_toks, idx + 2, n)
                if not np_:
                    continue
                sp = resolver.resolve(all_toks, np_[0], np_[1], 0)
                after_end = all_toks[np_[1]].end
                # "according to X, CONTENT" or "CONTENT, according to X"
                before = _trim_span(text, s, cue_tok.start)
                after = _trim_span(text, after_end, e)
                cs, ce = after if (after[1] - after[0]) > (before[1] - before[0]) else before
                ce = _cut_content(text, cs, ce)
                _emit(text, out, used, sent_marks, sp, cue, cs, ce, resolver)
                prev_speaker = sp
                continue
            subj = _subject(all_toks, idx, 0)
            if subj and all_toks[subj[0]].start < s:
                subj = None
            sp: _Speaker | None = None
            inverted = False
            if cue_tok.low.endswith("ing") and idx > 0 and (all_toks[idx - 1].text == "," or subj is None):
                # "Fiorina threw her support behind Cruz, saying it is time ...": the speaker is
                # the subject of the main clause.
                subj = None
                sp = prev_speaker or _clause_subject(all_toks, idx, resolver)
                if sp is None:
                    continue
            elif subj:
                sp = resolver.resolve(all_toks, subj[0], subj[1], 0)
            else:
                fwd = _np_forward(all_toks, last + 1, n)
                prev_tok = all_toks[idx - 1] if idx > 0 else None
                if fwd and prev_tok is not None and (prev_tok.text in {",", "”", '"'} or in_quote(prev_tok)):
                    sp = resolver.resolve(all_toks, fwd[0], fwd[1], 0)
                    inverted = True
                elif idx > 0 and all_toks[idx - 1].low in {"and", "but", "also", "then"}:
                    # "X criticized the policy and said ...": the clause's subject speaks
                    sp = prev_speaker or _clause_subject(all_toks, idx, resolver)
            if sp is None:
                continue
            subj_start = all_toks[subj[0]].start if subj else cue_tok.start
            # Attribution after the content: "“…,” Lavrov said." / "CONTENT, the Kremlin said."
            after_np = _np_forward(all_toks, last + 1, n) if inverted else None
            after_idx = _skip_time(all_toks, (after_np[1] if after_np else last) + 1, n)
            rest_empty = after_idx >= n or _is_tail(all_toks, after_idx, n)
            # "“…,” he said in Las Vegas at a forum": a cue right after a quotation attributes it,
            # whatever follows the cue.
            after_quote = any(c < subj_start and not text[c + 1 : subj_start].strip(" ,—–-") for _, c in sent_marks)
            # "Trump, Sexton said, has created a “…” zone": the attribution interrupts the content
            interrupts = (not after_quote and not inverted and subj is not None and subj_start > s
                          and text[_prev_nonspace(text, subj_start) - 1 : subj_start].strip() == ","
                          and after_idx < n and all_toks[after_idx].text == ","
                          and not rest_empty and len(text[s:subj_start].split()) <= 5)
            if interrupts:
                _emit(text, out, used, sent_marks, sp, cue, s, e, resolver)
                prev_speaker = sp
                continue
            if inverted or after_quote or (rest_empty and subj and subj_start > s):
                region_end = subj_start if not inverted else cue_tok.start
                cs, ce = _trim_span(text, s, region_end)
                cs = _skip_dateline(text, cs, ce)
                cs = _after_previous_cue(text, all_toks, cues[:ci], cs, ce)
                if ce - cs > 8:
                    _emit(text, out, used, sent_marks, sp, cue, cs, ce, resolver)
                    prev_speaker = sp
                continue
            k = _content_after(text, all_toks, last, n, cue_tok.low in OBJECT_CUES)
            if k >= n:
                continue
            cs = all_toks[k].start
            next_cue_start = e
            for nidx in cues[ci + 1 :]:
                nsubj = _subject(all_toks, nidx, 0)
                if nsubj and all_toks[nsubj[0]].start > cs:
                    next_cue_start = all_toks[nsubj[0]].start
                    break
                if all_toks[nidx - 1].low in {"and", "but"} and all_toks[nidx].start > cs:
                    next_cue_start = all_toks[nidx - 1].start
                    break
            ce = _cut_content(text, cs, next_cue_start)
            cs, ce = _trim_span(text, cs, ce)
            if ce - cs < 3:
                continue
            _emit(text, out, used, sent_marks, sp, cue, cs, ce, resolver)
            prev_speaker = sp

        # Quotes in this sentence that no cue attributed.
        for o, c in sent_marks:
            if (o, c) in used:
                continue
            q = _dash_quote(text, o, c, resolver)
            if q is None:
                q = _context_quote(text, o, c, s, e, resolver)
            if q is not None:
                out.append(q)
                used.add((o, c))
    out.sort(key=lambda q: (q.start, q.end))
    return tuple(_dedupe(_borrow_speakers(text, out, resolver)))


def _borrow_speakers(text: str, quotes: list[Quote], resolver: _Resolver) -> list[Quote]:
    """Unattributed quotations take the speaker of the neighbouring attributed one: the next when
    the quotation runs on into a new paragraph (the newspaper convention), else the previous."""
    out = list(quotes)
    for i, q in enumerate(out):
        if q.cue or q.speaker:
            continue
        continues = q.end >= len(text) or text[q.end : q.end + 1] == "\n" or text[q.end : q.end + 2].strip() == ""
        order = [i + 1, i - 1] if continues else [i - 1, i + 1]
        for j in order:
            if 0 <= j < len(out) and out[j].speaker and abs(out[j].start - q.start) < 600:
                d = out[j]
                cs, ce = q.content_start, q.content_end
                if j == i - 1 and d.kind == "direct" and "\n" not in text[d.end : q.start]:
                    # "“…,” she said. “…”": one statement split around its attribution
                    cs, ce = min(d.content_start, cs), max(d.content_end, ce)
                    out[j] = replace(d, content_start=cs, content_end=ce)
                out[i] = Quote(q.text, q.start, q.end, q.kind, d.speaker, d.speaker_mention, d.speaker_role,
                               d.speaker_type, d.cue, 0.45, cs, ce)
                break
        else:
            # No attributed neighbour: the person the preceding sentences are about, if recent.
            name = resolver.recent_person(q.start, window=400)
            if name:
                out[i] = replace(q, speaker=name, speaker_type="person", confidence=0.3)
    return out


def _is_tail(toks: list[_Tok], i: int, n: int) -> bool:
    """True when what follows i is just sentence-final punctuation or a participle clause."""
    if toks[i].text in {".", "!", "?"}:
        return True
    if toks[i].text == "," and i + 1 < n:
        nxt = toks[i + 1]
        return nxt.text not in OPEN_MARKS and nxt.text != STRAIGHT and nxt.low != "that" and not _is_cap(nxt)
    return False


def _skip_dateline(text: str, s: int, e: int) -> int:
    m = re.match(r"[A-Z][A-Z .,'’()/-]{1,40}\s*[—–-]+\s*", text[s:e])
    return s + m.end() if m else s


def _after_previous_cue(text: str, toks: list[_Tok], earlier: list[int], s: int, e: int) -> int:
    for idx in reversed(earlier):
        if s <= toks[idx].start < e:
            return toks[idx].end
    return s


def _cut_content(text: str, s: int, e: int) -> int:
    m = _PARTICIPLE_CUT.search(text, s, e)
    if m and m.start() - s > 15:
        return m.start()
    return e


def _emit(text, out, used, sent_marks, sp: _Speaker, cue: str, cs: int, ce: int, resolver: _Resolver) -> None:
    cs, ce = _trim_span(text, cs, ce)
    if ce <= cs:
        return
    inner = [(o, c) for o, c in sent_marks if cs <= o and c <= ce + 1 and (o, c) not in used]
    # Extend the content to cover a quotation that straddles its end.
    for o, c in sent_marks:
        if cs <= o < ce < c + 1 and (o, c) not in used:
            ce = c + 1
            inner.append((o, c))
    resolver.remember(sp)
    if inner:
        covered = sum(c - o + 1 for o, c in inner)
        body = ce - cs
        for o, c in inner:
            used.add((o, c))
            qs, qe = _trim_span(text, o + 1, c)
            outside = len(text[cs:o].split()) + len(text[c + 1 : ce].split())
            direct = covered >= 0.85 * body or (len(inner) == 1 and outside <= 2)
            out.append(_make(text, qs, qe, "direct" if direct else "partial", sp, cue, cs, ce))
        return
    if len(text[cs:ce].split()) < 3:
        return
    # Reported speech with trailing sentence punctuation removed.
    while ce > cs and text[ce - 1] in ".!?":
        ce -= 1
    out.append(_make(text, cs, ce, "indirect", sp, cue, cs, ce))


def _make(text: str, s: int, e: int, kind: str, sp: _Speaker, cue: str, cs: int, ce: int, conf: float | None = None) -> Quote:
    return Quote(
        text=text[s:e], start=s, end=e, kind=kind, speaker=sp.name, speaker_mention=sp.mention,
        speaker_role=sp.role, speaker_type=sp.kind, cue=cue,
        confidence=round(conf if conf is not None else sp.confidence * (0.95 if kind != "indirect" else 0.8), 3),
        content_start=min(cs, s), content_end=max(ce, e),
    )


_DASH_NAME = re.compile(r"[^\S\n]*[,.]?[^\S\n]*[―—–-]{1,2}[^\S\n]*([A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})")


def _dash_quote(text: str, o: int, c: int, resolver: _Resolver) -> Quote | None:
    """“…” ― Sonya Herridge: a quotation signed with a dash and a name (lists, epigraphs)."""
    m = _DASH_NAME.match(text, c + 1)
    if not m:
        return None
    toks = _tokens(text, m.start(1), m.end(1))
    if not toks:
        return None
    sp = resolver.resolve(toks, 0, len(toks) - 1, 0)
    if not sp.name:
        return None
    resolver.remember(sp)
    qs, qe = _trim_span(text, o + 1, c)
    return _make(text, qs, qe, "direct", sp, text[m.start():m.start(1)].strip().strip(",."), qs, qe)


def _context_quote(text: str, o: int, c: int, s: int, e: int, resolver: _Resolver) -> Quote | None:
    """A quotation with no cue in its sentence.

    After a colon introduction ("Cruz continued:", "Here's Clinton in 1992:") it is direct and
    the introduction names the speaker. Inside a sentence ("He called the plan “a disaster for
    workers.”") it is partial and the sentence is its content; the sentence's subject, when it
    is a name or a pronoun, is taken as the speaker with low confidence. Quotations of fewer
    than four words without a cue are titles or scare quotes and are skipped.
    """
    qs, qe = _trim_span(text, o + 1, c)
    if len(text[qs:qe].split()) < 4:
        return None
    before = text[s:o].strip()
    after = text[c + 1 : e].strip(" .,")
    intro_end = s + len(text[s:o].rstrip()) if before else _prev_nonspace(text, o)
    if text[intro_end - 1 : intro_end] == ":":
        sp = _intro_speaker(text, intro_end, resolver)
        return _make(text, qs, qe, "direct", sp, sp.mention and ":" or "", qs, qe, conf=0.5 if sp.name else 0.2)
    if (before and len(before.split()) > 2) or (after and len(after.split()) > 2):
        toks = _tokens(text, s, o)
        sp = _clause_subject(toks, len(toks), resolver) or _Speaker("", o, o, "", "", "unknown", 0.1)
        sp.confidence = min(sp.confidence, 0.35)
        return _make(text, qs, qe, "partial", sp, "", s, e, conf=sp.confidence * 0.8)
    sp = _Speaker("", o, o, "", "", "unknown", 0.2)
    return _make(text, qs, qe, "direct", sp, "", qs, qe, conf=0.2)


_OPENERS = frozenset("on in at after before during since when while as by for with from under over "
                     "last this early late here there now then meanwhile later earlier still also "
                     "instead speaking asked".split())


def _clause_subject(toks: list[_Tok], hi: int, resolver: _Resolver) -> _Speaker | None:
    """The subject opening a clause, when it is a person: a pronoun or a known name.

    Leading adverbials ("On Tuesday, ...") are skipped; capitalised words the article never
    uses as a name ("Audiences", "December") are not taken for one."""
    i = 0
    if i < hi and toks[i].low in _OPENERS:
        while i < hi and toks[i].text != ",":
            i += 1
        i += 1
    if i >= hi:
        return None
    if toks[i].low in {"he", "she"}:
        return resolver.resolve(toks, i, i, 0)
    lead = _np_forward(toks, i, hi)
    if not lead or not _is_cap(toks[lead[1]]):
        return None
    sp = resolver.resolve(toks, lead[0], lead[1], 0)
    if sp.kind == "person" and sp.name and (
            resolver.is_known(sp.name, toks[lead[0]].start) or resolver.is_proper(sp.name.split()[-1])):
        return sp
    if sp.kind == "organisation" and sp.name:
        return sp
    return None


def _prev_nonspace(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _intro_speaker(text: str, colon: int, resolver: _Resolver) -> _Speaker:
    """The speaker named by an introduction ending at `colon`: the subject of its cue, else the
    last name or pronoun in it."""
    start = max(0, text.rfind("\n", 0, max(0, colon - 1)) + 1, colon - 240)
    toks = _tokens(text, start, colon - 1)
    if toks and _is_cap(toks[-1]) and resolver.is_known(toks[-1].text.rstrip("’'s"), toks[-1].start):
        j = len(toks) - 1  # "... he tweeted about it. Donald Trump:" - the name that signs it
        while j - 1 >= 0 and _is_cap(toks[j - 1]) and toks[j - 1].low not in TITLE_WORDS:
            j -= 1
        return resolver.resolve(toks, j, len(toks) - 1, 0)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].low in CUE_VERBS:
            subj = _subject(toks, i, 0)
            if subj:
                return resolver.resolve(toks, subj[0], subj[1], 0)
    # "Sanders delivered a snappy retort:" - the introduction's own subject
    sentence_start = max((i + 1 for i, t in enumerate(toks) if t.text in {".", "!", "?"}), default=0)
    lead = _clause_subject(toks[sentence_start:], len(toks) - sentence_start, resolver)
    if lead is not None:
        return lead
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].low in {"he", "she"}:
            return resolver.resolve(toks, i, i, 0)
        if _is_cap(toks[i]) and resolver.is_known(toks[i].text.rstrip("’'s"), toks[i].start):
            j = i
            while j - 1 >= 0 and _is_cap(toks[j - 1]) and toks[j - 1].low not in TITLE_WORDS:
                j -= 1
            return resolver.resolve(toks, j, i, 0)
    return _Speaker("", colon, colon, "", "", "unknown", 0.2)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        out.append(q)
    return out
