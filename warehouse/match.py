"""Retrieval for matching: a postings index kept as Parquet, scored with BM25 in DuckDB SQL.

rapidfuzz alone is a poor retriever (MAP@5 0.13 measured on CheckThat! 2A), so DuckDB ranks
candidates by BM25 over the postings and `claims.relate` then re-scores the top few and names
the relation. Very common terms are pruned: they cost most of the join and carry no signal.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from claims.dates import parse_date, recency
from claims.extract import extract
from claims.facts import extract_facts
from claims.relate import Relation, Side, relate
from claims.tokens import term_counts
from warehouse.catalog import retrying
from warehouse.lookup import rows_by_id
from warehouse.rows import by_table, fact_row
from warehouse.run_index import RunIndex
from warehouse.schemas import SCHEMAS
from warehouse.store import Warehouse, file_stats, postings_stats, read_parquet

K1, B = 1.2, 0.75
TOP_K = 5
MIN_RELATIVE_BM25 = 0.5  # in track, candidates under half the best BM25 are not re-scored
MAX_QUERY_TERMS = 12  # a query's rarest terms carry its match; the rest only cost joins
TRACK_K = 3  # candidates re-scored per new statement in `track`
TRACK_DF_SHARE = 0.0004  # ... or this share of the statements, whichever is larger
TRACK_MAX_DF = 100  # in `track`, terms in more statements than this are skipped ...
RECENCY_WEIGHT = 0.08  # per unit of claims.dates.recency; set on CheckThat! 2022 2B train
DATED_DEPTH = 100  # candidates re-ranked when dates can reorder them
MIN_SCORE = 0.6  # combined score under which a candidate is not reported as a match
COMMON_DF = 0.05  # terms in more than this share of statements are pruned (with >= 2000 statements)

_DOCS = pa.schema([("statement_id", pa.string()), ("article_id", pa.string()), ("ord", pa.int32()),
                   ("term", pa.string()), ("tf", pa.int16()), ("doc_len", pa.int16())])
_POSTINGS = SCHEMAS["postings"]
_QUERIES = pa.schema([("qid", pa.string()), ("q_article", pa.string()), ("qord", pa.int32()),
                      ("term", pa.string()), ("qtf", pa.int16())])


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    article_id: str
    ord: int  # position of its article in the batch; earlier-ness within one batch
    side: Side
    index_text: str


def postings_table(statements: Iterable[Statement]) -> pa.Table:
    """The batch's postings as one Arrow table, built column by column: a batch has ~100k of
    them, and as dicts they cost more to pickle back from a worker, convert and write than to
    compute. Per statement only its terms and counts are listed in Python; its id, article and
    length are repeated over its rows by Arrow."""
    sid, aid, dl, width, term, tf = [], [], [], [], [], []
    for st in statements:
        counts = term_counts(st.index_text)
        sid.append(st.id)
        aid.append(st.article_id)
        dl.append(min(sum(counts.values()), 32767))
        width.append(len(counts))
        term.extend(counts)
        tf.extend(counts.values())
    rows = pa.array(np.repeat(np.arange(len(sid), dtype=np.int64), width))
    terms = pa.array(term, pa.string())
    if len(terms) and pc.max(pc.utf8_length(terms)).as_py() > 64:
        terms = pc.utf8_slice_codeunits(terms, 0, 64)
    return pa.Table.from_arrays([pa.array(sid, pa.string()).take(rows), pa.array(aid, pa.string()).take(rows), terms,
                                 pa.array(np.minimum(np.asarray(tf, np.int64), 32767), pa.int16()),
                                 pa.array(dl, pa.int16()).take(rows)], schema=_POSTINGS)


def postings_rows(statements: Iterable[Statement]) -> list[dict]:
    """The same postings as dicts, for the writers that take rows."""
    return postings_table(statements).to_pylist()


def factcheck_postings(rows: list[dict]) -> list[dict]:
    """Postings for imported fact-checks: indexed on speaker, title and claim text."""
    return postings_rows(
        Statement(r["factcheck_id"], "fc:" + r["factcheck_id"], -1, Side(r["text"], "factcheck", r["speaker"]),
                  f"{r['speaker']} {r['title']} {r['text']}")
        for r in rows
    )


def statements_from_tables(tables: dict[str, list[dict]]) -> list[Statement]:
    """New quotes and claims of a batch, in article order, with the text to index."""
    order = {a["article_id"]: i for i, a in enumerate(tables.get("articles", []))}
    out = []
    for q in tables.get("quotes", []):
        content, facts = q.get("content") or q["text"], tuple(q.get("facts") or ())
        out.append(Statement(q["quote_id"], q["article_id"], order.get(q["article_id"], 0),
                             Side(q["text"], "quote", q["speaker"] or "", facts, f"{q['speaker'] or ''} {content}"),
                             f"{q['speaker'] or ''} {content}"))
    for c in tables.get("claims", []):
        out.append(Statement(c["claim_id"], c["article_id"], order.get(c["article_id"], 0),
                             Side(c["text"], "claim", c["speaker"] or "", tuple(c["facts"] or ())),
                             f"{c['speaker'] or ''} {c['text']}"))
    return out


LITERAL_TERMS = 256  # queries with at most this many distinct terms name them in the SQL


def _sql_list(values: Iterable[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def bm25_sql(k: int, prune: bool, n: int, avgdl: float, max_df: int | None = None, max_terms: int = 1000,
             terms: Sequence[str] | None = None) -> str:
    """Top-k BM25 candidates per query over `docs`, excluding the query's own article and
    anything not earlier than it. Terms in more than COMMON_DF of the statements (`prune`) or
    in more than `max_df` statements are skipped: they cost most of the join, say little, and
    an absolute cap keeps the cost per query flat as the warehouse grows. `n` and `avgdl` are
    the index's statement count and mean length. With `terms` (the queries' distinct terms)
    the scans name them literally, so DuckDB skips the Parquet row groups of other terms."""
    prune_clause = f"AND df.df <= greatest(2, {COMMON_DF} * {n})" if prune else ""
    if max_df is not None:
        prune_clause += f" AND df.df <= {int(max_df)}"
    only = f"term IN ({_sql_list(terms)})" if terms else "term IN (SELECT DISTINCT term FROM q)"
    postings = f"(SELECT * FROM docs WHERE {only})" if terms else "docs"
    return f"""
    WITH df AS (
        SELECT term, count(*) AS df FROM docs WHERE {only} GROUP BY term
    ),
    qterms AS (
        SELECT q.qid, q.q_article, q.qord, q.term, df.df FROM q JOIN df USING (term)
        WHERE true {prune_clause}
        QUALIFY row_number() OVER (PARTITION BY q.qid ORDER BY df.df, q.term) <= {max_terms}
    ),
    scored AS (
        SELECT q.qid, d.statement_id, d.article_id,
               -- rounded: a parallel sum adds terms in any order, and ties must break by id alone
               round(sum(ln(1 + ({n}::DOUBLE - q.df + 0.5) / (q.df + 0.5))
                   * d.tf * ({K1} + 1) / (d.tf + {K1} * (1 - {B} + {B} * d.doc_len / {avgdl!r}::DOUBLE))), 9) AS score
        FROM qterms q JOIN {postings} d USING (term)
        WHERE d.article_id <> q.q_article AND d.ord < q.qord
        GROUP BY q.qid, d.statement_id, d.article_id
    )
    ,
    -- the k best per query, by score and then id: one aggregate instead of a window over every pair
    top AS (
        SELECT qid, min_by({{'statement_id': statement_id, 'article_id': article_id, 'score': score}},
                           {{'neg': -score, 'id': statement_id}}, {int(k)}) AS best
        FROM scored GROUP BY qid
    )
    SELECT qid, b.statement_id AS statement_id, b.article_id AS article_id, b.score AS score
    FROM (SELECT qid, unnest(best) AS b FROM top)
    ORDER BY qid, score DESC, statement_id
    """


def _query_table(statements: Sequence[Statement]) -> pa.Table:
    rows = []
    for st in statements:
        for term, tf in term_counts(st.index_text).items():
            rows.append({"qid": st.id, "q_article": st.article_id, "qord": st.ord, "term": term[:64], "qtf": tf})
    return pa.Table.from_pylist(rows, schema=_QUERIES)


def docs_stats(con: duckdb.DuckDBPyConnection, relation: str = "docs") -> tuple[int, int]:
    """(statements, summed length) of a postings relation: one row per statement counted."""
    n, total = con.execute(f"SELECT count(*), coalesce(sum(dl), 0)::BIGINT FROM (SELECT statement_id, "
                           f"any_value(doc_len) AS dl FROM {relation} GROUP BY statement_id)").fetchall()[0]
    return int(n), int(total)


class IndexStats:
    """(statements, summed length) of the warehouse's postings files, kept per file. Files record
    both in their footer when written (`store.file_stats`); an older file is scanned once. A
    file never changes once renamed into place (a rewrite or a compaction gives a new mtime or
    name), so a long-lived reader (the dashboard) or a long run (`track`) reads each footer
    once, not the whole index on every query: that scan was 0.3-3 s at 1M statements."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[tuple[str, int, int], tuple[int, int]] = {}

    def __call__(self, wh: Warehouse) -> tuple[int, int]:
        known: dict[tuple[str, int, int], tuple[int, int]] = {}
        for p in wh.files("postings"):
            try:
                st = p.stat()
                key = (str(p), st.st_mtime_ns, st.st_size)
                with self._lock:
                    found = self._files.get(key)
                if found is None:  # an older file without statistics in its footer is read once
                    found = file_stats(p) or postings_stats(read_parquet(p, columns=["statement_id", "doc_len"]))
            except FileNotFoundError:  # compacted away since the listing
                continue
            known[key] = found
        with self._lock:
            self._files = known  # forget files that are gone
        return sum(v[0] for v in known.values()), sum(v[1] for v in known.values())


index_stats = IndexStats()


def _grown(max_df: int, n: int) -> int:
    """Track's document-frequency cap over n statements: `max_df`, or TRACK_DF_SHARE of them."""
    return max(max_df, int(n * TRACK_DF_SHARE))


def retrieve(
    con: duckdb.DuckDBPyConnection, queries: Sequence[Statement], k: int = TOP_K, max_df: int | None = None,
    query_view: str | None = None, cap_df: int | None = None, stats: tuple[int, int] | None = None,
) -> dict[str, list[tuple[str, str, float]]]:
    """{query id: [(statement id, article id, bm25)]} using the `docs` relation on `con`; the
    query terms come from `query_view` when given, else are counted here. `max_df` is track's
    cap (it grows with the index, and only each query's rarest terms are kept); `cap_df` is a
    plain absolute cap on the statements a term may be in. `stats` is (statements, summed
    length) of `docs` when the caller knows it (`index_stats`); else it is counted."""
    if not queries:
        return {}
    terms = None
    if query_view:
        con.execute(f"CREATE OR REPLACE TEMP VIEW q AS SELECT * FROM {query_view}")
    else:
        qt = _query_table(queries)
        distinct = sorted(set(qt.column("term").to_pylist()))
        if len(distinct) <= LITERAL_TERMS:
            terms = distinct
        con.register("q", qt)
    try:
        n, total = stats if stats is not None else docs_stats(con)
        if n == 0 or terms == []:
            return {}
        limit = MAX_QUERY_TERMS if max_df is not None else 1000
        if max_df is not None:  # the cap grows slowly with the warehouse, so recall holds at scale
            max_df = _grown(max_df, n)
        if cap_df is not None:
            max_df = cap_df if max_df is None else min(max_df, cap_df)
        rows = con.execute(bm25_sql(k, n >= 2000, n, total / n, max_df, limit, terms)).fetchall()
    finally:
        if not query_view:
            con.unregister("q")
    out: dict[str, list[tuple[str, str, float]]] = {}
    for qid, sid, aid, score in rows:
        out.setdefault(qid, []).append((sid, aid, float(score)))
    return out


def _connect() -> duckdb.DuckDBPyConnection:
    """An in-memory connection for retrieval; no progress bar (a dashboard's log or a track
    run's output is no terminal for one)."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    return con


def _earlier_docs(wh: Warehouse, con: duckdb.DuckDBPyConnection, batch_rows: pa.Table | list[dict],
                  orders: dict[str, int]) -> None:
    if not isinstance(batch_rows, pa.Table):
        batch_rows = pa.Table.from_pylist(batch_rows, schema=_POSTINGS)
    ords = pa.array([orders.get(a, 0) for a in batch_rows.column("article_id").to_pylist()], pa.int32())
    batch = pa.Table.from_arrays([batch_rows.column("statement_id"), batch_rows.column("article_id"), ords,
                                  batch_rows.column("term"), batch_rows.column("tf"), batch_rows.column("doc_len")],
                                 schema=_DOCS)
    con.register("batch_docs", batch)
    if wh.files("postings"):
        glob = wh.glob("postings").replace("'", "''")
        con.execute(
            "CREATE OR REPLACE TEMP VIEW docs AS "
            f"SELECT statement_id, article_id, -1::INTEGER AS ord, term, tf, doc_len FROM read_parquet('{glob}') "
            "UNION ALL SELECT * FROM batch_docs"
        )
    else:
        con.execute("CREATE OR REPLACE TEMP VIEW docs AS SELECT * FROM batch_docs")


def _lookup(wh: Warehouse, con: duckdb.DuckDBPyConnection, table: str, columns: str, key: str,
            ids: list[str]) -> list[tuple]:
    """`columns` of the stored `table` rows whose `key` is one of `ids` ([] when none is stored);
    a column an older file lacks is None."""
    names = [c.strip() for c in columns.split(",")]
    return [tuple(r[c] for c in names) for r in rows_by_id(con, wh, table, key, ids, names)]


def fetch_sides(wh: Warehouse, con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, tuple[Side, str]]:
    """Side and article id of earlier statements stored in the warehouse."""
    want = sorted(ids)
    out: dict[str, tuple[Side, str]] = {}
    qs, cs = by_table(want)
    for qid, aid, text, speaker, content, facts in _lookup(
            wh, con, "quotes", "quote_id, article_id, text, speaker, content, facts", "quote_id", qs):
        out[qid] = (Side(text, "quote", speaker or "", tuple(facts or ()), f"{speaker or ''} {content or text}"), aid)
    for cid, aid, text, speaker, facts in _lookup(
            wh, con, "claims", "claim_id, article_id, text, speaker, facts", "claim_id", cs):
        out[cid] = (Side(text, "claim", speaker or "", tuple(facts or ())), aid)
    rest = [i for i in want if i not in out]  # a fact-check id may start with anything
    for fid, text, speaker in _lookup(wh, con, "factchecks", "factcheck_id, text, speaker", "factcheck_id", rest):
        out[fid] = (claim_side(text, speaker or "", "factcheck"), "fc:" + fid)
    return out


def same_words_key(article_id: str, side: Side) -> tuple[str, str]:
    """A claim and a quote over the same words of one article are one statement to a reader."""
    return article_id, _same_words(side.text)


@lru_cache(maxsize=1 << 16)  # every candidate pair asks; the candidates repeat
def _same_words(text: str) -> str:
    return text.strip(" .,“”\"").lower()


def combine(bm25: float, best_bm25: float, fuzzy: float, numeric: float) -> float:
    """One 0-1 score: retrieval strength relative to the best candidate, fuzzy words, numbers."""
    rel = bm25 / best_bm25 if best_bm25 > 0 else 0.0
    return round(0.35 * rel + 0.55 * fuzzy + 0.1 * abs(numeric), 4)


class RecentSides:
    """The sides of the statements a run matched lately, by id, so the next batches read from the
    warehouse only the earlier statements not among them. Within a run most candidates are the
    run's own recent statements (a wire story lands in many outlets within hours), and reading
    them back cost a scan of every stored statement's text per batch. Bounded: the oldest go
    first. The sides are the ones `fetch_sides` would read back, so the matches do not depend on
    what is held here (a resumed run starts empty and finds the same)."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self._sides: OrderedDict[str, tuple[Side, str]] = OrderedDict()

    def take(self, ids: set[str]) -> dict[str, tuple[Side, str]]:
        return {i: self._sides[i] for i in ids if i in self._sides}

    def add(self, statements: Sequence[Statement]) -> None:
        for st in statements:
            self._sides[st.id] = (st.side, st.article_id)
        while len(self._sides) > self.limit:
            self._sides.popitem(last=False)


@lru_cache(maxsize=1 << 16)  # on 4,000 articles, 138k misses against 136k with 4x the size
def relate_quick(new: Side, old: Side) -> Relation:
    """`relate(quick=True)`, remembered by the two sides' contents. A wire story printed by
    many outlets within hours gives the same pair of sides once per pair of outlets, and this
    decides each such pair once (on 4,000 articles that repeat their texts about five times,
    138k of 336k pairs are decided). The newest pairs stay."""
    return relate(new, old, quick=True)


def track_cap(n: int) -> int:
    """The document frequency a query term of `track` may have in an index of n statements:
    the cap of `retrieve(max_df=TRACK_MAX_DF)` together with the common-term pruning."""
    cap = _grown(TRACK_MAX_DF, n)
    if n >= 2000:
        cap = min(cap, max(2, int(n * COMMON_DF + 1e-9)))
    return cap


def run_index(wh: Warehouse) -> RunIndex:
    """An in-memory index for one `track` run over `wh` (read at its first batch)."""
    return RunIndex(wh, track_cap, MAX_QUERY_TERMS, K1, B)


def match_batch(wh: Warehouse, tables: dict[str, list[dict]], run_id: str, k: int = TRACK_K,
                recent: RecentSides | None = None, index: RunIndex | None = None) -> dict[str, list[dict]]:
    """Matches of the batch's statements against everything earlier (postings are computed here
    unless extraction already did). `recent` holds sides the run already has; the batch's own
    are added to it once it is matched. `index` is the run's in-memory index (`run_index`), used
    once it has been started (`RunIndex.prefetch`); else DuckDB scores the batch over the stored
    postings: the same candidates, slower over many batches at scale, but nothing to read first."""
    statements = statements_from_tables(tables)
    postings = tables.get("postings")
    if postings is None:
        postings = postings_table(statements)
    if not statements:
        return {"postings": postings, "matches": []}
    if not isinstance(postings, pa.Table):
        postings = pa.Table.from_pylist(postings, schema=_POSTINGS)
    orders = {st.article_id: st.ord for st in statements}
    con = _connect()
    try:
        n, total = index_stats(wh)
        bn, btotal = postings_stats(postings)
        if index is not None and index.started:
            found = index.retrieve(postings, orders, k, (n + bn, total + btotal), floor=MIN_RELATIVE_BM25)
        else:
            _earlier_docs(wh, con, postings, orders)
            con.execute("CREATE OR REPLACE TEMP VIEW batch_queries AS SELECT statement_id AS qid, "
                        "article_id AS q_article, ord AS qord, term, tf AS qtf FROM batch_docs")
            found = retrieve(con, statements, k, TRACK_MAX_DF, query_view="batch_queries",
                             stats=(n + bn, total + btotal))
        by_id = {st.id: st for st in statements}
        wanted = {sid for c in found.values() for sid, _, score in c if score >= MIN_RELATIVE_BM25 * c[0][2]}
        earlier = wanted - set(by_id)
        held = recent.take(earlier) if recent is not None else {}
        stored = {**held, **fetch_sides(wh, con, earlier - set(held))}
    finally:
        con.close()
    matches = []
    for qid, cands in found.items():
        q = by_id[qid]
        best = cands[0][2]
        seen: set[tuple[str, str]] = set()
        for sid, aid, score in cands:
            other = by_id[sid].side if sid in by_id else stored.get(sid, (None, aid))[0]
            if other is None or score < MIN_RELATIVE_BM25 * best:
                continue
            key = same_words_key(aid, other)
            if key in seen:
                continue
            seen.add(key)
            rel = relate_quick(q.side, other)
            total = combine(score, best, rel.fuzzy, rel.numeric)
            if rel.relation == "related" or total < MIN_SCORE:
                continue
            matches.append({
                "statement_id": qid, "article_id": q.article_id, "earlier_id": sid,
                "earlier_article_id": aid, "relation": rel.relation, "score": total,
                "retrieval": round(score, 4), "fuzzy": rel.fuzzy, "numeric": rel.numeric, "run_id": run_id,
            })
    if recent is not None:
        recent.add(statements)
    return {"postings": postings, "matches": matches}


def rank(statement: Statement, cands: list[tuple[str, str, float]], sides: dict[str, Side],
         when: date | None = None, dates: dict[str, date | None] | None = None) -> list[dict]:
    """Re-score BM25 candidates with relate(); best first, every relation kept. With the new
    statement's date (`when`) and the candidates' `dates`, recent earlier statements rank higher."""
    out = []
    best = cands[0][2] if cands else 0.0
    dates = dates or {}
    for sid, aid, score in cands:
        other = sides.get(sid)
        if other is None:
            continue
        rel = relate(statement.side, other)
        total = combine(score, best, rel.fuzzy, rel.numeric)
        if when is not None:
            total = round(total + RECENCY_WEIGHT * recency(when, dates.get(sid)), 4)
        out.append({"id": sid, "article_id": aid, "relation": rel.relation, "score": total,
                    "retrieval": round(score, 4), "fuzzy": rel.fuzzy, "numeric": rel.numeric})
    out.sort(key=lambda r: -r["score"])
    return out


def claim_side(text: str, speaker: str = "", kind: str = "claim") -> Side:
    """A free text as a claim-like side, with its numbers parsed."""
    return Side(text, kind, speaker, tuple(fact_row(f) for f in extract_facts(text, 0, len(text))))


def said_by(text: str) -> str:
    """The one speaker of the quotes extracted from `text`, or "" (none, or more than one).
    A checked text that says who said it ("Lungescu said NATO “might ...”") is that person's
    claim, so a quote restated in it can be told from a misattributed one. Only single texts
    pay for this (`check`), not `factrack match`'s thousands of queries."""
    speakers = {q.speaker for q in extract(text).quotes}
    return speakers.pop() if len(speakers) == 1 else ""


def query_statement(text: str) -> Statement:
    return Statement("query", "query", 1, claim_side(text, said_by(text)), text)


def statement_dates(wh: Warehouse, con: duckdb.DuckDBPyConnection, found: list[tuple[str, str, float]]) -> dict[str, date | None]:
    """When each candidate was stated: its article's publication date, or the fact-check's date."""
    articles = sorted({aid for _, aid, _ in found if not aid.startswith("fc:")})
    checks = sorted({aid[3:] for _, aid, _ in found if aid.startswith("fc:")})
    by_article: dict[str, date | None] = {
        aid: published.date() if published is not None else None
        for aid, published in _lookup(wh, con, "articles", "article_id, published_at", "article_id", articles)}
    for fid, when in _lookup(wh, con, "factchecks", "factcheck_id, date", "factcheck_id", checks):
        by_article["fc:" + fid] = parse_date(when)
    return {sid: by_article.get(aid) for sid, aid, _ in found}


def search(wh: Warehouse, text: str, k: int = 20) -> list[tuple[str, str, float]]:
    """BM25 over the warehouse postings for a free text: (statement id, article id, score),
    best first. Ids of an uncommitted batch can be among them: readers join the views."""
    if not wh.files("postings") or not text.strip():
        return []
    def read() -> list[tuple[str, str, float]]:
        con = _connect()
        try:
            _earlier_docs(wh, con, [], {})
            return retrieve(con, [query_statement(text)], k, stats=index_stats(wh)).get("query", [])
        finally:
            con.close()
    return retrying(read)


def check(wh: Warehouse, text: str, k: int = TOP_K, when: date | None = None) -> list[dict]:
    """Earlier statements in the warehouse for one free-text claim, best first. With `when`
    (the day the claim was made), statements made shortly before it rank higher."""
    st = query_statement(text)
    if not wh.files("postings"):
        return []
    def read() -> tuple[list, dict, dict]:
        con = _connect()
        try:
            _earlier_docs(wh, con, [], {})
            found = retrieve(con, [st], max(k * 4, DATED_DEPTH if when else 20), stats=index_stats(wh)).get("query", [])
            stored = fetch_sides(wh, con, {sid for sid, _, _ in found})
            return found, stored, statement_dates(wh, con, found) if when else {}
        finally:
            con.close()
    found, stored, dates = retrying(read)
    ranked = rank(st, found, {sid: side for sid, (side, _) in stored.items()}, when, dates)
    seen: set[tuple[str, str]] = set()
    unique = []
    for r in ranked:
        key = same_words_key(r["article_id"], stored[r["id"]][0])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique[:k]
