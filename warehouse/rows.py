"""Records -> warehouse rows (plain dicts matching `schemas.SCHEMAS`). Pure, so tasks can call it."""

from __future__ import annotations

from datetime import UTC, datetime

from claims.ids import statement_id
from claims.records import Article, Claim, Extraction, Fact, Quote

# Statement ids start with these, so a lookup by id scans only the table an id can be in.
QUOTE_PREFIX, CLAIM_PREFIX = "q", "c"


def by_table(ids: list[str]) -> tuple[list[str], list[str]]:
    """The quote ids and the claim ids among `ids`, by prefix (a fact-check id may start with
    anything, so callers look every id not found among these up in `factchecks`)."""
    return [i for i in ids if i.startswith(QUOTE_PREFIX)], [i for i in ids if i.startswith(CLAIM_PREFIX)]


def parse_time(value: str) -> datetime | None:
    """ISO 8601 (date or date-time) to an aware UTC datetime; anything else is None."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def fact_row(f: Fact) -> dict:
    return {
        "raw": f.raw, "value": f.value, "unit": f.unit, "from": f.from_value, "to": f.to_value,
        "change": f.change, "factor": f.factor, "year": f.year, "date": f.date, "qualifier": f.qualifier,
    }


def quote_row(article_id: str, q: Quote, run_id: str, article_text: str = "") -> dict:
    """The reported clause and its numbers (found by extraction) are stored with the quote, so
    matching reads them back without the article."""
    content = article_text[q.content_start : q.content_end] if article_text else q.text
    return {
        "content": content, "facts": [fact_row(f) for f in q.facts],
        "quote_id": statement_id(QUOTE_PREFIX, article_id, q.start, q.end), "article_id": article_id,
        "text": q.text, "start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker,
        "speaker_mention": q.speaker_mention, "speaker_role": q.speaker_role,
        "speaker_type": q.speaker_type, "cue": q.cue, "confidence": q.confidence,
        "content_start": q.content_start, "content_end": q.content_end, "run_id": run_id,
    }


def claim_row(article_id: str, c: Claim, run_id: str) -> dict:
    return {
        "claim_id": statement_id(CLAIM_PREFIX, article_id, c.start, c.end), "article_id": article_id,
        "text": c.text, "start": c.start, "end": c.end, "score": c.score, "kinds": list(c.kinds),
        "features": list(c.features), "speaker": c.speaker, "facts": [fact_row(f) for f in c.facts],
        "run_id": run_id,
    }


def article_row(article_id: str, a: Article, x: Extraction, run_id: str, now: datetime) -> dict:
    return {
        "article_id": article_id, "url": a.url, "title": a.title, "outlet": a.outlet,
        "published_at": parse_time(a.published_at), "ingested_at": now,
        "source_path": a.source_path, "source_line": a.source_line, "n_chars": len(a.text),
        "n_quotes": len(x.quotes), "n_claims": len(x.claims), "text": a.text, "run_id": run_id,
    }
