"""Who the text is about: the person a sentence opens with, whom "he" or "she" means by gender
and salience, and the person a description stands for ("the 36-year-old", "the nation's top
expert"). A mixin of speakers.Resolver, which holds the article's names and speakers; kept apart
because these lookups are one concern, read together, and speakers.py had grown past reading."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from claims.lexicon import OPEN_MARKS, ROLE_NOUNS, STRAIGHT, TITLE_WORDS
from claims.names import (
    LOW,
    NAME_WORD,
    NEVER_A_NAME,
    OPENING_WORDS,
    POSSESSIVE,
    UP,
    demonyms,
    given_gender,
)
from claims.phrases import AGE

if TYPE_CHECKING:
    from claims.speakers import Speaker

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Charles Keating Jr.", "James D. Robinson III"
_CAP_WORD = re.compile(NAME_WORD)
OPEN_QUOTES = frozenset(OPEN_MARKS + STRAIGHT)

EPITHET_REACH = 300  # characters back to the person "the nation's top expert" stands for


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to)[ \t]+(?:the[ \t]+)?$")  # "in the West Midlands": a place


# A personal pronoun in the relative clause after a described speaker: "A neighbour, who did
# not want to be named because she feared for her safety, said" (not "an aide said he ...", whose
# "he" may be anyone).
_PRONOUN_AFTER = re.compile(r",[ \t]+who\b[^.!?,“”\"\n]{0,100}?\b([Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")


# Nouns that say a person's gender ("the mother of one of the victims said ... she said"): kin
# and plain "woman" or "man" only; "the businessman" or "the chairman" is an epithet for someone
# the text named.
GENDERED_NOUNS = {**dict.fromkeys("mother wife daughter sister grandmother aunt niece widow woman girl "
                                   "girlfriend spokeswoman".split(), "f"),
                   **dict.fromkeys("father husband son brother grandfather uncle nephew widower man boy "
                                   "boyfriend spokesman".split(), "m")}


OPENERS = frozenset("on in at after before during since when while as by for with from under over "
                     "last this early late here there now then meanwhile later earlier still also "
                     "instead speaking asked outside inside near across".split())


TIME_AFTER = frozenset("later earlier ago afterward afterwards".split())


# Lowercase words that make a name after them an object or a later clause's subject, not the
# sentence's subject ("The report was prepared by ... David Dodge").
_CLAUSE_WORDS = frozenset("""that which who whom whose when where while after before because although if
by to with from of for said says told is was were are has have had will would could should can did does
do been being not also and but or than""".split())


def after_opener(text: str, s: int, e: int) -> int:
    """Where a sentence's subject may start: after an opening adverbial ("Later, ", "On
    Tuesday, ", "Hours later, ", "Asked about the vote, ")."""
    if (s == 0 or text[s - 1] == "\n") and (m := COLON_DATELINE.match(text, s, e)):
        s = m.end()  # "BENGALURU: Infosys on Thursday raised ...": the subject follows the dateline
    comma = text.find(",", s, min(e, s + 80))
    if comma < 0:
        return s
    words = text[s:comma].split()
    if words and (words[0].lower() in OPENERS or words[-1].lower() in TIME_AFTER):
        j = comma + 1
        while j < e and text[j].isspace():
            j += 1
        if (m := _APPOSITION_THEN_PRONOUN.match(text, j, e)) is not None:
            return m.end(1)  # "Asked about the opposition leader, Marit Stiles, he ...": he is the subject
        return j
    return s


# A dateline of capitals and a colon opening a paragraph ("NEW DELHI: ", "MUMBAI: "), the Indian
# papers' style; segment's datelines end in a dash. (A transcript's "TRUMP: " has no subject
# either.)
COLON_DATELINE = re.compile(r"[A-Z]{2}[A-Z .'’-]{3,28}:[ \t]+(?=[A-Z“\"])")  # not "UN: ", a headline's speaker


# A name closing an opening phrase in apposition, then the subject pronoun: the name is not
# what the sentence is about.
_APPOSITION_THEN_PRONOUN = re.compile(rf"(?:[{UP}][\w.’'-]*[ \t]+){{0,3}}[{UP}][\w.’'-]*,[ \t]+((?=(?:he|she|they|it|we|I)[ \t]))")


# After a possessive opening a sentence: a relation and the person in apposition ("Morris’s
# neighbour, Daniel Ferreira, ..."); ends where the name begins.
_KIN_APPOSITION = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3},[ \t]+")


_SUBORDINATE_SUBJECT = re.compile(rf"(?:When|While|After|Before|As|Since|Although|Though|Once|If|Because)[ \t]+({NAME_WORD})[ \t]+[a-z]")


_OPENING_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])")  # "When Trump", "Then Brafman"
# "The 28-year-old Swayman", "The veteran goaltender Swayman": an article and lowercase words
# describing the surname that follows
_DESCRIBED_LEAD = re.compile(r"(?:The|A|An)[ \t]+((?:[a-z0-9][\w-]*[ \t]+){1,3})(?=[A-Z])")
_DESCRIBING = frozenset("veteran rookie former young longtime embattled star".split())


_AND_NEXT = re.compile(rf"[{UP}][\w.’'-]*(?:[ \t]+[{UP}][\w.’'-]*)*,?[ \t]+(?:and|&)[ \t]+(?:[{UP}][{LOW}]*\.?[ \t]+)*")


def _describes(prefix: str) -> bool:
    """The words before a name could describe it ("Opposition leader", "Her colleague", "The
    company's chief executive,"): few, and none that opens a clause or is a past verb."""
    words = prefix.replace(",", " ").split()
    if len(words) > 6:
        return False
    for w in words:
        if w[0].isupper():
            continue
        low = w.lower()
        if low in _CLAUSE_WORDS or (low.endswith("ed") and low not in ROLE_NOUNS):
            return False
    return True


class Salience:
    """Sentence subjects, pronouns and epithets over the names and speakers a Resolver keeps."""

    def _epithet_person(self, pos: int) -> str:
        """Who "the country's chief public health officer" is: the person the text was last
        about (a sentence's subject or a speaker), close before pos in the same paragraph, with
        nobody else named since; else "" (a new person, unnamed)."""
        subjects = self._subjects()
        upto = bisect_left(subjects, (pos,))
        self._settle(subjects, upto)
        best: tuple[int, str] | None = None
        for i in range(upto - 1, -1, -1):
            p, name, _ = subjects[i]
            if name := name or self._pronoun_subject.get(p, ""):
                if i and subjects[i - 1][1] and _AND_NEXT.fullmatch(self.text, subjects[i - 1][0], p):
                    return ""  # "John Smith and Maria Lopez spoke. The Canadian said": either of them
                best = (p, name)
                break
        for p, sp in reversed(self.speakers):
            if p < pos and sp.kind == "person" and sp.name:
                if best is None or p >= best[0]:
                    best = (p, sp.name)
                break
        # Within a paragraph or into the next ("Keir Starmer has insisted ... ¶ Speaking at a
        # factory, the prime minister said"; "Taylor Swift has added three dates ... ¶ The singer said")
        if best is None or pos - best[0] > EPITHET_REACH or self.text.count("\n", best[0], pos) > 2:
            return ""  # within EPITHET_REACH, in the same paragraph or the one after
        surname = best[1].split()[-1]
        names = self.names
        for k in range(bisect_right(names, (best[0], "\uffff")), len(names)):
            p, name = names[k]
            if p >= pos:
                break
            if (name.split()[-1] != surname and name.split(None, 1)[0] not in demonyms()
                    and not _PLACE_BEFORE.search(self.text, max(0, p - 9), p)):
                return ""  # someone else came up in between ("the Japanese Grand Prix", "in the West Midlands" are nobody)
        return best[1]

    def _described_speaker(self, pos: int, want: str) -> Speaker | None:
        """The last speaker before pos when that speaker was described by a word of the wanted
        gender and not named ("the mother of one of the children said ... “…,” she said"), and
        nobody who could be meant was named or spoke since: "she" is that woman, whom the text
        does not name, not a woman named before her."""
        k = bisect_left(self._described, (pos,)) - 1
        if k < 0:
            return None
        p, sp = self._described[k]
        words = [w.lower() for w in sp.mention.split()[:4]]
        head = next((w for w in words if w in GENDERED_NOUNS), "")
        gender = GENDERED_NOUNS.get(head)
        if gender is None and (m := _PRONOUN_AFTER.match(self.text, sp.end)):
            gender = "f" if m.group(1).lower() in ("she", "her") else "m"  # "A neighbour, who ... because she feared"
        if gender != want or any(p < q < pos for q, _ in self.speakers):
            return None
        if any(sp.end <= q < pos and self._fits(name, want) for q, name in self.names):
            return None
        return sp

    def _fits(self, name: str, want: str) -> bool:
        g = self._gender_of(name)
        return g is None or g == want

    def _salient(self, before: int, want: str) -> tuple[str, float, Speaker | None] | None:
        """The latest speaker or sentence subject before `before` who may be meant, else the
        latest person named: (name, confidence, speaker when it is one)."""
        best: tuple[int, str, float, Speaker | None] | None = None
        for p, sp in reversed(self.speakers):
            if p < before and sp.kind == "person" and sp.name and self._fits(sp.name, want):
                best = (p, sp.name, 0.75, sp)
                break
        subjects = self._subjects()
        upto = bisect_left(subjects, (before,))
        self._settle(subjects, upto)
        for i in range(upto - 1, -1, -1):
            p, name, gender = subjects[i]
            if best is not None and p <= best[0]:
                break
            if not name:  # "He pressed for ...": the sentence is about whom that pronoun means
                if gender != want:
                    continue
                name = self._pronoun_subject.get(p, "")
            if name and self._fits(name, want):
                if self._gender_of(name) is None:
                    name = self._known_partner(subjects, i, want) or name
                best = (p, name, 0.7, None)
                break
        if best is not None:
            return best[1], best[2], best[3]
        for p, name in reversed(self.names):
            if p < before and self._fits(name, want):
                if self._in_headline(p) and given_gender(name.split()[0]) is None:
                    continue  # "..., Instantly Has Everyone’s Attention": a title-case headline's run is nobody
                return name, 0.4, None
        return None

    def _gender_of(self, name: str) -> str | None:
        """The gender the article or the lists give a name, or its surname."""
        words = name.split()
        if len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONS:
            words.pop()  # "Joseph R. Biden Jr." is a Biden
        return self.gender.get(name) or self.gender.get(words[-1]) or (given_gender(words[0]) if len(words) > 1 else None)

    def _known_partner(self, subjects: list[tuple[int, str, str]], i: int, want: str) -> str:
        """In "Jasmine Tran and Alex Moreno spoke", where Moreno's gender is not known: the
        person of the same sentence known to be of the wanted gender, for "she" (Tran)."""
        k = bisect_right(self.starts, subjects[i][0])
        start = self.starts[k - 1] if k else 0
        for j in range(i - 1, -1, -1):
            p, name, _ = subjects[j]
            if p < start:
                break
            if name and self._gender_of(name) == want:
                return name
        return ""

    def _settle(self, subjects: list[tuple[int, str, str]], upto: int) -> None:
        """Resolve the sentences opening with he or she among the first `upto` subjects, in
        order, so each one finds the earlier ones settled (no recursion down a long chain)."""
        while self._settled < upto:
            p, name, gender = subjects[self._settled]
            self._settled += 1
            if not name:
                found = self._salient(p, gender)
                self._pronoun_subject[p] = found[0] if found else ""

    def _subjects(self) -> list[tuple[int, str, str]]:
        """(position, name, "") for a sentence that opens with a person, (position, "", gender)
        for one that opens with he or she; found on first need from the sentence starts. The
        person is a name written out (after words that may describe it: "Opposition leader
        Pierre Poilievre") or the surname of one named before ("Later, Freeland defended ...")."""
        if self._subject_list is not None:
            return self._subject_list
        out: list[tuple[int, str, str]] = []
        positions = [p for p, _ in self.names]
        surnames = self._surnames()
        text = self.text
        for i, s in enumerate(self.starts):
            e = self.starts[i + 1] if i + 1 < len(self.starts) else len(text)
            while s < e and text[s].isspace():
                s += 1
            if s >= e or text[s] in OPEN_QUOTES:
                continue  # a quotation: its speaker is remembered when it is attributed
            p = after_opener(text, s, e)
            if (w := _OPENING_WORD.match(text, p, e)) and w.group(1).lower() in OPENING_WORDS:
                p = w.end()  # "When Trump held rallies ...", "Then Brafman exposed ...": the subject follows
            head = text[p : p + 4].lower()
            if head.startswith(("he ", "she ")):
                want = "m" if head[0] == "h" else "f"
                if p > s and (sub := _SUBORDINATE_SUBJECT.match(text, s, p)):
                    # "When Trump spoke in Phoenix, he was blunt": the pronoun is the clause's subject
                    word = POSSESSIVE.sub("", sub.group(1))
                    name = self.full_name(word, sub.start(1)) if word in surnames else ""
                    if name and self._gender_of(name) == want:
                        out.append((p, name, ""))
                        continue
                out.append((p, "", want))
                continue
            if ((w := _CAP_WORD.match(text, p)) and (surname := POSSESSIVE.sub("", w.group())) in surnames
                    and surname.lower() not in NEVER_A_NAME):  # "Republican presidential candidate Donald Trump"
                if (surname != w.group() and (a := _KIN_APPOSITION.match(text, w.end(), e))
                        and (k := bisect_left(positions, a.end())) < len(positions) and positions[k] == a.end()):
                    name = self.names[k][1]  # "Morris’s neighbour, Daniel Ferreira, is less patient": the neighbour
                    out.append((a.end(), name if " " in name else self.full_name(name, a.end()), ""))
                    continue
                out.append((p, self.full_name(surname, p), ""))
                continue
            if ((d := _DESCRIBED_LEAD.match(text, p, e)) and (w := _CAP_WORD.match(text, d.end()))
                    and (surname := POSSESSIVE.sub("", w.group())) in surnames and surname.lower() not in NEVER_A_NAME
                    and all(AGE.fullmatch(w) or w in ROLE_NOUNS or w in TITLE_WORDS or w in _DESCRIBING
                            for w in d.group(1).split())):
                out.append((d.end(), self.full_name(surname, d.end()), ""))  # "The 28-year-old Swayman made 31 saves"
                continue
            k = bisect_left(positions, p)  # a name in the opening adverbial ("Speaking in the West Midlands, ...") is not it
            if k < len(positions) and positions[k] < e and _describes(text[p : positions[k]]):
                if k + 1 < len(positions) and positions[k + 1] < e and self._role_between(k):
                    k += 1  # "Maple Leafs coach Craig Berube was blunt": the team names the coach's job
                name = self.names[k][1]
                out.append((positions[k], name if " " in name else self.full_name(name, positions[k]), ""))
                # "Taylor Swift and Travis Kelce arrived": both are what the sentence is about
                while k + 1 < len(positions) and positions[k + 1] < e and _AND_NEXT.fullmatch(
                        text, positions[k], positions[k + 1]):
                    k += 1
                    name = self.names[k][1]
                    out.append((positions[k], name if " " in name else self.full_name(name, positions[k]), ""))
        self._subject_list = out
        return out

    def _role_between(self, k: int) -> bool:
        """Whether only lowercase role words separate the k-th name from the next one ("Maple
        Leafs coach Craig Berube", "Tesla chief executive Elon Musk"): the first names an employer."""
        p, name = self.names[k]
        at = self.text.find(name, p)
        gap = self.text[at + len(name) : self.names[k + 1][0]].split() if at >= 0 else []
        return 0 < len(gap) <= 3 and all(w.islower() and (w in ROLE_NOUNS or w in TITLE_WORDS) for w in gap)

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
