"""Stable identifiers: the same input always gets the same id, which makes re-runs idempotent."""

from __future__ import annotations

import hashlib
import unicodedata

_UNIFY = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("—", "-"), ("–", "-"))


def normalise_for_id(text: str) -> str:
    """NFC, unified quotes and dashes, collapsed whitespace: reprints of one text share an id.
    Every article and every compared statement pays this, so each step is one C-level pass
    (`str.split()` splits on exactly the characters `\\s` matches); the result is the one the
    ids in existing warehouses were made with (tests/claims/test_ids.py)."""
    text = unicodedata.normalize("NFC", text)
    for mark, plain in _UNIFY:
        if mark in text:
            text = text.replace(mark, plain)
    return " ".join(text.split())


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
