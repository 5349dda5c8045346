"""The dashboard's reads: one function per page, SQL over the warehouse views on a read-only,
sandboxed connection (`warehouse.catalog.connect`). Views show only committed batches, so a
page never shows half a batch, and every request opens its own connection, so a reload shows
what the writer committed since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from warehouse.statements import SIDES, STATEMENTS

PAGE = 20


@dataclass(frozen=True)
class Filters:
    relation: str = ""
    speaker: str = ""
    outlet: str = ""
    since: date | None = None
    until: date | None = None
    page: int = 1


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def overview(con: duckdb.DuckDBPyConnection) -> dict:
    counts = rows(con, """
        SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
               (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM matches) AS matches,
               (SELECT count(*) FROM rejects) AS rejects, (SELECT count(*) FROM factchecks) AS factchecks""")[0]
    relations = rows(con, "SELECT relation, count(*) AS n FROM matches GROUP BY relation ORDER BY n DESC")
    per_day = rows(con, """
        SELECT coalesce(published_at::DATE, ingest_date) AS day, sum(n_quotes + n_claims)::BIGINT AS n
        FROM articles GROUP BY day ORDER BY day""")
    runs = rows(con, "SELECT run_id, command, status, started_at, n_articles, n_rejects, seconds "
                     "FROM runs ORDER BY started_at DESC LIMIT 5")
    return {"counts": counts, "relations": relations, "per_day": per_day, "runs": runs,
            "latest": conflicts(con, Filters())[0][:5]}


def conflicts(con: duckdb.DuckDBPyConnection, f: Filters) -> tuple[list[dict], int]:
    """Conflicting and misattributed matches, newest first, with both sides; and the total."""
    where, params = ["m.relation IN ('conflicting', 'misattributed')"], []
    if f.relation in ("conflicting", "misattributed"):
        where.append("m.relation = ?")
        params.append(f.relation)
    if f.speaker:
        where.append("(n.speaker ILIKE ? OR e.speaker ILIKE ?)")
        params += [f"%{f.speaker}%"] * 2
    if f.outlet:
        where.append("(n.outlet ILIKE ? OR e.outlet ILIKE ?)")
        params += [f"%{f.outlet}%"] * 2
    if f.since:
        where.append("n.day >= ?")
        params.append(f.since)
    if f.until:
        where.append("n.day <= ?")
        params.append(f.until)
    base = f"""
        WITH m AS (SELECT * FROM matches WHERE relation IN ('conflicting', 'misattributed')),
        ids AS (SELECT statement_id AS id FROM m UNION SELECT earlier_id FROM m),
        sides AS ({SIDES.format(ids='ids')})
        SELECT m.relation, m.score, m.numeric,
               n.id AS new_id, n.what AS new_what, n.text AS new_text, n.speaker AS new_speaker,
               n.title AS new_title, n.outlet AS new_outlet, n.url AS new_url, n.day AS new_day, n.facts AS new_facts,
               e.id AS old_id, e.what AS old_what, e.text AS old_text, e.speaker AS old_speaker,
               e.title AS old_title, e.outlet AS old_outlet, e.url AS old_url, e.day AS old_day,
               e.facts AS old_facts, e.rating AS old_rating
        FROM m JOIN sides n ON n.id = m.statement_id JOIN sides e ON e.id = m.earlier_id
        WHERE {' AND '.join(where)}"""
    if len(where) == 1 + bool(f.relation in ("conflicting", "misattributed")):  # no side filter: count matches
        total = con.execute(f"SELECT count(*) FROM matches m WHERE {' AND '.join(where)}", params).fetchone()[0]
    else:
        total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    page = max(f.page, 1)
    found = rows(con, f"{base} ORDER BY n.day DESC NULLS LAST, m.score DESC, n.id LIMIT {PAGE} OFFSET {(page - 1) * PAGE}",
                 params)
    return found, total


def statement(con: duckdb.DuckDBPyConnection, sid: str) -> dict | None:
    found = rows(con, f"""
        SELECT s.*, a.title, a.outlet, a.url, a.published_at, a.ingested_at, a.text AS article_text
        FROM ({STATEMENTS}) s JOIN articles a USING (article_id) WHERE s.id = ?""", [sid])
    if not found:
        fc = rows(con, "SELECT factcheck_id AS id, 'fact-check' AS what, text, speaker, title, publisher AS outlet, "
                       "url, rating, date FROM factchecks WHERE factcheck_id = ?", [sid])
        return {**fc[0], "factcheck": True, "facts": [], "earlier": [], "later": later(con, sid)} if fc else None
    st = found[0]
    st["earlier"] = rows(con, f"""
        WITH m AS (SELECT * FROM matches WHERE statement_id = $sid), ids AS (SELECT earlier_id AS id FROM m),
        sides AS ({SIDES.format(ids='ids')})
        SELECT m.relation, m.score, e.* FROM m JOIN sides e ON e.id = m.earlier_id ORDER BY m.score DESC""",
                         {"sid": sid})
    st["later"] = later(con, sid)
    return st


def later(con: duckdb.DuckDBPyConnection, sid: str) -> list[dict]:
    return rows(con, f"""
        WITH m AS (SELECT * FROM matches WHERE earlier_id = $sid), ids AS (SELECT statement_id AS id FROM m),
        sides AS ({SIDES.format(ids='ids')})
        SELECT m.relation, m.score, n.* FROM m JOIN sides n ON n.id = m.statement_id
        ORDER BY n.day DESC NULLS LAST, m.score DESC""", {"sid": sid})


def speakers(con: duckdb.DuckDBPyConnection, limit: int = 200) -> list[dict]:
    return rows(con, f"""
        SELECT speaker, count(*) FILTER (WHERE what = 'quote') AS quotes,
               count(*) FILTER (WHERE what = 'claim') AS claims, count(*) AS n
        FROM ({STATEMENTS}) s WHERE coalesce(speaker, '') <> ''
        GROUP BY speaker ORDER BY n DESC, speaker LIMIT {int(limit)}""")


def speaker(con: duckdb.DuckDBPyConnection, name: str) -> dict:
    statements = rows(con, f"""
        SELECT s.id, s.what, s.kind, s.text, a.title, a.outlet, coalesce(a.published_at, a.ingested_at)::DATE AS day
        FROM ({STATEMENTS}) s JOIN articles a USING (article_id) WHERE s.speaker = ?
        ORDER BY day DESC NULLS LAST, s.id LIMIT 500""", [name])
    per_month = rows(con, f"""
        SELECT strftime(date_trunc('month', coalesce(a.published_at, a.ingested_at)), '%Y-%m') AS day, count(*) AS n
        FROM ({STATEMENTS}) s JOIN articles a USING (article_id) WHERE s.speaker = ?
        GROUP BY 1 ORDER BY 1""", [name])
    found, _ = conflicts(con, Filters(relation="conflicting", speaker=name))
    credited = rows(con, f"""
        WITH m AS (SELECT * FROM matches WHERE relation = 'misattributed'),
        ids AS (SELECT statement_id AS id FROM m UNION SELECT earlier_id FROM m),
        sides AS ({SIDES.format(ids='ids')})
        SELECT n.id AS new_id, n.text AS new_text, n.speaker AS new_speaker, e.id AS old_id, e.speaker AS old_speaker
        FROM m JOIN sides n ON n.id = m.statement_id JOIN sides e ON e.id = m.earlier_id
        WHERE n.speaker = $name OR e.speaker = $name""", {"name": name})
    return {"name": name, "statements": statements, "per_month": per_month,
            "conflicts": [c for c in found if name in (c["new_speaker"], c["old_speaker"])], "credited": credited}


def runs(con: duckdb.DuckDBPyConnection) -> dict:
    return {"runs": rows(con, "SELECT * EXCLUDE (ingest_date) FROM runs ORDER BY started_at DESC LIMIT 100"),
            "rejects": rows(con, "SELECT source_path, source_line, reason, rejected_at, run_id FROM rejects "
                                 "ORDER BY rejected_at DESC LIMIT 500")}


def sides(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict]:
    """Committed statements and fact-checks by id (ids of an uncommitted batch are left out)."""
    if not ids:
        return {}
    found = rows(con, f"WITH ids AS (SELECT unnest($ids::VARCHAR[]) AS id), sides AS ({SIDES.format(ids='ids')}) "
                      "SELECT * FROM sides", {"ids": ids})
    return {r["id"]: r for r in found}
