"""Check-worthy claims: sentences a fact-checker could verify, scored 0-1 with their reasons.

A transparent additive score over features that PolitiFact-style checkers look for (numbers,
changes, comparisons, dates, concrete events with actors) minus what cannot be checked
(questions, first-person opinion, hedges). Every feature that fired is kept on the claim.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from claims.facts import extract_facts
from claims.lexicon import is_title_case, lower_same_length
from claims.numbers import find_numbers
from claims.records import Claim, Quote, Segment, Turn
from claims.scan import Hits, scan
from claims.segment import strip_dateline
from claims.turns import turn_at

RAW_THRESHOLD = 0.3  # additive evidence needed for a claim
THRESHOLD = 0.5  # the same threshold on the 0-1 score

# A capitalised run (a name) or an acronym ("NATO", "U.S."). The class comes first, so `re` skips to capitals in C;
# the lookbehind stands in for a leading word boundary.
_ENTITY = re.compile(r"[A-Z](?<![\w][A-Z])(?:[a-z]+(?:[ ][A-Z][a-z]+)*\b|[A-Z]+\b|(?:\.[A-Z])+\.?(?![\w]))")


_BULLETS = "•·*▪►‣◦–—-"
_BULLET_MARKS = frozenset(_BULLETS)
_BULLET = re.compile("[" + re.escape(_BULLETS) + r"][ \t]+")  # a list item's marker is not part of the claim
_CLOSING = frozenset(".!?:;\"”’'»)")
_PARTICIPLE_TAIL = re.compile(r",\s+(?!(?:and|but|or)\b)\w+ing\b.*$", re.S)


class _Index:
    """Feature, name and number positions of one text, so each sentence costs a few bisects.
    Features are lexicon hits and past-tense or perfect verbs (claims report what happened);
    names are runs of capitalised words."""

    def __init__(self, text: str, hits: Hits | None = None) -> None:
        self.text = text
        hits = hits or scan(lower_same_length(text))
        self.feats = sorted(hits.features)
        self.fpos = [f[0] for f in self.feats]
        self.epos = [m.start() for m in _ENTITY.finditer(text)]
        self.nums = find_numbers(text, word_starts=hits.number_starts, share_starts=hits.share_starts)
        self.npos = [n.start for n in self.nums]

    def score(self, s: int, e: int, interviewer: bool = False) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
        found: dict[str, int] = {"interviewer": 1} if interviewer else {}
        first_event = ""
        for pos, name in self.feats[bisect_left(self.fpos, s) : bisect_left(self.fpos, e)]:
            found[name] = found.get(name, 0) + 1
            if name == "event" and not first_event:
                first_event = self.text[pos : pos + 20].split()[0].lower()
        first = bisect_left(self.epos, s)
        if first < len(self.epos) and self.epos[first] == s:
            word = _ENTITY.match(self.text, s).group()
            if " " not in word and not word.isupper():
                first += 1  # a capitalised first word alone is not a name; "Hillary Clinton" or "NATO" is
        if names := bisect_left(self.epos, e, first) - first:
            found["entity"] = names
        return _score(self.text.count(" ", s, e) + 1, found, first_event, self.numbers(s, e))

    def numbers(self, s: int, e: int) -> list:
        return [n for n in self.nums[bisect_left(self.npos, s) : bisect_left(self.npos, e)] if n.end <= e]


def _score(words: int, found: dict[str, int], first_event: str, nums: list) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """Additive evidence; the weights follow how much each feature raises the share of
    sentences fact-checkers picked (numbers and money most, opinion and very short ones least)."""
    feats: list[str] = []
    kinds: list[str] = []
    raw = 0.0
    quantities = [n for n in nums if n.kind in {"quantity", "percent", "money"}]
    if quantities:
        raw += 0.35
        feats.append(f"{len(quantities)} quantity")
        kinds.append("numeric")
        if any(n.kind in {"percent", "money"} for n in quantities):
            raw += 0.15
            feats.append("percent or money")
    if any(n.kind in {"year", "day"} for n in nums) or found.get("temporal"):
        raw += 0.2
        feats.append("date or year")
        kinds.append("temporal")
    if found.get("change"):
        raw += 0.2
        feats.append("change verb")
        kinds.append("change")
    if found.get("comparison"):
        raw += 0.1
        feats.append("comparison")
        kinds.append("comparison")
    if found.get("causal"):
        raw += 0.1
        feats.append("causal")
        kinds.append("causal")
    ents = found.get("entity", 0)
    if found.get("event") and ents:
        raw += 0.1
        feats.append(f"event '{first_event}' with actor")
        kinds.append("event")
    if ents:
        raw += min(0.15, 0.05 * ents)
        feats.append(f"{ents} named")
    if found.get("topic"):
        raw += min(0.15, 0.05 * found["topic"])
        feats.append("policy topic")
        if quantities:
            raw += 0.1  # a number about jobs, taxes, votes...: the classic checkable claim
            feats.append("number on a policy topic")
    if found.get("past"):
        raw += 0.1
        feats.append("reports a past event")
    if found.get("prediction"):
        raw -= 0.05  # not checkable yet
        kinds.append("prediction")
    if found.get("opinion"):
        raw -= 0.3
        feats.append("opinion")
    if found.get("interviewer"):
        raw -= 0.2  # the questioner's framing; fact-checkers check the answers
        feats.append("said by the interviewer")
    if found.get("hedge"):
        raw -= 0.05
        feats.append("hedge")
    if words < 6:
        raw -= 0.3
        feats.append("short")
    elif words < 10:
        raw -= 0.1
    elif words >= 30:
        raw += 0.1
    elif words >= 20:
        raw += 0.05
    # A monotonic squash keeps the ranking of strong sentences (no clipping at 1) and puts
    # the claim threshold (raw 0.3) at 0.5.
    score = 1.0 / (1.0 + math.exp(-5.0 * (raw - RAW_THRESHOLD)))
    return round(score, 4), tuple(kinds), tuple(feats)


def _title_end(text: str) -> int:
    """End of the article's title line: a first line with no closing punctuation and text after
    it ("NATO expels eight Russian diplomats over spying"). Headlines are not claims; the body
    states the same thing with its detail. A text of one line has no title."""
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    nl = text.find("\n", first)
    if nl < 0 or not text[nl:].strip():
        return -1
    line = text[first:nl].rstrip()
    if not line or line[-1] in _CLOSING or line.count(" ") >= 25:
        return -1
    return nl


def score_sentence(sentence: str) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """(score, kinds, features) for one sentence; no I/O and no state."""
    return _Index(sentence).score(0, len(sentence))


def extract_claims(text: str, segments: tuple[Segment, ...], quotes: tuple[Quote, ...] = (),
                   hits: Hits | None = None, turns: tuple[Turn, ...] = ()) -> tuple[Claim, ...]:
    """Claims of the article's sentences; `hits` is the article's word scan when the caller has it.
    In a transcript a claim is said by its turn's speaker unless it sits in a quote."""
    out: list[Claim] = []
    index = _Index(text, hits)
    turn_starts = [t.start for t in turns]
    title_end = _title_end(text)
    for seg in segments:
        if seg.boilerplate or seg.end <= title_end:
            continue
        s = strip_dateline(text, seg.start, seg.end)
        e = seg.end
        turn = turn_at(turns, turn_starts, s) if turns else None
        if turn and s < turn.body_start:
            s = turn.body_start  # the label is not part of what was said
        if text[s : s + 1] in _BULLET_MARKS and (bullet := _BULLET.match(text, s, seg.end)):
            s = bullet.end()
        last = e - 1
        while last >= s and text[last].isspace():
            last -= 1
        if last < s or text[last] in "?:" or (text[last] not in _CLOSING and is_title_case(text[s : last + 1])):
            continue  # a question, a label, or a title-case line with no closing punctuation (a headline or link)
        tail = _PARTICIPLE_TAIL.search(text, s, e)
        if tail and tail.start() - s > 30:
            e = tail.start()
        while e > s and text[e - 1] in " .!;,":
            e -= 1
        score, kinds, feats = index.score(s, e, turn is not None and turn.interviewer)
        if score < THRESHOLD:
            continue
        sentence = text[s:e]
        speaker = turn.speaker if turn else ""
        for q in quotes:
            if q.content_start <= s < q.content_end or s <= q.content_start < e and q.content_end <= e + 2:
                speaker = q.speaker or speaker  # a quote nobody is named for: the turn's speaker reports it
                break
        facts = extract_facts(text, s, e, index.numbers(s, e), may_change="change" in kinds)
        out.append(Claim(sentence, s, e, score, kinds, feats, speaker, facts))
    return tuple(out)
