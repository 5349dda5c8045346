"""`factrack export claimreview`: schema.org ClaimReview JSON-LD for new appearances of claims
that were already fact-checked.

One ClaimReview per imported fact-check that a tracked statement repeats or agrees with: the
fact-check's claim, rating, URL and publisher as imported, and every tracked article that said
it again as an `itemReviewed.appearance` (a NewsArticle with its URL, headline, date, outlet,
the sentence and the speaker as its author). `factrack factchecks import` reads the file back
with all of these fields, so a partner desk can load it as it is.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import duckdb

from flows.cli import error
from warehouse.catalog import NoWarehouse, connect
from warehouse.statements import STATEMENTS

APPEARANCES = f"""
    SELECT f.factcheck_id, f.text AS claim, f.title, f.speaker, f.date, f.rating, f.url, f.publisher,
           s.text AS said, coalesce(s.speaker, '') AS said_by, coalesce(a.url, '') AS article_url,
           coalesce(a.title, '') AS headline, coalesce(a.outlet, '') AS outlet,
           coalesce(a.published_at, a.ingested_at)::DATE AS day, a.article_id
    FROM matches m
    JOIN factchecks f ON f.factcheck_id = m.earlier_id
    JOIN ({STATEMENTS}) s ON s.id = m.statement_id
    JOIN articles a ON a.article_id = m.article_id
    WHERE m.relation IN ('repeat', 'consistent') AND starts_with(m.earlier_article_id, 'fc:')
      AND ($since IS NULL OR a.ingested_at::DATE >= $since)
    ORDER BY f.factcheck_id, day, a.article_id, s.start
"""


def _person(name: str) -> dict | None:
    return {"@type": "Person", "name": name} if name else None


def _drop_empty(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def claim_reviews(rows: list[dict]) -> list[dict]:
    """ClaimReview documents from APPEARANCES rows (one per fact-check, each article once)."""
    out: dict[str, dict] = {}
    seen: set[tuple[str, str]] = set()
    for r in rows:
        fid = r["factcheck_id"]
        if fid not in out:
            out[fid] = _drop_empty({
                "@context": "https://schema.org", "@type": "ClaimReview", "identifier": fid,
                "url": r["url"], "name": r["title"], "claimReviewed": r["claim"],
                "author": _drop_empty({"@type": "Organization", "name": r["publisher"]}) if r["publisher"] else None,
                "reviewRating": {"@type": "Rating", "alternateName": r["rating"]} if r["rating"] else None,
                "itemReviewed": _drop_empty({"@type": "Claim", "author": _person(r["speaker"]),
                                             "datePublished": r["date"], "appearance": []}),
            })
            out[fid]["itemReviewed"]["appearance"] = []
        if (fid, r["article_id"]) in seen:
            continue
        seen.add((fid, r["article_id"]))
        out[fid]["itemReviewed"]["appearance"].append(_drop_empty({
            "@type": "NewsArticle", "url": r["article_url"], "headline": r["headline"],
            "datePublished": r["day"].isoformat() if r["day"] else "", "text": r["said"],
            "author": _person(r["said_by"]),
            "publisher": {"@type": "Organization", "name": r["outlet"]} if r["outlet"] else None,
        }))
    for doc in out.values():  # a fact-check that names nobody: the claim's author is who said it
        item = doc["itemReviewed"]
        if "author" not in item:
            said_by = next((a["author"] for a in item["appearance"] if "author" in a), None)
            if said_by:
                item["author"] = said_by
    return list(out.values())


def run_export(warehouse: str, output: str, since: str | None) -> int:
    day = None
    if since:
        try:
            day = date.fromisoformat(since)
        except ValueError:
            return error(f"--since {since!r}: use a day as YYYY-MM-DD")
    try:
        con = connect(warehouse)
    except NoWarehouse as e:
        return error(str(e))
    try:
        cur = con.execute(APPEARANCES, {"since": day})
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    except duckdb.Error as e:
        return error(str(e).splitlines()[0])
    finally:
        con.close()
    docs = claim_reviews(rows)
    text = json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    if output == "-":
        sys.stdout.write(text)
    else:
        tmp = Path(output).with_name(f".{Path(output).name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
        n = sum(len(d["itemReviewed"]["appearance"]) for d in docs)
        print(f"wrote {len(docs)} ClaimReview(s) with {n} new appearance(s) to {output}", file=sys.stderr)
    return 0
