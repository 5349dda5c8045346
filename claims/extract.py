"""One call per article: segment once, then quotes, then claims that inherit quote (or transcript
turn) speakers."""

from __future__ import annotations

from claims.checkworthy import ArticleIndex, extract_claims, with_facts
from claims.lexicon import lower_same_length
from claims.quotes import extract_quotes
from claims.records import Extraction
from claims.scan import scan
from claims.segment import segment
from claims.turns import find_turns, first_person_quotes


def extract(text: str) -> Extraction:
    """Quotes and claims of one article; offsets index `text` exactly."""
    if not text or not text.strip():
        return Extraction()
    lower = lower_same_length(text)
    hits = scan(lower)  # one word scan serves segments, quotes, claims and numbers
    segments = segment(text, hits.anchors)
    quotes = extract_quotes(text, segments, hits)
    turns = find_turns(text, segments)
    if turns:
        quotes = first_person_quotes(quotes, turns)
    index = ArticleIndex(text, hits, lower)  # numbers and features, found once for claims and quotes
    claims = extract_claims(text, segments, quotes, turns=turns, index=index)
    return Extraction(quotes=with_facts(text, quotes, index), claims=claims)
