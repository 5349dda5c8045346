"""One call per article: segment once, then quotes, then claims that inherit quote speakers."""

from __future__ import annotations

from claims.checkworthy import extract_claims
from claims.quotes import extract_quotes
from claims.records import Extraction
from claims.segment import segment


def extract(text: str) -> Extraction:
    """Quotes and claims of one article; offsets index `text` exactly."""
    if not text or not text.strip():
        return Extraction()
    segments = segment(text)
    quotes = extract_quotes(text, segments)
    claims = extract_claims(text, segments, quotes)
    return Extraction(quotes=quotes, claims=claims)
