"""Attributed quotes: direct, partial and reported speech, with the speaker resolved.

Design (spaCy-free; with claims, about 500 articles per second per core): reporting cues come
from the article's one word scan (`claims.scan`), quotation marks are paired per paragraph, and
only sentences with a cue outside quotation marks are tokenised, lazily. Around each cue we
read the speaker phrase backwards (or forwards for "said Lavrov") and the reported content
forwards (or backwards for "..., Lavrov said"); the phrase readers live in `claims.phrases`,
the in-article speaker resolution in `claims.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from claims.lexicon import (
    CLOSE_MARKS,
    COMPILED,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    IRREGULAR_PAST,
    OBJECT_CUES,
    OPEN_MARKS,
    ORG_NOUNS,
    PARTICLE_CUES,
    QUOTE_CUES,
    ROLE_NOUNS,
    STRAIGHT,
    TIME_WORDS,
    TITLE_WORDS,
    lower_same_length,
)
from claims.names import given_gender, with_full_stops
from claims.numbers import CURRENCY
from claims.organisations import other_kind
from claims.phrases import (
    LazyTokens,
    Tok,
    is_cap,
    np_backward,
    np_forward,
    possessor_apposition,
    role_apposition,
    skip_between,
    source_end,
    subject,
    tokens,
)
from claims.records import Quote, Segment
from claims.scan import Hits, scan
from claims.segment import MAX_SENTENCE, strip_dateline
from claims.speakers import Resolver, Speaker, clause_subject
from claims.tokens import STOPWORDS

_WEAK_CUES = frozenset(
    "show shows showed found finds believe believes believed think thinks thought agree agrees "
    "agreed agreeing continue continues continued point points pointed charge charges charged "
    "state states report reports reporting mention mentions mentioned indicate indicates "
    "indicated reveal reveals revealed conclude concludes concluded read reads rules ruled signal signals signaled "
    "signalled understands maintain maintains".split()  # "it would maintain a tight policy stance": kept, not said
)
# Cue words that are also nouns. After an article or a possessive pronoun they name an act or a
# document ("his claim", "the report"), and whoever speaks is named elsewhere. After a
# possessive name, a speech act is that person's ("Trump's claim that ...") but a document is
# not ("the IG's report “wasn't good”", stated by someone else).
_NOUN_CUES = frozenset(
    "report reports claim claims note notes tweet tweets estimate estimates promise promises pledge "
    "pledges vow vows charge charges joke jokes quip quips boast boasts remarks reply replies warning "
    "caution show shows state states signal signals".split()  # "a state that Trump won" is a place
)
_OPEN_MARKS = frozenset(OPEN_MARKS + STRAIGHT)
_SUBORDINATORS = frozenset("after before when while as because since although though once".split())
_READ = frozenset({"read", "reads"})
_WRITTEN = DOCUMENT_NOUNS | frozenset("email e-mail message tweet post note sign caption text letter".split())
_SHOW = frozenset("show shows showed found finds".split())
_RULED = frozenset("rules ruled".split())
_CLOSING_ONLY = frozenset("understands maintains maintain".split())  # weak cues that report what comes before them
_COURTS = frozenset("court courts judge judges justice justices tribunal panel".split())
_NOT_RULINGS = frozenset("out in on against for over after before".split())  # "ruled out", "ruled in favour"
_DATA_NOUNS = DOCUMENT_NOUNS | frozenset("polls statistics numbers studies surveys reports".split())
_FINDERS = _DATA_NOUNS | frozenset("audit review investigation inquiry probe research".split())
_ISSUED = frozenset("released published conducted commissioned".split())


def _issued_finding(toks: Sequence[Tok], idx: int) -> bool:
    """Whether the "found" or "shows" at idx has a document issued by a named body for its
    subject: "A poll released last week by the Angus Reid Institute found 64 per cent ...". The
    issuer, just before the verb, is then its subject, and the speaker."""
    for f in range(idx - 3, max(-1, idx - 12), -1):
        if toks[f].low in _FINDERS and (f == 0 or not is_cap(toks[f])):  # not "Statistics" of a body's name
            after = toks[f + 1 : idx]
            return (after[0].low in _ISSUED and is_cap(toks[max(f, skip_between(toks, idx - 1, 0))])
                    and any(t.low == "by" for t in after) and not any(t.text in {",", ";"} for t in after))
    return False


_DOCUMENT_CUES = frozenset("report reports note notes estimate estimates show shows".split())
_NOUN_MARKERS = frozenset("the a an his her their its my our your".split())
_MARK = re.compile("[" + OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "]")
_NO_TOKENS = LazyTokens("", 0, 0)
_PARTICIPLE_CUT = re.compile(r",\s+(?!(?:and|but|or)\b)\w+ing\b|;|\s[—–]\s")


def find_quote_marks(text: str) -> list[tuple[int, int]]:
    """Pair quotation marks into (open, close) index pairs; stray marks are dropped.

    Works per paragraph; a paragraph whose quote never closes continues into the next one only
    when that paragraph opens a quote again (the newspaper convention), otherwise the stray
    mark is ignored so it cannot swallow the rest of the article.
    """
    pairs: list[tuple[int, int]] = []
    marks = [m.start() for m in _MARK.finditer(text)]
    n, k = len(marks), 0
    while k < n:  # one paragraph (a run of non-newline characters) with marks per round
        ps = text.rfind("\n", 0, marks[k]) + 1
        pe = text.find("\n", marks[k])
        pe = len(text) if pe < 0 else pe
        open_at: int | None = None
        while k < n and marks[k] < pe:
            i = marks[k]
            k += 1
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
        if open_at is not None:
            ns = pe
            while ns < len(text) and text[ns] == "\n":
                ns += 1
            if ns < len(text) and (text[ns] in OPEN_MARKS or text[ns] == STRAIGHT):
                end = pe
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                pairs.append((open_at, end))
    return pairs


_TITLE_SMALL = frozenset("of the a an and in on for to with at by from or".split())
_TITLE_BEFORE = re.compile(r"(?:[’']s|\b(?:on|in|show|program|programme|podcast|series|film|book|album|song|titled|entitled))[ \t]*$")


def _is_title(text: str, o: int, c: int) -> bool:
    """Whether the quotation marks at o and c hold a title, not words someone said: a few
    title-case words after an outlet's possessive or "on" ("said on CNN’s “State of the Union”
    that", "told NBC’s “Meet the Press”")."""
    words = text[o + 1 : c].strip(" ,.").split()
    if not 0 < len(words) <= 6 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _TITLE_SMALL for w in words):
        return False
    return _TITLE_BEFORE.search(text, max(0, o - 20), o) is not None


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
    if any(e - s > MAX_SENTENCE for s, e in merged):
        return [piece for s, e in merged for piece in _pieces(text, s, e)]
    return merged


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """text[s:e] cut at spaces into spans of at most MAX_SENTENCE characters: read whole, a
    page without punctuation makes every cue look at every quotation mark in it (quadratic,
    10 s for 200 KB)."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        out.append((s, e))
    return out


# Gatherings told something ("told a news conference in Ottawa"), and the words before them.
_GATHERINGS = frozenset("conference briefing meeting rally hearing".split())
_GATHERING_KINDS = frozenset("news press town hall".split())
# Whom something was told: "told reporters", "told analysts on a call".
_AUDIENCE = frozenset("""reporters journalists me him her them us analysts investors lawmakers legislators
    supporters voters delegates students viewers listeners employees staff workers members colleagues
    senators parliament subscribers customers shareholders clients users readers followers court jurors
    council dpa justices judges jury""".split()) | _GATHERINGS  # (the German news agency writes its name in lowercase)


def _content_after(text: str, toks: Sequence[Tok], i: int, hi: int, is_object_cue: bool) -> int:
    """Index of the first content token after the cue at i."""
    k = i + 1
    if is_object_cue:
        for look in range(k, min(hi, k + 7)):
            if toks[look].low == "that":
                return look + 1
        if (after := _skip_channel(toks, k, hi, lead=False)) > k:
            return after  # "told NBC’s “Meet the Press” on Sunday that"
        while k < hi and (toks[k].low in DETERMINERS or is_cap(toks[k]) or toks[k].low in _AUDIENCE
                          or toks[k].low in _GATHERING_KINDS) and k - i < 5:
            k += 1
            if toks[k - 1].low in _AUDIENCE:
                if k + 1 < hi and toks[k].low in ("in", "at") and is_cap(toks[k + 1]) and toks[k + 1].low not in DETERMINERS:
                    k += 2  # "told a press conference in Sydney the board ...", "told reporters in Victoria the ...": where
                    while k < hi and is_cap(toks[k]) and toks[k].low not in DETERMINERS:
                        k += 1
                break
    if (c := _skip_channel(toks, k, hi)) > k:
        k = c  # "said on a conference call with analysts Thursday that": the whole channel at once
    else:
        k = _skip_time(toks, k, hi)
        k = _skip_channel(toks, k, hi)
    if k < hi and toks[k].text in {",", ":"}:
        k += 1
    if k < hi and toks[k].low == "that":
        k += 1
    return k


# How and to whom something was said, between the cue and "that": "said in an email to The
# Associated Press that", "said in a statement provided to POLITICO that", "said in a statement
# released Tuesday that", "testified before the panel last fall that". The phrase opens with a preposition or one of these participles and
# holds only names, determiners, prepositions, dates and the words below.
_CHANNEL_LEADS = frozenset("in to on at before during with via through provided released sent posted issued given "
                           "published obtained shared emailed".split())
_CHANNEL_WORDS = _CHANNEL_LEADS | frozenset(
    """a an the his her its their statement statements email emails e-mail interview interviews letter
    letters post posts tweet tweets message messages conference briefing news press release call
    phone telephone radio television tv video note court filing filings documents document reporters
    journalists program programme show podcast appearance speech remarks hearing meeting rally
    testimony event broadcast op-ed column editorial social media of for from by and late early
    televised nightly weekly daily recorded written joint prepared live national address online official
    separate brief lengthy panel committee subcommittee jury judge lawmakers spring summer fall autumn
    winter interpreter translator analysts investors shareholders""".split()) | TIME_WORDS
CHANNEL_REACH = 10  # tokens from the channel's first word to its "that"


def _skip_channel(toks: Sequence[Tok], k: int, hi: int, lead: bool = True) -> int:
    """The token after "that" when a channel phrase (above) runs from k to it, else k. Without
    `lead` the phrase may open with any of its words (an audience after "told")."""
    if k >= hi or (lead and toks[k].low not in _CHANNEL_LEADS):
        return k
    for look in range(k + 1, min(hi, k + CHANNEL_REACH)):
        t = toks[look]
        if t.low == "that":
            return look + 1 if look > k + 1 else k
        if not (t.low in _CHANNEL_WORDS or is_cap(t) or t.text.isdigit() or _MARK.fullmatch(t.text)):
            return k  # a show's title in quotation marks may name the channel: "on CNN’s “State of the Union”"
    return k


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                      "tonight earlier later recently previously".split())
_PREPS = frozenset("on in at during last this earlier late early".split())
_TIME_OR_DAY = TIME_WORDS | _WEEKDAYS
_OPEN_ENDS = frozenset("with by to from of for at on in".split())  # "in an interview with ...": the phrase goes on


def _skip_time(toks: Sequence[Tok], k: int, hi: int) -> int:
    """Skip "Monday", "on Tuesday", "in a statement", "at a news conference" after a cue."""
    while k < hi:
        if toks[k].low in _WEEKDAYS:
            k += 1
            continue
        if toks[k].low in _PREPS:
            j = k + 1
            while j < hi and j - k <= 4 and toks[j].low in _TIME_OR_DAY and toks[j].low not in _PREPS:
                j += 1
            while j > k + 2 and toks[j - 1].low in DETERMINERS:
                j -= 1  # "said in a statement the increase would ...": the content's own article
            if j > k + 1 and toks[j - 1].low not in DETERMINERS and toks[j - 1].low not in _OPEN_ENDS:
                k = j
                continue
        break
    return k


_POSSESSIVE_END = re.compile(r"\w[’']s?$")


_ANONYMITY_CUES = frozenset("asked spoke speaking".split())
_SAID_VERBS = frozenset("said says told added wrote argued noted explained insisted warned stated".split())
_NAME_USES = frozenset("used withheld published printed given identified".split())


def _anonymous(toks: Sequence[Tok], k: int, n: int) -> int:
    """How many tokens at k say why a source is unnamed, not what they said: "not to be
    named/identified" or "on (the) condition of anonymity"; 0 when they do not."""
    words = [toks[i].low for i in range(k, min(n, k + 14))]
    if words[:3] == ["not", "to", "be"] and words[3:4] in (["named"], ["identified"]):
        return 4
    if words[:1] == ["that"] and any(w in ("name", "names") for w in words):
        # "who asked that only her first name, Rebecca, be used", "that his name not be published"
        for i in range(2, len(words) - 1):
            if words[i] == "be" and words[i + 1] in _NAME_USES:
                return i + 2
    if words[:1] == ["on"]:
        the = words[1:2] == ["the"]
        if words[1 + the : 4 + the] == ["condition", "of", "anonymity"]:
            return 4 + the
    return 0


def _relative_before_cue(toks: Sequence[Tok], idx: int, n: int) -> bool:
    """The cue at idx opens a relative clause (", who wrote the law,") whose closing comma is
    followed by the main clause's own cue ("said"): the clause describes the speaker."""
    if not (idx >= 2 and toks[idx - 1].low in ("who", "which") and toks[idx - 2].text == ","):
        return False
    for k in range(idx + 1, min(n - 1, idx + 12)):
        if toks[k].text in {".", ";", ":"} or toks[k].text in _OPEN_MARKS or toks[k].low == "that":
            return False  # "who told reporters last week that he would resign, said": speech in the clause
        if toks[k].text == ",":
            return toks[k + 1].low in CUE_VERBS and toks[k + 1].low in _SAID_VERBS
    return False


def _restrictive_who(toks: Sequence[Tok], idx: int) -> bool:
    """The cue's subject is "who" with no comma before it: a restrictive clause ("anybody who
    complains"), describing people rather than naming the one who speaks."""
    j = skip_between(toks, idx - 1, 0)
    return j >= 1 and toks[j].low == "who" and toks[j - 1].text != ","


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",:;—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;—–-"):
        e -= 1
    return s, e


def extract_quotes(text: str, segments: tuple[Segment, ...], hits: Hits | None = None) -> tuple[Quote, ...]:
    """Quotes of the article; `hits` is the article's word scan when the caller has it."""
    marks = [m for m in find_quote_marks(text) if not _is_title(text, *m)]
    resolver = Resolver(text, [seg.start for seg in segments if not seg.boilerplate])
    out: list[Quote] = []
    cue_pos = (hits or scan(lower_same_length(text))).cues
    open_pos = [o for o, _ in marks]
    for s, e in _sentences(text, segments, marks):
        sent_marks = marks[bisect_left(open_pos, s) : bisect_left(open_pos, e)]
        here = [c for c in cue_pos[bisect_left(cue_pos, s) : bisect_left(cue_pos, e)]
                if not any(o <= c <= q for o, q in sent_marks)]
        all_toks = LazyTokens(text, s, e) if here else _NO_TOKENS
        n = len(all_toks)

        def in_quote(t: Tok, marks_here: list[tuple[int, int]] = sent_marks) -> bool:
            return any(o <= t.start <= c for o, c in marks_here)

        cues: list[int] = []
        for idx in (all_toks.index_at(c) for c in dict.fromkeys(here)):
            if idx is None:
                continue  # inside a longer token ("well-said")
            t = all_toks[idx]
            if in_quote(t):
                continue
            if t.text[0].isupper() and t.start > s and t.low != "according":
                continue  # "the Islamic State", "Says Who": a capitalised word inside a sentence is a name
            low = t.low
            if low in _NOUN_CUES and idx > 0 and (
                    (is_cap(all_toks[idx - 1]) and idx + 1 < n and all_toks[idx + 1].text in {",", "."}) or  # "beating Wall Street estimates,"
                    all_toks[idx - 1].low in _NOUN_MARKERS or (
                    low in _DOCUMENT_CUES and _POSSESSIVE_END.search(all_toks[idx - 1].text)) or (
                    idx > 1 and (all_toks[idx - 2].low in _NOUN_MARKERS or (
                        _POSSESSIVE_END.search(all_toks[idx - 2].text) and idx + 1 < n and all_toks[idx + 1].low != "that"))
                    and all_toks[idx - 1].text.isalpha()
                    and all_toks[idx - 1].text.islower() and all_toks[idx - 1].low not in CUE_VERBS) or (
                    idx > 2 and all_toks[idx - 3].low in _NOUN_MARKERS and all(
                        x.text.isalpha() and x.text.islower() and x.low not in CUE_VERBS and x.low not in STOPWORDS
                        for x in all_toks[idx - 2 : idx]))):
                continue  # "his claims", "the IG's report", "a heat warning", "an air quality warning", "Trump's first tweet Sunday": a noun
            if low in _ADD and idx + 1 < n and (all_toks[idx + 1].text[0].isdigit() or all_toks[idx + 1].text in CURRENCY
                                                or all_toks[idx - 1].low in _PERFECT_AUX):
                continue  # "it had added 2,000 megawatts", "added 300 jobs", "would add $3 billion": a sum, not a remark
            if low in _RECALL and idx + 1 < n and (all_toks[idx + 1].text[0].isdigit() or (
                    all_toks[idx + 1].low in _ABOUT and idx + 2 < n and all_toks[idx + 2].text[0].isdigit())):
                continue  # "Ford recalled 240,000 SUVs": a product recall, not a memory
            if low == "arguing" and idx > 0 and all_toks[idx - 1].text == "," and idx + 1 < n and all_toks[idx + 1].low == "for":
                continue  # "Elizabeth Prelogar, arguing for the Biden administration, told": whom she represents
            if low in _NAMING and idx + 1 < n and all_toks[idx + 1].low in ("itself", "themselves"):
                continue  # "A group calling itself “Black Lotus” claimed responsibility": a name, not speech
            if low in _EVALUATIVE and idx + 1 < n and all_toks[idx + 1].low in _MOTION:
                continue  # "Super Typhoon Man-yi slammed into the northern Philippines": a storm, no speech
            if idx > 0 and all_toks[idx - 1].low == "ever":
                continue  # "the most distant galaxy ever observed": seen, not said
            if low == "told" and idx + 2 < n and all_toks[idx + 1].low == "to" and all_toks[idx + 2].text.islower():
                continue  # "Residents told to leave now as ..." in a headline: a passive order, nobody speaks
            if idx > 0 and all_toks[idx - 1].low in ("a", "an", "the") and low.endswith("ed"):
                continue  # "An estimated 7.57m treatments", "the alleged bribe": a participle before its noun
            if idx > 0 and not low.endswith("ing") and _passive(text, t.start, low in OBJECT_CUES):
                continue  # "the deal could be announced Friday", "he was told": nobody speaks here
            if low in _ANONYMITY_CUES and _anonymous(all_toks, idx + 1, n):
                continue  # "a neighbour, who asked not to be named, said": the asking is no speech
            if low in CUE_VERBS and _relative_before_cue(all_toks, idx, n):
                continue  # "Sen. Phil King, who wrote the law, said": what the clause says he did, not speech
            if cues and low in CUE_VERBS and _restrictive_who(all_toks, idx):
                continue  # "saying anybody who complains “…”": the earlier cue's content
            if low in PARTICLE_CUES:
                if idx + 1 < n and all_toks[idx + 1].low in PARTICLE_CUES[low]:
                    cues.append(idx)
                    continue
                if low not in QUOTE_CUES:
                    continue  # "pointed" alone is no cue; "called the plan “a disaster”" still is
            if low in QUOTE_CUES and low not in CUE_VERBS:
                after = [o for o, _ in sent_marks if o > t.start]
                # "defended the plan, saying it would “…”": the quotation is the participle's
                participle = any(all_toks[j].low.endswith("ing") and all_toks[j].low in CUE_VERBS
                                 and all_toks[j - 1].text == "," and (not after or all_toks[j].start < after[0])
                                 for j in range(idx + 1, min(n, idx + 12)))
                if (after or low in _EVALUATIVE) and not participle:
                    cues.append(idx)  # "praised his team’s defense": PolNeAR reads an evaluation as speech
                continue
            if low in _READ and not (idx > 0 and all_toks[idx - 1].low in _WRITTEN):
                continue  # "“…,” the statement read.": a text reads; a person who "read the report" says nothing
            if low in CUE_VERBS:
                if low == "rules" and (idx == 0 or all_toks[idx - 1].low not in _COURTS):
                    continue  # "the party's rules “are unfair”": a noun; "Supreme Court rules ..." is a ruling
                if low in _WEAK_CUES:
                    after = _skip_time(all_toks, idx + 1, n)  # "concluded this month that"
                    nxt = all_toks[after].text if after < n else ""
                    # "“…,” Kelly charged." also makes a weak verb a cue: a quotation just before
                    # its subject, and nothing after it.
                    closes = nxt in {".", "!", "?", ""} and any(c < t.start for _, c in sent_marks)
                    # "…, official figures show.": a document closing the sentence reports what comes before
                    shown = (nxt in {".", "!", ""} and low in _SHOW and idx > 1 and all_toks[idx - 1].low in _DATA_NOUNS
                             and any(x.text == "," for x in all_toks[max(0, idx - 4) : idx - 1]))
                    # "The poll showed Trump leading", "a report found widespread errors": a document's finding
                    # (an attribution in 39 of the 40 such PolNeAR sentences)
                    found = low in _SHOW and idx > 0 and (all_toks[idx - 1].low in _FINDERS or (
                        idx > 1 and all_toks[idx - 1].low == "also" and all_toks[idx - 2].low in _FINDERS)
                        or _issued_finding(all_toks, idx))
                    # the cue closes a sentence whose clause before it it reports
                    closing = nxt in {".", "!", ""} and any(x.text == "," for x in all_toks[max(0, idx - 8) : idx - 1])
                    # "…, the Supreme Court of Canada ruled Friday.": a ruling closing the sentence
                    # reports what comes before it; "ruled out a run" does not
                    ruled = low in _RULED and (
                        closing
                        # "Supreme Court rules police need warrant": a court's ruling, its clause next
                        or (all_toks[idx - 1].low in _COURTS and nxt.lower() not in _NOT_RULINGS and nxt not in {",", ";"}))
                    # "…, Sky Sports News understands.", "…, the candidate's former doctor maintains.":
                    # what an outlet has learnt or someone holds, closing the sentence
                    # ("understands that" is a belief, read as "believes that" is, as PolNeAR reads it)
                    understood = low in _CLOSING_ONLY and closing
                    if (nxt.lower() not in {"that", ":", "“", '"'} and not closes and not shown and not found and not ruled
                            and not understood):
                        continue
                cues.append(idx)
            elif low == "according" and idx + 1 < n and all_toks[idx + 1].low == "to":
                cues.append(idx)
        prev_speaker: Speaker | None = None
        used: set[tuple[int, int]] = set()
        for ci, idx in enumerate(cues):
            cue_tok = all_toks[idx]
            cue = cue_tok.text
            last = idx  # the cue's last token ("pointed out" ends at "out")
            if cue_tok.low in PARTICLE_CUES and idx + 1 < n and all_toks[idx + 1].low in PARTICLE_CUES[cue_tok.low]:
                last = idx + 1
                cue = f"{cue_tok.text} {all_toks[last].text}"
            if cue_tok.low == "according":
                cue = "according to"
                np_ = np_forward(all_toks, idx + 2, n)
                if not np_:
                    continue
                np_ = (np_[0], source_end(all_toks, np_[1], n))  # "according to people familiar with the plans"
                if (np_[1] + 2 < n and all_toks[np_[1] + 1].low in ("at", "with", "from") and all_toks[np_[1]].text.islower()
                        and all_toks[np_[1]].low.endswith("s") and is_cap(all_toks[np_[1] + 2])
                        and (owner := np_forward(all_toks, np_[1] + 2, n))):
                    np_ = (np_[0], owner[1])  # "according to analysts at TD Cowen": the firm they work for
                while np_[1] + 1 < n and all_toks[np_[1] + 1].low in DOCUMENT_NOUNS and all_toks[np_[1]].text.islower():
                    np_ = (np_[0], np_[1] + 1)  # "according to a news release", "a court filing"
                if (np_[1] + 3 < n and all_toks[np_[1]].low in DOCUMENT_NOUNS and all_toks[np_[1] + 1].low in COMPILED
                        and all_toks[np_[1] + 2].low == "by" and not any(is_cap(t) for t in all_toks[np_[0] + 1 : np_[1]])
                        and (owner := np_forward(all_toks, np_[1] + 3, n))):
                    np_ = (np_[0], owner[1])  # "according to data compiled by LSEG"
                elif (np_[1] + 2 < n and all_toks[np_[1]].low in DOCUMENT_NOUNS and all_toks[np_[1] + 1].low in ("from", "by")
                        and (owner := np_forward(all_toks, np_[1] + 2, n))):
                    np_ = (np_[0], owner[1])  # "according to a statement from India’s foreign ministry"
                sp = resolver.resolve(all_toks, np_[0], np_[1], 0)
                after_end = all_toks[np_[1]].end
                # "according to X, CONTENT" or "CONTENT, according to X"
                before = _trim_span(text, s, cue_tok.start)
                after = _trim_span(text, after_end, e)
                cs, ce = after if (after[1] - after[0]) > (before[1] - before[0]) else before
                cs = strip_dateline(text, cs, ce)  # "BRASILIA, Nov 6 (Reuters) - Deforestation ..., according to"
                ce = _cut_content(text, cs, ce)
                _emit(text, out, used, sent_marks, sp, cue, cs, ce, resolver)
                prev_speaker = sp
                continue
            subj = subject(all_toks, idx, 0)
            if subj is None and cue_tok.low in _SHOW and _issued_finding(all_toks, idx):
                # "A poll released ... by the Angus Reid Institute found", "... by the Central Statistics
                # Office on Wednesday show"
                subj = np_backward(all_toks, skip_between(all_toks, idx - 1, 0), 0)
            if subj is None and cue_tok.low in _NOUN_CUES and idx > 0 and _POSSESSIVE_END.search(all_toks[idx - 1].text):
                subj = np_backward(all_toks, idx - 1, 0)  # "an issue out of Trump's claim that": his
            if subj and all_toks[subj[0]].start < s:
                subj = None
            sp: Speaker | None = None
            inverted = False
            if (cue_tok.low.endswith("ing") and subj is None and idx > 2 and all_toks[idx - 1].low == "for" and ci > 0
                    and all_toks[cues[ci - 1]].low in _EVALUATIVE and (obj := np_backward(all_toks, idx - 2, 0))
                    and all_toks[obj[0]].start > all_toks[cues[ci - 1]].start):
                # "Cruz blamed the network for reporting that ...": the network reported, not Cruz
                subj = obj
            if cue_tok.low.endswith("ing") and idx > 0 and (all_toks[idx - 1].text == "," or subj is None):
                # "Fiorina threw her support behind Cruz, saying it is time ...": the speaker is
                # the subject of the main clause (not the owner of a claim named in it).
                subj = None
                if ci > 0 and all_toks[cues[ci - 1]].low in _NOUN_CUES:
                    prev_speaker = None
                sp = prev_speaker or clause_subject(all_toks, idx, resolver, past_quote=True)
                if sp is None:
                    continue
            elif subj:
                sp = resolver.resolve(all_toks, subj[0], subj[1], 0)
                if not sp.name and cue_tok.low.endswith("ing"):
                    # "tweets early Friday saying ...": a day or a thing; the clause's subject speaks
                    sp = prev_speaker or clause_subject(all_toks, idx, resolver, past_quote=True) or sp
            elif (idx == 0 and not cue_tok.low.endswith("ing") and last + 1 < n and is_cap(all_toks[last + 1])
                  and (fwd := np_forward(all_toks, last + 1, n))):
                # "Said Ellis: “…”": the cue opens the sentence, its subject and the content follow
                sp = resolver.resolve(all_toks, fwd[0], fwd[1], 0)
                k = fwd[1] + 1
                if k < n and all_toks[k].text in {":", ","}:
                    k += 1
                if k < n and sp.name:
                    _emit(text, out, used, sent_marks, sp, cue, all_toks[k].start, e, resolver)
                    prev_speaker = sp
                continue
            else:
                fwd = np_forward(all_toks, last + 1, n)
                prev_tok = all_toks[idx - 1] if idx > 0 else None
                if fwd and prev_tok is not None and (prev_tok.text in {",", "”", '"'} or in_quote(prev_tok)):
                    named = possessor_apposition(all_toks, fwd, n) or role_apposition(all_toks, last + 1, n)
                    sp = resolver.resolve(all_toks, *(named or fwd), 0)
                    inverted = True
                elif idx > 0 and all_toks[idx - 1].low in {"and", "but", "also", "then"}:
                    # "X criticized the policy and said ...": the clause's subject speaks; "The dollar
                    # fell after the Federal Reserve held rates and said ...": the subordinate clause's
                    sub = next((b for b in range(idx - 2, max(0, idx - 16), -1) if all_toks[b].low in _SUBORDINATORS
                                or all_toks[b].text in {",", ";"}), 0)
                    fwd = np_forward(all_toks, sub + 1, idx) if sub and all_toks[sub].low in _SUBORDINATORS else None
                    if (fwd and is_cap(all_toks[fwd[1]]) and fwd[1] + 1 < idx
                            and (_verb_like(all_toks[fwd[1] + 1]) or all_toks[fwd[1] + 1].text in IRREGULAR_PAST)):
                        sp = resolver.resolve(all_toks, fwd[0], fwd[1], 0)
                    else:
                        sp = prev_speaker or clause_subject(all_toks, idx, resolver)
            if sp is None:
                continue
            subj_start = all_toks[subj[0]].start if subj else cue_tok.start
            # Attribution after the content: "“…,” Lavrov said." / "CONTENT, the Kremlin said."
            after_np = np_forward(all_toks, last + 1, n) if inverted else None
            after_idx = (after_np[1] if after_np else last) + 1
            if cue_tok.low in OBJECT_CUES and after_idx < n:
                if all_toks[after_idx].low in _AUDIENCE:
                    after_idx += 1  # "“…,” Kon told analysts on a call."
                elif (told := np_forward(all_toks, after_idx, n)) and is_cap(all_toks[told[1]]):
                    after_idx = told[1] + 1  # "CONTENT, Smith told Reuters.", "… told The Associated Press."
                elif (met := _gathering_at(all_toks, after_idx, n)) > after_idx:
                    after_idx = met  # "“…,” EU antitrust chief Margrethe Vestager told a news conference."
            after_idx = _skip_time(all_toks, after_idx, n)
            if after_idx < n and all_toks[after_idx].low == "on" and (why := _anonymous(all_toks, after_idx, n)):
                # "…, a senior official said on condition of anonymity.": why, not what
                after_idx = _skip_time(all_toks, after_idx + why, n)
            rest_empty = after_idx >= n or _is_tail(all_toks, after_idx, n)
            # "“…,” he said in Las Vegas at a forum": a cue right after a quotation attributes it,
            # whatever follows the cue.
            # Not a participle, though: in "Cole's claim that he “wrecked it,” saying ..." the
            # content of "saying" follows it.
            after_quote = not (subj is None and cue_tok.low.endswith("ing")) and any(
                c < subj_start and (not text[c + 1 : subj_start].strip(" ,—–-")
                                    or (rest_empty and _modifiers(text[c + 1 : subj_start])))
                for _, c in sent_marks)
            role_end = next((c + 1 for _, c in sent_marks if subj and c < subj_start
                             and _ROLE_GAP.fullmatch(text, c + 1, subj_start)), 0)
            # "Trump, Sexton said, has created a “…” zone": the attribution interrupts the content
            interrupts = (not after_quote and not inverted and subj is not None and subj_start > s
                          and text[_prev_nonspace(text, subj_start) - 1 : subj_start].strip() == ","
                          and after_idx < n and all_toks[after_idx].text == ","
                          and not rest_empty and len(text[s:subj_start].split()) <= 5)
            if interrupts:
                _emit(text, out, used, sent_marks, sp, cue, s, e, resolver)
                prev_speaker = sp
                continue
            if inverted or after_quote or role_end or (rest_empty and subj and subj_start > s):
                region_end = role_end or (subj_start if not inverted else cue_tok.start)
                cs, ce = _trim_span(text, s, region_end)
                cs = strip_dateline(text, cs, ce)
                cs = _after_previous_cue(text, all_toks, cues[:ci], cs, ce)
                if ce - cs > 8:
                    _emit(text, out, used, sent_marks, sp, cue, cs, ce, resolver)
                    prev_speaker = sp
                continue
            k = _content_after(text, all_toks, last, n, cue_tok.low in OBJECT_CUES)
            if k >= n:
                continue
            if ((all_toks[k].low in ("with", "by") or (all_toks[k].low == "before" and cue_tok.low.startswith("testif"))
                    or (all_toks[k].low == "to" and cue_tok.low.startswith(("writ", "wrote"))))
                    and n - k <= 9 and not any(x.low == "that" or x.text in _OPEN_MARKS for x in all_toks[k:n])):
                continue  # "The White House responded with unusual sharpness.", "testifies before the
                # Senate committee on Thursday", "would write to the prime minister": how, where or to whom
            cs = all_toks[k].start
            next_cue_start = e
            for nidx in cues[ci + 1 :]:
                nsubj = subject(all_toks, nidx, 0)
                if (nsubj is None and all_toks[nidx].low in _NOUN_CUES and _POSSESSIVE_END.search(all_toks[nidx - 1].text)
                        and cue_tok.low in _EVALUATIVE):
                    # "Mills blamed the media for making an issue of Cole’s claim that the mayor
                    # “wrecked the budget”": the quotation is Cole's claim, not part of the blaming
                    nsubj = np_backward(all_toks, nidx - 1, 0)
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
    return tuple(_dedupe(_borrow_speakers(text, _named_next(text, out), resolver)))


# One person the text does not name: "one former aide", "a senior official", "another neighbour".
_UNNAMED_ONE = re.compile(r"(?:one|a|an|another)\s+[a-z]", re.I)


_LEDE_OWNERS = frozenset("the its their his her a an".split())
_HEADS_OF = frozenset("head chief chairman chairwoman chair director leader president".split())
LEDE_REACH = 800  # characters of a text that are its headline and lede, whatever its paragraphs
_POLICE_WORDS = ("police", "rcmp", "sheriff", "constabulary", "gendarmerie")


def _named_next(text: str, quotes: list[Quote]) -> list[Quote]:
    """A headline or lede that attributes by description names the speaker in the next
    paragraph, the news convention: "..., police say" then "Peel Regional Police said"; "their
    union said" then "The Air Line Pilots Association ... said"; "its chief said" then "Chief
    Derek Fox ... said". Only in the headline and the first paragraphs, and only when
    the next named speaker is of the kind the description says (a body for "the union", a
    person holding the job for "its chief")."""
    out = list(quotes)
    for i, q in enumerate(out):
        if text.count("\n\n", 0, q.start) > 2 or q.start > LEDE_REACH:
            break  # past the headline and the lede (a text without blank lines: its first characters)
        words = q.speaker_mention.split()
        if q.speaker or not words:
            continue
        if len(words) > 3 and words[0].lower() in _LEDE_OWNERS and words[1].lower() in _HEADS_OF and words[2] == "of":
            words = words[:2]  # "..., the head of the canal authority said": a person, the job's holder named below
        head = words[-1].lower()
        owned_title = (len(words) >= 2 and _POSSESSIVE_END.search(words[0]) is not None
                       and words[-1].lower() in TITLE_WORDS and all(w[:1].isupper() for w in words[1:]))  # "Scotland's First Minister"
        if not (words[0].lower() in _LEDE_OWNERS or q.speaker_mention[:1].islower() or owned_title
                or (len(words) == 1 and (head in TITLE_WORDS or head in ORG_NOUNS))) or len(words) > 4:
            continue  # "the local health unit", "police", "chief" (of "its chief said"), "Mayor says" in a deck
        org = head in ORG_NOUNS and head not in DOCUMENT_NOUNS
        if not (org or (head in ROLE_NOUNS or head in TITLE_WORDS or head in _HEADS_OF) and not head.endswith("s")):
            continue
        nxt = next((d for d in out[i + 1 :] if d.speaker and d.start >= q.end), None)  # not one nested in it
        if nxt is None or nxt.start - q.end > 700:
            break
        para = text.rfind("\n\n", 0, nxt.start) + 2  # where the paragraph of the next named speaker begins
        if org:
            # (or a name no given name opens, opening the next paragraph: "..., the company said on
            # Friday." then "Helios Kliniken said it had detected ...", a company's name read as a person's)
            fits = (nxt.speaker_type == "organisation" or (
                nxt.speaker_type == "person" and " " in nxt.speaker and given_gender(nxt.speaker.split()[0]) is None
                and text.startswith(nxt.speaker, para) and text.count("\n\n", q.end, para) == 1)) and not other_kind(nxt.speaker, head) and (
                head != "police" or any(w in nxt.speaker.lower() for w in _POLICE_WORDS))
        else:
            # the job named with the person ("Chief Derek Fox"), or the person opening the next
            # paragraph by full name ("Scotland's First Minister has accused ..." then "John
            # Swinney told MSPs ..."), or by the bare full name of the next paragraph's first
            # speaker after a body's job ("..., its leader said on Monday" then "“…,” Claus
            # Weselsky told a press conference"): a writer gives a name with no job when the lede
            # gave the job. Not after "a campaign official" or "a veteran diplomat", whom the
            # next paragraph need not name (PolNeAR: three of five such were someone else)
            fits = nxt.speaker_type == "person" and (head in nxt.speaker_mention.lower().split() or (
                " " in nxt.speaker and text.count("\n\n", q.end, para) == 1 and (
                    text.startswith(nxt.speaker, para)
                    or (nxt.speaker_mention == nxt.speaker and words[0].lower() == "its"))))
        if fits:
            out[i] = replace(q, speaker=nxt.speaker, speaker_type=nxt.speaker_type, speaker_role=q.speaker_mention,
                             confidence=round(min(0.45, nxt.confidence * 0.9), 2))  # below the speaker named
    return out


def _borrow_speakers(text: str, quotes: list[Quote], resolver: Resolver) -> list[Quote]:
    """Unattributed quotations take the speaker of the neighbouring attributed one: the next when
    the quotation runs on into a new paragraph (the newspaper convention), else the previous."""
    out = list(quotes)
    for i, q in enumerate(out):
        if q.cue or q.speaker or q.speaker_mention:
            continue
        anonymous = False
        continues = q.end >= len(text) or text[q.end : q.end + 1] == "\n" or text[q.end : q.end + 2].strip() == ""
        order = [i + 1, i - 1] if continues else [i - 1, i + 1]
        for j in order:
            if 0 <= j < len(out) and abs(out[j].start - q.start) < 600 and (out[j].speaker or (anonymous := (
                    j == i - 1 and out[j].cue and "\n" not in text[out[j].end : q.start] and (
                        _UNNAMED_ONE.match(out[j].speaker_mention)
                        # "“This is a quiet street,” she said. “Kids play ...”": one statement of
                        # someone described and unnamed (the role says who), split around the attribution
                        or (out[j].speaker_mention.lower() in ("she", "he") and out[j].speaker_role
                            and out[j].kind == "direct"))))):
                # an unnamed source of the same paragraph ("said one former aide who requested
                # anonymity. “…”") goes on speaking: nobody named, rather than the next speaker
                d = out[j]
                cs, ce = q.content_start, q.content_end
                if j == i - 1 and d.kind == "direct" and "\n" not in text[d.end : q.start] and not anonymous:
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


_TAIL_PREPS = frozenset("after before following during outside inside near in".split())
_NOT_IN_TAIL = frozenset("he she they it i we you that who which was is were are had has have be".split())


def _is_tail(toks: Sequence[Tok], i: int, n: int) -> bool:
    """True when what follows i is just sentence-final punctuation, a participle clause, when
    or where ("..., Ben Carson said after the attacks.", "... said outside the courthouse.")."""
    if toks[i].text in {".", "!", "?"}:
        return True
    if toks[i].low in _TAIL_PREPS:
        end = n - 1 if toks[n - 1].text in {".", "!", "?"} else n
        words = toks[i + 1 : end]
        return 0 < len(words) <= 4 and all(t.text.isalpha() and t.low not in _NOT_IN_TAIL for t in words)
    if toks[i].text == "," and i + 1 < n:
        nxt = toks[i + 1]
        return nxt.text not in OPEN_MARKS and nxt.text != STRAIGHT and nxt.low != "that" and not is_cap(nxt)
    return False


_ADD = frozenset({"add", "adds", "added"})
_NAMING = frozenset("calling calls called call".split())
# Verbs of evaluation that report speech with or without a quotation ("praised the deal",
# "criticized the ruling"), unless a participle after them carries what was said. Read in the
# branch for QUOTE_CUES, so each is one of those (a test keeps it so).
_EVALUATIVE = frozenset("praised praises criticized criticised criticizes blasted slammed defended defends "
                        "condemned condemns denounced denounces applauded hailed hails blamed blames".split())  # not "welcomed": "welcomed a second baby girl"
_DENIALS = frozenset("denied denies deny denying".split())
_RECALL = frozenset({"recall", "recalls", "recalled", "recalling"})
# After a verb of evaluation, a movement or an origin: "the typhoon slammed into Luzon", "the
# rocket blasted off", "hails from Ohio". Nobody is praised or criticised.
_MOTION = frozenset("into onto through across off from".split())
_ABOUT = frozenset("about nearly roughly almost around some over approximately".split())
_PERFECT_AUX = frozenset({"has", "have", "had"})
# "was asked whether", "it was announced that": PolNeAR counts those, so "was" and "is" stay out.
_PASSIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?$", re.I)
_PASSIVE_HEARD = re.compile(r"(?<![\w’'-])(?:be|been|being|was|were|is|are)[ \t]+(?:[a-z]+ly[ \t]+)?$", re.I)


def _passive(text: str, start: int, heard: bool = False) -> bool:
    """Whether the cue starting at `start` is a participle after "be", "been" or "being" (an
    adverb may sit between): "could be announced", "has been widely reported"; with `heard`
    (a cue whose object is the one spoken to), after "was" or "is" too: "Harbaugh was asked about
    the injury" (he is asked, he does not speak; "it was labeled “Mostly True”" is still a
    quotation). Read from the
    text, not the tokens, which most cues would otherwise have to build."""
    before = text[max(0, start - 24) : start].lower()
    if heard:  # "was asked", "is told": whoever is asked or told does not speak
        return ("was" in before or "were" in before or "is " in before or "are " in before or "be" in before) and (
            _PASSIVE_HEARD.search(text, max(0, start - 24), start) is not None)
    return "be" in before and _PASSIVE_BEFORE.search(text, max(0, start - 24), start) is not None


def _gathering_at(toks: Sequence[Tok], k: int, n: int) -> int:
    """The token after "a news conference" or "the briefing" opening at k, else k."""
    j = k + 1 if k < n and toks[k].low in ("a", "an", "the") else k
    while j < n and toks[j].low in _GATHERING_KINDS:
        j += 1
    return j + 1 if j < n and j > k and toks[j].low in _GATHERINGS else k


def _modifiers(gap: str) -> bool:
    """Whether the words between a quotation and its speaker's phrase only describe the
    speaker ("“…,” EU antitrust chief Margrethe Vestager told ..." where the phrase read is
    "chief Margrethe Vestager"): one to three words, none a verb of speech or a small word."""
    words = gap.strip(" ,").split()
    return 0 < len(words) <= 3 and gap[:1] in " ," and all(
        w.isalpha() and (w[0].isupper() or (w.lower() not in CUE_VERBS and w.lower() not in STOPWORDS)) for w in words)


# The role a name is in apposition to, between a quotation and its speaker: "“…,” the U.N.
# secretary-general, António Guterres, said" is all quotation and attribution (the name is the
# subject; the role is part of who, not of what was said); so is an age ("81-year-old Joe Biden").
_ROLE_GAP = re.compile(r"[ ,]*(?:(?:the|a|an)[ ][^,“”\"‘’\n]{1,60},|(?:an?[ ])?\d{1,3}-year-old)[ ]*", re.I)


_SUBORDINATE_PARTICIPLE = frozenset("before after without while when since instead".split())


def _after_previous_cue(text: str, toks: Sequence[Tok], earlier: list[int], s: int, e: int) -> int:
    """Where the content of an attribution that closes a sentence begins: after an earlier cue
    inside it, unless the sentence opens with that cue's subject ("A First Nation has declared a
    state of emergency ..., its chief said": the chief reports the declaration, all of it)."""
    for idx in reversed(earlier):
        if idx > 0 and toks[idx].low.endswith("ing") and toks[idx - 1].low in _SUBORDINATE_PARTICIPLE:
            continue  # "Police must get a warrant before asking ..., the court ruled": the ruling's, all of it
        if s <= toks[idx].start < e:
            subj = subject(toks, idx, 0)
            if (subj is not None and subj[0] >= 2 and toks[subj[0] - 1].low in ("that", "which")
                    and toks[subj[0] - 2].text.isalpha() and toks[subj[0] - 2].text.islower()
                    and not toks[subj[0] - 2].low.endswith("ly") and toks[subj[0] - 2].low not in STOPWORDS
                    and toks[subj[0] - 2].low not in CUE_VERBS and toks[subj[0] - 2].low not in QUOTE_CUES):
                # "a rock with features that scientists say could have been formed by microbes, the
                # space agency announced": a cue in a relative clause is part of what is reported
                continue
            if (subj is not None and len(text[s : toks[subj[0]].start].split()) <= 2
                    and not toks[idx].low.startswith(("sa", "tol")) and not _MARK.search(text, s, e) and "''" not in text[s:e]):
                return s  # (not across a quotation: "But he agreed that ... ''Swaps are tricky,'' he said")
            return toks[idx].end
    return s


def _cut_content(text: str, s: int, e: int) -> int:
    m = _PARTICIPLE_CUT.search(text, s, e)
    if m and m.start() - s > 15:
        return m.start()
    return e


def _emit(text, out, used, sent_marks, sp: Speaker, cue: str, cs: int, ce: int, resolver: Resolver) -> None:
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
    if len(text[cs:ce].split()) < (2 if cue.lower() in _DENIALS or cue.lower() in _EVALUATIVE else 3):
        return  # two words are too few to be what was said, but for a denial or an evaluation
        # ("denied any wrongdoing", "welcomed the ruling")
    # Reported speech with trailing sentence punctuation removed.
    while ce > cs and text[ce - 1] in ".!?":
        ce -= 1
    out.append(_make(text, cs, ce, "indirect", sp, cue, cs, ce))


def _make(text: str, s: int, e: int, kind: str, sp: Speaker, cue: str, cs: int, ce: int, conf: float | None = None) -> Quote:
    return Quote(
        text=text[s:e], start=s, end=e, kind=kind, speaker=with_full_stops(sp.name), speaker_mention=sp.mention,
        speaker_role=sp.role, speaker_type=sp.kind, cue=cue,
        confidence=round(conf if conf is not None else sp.confidence * (0.95 if kind != "indirect" else 0.8), 3),
        content_start=min(cs, s), content_end=max(ce, e),
    )


# The name's capitals are those of European names, as everywhere in speakers ("Élise Martin").
_DASH_SIGNER = r"[―—–-]{1,2}[^\S\n]*([A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3})"
_DASH_NAME = re.compile(r"[^\S\n]*[,.]?[^\S\n]*" + _DASH_SIGNER)
# The signature on a line of its own under a quotation that fills its paragraph:
# "“…”\n\n- Bernie Sanders." (fact-check round-ups, "quotable" boxes).
_DASH_NEXT_LINE = re.compile(r"[.,]?[^\S\n]*\n\s*" + _DASH_SIGNER)


def _dash_quote(text: str, o: int, c: int, resolver: Resolver) -> Quote | None:
    """“…” ― Sonya Herridge: a quotation signed with a dash and a name (lists, epigraphs), on
    its line or, when the quotation is a paragraph of its own, on the next one."""
    m = _DASH_NAME.match(text, c + 1)
    next_line = m is None and not text[text.rfind("\n", 0, o) + 1 : o].strip()
    if next_line:
        m = _DASH_NEXT_LINE.match(text, c + 1)
    if not m:
        return None
    toks = tokens(text, m.start(1), m.end(1))
    if not toks:
        return None
    sp = resolver.resolve(toks, 0, len(toks) - 1, 0)
    if not sp.name or (next_line and len(sp.name.split()) < 2 and not resolver.is_known(sp.name, m.start(1))):
        return None  # "- Read more": a list item, not a signature
    resolver.remember(sp)
    qs, qe = _trim_span(text, o + 1, c)
    return _make(text, qs, qe, "direct", sp, text[m.start():m.start(1)].strip().strip(",."), qs, qe)


# A sentence that is only a speaker and an intransitive cue, just before a quotation.
_SAID_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n)((?:[A-Z][\w’'.-]*[ \t]+){0,5}[A-Z][\w’'-]*)[ \t]+"
                          r"(agreed|disagreed|concurred|explained|elaborated|countered|responded|replied|objected)"
                          r"\.[ \t]*$")


# Heads of a sentence's subject that are never the person quoted just before: a family, a group.
_NOT_THE_LAST = frozenset("family relatives group groups".split())
_SUBJECT_OPENERS = frozenset("the a an one two three several some".split())  # not "his campaign": whose?


def _subject_head(toks: Sequence[Tok]) -> int | None:
    """The last role or body noun in the lowercase words after a sentence's first word ("The
    victim’s family", "Two military analysts"), or None."""
    head = None
    for j in range(1, min(len(toks), 6)):
        word = toks[j].text
        if not (word.replace("’", "").replace("'", "").isalpha() and word.islower()):
            break
        if toks[j].low in ROLE_NOUNS or toks[j].low in ORG_NOUNS:
            head = j
    return head


def _context_quote(text: str, o: int, c: int, s: int, e: int, resolver: Resolver) -> Quote | None:
    """A quotation with no cue in its sentence.

    After a colon introduction ("Cruz continued:", "Here's Clinton in 1992:") it is direct and
    the introduction names the speaker. Inside a sentence ("He called the plan “a disaster for
    workers.”") it is partial and the sentence is its content; the sentence's subject, when it
    is a name or a pronoun, is taken as the speaker with low confidence. Quotations of fewer
    than four words without a cue are titles or scare quotes and are skipped.
    """
    qs, qe = _trim_span(text, o + 1, c)
    before = text[s:o].strip()
    after = text[c + 1 : e].strip(" .,")
    if len(text[qs:qe].split()) < 4 and (before or after or text[qe - 1 : qe] not in {".", "!", "?"}):
        return None  # a title or scare quotes; a short sentence of its own ("“We lost everything.”") is speech
    intro_end = s + len(text[s:o].rstrip()) if before else _prev_nonspace(text, o)
    if text[intro_end - 1 : intro_end] == ":":
        sp = _intro_speaker(text, intro_end, resolver)
        return _make(text, qs, qe, "direct", sp, sp.mention and ":" or "", qs, qe, conf=0.5 if sp.name else 0.2)
    if not before and (lead := _SAID_BEFORE.search(text, max(0, s - 160), s)):
        # "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are ...”":
        # the sentence before, a speaker and a cue with nothing said, introduces the quotation
        toks = tokens(text, lead.start(1), lead.end(1))
        if toks:
            sp = resolver.resolve(toks, 0, len(toks) - 1, 0)
            if sp.name:
                resolver.remember(sp)
                return _make(text, qs, qe, "direct", sp, lead.group(2), qs, qe, conf=0.5)
    if not before:
        # "“…?” Vitter demanded.": after a question or exclamation the signature may have been
        # cut into a sentence of its own; it still ends within the paragraph.
        para_end = text.find("\n", c + 1)
        para_end = len(text) if para_end < 0 else para_end
        sp = _signed_after(text, c + 1, min(e, para_end) if after else para_end, resolver) if (
            text[c] in CLOSE_MARKS or text[c] == STRAIGHT) else None  # a quotation closed by its mark
        if sp is not None:
            resolver.remember(sp)
            return _make(text, qs, qe, "direct", sp, "", qs, qe, conf=0.5)
    if (before and len(before.split()) > 2) or (after and len(after.split()) > 2):
        toks = tokens(text, s, o)
        sp = clause_subject(toks, len(toks), resolver)
        if sp is None:
            # "The victim’s family paid tribute to a “kind and funny boy”": the sentence's own
            # subject, named or not; not the last speaker's (an empty mention is borrowed)
            head = _subject_head(toks) if toks and toks[0].low in _SUBJECT_OPENERS else None
            if head is not None and toks[head].low in DOCUMENT_NOUNS:
                head = None  # "A Feb. 1 letter from the American Legion": a document, read as before
            sp = resolver.resolve(toks, 0, head, 0) if head else None
            if sp is None or not (sp.name or toks[0].low in ("a", "an", "one") or toks[head].low in _NOT_THE_LAST):
                # "The candidate herself took to the airwaves ...": who the text is about, as before
                sp = Speaker("", o, o, "", "", "unknown", 0.1)
        sp.confidence = min(sp.confidence, 0.35)
        return _make(text, qs, qe, "partial", sp, "", s, e, conf=sp.confidence * 0.8)
    sp = Speaker("", o, o, "", "", "unknown", 0.2)
    return _make(text, qs, qe, "direct", sp, "", qs, qe, conf=0.2)


_IRREGULAR_PAST = frozenset("sang sings wrote went began spoke told said shot put read".split())
_AFTER_VERB = frozenset(". , ! ? ; to at in on with before after as while during from of about back "
                        "again later then the a an his her their into over up".split())


def _verb_like(tok: Tok) -> bool:
    """A lowercase word in a past or present form ("demanded", "sings", "went")."""
    low = tok.low
    return tok.text.isalpha() and tok.text.islower() and (
        low in _IRREGULAR_PAST or low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")))


def _signed_after(text: str, i: int, e: int, resolver: Resolver) -> Speaker | None:
    """The speaker of a quotation that opens its sentence and is followed by its subject and a
    verb no cue list holds: "“Why isn't this clear?” Vitter demanded.", "“…,” Blige sings to
    Clinton". The name or pronoun must resolve to someone; the verb must look like one (a past
    or present form followed by the sentence's end or a preposition)."""
    toks = tokens(text, i, e)
    k = 1 if toks and toks[0].text == "," else 0
    if k < len(toks) and _verb_like(toks[k]) and (np_ := np_forward(toks, k + 1, len(toks))) and (
            np_[1] + 1 == len(toks) or toks[np_[1] + 1].text in {".", "!", "?"}):
        sp = resolver.resolve(toks, np_[0], np_[1], 0)  # "“…?” reacted Trump."
        return sp if sp.name else None
    np_ = np_forward(toks, k, len(toks))
    if not np_:
        return None
    v = np_[1] + 1
    if v >= len(toks):
        return None
    if not _verb_like(toks[v]):
        return None
    if v + 1 < len(toks) and toks[v + 1].low not in _AFTER_VERB:
        return None
    sp = resolver.resolve(toks, np_[0], np_[1], 0)
    return sp if sp.name else None


def _prev_nonspace(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _intro_speaker(text: str, colon: int, resolver: Resolver) -> Speaker:
    """The speaker named by an introduction ending at `colon`: the subject of its cue, else the
    last name or pronoun in it."""
    start = max(0, text.rfind("\n", 0, max(0, colon - 1)) + 1, colon - 240)
    toks = tokens(text, start, colon - 1)
    if toks and is_cap(toks[-1]) and resolver.is_known(toks[-1].text.rstrip("’'s"), toks[-1].start):
        j = len(toks) - 1  # "... he tweeted about it. Donald Trump:" - the name that signs it
        while j - 1 >= 0 and is_cap(toks[j - 1]) and toks[j - 1].low not in TITLE_WORDS:
            j -= 1
        return resolver.resolve(toks, j, len(toks) - 1, 0)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].low in CUE_VERBS:
            subj = subject(toks, i, 0)
            if subj:
                return resolver.resolve(toks, subj[0], subj[1], 0)
    # "Sanders delivered a snappy retort:" - the introduction's own subject
    sentence_start = max((i + 1 for i, t in enumerate(toks) if t.text in {".", "!", "?"}), default=0)
    lead = clause_subject(toks[sentence_start:], len(toks) - sentence_start, resolver)
    if lead is not None:
        return lead
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].low in {"he", "she"}:
            return resolver.resolve(toks, i, i, 0)
        if is_cap(toks[i]) and resolver.is_known(toks[i].text.rstrip("’'s"), toks[i].start):
            j = i
            while j - 1 >= 0 and is_cap(toks[j - 1]) and toks[j - 1].low not in TITLE_WORDS:
                j -= 1
            return resolver.resolve(toks, j, i, 0)
    return Speaker("", colon, colon, "", "", "unknown", 0.2)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in quotes:
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        out.append(q)
    return out
