"""Numbers as news writes them: digits, scales, words, fractions, factors, years and ordinals.

Each mention keeps its exact offsets and a `kind`, so years, days, times and ordinals never
pose as quantities, and approximations keep their qualifier instead of being dropped ("millions
of" is at least two million).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import (
    MONTHS,
    find_all,
    is_word_char,
    lower_same_length,
    matches_from,
    words_regex,
)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "a quarter": 0.25, "one quarter": 0.25, "two thirds": 2 / 3, "two-thirds": 2 / 3,
             "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one-third": 1 / 3}
FACTOR_WORDS = {"doubled": 2.0, "doubles": 2.0, "double": 2.0, "doubling": 2.0,
                "tripled": 3.0, "triples": 3.0, "triple": 3.0, "tripling": 3.0,
                "quadrupled": 4.0, "quadruples": 4.0, "halved": 0.5, "halves": 0.5,
                "halving": 0.5}
QUALIFIERS = ("more than", "less than", "fewer than", "at least", "at most", "up to",
              "nearly", "almost", "about", "around", "roughly", "approximately", "some",
              "over", "under", "just over", "just under", "as many as", "as much as")
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# Currencies named after the number; not "pounds" or "yen" (weights, and "yen" for a wish).
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                   "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD",
                   "australian dollars": "AUD"}
_CURRENCY_AFTER = re.compile(r"(?: of)?[ -]((?:canadian |australian )?dollars?|euros?)\b")

_WORD_NUM = "|".join(sorted([*UNITS, *TENS, *SCALES, "a", "and"], key=len, reverse=True))
_FIRST_WORD = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted([*UNITS, *TENS], key=len, reverse=True)) + \
    r"|[Aa](?= (?i:hundred|thousand|million|billion|trillion)\b)"
_DIGITS = re.compile(
    r"(?=[0-9$€£¥])(?:(?P<ord>\b[0-9]+(?:st|nd|rd|th)\b)|"
    r"(?:(?P<cur>[$€£¥])\s?)?"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(?:\s?(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b|(?P<short>(?i:bn|mn|trn|tn|[kmb]))\b)?"
    r"(?P<pct>\s?%|\s(?i:percent|per cent)\b)?)"
)
# "millions of", "hundreds of billions of", "tens of thousands of", "dozens of": a count of at
# least two of that scale, kept as a lower bound (qualifier "at least") so matching can compare it.
VAGUE_SCALES = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                "billions": 1_000_000_000, "trillions": 1_000_000_000_000}
_VAGUE_TIMES = {"tens": 10, "hundreds": 100}
_WORDS = re.compile(
    r"(?P<vague>\b(?:(?P<times>[Tt]ens|[Hh]undreds) of )?(?P<plural>(?i:dozens|hundreds|thousands|millions"
    r"|billions|trillions))(?= of\b))|"
    r"(?P<dozen>\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Hh]alf a) dozen\b)"
    r"|(?P<words>\b(?:" + _FIRST_WORD + r")(?:[\s-](?i:" + _WORD_NUM + r"))*\b)"
)
# Denominators of shares ("a third of"); the article's word scan finds them too (claims.scan).
SHARE_WORDS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
# Where a number in words may start; "twenty-five" is listed whole, or its "five" would be read
# alone. "a" before a scale ("a million", "a trillion-dollar") is found from the scale word,
# which is rare, instead of from every "a".
NUMBER_STARTS = frozenset(UNITS) | frozenset(TENS) | {"half"} | frozenset(VAGUE_SCALES) | {"tens"} | {
    f"{t}-{u}" for t in TENS for u in UNITS if 0 < UNITS[u] < 10}
_SCALE_AFTER_A = (*SCALES, "dozen")
_WORD_STARTS = words_regex(NUMBER_STARTS)
# Where _DIGITS may match (see matches_from). ASCII digits: a class of small ranges is a bitmap
# test per character, \d a Unicode lookup (twice as slow here).
_DIGIT_RUN = re.compile(r"[0-9$€£¥][0-9$€£¥]*")
# Kept for parse_number: one pattern for every written form.
_NUMBER = re.compile(_DIGITS.pattern + "|" + _WORDS.pattern)
# On lowercased text, ending where the number starts; literal-first, so no per-character \b test
# (the word boundary before it is checked after the match).
_QUALIFIER = re.compile(r"(" + "|".join(QUALIFIERS) + r")\s+$")
_LEADING_DIGITS = re.compile(r"[0-9]+")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_AM_PM = re.compile(r" ?(?:[ap]\.m\.|[AP]\.M\.|(?:am|pm|AM|PM)\b)")
# A capitalised word before or after a day number; it is a month if lexicon.MONTHS knows it.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,8})\.?[ \t]+$")
_WORD_AFTER = re.compile(r"(?:st|nd|rd|th)?[ \t]+([A-Z][a-z]{2,8})\b")
_EVERY_JOINS = (" in ", " out of ")
_IN_EVERY = re.compile(r" (?:in|out of) (?:[0-9]|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b")
# Shares ("a third of", "half the"): found from their denominator with str.find, which costs far
# less than a regex pass over every article.
_FRACTION_HEADS = ("half", "halves", "third", "quarter", "fifth")
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}
_FRACTION = re.compile(r"(?P<den>halves|half|thirds?|quarters?|fifths?)"
                       r"(?:(?P<of> of (?!an? ))|(?P<det> (?:the|its|their|all|our|his|her)\b))")
# "the first half of 2015" is a time, not a share (numbers and facts both ask, on lowercase text)
PERIOD_BEFORE_HALF = re.compile(r"\b(?:first|second|last|latter|other|final|next)\s+$")
_NUMERATOR = re.compile(r"\b(a|one|two|three|four)[ -]$")


_WORD_GAP = re.compile(r"[\s-]+")
_KEEP_GAP = re.compile(r"([\s-]+)")


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    kind: str  # quantity | percent | money | year | day (of a month) | ordinal
    unit: str = ""
    qualifier: str = ""
    raw: str = ""


def words_to_number(words: str) -> float | None:
    """'twenty-five' -> 25, 'two hundred thousand' -> 200000, 'a million' -> 1e6."""
    tokens = [t for t in _WORD_GAP.split(words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, t in enumerate(tokens):
        if t == "a":
            if i + 1 < len(tokens) and tokens[i + 1] in SCALES:
                current = max(current, 1)
                continue
            return None
        if t in UNITS:
            current += UNITS[t]
        elif t in TENS:
            current += TENS[t]
        elif t == "hundred":
            current = max(current, 1) * 100
        elif t in SCALES:
            total += max(current, 1) * SCALES[t]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(raw: str) -> float | None:
    """Parse one number as written ("1,200", "3.5 million", "$3bn", "forty-two")."""
    m = _NUMBER.fullmatch(raw.strip())
    if not m:
        return None
    return _value(m)


def _digits_value(num: str | None, scale: str | None, short: str | None, ordinal: str | None) -> float:
    """The value of a _DIGITS match from its groups: "3.5 million", "$3bn", "21st"."""
    if not num:
        return float(_LEADING_DIGITS.match(ordinal or "").group())
    v = float(num.replace(",", ""))
    if scale:
        v *= SCALES[scale.lower()]
    elif short:
        v *= SHORT_SCALES[short.lower()]
    return v


def _value(m: re.Match) -> float | None:
    g = m.groupdict()
    if g.get("num") or g.get("ord"):
        return _digits_value(g.get("num"), g.get("scale"), g.get("short"), g.get("ord"))
    if g.get("vague"):
        times = _VAGUE_TIMES[g["times"].lower()] if g.get("times") else 1
        return 2.0 * times * VAGUE_SCALES[g["plural"].lower()]
    if g.get("dozen"):
        head = g["dozen"].lower().split()[0]
        return 6.0 if head == "half" else 12.0 * (1 if head in {"a", "one"} else UNITS[head])
    return words_to_number(g["words"]) if g.get("words") else None


def _a_scale_starts(low: str, start: int, end: int) -> list[int]:
    """Starts of "a hundred", "a million", ... (a scale word after a lone "a"). str.find per
    scale word is faster than any regex over the whole text."""
    out = []
    for word in _SCALE_AFTER_A:
        for i in find_all(low, "a " + word, start, end):
            j = i + 2 + len(word)
            if (i == 0 or not is_word_char(low[i - 1])) and not (j < len(low) and is_word_char(low[j])):
                out.append(i)
    return out


def _matches(text: str, start: int, end: int, word_starts: list[int] | None) -> list[re.Match]:
    found = matches_from(_DIGITS, _DIGIT_RUN, text, start, end)
    low = lower_same_length(text)
    if word_starts is None:
        word_starts = [w.start() for w in _WORD_STARTS.finditer(low, start, end)]
    a_scale = _a_scale_starts(low, start, end)
    if a_scale:
        word_starts = sorted(word_starts + a_scale)
    end_of_last = start
    words: list[re.Match] = []
    for pos in word_starts:
        if pos < end_of_last or not start <= pos < end:
            continue
        m = _WORDS.match(text, pos, end)
        if m and m.group():
            words.append(m)
            end_of_last = m.end()
    return sorted(found + words, key=lambda m: m.start())


def find_numbers(text: str, start: int = 0, end: int | None = None,
                 word_starts: list[int] | None = None, share_starts: list[int] | None = None) -> list[Number]:
    """Every number mention in text[start:end], with offsets into `text`. `word_starts` and
    `share_starts`, where number words and share denominators start in ascending order
    (claims.scan finds them with the article's other words), save scans."""
    end = len(text) if end is None else end
    low = lower_same_length(text)
    out: list[Number] = []
    shares_of_every = False  # a quantity followed by " in " or " out of ": "one in five"
    for m in _matches(text, start, end, word_starts):
        whole = m.group()
        raw = whole.strip()
        if not raw:
            continue
        s = m.start() + (len(whole) - len(whole.lstrip()))
        e = m.end() - (len(whole) - len(whole.rstrip()))
        if m.re is _DIGITS:  # one call for the groups; groupdict() and .get() per group cost more
            ordinal, cur, num, scale, short, pct = m.group("ord", "cur", "num", "scale", "short", "pct")
            words = vague = None
            value = _digits_value(num, scale, short, ordinal)
        else:
            ordinal = cur = num = scale = short = pct = None
            words, vague = m.group("words", "vague")
            if words:
                # "two a day", "five and": connecting words belong to the number only inside it
                parts = _KEEP_GAP.split(text[s:e])
                while len(parts) > 1 and parts[-1].lower() in {"a", "and"}:
                    parts = parts[:-2]
                e = s + len("".join(parts))
                raw = text[s:e]
                value = words_to_number(raw)
            else:
                value = _value(m)
        if value is None:
            continue
        if num and (text[e : e + 1].isalpha() or (s > 0 and text[s - 1].isalpha())
                    or (s > 1 and text[s - 1] == "-" and text[s - 2].isalpha())):
            continue  # part of an identifier such as "F-35" or "G7" or "COVID19"
        if num and (text[s - 1 : s] in "-/" or text[e : e + 1] in "-/") and _date_part(text, s, e):
            continue  # "2016-02-15", "10/18/2021", "9/11": a date's parts are not quantities
        if num and not cur and (text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit()
                                or text[s - 1 : s] == ":" and text[s - 2 : s - 1].isdigit()
                                or _AM_PM.match(text, e)):
            continue  # "7:10 p.m.", "at 9 a.m.": a time of day, not a quantity
        if words and raw.lower() == "one":
            if not _IN_EVERY.match(low, e):
                continue  # "one of", "no one": too often not a quantity
            shares_of_every = True
        kind = "quantity"
        unit = ""
        if ordinal:
            kind = "ordinal"
        elif pct:
            kind, unit = "percent", "percent"
        elif cur:
            kind, unit = "money", CURRENCY[cur]
        elif (after := _CURRENCY_AFTER.match(low, e)) and not (num and _YEAR.match(num) and low.endswith("in ", 0, s)):
            # "five million dollars" is "$5 million"; "in 2020 dollars" dates a constant-dollar figure
            kind, unit = "money", _CURRENCY_WORDS[after.group(1)]
        elif num and not scale and not short and _YEAR.match(num):
            kind = "year"
        elif num and not scale and not short and _day_of_month(text, s, e, value):
            kind = "day"
        qualifier = _qualifier(low, start, s) or ("at least" if vague else "")
        out.append(Number(s, e, value, kind, unit, qualifier, text[s:e]))
        if kind == "quantity" and low.startswith(_EVERY_JOINS, e):
            shares_of_every = True
    fractions = _fractions(text, low, start, end, share_starts) if share_starts is None or share_starts else []
    if fractions:  # "three quarters" is one share, not also the quantity three
        out = sorted([n for n in out if not any(f.start <= n.start < f.end for f in fractions)] + fractions,
                     key=lambda n: n.start)
    return _one_in_every(text, low, out) if shares_of_every else out


def _date_part(text: str, s: int, e: int) -> bool:
    """Digits in a chain joined by "/" ("10/18/2021", "9/11"), or by "-" in three groups
    ("2016-02-15") or as a span of years ("2018-19"); a year among them stays. Other two groups
    joined by "-" are a range ("20-30")."""
    if len(text[s:e]) == 4 and _YEAR.match(text[s:e]):
        return False
    lo, hi = s, e
    while lo > 0 and (text[lo - 1].isdigit() or (text[lo - 1] in "-/" and lo > 1 and text[lo - 2].isdigit())):
        lo -= 1
    while hi < len(text) and (text[hi].isdigit() or (text[hi] in "-/" and hi + 1 < len(text) and text[hi + 1].isdigit())):
        hi += 1
    chain = text[lo:hi]
    if "/" in chain or chain.count("-") >= 2:
        return True
    first, _, second = chain.partition("-")
    return bool(_YEAR.match(first)) and len(second) == 2  # "the 2018-19 season": 19 is a year


def _day_of_month(text: str, s: int, e: int, value: float) -> bool:
    """"Oct. 21", "October 21, 2021", "21 October": a date, not 21 of something."""
    return value.is_integer() and 1 <= value <= 31 and month_beside(text, s, e) is not None


def month_beside(text: str, s: int, e: int) -> int | None:
    """The month (1-12) named right before or after the number at text[s:e], if one is."""
    m = _WORD_BEFORE.search(text, max(0, s - 12), s) or _WORD_AFTER.match(text, e)
    return MONTHS.get(m.group(1).lower()) if m else None


def _qualifier(low: str, lo: int, s: int) -> str:
    q = _QUALIFIER.search(low, max(lo, s - 20), s)
    if q and q.start() > 0 and is_word_char(low[q.start() - 1]):
        return ""  # "roundabout 5"
    return q.group(1).lower() if q else ""


def _fractions(text: str, low: str, start: int, end: int, heads: list[int] | None = None) -> list[Number]:
    """"a third of voters", "two-thirds of", "half the staff": shares of a whole, as percents,
    so that "a third of voters" and "33 percent of voters" compare. "The third of four", "a
    third term" and "a quarter of a century" are not shares: a share needs its numerator
    ("a", "one", "two"...) and "of" with no lone "a" after it."""
    if heads is None:
        heads = sorted(i for head in _FRACTION_HEADS for i in find_all(low, head, start, end))
    out = []
    for i in heads:
        m = _FRACTION.match(low, i, end) if start <= i < end else None
        if not m or (i > 0 and is_word_char(low[i - 1])):
            continue
        word = m.group("den")
        half = word.startswith("hal")
        num = _NUMERATOR.search(low, max(start, i - 7), i)
        if not (m.group("of") or (half and m.group("det"))) or not (num or half):
            continue
        if half and not num and PERIOD_BEFORE_HALF.search(low, max(start, i - 8), i):
            continue  # "the first half of 2015" is a time, not a share
        s = num.start() if num else i
        share = (UNITS.get(num.group(1), 1) if num else 1) / _DENOMINATORS["half" if half else word.rstrip("s")]
        out.append(Number(s, m.end("den"), round(100 * share, 4), "percent", "percent",
                          _qualifier(low, start, s), text[s : m.end("den")]))
    return out



def _one_in_every(text: str, low: str, nums: list[Number]) -> list[Number]:
    """"one in five Americans", "3 out of 4 doctors": a share, as a percent. A lone "one" was
    kept only in case it opened such a share; it goes now."""
    pairs = [i for i in range(len(nums) - 1)
             if nums[i].kind == nums[i + 1].kind == "quantity"
             and low[nums[i].end : nums[i + 1].start] in _EVERY_JOINS and 0 < nums[i].value < nums[i + 1].value]
    out: list[Number] = []
    merged = set(pairs)
    i = 0
    while i < len(nums):
        a = nums[i]
        if i in merged:
            b = nums[i + 1]
            out.append(Number(a.start, b.end, round(100 * a.value / b.value, 4), "percent", "percent",
                              a.qualifier, text[a.start : b.end]))
            i += 2
            continue
        if a.raw.lower() != "one":
            out.append(a)
        i += 1
    return out
