"""`factrack check "TEXT"`: earlier statements for one claim, with speaker, article and relation."""

from __future__ import annotations

import sys
from pathlib import Path

from claims.dates import parse_date
from warehouse import catalog
from warehouse.match import check
from warehouse.store import Warehouse


def run_check(text: str, warehouse: str, k: int, on: str | None = None) -> int:
    if not (Path(warehouse) / catalog.CATALOG).exists():
        print(f"factrack: error: no warehouse at {Path(warehouse).resolve()} (run `factrack demo` first)", file=sys.stderr)
        return 2
    when = parse_date(on) if on else None
    if on and when is None:
        print(f"factrack: error: --date {on!r} is not a date (try 2017-08-22)", file=sys.stderr)
        return 2
    found = check(Warehouse(warehouse), text, k, when)
    if not found:
        print("no earlier statement found")
        return 0
    con = catalog.connect(warehouse)
    try:
        for n, r in enumerate(found, start=1):
            meta = con.execute(
                "SELECT s.text, s.speaker, a.title, coalesce(a.outlet, ''), a.published_at::VARCHAR, '' "
                "FROM (SELECT quote_id AS id, article_id, text, speaker FROM quotes "
                "      UNION ALL SELECT claim_id, article_id, text, speaker FROM claims) s "
                "JOIN articles a USING (article_id) WHERE s.id = ? "
                "UNION ALL SELECT text, speaker, title, publisher, date, rating FROM factchecks "
                "WHERE factcheck_id = ?", [r["id"], r["id"]]).fetchone()
            text_, speaker, title, outlet, published, rating = meta or ("", "", "", "", None, "")
            verdict = f"  [fact-check: {rating}]" if rating else ""
            print(f"{n}. {r['relation']}{verdict}  score {r['score']:.2f}")
            print(f"   \u201c{text_}\u201d")
            where = " · ".join(x for x in (speaker or "", title or "", outlet or "", (published or "")[:10]) if x)
            print(f"   \u2014 {where}  ({r['id']})" if where else f"   ({r['id']})")
    finally:
        con.close()
    return 0
