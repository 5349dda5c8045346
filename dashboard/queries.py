"""The dashboard's reads: one function per page, SQL over the warehouse views on a read-only,
sandboxed connection (`warehouse.catalog.connect`). Views show only committed batches, so a
page never shows half a batch, and every request opens its own connection, so a reload shows
what the writer committed since."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

import duckdb

from warehouse.lookup import rows_by_id
from warehouse.rows import CLAIM_PREFIX, QUOTE_PREFIX
from warehouse.statements import STATEMENTS, sides
from warehouse.store import Warehouse

PAGE = 20


@dataclass(frozen=True)
class Filters:
    relation: str = ""
    speaker: str = ""
    outlet: str = ""
    since: date | None = None
    until: date | None = None
    page: int = 1


def _raw(wh: Warehouse, table: str) -> str:
    """`table`'s Parquet files without its view's commit filter, for a query that keeps only
    committed rows by itself (it joins `articles`, or only feeds ids to committed matches):
    the view's filter would be paid twice. A table with no file yet is its (empty) view."""
    if not wh.files(table):
        return table
    return "read_parquet('" + wh.glob(table).replace("'", "''") + "', union_by_name=true)"


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def overview(con: duckdb.DuckDBPyConnection, wh: Warehouse) -> dict:
    # Quotes and claims are counted from the articles' own counts (the crash harness holds them
    # equal to the rows), so the overview reads 100k article rows, not a million statements.
    counts = rows(con, """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT coalesce(sum(n_quotes), 0)::BIGINT FROM articles) AS quotes,
               (SELECT coalesce(sum(n_claims), 0)::BIGINT FROM articles) AS claims,
               (SELECT count(*) FROM matches) AS matches,
               (SELECT count(*) FROM rejects) AS rejects, (SELECT count(*) FROM factchecks) AS factchecks""")[0]
    relations = rows(con, "SELECT relation, count(*) AS n FROM matches GROUP BY relation ORDER BY n DESC")
    per_day = rows(con, """
        SELECT coalesce(published_at::DATE, ingest_date) AS day, sum(n_quotes + n_claims)::BIGINT AS n
        FROM articles GROUP BY day ORDER BY day""")
    runs = rows(con, "SELECT run_id, command, status, started_at, n_articles, n_rejects, seconds "
                     "FROM runs ORDER BY started_at DESC LIMIT 5")
    return {"counts": counts, "relations": relations, "per_day": per_day, "runs": runs,
            "latest": conflicts(con, wh, Filters(), size=5)[0]}


def conflicts(con: duckdb.DuckDBPyConnection, wh: Warehouse, f: Filters, size: int = PAGE,
              exact_speaker: bool = False) -> tuple[list[dict], int]:
    """Conflicting and misattributed matches, newest first, with both sides; and the total.
    The page is chosen from the matches and their articles alone; only its own statements are
    then read with their facts (reading both sides of every conflict took a second at 1M)."""
    where, params = ["m.relation IN ('conflicting', 'misattributed')"], {}
    ctes = []
    if f.relation in ("conflicting", "misattributed"):
        where.append("m.relation = $relation")
        params["relation"] = f.relation
    if f.speaker:
        op = "=" if exact_speaker else "ILIKE"
        params["speaker"] = f.speaker if exact_speaker else f"%{f.speaker}%"
        ctes.append(f"""spoken AS (
            SELECT quote_id AS id FROM {_raw(wh, 'quotes')} WHERE speaker {op} $speaker
            UNION ALL SELECT claim_id FROM {_raw(wh, 'claims')} WHERE speaker {op} $speaker
            UNION ALL SELECT factcheck_id FROM factchecks WHERE speaker {op} $speaker)""")
        where.append("(m.statement_id IN (SELECT id FROM spoken) OR m.earlier_id IN (SELECT id FROM spoken))")
    if f.outlet:
        params["outlet"] = f"%{f.outlet}%"
        where.append("(a.outlet ILIKE $outlet"
                     " OR m.earlier_article_id IN (SELECT article_id FROM articles WHERE outlet ILIKE $outlet)"
                     " OR m.earlier_id IN (SELECT factcheck_id FROM factchecks WHERE publisher ILIKE $outlet))")
    if f.since:
        where.append("coalesce(a.published_at, a.ingested_at)::DATE >= $since")
        params["since"] = f.since
    if f.until:
        where.append("coalesce(a.published_at, a.ingested_at)::DATE <= $until")
        params["until"] = f.until
    chosen = f"""
        SELECT m.statement_id, m.earlier_id, m.relation, m.score, m.numeric,
               coalesce(a.published_at, a.ingested_at)::DATE AS day
        FROM matches m JOIN articles a USING (article_id)
        WHERE {' AND '.join(where)}"""
    with_ = "WITH " + ", ".join(ctes) + ", " if ctes else "WITH "
    offset = (max(f.page, 1) - 1) * size
    # one pass gives the page and the total (a speaker filter is paid once, not twice)
    page = rows(con, f"""{with_}c AS ({chosen})
        SELECT *, count(*) OVER () AS total FROM c
        ORDER BY day DESC NULLS LAST, score DESC, statement_id, earlier_id LIMIT {int(size)} OFFSET {int(offset)}""",
                params)
    if page:
        total = page[0]["total"]
    else:  # past the last page
        total = con.execute(f"{with_}c AS ({chosen}) SELECT count(*) FROM c", params).fetchall()[0][0]
    known = sides(con, wh, [m["statement_id"] for m in page] + [m["earlier_id"] for m in page])
    found = []
    for m in page:
        n, e = known.get(m["statement_id"]), known.get(m["earlier_id"])
        if n is None or e is None:  # a side not committed (or gone): nothing to show side by side
            continue
        found.append({"relation": m["relation"], "score": m["score"], "numeric": m["numeric"],
                      **{f"new_{k}": n[k] for k in _SIDE}, **{f"old_{k}": e[k] for k in (*_SIDE, "rating")}})
    return found, total


_SIDE = ("id", "what", "text", "speaker", "title", "outlet", "url", "day", "facts")


def statement(con: duckdb.DuckDBPyConnection, wh: Warehouse, sid: str) -> dict | None:
    found = (rows_by_id(con, wh, "quotes", "quote_id", [sid], _QUOTE) if sid.startswith(QUOTE_PREFIX) else
             rows_by_id(con, wh, "claims", "claim_id", [sid], _CLAIM) if sid.startswith(CLAIM_PREFIX) else [])
    article = rows(con, "SELECT title, outlet, url, published_at, ingested_at, text AS article_text FROM articles "
                        "WHERE article_id = ?", [found[0]["article_id"]]) if found else []
    if not article:  # no such statement, or its batch is not committed: maybe a fact-check
        fc = rows(con, "SELECT factcheck_id AS id, 'fact-check' AS what, text, speaker, title, publisher AS outlet, "
                       "url, rating, date FROM factchecks WHERE factcheck_id = ?", [sid])
        return {**fc[0], "factcheck": True, "facts": [], "earlier": [], "later": later(con, wh, sid)} if fc else None
    r = found[0]
    if "quote_id" in r:
        st = {"id": sid, "what": "quote", "kind": r["kind"], "score": r["confidence"], "features": []}
    else:
        st = {"id": sid, "what": "claim", "kind": ", ".join(r["kinds"] or []), "score": r["score"],
              "features": r["features"] or [], "speaker_mention": r["speaker"], "speaker_type": "", "cue": ""}
    st = {**r, **st, **article[0]}
    ms = rows(con, "SELECT earlier_id, relation, score FROM matches WHERE statement_id = ?", [sid])
    known = sides(con, wh, [m["earlier_id"] for m in ms])
    st["earlier"] = sorted(({"relation": m["relation"], "score": m["score"], **known[m["earlier_id"]]}
                            for m in ms if m["earlier_id"] in known), key=lambda x: -x["score"])
    st["later"] = later(con, wh, sid)
    return st


_QUOTE = ("quote_id", "article_id", "kind", "text", "start", "end", "speaker", "speaker_mention", "speaker_type",
          "cue", "confidence", "facts")
_CLAIM = ("claim_id", "article_id", "kinds", "text", "start", "end", "speaker", "score", "facts", "features")


def later(con: duckdb.DuckDBPyConnection, wh: Warehouse, sid: str) -> list[dict]:
    ms = rows(con, "SELECT statement_id, relation, score FROM matches WHERE earlier_id = ?", [sid])
    known = sides(con, wh, [m["statement_id"] for m in ms])
    found = [{"relation": m["relation"], "score": m["score"], **known[m["statement_id"]]}
             for m in ms if m["statement_id"] in known]
    found.sort(key=lambda x: -x["score"])
    found.sort(key=lambda x: (x["day"] is None, -(x["day"].toordinal() if x["day"] else 0)))
    return found


def speakers(con: duckdb.DuckDBPyConnection, limit: int = 200) -> list[dict]:
    return rows(con, f"""
        SELECT speaker, count(*) FILTER (WHERE what = 'quote') AS quotes,
               count(*) FILTER (WHERE what = 'claim') AS claims, count(*) AS n
        FROM ({STATEMENTS}) s WHERE coalesce(speaker, '') <> ''
        GROUP BY speaker ORDER BY n DESC, speaker LIMIT {int(limit)}""")


def speaker(con: duckdb.DuckDBPyConnection, wh: Warehouse, name: str) -> dict:
    """A speaker's statements (the latest 500), their count per month, their conflicts, and
    misattributions on either side. Statements are picked by an equality on `speaker`, which
    DuckDB pushes into the Parquet scans."""
    said = f"""
        SELECT s.id, s.what, s.kind, s.text, a.title, a.outlet, coalesce(a.published_at, a.ingested_at)::DATE AS day
        FROM (SELECT quote_id AS id, article_id, 'quote' AS what, kind, text FROM {_raw(wh, 'quotes')}
              WHERE speaker = $name
              UNION ALL
              SELECT claim_id, article_id, 'claim', array_to_string(kinds, ', '), text FROM {_raw(wh, 'claims')}
              WHERE speaker = $name) s
        JOIN articles a USING (article_id)"""
    # three independent reads, each on its own cursor: DuckDB runs them side by side
    with ThreadPoolExecutor(3) as pool:
        statements = pool.submit(rows, con.cursor(), f"{said} ORDER BY day DESC NULLS LAST, s.id LIMIT 500",
                                 {"name": name})
        per_month = pool.submit(rows, con.cursor(), f"""
            SELECT strftime(date_trunc('month', day), '%Y-%m') AS day, count(*) AS n FROM ({said})
            GROUP BY 1 ORDER BY 1""", {"name": name})
        both, _ = conflicts(con, wh, Filters(speaker=name), size=500, exact_speaker=True)
        statements, per_month = statements.result(), per_month.result()
    found = [c for c in both if c["relation"] == "conflicting"][:PAGE]
    credited = [{k: c[k] for k in ("new_id", "new_text", "new_speaker", "old_id", "old_speaker")}
                for c in both if c["relation"] == "misattributed"]
    return {"name": name, "statements": statements, "per_month": per_month, "conflicts": found, "credited": credited}


def runs(con: duckdb.DuckDBPyConnection) -> dict:
    return {"runs": rows(con, "SELECT * EXCLUDE (ingest_date) FROM runs ORDER BY started_at DESC LIMIT 100"),
            "rejects": rows(con, "SELECT source_path, source_line, reason, rejected_at, run_id FROM rejects "
                                 "ORDER BY rejected_at DESC LIMIT 500")}
