"""Which matches deserve an alert, what an alert says, and which alerts a sink still owes.

Worth a fact-checker's time, among matches made by `watch` runs (a batch `track` of an archive
never floods the desk): a statement that repeats or agrees with an imported fact-check, a
`conflicting` match (its numbers differ) and a `misattributed` quote. An alert is raised once
per (new article, earlier article or fact-check, relation), ever: a claim and the quote that
contains it, matched against two overlapping statements of one earlier article, are one finding
for a desk, not four. Its id is a hash of that key, and the `alerts` table remembers it across
restarts; the payload shows the best-scoring pair and how many pairs agree with it. Each alert lists the sinks it is due at; it stays pending
at a sink until a `deliveries` row says it arrived there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import duckdb

from claims.ids import digest
from warehouse.match import claim_side
from warehouse.statements import sides
from warehouse.store import Warehouse

CANDIDATES = """
    SELECT m.statement_id, m.article_id, m.earlier_id, m.earlier_article_id, m.relation, m.score, m.run_id
    FROM matches m JOIN runs r ON r.run_id = m.run_id AND r.command = 'watch'
    WHERE m.relation IN ('conflicting', 'misattributed')
       OR (starts_with(m.earlier_article_id, 'fc:') AND m.relation IN ('repeat', 'consistent'))
    ORDER BY m.run_id, m.score DESC, m.statement_id, m.earlier_id
"""


@dataclass(frozen=True, slots=True)
class Pending:
    alert_id: str
    payload: str  # JSON


def alert_id(article_id: str, earlier_article_id: str, relation: str) -> str:
    return "al" + digest("alert", article_id, earlier_article_id, relation)


def kind_of(relation: str, earlier_is_factcheck: bool) -> str:
    if relation == "misattributed":
        return "misattribution"
    if relation == "conflicting":
        return "conflict"
    return "factcheck" if earlier_is_factcheck else relation


def _plain(v: object) -> object:
    return v.isoformat() if isinstance(v, date | datetime) else v


def _numbers(facts: list[dict] | None) -> list[dict]:
    """Facts without their empty fields: what a reader of the alert compares."""
    return [{k: _plain(v) for k, v in f.items() if v is not None and v != ""} for f in facts or []]


def _side(row: dict | None) -> dict:
    if row is None:
        return {}
    facts = row["facts"]
    if row["what"] == "fact-check":  # stored without facts: parse its numbers as `check` does
        facts = list(claim_side(row["text"]).facts)
    out = {"id": row["id"], "what": row["what"], "text": row["text"], "speaker": row["speaker"] or "",
           "date": _plain(row["day"]), "title": row["title"] or "", "url": row["url"] or "",
           "outlet": row["outlet"] or "", "numbers": _numbers(facts)}
    if row["what"] == "fact-check":
        out["rating"] = row["rating"] or ""
    return out


def new_alerts(con: duckdb.DuckDBPyConnection, wh: Warehouse, known: set[str], sinks: list[str], run_id: str,
               now: datetime) -> list[dict]:
    """Rows for the `alerts` table: matches worth an alert that have none yet."""
    cur = con.execute(CANDIDATES)
    cols = [d[0] for d in cur.description]
    found = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    best: dict[str, dict] = {}
    pairs: dict[str, int] = {}
    for m in found:  # ordered by score: the first pair of each key is its best
        key = alert_id(m["article_id"], m["earlier_article_id"], m["relation"])
        if key not in known:
            best.setdefault(key, m)
            pairs[key] = pairs.get(key, 0) + 1
    found = list(best.values())
    if not found:
        return []
    ids = sorted({m["statement_id"] for m in found} | {m["earlier_id"] for m in found})
    found_sides = sides(con, wh, ids)
    rows = []
    for aid, m in best.items():
        is_fc = m["earlier_article_id"].startswith("fc:")
        kind = kind_of(m["relation"], is_fc)
        new, old = _side(found_sides.get(m["statement_id"])), _side(found_sides.get(m["earlier_id"]))
        payload = {
            "alert_id": aid, "kind": kind, "relation": m["relation"], "score": round(float(m["score"]), 4),
            "statement": new, "earlier": old,
            "numbers": {"statement": new.get("numbers", []), "earlier": old.get("numbers", [])},
            "pairs": pairs[aid], "raised_at": now.isoformat(), "run_id": m["run_id"],
        }
        if is_fc:
            payload["factcheck"] = {"rating": old.get("rating", ""), "url": old.get("url", ""),
                                    "publisher": old.get("outlet", "")}
        rows.append({"alert_id": aid, "kind": kind, "statement_id": m["statement_id"],
                     "earlier_id": m["earlier_id"], "relation": m["relation"], "sinks": list(sinks),
                     "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
                     "created_at": now, "run_id": run_id})
    return rows


def known_alerts(wh: Warehouse) -> set[str]:
    return wh.read_column("alerts", "alert_id")


def pending(wh: Warehouse, sinks: list[str]) -> dict[str, list[Pending]]:
    """Per sink, the alerts due there and not delivered yet, oldest first."""
    delivered: set[tuple[str, str]] = set()
    for t in wh.iter_batches("deliveries", ["alert_id", "sink"]):
        delivered.update(zip(t.column("alert_id").to_pylist(), t.column("sink").to_pylist(), strict=True))
    out: dict[str, list[Pending]] = {s: [] for s in sinks}
    rows = []
    for t in wh.iter_batches("alerts", ["alert_id", "sinks", "payload", "created_at"]):
        rows.extend(t.to_pylist())
    rows.sort(key=lambda r: (r["created_at"], r["alert_id"]))
    for r in rows:
        for s in r["sinks"] or []:
            if s in out and (r["alert_id"], s) not in delivered:
                out[s].append(Pending(r["alert_id"], r["payload"]))
    return out
