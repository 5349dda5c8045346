"""Structured facts from a claim sentence: changes, from/to pairs, factors, quantities, years.

The `unit` (what is counted or changed: "members", "maximum size of the Russian delegation")
is what lets matching pair the right numbers across articles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from claims.lexicon import DECREASE, INCREASE, MONTHS, lower_same_length, words_regex
from claims.numbers import (
    FACTOR_WORDS,
    FRACTIONS,
    PERIOD_BEFORE_HALF,
    VAGUE_SCALES,
    Number,
    find_numbers,
    month_beside,
)
from claims.records import Fact

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NOT_PLURAL = frozenset("does goes says was has its this thus".split())
_STOP_UNIT = frozenset("the a an its their his her our of in on at by to from for and this that "
                       "than more less about some nearly almost over under".split())
_FRACTION = re.compile(r"\b(?:in half|by half|by (?:a|one|two)[ -](?:third|quarter|half)s?|"
                       r"(?:a|one|two|three)[ -](?:third|quarter|fifth)s? of|half of)\b", re.I)
# "double" and "triple" are verbs before an object or at a clause's end, adjectives before a
# noun ("double digits", "a triple threat").
_VERB_NEXT = frozenset("the a an its their his her our my your this that these those it them in by to "
                       "and or over since what".split())


_CHANGE_RX = words_regex(INCREASE | DECREASE)
_SUBJECT_END = re.compile(r"\b(?:from|by|in half|to|in \d{4}|since|after|before)\b|,|;")
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+)?(\S+(?:\s(?:million|billion|percent))?)"
                      r"\s+to\s+(?:about\s+|around\s+)?(\S+(?:\s(?:million|billion|percent))?)")
_FRACTION_WORDS = re.compile(r"^(?:in|by)\s+|\s+of$")
_RANGE_GAPS = frozenset({"-", "–", "—", " to ", " - ", " – "})
_DATE_JOINS = frozenset({"-", "/", "–"})
_LEADING = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_BY = re.compile(r"\bby\s+(?:about\s+|nearly\s+|more than\s+)?(\S+)")


def _change_verbs(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Every verb of change in text[s:e], as (direction, start, end)."""
    return [("decrease" if m.group() in DECREASE else "increase", s + m.start(), s + m.end())
            for m in _CHANGE_RX.finditer(lower_same_length(text[s:e]))]


def _unit_after(text: str, pos: int, end: int) -> str:
    """The counted noun after a number: 'eight members of' -> 'members'."""
    words = []
    for m in _WORD.finditer(text, pos, min(end, pos + 40)):
        w = m.group()
        if w.lower() in _STOP_UNIT or w.lower() in INCREASE or w.lower() in DECREASE:
            break
        words.append(w.lower())
        if len(words) == 2:
            break
    if words and words[0] in {"percent", "per"}:
        return "percent"
    if len(words) == 2 and _plural(words[1]) and not _plural(words[0]):
        return words[1]  # "eight Russian diplomats", "500 new jobs": the noun, not its adjective
    return words[0] if words else ""


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL


def _subject_between(text: str, s: int, e: int) -> str:
    """The object of a change verb up to 'from'/'by'/'in': 'the maximum size of the delegation'."""
    chunk = text[s:e]
    chunk = _SUBJECT_END.split(chunk, maxsplit=1)[0]
    words = [w.lower() for w in _WORD.findall(chunk)]
    while words and words[0] in _STOP_UNIT:
        words.pop(0)
    while words and words[-1] in _STOP_UNIT:
        words.pop()
    return " ".join(words[:8])


def extract_facts(text: str, start: int, end: int, numbers: list[Number] | None = None,
                  may_change: bool = True, may_month: bool = True) -> tuple[Fact, ...]:
    """Facts of text[start:end]. Pass `numbers` already found in that span to skip a re-scan,
    `may_change=False` when the span is known to hold no verb of change, and `may_month=False`
    when it names no month (`month_starts` finds them once for a whole text)."""
    nums = find_numbers(text, start, end) if numbers is None else numbers
    month = None  # looked for once, and only when it decides something
    if not nums and not may_change and (not may_month or (month := _month(text, start, end)) is None):
        return ()
    facts: list[Fact] = []
    years = [n for n in nums if n.kind == "year"]
    year = int(years[0].value) if years else None
    when = _date(text, nums, year)
    quantities = [n for n in nums if n.kind in {"quantity", "percent", "money"}]
    used: set[int] = set()
    verbs = _change_verbs(text, start, end) if may_change else []
    # "Exports doubled while imports fell by a third": each verb reads up to the next one
    for i, (direction, vs, ve) in enumerate(verbs):
        clause_end = verbs[i + 1][1] if i + 1 < len(verbs) else end
        facts.extend(_change_facts(text, direction, vs, ve, clause_end, nums, quantities, used, year))
    if len(quantities) > 1:
        facts.extend(_ranges(text, start, end, quantities, used, year))
    for n in quantities:
        if n.start in used:
            continue
        after = n.end + 4 if text.startswith(" of ", n.end) and n.raw.rsplit(None, 1)[-1].lower() in VAGUE_SCALES else n.end
        unit = n.unit or _unit_after(text, after, end)  # "millions of Americans": Americans
        facts.append(Fact(raw=n.raw, value=n.value, unit=unit, year=year, qualifier=n.qualifier))
    if not facts and not when and may_month and (month := month or _month(text, start, end)):
        # An event's month is its time when no day is named: "until the end of November".
        n = MONTHS[month.group(1).lower()]
        when = f"{year:04d}-{n:02d}" if year else f"--{n:02d}"
        if not years:
            return (Fact(raw=month.group(1), date=when),)
    if not facts and (year is not None or when):
        # An event's time is a fact too: "opened in 2005" against "opened in 2009" conflicts.
        raw = years[0].raw if years else when
        facts.append(Fact(raw=raw, year=year, date=when))
    elif when:
        facts = [replace(f, date=when) for f in facts]
    return tuple(facts)


# A month standing for a time: after a word that takes one ("in October", "end-of-October",
# "since March"); "May" and "March" alone are too often a verb or a name. The month is sought
# first (capitals are rare, so `re` skips most of the text in C), then the word before it.
# No leading \b: opening with the names lets `re` skip in C to their first letters (5x faster
# over an article); `_whole` checks the letter before.
_MONTH_NAME = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_MONTH_AFTER = re.compile(r"\b(?:in|of|since|until|till|by|from|through|early|late|mid|last|next|this|end|start|"
                          r"beginning)[ -]+$", re.I)


def month_starts(text: str) -> list[int]:
    """Where month names start in `text`, for `may_month` of many spans of one text."""
    return [m.start() for m in _MONTH_NAME.finditer(text) if _whole(text, m.start())]


def _whole(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


def _month(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first month in text[start:end] that stands for a time."""
    for m in _MONTH_NAME.finditer(text, start, end):
        if _whole(text, m.start()) and _MONTH_AFTER.search(text, max(start, m.start() - 12), m.start()):
            return m
    return None


_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")


def _date(text: str, nums: list[Number], year: int | None) -> str:
    """The clause's day as YYYY-MM-DD ("October 7, 2021", "7 October 2021", "2021-10-07"), or
    --MM-DD when no year is given ("on Oct. 21"); "" without a day."""
    for n in nums:
        if n.kind != "day":
            continue
        month = month_beside(text, n.start, n.end)
        if month:
            return f"{year:04d}-{month:02d}-{int(n.value):02d}" if year else f"--{month:02d}-{int(n.value):02d}"
    if nums and (iso := _ISO_DAY.search(text, nums[0].start - 10 if nums[0].start >= 10 else 0, nums[-1].end + 10)):
        return iso.group(0)
    return ""


def _change_facts(text: str, direction: str, vs: int, ve: int, end: int, nums: list[Number],
                  quantities: list[Number], used: set[int], year: int | None) -> list[Fact]:
    """Facts of one verb of change (text[vs:ve]) and the clause after it, up to `end`: from/to,
    a factor ("doubled", "in half", "by a third") or an amount ("by 5 percent")."""
    facts: list[Fact] = []
    subject = _subject_between(text, ve, end)
    m = _FROM_TO.search(text[ve:end])
    pair = _from_to(nums, ve + m.start(), ve + m.end()) if m else None
    if pair:
        f, t = pair
        used.update({f.start, t.start})
        if f.value != t.value:
            direction = "decrease" if t.value < f.value else "increase"
        facts.append(Fact(raw=text[vs : ve + m.end()], unit=subject or t.unit or f.unit, from_value=f.value,
                          to_value=t.value, change=direction, year=year, qualifier=f.qualifier))
    fr = _fraction(text, ve, end)
    word = text[vs:ve].lower()
    if word in FACTOR_WORDS and (word not in {"double", "triple"} or _used_as_verb(text, ve, end)):
        facts.append(Fact(raw=text[vs:ve], unit=subject, change=direction, factor=FACTOR_WORDS[word], year=year))
    elif fr:
        phrase = _FRACTION_WORDS.sub("", fr.group().lower())
        factor = FRACTIONS.get(phrase, FRACTIONS.get(phrase.rstrip("s"), 0.5))
        if direction == "decrease" and fr.group().lower().startswith(("by", "a", "one", "two", "three")):
            factor = 1 - factor  # "fell by a third", "cut two-thirds of its staff": a third is left
        used.update(n.start for n in quantities if fr.start() <= n.start < fr.end())
        facts.append(Fact(raw=text[vs : fr.end()], unit=subject, change=direction, factor=round(factor, 4),
                          year=year))
    by = _BY.search(text[ve:end])
    if by and not pair:
        for n in quantities:
            if n.start == ve + by.start(1) and n.start not in used:  # "by half" is read once, as a factor
                used.add(n.start)
                facts.append(Fact(raw=text[vs : n.end], value=n.value, unit=n.unit or subject,
                                  change=direction, year=year, qualifier=n.qualifier))
    if pair:
        return facts
    # "dropped 20 percent", "cut 500 jobs": the amount right after the verb (and its qualifier).
    # Money right after "raised" was collected ("raised $16 million"), not a change.
    after = next((n for n in quantities if ve <= n.start < end), None)
    if (after and after.start not in used and text[ve : after.start].lower().split() == after.qualifier.split()
            and not (after.kind == "money" and word.startswith("rais"))):
        used.add(after.start)
        facts.append(Fact(raw=text[vs : after.end], value=after.value, unit=after.unit or _unit_after(text, after.end, end),
                          change=direction, year=year, qualifier=after.qualifier))
    # "fell to 5 percent", "rose to $3 billion": where it ended. A count with a noun after it is
    # left alone: in "cut funding to 20 states" the states are not the new level, unless a
    # "from" names where it started ("cut the delegation to 20 members from 30").
    for n in quantities:
        if not (ve <= n.start < end and n.start not in used and _after_to(text, ve, n)):
            continue
        source = _from_after(text, n, end, quantities, used)
        if source is not None:
            # Wire style puts the new level first: "fell to 3.9 percent from 4.1 percent".
            used.update({n.start, source.start})
            if source.value != n.value:
                direction = "decrease" if n.value < source.value else "increase"
            unit = subject if subject not in {"", "percent"} else n.unit or source.unit or subject
            facts.append(Fact(raw=text[vs : source.end], unit=unit, from_value=source.value, to_value=n.value,
                              change=direction, year=year, qualifier=source.qualifier))
            break
        if n.kind != "quantity" or not _unit_after(text, n.end, end):
            used.add(n.start)
            facts.append(Fact(raw=text[vs : n.end], value=n.value, unit=n.unit or subject, to_value=n.value, change=direction,
                              year=year, qualifier=n.qualifier))
            break
    return facts


# After a new level: its noun (up to two words), a comma, then "from": "to 20 members from 30".
_THEN_FROM = re.compile(r"(?:\s+[^\W\d_][\w’'-]*){0,2}?,?\s+from\s+")


def _from_after(text: str, n: Number, end: int, quantities: list[Number], used: set[int]) -> Number | None:
    """The number a change started from, when "from" follows its new level `n` ("to 4.5% from
    4.75%", "to $2.1 billion, from $1.8 billion"); None otherwise ("to 20 states from Ohio")."""
    m = _THEN_FROM.match(text, n.end, end)
    if m is None:
        return None
    for q in quantities:
        if q.start >= m.end():
            if q.start in used or text[m.end() : q.start].lower().split() != q.qualifier.split():
                return None
            return q
    return None


def _after_to(text: str, lo: int, n: Number) -> bool:
    """Whether "to" (and the number's own qualifier) comes right before `n`: "to about 900"."""
    want = ["to", *n.qualifier.split()]
    return text[max(lo, n.start - 40) : n.start].lower().split()[-len(want) :] == want


def _fraction(text: str, s: int, e: int) -> re.Match[str] | None:
    """The first share or factor phrase in text[s:e] that is not a time ("the first half of")."""
    low = lower_same_length(text)
    for fr in _FRACTION.finditer(text, s, e):
        if not (fr.group()[:4].lower() == "half" and PERIOD_BEFORE_HALF.search(low, max(0, fr.start() - 8), fr.start())):
            return fr
    return None


def _used_as_verb(text: str, ve: int, end: int) -> bool:
    """"double it", "double the deficit", "double." are verbs; "double digits" is not."""
    nxt = _WORD.search(text, ve, end)
    return nxt is None or text[ve : nxt.start()].strip() != "" or nxt.group().lower() in _VERB_NEXT


def _ranges(text: str, start: int, end: int, quantities: list[Number], used: set[int],
            year: int | None) -> list[Fact]:
    """"between 20 and 30 diplomats", "20-30", "$20-30 million" (qualifier "between") and a
    "from 10 to 15 percent" with no verb of change (no direction): from/to facts, not two values."""
    out = []
    for a, b in pairwise(quantities):
        gap = text[a.end : b.start] if b.start - a.end <= 5 else ""
        if not (gap in _RANGE_GAPS or gap == " and ") or a.start in used or b.start in used or a.value < 0:
            continue
        if text[a.start - 1 : a.start] in _DATE_JOINS or text[b.end : b.end + 1] in _DATE_JOINS:
            continue  # "2016-02-15", "3/4-5": parts of a date or code, not a range
        before = text[max(start, a.start - 8) : a.start].lower()
        if gap not in _RANGE_GAPS and not (gap == " and " and before.endswith("between ")):
            continue
        if a.kind != b.kind and not (a.kind == "money" and b.kind == "quantity") and b.kind != "percent":
            continue
        low = a.value * (_scale(b) if _scale(a) == 1 else 1)  # "$20-30 million": 20 million
        if low >= b.value > a.value:
            low = a.value  # "between 500 and 2 million": sharing the scale would turn the range round
        if low >= b.value:
            continue
        used.update({a.start, b.start})
        unit = b.unit if b.kind == "percent" else a.unit or b.unit or _unit_after(text, b.end, end)
        out.append(Fact(raw=text[a.start : b.end], unit=unit, from_value=low, to_value=b.value, year=year,
                        qualifier="" if before.endswith("from ") else "between"))
    return out


def _scale(n: Number) -> float:
    """What a number's scale word multiplies it by ("30 million" -> 1e6; "30" -> 1)."""
    m = _LEADING.search(n.raw)
    base = float(m.group().replace(",", "")) if m else 0.0
    return n.value / base if base else 1.0


def _from_to(nums: list[Number], s: int, e: int) -> tuple[Number, Number] | None:
    inside = [n for n in nums if s <= n.start < e and n.kind != "year"]
    if len(inside) >= 2:
        return inside[0], inside[1]
    return None
