"""Speaker turns of transcripts ("TRUMP: ...", "Q: ..."): debates, interviews, press conferences.

In a transcript the speaker is written once per turn, not with a cue verb, so quotes never see
it; claims take it from here. The questioner's framing ("Mr. Trump, you said in 2012...") is
not what fact-checkers check, so turns of interviewers are marked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from claims.lexicon import TITLE_WORDS, is_title_case
from claims.records import Quote, Segment, Turn
from claims.speakers import Resolver

# A label at a line start: one to four capitalised words ("MR. ROMNEY", "O'MALLEY", "Donald
# Trump", "Q"), a colon, then the spoken text on the same line (scraped text may drop the space:
# "TRUMP:We").
_LABEL = re.compile(
    r"^[ \t]*((?:[^\W\d_a-z][\w.'’-]*[ \t]){0,3}[^\W\d_a-z][\w.'’-]*)[ \t]*:(?:[ \t]+(?=\S)|(?=[A-Z“‘\"']))",
    re.M,
)
# Labels of page furniture, not people ("Note:", "Related:", "Who: ... When: ...").
_NOT_SPEAKERS = frozenset(
    """note notes editor's editors update updated updates correction corrections source sources photo
    photos image images picture video watch read more related see also caption credit credits tags tag
    topics topic by published posted filed contact email e-mail tel phone fax warning disclaimer
    summary background context breaking exclusive opinion analysis live follow share advertisement
    copyright transcript who what when where why how pros cons price prices date time location venue
    tickets ingredients step example examples result results score name age city job pay""".split()
)
# Labels that name a role, not a person ("Q", "REPORTER", "AUDIENCE MEMBER", "A").
_QUESTIONERS = frozenset("q question questions reporter reporters interviewer moderator audience host".split())
_ANSWERERS = frozenset("a answer".split())
QUESTION_SHARE = 0.15  # speakers ending this share of their sentences with "?" lead the interview
MIN_TURNS = 3
_FIRST_PERSON = frozenset({"i", "me"})
_MC = re.compile(r"\b(Mc)([a-z])")


_TITLES = TITLE_WORDS | {"pres.", "pres", "sec.", "sec"}  # transcripts abbreviate more


def _speaker(label: str) -> str:
    """"SEN. JOHN MCCAIN" -> "John McCain"; role labels ("Q", "A") name nobody."""
    words = [w for w in label.split() if w.lower() not in _TITLES]
    if not words or _asks(label) or label.lower() in _ANSWERERS:
        return ""
    name = " ".join(words)
    return _MC.sub(lambda m: m.group(1) + m.group(2).upper(), name.title()) if name.isupper() else name


def find_turns(text: str, segments: Sequence[Segment] = ()) -> tuple[Turn, ...]:
    """Turns of `text` when it reads as a transcript: at least three labelled lines that say
    something (four words or more, so "Clinton: 1,769." in a table of counts is no turn), two
    speakers, one of them speaking twice. Otherwise none, so a stray "Note:" line is no speaker.
    `segments` let question shares mark interviewers."""
    if not _enough_line_starts(text):
        return ()
    found = [m for m in _LABEL.finditer(text)
             if len(m.group(1)) <= 40 and m.group(1).lower().rstrip(".") not in _NOT_SPEAKERS
             and m.group(1).split()[0].lower() not in _NOT_SPEAKERS and not _headline(text, m.end())]
    labels = [" ".join(m.group(1).split()) for m in found]
    names = _full_names(labels)
    speaking = Counter(names[label].upper() for m, label in zip(found, labels, strict=True) if _says_something(text, m.end()))
    if sum(speaking.values()) < MIN_TURNS or len(speaking) < 2 or speaking.most_common(1)[0][1] < 2:
        return ()
    spans = [(m.start(1), m.end(), found[i + 1].start(1) if i + 1 < len(found) else len(text), label)
             for i, (m, label) in enumerate(zip(found, labels, strict=True))]
    asked = _question_shares(text, spans, segments, names)
    flagged = {w for w, share in asked.items() if share >= QUESTION_SHARE}
    if len(flagged) == len({n.upper() for n in names.values()}):
        flagged = set()  # everyone asks: a panel of questions, no interviewer to tell apart
    answerer = _interviewee(text[: spans[0][0]]) if any(lab.lower() in _ANSWERERS for lab in labels) else ""
    return tuple(
        Turn(start, body, end, _speaker(names[label]) or (answerer if label.lower() in _ANSWERERS else ""), label,
             _asks(label) or names[label].upper() in flagged)
        for start, body, end, label in spans
    )


def _interviewee(intro: str) -> str:
    """Who answers the "A:" turns of a Q&A: the person its introduction names most often, full
    name or surname ("Jens Stoltenberg ... Stoltenberg, a former prime minister, ..."), the first
    named on a tie; nobody when the introduction names no one."""
    people = list(dict.fromkeys(name for _, name in Resolver(intro).names if " " in name))
    if not people:
        return ""
    mentions = {name: len(re.findall(r"\b" + re.escape(name.split()[-1]) + r"\b", intro)) for name in people}
    return max(people, key=lambda name: mentions[name])  # max keeps the first of equals


def _enough_line_starts(text: str) -> bool:
    """Cheap gate: colons within a label's length of a line start (most articles have none)."""
    n = 0
    i = text.find(":")
    while i >= 0:
        if i < 48 or text.rfind("\n", i - 48, i) >= 0:
            n += 1
            if n >= MIN_TURNS:
                return True
        i = text.find(":", i + 1)
    return False


def _asks(label: str) -> bool:
    return not _QUESTIONERS.isdisjoint(label.lower().split())


def _line(text: str, body: int) -> str:
    end = text.find("\n", body)
    return text[body : len(text) if end < 0 else end]


def _says_something(text: str, body: int) -> bool:
    return _line(text, body).count(" ") >= 3


def _headline(text: str, body: int) -> bool:
    """"Fallin: Trump Is ‘Trying To Campaign As A Racial Healer’" is a title, not a turn."""
    return is_title_case(_line(text, body))


def _full_names(labels: list[str]) -> dict[str, str]:
    """Each label's speaker under its longest form: "TAPPER" is "JAKE TAPPER" when both occur;
    role labels ("Q") stay as written."""
    spoken = {label: _speaker(label) for label in labels}
    full = {}
    for label, name in spoken.items():
        longer = [n for n in spoken.values() if name and n != name and n.upper().endswith(" " + name.upper())]
        full[label] = max(longer, key=len) if len(set(longer)) == 1 else (name or label)
    return full


def _question_shares(text: str, spans: list[tuple[int, int, int, str]],
                     segments: Sequence[Segment], names: dict[str, str]) -> dict[str, float]:
    said: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    starts = [s[0] for s in spans]
    for seg in segments:
        i = bisect_right(starts, seg.start) - 1
        if i < 0 or seg.boilerplate:
            continue
        label = names[spans[i][3]].upper()
        said[label] += 1
        asked[label] += text[seg.start : seg.end].rstrip().endswith("?")
    return {lab: asked[lab] / n for lab, n in said.items() if asked[lab] >= 2}


def first_person_quotes(quotes: Sequence[Quote], turns: Sequence[Turn]) -> tuple[Quote, ...]:
    """'I said "..."' in a turn was said by the turn's speaker, whom the text never names (and
    not by whoever was named last, the guess outside transcripts)."""
    starts = [t.start for t in turns]
    out = []
    for q in quotes:
        turn = turn_at(turns, starts, q.start) if q.speaker_mention.lower() in _FIRST_PERSON else None
        out.append(replace(q, speaker=turn.speaker, speaker_type="person") if turn and turn.speaker else q)
    return tuple(out)


def turn_at(turns: Sequence[Turn], starts: Sequence[int], pos: int) -> Turn | None:
    """The turn holding `pos`; `starts` are the turns' starts, for bisecting."""
    i = bisect_right(starts, pos) - 1
    return turns[i] if i >= 0 and pos < turns[i].end else None
