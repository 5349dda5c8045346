"""SQL relations over the catalog views that several readers share (the dashboard, the
alerts of `watch`, the ClaimReview export): statements as one relation, and both sides of a
match with their articles or fact-checks."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from warehouse.lookup import rows_by_id
from warehouse.rows import by_table
from warehouse.store import Warehouse

# Quotes and claims as one relation; `what` says which. Imported fact-checks are earlier
# statements too: they join in through `factchecks`.
STATEMENTS = """
    SELECT quote_id AS id, article_id, 'quote' AS what, kind, text, "start", "end", speaker,
           speaker_mention, speaker_type, cue, confidence AS score, facts, []::VARCHAR[] AS features
    FROM quotes
    UNION ALL
    SELECT claim_id, article_id, 'claim', array_to_string(kinds, ', '), text, "start", "end", speaker,
           speaker, '', '', score, facts, features
    FROM claims
"""
SIDE_COLUMNS = ("id", "what", "text", "speaker", "title", "outlet", "url", "article_id", "day", "facts", "rating")


def sides(con: duckdb.DuckDBPyConnection, wh: Warehouse, ids: Iterable[str]) -> dict[str, dict]:
    """Committed statements and imported fact-checks by id, each with its article's title,
    outlet, URL and day (SIDE_COLUMNS). Statements are read by `warehouse.lookup` (only the row
    groups holding them), then kept only when their article is in the `articles` view on `con`,
    so an uncommitted batch never shows."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    qs, cs = by_table(ids)
    found = [{"id": r["quote_id"], "what": "quote", **r}
             for r in rows_by_id(con, wh, "quotes", "quote_id", qs, ("quote_id", "article_id", "text", "speaker", "facts"))]
    found += [{"id": r["claim_id"], "what": "claim", **r}
              for r in rows_by_id(con, wh, "claims", "claim_id", cs, ("claim_id", "article_id", "text", "speaker", "facts"))]
    out: dict[str, dict] = {}
    if found:
        cur = con.execute("SELECT article_id, title, outlet, url, coalesce(published_at, ingested_at)::DATE AS day "
                          "FROM articles WHERE article_id IN (SELECT unnest($a::VARCHAR[]))",
                          {"a": sorted({r["article_id"] for r in found})})
        articles = {r[0]: r for r in cur.fetchall()}
        for r in found:
            a = articles.get(r["article_id"])
            if a is not None:
                out[r["id"]] = {"id": r["id"], "what": r["what"], "text": r["text"], "speaker": r["speaker"],
                                "title": a[1], "outlet": a[2], "url": a[3], "article_id": r["article_id"],
                                "day": a[4], "facts": r["facts"], "rating": None}
    rest = [i for i in ids if i not in out]
    if rest:
        cur = con.execute("SELECT factcheck_id, 'fact-check', text, speaker, title, publisher, url, NULL, "
                          "TRY_CAST(date AS DATE), NULL, rating FROM factchecks "
                          "WHERE factcheck_id IN (SELECT unnest($ids::VARCHAR[]))", {"ids": rest})
        out.update({r[0]: dict(zip(SIDE_COLUMNS, r, strict=True)) for r in cur.fetchall()})
    return out
