"""People's names as news writes them: the letters they use, runs of capitalised words that
hold one ("President Barack Obama", "Ursula von der Leyen"), and the name lists shipped in
claims/data (given names with their gender, US places, demonyms). Pure functions over strings,
shared by speaker resolution and its article memory."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.lexicon import DETERMINERS, NAME_PARTICLES, ORG_SUFFIXES, TITLE_WORDS

# Letters of European names: capitals and lowercase of Latin-1 and Latin Extended-A ("Mélanie",
# "Émilie", "Łukasz"), and capitals inside a surname ("LeBlanc", "McCarthy", "O'Toole").
UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿĀ-ž’'\\-"
NAME_WORD = rf"[{UP}][{LOW}]+(?:[{UP}][{LOW}]+)*"


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """US states and large cities (claims/data/places.txt)."""
    return frozenset(data_lines("places.txt"))


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries of claims/data/capitals.txt ("South Africa’s Eskom" is Eskom: its owner is a country)."""
    return frozenset(name for line in data_lines("capitals.txt") for name in line.split("\t", 1)[1].split(" / "))


@lru_cache(maxsize=1)
def state_names() -> dict[str, tuple[str, ...]]:
    """US state -> the ways news writes it (claims/data/us_states.txt): "Florida", "Fla.", "FL"."""
    return {line.split("\t")[0]: tuple(line.split("\t")) for line in data_lines("us_states.txt")}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationalities and other demonyms (claims/data/demonyms.txt): "the Serbian"."""
    return frozenset(data_lines("demonyms.txt"))


def data_lines(name: str) -> list[str]:
    """The entries of a list shipped in claims/data: non-empty lines, `#` comments left out."""
    from importlib.resources import files

    text = files("claims").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names with a strong majority gender: the hand-made list (claims/data/first_names.txt),
    then the 1990 US Census names it lacks (census_first_names.txt, derived by
    benchmarks/census_first_names.py: "Josh", "Gemma", "Andy", "Deanne")."""
    census = dict(line.split("\t") for line in data_lines("census_first_names.txt"))
    return census | dict(line.split("\t") for line in data_lines("first_names.txt"))


@lru_cache(maxsize=4096)
def given_gender(first: str) -> str | None:
    """"m" or "f" for a given name the statistics know, accents or not: "Andrés" is "andres"
    and "Élise" is "elise" where the list spells them without."""
    given = first_names()
    low = first.lower()
    g = given.get(low)
    if g is None and not low.isascii():
        g = given.get("".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)))
    return g


_NOT_IN_NAMES = frozenset("on of the and for to in at from with by as is are was how why what who "
                          "after before over about new".split())


# Two to six capitalised words ("Sergei Lavrov", "Oana A. Lungescu", "Foreign Affairs Minister
# Mélanie Joly"). The capital comes first so `re` skips to capitals in C; the lookbehind stands
# in for a leading word boundary.
_PARTICLE_RUN = r"(?:(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")[ \t]+){1,2}"
NAME_RUN = re.compile(rf"[{UP}](?<![\w][{UP}])[{LOW}]+(?:[{UP}][{LOW}]+)*"
                      rf"(?:[^\S\n]+(?:[{UP}]\.[^\S\n]+|{_PARTICLE_RUN})?{NAME_WORD}){{1,5}}\b")  # on one line


# Words a name never opens with: determiners, cue words that open a sentence before the name
# ("Said Ellis: ..."), and the conjunctions and adverbs that do ("Then Brafman exposed ...",
# "Yet Clinton is at odds ...", "Although Mr. Cruz ...").
OPENING_WORDS = frozenset({"but", "and", "or", "nor", "then", "yet", "so", "still", "now", "also", "however", "maybe",
                           "meanwhile", "later", "instead", "although", "though", "while", "when", "whereas", "if",
                           "because", "since", "unless", "until", "once", "even", "indeed", "perhaps", "thus",
                           "hence", "today", "tonight", "yesterday"})
_NOT_NAME_START = DETERMINERS | OPENING_WORDS | {"in", "on", "at", "said", "says", "added", "asked"}
# Honorifics a name never ends with: "Although Mr" (of "Although Mr. Cruz") is nobody.
_HONORIFICS = frozenset("mr mrs ms miss mx dr sen rep gov prof rev sgt lt col capt gen".split())
# Party words a name never ends with either: "a Utah Republican" is a description.
_PARTY_WORDS = frozenset("republican democrat democratic".split())
# Words that are never a speaker's whole name either ("Mr", "Rev", "Republican"), for speakers.
NEVER_A_NAME = _HONORIFICS | _PARTY_WORDS
POSSESSIVE = re.compile(r"(?<=\w)[’']s$|(?<=s)[’']$")  # "Trump's", "Sanders'"


@lru_cache(maxsize=20_000)  # names recur within and across articles
def name_in_run(run: str) -> str:
    """The person's name in a run of capitalised words, or "": "Clinton's Wall Street" ->
    "" (one word), "President Barack Obama" -> "Barack Obama", "The Trump Organization" -> ""."""
    words = run.split()
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            if words[i + 1].lower().rstrip(".") in TITLE_WORDS:
                words = words[i + 1 :]  # "Brazil’s President Luiz Inácio Lula da Silva": the title's holder
                break
            words = words[: i + 1]  # "Clinton's Wall Street": the name is the possessor
            words[-1] = w[:-2]
            break
    if POSSESSIVE.search(words[-1]):
        words[-1] = POSSESSIVE.sub("", words[-1])  # "Mary J. Blige's upcoming show": the name is Mary J. Blige
    lows = [w.lower().rstrip(".") for w in words]
    if len(words) >= 2 and lows[-2] in _ROYAL and given_gender(words[-1]) is not None:
        return " ".join(words[-2:])  # "Prince Harry", "King Charles": a royal's name is the title and the given name
    for i in range(len(lows) - 2, -1, -1):  # the last word is the surname ("Alan King")
        if lows[i] in TITLE_WORDS:
            words, lows = words[i + 1 :], lows[i + 1 :]
            break
    k = 0
    while k < len(lows) and lows[k] in _NOT_NAME_START:
        k += 1
    words, lows = words[k:], lows[k:]
    if (len(words) >= 2 and lows[-1] not in ORG_SUFFIXES and lows[-1] not in _HONORIFICS and lows[-1] not in _PARTY_WORDS
            and not any(w in _NOT_IN_NAMES for w in lows)):
        return " ".join(words[person_start(tuple(words)) :])
    return ""


# Initials and dotted acronyms whose last full stop the tokenizer left out ("G.K Butterfield",
# "U.S", "F.A.A"): tokens keep a sentence's closing stop apart, so "entering the U.S." ends a
# sentence, and names are joined from tokens. Two or more single capitals joined by dots.
_CUT_STOP = re.compile(rf"(?<![\w.’'])((?:[{UP}]\.)+[{UP}])(?![\w.’'])")


def with_full_stops(name: str) -> str:
    """`name` with the last full stop of its dotted initials and acronyms put back: "G.K
    Butterfield" -> "G.K. Butterfield", "U.S Department of Education" -> "U.S. Department of
    Education". One canonical form, as the text writes it, whatever path built the name."""
    return _CUT_STOP.sub(r"\1.", name) if "." in name else name


_ROYAL = frozenset("prince princess king queen".split())


def person_start(words: tuple[str, ...]) -> int:
    """Where a person's name begins in capitalised words that may open with a job or a
    nationality the title list does not know ("Quarterback Justin Herbert", "Australian
    Treasurer Jim Chalmers"): at a given name the statistics know, with one or two words
    after it and no given name or initial before it ("Mary Ann Smith", "J. Gerald Hebert" stay
    whole); else 0. A given name the list lacks is taken for a job: "Norbert Leo Butz" loses
    "Norbert", the price of "Democrat Hillary Clinton" and "Comedian Sarah Silverman"."""
    if len(words) < 3:
        return 0
    for i in range(1, len(words) - 1):
        if given_gender(words[i]) is not None:
            if len(words) - i <= 3 and all(given_gender(w) is None and len(w.rstrip(".")) > 1 for w in words[:i]):
                return i
            return 0
    return 0

