"""Frozen records that every layer shares; the warehouse maps them to Arrow schemas."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence-like unit of the article; `boilerplate` ones are skipped by extractors."""

    start: int
    end: int
    boilerplate: bool = False
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn in a transcript: `label` as written ("MR. ROMNEY") at `start`, the
    spoken text from `body_start` to `end`, and `speaker` as a name ("Romney"; "" for "Q")."""

    start: int
    body_start: int
    end: int
    speaker: str
    label: str
    interviewer: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    """One structured number of a claim, comparable across articles by `unit`."""

    raw: str
    value: float | None = None
    unit: str = ""
    from_value: float | None = None
    to_value: float | None = None
    change: str = ""  # increase | decrease | ""
    factor: float | None = None
    year: int | None = None
    date: str = ""  # the day or month it happened: "2021-10-07", "--10-07" (no year), "2021-10", "--10"
    qualifier: str = ""  # numbers.QUALIFIERS ("about", "more than", "up to", ...), "between" for a range, or ""

    def as_contract(self) -> dict:
        """The `factrack extract` shape (`from`/`to` are Python keywords, hence the rename)."""
        return {
            "value": self.value,
            "unit": self.unit,
            "from": self.from_value,
            "to": self.to_value,
            "change": self.change or None,
            "factor": self.factor,
            "year": self.year,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """An attributed statement. `text == article[start:end]` always holds.

    For partial quotes `text` is the quoted fragment and `content_start/end` the whole
    reported clause it sits in (what attribution corpora such as PolNeAR annotate).
    """

    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker: str
    speaker_mention: str
    speaker_role: str
    speaker_type: str  # person | organisation | unknown
    cue: str
    confidence: float
    content_start: int
    content_end: int
    facts: tuple[Fact, ...] = ()  # numbers of the reported clause (content_start:content_end)


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy statement with the numbers a fact-checker would compare."""

    text: str
    start: int
    end: int
    score: float
    kinds: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    speaker: str = ""
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    claims: tuple[Claim, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read, before extraction."""

    text: str
    source_path: str
    source_line: int | None = None
    url: str = ""
    title: str = ""
    outlet: str = ""
    published_at: str = ""
