"""`factrack check "TEXT"`: earlier statements for one claim, with speaker, article and relation."""

from __future__ import annotations

import sys
from pathlib import Path

from flows.summary import print_table
from warehouse import catalog
from warehouse.match import check
from warehouse.store import Warehouse


def run_check(text: str, warehouse: str, k: int) -> int:
    if not (Path(warehouse) / catalog.CATALOG).exists():
        print(f"factrack: error: no warehouse at {Path(warehouse).resolve()} (run `factrack demo` first)", file=sys.stderr)
        return 2
    found = check(Warehouse(warehouse), text, k)
    if not found:
        print("no earlier statement found")
        return 0
    con = catalog.connect(warehouse)
    try:
        rows = []
        for r in found:
            meta = con.execute(
                "SELECT s.text, s.speaker, a.title, coalesce(a.outlet, ''), a.published_at "
                "FROM (SELECT quote_id AS id, article_id, text, speaker FROM quotes "
                "      UNION ALL SELECT claim_id, article_id, text, speaker FROM claims) s "
                "JOIN articles a USING (article_id) WHERE s.id = ?", [r["id"]]).fetchone()
            text_, speaker, title, outlet, published = meta or ("", "", "", "", None)
            rows.append((r["relation"], r["score"], speaker, text_[:120], (title or "")[:60], outlet, published, r["id"]))
    finally:
        con.close()
    print_table(["relation", "score", "speaker", "statement", "article", "outlet", "published", "id"], rows, "table", k)
    return 0
