"""Stable identifiers: the same input always gets the same id, which makes re-runs idempotent."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """NFC, unified quotes and dashes, collapsed whitespace: reprints of one text share an id."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"}))
    return _WS.sub(" ", text).strip()


def digest(*parts: object, size: int = 16) -> str:
    h = hashlib.blake2b(digest_size=size // 2)
    for p in parts:
        h.update(str(p).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def article_id(text: str, url: str | None = None) -> str:
    """Hash of the URL when there is one, else of the normalised text."""
    if url:
        return "a" + digest("url", url.strip())
    return "a" + digest("text", normalise_for_id(text))


def statement_id(prefix: str, article: str, start: int, end: int) -> str:
    return prefix + digest(article, start, end)
