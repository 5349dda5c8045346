"""Tokens and noun phrases around a reporting cue: who is the subject of "said"?

Shared by quote extraction and speaker resolution; pure functions over regex tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import methodcaller

from claims.lexicon import (
    ACRONYM,
    BETWEEN,
    CLOSE_MARKS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    IRREGULAR_PAST,
    NAME_PARTICLES,
    NUMBERED_UNITS,
    OPEN_MARKS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PRONOUNS,
    ROLE_NOUNS,
    STRAIGHT,
    TIME_WORDS,
    TITLE_WORDS,
)
from claims.names import POSSESSIVE, given_gender, places

# A word (with inner apostrophes, dots and hyphens: "O'Rourke", "well-known", "Trump's") or one
# punctuation character. Dotted capitals keep their last full stop when more of the span follows
# ("U.S. officials", "G.K. Butterfield"); at the span's end it is the sentence's stop ("the U.S."). Written to open with a character class, so `re` skips spaces in
# C: a word character goes on as a word, anything else is a token alone.
_TOKEN = re.compile(r"\S(?:(?<=\w)\w*(?:[’'.\-]\w+)*(?:(?<=\.[A-Z])\.(?=[^\S\n]+\S))?(?:[’']s?)?)?")
# "easyJet", "eBay": a brand's short lowercase prefix; "al-Assad", "el-Sissi": an Arabic article
CAP = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,4}[A-Z]|(?:al|el|ad|as|ash|at|az|an|ar)-[A-Z])[\w’'.\-]*$")


class Tok:
    """A token with its lowercase form computed once (tokens are compared many times)."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()



def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


_START = methodcaller("start")


class LazyTokens(Sequence[Tok]):
    """The tokens of text[start:end] as a read-only sequence whose Tok objects are made on
    first access. Extraction reads about a fifth of a sentence's tokens (those around its
    cues), and making a Tok costs more than matching it."""

    __slots__ = ("_matches", "_toks")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = list(_TOKEN.finditer(text, start, end))
        self._toks: list[Tok | None] = [None] * len(self._matches)

    def __len__(self) -> int:
        return len(self._matches)

    def __getitem__(self, i):  # type: ignore[override]  # int -> Tok, slice -> list[Tok]
        if type(i) is slice:
            return [self[k] for k in range(*i.indices(len(self._matches)))]
        t = self._toks[i]
        if t is None:
            m = self._matches[i]
            t = self._toks[i] = Tok(m.group(), m.start(), m.end())
        return t

    def index_at(self, pos: int) -> int | None:
        """Index of the token starting exactly at `pos`, if any."""
        i = bisect_left(self._matches, pos, key=_START)
        return i if i < len(self._matches) and self._matches[i].start() == pos else None


def is_cap(tok: Tok) -> bool:
    return bool(CAP.match(tok.text)) or bool(ACRONYM.match(tok.text))


def _and_in_name(toks: Sequence[Tok], a: int, j: int, lo: int) -> bool:
    """Whether the "and" at a joins two parts of one organisation's name ending at j: the name
    ends in an organisation word ("Securities and Exchange Commission", "Health and Human
    Services") or opens "<organisation word> of" ("Ministry of International Trade and
    Industry"). "Clinton and Sanders said" is two people."""
    if any(t.low in TITLE_WORDS for t in toks[a + 1 : j + 1]):
        return False  # "the University of Chicago and Professor Knittel": a person after the "and"
    if toks[j].low in ORG_SUFFIXES and j > a + 1:
        return True  # "the B.C. Ferry and Marine Workers' Union": a given name ("Marine") inside a body's name
    if given_gender(toks[a + 1].text) is not None:
        return False  # "Thomas Covert of Chicago and Christopher Knittel"
    if toks[a - 1].text in places():
        return False  # "Thomas Covert of Chicago and Knittel"
    m = a - 1
    while m - 1 >= lo and a - m < 5 and is_cap(toks[m]):
        m -= 1
    # "Ministry of International Trade and Industry", "A Department for Work and Pensions spokesperson"
    # (a body's word in the plural too: "the German Chambers of Industry and Commerce")
    body = toks[m - 1].low if m - 1 >= lo else ""
    return toks[m].low in ("of", "for") and (body in ORG_SUFFIXES or body[:-1] in ORG_SUFFIXES) and is_cap(toks[m - 1])


# Words that open a French body's name, whose other words may be lowercase ("Fédération
# interprofessionnelle de la santé du Québec", "Société de transport de Montréal").
FRENCH_BODIES = frozenset("fédération confédération société institut conseil ministère université syndicat parti "
                          "régie caisse regroupement centrale commission office".split())


def french_name_before(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether the lowercase word at k sits inside a French body's name: a capitalised word of
    FRENCH_BODIES up to six words before it, with only lowercase words between."""
    for m in range(k - 1, max(lo, k - 7) - 1, -1):
        t = toks[m]
        if t.low in FRENCH_BODIES and is_cap(t):
            return any(x.low in ("de", "du", "des", "la", "le", "les") for x in toks[m + 1 : k + 2])
        if not (t.text.islower() and t.text.isalpha()):
            return False
    return False


def np_backward(toks: Sequence[Tok], j: int, lo: int) -> tuple[int, int] | None:
    """Token range [k, j] of the noun phrase ending at j, or None if j cannot head one."""
    head = toks[j]
    low = head.low
    if low in PRONOUNS:
        return (j, j)
    if head.text.isdigit() and j - 1 >= lo and toks[j - 1].low in NUMBERED_UNITS and is_cap(toks[j - 1]):
        # "the Machinists union District 751", "Local 1199": a numbered unit of a named body
        span = np_backward(toks, j - 1, lo)
        return (span[0], j) if span else None
    if not (is_cap(head) or low in ROLE_NOUNS or low in ORG_NOUNS) or low in NOT_NAMES:
        if (j - 1 >= lo and head.text.isalpha() and head.text.islower() and low.endswith(_AGENT_SUFFIXES)
                and low not in _NOT_DESCRIPTORS):
            if toks[j - 1].low in _ARTICLES:
                return (j - 1, j)  # "the grocer said": someone described, named or not
            if (j - 2 >= lo and toks[j - 2].low in _ARTICLES and toks[j - 1].text.isalpha()
                    and toks[j - 1].low not in _NOT_DESCRIPTORS and is_cap(toks[j - 1])):
                return (j - 2, j)  # "the French striker": a nationality or party describing them
            if (j - 2 >= lo and toks[j - 2].low in _ARTICLES and toks[j - 1].text.islower()
                    and toks[j - 1].low in ORG_NOUNS and toks[j - 1].low not in DOCUMENT_NOUNS):
                return (j - 2, j)  # "a company engineer", "a union organizer": whose staff they are
            if j - 2 >= lo and toks[j - 2].low == "the" and AGE.fullmatch(toks[j - 1].low):
                return (j - 2, j)  # "the 26-year-old slugger": an age describing them
        if j - 1 >= lo and toks[j - 1].low == "the" and AGE.fullmatch(low):
            return (j - 1, j)  # "the 36-year-old said"
        return None
    k = j
    lower_run = 0
    while k - 1 >= lo and j - (k - 1) < 9:
        t = toks[k - 1]
        tl = t.low
        if (tl == "for" and t.text == "for" and k - 2 >= lo
                and (toks[k - 2].low in ORG_SUFFIXES or toks[k - 2].low in TITLE_WORDS)
                and is_cap(toks[k - 2]) and is_cap(toks[k])):
            k -= 1  # "the Office for National Statistics", "the Minister for Housing": one name
            continue
        if t.text in NAME_PARTICLES and (is_cap(toks[k]) or toks[k].text in NAME_PARTICLES):
            k -= 1  # "von der Leyen", "bin Salman": a particle inside the name
            continue
        if (tl == "and" and t.text == "and" and k - 2 >= lo and is_cap(toks[k]) and is_cap(toks[k - 2])
                and _and_in_name(toks, k - 1, j if is_cap(toks[j]) else j - 1, lo)):
            k -= 1  # "the Securities and Exchange Commission", "Ministry of International Trade and Industry"
            continue
        if (tl == "the" and k - 3 >= lo and toks[k - 2].low == "of" and is_cap(toks[k - 3])
                and toks[k - 3].low in ORG_SUFFIXES and is_cap(toks[k])):
            k -= 1  # "the Supreme Court of the United States", "University of the Fraser Valley": one name
            continue
        if (t.text == ")" and k - 4 >= lo and toks[k - 3].text == "(" and _ALIAS.fullmatch(toks[k - 2].text)
                and is_cap(toks[k - 4]) and not is_cap(head)):
            k -= 3  # "A Pakistan Cricket Board (PCB) spokesman": the alias inside the phrase
            lower_run = 0
            continue
        if tl in NOT_NAMES and not (t.text == "its" and not is_cap(head)):
            break  # "When Cruz ...": a capitalised sentence opener is not part of the name ("its leader" is one phrase)
        if is_cap(t) or tl in TITLE_WORDS or tl in ROLE_NOUNS or tl in ORG_NOUNS:
            lower_run = 0
        elif (low in ORG_NOUNS and POSSESSIVE.search(tl) and (POSSESSIVE.sub("", tl) in TITLE_WORDS or POSSESSIVE.sub("", tl) in ROLE_NOUNS)
              and tl[:-2] not in ORG_NOUNS):
            lower_run = 0  # "Israel’s prime minister’s office": the office of an office-holder
        elif AGE.fullmatch(tl) and k - 2 >= lo and toks[k - 2].low in _ARTICLES:
            k -= 2  # "the 37-year-old Serb": an age, then who
            break
        elif (t.text[:1].islower() and POSSESSIVE.search(tl) and POSSESSIVE.sub("", tl) in ORG_NOUNS
              and k - 2 >= lo and toks[k - 2].low in _ARTICLES):
            k -= 2  # "the company's spokesman", "the alliance's spokeswoman": the owner is part of the phrase
            break
        elif tl in DETERMINERS:
            k -= 1
            if k - 1 >= lo and tl not in _ARTICLES and toks[k - 1].low in _ARTICLES:
                k -= 1  # "a senior official", "the top U.S. diplomat": the article too
            break
        elif tl in {"of", "for", "and", "&"} and k - 2 >= lo and is_cap(toks[k - 2]) and (
                is_cap(toks[k]) or (tl == "of" and toks[k].low == "the")):
            pass
        elif t.text.islower() and t.text.isalpha() and french_name_before(toks, k - 1, lo):
            pass  # "the Fédération interprofessionnelle de la santé du Québec": one name, its small words too
        elif t.text == "." and k - 2 >= lo and (toks[k - 2].low + "." in TITLE_WORDS or (
                len(toks[k - 2].text) == 1 and toks[k - 2].text.isupper()) or (
                toks[k - 2].low in _SUFFIX_DOTS and is_cap(toks[k - 2]) and toks[k].low in _SUFFIX_DOTS)):
            pass  # "Sen. Ann Ruiz", "Loretta E. Lynch", "Loblaw Cos. Ltd."
        elif t.text.islower() and t.text.replace("-", "").isalpha() and lower_run < 2 and (
            low in ROLE_NOUNS or low in ORG_NOUNS
        ) and (tl not in CUE_VERBS or tl == "rules") and tl not in BETWEEN:
            lower_run += 1  # "senior administration officials", not "Addison said officers"
        else:
            break
        k -= 1
    # Drop lowercase words we crossed speculatively at the phrase's left edge.
    while k < j and toks[k].text.islower() and toks[k].low not in DETERMINERS and toks[k].low not in ROLE_NOUNS and toks[k].low not in TITLE_WORDS and toks[k].low not in ORG_NOUNS and toks[k].text not in NAME_PARTICLES:
        k += 1
    # A capitalised sentence opener ("In", "Hours") is not part of the phrase.
    return (k, j)


_ARTICLES = frozenset({"a", "an", "the"})
_TIME_MARKS = TIME_WORDS | {"time"}  # "at the time said"


_DAYS_BETWEEN = frozenset({"today", "yesterday"})


def skip_between(toks: Sequence[Tok], j: int, lo: int) -> int:
    while j >= lo and (toks[j].low in BETWEEN or toks[j].text in _DAYS_BETWEEN):
        j -= 1  # "Lavrov also said", "Acme Corp. today announced" (not "USA TODAY said")
    # "A NATO statement at the time said", "Lavrov on Monday said"
    if j >= lo and toks[j].low in _TIME_MARKS:
        for back in range(1, 5):
            p = j - back
            if p >= lo and toks[p].low in {"at", "on", "in", "during", "last", "this", "earlier"}:
                j = p - 1
                break
    while j >= lo and toks[j].low in BETWEEN:
        j -= 1
    return j


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,6}")
_SUFFIX_DOTS = frozenset("ltd inc corp co cos jr sr".split())  # "Acme Ltd.", not "Flint, Mich."
COMPANY_DOTS = frozenset("ltd inc corp co cos".split())  # whose dot ends a company name: "Ford Motor Co. said"
# Capitalised at a sentence's start, never part of a speaker's name.
NOT_NAMES = frozenset("when if as after before while since because although though but and so then "
                      "now here there this that these those it its in on at for with when where why "
                      "how what who meanwhile still yet also however".split())
AGE = re.compile(r"\d{1,3}-year-old")  # "the 36-year-old": a person described by age
_WHERE_PREPS = frozenset("along near across around".split())
_PREPOSITIONS = frozenset("to with for from by in at on of about against toward towards into along near across around".split())


# An alias in parentheses after a name: "(TfL)", "(StatCan)", "(WHO)"; not a party tag ("R-Texas").
_ALIAS = re.compile(r"[A-Z][A-Za-z0-9&.]{1,11}")


def _named_with_of(toks: Sequence[Tok], span: tuple[int, int], lo: int) -> tuple[int, int]:
    """The span grown over "for" or "of" between capitalised words, for a name an alias
    follows ("Transport for London (TfL)", "Bank of Canada (BoC)"): the alias says it is one name."""
    k = span[0]
    while k - 2 >= lo and toks[k - 1].low in ("for", "of") and is_cap(toks[k - 2]):
        k -= 2
        while k - 1 >= lo and is_cap(toks[k - 1]):
            k -= 1
    return (k, span[1])


_MARKS = frozenset(OPEN_MARKS + CLOSE_MARKS + STRAIGHT)
# People known by whom they are related to ("the mother of one of the victims", "a friend of the
# family"): the phrase before "of" is the speaker, not the object after it.
_RELATIONS = frozenset("mother father parent parents sister brother son daughter wife husband widow widower "
                       "grandmother grandfather aunt uncle cousin friend friends relatives neighbour neighbor".split())
_PARTITIVES = frozenset("one two three some several many each all both either neither any most none".split())


def _before_dot(toks: Sequence[Tok], j: int, lo: int) -> int:
    """j - 1 when toks[j] is the dot of a name's abbreviation ("Ford Motor Co.", "Charles Keating
    Jr."), which ends the name, not a sentence; else j."""
    if toks[j].text == "." and j - 2 >= lo and toks[j - 1].low in _SUFFIX_DOTS and (is_cap(toks[j - 2]) or (
            toks[j - 2].text == "." and j - 3 >= lo and toks[j - 3].low in _SUFFIX_DOTS)):
        return j - 1  # (and "Loblaw Cos. Ltd.")
    return j


_NOT_IN_ROLE = frozenset("a an the of at for in with from on by and or who which whose that to as like unlike".split())


def _role_then_name(toks: Sequence[Tok], a: int, b: int) -> tuple[int, int] | None:
    """The name closing an apposition toks[a:b] that opens with lowercase role words and no
    preposition: "former police chief Mark Hensley" -> Mark Hensley, "former sub-postmaster Lee
    Castleton" -> Lee Castleton; not "a doctor at Mount Sinai"."""
    k = a
    while k < b and toks[k].text.replace("-", "").isalpha() and toks[k].text.islower() and toks[k].low not in _NOT_IN_ROLE:
        k += 1
    if k == a or k - a > 4 or b - k < 2 or b - k > 4:
        return None
    if not all(is_cap(t) and t.text.isalpha() for t in toks[k:b]) or toks[k].low in TITLE_WORDS:
        return None
    return (k, b - 1)


def past_form(low: str) -> bool:
    """A lowercase word that reads as a verb's past form ("blocked", "wrote")."""
    return low.endswith("ed") or low in IRREGULAR_PAST


def _restrictive_subject(toks: Sequence[Tok], j: int, lo: int) -> tuple[int, int] | None:
    """The subject before a restrictive clause that ends at j ("A woman who lives nearby said",
    "A group that organized a boycott of Loblaw stores last year said"): a person, a group or a
    name just before "who" or "that", with the clause's own words (not the cue) between."""
    for b in range(j, max(lo, j - 12) - 1, -1):
        t = toks[b]
        if t.text in {",", ".", ";", ":", "(", ")"} or t.text in _MARKS:
            return None
        if t.low in ("who", "that") and b + 1 < j and b - 1 >= lo:
            v = toks[b + 1]
            if not (v.text.islower() and (v.low in _CLAUSE_AUXILIARIES or past_form(v.low) or v.low.endswith("s"))):
                return None  # "... Monday that the plan": "that" opens what was said, not a clause
            head = np_backward(toks, b - 1, lo)
            h = toks[b - 1]
            if head is not None and (h.low in ROLE_NOUNS or h.low in ORG_NOUNS or h.low in _GROUP_NOUNS):
                return head
            return None
    return None


_CLAUSE_AUXILIARIES = frozenset("is was were are has have had will would can could did does do".split())
# People spoken of as a kind ("a man who lives nearby", "residents who were evacuated").
_GROUP_NOUNS = frozenset("man woman men women people person resident residents group groups neighbour neighbours "
                         "neighbor neighbors parent parents student students worker workers voter voters".split())


def subject(toks: Sequence[Tok], i: int, lo: int) -> tuple[int, int] | None:
    j = skip_between(toks, i - 1, lo)
    if j < lo:
        return None
    aliased = False
    if toks[j].text in {"—", "–"} and j - 2 >= lo:
        # "Mayor Denise O’Connor — no relation — said": an aside between dashes, then the cue
        k = j - 1
        while k > lo and toks[k].text not in {"—", "–", ",", "."} and j - k < 8:
            k -= 1
        if toks[k].text == toks[j].text and k - 1 >= lo and k < j - 1:
            j = k - 1
    if toks[j].text == ")":
        # "Sen. John Cornyn (R-Texas) told": the parenthesis is not the speaker
        k = j
        while k >= lo and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k > lo and toks[k].text == "(":
            aliased = j - k == 2 and _ALIAS.fullmatch(toks[k + 1].text) is not None
            j = k - 1
    if toks[j].text == "," and j - 1 >= lo:
        # Appositive: "Hugh Hill, a doctor, said" -> Hugh Hill
        for c in range(j - 1, max(lo, j - 20) - 1, -1):
            if toks[c].text in _MARKS:
                break  # "“For teachers, he’s right” about ..., said X": no apposition inside a quotation
            if toks[c].text == "," and c - 1 >= lo and toks[c - 1].end == toks[c].start and toks[c + 1].start == toks[c].end \
                    and toks[c - 1].text[-1:].isdigit() and toks[c + 1].text[:1].isdigit():
                continue  # "which represents about 5,200 pilots": a thousands separator, not a clause's comma
            if toks[c].text == ",":
                first = toks[c + 1].low if c + 1 < j else ""
                if (named := _role_then_name(toks, c + 1, j)) is not None:
                    return named  # "Her opponent, former police chief Mark Hensley, said": the name
                if first in {"a", "an", "the", "who", "which", "whose"} or toks[c + 1].text.islower() or (
                        first.endswith(("'s", "’s")) and c + 2 < j and toks[c + 2].text.islower()):
                    if (first == "the" and j - c >= 4 and c - 1 >= lo and toks[c - 1].text.islower()
                            and all(is_cap(t) for t in toks[c + 2 : j])):
                        # "The union representing the nurses, the Ontario Nurses’ Association,
                        # said": a description, then its name
                        return (c + 2, j - 1)
                    if c - 3 >= lo and toks[c - 1].text.isdigit() and toks[c - 2].text == ",":
                        c -= 2  # an age first: "Sarah Ahmed, 45, a teacher at the school, said"
                    c2 = next((b for b in range(c - 2, max(lo, c - 20) - 1, -1) if toks[b].text == ","), None)
                    if first in ("who", "which", "whose") and c2 is not None and (
                            toks[c2 + 1].low in ("a", "an", "the") or toks[c2 + 1].text.islower()):
                        if (named := _role_then_name(toks, c2 + 1, c)) is not None:
                            return named  # "Outside the hearing, former sub-postmaster Lee Castleton, who ..., said"
                        c = c2  # "Dr Daniel Bailey, a reader at Brunel University, who was not involved, said"
                    elif first in ("a", "an", "the") and c2 is not None and toks[c2 + 1].low in ("who", "which", "whose"):
                        c = c2  # "Norges Bank Investment Management, which runs the fund, the world's largest, reported"
                    e = c - 1
                    if e - 2 >= lo and toks[e].text == ")" and toks[e - 2].text == "(":
                        e -= 3  # "The Fédération ... du Québec (FIQ), which represents ..., said": the name before the alias
                    span = np_backward(toks, _before_dot(toks, e, lo), lo) if e >= lo else None
                    if (span and span[0] - 2 >= lo and toks[span[0] - 1].low in ("in", "at")
                            and toks[span[0] - 2].low in INTERMEDIARIES and (head := np_backward(toks, span[0] - 2, lo))):
                        span = (head[0], span[1])  # "An official in the home ministry, who ...": the official
                    return span
                inner = toks[c + 1 : j]
                name = [t for k, t in enumerate(inner) if not (t.text == "." and k and (
                    inner[k - 1].low in _SUFFIX_DOTS or inner[k - 1].low + "." in TITLE_WORDS
                    or (len(inner[k - 1].text) == 1 and inner[k - 1].text.isupper())))]  # "James D. Robinson III"
                if name and is_cap(name[0]) and is_cap(name[-1]) and all(
                        is_cap(t) or t.text == "&" or t.low == "and" or t.text in NAME_PARTICLES for t in name) and len(name) <= 4:
                    # "the minister, Karl Olsen, said", "The company, Acme Ltd., said", "Her
                    # publisher, McClelland & Stewart, said", "…, Lt. Col. Peter Lerner, said", "…, Dr.
                    # Eileen de Villa, urged"
                    return (c + 1, j - 1)
                if _PARTY_TAG.fullmatch("".join(t.text for t in toks[c + 1 : j])) and c - 1 >= lo:
                    return np_backward(toks, c - 1, lo)  # "Mitch McConnell, R-Ky., said"
                if j - c == 2 and toks[c + 1].text.isdigit() and c - 1 >= lo:
                    return np_backward(toks, c - 1, lo)  # an age: "Susan Sarandon, 69, told"
                break
        return None
    j = _before_dot(toks, j, lo)
    span = np_backward(toks, j, lo)
    if (span and span[0] - 2 >= lo and toks[span[0] - 1].low in ("in", "of", "from") and is_cap(toks[span[0]])
            and toks[span[0] - 2].low in _GROUP_NOUNS and (group := np_backward(toks, span[0] - 2, lo))):
        return (group[0], span[1])  # "Residents in Small Heath told the BBC": people of a place, not the place
    if (span and toks[span[0]].low == "other" and span[0] - 2 >= lo and toks[span[0] - 1].low == "and"
            and is_cap(toks[span[0] - 2]) and (named := np_backward(toks, span[0] - 2, lo))):
        return named  # "Farley and other team members cautioned": the one named speaks with them
    if span and span[0] - 2 >= lo and toks[span[0] - 1].low == "of" and toks[span[0] - 2].low in _PARTITIVES:
        # "one of the men", "A lawyer for one of the men": the part is the phrase, not an object of "of"
        span = (span[0] - 2, span[1])
    if aliased and span is not None:
        span = _named_with_of(toks, span, lo)  # "Transport for London (TfL) said": the whole name
    if (span is None or (span[0] - 2 >= lo and toks[span[0] - 1].low in _PREPOSITIONS
                         and toks[span[0] - 2].low in _SOURCE_LINK_WORDS)) and (
            source := _unnamed_source(toks, j, lo)) is not None:
        return source  # "two people familiar with the matter said": not "the matter"
    if span is None:
        p = j - 1 if j - 1 >= lo and toks[j - 1].low in DETERMINERS else j
        if p - 1 >= lo and toks[p - 1].low == "of" and toks[j].text.isalpha() and toks[j].text.islower():
            q = p - 1
            if q - 2 >= lo and toks[q - 1].low in _PARTITIVES and toks[q - 2].low == "of":
                q -= 2  # "of one of the children"
            if q - 1 >= lo and toks[q - 1].low in _RELATIONS and (whose := np_backward(toks, q - 1, lo)):
                return (whose[0], j)  # "the mother of one of the children said": the mother speaks
        # "a lawyer for the family said": the owner heads no speaker phrase, its spokesman does
        p = j - 2  # the owner is a determiner and a noun: "for the family", "for the department"
        if (p >= lo and toks[p].low in _SPEAKS_FOR_PREPS and toks[j - 1].low in DETERMINERS
                and toks[j].text.isalpha() and toks[j].text.islower()):
            return _speaks_for_span(toks, p, j, lo)
        return _restrictive_subject(toks, j, lo)
    # "with Gorka noting", "footage of Clinton asking": the subject of the absolute or
    # participle phrase speaks.
    gerund = toks[i].low.endswith("ing")
    if (span[0] - 2 >= lo and toks[span[0] - 1].low == "by" and toks[span[0] - 2].low in DOCUMENT_NOUNS
            and toks[span[0] - 2].text.islower()):
        k = span[0] - 2  # "A report by the Parliamentary Budget Officer said": the document speaks for its author
        return (k - 1 if k - 1 >= lo and toks[k - 1].low in DETERMINERS else k, span[1])
    if (span[0] - 2 >= lo and toks[span[0] - 1].low == "in" and toks[span[0] - 2].low in GROUPS_IN
            and (is_cap(toks[span[1]]) or toks[span[1]].low in ORG_NOUNS)):
        k = span[0] - 2  # "Police in Manchester said", "Officials in the administration said": the group speaks
        return (k - 1 if k - 1 >= lo and toks[k - 1].low in DETERMINERS else k, span[1])
    if (span[0] - 2 >= lo and toks[span[0] - 1].low == "in" and toks[span[0] - 2].low in INTERMEDIARIES
            and is_cap(toks[span[1]]) and (who := np_backward(toks, span[0] - 2, lo))):
        return (who[0], span[1])  # "A Sony spokesman in Tokyo said": the spokesman, wherever he is
    if (span and span[0] - 2 >= lo and toks[span[0] - 1].low == "of" and toks[span[0] - 2].low in _RELATIONS
            and (whose := np_backward(toks, span[0] - 2, lo))):
        return (whose[0], span[1])  # "the mother of one of the children said": the mother speaks
    if (span and span[0] - 2 >= lo and toks[span[0] - 1].low in _WHERE_PREPS and toks[span[0] - 2].text.isalpha()
            and toks[span[0] - 2].low.endswith("s") and toks[span[0] - 2].low not in _PREPOSITIONS):
        return (span[0] - 2, span[0] - 2)  # "Businesses along Eglinton Avenue said": the businesses, not the street
    if span and span[0] - 1 >= lo and toks[span[0] - 1].low in _PREPOSITIONS and not (
            gerund and toks[span[0] - 1].low in {"with", "of"}):
        if toks[span[0] - 1].low in _SPEAKS_FOR_PREPS:
            return _speaks_for_span(toks, span[0] - 1, span[1], lo)  # "A spokesperson for Hydro-Québec said"
        return None  # "in a statement to Wired explaining": an object, not the speaker
    return span


# "people familiar with the matter", "a source close to the talks", "officials with knowledge of
# the plan": the wire's unnamed sources. They speak (the sentence is reported speech) but name
# nobody, so the quote is kept with an empty speaker.
_SOURCE_HEADS = frozenset("people person persons source sources official officials insider insiders "
                          "executive executives diplomat diplomats".split())
_SOURCE_LINKS = frozenset({("familiar", "with"), ("with", "knowledge"), ("close", "to"), ("briefed", "on"),
                           ("aware", "of"), ("involved", "in"), ("with", "direct")})
_SOURCE_LINK_WORDS = frozenset(w for link in _SOURCE_LINKS for w in link) | {"knowledge"}  # "with knowledge of"
_SOURCE_REACH = 8  # tokens from the head noun to the cue: "familiar with the company's plans"


def _unnamed_source(toks: Sequence[Tok], j: int, lo: int) -> tuple[int, int] | None:
    """[k, j] of an unnamed source ending at j ("two people familiar with the matter"), from
    the words before its head noun back to a comma or the sentence start; else None."""
    for h in range(j - 2, max(lo, j - _SOURCE_REACH) - 1, -1):
        t = toks[h]
        if not (t.text.isalpha() or t.text in {"’s", "'s"} or t.text.endswith(("’s", "'s"))) or (
                t.low in CUE_VERBS or t.low in PRONOUNS):
            return None  # a comma, a quotation mark, a cue or a subject between: no single phrase
        if t.low in _SOURCE_HEADS and (toks[h + 1].low, toks[h + 2].low) in _SOURCE_LINKS:
            k = h
            while k - 1 >= lo and h - k < 3 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and (
                    toks[k - 1].low not in _NOT_DESCRIPTORS):
                k -= 1  # "two", "a", "several senior": the rest of the phrase
            return (k, j)
    return None


_SOURCE_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(_SOURCE_HEADS)) + r")[ \t]+(?:"
                            + "|".join(f"{a}[ \t]+{b}" for a, b in sorted(_SOURCE_LINKS)) + r")\b", re.I)


def is_unnamed_source(mention: str) -> bool:
    """Whether a speaker phrase is an unnamed source ("people close to the campaign", "a source
    familiar with her thinking"): whoever they are close to is not who speaks."""
    return _SOURCE_PHRASE.search(mention) is not None


def source_end(toks: Sequence[Tok], j: int, hi: int) -> int:
    """Where an unnamed source whose head noun is at j ends: "according to people familiar with
    the plans, ..." runs to the comma; j itself when toks[j] heads no such phrase."""
    if j + 2 >= hi or toks[j].low not in _SOURCE_HEADS or (toks[j + 1].low, toks[j + 2].low) not in _SOURCE_LINKS:
        return j
    e = j + 2
    while e + 1 < hi and e - j < _SOURCE_REACH and (toks[e + 1].text.isalpha() or toks[e + 1].text.endswith(("’s", "'s"))):
        e += 1
    return e


def _speaks_for_span(toks: Sequence[Tok], p: int, j: int, lo: int) -> tuple[int, int] | None:
    """[k, j] when the preposition at p follows someone who speaks for the rest ("a spokesperson
    for", "the head of", "lawyers for"), and that phrase is not itself an object ("to a lawyer
    for ..."); else None."""
    r = p - 1
    if r < lo or toks[r].low not in SPEAKS_FOR:
        return None
    k = r - 1 if r - 1 >= lo and toks[r - 1].low in DETERMINERS else r
    head = np_backward(toks, r, lo)
    if head is not None:
        k = min(k, head[0])
    if k > lo and toks[k - 1].low in _PREPOSITIONS:
        return None
    return (k, j)


_SPEAKS_FOR_PREPS = frozenset(("for", "of", "at", "with"))  # "officials with the National Weather Service"
# Bodies named with their place after "in": "Police in Manchester", "officials in Ottawa".
GROUPS_IN = frozenset("police officials authorities investigators prosecutors firefighters analysts economists "
                      "traders experts".split())
# Nouns of people whose words stand for whoever follows "for"/"of"/"at": those who pass on
# someone else's words ("a lawyer for the family"; "a spokesman for Prime Minister Justin
# Trudeau" is not Trudeau) and the holders of a title ("the head of the union").
INTERMEDIARIES = frozenset("""spokesperson spokesman spokeswoman spokespeople lawyer lawyers attorney
attorneys representative representatives official officials aide aides adviser advisers advisor
advisors counsel""".split())
SPEAKS_FOR = INTERMEDIARIES | frozenset("""head executive executives director president chair chairman
chairwoman leader leaders analyst analysts economist economists researcher researchers family relatives""".split())
# ("analysts at Wedbush", "researchers at McMaster University": the firm's or the lab's finding)


_NOT_JOB_ENDINGS = ("ed", "ing", "ly")


def _may_be_job(low: str) -> bool:
    """Whether a lowercase word between a capitalised word and a name may be one person's job
    ("Olympic gymnast Simone Biles"): not a verb or an adverb ("Time Magazine chose German
    Chancellor Angela Merkel", "Ottawa quietly ..."), nor a plural ("Trailing contenders Ted Cruz
    and John Kasich": more than one person)."""
    return not (low.endswith(_NOT_JOB_ENDINGS) or low in IRREGULAR_PAST or low in CUE_VERBS
                or (low.endswith("s") and not low.endswith("ss")))


# Endings of nouns for what a person does ("cartoonist", "lawmaker", "historian", "consultant").
_AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "maker", "ee")
# Lowercase words that end a speaker phrase rather than describe the person in it.
_NOT_DESCRIPTORS = frozenset("""in on at of for to and or but with from by after before during that who
which when while as than since until said says told added according""".split())


def _name_follows(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """A full name (two capitalised words) at j, or after one more lowercase job word."""
    if j < hi and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low not in _NOT_DESCRIPTORS:
        j += 1
    if j + 1 < hi and toks[j + 1].text == "." and toks[j].low + "." in TITLE_WORDS:
        j += 2  # "said lead author Dr. Priya Nair"
    return j + 1 < hi and is_cap(toks[j]) and is_cap(toks[j + 1])


def _apposed_name_end(toks: Sequence[Tok], k: int, hi: int) -> int:
    """The index after the capitalised words that follow the comma at k ("…’s lawyer, Rudy
    Giuliani", "…, G.K. Butterfield"), the dots of initials included; at most five tokens."""
    e = k + 1
    while e < hi and (is_cap(toks[e]) or (toks[e].text == "." and e > k + 1 and e + 1 < hi and is_cap(toks[e + 1]))) and e - k <= 5:
        e += 1
    return e


def possessor_apposition(toks: Sequence[Tok], span: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The name in apposition after "<name>’s <words>," when the phrase `span` holds that
    possessive: in "said Nicolás Maduro’s main challenger, Edmundo González, from exile" or
    "said Trump’s lawyer, Rudy Giuliani" the speaker is the name after, not the man whose
    challenger or lawyer he is. None when no such name follows."""
    if toks[span[0]].low in {"that", "this", "these", "those"}:
        return None  # "noted that Cruz’s campaign manager, Jeff Roe, is ...": content, not a speaker
    j = next((x for x in range(span[0], span[1] + 1) if POSSESSIVE.search(toks[x].text)), None)
    if j is None:
        return None
    k = j + 1
    while k < hi and k - j <= 3 and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == j + 1 or k >= hi or toks[k].text != ",":
        return None
    e = _apposed_name_end(toks, k, hi)
    if e - (k + 1) < 2 or (e < hi and toks[e].text not in {",", ".", ";"} and not toks[e].text.islower()):
        return None
    return (k + 1, e - 1)


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.N", "U.S" when the last dot is a token of its own (at a span end)
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "ambassador", "secretary-general"


def role_apposition(toks: Sequence[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The name in apposition after a role that opens with "the": in "said the U.N.
    secretary-general, António Guterres." or "said the U.S. ambassador, Linda Thomas-Greenfield"
    the speaker is the name, not the country or body the role belongs to. None when the phrase
    is not "the", up to five words ending in a lowercase role, a comma and a name that ends
    its clause."""
    if i >= hi or toks[i].low != "the":
        return None
    k = i + 1
    while k < hi and k - i <= 6 and toks[k].text != ",":
        t = toks[k].text
        if not (is_cap(toks[k]) or t == "." or _LOWER_WORD.fullmatch(t)):
            return None
        k += 1
    if k >= hi or k == i + 1 or not _LOWER_WORD.fullmatch(toks[k - 1].text):
        return None
    e = _apposed_name_end(toks, k, hi)
    if e - (k + 1) < 2 or (e < hi and toks[e].text not in {",", ".", ";"}):
        return None
    return (k + 1, e - 1)


# The people a body sets to work, after a word that says which ("the mission team", "the
# legal team", "the press office"); not "her biggest concern".
_STAFF_NOUNS = frozenset("team unit office staff".split())


def _aliased_run(toks: Sequence[Tok], k: int, a: int, hi: int) -> bool:
    """Whether the capitalised words from k, the "and" at a and the capitalised words after it
    end in a bracketed alias made of their initials ("National Snow and Ice Data Center
    (NSIDC)"; a place before the name may stay out of the letters)."""
    e = a + 1
    while e < hi and is_cap(toks[e]) and toks[e].text != "(":
        e += 1
    if not (e + 2 < hi and toks[e].text == "(" and toks[e + 2].text == ")" and _ALIAS.fullmatch(toks[e + 1].text)):
        return False
    letters = "".join(t.text[0] for t in toks[k:e] if t.text[:1].isupper())
    alias = toks[e + 1].text.upper()
    return len(alias) >= 3 and letters.endswith(alias)


def _described_body(toks: Sequence[Tok], e: int, hi: int) -> int | None:
    """Index of the body's noun closing a run of up to five lowercase words from e that a
    capitalised name follows ("national space research agency Inpe", "state weather service
    PAGASA"), else None."""
    for h in range(e, min(hi - 1, e + 5)):
        t = toks[h]
        if not (t.text.isalpha() and t.text.islower()):
            return None
        if t.low in ORG_NOUNS and t.low not in DOCUMENT_NOUNS and is_cap(toks[h + 1]):
            return h
    return None


def np_forward(toks: Sequence[Tok], i: int, hi: int) -> tuple[int, int] | None:
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
        if is_cap(t) or t.low in TITLE_WORDS or t.low in ROLE_NOUNS or t.low in ORG_NOUNS:
            e += 1
        elif (t.text.islower() and POSSESSIVE.search(t.text)
              and (head := next((h for h in range(e + 1, min(hi, e + 4)) if toks[h].low in ORG_NOUNS
                                 or toks[h].low in ROLE_NOUNS), None)) is not None
              and all(x.text.isalpha() and x.text.islower() for x in toks[e + 1 : head])):
            e = head + 1  # "according to the city’s fire department": the owner's body
            break
        elif t.text in NAME_PARTICLES and e > k and (is_cap(toks[e - 1]) or toks[e - 1].text in NAME_PARTICLES) and e + 1 < hi and (
                is_cap(toks[e + 1]) or toks[e + 1].text in NAME_PARTICLES):
            e += 1  # "said Ursula von der Leyen"
        elif t.text == "." and e > k and e + 1 < hi and is_cap(toks[e + 1]) and (
                toks[e - 1].low in TITLE_WORDS or len(toks[e - 1].text) == 1 or _DOTTED.fullmatch(toks[e - 1].text)):
            e += 1  # "Sen. Bernie Sanders", "Kevin D. Williamson", "U.N. Secretary-General António Guterres"
        elif (t.low in ("of", "for") and e > k and e + 1 < hi and (toks[e - 1].low in ORG_SUFFIXES or toks[e - 1].low in TITLE_WORDS)
              and is_cap(toks[e - 1]) and is_cap(toks[e + 1])):
            e += 1  # "said Bank of Canada Governor Tiff Macklem", "said Secretary of State John Kerry", not
            # "Cameron Easley for Morning Consult"
        elif (t.low == "and" and t.text == "and" and e > k + 2 and e + 1 < hi and is_cap(toks[e - 1]) and is_cap(toks[e + 1])
              and any(toks[m].low == "of" and toks[m - 1].low in ORG_SUFFIXES for m in range(max(k + 1, e - 5), e))):
            e += 1  # "according to the California Department of Forestry and Fire Protection": one name
        elif t.low == "and" and t.text == "and" and e > k and e + 1 < hi and is_cap(toks[e - 1]) and _aliased_run(toks, k, e, hi):
            e += 1  # "according to the US National Snow and Ice Data Center (NSIDC)": its letters say it is one name
        elif (e > k and t.text.isalpha() and t.text.islower() and t.low not in _NOT_DESCRIPTORS and e + 2 < hi
              and is_cap(toks[e + 1]) and is_cap(toks[e + 2])
              and (t.low.endswith(_AGENT_SUFFIXES) or _may_be_job(t.low))):
            e += 1  # "Cambridge cartoonist Ana Li", "Olympic gymnast Simone Biles": a place, employer or
            # fame, a job, then the name
        elif e == k and t.text.islower() and (h := _described_body(toks, e, hi)) is not None:
            e = h + 1  # "according to data from the national space research agency Inpe": a body described, then named
        elif (e - k < 2 and (e == k or toks[e - 1].text.islower()) and t.text.isalpha() and t.text.islower()
              and t.low not in _NOT_DESCRIPTORS and _name_follows(toks, e + 1, hi)):
            e += 1  # "said harbour master Alan Briggs": a job in lowercase words, then the name
        else:
            break
    if e == k:
        if k > i and toks[k].text.isalpha() and toks[k].text.islower():
            if k + 1 < hi and toks[k + 1].low in _STAFF_NOUNS:
                return (i, k + 1)  # "according to the mission team": the body, not "the mission"
            return (i, k)  # "says a narrator": a determiner makes any noun a speaker phrase
        return None
    return (i, e - 1)


# Capitalised words of a headline are not a name ("Honest Thoughts On Donald Trump").
