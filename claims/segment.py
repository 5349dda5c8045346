"""Sentence segmentation of scraped news text, with exact offsets into the original.

Scrapers often drop the whitespace between blocks ("diplomatsMOSCOW —", "Kremlin.Moscow",
"spiesOfficial"). Rather than rewriting the text (and losing offsets), we find those joins and
treat them as sentence boundaries; the text itself is never changed. Segments that end at such a
join without terminal punctuation are glued-in headlines, and footer or credit lines are
boilerplate: extractors skip both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claims.lexicon import CUE_VERBS, find_all, lower_same_length, matches_from
from claims.records import Segment

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col sgt capt prof jr sr inc corp co cos ltd vs no nos
    jan feb mar apr jun jul aug sep sept oct nov dec fig est approx dept univ ave blvd
    mt ft pres adm cmdr supt det insp rev hon messrs del cst cpl const maj brig pvt spc""".split()
)
_STATES = frozenset("Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
                    "Okla Ore Pa Tenn Tex Va Vt Wash Wis Wisc Wyo".split())  # AP's abbreviations of US states
TLD_WORDS = frozenset("net com org io gov edu co uk ai tv info biz us eu de fr ru".split())
# Camel-cased names that look like a missing space but are not.
CAMEL_WORDS = frozenset(
    """linkedin youtube paypal powerpoint javascript whatsapp fedex spacex playstation
    smartnews mastercard blackrock goldman bitcoin chatgpt openai deepmind""".split()
)
# Words that commonly open a sentence: a capitalised word glued to them is a lost boundary.
OPENERS = frozenset(
    """the a an what how why when where who which in on at this that these those it he she
    they we i you but and as after before if for our his her their its one two three many
    some most more survey opinion analysis watch read video photos live update breaking
    there here while with from by according officials police""".split()
)

# Matched against the lowercased sentence. Every alternative opens with a literal character, so
# `re` skips to candidates in C; the lookbehinds stand in for a leading \b or ^.
_BOILERPLATE = re.compile(
    r"sign(?:ing)? up|subscribe\b|newsletter|terms of (?:use|service)|privacy policy|"
    r"all rights reserved|copyright|©|click here|read more\b|follow (?:us|him|her|them) on|"
    r"download (?:the|our) app|curated by|delivered (?:every|each) (?:morning|day|week)|"
    r"this (?:story|article) has been (?:updated|corrected)|contributed (?:to this )?report|"
    r"r(?<!\wr)eported from [a-z]|getty images|\(ap photo|a(?<![\s\S]a)dvertisement$|s(?<![\s\S]s)hare this|"
    r"most important news stories|cookie|sign in to|log in to|already a subscriber"
)
# Every boilerplate and credit-line pattern contains one of these (in the lowercased text): a
# cheap test before either regex runs.
_ANCHORS = ("sign", "subscribe", "newsletter", "terms of", "privacy", "rights reserved", "copyright",
            "©", "click here", "read more", "follow", "download", "curated", "delivered", "this story",
            "this article", "contributed", "reported from", "getty", "(ap photo", "advertisement",
            "share this", "most important news", "cookie", "log in", "already a")
# The same anchors as whole words, for claims.scan's one pass over the article: each form a
# boilerplate or credit-line pattern can start its anchor with ("©" is found apart).
ANCHOR_WORDS = frozenset({
    "sign", "signing", "subscribe", "newsletter", "newsletters", "terms of", "privacy", "rights reserved",
    "copyright", "copyrighted", "click here", "read more", "follow", "download", "curated", "delivered",
    "this story", "this article", "contributed", "reported from", "getty", "ap photo", "advertisement",
    "share this", "most important news", "cookie", "cookies", "log in", "already a"})
_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.-]*,? (?:and )?)+(?:reported from [A-Z][\w .,’'-]*"
    r"|contributed(?: reporting)?(?: to this (?:report|story|article))?(?: from [A-Z][\w .,’'-]*)?)\.?$"
)
_WORD_CHAR = re.compile(r"[^\W\d_]")
# Candidate boundaries: terminal punctuation (+ closing marks) then space or a glued capital;
# a lowercase letter glued to a capital; and line breaks.
_BOUNDARY = re.compile(
    r"(?P<term>[.!?…]+[\"'”’)\]]*)(?P<gap>\s*)(?=[\"'“‘(\[]?[A-Z0-9])"
    r"|(?P<nl>\n+)"
)
_BOUNDARY_RUN = re.compile(r"[.!?…\n][.!?…\n]*")  # where _BOUNDARY may match (see matches_from)
# A capital glued to a lowercase letter before it; scanned separately because a zero-width
# alternative would be tried at every position of the text. The capital comes first, so `re`
# skips to capitals in C.
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")
# "MOSCOW —", "CONCORD, N.H. —", "NEW YORK (AP) —"; and with a state, country or date in title case
# after the city's comma: "SPRINGFIELD, Ill. (WICS) —", "LONDON, March 4 (Reuters) -", "KYIV, Ukraine (AP) —",
# and a press release's "TORONTO, June 3, 2025 /CNW/ -".
_DATELINE = re.compile(r"[A-Z][A-Z .,'’()/-]{1,40}(?:\([A-Za-z. ]+\))?\s*[—–-]+\s*"
                       r"|[A-Z][A-Z .'’/-]{1,40},[ \t]+(?:[A-Z][a-z]+\.?,?[ \t]+){1,2}(?:\d{1,2},?[ \t]+)?(?:\d{4}[ \t]+)?"
                       r"(?:/[A-Za-z -]{2,20}/[ \t]*)?(?:\([A-Za-z. ]+\)[ \t]*)?[—–-]+\s*")


# The longest sentence in 924 PolNeAR articles (quotations spanning sentences merged) has 1,516
# characters. A "sentence" many times longer is a page without punctuation (a table, a scrape
# of links, hostile copy): quotes read it in pieces of this many characters, and it is no claim.
MAX_SENTENCE = 3000

# How far a word is read either side of a boundary. Every decision here needs a word's first
# letters at most; an unbounded walk made "U.S.U.S.…" or "aBaBaB…" quadratic (0.7 s for 6,000
# characters, minutes for a hostile 100 KB page).
WORD_REACH = 40


def _word_before(text: str, i: int) -> str:
    j = i
    lo = max(0, i - WORD_REACH)
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in ".'’"):
        j -= 1
    return text[j:i]


def _word_after(text: str, i: int) -> str:
    j = i
    n = min(len(text), i + WORD_REACH)
    while j < n and text[j].isalpha():
        j += 1
    return text[i:j]


def _is_abbreviation(word: str) -> bool:
    w = word.rstrip(".")
    if not w:
        return False
    if "." in w:  # U.S, U.N, a.m, p.m, Ph.D
        return True
    if len(w) == 1:  # an initial: "J. Smith"
        return w.isupper() or w.islower()
    return w.lower() in ABBREVIATIONS


# Abbreviations that end sentences as well as stand inside them ("at 2 a.m.", "Acme Inc.");
# a title ("Dr.", "Sen.") or an initial stands before a name and never ends one.
SENTENCE_END_ABBREVIATIONS = frozenset("inc corp co ltd llc plc jr sr etc no".split())  # "said no. The"
_OPENING_QUOTE = re.compile(r"[“\"‘][A-Z]")


def _may_end_sentence(word: str) -> bool:
    w = word.rstrip(".")
    return ("." in w and len(w) > 2) or w.lower() in SENTENCE_END_ABBREVIATIONS


def _sentence_opens(text: str, i: int) -> bool:
    """Whether a sentence clearly opens at i: a quotation ("“There is ...") or a capitalised
    word that commonly opens one ("The", "He", "Police"); "U.S. Army" opens nothing."""
    if _OPENING_QUOTE.match(text, i):
        return True
    word = _word_after(text, i)
    return len(word) > 0 and word[0].isupper() and (word.lower() in OPENERS or word == "I")


def _camel_split(text: str, i: int) -> bool:
    """Decide whether a lowercase->uppercase step at i is a lost space."""
    k = i
    lo = max(0, i - WORD_REACH)
    while k > lo and text[k - 1].isalpha():
        k -= 1
    left_word = text[k:i]
    right_word = _word_after(text, i)
    whole = (left_word + right_word).lower()
    if whole in CAMEL_WORDS:
        return False
    tail = len(left_word) - len(left_word.rstrip("abcdefghijklmnopqrstuvwxyz"))
    lower_tail = left_word[len(left_word) - tail :] if tail else ""
    if len(lower_tail) < 2:  # iPhone, eBay, McDonald
        return False
    right_caps = right_word.isupper() and len(right_word) >= 3
    right_cap_word = len(right_word) >= 2 and right_word[0].isupper() and right_word[1:].islower()
    if left_word.islower():
        if len(left_word) <= 4 and not right_caps and right_word.lower() not in OPENERS:
            return False  # "easyJet", "myTaxi": a brand's short lowercase prefix, unless "saidThe" opens a sentence
        return right_caps or right_cap_word
    # Capitalised left word (BidenWhat vs. PowerPoint, DeSantis): only a clear sentence opener, or
    # a dateline in capitals ("AlliesMOSCOW"), not a brand's acronym ("ChatGPT", "TikTok").
    return (right_caps and len(right_word) >= 4) or (right_word.lower() in OPENERS and right_cap_word or right_word in {"A", "I"})


def _boundaries(text: str) -> list[tuple[int, int, bool]]:
    """(end of segment, start of next, glued) triples in order."""
    out: list[tuple[int, int, bool]] = []
    for m in _CAMEL.finditer(text):
        if _camel_split(text, m.start()):
            out.append((m.start(), m.start(), True))
    for m in matches_from(_BOUNDARY, _BOUNDARY_RUN, text):
        if m.group("nl") is not None:
            out.append((m.start(), m.end(), False))
            continue
        if m.group("term") is not None:
            term_start = m.start("term")
            gap = m.group("gap")
            nxt = m.end()
            word = _word_before(text, term_start)
            # "Springfield, Ill. (WICS) —": a state's abbreviation after a city, which may still end a sentence
            state = word in _STATES and text[term_start - len(word) - 2 : term_start - len(word)] == ", "
            if m.group("term")[0] == "." and (state or _is_abbreviation(word + ".")) and not (
                    gap and (state or _may_end_sentence(word)) and _sentence_opens(text, nxt)):
                if "\n" in gap:  # "time for Plan B.\n\nSanders hasn't said": a line break ends it all the same
                    out.append((m.end("term"), nxt, False))
                continue
            if not gap:
                # Glued: "Kremlin.Moscow", but not "Atlantic.Net", "U.S.Army", "3.5".
                after = _word_after(text, nxt)
                if after.lower() in TLD_WORDS or not word or word[-1].isdigit():
                    continue
                if text[nxt - 1].isdigit() and term_start > 0 and text[term_start - 1].isdigit():
                    continue
            if m.group("term")[-1] in "\"”’'" and _attribution_follows(text, nxt, m.group("term")[0]):
                continue  # "“…?” Sanders replied.": the attribution belongs to the quotation
            out.append((m.end("term"), nxt, not gap))
    out.sort()
    return out


_NAME_THEN_CUE = re.compile(r"(?:[A-Z][\w’'.-]*\s){1,4}([a-z]+)\b(\s*[.!?])?")


def _attribution_follows(text: str, i: int, stop: str) -> bool:
    """True when a name and a reporting verb start at i: after "?”" or "!”" always ("“Why?”
    Sanders replied"), after ".”" only when the verb ends the sentence ("Lungescu said."),
    since "“….” Obama said on Monday that …" starts a sentence of its own."""
    m = _NAME_THEN_CUE.match(text, i, i + 80)
    if not m or m.group(1) not in CUE_VERBS:
        return False
    return stop in "?!" or m.group(2) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=256)
def segment(text: str, anchors: tuple[int, ...] | None = None) -> tuple[Segment, ...]:
    """Split `text` into sentence segments, flagging headlines and boilerplate. `anchors`, the
    sorted positions of ANCHOR_WORDS (claims.scan finds them with the article's other words),
    saves a search for each anchor."""
    spans: list[tuple[int, int, bool]] = []  # start, end, ends_at_glued_join_without_punct
    pos = 0
    for end, nxt, glued in _boundaries(text):
        if end <= pos:
            pos = max(pos, nxt)
            continue
        s, e = _trim(text, pos, end)
        if e > s:
            headline_join = glued and text[e - 1] not in ".!?…\"'”’)"
            spans.append((s, e, headline_join))
        pos = nxt
    s, e = _trim(text, pos, len(text))
    if e > s:
        spans.append((s, e, False))

    low = lower_same_length(text)
    if anchors is None:
        anchor_at = sorted(i for a in _ANCHORS if a in low for i in find_all(low, a))
    else:
        anchor_at = list(anchors)
    segments: list[Segment] = []
    tail_from: int | None = None
    half = len(text) // 2
    for idx, (s, e, headline_join) in enumerate(spans):
        # Credit lines and boilerplate both hold an anchor: no anchor, no regex.
        anchored = bisect_left(anchor_at, s) != bisect_left(anchor_at, e)
        reason = ""
        if tail_from is not None:
            reason = "after credit line"
        elif anchored and _CREDIT.match(text[s:e]):
            reason = "credit line"
            if s >= half:
                tail_from = idx
        elif anchored and _BOILERPLATE.search(low[s:e]):
            reason = "boilerplate"
        elif headline_join:
            reason = "headline"
        elif not _WORD_CHAR.search(text, s, e):
            reason = "no words"
        segments.append(Segment(s, e, bool(reason), reason))
    return tuple(segments)


def strip_dateline(text: str, start: int, end: int) -> int:
    """Start offset past a leading "MOSCOW —" style dateline, if any. A dateline opens a
    paragraph (or follows a headline glued to it: "diplomatsMOSCOW —"); after a sentence,
    "NATO — which expelled ... — said" is an aside, not a dateline."""
    m = _DATELINE.match(text, start, end)
    if not m:
        return start
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return m.end() if i < 0 or text[i] == "\n" or text[i].islower() else start
