"""One call per article: segment once, then quotes, then claims that inherit quote speakers."""

from __future__ import annotations

from claims.checkworthy import extract_claims
from claims.lexicon import lower_same_length
from claims.quotes import extract_quotes
from claims.records import Extraction
from claims.scan import scan
from claims.segment import segment


def extract(text: str) -> Extraction:
    """Quotes and claims of one article; offsets index `text` exactly."""
    if not text or not text.strip():
        return Extraction()
    hits = scan(lower_same_length(text))  # one word scan serves segments, quotes, claims and numbers
    segments = segment(text, hits.anchors)
    quotes = extract_quotes(text, segments, hits)
    claims = extract_claims(text, segments, quotes, hits)
    return Extraction(quotes=quotes, claims=claims)
