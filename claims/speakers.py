"""Who a speaker phrase refers to, within one article: full names for surnames, the last
compatible speaker for pronouns, the organisation behind a statement; abstain when nothing fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from claims.lexicon import (
    ACRONYM,
    BETWEEN,
    CLOSE_MARKS,
    COMPANY_WORDS,
    COMPILED,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    MONTH_NAMES,
    NUMBERED_UNITS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PRONOUNS,
    ROLE_NOUNS,
    STRAIGHT,
    TITLE_WORDS,
    is_title_case,
    is_word_char,
)
from claims.names import (
    LOW,
    NAME_RUN,
    NAME_WORD,
    NEVER_A_NAME,
    POSSESSIVE,
    UP,
    countries,
    demonyms,
    given_gender,
    name_in_run,
    person_start,
    places,
    state_names,
)
from claims.organisations import (
    COMPANY_HEADS,
    GROUP_HEADS,
    JOB_OWNER,
    NAMED_KINDS,
    ORG_NAME,
    PUBLIC_HEADS,
    SHARES,
    SUBJECT_ORG_HEADS,
    THE,
    first_word_pattern,
    initials,
    initials_pattern,
    named_kind,
    other_kind,
)
from claims.phrases import (
    AGE,
    CAP,
    COMPANY_DOTS,
    FRENCH_BODIES,
    GROUPS_IN,
    INTERMEDIARIES,
    NAME_PARTICLES,
    NOT_NAMES,
    SPEAKS_FOR,
    Tok,
    is_cap,
    is_unnamed_source,
    np_backward,
    np_forward,
    past_form,
)
from claims.salience import (
    COLON_DATELINE,
    EPITHET_REACH,
    GENDERED_NOUNS,
    GENERATIONS,
    OPEN_QUOTES,
    OPENERS,
    TIME_AFTER,
    Salience,
    after_opener,
)
from claims.tokens import STOPWORDS

# Members of the public: "residents of Lytton" speak as themselves, not for the place.
_PUBLIC_GROUPS = frozenset("residents voters people fans workers students parents neighbours neighbors "
                           "customers protesters activists supporters critics veterans witnesses families "
                           "shoppers commuters drivers patients farmers".split())
_PROVINCE = re.compile(r"\b(?:Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|"
                       r"New Brunswick|Newfoundland and Labrador|Prince Edward Island|Yukon|Northwest Territories|"
                       r"Nunavut)\b")
# A city's government named with the city: "Toronto city council", "the City of Calgary".
_CITY_BODY = re.compile(r"\bCity of ([A-Z][\w.-]+(?:[ \t][A-Z][\w.-]+)?)\b|\b([A-Z][\w.-]+(?:[ \t][A-Z][\w.-]+)?)[ \t]+"
                        r"(?:city|City)[ \t]+(?:council|Council|hall|Hall|staff|officials|manager)\b")
_PLACE_BODIES = frozenset("province city county municipality town township authorities".split())
# A municipality named "<word> of <place>": "The Village of Lytton said", "the Town of Oakville".
_MUNICIPAL = (_PLACE_BODIES - {"authorities"}) | {"village", "region", "district"}
# Days and months are never speakers, nor the owners of a statement ("Sunday's statement").
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_OWNERS = _DAYS | {"today", "yesterday"} | frozenset(MONTH_NAMES)
# "Mr. Reed", "Ms. Lopez": a surname with the honorific that gives its gender.
_HONORIFIC = re.compile(rf"M(?<![\w]M)(r|rs|s|iss)\.?[ \t]+({NAME_WORD})")
_HONORIFIC_GENDER = {"r": "m", "rs": "f", "s": "f", "iss": "f"}
_HONORIFICS = frozenset("mr mrs ms miss dr".split())
# "Statistics Canada (StatCan)", "the Congressional Budget Office (CBO)": an alias for a name.
_PAREN_ALIAS = re.compile(r"\((?:the[ \t]+)?([A-Z][A-Za-z0-9&.-]{1,11})\)")
_ALIAS_AFTER = re.compile(r"[ \t]*" + _PAREN_ALIAS.pattern)  # the same alias, right after a name


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` can be an abbreviation of `name`: its letters, in order, among the
    name's, the first letters alike ("TfL" of "Transport for London", "StatCan" of "Statistics
    Canada", "DLC" of "Democratic Leadership Council"); "NDP" after "Jagmeet Singh" or "Ariz."
    after "John McCain" is a party or a state, not his alias."""
    letters = [c for c in short.lower() if c.isalpha()]
    rest = iter(name.lower())
    return bool(letters) and letters[0] == name[:1].lower() and all(c in rest for c in letters)


_EDITIONS = frozenset("International National Global World Federal Former".split())  # "International New York Times" is another
_CAPS_BEFORE = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'-]*[ \t]+){1,3})$")  # capitalised words just before a name
_OF_FORM = r" of (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*"  # "... of Canada", "... of the United States"
_REFLEXIVE = re.compile(r"[ \t]+(herself|himself)\b")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")  # "MPs", "CEOs", "MLAs": a kind of people, no name
# The name an alias in parentheses follows; a comma may part its capitalised words
# ("Immigration, Refugees and Citizenship Canada (IRCC)").
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'&.-]*|of|for|and|the|on|to)(?:(?<=[A-Za-z]),?[ \t]+(?:[A-Z][\w’'&.-]*|of|for|and|the|on|to)){1,7})[ \t]*$")


# Words that open a clause, not a name ("When Trump", "While Clinton"); days that follow one
# ("MSNBC Monday") are dropped too.
_CLAUSE_OPENERS = frozenset("when while if as after before since because although though once".split())


_DOTTED = frozenset({"jr", "sr"})
_POST_NOMINALS = frozenset("KC QC MP MSP MEP MLA MPP OBE MBE CBE PhD MD".split())
_JOINERS = frozenset({"of", "for", "and", "&"})


def _name_words(words: list[str]) -> list[str]:
    """The capitalised words of a phrase and the joiners between them: "The Securities and
    Exchange Commission" is "Securities and Exchange Commission", not "Securities Exchange
    Commission"."""
    keep = []
    for i, w in enumerate(words):
        if CAP.match(w) or ACRONYM.match(w):
            keep.append(w)
        elif w in _JOINERS and keep and i + 1 < len(words) and (CAP.match(words[i + 1]) or ACRONYM.match(words[i + 1])):
            keep.append(w)
    return keep


def _surname(name: str) -> str:
    """The family name: "Harris" of "Harry B. Harris Jr." or "Harry B. Harris Jr"."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONS:
        words.pop()
    return words[-1]


_PERSON_TITLES = frozenset("rep sen gov mr mrs ms dr senator representative congressman congresswoman mayor".split())


def _person_of(words: list[str]) -> int:
    """Where "<person> of <place or body>" ends its person ("Joe Manchin III of West Virginia",
    "Robert Gordon of Northwestern University"), or 0: a person is a given name the lists know
    and a capitalised word, and what is "of" something is no office or body ("Bank of Canada",
    "Secretary of State")."""
    i = len(words) - 1 - words[::-1].index("of")
    if not all(CAP.match(w) for w in words[i + 1 :]) or not CAP.match(words[i - 1]):
        return 0
    if words[i - 1].lower().rstrip(".") in ORG_SUFFIXES or words[i - 1].lower() in TITLE_WORDS or words[i - 1].lower() in _ROLE_OR_ORG:
        return 0
    name = [w for w in words[:i] if CAP.match(w)]
    given = next((k for k, w in enumerate(name) if given_gender(w) is not None), -1)
    if len(name) >= 3 and name[0].lower().rstrip(".") in _PERSON_TITLES and not any(
            w.lower().rstrip(".") in TITLE_WORDS for w in name[1:]):
        return i  # "Rep. Chip Roy of Texas": a title that only a person holds, then two names
    return i if 0 <= given < len(name) - 1 else 0


def _generation(name: str) -> bool:
    """Whether a name ends with a generation ("Jr.", "III")."""
    words = name.split()
    return len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONS


def _tidy(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in _CLAUSE_OPENERS:
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _DAYS:
        words.pop()
    for i in range(1, len(words) - 1):
        if len(words[i]) == 1 and words[i].isupper() and words[i].isascii():
            words[i] += "."  # "Joseph R. Biden", as written, though the tokens dropped the dot ("Eoin Ó Broin" has none)
    if words:
        words[-1] = POSSESSIVE.sub("", words[-1]) or words[-1]  # "Mr. Obama's eyes ... urged": Obama
        if len(words) > 2 and words[-1].lower() in _DOTTED:
            words[-1] += "."  # "Charles Keating Jr.", as written, whatever the tokens kept
    return " ".join(words)


@dataclass(slots=True)
class Speaker:
    mention: str
    start: int
    end: int
    name: str
    role: str
    kind: str  # person | organisation | unknown
    confidence: float


# Auxiliaries that open a question before its subject ("Has Russia told you ...?"); not "Will"
# or "May", which are also first names.
_AUXILIARIES = frozenset("has have had did does do is are was were would could should can shall must".split())


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


# "<Name> issued a statement", "<Name> released a written statement": the document's issuer.
_ISSUED = re.compile(r"(?:The[ \t]+)?((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*\.?(?:[ \t]+campaign)?)[ \t]+(?:later[ \t]+|also[ \t]+)?"
                     r"(?:issued|released|put[ \t]+out|posted|sent|published|emailed)[ \t]+(?:a|an|the|its|his|her|their)[ \t]+"
                     r"(?:[a-z]+[ \t]+)?(statement|release|letter|memo|email|e-mail)\b")
# "The report, released Thursday by the Parliamentary Budget Officer, said": who issued the
# document, in an apposition after it.
_ISSUED_BY = re.compile(r",[ \t]+(?:released|published|issued|prepared|commissioned|written|produced|compiled|"
                        r"filed|conducted|carried[ \t]+out)\b[^,.;]{0,50}?\bby[ \t]+(?:the[ \t]+)?"
                        r"([A-Z][\w’'&.-]*(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|for|and|on)){0,6}),")


def _role_before(text: str, pos: int, run: str, name: str) -> str:
    """The role word written with a name: inside its run ("Mayor Jane Ortiz") or just before
    it ("spokesperson Oana Lungescu", "Sen. Ann Ruiz"); "" when there is none."""
    base = name.rsplit(None, 1)[0] if _generation(name) else name  # "Joe Manchin III" in "Senator Joe Manchin"
    head = run[: run.find(base)].split() if base in run else []
    if not head:
        head = text[max(0, pos - 20) : pos].split()[-1:]
    if head:
        word = head[-1].lower().rstrip(".")
        ends_sentence = head[-1].endswith(".") and word not in _TITLE_IN_FULL  # "a campaign aide. Donald Trump"
        if (word in ROLE_NOUNS or word in TITLE_WORDS) and not ends_sentence:
            return _TITLE_IN_FULL.get(word, word)
    if text[max(0, pos - 2) : pos] == ", " and (m := _ROLE_APPOSITION.search(text, max(0, pos - 90), pos)):
        word = m.group(1).lower()
        if word in ROLE_NOUNS or word in TITLE_WORDS:
            return word  # "A spokesperson for Hydro-Québec, Caroline Des Rosiers," ... "the spokesperson"
    return ""


# A description set before a name in apposition: "a spokesperson for Hydro-Québec, ", "the
# city's police chief, ", "Apple's chief executive, ". The role is the noun the phrase ends on
# or the one that comes before its "for"/"of"/"at".
_ROLE_APPOSITION = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*[’']s)[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z-]+)"
    r"(?:[ \t]+(?:for|of|at|with|in)[ \t]+(?:the[ \t]+)?[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|and|the|de|du|des)){0,5})?,[ \t]$")


# A title's abbreviation stands for the word a later description uses: "Sen. Maria Cantwell
# ... the senator said", "Gen. Wayne Eyre ... the general told MPs".
_ROLE_ABBREVIATIONS = {"CM": "minister", "PM": "minister"}  # "the CM": the chief minister
_TITLE_IN_FULL = {"pm": "minister", "cm": "minister", "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
                  "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
                  "prof": "professor", "supt": "superintendent", "insp": "inspector", "det": "detective",
                  "cst": "constable", "const": "constable", "cpl": "corporal", "coun": "councillor",
                  "cllr": "councillor", "pres": "president", "atty": "attorney", "adm": "admiral",
                  "cmdr": "commander", "dr": "doctor"}


_SENTENCE_CLOSE = frozenset(".!?”\"")
DOCUMENT_REACH = 400  # characters back to the sentence that brought in "the statement"
CATAPHORA_REACH = 200  # characters after "the minister" in which "Minister Louise Haigh" is who was meant
# Owners that make a description an epithet of someone already in the story, not a new person.
_EPITHET_OWNER = re.compile(r"(?<![\w])[Tt]he[ \t]+(?:nation|country|province|state|city|region|world|territory)[’']s[ \t]+"
                            r"(?:[a-z-]+[ \t]+){0,4}$")
ITS_SUBJECT_SENTENCES = 4  # sentences back in which "the company" looks for "Shopify cut ... its"
_ROLE_OR_ORG = ROLE_NOUNS | ORG_NOUNS
# Role words a later description may use for the same person: "Justice Sarah Whitten ... the
# judge", "spokeswoman Anna Berg ... the spokesperson".
_ROLE_KEY = {"justice": "judge", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
             "chairman": "chair", "chairwoman": "chair", "councilor": "councillor",
             "congressman": "representative", "congresswoman": "representative"}


# "the lawmaker" stands for any member of a legislature ("Sen. Ron Wyden ... The lawmaker said").
_LEGISLATORS = frozenset("senator representative mp assemblyman assemblywoman assemblymember delegate".split())


def _same_role(role: str, head: str) -> bool:
    key = _ROLE_KEY.get(role, role)
    return role == head or key == _ROLE_KEY.get(head, head) or (
        head in ("lawmaker", "legislator") and key in _LEGISLATORS)


# Who speaks for an organisation named before them ("a Downing Street spokesperson"); "Chinese
# officials" and "Cameron’s spokesman" name no organisation, and "the Kremlin spokesman" is a
# person the reader knows (Dmitry Peskov), whose quote is no misattribution of the Kremlin's.
_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman spokespeople representative representatives".split())
# "a company spokeswoman", "a ministry official": one who speaks for the body the text names.
_VOICES = _SPOKESPEOPLE | frozenset("official officials executive executives".split())
_SPOKEN_FOR = frozenset("company firm ministry department agency commission bank concern".split())
# Offices one person holds at a time, and words that make any role a past one: "the prime
# minister", "the former president" describe the person the text is about.
_OFFICES = frozenset("minister president premier chancellor governor mayor leader ceo chairman chairwoman "
                     "chair secretary-general commissioner".split())
_FORMER = frozenset({"former", "ex", "outgoing", "incoming"})
# Title words that only qualify a title ("Defence Minister", "Foreign Secretary"): ending a run of
# capitalised words, they end a body's name ("Environmental Defence", "Civil Defence").
_TITLE_MODIFIERS = frozenset("defence defense foreign press state labour labor conservative".split())
# Heads of "the Treasury chief", "the Kremlin spokesman": the holder of a title the text wrote
# with that word ("Treasury Secretary Nicholas Brady").
_OFFICE_HEADS = _OFFICES | _SPOKESPEOPLE | frozenset("chief head boss secretary director".split())
# What a person is known for, as a story calls them after naming them ("Greta Thunberg addressed
# the crowd ... the activist said"); jobs that are usually someone else's ("the officer", "the
# lawyer") are not here.
_EPITHETS = frozenset("activist actor actress singer rapper star billionaire tycoon comedian celebrity mvp "
                      "veteran champion striker quarterback goalkeeper pitcher midfielder musician "
                      "filmmaker novelist".split())
# A party's member, written as a description of the person ("the Texas Republican"); not "the Independent",
# a newspaper.
_PARTISANS = frozenset("democrat republican conservative liberal tory libertarian socialist".split())
# Titles of the peerage and royalty, written "the Duke of Sussex": a person, not the place.
_GENERATION_AFTER = re.compile(r"[ \t]+(Jr|Sr|II|III|IV)\b")
# "<Organisation word> of " just before a run of capitals: "College of", "Department of".
_ORG_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_SAID = frozenset("said says say told tells wrote writes".split())  # verbs, not the noun cues ("Trump’s claim")
_PEERAGES = frozenset("duke duchess earl countess marquess baron baroness prince princess king queen".split())
_KIN = frozenset("sister brother wife husband son daughter mother father cousin niece nephew".split())
# Documents whose author a text cites as a source rather than writes about ("data compiled by
# LSEG", "a poll by Leger"); an organisation's own "statement" or "letter" is not among them.
_CITED_DOCUMENTS = frozenset("data figures records poll survey study analysis report audit".split())
# Words that make capitalised words a public body's name, not a person's ("Southwestern Public
# Health", "Public Health Ontario", "Bearskin Lake First Nation", "Parks Canada").
_BODY_WORDS = frozenset("public health nation nations services transit parks wildfire housing".split())


def _a_body(words: list[str]) -> bool:
    """Capitalised words that name a body, not a person, though no organisation word ends them:
    a word and a country ("Air Canada", "Statistics Canada") or a public body's words
    ("Southwestern Public Health"), with no given name first."""
    return (len(words) >= 2 and given_gender(words[0]) is None
            and (words[-1] in countries() or any(w.lower() in _BODY_WORDS for w in words)))


_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10".split())  # "mother of three"
_DESCRIBING = DETERMINERS | {"one"}  # how a described speaker's mention opens ("the mother", "One 82-year-old woman")
_FAMILY = _KIN | {"family"}  # words for kin, which name bodies too ("College of Family Physicians")
_KNIGHTED = frozenset({"sir", "dame"})
_KIN_BEFORE = re.compile(r"\b([Hh]is|[Hh]er)[ \t]+(sister|brother|wife|husband|son|daughter|mother|father|cousin|niece|nephew)"
                         r"[ \t]*,[ \t]*$")  # honorifics written before the given name alone
_ALIAS_LEAD = DETERMINERS | {"of", "for", "and", "on", "to"}  # words before an aliased name that are not part of it


class Resolver(Salience):
    """Article-level memory of names and speakers for coreference."""

    def __init__(self, text: str, sentence_starts: Sequence[int] = ()) -> None:
        self.text = text
        self.starts = sorted(sentence_starts)  # where sentences begin, for who each is about
        self._subject_list: list[tuple[int, str, str]] | None = None  # see _subjects()
        self._pronoun_subject: dict[int, str] = {}  # position of a he/she opening -> whom it means
        self._settled = 0  # how many of _subjects() have their pronouns resolved
        self._longer_names: dict[str, str] = {}  # name -> the longer name the text gives it (_longer_name)
        self._spelled: dict[str, list[tuple[int, str]]] = {}  # acronym -> bodies spelled out with its letters
        self._by_surname: dict[str, list[tuple[int, str]]] | None = None  # see _surnames()
        self._by_first: dict[str, list[tuple[int, str]]] | None = None  # see _first_words()
        self._by_last: dict[str, list[int]] | None = None  # last word -> positions, see _known_person()
        self._generations = False  # whether a speaker's name ends with "Jr." or "III" (see full_name)
        self.names: list[tuple[int, str]] = []  # (position, full name)
        self.speakers: list[tuple[int, Speaker]] = []
        self._described: list[tuple[int, Speaker]] = []  # speakers described, not named ("the mother")
        self._proper: dict[str, bool] = {}
        self.gender: dict[str, str] = {}  # name -> "m" | "f", when the article or the name says
        self.aliases: dict[str, str] = {}  # "StatCan" -> "Statistics Canada"
        self._roles: list[tuple[int, str, str]] | None = None  # (position, role noun, full name)
        self._org_names: tuple[list[int], list[str]] | None = None  # organisation names by where they end
        self._runs: list[tuple[int, str, str]] = []  # (position, capitalised run, name in it)
        for m in NAME_RUN.finditer(text):
            if name := name_in_run(m.group()):
                if m.group().startswith(name) and (o := _ORG_OF_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
                        and o.group(1).lower() in ORG_SUFFIXES:
                    continue  # "the Ontario College of Family Physicians": the run ends an organisation's name
                if _a_body(name.split()):
                    continue  # "Air Canada", "Statistics Canada", "Public Health Ontario": a body, not a person (see _resolve)
                if name.rsplit(None, 1)[-1] in _POST_NOMINALS and name.count(" ") >= 2:
                    name = name.rsplit(None, 1)[0]  # "Benjamin Myers KC" is Benjamin Myers
                after = m.start() + m.group().rfind(name) + len(name)
                if text[after + 1 : after + 2] in ("J", "S", "I") and (g := _GENERATION_AFTER.match(text, after)):
                    name += " " + g.group(1) + ("." if g.group(1).lower() in _DOTTED else "")  # "Joe Manchin III"
                self.names.append((m.start(), name))
                if (g := given_gender(name.split()[0])) is not None:
                    self.gender.setdefault(name, g)
                self._runs.append((m.start(), m.group(), name))
        if "(" in text:  # "Statistics Canada (StatCan)"
            for m in _PAREN_ALIAS.finditer(text):
                short = m.group(1)
                before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
                words = before.group(1).split() if before else []
                while words and words[0].lower() in _ALIAS_LEAD:
                    words.pop(0)
                if len(words) >= 2 and short not in self.aliases and _abbreviates(short, " ".join(words)):
                    self.aliases[short] = " ".join(words)
        for m in _HONORIFIC.finditer(text):
            surname = m.group(2)
            self.names.append((m.start(2), surname))
            self.gender.setdefault(surname, _HONORIFIC_GENDER[m.group(1)])
        self.names.sort()

    def full_name(self, surname: str, pos: int, want: str = "") -> str:
        """The full name last written before pos whose surname this is, else a speaker's; with
        `want` ("m" or "f", from "Mr." or "Mrs."), one of that gender if the text has one: "Mrs.
        Clinton" is Hillary Clinton, though Bill Clinton was named since."""
        best = ""
        written = self._surnames().get(surname)
        if written:
            k = bisect_left(written, (pos,))
            if k:
                best = written[k - 1][1]
                if best.split()[-2:-1] and best.split()[-2] in NAME_PARTICLES and (
                        bare := [n for _, n in written[:k] if n.split()[-2:-1] and n.split()[-2] not in NAME_PARTICLES]):
                    # "Silva told reporters" after "Marina Silva" and "Luiz Inacio Lula da Silva": a
                    # surname written without its particle is the name that has none
                    best = bare[-1]
                if want and self._gender_of(best) not in (None, want) and (
                        fits := [n for _, n in written[:k] if self._gender_of(n) == want]):
                    best = fits[-1]
                if _generation(best) and (plain := [n for _, n in written[:k] if not _generation(n)]):
                    best = plain[-1]  # "Mr. Trump" in a story of Donald Trump and Donald Trump Jr. is the father
                elif self._generations and (longer := next((sp.name for p, sp in reversed(self.speakers) if p < pos
                                     and sp.name.startswith(best + " ") and _generation(sp.name)), "")):
                    best = longer  # "Mr. Robinson" after "James D. Robinson III" spoke
        if not best:
            for sp_pos, sp in self.speakers:
                if sp_pos < pos and sp.name.split()[-1:] == [surname]:
                    best = sp.name
        if not best:
            for p, name in reversed(self.names):
                # "Lula said" after "Luiz Inácio Lula da Silva": the word before a particle is
                # what a Portuguese or Spanish name is known by
                words = name.split()
                if p < pos and surname in words[1:-2] and words[words.index(surname) + 1] in NAME_PARTICLES:
                    best = name
                    break
        if not best and (known := [*self._first_words().get(surname, ()), *(
                (p, sp.name) for p, sp in self.speakers if sp.kind == "person" and sp.name.startswith(surname + " "))]) and (
                surname not in places() and surname not in demonyms() and surname not in countries()):
            for p, name in sorted(known, reverse=True):
                words = name.split()
                if (p < pos and 2 <= len(words) <= 3 and words[0] == surname and given_gender(words[-1]) is None
                        and self._a_person(name) and not self._in_headline(p)
                        and not _THING_BEFORE.search(self.text, max(0, p - 4), p)
                        and not self.text[p + len(name) : p + len(name) + 2].strip()[:1].isdigit()):
                    # "Mr Ong" after "Ong Ye Kung", "Mr. Xi" after "Xi Jinping", "Ivanka" after "Ivanka
                    # Trump": a family name first, or a given name; not "Obama Sees" of a headline
                    best = name
                    break
        if not best and written and (self._in_headline(pos) or self._first_line(pos)):
            # "Poilievre says Conservatives would repeal ..." heading "Conservative Leader Pierre
            # Poilievre said": a headline names by surname whom the story names in full below
            first_break = self.text.find("\n")
            later = {n for p, n in written if p > max(pos, first_break) and not _generation(n)
                     and given_gender(n.split()[0]) is not None}  # a person named below, not a run of the headline
            if len(later) == 1:
                best = later.pop()
        return best or surname

    def _first_words(self) -> dict[str, list[tuple[int, str]]]:
        """First word -> (position, name) of the names of two words or more; found once."""
        if self._by_first is None:
            self._by_first = {}
            for p, name in self.names:
                if " " in name:
                    self._by_first.setdefault(name.split(None, 1)[0], []).append((p, name))
        return self._by_first

    def _first_line(self, pos: int) -> bool:
        """Whether pos is on a text's first line, a line with no closing stop: a headline in
        sentence case ("Poilievre says Conservatives would repeal online news law")."""
        return self.text.find("\n", 0, pos) < 0 and self.text.find("\n", pos) > 0 and self._unstopped(pos)

    def _unstopped(self, pos: int) -> bool:
        """Whether the line of pos ends with no closing stop, as a headline or a deck does."""
        return not self._line_at(pos).rstrip().endswith((".", "!", "?", "”", '"'))

    def _in_headline(self, pos: int) -> bool:
        """Whether pos is on a line written in title case ("Obama Sees Personal Insult if ...")."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)]
        # the whole line, not its first words: a dateline opens a sentence in capitals too
        return is_title_case(line) and is_title_case(" ".join(line.split()[12:36]) or line)

    def _by_given(self, given: str, pos: int) -> str:
        """The full name last written before pos whose given name this is: a knight or dame is
        "Sir Keir" or "Dame Judi" after "Keir Starmer" or "Judi Dench"; else the name as written."""
        for p, name in reversed(self.names):
            if p < pos and " " in name and name.split(None, 1)[0] == given:
                return name
        return given

    def _surnames(self) -> dict[str, list[tuple[int, str]]]:
        """Surname -> (position, full name) of the names of two words or more, by position."""
        if self._by_surname is None:
            self._by_surname = {}
            for p, name in self.names:
                if " " in name:
                    words = name.split()
                    if words[-1].rstrip(".").lower() in GENERATIONS and len(words) > 2:
                        words.pop()  # "Mr. Keating" after "Charles Keating Jr."
                    self._by_surname.setdefault(words[-1], []).append((p, name))
        return self._by_surname

    def last_speaker(self, pos: int, kinds: tuple[str, ...]) -> Speaker | None:
        for p, sp in reversed(self.speakers):
            if p < pos and sp.kind in kinds and sp.name:
                return sp
        return None

    def resolve(self, toks: Sequence[Tok], k: int, j: int, lo: int) -> Speaker:
        if self.aliases and (m := _ALIAS_AFTER.match(self.text, toks[j].end)) and (
                (full := self.aliases.get(m.group(1), "")).endswith(toks[j].text)):
            # "Transport for London (TfL) said": the name the alias stands for, not "London"
            return Speaker(self.text[toks[k].start : toks[j].end], toks[k].start, toks[j].end, full, "", "organisation", 0.85)
        if j > k and toks[j].text.isdigit() and toks[j - 1].low in NUMBERED_UNITS:
            # "Machinists District 751 said", "Local 1199": a numbered unit of a named body, as written
            a = k + 1 if toks[k].low in DETERMINERS else k
            mention = self.text[toks[k].start : toks[j].end]
            if a < j - 1 and all(is_cap(t) or t.low in ("of", "and", "for") for t in toks[a : j]):
                return Speaker(mention, toks[k].start, toks[j].end, self.text[toks[a].start : toks[j].end], "",
                               "organisation", 0.7)
            return Speaker(mention, toks[k].start, toks[j].end, "", "", "unknown", 0.3)
        sp = self._resolve(toks, k, j, lo)
        if sp.name and " " not in sp.name and sp.name in sp.mention and sp.kind != "person" or (
                sp.kind == "person" and sp.name.isalpha() and sp.name[:1].isupper() and sp.name[1:].islower()
                and given_gender(sp.name) is None and not self._known_person(sp.name, sp.start)):
            if full := self.org_in_full(sp.name, sp.start):  # "GM said", "Drexel said": the company named before
                sp = Speaker(sp.mention, sp.start, sp.end, full, sp.role, "organisation", sp.confidence)
        if sp.name:
            name = _tidy(sp.name)
            last = sp.mention.rsplit(None, 1)[-1] if sp.mention[-1:] == "s" else ""
            if (last and POSSESSIVE.search(last) and name.endswith(POSSESSIVE.sub("", last)) and (nxt := _NEXT_WORD.match(self.text, sp.end))
                    and (nxt.group(1) in _SAID or nxt.group(1) in BETWEEN
                         or (nxt.group(1) in CUE_VERBS and nxt.group(1).endswith("ed")))):
                name += last[-2:]  # "rival Sainsbury’s said": a name with its "’s", no owner of what follows
            if not name or not self.plausible(name) or (name in places() and sp.role != "city"):  # "the city": its government
                # "Ohio said", "says Cambridge": a place names nobody who speaks
                return Speaker(sp.mention, sp.start, sp.end, "", sp.role, "unknown", 0.2)
            if (("’" in name or "'" in name) and (m := _OWNER_THEN_NAME.fullmatch(name)) and not any(
                    w.lower().rstrip(".") in TITLE_WORDS or w.lower() in ORG_SUFFIXES for w in m.group(1).split())):
                name = m.group(1)  # "CNN’s Dana Bash said": the reporter, not "CNN’s Dana Bash"
            if ((sp.kind != "organisation" or sp.mention.rsplit(None, 1)[-1].lower() in _PERSONAL_BODIES)
                    and " " not in name and name not in countries()
                    and " " in (full := self.full_name(name, sp.start, _WANT.get(sp.mention.split(None, 1)[0].lower(), "")))):
                name = full  # "Trump’s campaign said", "the Clinton campaign": the person named in full before
            if sp.kind == "organisation" and (longer := self._longer_name(name)):
                name = longer  # "Supreme Court rules ..." heading "the Supreme Court of Canada ruled": one court
            if name != sp.name:
                sp = Speaker(sp.mention, sp.start, sp.end, name, sp.role, sp.kind, sp.confidence)
        return sp

    def _longer_name(self, name: str) -> str:
        """The longer name the text gives a body it also calls by `name`, else "": "<name> of
        <place or body>" ("Supreme Court" and "the Supreme Court of Canada", "Royal Bank" and
        "Royal Bank of Canada"), or the one longer name ending in it ("the First Nation" and
        "Bearskin Lake First Nation"). A headline or a second mention shortens the name; the
        speaker is one."""
        if name in self._longer_names:
            return self._longer_names[name]
        longer = ""
        words = name.split()
        if (len(words) >= 2 and "of" not in words and words[-1].lower() in ORG_SUFFIXES
                and all(w[:1].isupper() for w in words) and f"{name} of " in self.text):
            if m := re.search(re.escape(name) + _OF_FORM, self.text):
                tail = m.group()[len(name) + 4 :].split()
                # "Royal Bank of Canada Chief Executive Dave McKay": the body's name ends at the title
                cut = next((i for i, w in enumerate(tail) if w.lower().rstrip(".") in TITLE_WORDS or w.lower() in ROLE_NOUNS), len(tail))
                if cut and tail[cut - 1] not in ("the", "and"):
                    longer = f"{name} of {' '.join(tail[:cut])}"
        if not longer and len(words) >= 2 and (words[-1].lower() in ORG_SUFFIXES or words[-1].lower() in _BODY_WORDS
                                               or words[-1] in countries()):
            # "First Nation declares ..." and "the First Nation" of a story about "Bearskin Lake
            # First Nation": the one longer name the text gives it, a place before it aside
            # ("A northern Ontario First Nation" describes it)
            found = set()
            at = self.text.find(name)
            while at >= 0:
                end = at + len(name)
                if (end == len(self.text) or not self.text[end].isalnum()) and (
                        m := _CAPS_BEFORE.search(self.text, max(0, at - 60), at)):
                    found.add(m.group(1).strip())
                at = self.text.find(name, end)
            found = {f for f in found if not any(POSSESSIVE.search(w) or w.lower() in DETERMINERS or w.lower() in NOT_NAMES
                                                  or w.lower().rstrip(".") in TITLE_WORDS for w in f.split())
                     and not (all(w in places() or w in demonyms() or w in countries() or w in _EDITIONS for w in f.split())
                              or _PROVINCE.fullmatch(f))}
            if len(found) == 1:
                longer = f"{found.pop()} {name}"
        self._longer_names[name] = longer
        return longer

    def _resolve(self, toks: Sequence[Tok], k: int, j: int, lo: int) -> Speaker:
        mention_toks = toks[k : j + 1]
        start, end = mention_toks[0].start, mention_toks[-1].end
        mention = self.text[start:end]
        low = mention_toks[-1].low
        if len(mention_toks) == 1 and low[-2:] in ("'s", "’s") and low[:-2] in PRONOUNS:
            low = low[:-2]  # "He's said": the pronoun, not a name "He"
        if len(mention_toks) == 1 and low in PRONOUNS and not (
                mention_toks[0].text.isupper() and len(mention_toks[0].text) > 1):  # "WHO said": an acronym
            if low == "who":
                # Antecedent of a relative clause: "contradicting Lavrov, who said"
                c = k - 1
                if c - 1 >= lo and toks[c].text == ",":
                    span = np_backward(toks, c - 1, lo)
                    if span:
                        sp = self.resolve(toks, span[0], span[1], lo)
                        return Speaker(mention, start, end, sp.name, sp.role, sp.kind, sp.confidence * 0.9)
                return Speaker(mention, start, end, "", "", "unknown", 0.2)
            if low in {"he", "she"}:
                return self._gendered(mention, start, end, "m" if low == "he" else "f")
            # "it" is never a person: what spoke as "it" is the last organisation, not whoever spoke last
            # "they" is a body or a group, never one person named before ("Muslim groups objected.
            # They urged ...": not Wesley Clark, who spoke last)
            kinds = ("person",) if PRONOUNS[low] == "person" else ("organisation",) if low in ("it", "they") else (
                "organisation", "person")
            prev = self.last_speaker(start, kinds)
            if low == "it" and (prev is None or prev.kind == "person") and (org := self._its_subject(start, strict=True)):
                # "The World Bank cut its forecast. “…,” it said": what speaks as "it" is an organisation
                return Speaker(mention, start, end, org, "", "organisation", 0.45)
            if prev is None and PRONOUNS[low] == "person":
                prior = [n for p, n in self.names if p < start]
                if prior:
                    return Speaker(mention, start, end, prior[-1], "", "person", 0.4)
            if prev is None:
                return Speaker(mention, start, end, "", "", "unknown", 0.2)
            return Speaker(mention, start, end, prev.name, prev.role, prev.kind, 0.45)
        if " in " in mention:
            g = k + 1 if toks[k].low in DETERMINERS and k < j else k
            if j - g >= 2 and toks[g + 1].low == "in" and toks[g].low in GROUPS_IN:
                # "Police in Manchester": the body speaks, its place says which one ("Manchester
                # police"; "Police" alone would make every force one speaker)
                place = " ".join(t.text for t in toks[g + 2 : j + 1])
                if toks[g].low == "police" and all(is_cap(t) for t in toks[g + 2 : j + 1]):
                    return Speaker(mention, start, end, f"{place} Police", mention, "organisation", 0.6)
                sp = self._resolve(toks, g, g, lo)
                return Speaker(mention, start, end, sp.name, mention, sp.kind, sp.confidence)
            b = next((b for b in range(k + 1, j) if toks[b].low == "in"), 0)
            if b and toks[b - 1].low in INTERMEDIARIES and all(is_cap(t) for t in toks[b + 1 : j + 1]):
                # "A Sony spokesman in Tokyo": who the spokesman speaks for, not the city
                sp = self._resolve(toks, k, b - 1, lo)
                return Speaker(mention, start, end, sp.name, sp.role, sp.kind, sp.confidence)
        if " by " in mention or " from " in mention:  # a document and who wrote it
            for b in range(k + 1, j):
                if toks[b].low not in ("by", "from"):
                    continue
                if (toks[b - 1].low in COMPILED and b - 2 > k - 1 and toks[b - 2].low in DOCUMENT_NOUNS
                        and not any(is_cap(t) for t in toks[k + 1 : b - 2])):
                    # "data compiled by LSEG", "figures released by Statistics Canada"; "a New Jersey
                    # Watchdog report released by the governor’s office" is still the Watchdog's
                    doc = toks[b - 2].low
                elif toks[b - 1].low in DOCUMENT_NOUNS:
                    doc = toks[b - 1].low
                else:
                    continue
                if not all(is_cap(t) or t.low in DETERMINERS or t.low in ("of", "for", "and") for t in toks[b + 1 : j + 1]):
                    # "a statement from India’s foreign ministry": whoever the owner phrase names
                    sp = self._resolve(toks, b + 1, j, lo)
                    return Speaker(mention, start, end, sp.name, doc, sp.kind, min(sp.confidence, 0.6))
                owner = [t.text for t in toks[b + 1 : j + 1] if t.text != "."]
                while owner and owner[0].lower() in DETERMINERS:
                    owner.pop(0)
                if owner and all(
                        CAP.match(w) or ACRONYM.match(w) or w in ("of", "for", "and") for w in owner):
                    # "A report by the Parliamentary Budget Officer said", "data from the Department of
                    # Education": a name as written
                    name, kind = self._owner_kind(" ".join(owner), start)
                    return Speaker(mention, start, end, name, doc, kind, 0.6)
        words: list[str] = []
        for n_, t in enumerate(mention_toks):
            if t.text in ("(", ")") or (0 < n_ < len(mention_toks) - 1 and mention_toks[n_ - 1].text == "("):
                continue  # "A Pakistan Cricket Board (PCB) spokesman": read without the alias
            if t.text != ".":
                words.append(t.text)
            elif words and words[-1].lower() in COMPANY_DOTS and t is not mention_toks[-1]:
                words[-1] += "."  # "Loblaw Cos. Ltd.": an abbreviation inside a company's name keeps its dot
        while words and words[0].lower() in DETERMINERS:
            words.pop(0)
        if (len(words) == 1 and words[0] in _PERSONAL_BODIES and (owner := mention.split(None, 1)[0].lower()) in ("his", "her")
                and (who := self._gendered(owner, start, start + len(owner), "m" if owner == "his" else "f")).name
                and who.confidence >= 0.5):  # a speaker or a sentence's subject, not any name written before
            # "His campaign said": the campaign of whom "he" means, named as "Trump’s campaign" is
            return Speaker(mention, start, end, who.name, words[0], "person", min(who.confidence, 0.6))
        if len(words) > 1 and words[0].lower() in _AUXILIARIES:
            words.pop(0)  # "Did Trump say that ...?": the question's verb is not part of the name
        if (len(words) >= 3 and words[0].lower() in FRENCH_BODIES and CAP.match(words[0]) and CAP.match(words[-1])
                and all(CAP.match(w) or (w.islower() and w.isalpha()) for w in words)):
            # "the Fédération interprofessionnelle de la santé du Québec": a French body, named whole
            return Speaker(mention, start, end, " ".join(words), "", "organisation", 0.85)
        if "of" in words[2:-1] and (cut := _person_of(words)):
            words = words[:cut]  # "Senator Joe Manchin III of West Virginia", "Robert Gordon of Northwestern University"
        if (mention[:4].lower() == "the " and 2 <= len(words) <= 4 and AGE.fullmatch(words[0].lower())
                and (kin := words[1]).isalpha() and kin.islower()
                and (len(words) == 2 or (words[2] == "of" and words[-1].lower() in _SMALL_NUMBERS))):
            # "the 34-year-old mother of three", "the 26-year-old slugger": the person the text is
            # about, as "the 36-year-old" is
            who = self._epithet_person(start)
            gender = GENDERED_NOUNS.get(kin)
            who = who if who and self._a_person(who) and (gender is None or self._fits(who, gender)) else ""
            return Speaker(mention, start, end, who, " ".join(words), "person" if who else "unknown", 0.5 if who else 0.2)
        if len(words) == 1 and words[0] in _ROLE_ABBREVIATIONS and mention[:4].lower() == "the ":
            words = [_ROLE_ABBREVIATIONS[words[0]]]  # "The CM also said": the chief minister named before
        while len(words) > 2 and words[-1] in _POST_NOMINALS and CAP.match(words[-2]):
            words.pop()  # "Benjamin Myers KC", "Jane Smith MP": letters after the name are not part of it
        generation = ""
        if len(words) > 2 and words[-1].lower() in GENERATIONS and CAP.match(words[-2]):
            generation = words.pop()  # "Charles Keating Jr.", "Martin Luther King Jr.": read without it, then kept
            generation += "." if generation.lower() in _DOTTED else ""
        # Split leading title words (the role) from the trailing name.
        if len(words) >= 3 and any(words[i] in ("of", "from", "in") and words[i - 1].lower() in _PUBLIC_GROUPS
                                   and all(CAP.match(w) for w in words[i + 1 :]) for i in range(1, len(words) - 1)):
            # "Residents of Lytton say": people of a place, who do not speak for it
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
        if len(words) > 2 and is_unnamed_source(mention):
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)  # "people close to the campaign"
        if (len(words) >= 3 and CAP.match(words[0]) and words[0].lower() in TITLE_WORDS and words[1] in ("for", "of")
                and words[0].lower() not in _PEERAGES  # "The Prince of Wales" is a person known by the title
                and len(words) <= 6 and all(CAP.match(w) or w == "and" for w in words[2:])
                and not any(given_gender(w) is not None or w in self._surnames() for w in words[2:])):
            # "the Minister for Housing has conceded", "Minister of Finance says": an office; its
            # holder if the text named one with that portfolio ("Housing Minister James Browne")
            office, portfolio = words[0].lower(), words[2]
            for p, role, name in reversed(self.roles()):
                if p < start and _same_role(role, office) and portfolio in self.text[max(0, p - 40) : self.text.find(name, p)]:
                    return Speaker(mention, start, end, name, " ".join(words), "person", 0.6)
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
        if (sp := self._speaks_for(mention, start, end, words)) is not None:
            return sp
        if "&" in words[1:-1] and CAP.match(words[-1]):
            i = words.index("&")
            while i > 0 and CAP.match(words[i - 1]):
                i -= 1
            if i < words.index("&"):  # "McClelland & Stewart", "Procter & Gamble": one name
                return Speaker(mention, start, end, " ".join(words[i:]), "", "organisation", 0.85)
        cap_tail: list[str] = []
        for w in reversed(words):
            wl = w.lower().rstrip(".")
            if (CAP.match(w) or ACRONYM.match(w)) and wl not in TITLE_WORDS and wl not in _ROLE_OR_ORG:
                cap_tail.insert(0, w)
            elif (cap_tail and len(cap_tail) <= 2 and CAP.match(w) and wl in ORG_NOUNS and wl not in ROLE_NOUNS
                  and wl not in TITLE_WORDS and given_gender(cap_tail[0]) is None):
                cap_tail.insert(0, w)  # "Major League Baseball": an organisation's word inside its name
            elif w in NAME_PARTICLES and cap_tail:
                cap_tail.insert(0, w)  # "von der Leyen"
            else:
                break
        if not cap_tail and words and CAP.match(words[-1]) and words[-1].lower() in TITLE_WORDS and (
                (len(words) == 1 and (words[0].lower() not in _OFFICES or words[0] in self._surnames()))
                or (len(words) > 1 and words[-2].lower().rstrip(".") in _HONORIFICS)):
            # "King says", "Mr. King added": a surname that is also a title word ("State said": the
            # State Department); "Mayor says" in a deck, with nobody called Mayor, is the mayor
            # (quotes._named_next)
            cap_tail = words[-1:]
        elif (not cap_tail and len(words) >= 2 and CAP.match(words[-1]) and words[-1].lower() in TITLE_WORDS
              and given_gender(words[-2]) is not None and words[-2].lower() not in TITLE_WORDS):
            cap_tail = words[-2:]  # "state Sen. Phil King": a given name, then a surname that is a title word
        if (not cap_tail and len(words) >= 2 and words[-1].lower() in _TITLE_MODIFIERS
                and all(CAP.match(w) for w in words)):
            cap_tail = words[:]  # "Environmental Defence said": a title's modifier ends a body's name
        if (not cap_tail and len(words) == 1 and CAP.match(words[0]) and words[0].lower() in _ROLE_OR_ORG
                and words[0] in self._surnames()):
            cap_tail = words[:]  # "Nurse said" after "Coach Sarah Nurse": a surname that is also a job
        head = words[-1].lower() if words else ""
        if (len(words) >= 3 and CAP.match(words[0]) and CAP.match(words[-1])
                and (k := next((i for i in range(len(words) - 2, 0, -1) if words[i] in ("of", "for")), 0))
                and ((body := words[k - 1].lower()) in ORG_SUFFIXES or body in _MUNICIPAL
                     or (body[-1:] == "s" and body[:-1] in ORG_SUFFIXES)) and len(words) - k <= 6
                and all(CAP.match(w) or (w in ("and", "&") and CAP.match(words[i + 1])) or (w == "the" and i == k + 1)
                        for i, w in enumerate(words[k + 1 :], k + 1))
                and not any(w.lower().rstrip(".") in ROLE_NOUNS and (w.lower() not in _FAMILY or given_gender(words[i + 1]))
                            for i, w in enumerate(words[k + 1 : -1], k + 1))
                # "Court of King’s Bench Justice Anne Turner": a title and a given name, a person
                and not any(w.lower().rstrip(".") in TITLE_WORDS and given_gender(words[i + 1])
                            for i, w in enumerate(words[k + 1 : -1], k + 1))):
            # "the Ministry of Health", "Bank of Canada", "Centers for Disease Control", "the Bureau
            # of Labor Statistics", "Japan’s Ministry of International Trade and Industry", "the
            # Ontario College of Family Physicians" (a word for kin inside, no person after it): one name
            # (its owner's possessive is no part of it)
            first = 1 if k >= 2 and POSSESSIVE.search(words[0]) else 0
            return Speaker(mention, start, end, " ".join(words[first:]), "", "organisation", 0.85)
        # "Company president Per Bank": a lowercase job right before two capitalised words names a
        # person, whatever the surname ("Bank", "House")
        titled = (len(words) >= 3 and len(cap_tail) <= 2 and CAP.match(words[-1]) and CAP.match(words[-2])
                  and words[-3].islower() and (words[-3] in TITLE_WORDS or words[-3] in ROLE_NOUNS)
                  and words[-2].lower() not in _ROLE_OR_ORG and words[-2].lower() not in TITLE_WORDS
                  and words[-1].lower() not in TITLE_WORDS and words[-1].lower() + "." not in TITLE_WORDS
                  and words[-2] not in places() and words[-2] not in demonyms())
        if titled:
            cap_tail = words[-2:]
        if head in ORG_SUFFIXES and (cap_tail or len(words) > 1) and CAP.match(words[-1]) and not titled:
            name = POSSESSIVE.sub("", " ".join(_name_words(words)))
            if head in COMPANY_DOTS and self.text[end : end + 1] == ".":
                name += "."  # "Ford Motor Co. said": the name as written
            return Speaker(mention, start, end, name, "", "organisation", 0.85)
        if cap_tail and len(cap_tail) == len(words) - 0 and head not in ORG_NOUNS:
            role = ""
        else:
            role = " ".join(words[: len(words) - len(cap_tail)])
        if cap_tail and len(cap_tail) == 1 and POSSESSIVE.sub("", cap_tail[0]).lower() in _NOT_OWNERS:
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.2)  # "Sunday"
        if cap_tail and _PLURAL_ACRONYM.fullmatch(cap_tail[-1]):
            # "Labour MPs said", "several CEOs said": people of a kind, nobody named
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
        if mention[:4].lower() == "the " and cap_tail and (
                (len(words) == 1 and words[0] in demonyms())
                or (len(words) == 2 and AGE.fullmatch(words[0].lower()) and words[1] in demonyms())  # "the 37-year-old Serb"
                or (len(cap_tail) == len(words) <= 3 and words[-1].lower() in _PARTISANS)
                or (len(words) == 3 and words[0].lower() in _PEERAGES and words[1] == "of")):
            # "The Serbian, who lost in four sets, said", "the Pennsylvania Democrat told
            # reporters", "The Duke of Sussex told the court": the person the text is about, or
            # nobody (not "Sussex")
            who = self._epithet_person(start)
            who = who if who and self._a_person(who) else ""
            if words[0].lower() in _PEERAGES and not any(w.lower() in _PEERAGES for w in who.split()):
                # "The Prince of Wales described her as ...": a royal or a peer known by the title,
                # unless the text is about one ("Prince Harry ... the Duke of Sussex")
                return Speaker(mention, start, end, " ".join(words), "", "person", 0.5)
            return Speaker(mention, start, end, who, " ".join(words), "person" if who else "unknown", 0.5 if who else 0.2)
        owner = mention.split(None, 1)[0].lower()
        if (len(cap_tail) == len(words) == 1 and self.text[start - 2 : start] == ", "
                and (kin := _KIN_BEFORE.search(self.text, max(0, start - 30), start))):
            words = [kin.group(1), kin.group(2), *words]  # "Her husband, Luis, said": the kin in apposition
            owner = kin.group(1).lower()
        if (len(cap_tail) == 1 and len(words) >= 2 and words[-2].lower() in _KIN
                and owner in ("his", "her") and cap_tail[0] not in self._surnames()):
            # "Her sister Venus said": the family name of whom "her" means
            found = self._salient(start, "f" if owner == "her" else "m")
            if found and (" " in found[0] or given_gender(found[0]) is None):
                family = [w for w in found[0].split() if w.rstrip(".").lower() not in GENERATIONS][-1]
                name = " ".join(filter(None, (cap_tail[0], family, generation)))  # "His son Donald Jr.": Donald Trump Jr.
                return Speaker(mention, start, end, name, words[-2].lower(), "person", 0.6)
        if cap_tail and len(cap_tail) == 1 and cap_tail[0] in self.aliases:
            return Speaker(mention, start, end, self.aliases[cap_tail[0]], "", "organisation", 0.85)
        owned = next((i for i in range(len(cap_tail) - 2, -1, -1) if POSSESSIVE.search(cap_tail[i])), -1)
        if owned >= 0 and POSSESSIVE.sub("", " ".join(cap_tail[: owned + 1])) in countries() | places():
            cap_tail = cap_tail[owned + 1 :]  # "South Africa’s Eskom", "Britain’s Prince Harry": the name, not its country
        if cap_tail:
            if (cut := person_start(tuple(cap_tail))) and cut < len(cap_tail) - 1:
                role = " ".join([*words[: len(words) - len(cap_tail)], *cap_tail[:cut]])
                cap_tail = cap_tail[cut:]  # "Quarterback Justin Herbert": the job is the role
            name = " ".join(cap_tail)
            name = POSSESSIVE.sub("", name)
            is_org = not titled and (
                cap_tail[-1].lower() in ORG_SUFFIXES
                or bool(ACRONYM.match(cap_tail[-1]))
                or (len(cap_tail) == 1 and not self._known_person(cap_tail[0], start))
                and cap_tail[0].lower() in ORG_SUFFIXES
                or _a_body(cap_tail)  # "Air Canada", "Southwestern Public Health", "Bearskin Lake First Nation"
            )
            if not is_org and len(cap_tail) == 1 and words[-2:-1] and words[-2].lower() in _KNIGHTED:
                name = self._by_given(cap_tail[0], start)  # "Sir Keir" after "Keir Starmer"
            elif not is_org and len(cap_tail) == 1:
                honorific = words[-2].lower().rstrip(".") if len(words) >= 2 else ""
                want = _HONORIFIC_GENDER.get(honorific[1:] if honorific[:1] == "m" else "", "")
                if not want and (reflexive := _REFLEXIVE.match(self.text, end)):
                    want = "f" if reflexive.group(1) == "herself" else "m"  # "Clinton herself also signaled": Hillary
                name = self.full_name(cap_tail[0], start, want)
            elif not is_org:  # "Van Kerkhove said": the surname of "Maria Van Kerkhove"
                full = self.full_name(POSSESSIVE.sub("", cap_tail[-1]), start)
                if full.endswith(" " + name):
                    name = full
            kind = "organisation" if is_org else "person"
            if generation and not is_org and " " in name and not name.endswith(generation):
                name = f"{name} {generation}"  # Donald Trump Jr. is not Donald Trump
            if role and role.split()[-1].lower() in ORG_SUFFIXES and role.split()[-1][:1].isupper():
                # a capitalised body's word before the name makes one name with it; a lowercase
                # one describes the body named after it ("the state weather service PAGASA")
                kind = "organisation"
                name = " ".join(words)
                role = ""
            return Speaker(mention, start, end, name, role, kind, 0.9 if len(name.split()) > 1 or is_org else 0.7)
        # No capitalised name at the end: a role, an organisation or a document.
        caps = [w for w in words if (CAP.match(w) or ACRONYM.match(w)) and w != "MVP"  # "the four-time MVP"
                and not w[0].islower()]  # "the iPhone maker": a product, not who owns the maker
        if (len(words) == 1 and caps == words and head in ORG_NOUNS and head not in DOCUMENT_NOUNS and head != "police"
                and mention == words[0] and (start == 0 or self.text[start - 1] == "\n" or (
                    self.text[start - 2 : start] == ": " and self._first_line(start)))  # "Birmingham bin strike: Council says"
                and not self._named_with(head, start)
                and self._unstopped(start)):
            # "Hospital says it will close ..." heading a page (a line with no closing stop): a
            # description, which the lede names
            # (quotes._named_next), not a body called "Hospital"
            return Speaker(mention, start, end, "", head, "unknown", 0.3)
        if len(words) == 1 and caps == words and (head in ORG_NOUNS or head in DOCUMENT_NOUNS) and (
                named := self._named_with(head, start) or (self._last_police(start) if head == "police" else "")):
            # "Police said" after "Greater Manchester Police ...": the force the text named; with
            # none named, "Police" as written (as PolNeAR's annotators name it)
            return Speaker(mention, start, end, named, head, "organisation", 0.6)
        if head == "police" and words[-1] == "police" and 1 <= len(caps) <= 2 and caps == words[:-1] and all(
                POSSESSIVE.sub("", w) in places() or given_gender(w) is None for w in caps):
            # "Montreal police say", "Peel police said": the force the text named with that place
            # ("Peel Regional Police"), else the place's police as written ("Dutch police")
            place = POSSESSIVE.sub("", " ".join(caps))
            named = self._named_with("police", start)
            name = named if named.startswith(place + " ") else f"{place} police"
            return Speaker(mention, start, end, name, head, "organisation", 0.6)
        if (mention[:4].lower() == "the " and len(words) == 2 and caps == words[:1] and head in _OFFICE_HEADS
                and (who := self._titled(words[0], start))):
            # "The Treasury chief told a House panel" after "Treasury Secretary Nicholas Brady said"
            return Speaker(mention, start, end, who, " ".join(words), "person", 0.6)
        if head in _PLACE_BODIES and all(POSSESSIVE.sub("", w) in demonyms() for w in caps):
            # "the province said": its government, which the article may never name; nobody
            # rather than the last company named, but the province the text named last
            if head == "province" and not caps and (province := self._last_province(start)):
                return Speaker(mention, start, end, province, head, "organisation", 0.5)
            if head == "city" and not caps and (city := self._last_city(start)):
                return Speaker(mention, start, end, city, head, "organisation", 0.5)
            return Speaker(mention, start, end, "", " ".join(words), "organisation", 0.3)
        if head in ORG_NOUNS or head in COMPANY_HEADS:
            caps = [w for w in caps if not w.lower().endswith("-based")]  # "The Bengaluru-based company": where, not who
        if head in COMPANY_HEADS and caps and (all(POSSESSIVE.sub("", w) in demonyms() or w == "Crown" for w in caps) or (
                POSSESSIVE.search(caps[-1]) and POSSESSIVE.sub("", " ".join(caps)) in countries())):
            # "The Swedish streaming giant", "the German carmaker", "Canada’s largest lender", "the
            # Crown corporation" (Canada's word for a state-owned one): the company named before
            caps = []
        if head in DOCUMENT_NOUNS or head in ORG_NOUNS:
            titled_at = max((i for i, w in enumerate(caps[:-1]) if w.lower().rstrip(".") in TITLE_WORDS), default=-1)
            if titled_at >= 0 and POSSESSIVE.search(caps[-1]):
                caps = caps[titled_at + 1 :]  # "Public Safety Minister Dominic LeBlanc's office": the holder's, not "Safety"
            owner = [POSSESSIVE.sub("", w) for w in caps if w.lower().rstrip(".") not in TITLE_WORDS
                     and POSSESSIVE.sub("", w).lower() not in _NOT_OWNERS]
            if (len(words) > 1 and owner and owner[0] == words[0] and mention.startswith(owner[0]) and not ACRONYM.match(owner[0])
                    and owner[0] not in demonyms() and not self.is_proper(owner[0])
                    and " ".join(owner) not in countries()  # "South Africa’s health department"
                    and given_gender(owner[0]) is None):  # "Donald Trump’s campaign"
                owner.pop(0)  # "Early analysis shows", "One poll shows": a sentence's first word, no owner
            if (owner and all(w in demonyms() for w in owner) and head in ORG_NOUNS and head not in DOCUMENT_NOUNS
                    and not POSSESSIVE.search(caps[-1]) and mention.split(None, 1)[0].lower() not in ("a", "an")):
                # "The Israeli military said", "the Chinese foreign ministry": the body, as written;
                # a nationality is nobody's name ("a Russian statement" stays Russia's, by the
                # owner convention, and "a German news organization" names no one body)
                at = words.index(caps[0])
                return Speaker(mention, start, end, " ".join(words[at:]), "", "organisation", 0.75)
            if owner:
                return Speaker(mention, start, end, self.aliases.get(owner[-1], " ".join(owner)), "", "organisation", 0.8)
            if head in DOCUMENT_NOUNS:
                issuer = self._issuer(start, end) or self._issued_by(end)  # "Trump issued a statement saying"
                if issuer is not None:
                    return Speaker(mention, start, end, issuer[0], "", issuer[1], 0.6)
                if "internal" in (w.lower() for w in words) and (org := self.last_organisation(start, "company")):
                    # "according to an internal memo seen by Reuters": the company's own memo, not
                    # the outlet's that saw it
                    return Speaker(mention, start, end, org, "", "organisation", 0.5)
                if mention[:4].lower() == "the " and (said := self._document_source(head, start)) is not None:
                    # "In a statement, Transport Canada said ... “…,” the statement said"
                    return Speaker(mention, start, end, said.name, "", said.kind, 0.6)
                # "the statement said": a document speaks for someone not named here
                return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.2)
            if head == "force" and mention[:4].lower() == "the ":
                # "the force said" after "the Metropolitan Police said": the police force named before
                org = self._named_with("police", start)
                return (Speaker(mention, start, end, org, head, "organisation", 0.6) if org
                        else Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3))
            if mention[:2].lower() == "a " and len(words) <= 2:
                # "A group that organized a boycott said": a body brought in here, not one named before
                return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
            org = self._named_with(head, start) or (
                self.last_organisation(start, head, owned="’s " in mention or "'s " in mention) if head != "police"
                else self._last_police(start))
            if org:  # "the company said": the organisation named before; "police said" only a force named so
                return Speaker(mention, start, end, org, head, "organisation", 0.6)
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
        placed = len(words) == 2 and caps == words[:1] and words[0] in places()  # "the Texas senator"
        if (head in ROLE_NOUNS or head in TITLE_WORDS or head in _EPITHETS or AGE.fullmatch(head)) and (
                not caps or placed or (head in _EPITHETS and len(words) > 1 and all(w in demonyms() for w in caps))):
            # "the French striker" is the player the text is about; "the Mexican president" is someone else
            for p, role, name in reversed(self.roles()):  # "the mayor" after "Mayor Jane Ortiz", "the premier" after "Premier Danielle Smith"
                if p < start and _same_role(role, head) and (not placed or self._of_state(name, words[0], start)):
                    return Speaker(mention, start, end, name, head, "person", 0.7)
            if head in INTERMEDIARIES and mention[:4].lower() == "the " and (said := self._through(head, start)):
                # "A spokesperson for Amazon said ... “…,” the spokesperson said": Amazon again
                return Speaker(mention, start, end, said.name, head, said.kind, 0.6)
            if _EPITHET_OWNER.search(self.text, max(0, start - 30), start) and (who := self._epithet_person(start)):
                # "Dr. Anthony Fauci testified ... “…,” the nation’s top infectious disease expert said"
                return Speaker(mention, start, end, who, " ".join(words), "person", 0.5)
            roles = self.roles() if mention[:4].lower() == "the " else []
            for p, role, name in roles[bisect_right(roles, (start, "\uffff")) :]:
                # Named just after, in the same paragraph: "“…,” the minister said on Monday.
                # Transport Minister Louise Haigh made the promise ..."
                if p > end + CATAPHORA_REACH:
                    break
                if _same_role(role, head) and "\n" not in self.text[end:p] and self._opens_sentence(p):
                    return Speaker(mention, start, end, name, head, "person", 0.55)
            if (mention[:4].lower() == "the " and (head in _OFFICES or head in _EPITHETS or words[0].lower() in _FORMER
                                                   or AGE.fullmatch(head) or placed)
                    and (who := self._epithet_person(start)) and self._a_person(who)
                    and (not placed or self._of_state(who, words[0], start))
                    and not (head in _OFFICES and any(name == who and not _same_role(role, head) for _, role, name in roles))):
                # "Anthony Albanese announced the funding ... “…,” the prime minister said", "the
                # former prime minister": an office or a past one of the person the text is about,
                # when no one else came up and nothing says that person holds another
                return Speaker(mention, start, end, who, " ".join(words), "person", 0.5)
        return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.4)

    def _of_state(self, who: str, place: str, pos: int) -> bool:
        """Whether the text ties `who` to the US state `place` before pos, near a mention of
        their surname ("Sen. Marco Rubio (R-Fla.)", "Marco Rubio of Florida"): "the Florida
        senator" is then Rubio, not whoever else the text was about. A city is not checked."""
        forms = state_names().get(place)
        if forms is None:
            return True
        surname = _surname(who)
        alternatives = "|".join(re.escape(f) for f in forms)
        before = re.compile(rf"(?:{alternatives})[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){{1,3}}$")  # "Florida Sen. Marco "
        after = re.compile(rf"[ \t]*(?:\(?[RDI]-(?:{alternatives})|,?[ \t]+(?:of|from)[ \t]+(?:{alternatives}))(?![\w])")
        at = self.text.find(surname, 0, pos)
        while at >= 0:
            if after.match(self.text, at + len(surname)) or before.search(self.text, max(0, at - 40), at):
                return True  # "Marco Rubio (R-Fla.)", "Rubio of Florida", "Florida Sen. Marco Rubio"
            at = self.text.find(surname, at + 1, pos)
        return False

    def _titled(self, word: str, pos: int) -> str:
        """The person last named before pos with a title that holds `word` ("Treasury Secretary
        Nicholas Brady" for "the Treasury chief"), within EPITHET_REACH."""
        for p, run, name in reversed(self._runs):
            if p >= pos:
                continue
            if p < pos - EPITHET_REACH:
                break
            at = run.rfind(name.rsplit(None, 1)[0] if _generation(name) else name)
            if name and " " in name and at > 0 and word in run[:at].split():
                return name
        return ""

    def _through(self, head: str, pos: int) -> Speaker | None:
        """The organisation that last spoke through "a <head> for ..." before pos, within
        DOCUMENT_REACH: who "the spokesperson" speaks for."""
        for p, sp in reversed(self.speakers):
            if p >= pos:
                continue
            if p < pos - DOCUMENT_REACH:
                break
            words = sp.mention.lower().split()
            if sp.name and len(words) > 2 and words[0] in ("a", "an") and (
                    (words[1] == head and words[2] in ("for", "at")) or words[-1] == head):
                return sp  # "a spokesperson for Amazon", "a Downing Street spokesperson"
        return None

    def _speaks_for(self, mention: str, start: int, end: int, words: list[str]) -> Speaker | None:
        """"A spokesperson for Hydro-Québec", "lawyers for Acme": the organisation speaks through
        them. For a person ("a lawyer for Trump") or a group with no name ("a lawyer for the
        family") nobody is named: the words are not the person's own."""
        i = next((i for i in range(1, len(words) - 1) if words[i] in ("for", "of", "at", "with")), 0)
        if (len(words) == 2 and words[0] in _SPOKEN_FOR and words[1].lower() in _VOICES
                and mention[:2].lower() in ("a ", "an")):
            # "a company spokeswoman said", "A ministry official said": the company or ministry
            # the text is about
            org = self._named_with(words[0], start) or self.last_organisation(start, words[0])
            return Speaker(mention, start, end, org, " ".join(words), "organisation" if org else "unknown",
                           0.55 if org else 0.3)
        if i and words[i - 1].lower() in ("family", "relatives"):
            # "The family of Breonna Taylor said": the family speaks, never the person it is named after
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.35)
        if i and words[i - 1].lower() in SPEAKS_FOR:
            owner = words[i + 1 :]
        elif (not i and len(words) == 2 and mention[:4].lower() in ("the ", "its ") and words[1].lower() in _SPOKESPEOPLE
              and POSSESSIVE.search(words[0]) and words[0].islower()):
            # "the company's spokesman": as "a spokesman for the company" (a name's spokesman,
            # "Cameron’s spokesman", may be a person's, who is not named)
            i, owner = 1, ["the", POSSESSIVE.sub("", words[0])]
        elif (mention[:2].lower() in ("a ", "an") and len(words) >= 3 and words[-1].lower() in _SPOKESPEOPLE
              and words[-2].islower() and words[-2] in ORG_NOUNS and words[-2] not in DOCUMENT_NOUNS
              and all((CAP.match(w) or ACRONYM.match(w)) and not POSSESSIVE.search(w) for w in words[:-2])):
            # "A UK government spokesperson", "a Labour party spokesman": the body, as written
            return Speaker(mention, start, end, " ".join(words[:-1]), words[-1], "organisation", 0.6)
        elif mention[:2].lower() in ("a ", "an") and len(words) >= 2 and words[-1].lower() in _SPOKESPEOPLE and all(
                ((CAP.match(w) or ACRONYM.match(w)) and not POSSESSIVE.search(w)) or (0 < i < len(words) - 2 and w in _JOINERS)
                for i, w in enumerate(words[:-1])):
            i, owner = len(words), words[:-1]  # "A Downing Street spokesperson", "an Amazon spokesman"
        elif (2 <= len(words) <= 4 and words[-1] == "officials" and mention.split(None, 1)[0] == words[0]
              and all((CAP.match(w) or ACRONYM.match(w)) and not POSSESSIVE.search(w) for w in words[:-1])):
            # "HUD officials said", "Pentagon officials said": the body's; "Chinese officials" or
            # "U.S. officials" are of a country, and name no body
            if all(w.rstrip(".") in demonyms() or w.lower() in _PARTISANS or w == "Democratic" for w in words[:-1]) or (
                    " ".join(words[:-1]).rstrip(".") in places() or ACRONYM.match(words[0]) and "." in words[0]) or (
                    len(words) == 2 and not ACRONYM.match(words[0]) and not self.is_proper(words[0])):
                # ("Administration officials", "Campaign officials": a common noun opening the sentence)
                return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.3)
            i, owner = len(words), words[:-1]
        else:
            return None
        described = (bool(owner) and owner[0].lower() in ("the", "its") and owner[-1] in SUBJECT_ORG_HEADS
                     and (len(owner) == 2 or (len(owner) == 3 and owner[1] in demonyms())))  # "the Swedish company"
        while owner and owner[0].lower() in DETERMINERS:
            owner.pop(0)
        if described and (org := self._named_with(owner[-1], start) or self.last_organisation(start, owner[-1])):
            # "A spokesperson for the company said": the company named before
            return Speaker(mention, start, end, org, " ".join(words[:i]), "organisation", 0.55)
        if (len(owner) >= 2 and owner[0] in demonyms() and all(w.islower() for w in owner[1:])
                and owner[-1] in ORG_NOUNS and owner[-1] not in DOCUMENT_NOUNS):
            # "a spokeswoman for the Scottish government", "for the Chinese foreign ministry": the body
            return Speaker(mention, start, end, " ".join(owner), " ".join(words[:i]), "organisation", 0.6)
        if not owner or not all(CAP.match(w) or ACRONYM.match(w) or w in ("of", "and", "for") for w in owner):
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.35)
        name = POSSESSIVE.sub("", " ".join(owner))
        name = self.aliases.get(name, name)
        if owner[-1].lower() in COMPANY_DOTS:
            name += "."  # "A spokesman for Campeau Corp. said": the name as written
        person = name_in_run(name) if len(owner) >= 2 else ""
        named = bool(person) and any(given_gender(w) is not None for w in person.split())
        if named and words[i - 1].lower() not in INTERMEDIARIES:
            return None  # "President of the United States Joe Biden": the title's holder is named
        if (named or self.gender.get(name)
                or any(w.lower().rstrip(".") in TITLE_WORDS for w in owner[:-1])
                or self._known_person(owner[-1], start) or (len(owner) == 1 and given_gender(name) is not None)):
            # "a lawyer for Trump", "a spokesman for Prime Minister Justin Trudeau": a person's words
            # come through someone else, who is not named
            return Speaker(mention, start, end, "", " ".join(words), "unknown", 0.35)
        return Speaker(mention, start, end, name, " ".join(words[:i]), "organisation", 0.6)

    def _a_person(self, name: str) -> bool:
        """Whether a name may be a person's: a given name the statistics know, a gender the
        article gives, a person who spoke, or two or three plain capitalised words that end in
        no organisation's word ("Sidney Crosby"; "HuffPost Live" and "Rogers Communications"
        are none)."""
        words = name.split()
        return (given_gender(words[0]) is not None or name in self.gender
                or any(sp.name == name and sp.kind == "person" for _, sp in self.speakers)
                or (2 <= len(words) <= 3 and all(_PLAIN_NAME.fullmatch(w) for w in words)
                    and words[-1].lower() not in ORG_SUFFIXES))


    def _opens_sentence(self, p: int) -> bool:
        """Whether the text at p starts a sentence: what comes before, past spaces, closes one."""
        q = p - 1
        while q >= 0 and self.text[q].isspace():
            q -= 1
        return q >= 0 and self.text[q] in _SENTENCE_CLOSE

    def roles(self) -> list[tuple[int, str, str]]:
        """Names written with their role ("Mayor Jane Ortiz", "spokesperson Oana Lungescu"),
        for a later "the mayor"; found on first need, as few articles need them."""
        if self._roles is None:
            self._roles = [(p, role, name) for p, run, name in self._runs
                           if (role := _role_before(self.text, p, run, name))]
        return self._roles

    def _gendered(self, mention: str, start: int, end: int, want: str) -> Speaker:
        """He or she: who the text was last about, among people not known to be of the other
        gender (from honorifics, given names or earlier pronouns). "About" means a speaker or
        the subject a sentence opens with ("Opposition leader Pierre Poilievre attacked the
        deficit."), not a person named in passing ("... met President Joe Biden"); failing
        those, the last person named; nobody rather than someone who cannot be meant. What the
        pronoun settles is remembered."""
        if (unnamed := self._described_speaker(start, want)) is not None:
            return Speaker(mention, start, end, "", unnamed.mention, "unknown", 0.3)
        found = self._salient(start, want)
        if found is None:
            return Speaker(mention, start, end, "", "", "unknown", 0.2)
        name, conf, sp = found
        self.gender.setdefault(name, want)
        return Speaker(mention, start, end, name, sp.role if sp else "", "person", conf)


    def _issuer(self, pos: int, end: int) -> tuple[str, str] | None:
        """Who issued the document mentioned at pos, when the same clause says so: "Jessica
        Mackler issued a statement saying ...", "Black Lives Matter released a statement"."""
        m = _ISSUED.search(self.text, max(0, pos - 90), end)
        if m is None or m.end() < end or m.start() >= pos:
            return None
        return self._owner_kind(m.group(1), m.start())

    def _issued_by(self, end: int) -> tuple[str, str] | None:
        """Who the apposition right after a document says issued it: "The report, released
        Thursday by the Parliamentary Budget Officer, said"."""
        m = _ISSUED_BY.match(self.text, end, end + 160)
        return self._owner_kind(m.group(1), m.start(1)) if m else None

    def _owner_kind(self, who: str, pos: int) -> tuple[str, str]:
        """(name, kind) of a document's issuer written as `who` at pos."""
        who = self.aliases.get(who, who)
        if " " not in who:
            full = self.full_name(who, pos)
            return (full, "person") if full != who or self._known_person(who, pos) else (who, "organisation")
        person = name_in_run(who)
        if person and not any(given_gender(w) is not None for w in person.split()) and any(
                w.lower() in ROLE_NOUNS or w.lower() in ORG_NOUNS for w in person.split()):
            person = ""  # "the Parliamentary Budget Officer", "the Auditor General": an office, not a person's name
        return (person, "person") if person else (who, "organisation")

    def _document_source(self, head: str, pos: int) -> Speaker | None:
        """Who spoke in the sentence that brought in the document "the statement" refers back
        to ("In a statement on Sunday, Transport Canada said ..."), within the paragraph."""
        lo = max(0, pos - DOCUMENT_REACH)
        at = self.text.rfind(head, lo, pos)
        if at < 0 or "\n" in self.text[at:pos] or not self.starts:
            return None
        k = bisect_right(self.starts, at)
        s = self.starts[k - 1] if k else 0
        e = self.starts[k] if k < len(self.starts) else len(self.text)
        for p, sp in reversed(self.speakers):  # in text order but for a quote's late speaker
            if p < s - DOCUMENT_REACH:
                break
            if s <= p < min(e, pos):
                return sp
        if (m := _ISSUED.search(self.text, s, min(e, pos))) is not None and m.group(2) == head:
            # "Acme Corp. issued a statement on Monday. “…,” the statement read."
            name, kind = self._owner_kind(m.group(1), m.start())
            return Speaker(head, pos, pos, name, "", kind, 0.6)
        return None

    def _last_province(self, pos: int) -> str:
        """The Canadian province or territory last named before pos ("Ontario", "the Ontario
        Nurses’ Association"), for "the province said"."""
        found = ""
        for m in _PROVINCE.finditer(self.text, 0, pos):
            found = m.group()
        return found

    def _line_at(self, pos: int) -> str:
        """The text from pos to the end of its line."""
        end = self.text.find("\n", pos)
        return self.text[pos : end if end >= 0 else len(self.text)]

    def _last_police(self, pos: int) -> str:
        """The police force that spoke last before pos, any distance back: "according to police"
        or "Police say" after "Peel Regional Police said" or "Calgary police are warning"."""
        return next((sp.name for p, sp in reversed(self.speakers) if p < pos and sp.kind == "organisation"
                     and sp.name.lower().endswith(" police")), "")

    def _last_city(self, pos: int) -> str:
        """The city whose government the text last named before pos ("Toronto city council",
        "the City of Calgary", "Ottawa city hall"), for "the city said"."""
        found = ""
        for m in _CITY_BODY.finditer(self.text, max(0, pos - 3000), pos):
            found = m.group(1) or m.group(2)
        return found

    def _named_with(self, head: str, pos: int) -> str:
        """The last name before pos that ends in or opens with the head noun of "the hospital"
        or "the university" ("St. Michael’s Hospital", "University of Toronto"), within
        DOCUMENT_REACH: the institution the text named, even when another organisation (the
        outlet told, "CBC News") was named since. Only for institutions whose names carry
        their kind; "the company" does not say which company."""
        if head not in NAMED_KINDS:
            return ""
        found = ""
        for m in named_kind(head).finditer(self.text, max(0, pos - DOCUMENT_REACH), pos):
            found = THE.sub("", m.group(0))
        return found

    def last_organisation(self, pos: int, head: str = "", owned: bool = False) -> str:
        """Who "the company" or "the agency" is: the last organisation that spoke, else the
        last organisation name written, else the last speaker named by one word that is
        neither a person's surname nor a first name ("Shell said ... the company said"), else
        a name the sentences before are about (`_its_subject`; for a company or a public body
        `head`, also without an "its"). A body the sentence before opens with comes first when
        the last organisation spoke before that sentence ("Parks Canada said ... Environment
        Canada has issued a warning. The agency said": Environment Canada)."""
        if head in SUBJECT_ORG_HEADS and not owned:
            k = bisect_right(self.starts, pos)
            before = self.starts[k - 2] if k >= 2 else 0
            spoke = next((p for p, sp in reversed(self.speakers) if p < pos and sp.kind == "organisation"), -1)
            if (spoke < before and (subject := self._its_subject(pos, its=False)) and not other_kind(subject, head)
                    and ((" " in subject and (_a_body(subject.split()) or subject.rsplit(None, 1)[-1].lower() in ORG_SUFFIXES))
                         or (head in PUBLIC_HEADS and subject in countries()))):
                # a body by its name ("Environment Canada", "Ontario Energy Board"), not "Shares"; a
                # country for its ministry ("Greece has requested help ..., the civil protection
                # ministry said")
                return subject
        for p, sp in reversed(self.speakers):
            if sp.role in _CITED_DOCUMENTS:
                continue  # "according to data compiled by LSEG": a source cited, not the company the text is about
            if p < pos and sp.name and not other_kind(sp.name, head) and (sp.kind == "organisation" or (
                    (head in GROUP_HEADS or head in SUBJECT_ORG_HEADS) and " " not in sp.name
                    and given_gender(sp.name) is None and not self._known_person(sp.name, p))):
                # "Hezbollah confirmed ... The group later said", "Metrolinx announced ... The
                # provincial transit agency said": a body known by one word spoke last
                return sp.name
        ends, names = self._orgs()
        for k in range(bisect_right(ends, pos) - 1, -1, -1):
            if not other_kind(full := self.aliases.get(names[k], names[k]), head):  # "FMTA" is a tenants' federation
                return full  # "The Office for Budget Responsibility (OBR) ... the watchdog said": the name, not its letters
        for p, sp in reversed(self.speakers):
            if (p < pos and sp.name and " " not in sp.name and given_gender(sp.name) is None
                    and not self._known_person(sp.name, p) and not other_kind(sp.name, head)):
                return sp.name
        # (not for "the state’s civil defense agency": its owner says whose it is, not the subject
        # of "Floods caused by ..., the state’s civil defense agency said")
        subject = self._its_subject(pos) or (self._its_subject(pos, its=False) if head in SUBJECT_ORG_HEADS and not owned else "")
        return "" if subject and other_kind(subject, head) else subject

    def _orgs(self) -> tuple[list[int], list[str]]:
        """Organisation names written in the text, by where they end; found once, as "the
        company" may come up many times."""
        if self._org_names is None:
            found = [(m.end(), name) for m in ORG_NAME.finditer(self.text)
                     if (name := THE.sub("", m.group(0))).lower() not in _COMPANY_DOTS_ALONE  # not "Inc." alone
                     and name.lower() not in COMPANY_WORDS  # nor "Power" of "Power to the people!"
                     # nor "Council" of "Birmingham bin strike: Council says" (a kind's word with a
                     # lowercase word after it; "the nonpartisan Commission on Presidential Debates"
                     # is a name)
                     and not (name.lower() in ORG_NOUNS and _LOWER_AFTER.match(self.text, m.end()))]
            if "hares" in self.text:  # "Shares of Nvidia fell", "Nvidia shares fell": a listed company
                found = sorted(found + [(m.end(m.lastindex), m.group(m.lastindex)) for m in SHARES.finditer(self.text)])
            found = sorted(found + [(m.end(1), m.group(1)) for m in JOB_OWNER.finditer(self.text)
                                    if self._an_organisation(m.group(1), m.start())])
            self._org_names = ([e for e, _ in found], [n for _, n in found])
        return self._org_names

    def org_in_full(self, short: str, pos: int) -> str:
        """The organisation named in full before pos that a one-word name stands for: "GM" after
        "General Motors Corp." (its initials), "Drexel" or "AMR" after "Drexel Burnham Lambert
        Inc." or "AMR Corp." (its first word); else "". A newspaper shortens a company's name
        after naming it once; the speaker is the one organisation all the same."""
        if given_gender(short) is not None or short in places() or short in demonyms() or self._known_person(short, pos):
            return ""  # "The Clinton campaign" is not the Clinton Foundation's; "Arizona" is no party
        acronym = short.isupper()
        if not (initials_pattern(short) if acronym else first_word_pattern(short)).search(self.text, 0, pos):
            return self._spelled_out(short, pos) if acronym else ""  # nothing else reads as the whole name
        ends, names = self._orgs()
        found = names[: bisect_right(ends, pos)]
        found += [sp.name for p, sp in self.speakers if p < pos and sp.kind == "organisation"]
        for full in reversed(found):
            words = full.split()
            if len(words) >= 2 and (words[0] == short or (acronym and initials(words) == short)):
                return full
        return self._spelled_out(short, pos) if acronym else ""

    def _spelled_out(self, short: str, pos: int) -> str:
        """A body's name spelled out before pos with the acronym's letters, though the text never
        gives it the acronym in brackets, or "": "NSW Rural Fire Service Commissioner Rob Rogers
        ... The RFS said" (with the place or body the name opens with: "NSW", "B.C."), "the Bank
        of Japan ... the BOJ said". Only a body's name: "secretary of Housing and Urban
        Development ... HUD officials" keeps "HUD"."""
        if 3 <= len(short) <= 5:
            small = {"O": "of", "A": "and", "F": "for"}  # "BOJ" of "Bank of Japan", "DOJ" of "Department of Justice"
            letters = [c + r"[a-z][\w’'-]*" if i in (0, len(short) - 1) or c not in small
                       else f"(?:{c}[a-z][\\w’'-]*|{small[c]})" for i, c in enumerate(short)]
            if short not in self._spelled:
                spelled = r"(?:([A-Z][A-Z.]{1,5})[ \t]+)?(" + r"[ \t]+(?:(?:of|and|for|on)[ \t]+)?".join(letters) + r")\b"
                self._spelled[short] = [(m.end(), f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2))
                                        for m in re.finditer(spelled, self.text)
                                        if any(w.lower() in ORG_SUFFIXES for w in m.group(2).split())]  # a body's name
            for end, name in reversed(self._spelled[short]):
                if end <= pos:
                    return name
        return ""

    def _its_subject(self, pos: int, strict: bool = False, its: bool = True) -> str:
        """A name opening one of the few sentences before pos whose own "its" says it is an
        organisation ("Shopify cut 20 per cent of its staff", "The World Bank cut its forecast"),
        for a later "the company" or "it". With `strict`, a one-word name must be an acronym:
        "Russian hackers ... its" has an adjective for its subject. Without `its`, the name
        opening the sentence of pos or the one before will do when it names no person, title
        or place ("Amazon will hire 250,000 workers, the company said", "Health Canada approved
        the vaccine. “…,” the department said")."""
        text, starts = self.text, self.starts
        k = bisect_right(starts, pos)
        for i in range(k - 1, max(-1, k - 1 - (ITS_SUBJECT_SENTENCES if its else 2)), -1):
            s = starts[i]
            e = min(starts[i + 1] if i + 1 < len(starts) else len(text), pos)
            while s < e and text[s].isspace():
                s += 1
            p = after_opener(text, s, e)
            if text.startswith("The ", p):
                p += 4
            w = _SUBJECT_RUN.match(text, p, e)  # "OpenAI", "eBay"-like brands too, not only names
            if w is None or not text.startswith(" ", w.end()) or not text[w.end() + 1 : w.end() + 2].islower():
                continue
            word = w.group()
            low = word.lower()
            if " " in word:
                if given_gender(word.split(None, 1)[0]) is not None or word in self.gender:
                    continue  # a person ("Maria Lopez ... its" is about something of hers)
            elif (low in DETERMINERS or low in PRONOUNS or low in STOPWORDS or low in OPENERS or low in _ROLE_OR_ORG
                    or given_gender(word) is not None or self._known_person(word, pos) or word in places()
                    or (strict and not word.isupper())):
                continue
            if not its:
                verb = _NEXT_LOWER.match(text, w.end() + 1)
                if " " not in word and (verb is None or not (
                        past_form(v := verb.group()) or v in _SUBJECT_VERBS or (v.endswith("s") and not v.endswith("ss")))):
                    # "Patient care was continuing, a company spokeswoman told dpa": one capitalised
                    # word with a noun after it, no verb, is a common noun opening the sentence
                    continue
                if not word.endswith(("ing", "ed")) and low not in STOPWORDS and not any(x.lower().rstrip(".") in TITLE_WORDS or given_gender(x) is not None for x in word.split()) and (
                        word not in self.gender and word.rsplit(None, 1)[-1] not in places()
                        and not any(sp.name == word and sp.kind == "person" for _, sp in self.speakers)):
                    return word
                continue
            at = text.find(" its ", w.end(), e)
            if at >= 0 and text.count(",", w.end(), at) == 0:  # the subject's own "its", not a clause's
                return word
        return ""


    def is_proper(self, word: str) -> bool:
        """The word is written capitalised inside a sentence somewhere: a proper noun, not a
        sentence-initial common word ("Audiences")."""
        known = self._proper.get(word)
        if known is None:
            known = self._proper[word] = _after_lowercase(self.text, word)
        return known

    def is_known(self, name: str, pos: int) -> bool:
        """A full name seen in the article, or a surname of one, up to and at pos."""
        last = _surname(name)
        return any(n == name or _surname(n) == last for p, n in self.names if p <= pos)

    def _an_organisation(self, name: str, pos: int) -> bool:
        """Whether a capitalised name whose job-holder the text names ("Google’s vice president")
        is an organisation: no person's name, surname or given name, no place, no nationality."""
        words = name.split()
        return not (given_gender(words[0]) is not None or name in self.gender or self._known_person(words[-1], pos)
                    or name in places() or name in demonyms() or words[0].lower() in STOPWORDS)

    def _known_person(self, word: str, pos: int) -> bool:
        """Whether a name ending in `word` was written before pos (a bisect in an index made once)."""
        if self._by_last is None:
            self._by_last = {}
            for p, n in self.names:  # self.names is sorted by position
                self._by_last.setdefault(n.rsplit(None, 1)[-1], []).append(p)
        at = self._by_last.get(word)
        return bool(at) and at[0] < pos

    @staticmethod
    def plausible(name: str) -> bool:
        """Not a heading in capitals ("RED STATES OUTNUMBER BLUE"), a lone letter ("X"), a party's
        adjective ("Republican politicians ... arguing": "Republican") nor an honorific ("Mr")."""
        words = name.split()
        if len(name) < 2 or name.lower().rstrip(".") in NEVER_A_NAME or (
                ("’" in name or "'" in name) and any(_CONTRACTION.search(w) for w in words)):
            return False  # "I’d say ..., he said" has no speaker "I’d"
        return not (len(words) >= 2 and all(w.isupper() for w in words if w.isalpha()) and len(words) > 2)

    def remember(self, sp: Speaker) -> None:
        if sp.name:
            self.speakers.append((sp.start, sp))
            self._generations = self._generations or _generation(sp.name)
        elif sp.mention[:1].isalpha() and (sp.mention.split(None, 1)[0].lower() in _DESCRIBING
                                           or sp.mention.lower() in GENDERED_NOUNS):
            self._described.append((sp.start, sp))  # "the mother of one of the children", for a "she" after it


_NEXT_LOWER = re.compile(r"[a-z]+")
_LOWER_AFTER = re.compile(r"[ \t]+(?!(?:on|of|for|in|and)\b)[a-z]+")  # a lowercase word, not a name's small word
# Verbs a subject opening a sentence may take that are neither a past form nor in -s.
_SUBJECT_VERBS = _AUXILIARIES | frozenset("will may might cut put set hit let quit".split())
_CONTRACTION = re.compile(r"[’'](?:d|ve|re|m|ll)$|n[’']t$", re.I)
# An outlet's or a body's person: "CNN’s Dana Bash", "Reuters’ Luciana Lopez" is the person.
_OWNER_THEN_NAME = re.compile(rf"[{UP}][^’']*[’']s?[ \t]+((?:[{UP}][\w’'.-]*[ \t]+){{1,2}}[{UP}][\w’'-]*[{LOW}])")
_COMPANY_DOTS_ALONE = frozenset("inc. corp. co. ltd.".split())
# A person's own organisation: "Trump’s campaign", "the Sanders camp" speak for the person.
_PERSONAL_BODIES = frozenset("campaign camp team office".split())
# The gender a mention's first word gives ("she", "Mrs. Clinton's"), for the full name it stands for.
_WANT = {"he": "m", "him": "m", "his": "m", "mr.": "m", "mr": "m", "she": "f", "her": "f", "mrs.": "f", "mrs": "f",
         "ms.": "f", "ms": "f"}


_THING_BEFORE = re.compile(r"(?:\bthe|\ba|\ban)[ \t]+$", re.I)  # "on the Trump Train": a thing, not "Mr Ong" of "Ong Ye Kung"
_PLAIN_NAME = re.compile(rf"[{UP}][{LOW}]+(?:[’'-][{UP}]?[{LOW}]+)?")  # "Crosby", "O’Brien", "Smith-Jones"
_SUBJECT_RUN = re.compile(rf"[{UP}][\w’'&-]*(?:[ \t]+[{UP}][\w’'&-]*){{0,3}}")
_CAP_RUN = re.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}")


_CLOSE_QUOTES = frozenset(CLOSE_MARKS + STRAIGHT)


_CONJUNCTIONS = frozenset("but and so yet".split())


def _skip_openers(toks: Sequence[Tok], i: int, hi: int, past_quote: bool) -> int:
    """Index of the clause's subject after what may open it: adverbials ("On Tuesday,", "Hours
    later,", one after another) and, with past_quote, a quotation ("“…,” Blige sings to Clinton
    before asking her, “…”")."""
    for _ in range(3):
        if i >= hi:
            break
        if toks[i].low in _CONJUNCTIONS and i + 1 < hi and toks[i + 1].text != ",":
            i += 1  # "But a few days later, Trump reversed himself, telling CBS ..."
            continue
        if toks[i].low in OPENERS:
            while i < hi and toks[i].text != ",":
                i += 1
            i += 1
            continue
        comma = next((c for c in range(i + 1, min(hi, i + 5)) if toks[c].text == ","), None)
        if comma is not None and toks[comma - 1].low in TIME_AFTER:
            i = comma + 1
            continue
        if past_quote and toks[i].text in OPEN_QUOTES:
            close = next((c for c in range(i + 1, hi) if toks[c].text in _CLOSE_QUOTES), None)
            if close is None:
                break
            i = close + 1
            if i < hi and toks[i].text == ",":
                i += 1
            continue
        break
    return i


_CLAUSE_VERB_STARTS = frozenset("on in at has have had was were is are will would said".split())


def clause_subject(toks: Sequence[Tok], hi: int, resolver: Resolver, past_quote: bool = False) -> Speaker | None:
    """The subject opening a clause, when it is a person: a pronoun or a known name.

    Leading adverbials ("On Tuesday, ...") are skipped, and with past_quote a quotation that
    opens the sentence (a participle cue's clause); capitalised words the article never uses as
    a name ("Audiences", "December") are not taken for one."""
    i = 0
    # "Washington (AFP) – Clinton ...", "LA CROSSE, Wisc. — Gov. Mike Pence ...": skip the dateline
    for d in range(min(hi, 10)):
        if toks[d].text in {"—", "–", "-"} and d > 0 and is_cap(toks[0]):
            i = d + 1
            break
    if i == 0 and hi and (toks[0].start == 0 or resolver.text[toks[0].start - 1] == "\n") and (
            m := COLON_DATELINE.match(resolver.text, toks[0].start)):
        while i < hi and toks[i].start < m.end():
            i += 1  # "LAHORE: Babar Azam on Tuesday stepped down ..., saying": the Indian and Pakistani dateline
    i = _skip_openers(toks, i, hi, past_quote)
    if i >= hi:
        return None
    if toks[i].low in {"he", "she"}:
        return resolver.resolve(toks, i, i, 0)
    if toks[i].low in DETERMINERS and (head := next(
            (h for h in range(i + 1, min(hi - 1, i + 4)) if toks[h].low in ROLE_NOUNS or toks[h].low in TITLE_WORDS),
            0)) and toks[head].text.islower() and all(
                t.text.isalpha() and (t.text.islower() or (is_cap(t) and t.text not in places() and t.text not in demonyms()))
                for t in toks[i + 1 : head + 1]) and (
            toks[head + 1].low in _CLAUSE_VERB_STARTS or past_form(toks[head + 1].low)):
        # "A federal judge on Tuesday blocked a Texas law, saying ...", "The minister blamed
        # stubble burning ..., and said ...", "A Meta spokesperson declined to comment but said
        # ...": a person described, who speaks whether or not the text names them
        return resolver.resolve(toks, i, head, 0)
    if (toks[i].low in DETERMINERS or (is_cap(toks[i]) and POSSESSIVE.search(toks[i].text))) and (head := next(
            (h for h in range(i + 1, min(hi - 1, i + 4)) if toks[h].low in ORG_NOUNS and toks[h].low not in DOCUMENT_NOUNS),
            0)) and all(t.text.isalpha() and t.text.islower() for t in toks[i + 1 : head + 1]) and (
            toks[head + 1].low in _AUXILIARIES or past_form(toks[head + 1].low)):
        # (not "the government in Beijing finally acknowledged ...": the place says which government)
        # "Turkey's central bank kept its key rate at 50% ... and said ...", "The agency has hired
        # 800 operators but said ...": a body described, as "the agency said" would be
        sp = resolver.resolve(toks, i, head, 0)
        return sp if sp.name else None
    lead = np_forward(toks, i, hi)
    if not lead or not is_cap(toks[lead[1]]):
        return None
    sp = resolver.resolve(toks, lead[0], lead[1], 0)
    if sp.kind == "person" and sp.name and (
            resolver.is_known(sp.name, toks[lead[1]].start) or resolver.is_proper(sp.name.split()[-1])):
        return sp
    if sp.kind == "organisation" and sp.name:
        return sp
    return None
