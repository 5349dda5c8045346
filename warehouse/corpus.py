"""`factrack match` over a corpus of any size: a temporary on-disk index scored in DuckDB.

The corpus streams in chunks of CHUNK lines into a DuckDB database in a temporary folder, with
a memory limit, so memory holds one chunk plus DuckDB's bounded buffers whatever the corpus
size. The postings (statement, term, tf, doc_len) are computed by DuckDB itself with the steps
of `claims.tokens.terms` (`terms_sql`): tokenising a million lines in Python took longer than
the whole target. All queries are scored at once with the BM25 SQL the warehouse uses
(`match.retrieve`); only the candidates are then read back, their facts parsed and re-scored
with rapidfuzz (`match.rank`). Building Python objects for every corpus line, as before, cost
495 s and 21.9 GB at 1M.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa

from claims.dates import parse_date
from claims.tokens import DIRECTION, NUMBER_WORDS, STOPWORDS, SUFFIXES, WORD_PATTERN
from warehouse.match import DATED_DEPTH, Statement, claim_side, rank, retrieve

CHUNK = 100_000
MEMORY_LIMIT = "2GB"  # DuckDB's own buffers; it spills to the temporary folder beyond this
# Query terms in more statements than this are skipped. At or below 20,000 statements it is
# looser than the 5% rule retrieval already applies, so rankings there are unchanged; above,
# it keeps the cost of a query flat as the corpus grows.
MATCH_MAX_DF = 1000
RESCORE_PARALLEL_PAIRS = 40_000  # candidate pairs from which re-scoring is split across cores

_STATEMENTS = pa.schema([("id", pa.string()), ("doc", pa.string()), ("text", pa.string()),
                         ("speaker", pa.string()), ("date", pa.string())])


def _sql_str(v: str) -> str:
    return "'" + v.replace("'", "''") + "'"


def terms_sql(relation: str) -> str:
    """Postings (statement_id, term, tf, doc_len) of `relation(id, doc)`, computed in DuckDB with
    exactly the steps of `claims.tokens.terms`: lowercase, the same word pattern, commas dropped,
    number words to digits, stopwords out, change verbs to their direction, the same suffix
    stemming. Needs the tables of `token_tables`."""
    stem = " ".join(f"WHEN suffix(w, {_sql_str(suf)}) AND length(w) - {len(suf)} >= 3 "
                    f"THEN left(w, length(w) - {len(suf)}) || {_sql_str(rep)}" for suf, rep in SUFFIXES)
    curly = _sql_str("\u2019")
    return f"""
    WITH words AS (
        SELECT id, replace(unnest(regexp_extract_all(replace(lower(doc), {curly}, {_sql_str("'")}),
                                                     {_sql_str(WORD_PATTERN)})), ',', '') AS w
        FROM {relation}
    ), mapped AS (
        SELECT id, coalesce(n.digits, w) AS w FROM words LEFT JOIN tok_number_words n ON n.word = words.w
    ), kept AS (
        SELECT id, w FROM mapped ANTI JOIN tok_stopwords s ON s.word = mapped.w
    ), stemmed AS (
        SELECT id, coalesce(d.direction, CASE WHEN regexp_full_match(w, '[0-9]+') OR length(w) <= 3 THEN w
                                              {stem} ELSE w END) AS term
        FROM kept LEFT JOIN tok_direction d ON d.word = kept.w
    ), counted AS (
        SELECT id, term, count(*) AS tf FROM stemmed GROUP BY id, term
    )
    SELECT id AS statement_id, left(term, 64) AS term, least(tf, 32767)::SMALLINT AS tf,
           least(sum(tf) OVER (PARTITION BY id), 32767)::SMALLINT AS doc_len
    FROM counted
    """


def token_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The word lists of `claims.tokens` as temp tables, for `terms_sql`."""
    lists = {
        "tok_number_words": pa.table({"word": list(NUMBER_WORDS), "digits": list(NUMBER_WORDS.values())}),
        "tok_stopwords": pa.table({"word": sorted(STOPWORDS)}),
        "tok_direction": pa.table({"word": list(DIRECTION), "direction": list(DIRECTION.values())}),
    }
    for name, table in lists.items():
        con.register("_list", table)
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _list")
        con.unregister("_list")


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class CorpusIndex:
    """A temporary BM25 index of a corpus; use as a context manager (the folder is removed)."""

    def __init__(self, tmp_parent: str | None = None) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="factrack-match-", dir=tmp_parent)
        root = Path(self._tmp.name)
        self.con = duckdb.connect(str(root / "index.duckdb"))
        self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        self.con.execute(f"SET temp_directory = {_sql_str(str(root / 'spill'))}")
        self.con.execute("CREATE TABLE postings (statement_id VARCHAR, term VARCHAR, tf SMALLINT, doc_len SMALLINT)")
        self.con.execute("CREATE TABLE statements (id VARCHAR, text VARCHAR, speaker VARCHAR, date VARCHAR)")
        token_tables(self.con)
        self.n = 0
        self.has_dates = False  # any corpus date that parses (only then do query dates matter)

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()
        self._tmp.cleanup()

    def add(self, rows: Iterable[dict]) -> int:
        """Index corpus lines {"id", "text", optional "title", "speaker", "date"}; returns the count."""
        for chunk in _chunks(rows, CHUNK):
            if not self.has_dates:
                self.has_dates = any(r.get("date") and parse_date(str(r["date"])) is not None for r in chunk)
            stmts = pa.Table.from_arrays(
                [pa.array([str(r["id"]) for r in chunk], pa.string()),
                 pa.array([" ".join(str(r.get(f) or "") for f in ("title", "text")) for r in chunk], pa.string()),
                 pa.array([r.get("text") or "" for r in chunk], pa.string()),
                 pa.array([str(r.get("speaker") or "") for r in chunk], pa.string()),
                 pa.array([str(r.get("date") or "") for r in chunk], pa.string())], schema=_STATEMENTS)
            self.con.register("chunk_statements", stmts)
            self.con.execute(f"INSERT INTO postings {terms_sql('chunk_statements')}")
            self.con.execute("INSERT INTO statements SELECT id, text, speaker, date FROM chunk_statements")
            self.con.unregister("chunk_statements")
            self.n += len(chunk)
        return self.n

    def rank(self, queries: list[dict], k: int, max_df: int | None = None) -> list[dict]:
        """One result per query, {"id", "matches": [{"id", "score", "relation"}]}, best first. A
        query with a "date" prefers corpus statements dated shortly before it."""
        qs = [_query(q) for q in queries]
        dated = any(parse_date(str(q.get("date") or "")) for q in queries) and self.has_dates
        self.con.execute("CREATE OR REPLACE TEMP VIEW docs AS SELECT statement_id, 'c' AS article_id, "
                         "-1::INTEGER AS ord, term, tf, doc_len FROM postings")
        found = retrieve(self.con, qs, max(k * 4, DATED_DEPTH if dated else 20), max_df, cap_df=MATCH_MAX_DF)
        wanted = sorted({sid for cands in found.values() for sid, _, _ in cands})
        self.con.register("want", pa.table({"id": pa.array(wanted, pa.string())}))
        try:
            rows = self.con.execute("SELECT id, text, speaker, date FROM statements "  # a repeated id:
                                    "WHERE id IN (SELECT id FROM want) ORDER BY rowid").fetchall()  # last wins
        finally:
            self.con.unregister("want")
        stored = {rid: (text, speaker, d) for rid, text, speaker, d in rows}
        parts = _split(queries, found, stored)
        if len(parts) == 1:
            return rescore(queries, found, stored, dated, k)
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["warehouse.corpus"])
        with ProcessPoolExecutor(len(parts), mp_context=ctx) as pool:
            done = pool.map(rescore, *zip(*[(p, f, s_, dated, k) for p, f, s_ in parts], strict=True))
            return [r for part in done for r in part]


def _query(q: dict) -> Statement:
    return Statement(str(q["id"]), "q:" + str(q["id"]), 0, claim_side(q.get("text") or ""), q.get("text") or "")


def rescore(queries: list[dict], found: dict[str, list[tuple[str, str, float]]],
            stored: dict[str, tuple[str, str, str]], dated: bool, k: int) -> list[dict]:
    """Re-score each query's BM25 candidates with their facts and rapidfuzz (`match.rank`): pure
    CPU work on what retrieval found, so it can run in several processes."""
    sides = {rid: claim_side(text, speaker) for rid, (text, speaker, _) in stored.items()}
    dates = {rid: parse_date(d) for rid, (_, _, d) in stored.items()} if dated else {}
    out = []
    for q in queries:
        st = _query(q)
        when = parse_date(str(q.get("date") or "")) if dated else None
        ranked = rank(st, found.get(st.id, []), sides, when, dates)[:k]
        out.append({"id": st.id, "matches": [{"id": r["id"], "score": r["score"], "relation": r["relation"]}
                                             for r in ranked]})
    return out


def _split(queries: list[dict], found: dict, stored: dict) -> list[tuple[list[dict], dict, dict]]:
    """Contiguous shares of the queries, one per core, each with only the candidates it needs;
    one share when the work is too small to pay for starting processes."""
    n = min(os.cpu_count() or 1, 4) if sum(len(c) for c in found.values()) >= RESCORE_PARALLEL_PAIRS else 1
    if n <= 1:
        return [(queries, found, stored)]
    size = -(-len(queries) // n)
    parts = []
    for i in range(0, len(queries), size):
        qs = queries[i:i + size]
        f = {str(q["id"]): found.get(str(q["id"]), []) for q in qs}
        parts.append((qs, f, {sid: stored[sid] for c in f.values() for sid, _, _ in c if sid in stored}))
    return parts


def rank_corpus(corpus: Iterable[dict], queries: list[dict], k: int, max_df: int | None = None) -> list[dict]:
    """`factrack match` as a function: index `corpus`, rank it for each query."""
    with CorpusIndex() as index:
        index.add(corpus)
        return index.rank(queries, k, max_df)
