"""The read layout of the warehouse files: postings sorted by term with their BM25 statistics in
the footer, statements in small row groups, and lookups by id that read only the groups holding
the ids. The readers' answers must not change with the layout: the BM25 statistics from the
footers equal a full scan, before and after compaction, and lookups return exactly the rows a
plain filter returns."""

from datetime import UTC, datetime

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from claims.ids import article_id
from claims.records import Article
from flows.batches import extract_rows
from warehouse.lookup import rows_by_id
from warehouse.match import IndexStats, _earlier_docs, docs_stats, search
from warehouse.schemas import SCHEMAS
from warehouse.store import Warehouse, file_stats

NEWS = [
    ("Council cuts budget", "The council cut the housing budget from $30 million to $20 million in 2018, "
     "the mayor’s office said on Tuesday.\n\n“We had no choice,” said Mayor Ana Ruiz. “The state took "
     "its money back.”"),
    ("Hospital waits", "Waiting times at Mercy Hospital rose 12% last year, according to figures the "
     "health board published on Monday.\n\nDr. Tom Reed, the board’s chair, said the rise was “a warning "
     "we cannot ignore.”"),
    ("Schools", "Enrolment fell to 4,200 pupils this autumn from 4,650 a year earlier.The district blamed "
     "rents.\n\n“Families are leaving the city,” superintendent Maria Lopez told reporters."),
]


def _batch(i: int, title: str, text: str) -> dict:
    art = Article(text, "fixture.jsonl", i, url=f"https://news.example/{i}", title=title)
    return extract_rows([(article_id(text, art.url), art)], "run-1", datetime(2026, 11, 30, tzinfo=UTC))


def _fill(root) -> Warehouse:
    with Warehouse(root) as wh:
        for i, (title, text) in enumerate(NEWS):
            wh.write_batch(f"k{i}", _batch(i, title, text))
    return Warehouse(root)


def test_postings_are_sorted_by_term_and_carry_their_statistics(tmp_path):
    wh = _fill(tmp_path)
    con = duckdb.connect()
    for p in wh.files("postings"):
        terms = pq.read_table(p).column("term").to_pylist()
        assert terms == sorted(terms) and terms
        con.execute(f"CREATE OR REPLACE VIEW one AS SELECT * FROM read_parquet('{p}')")
        assert file_stats(p) == docs_stats(con, "one")


def test_index_statistics_equal_a_scan_before_and_after_compaction_and_for_old_files(tmp_path):
    wh = _fill(tmp_path)
    # a postings file written by an older factrack: no statistics in its footer, not sorted
    old = _batch(9, "Old", "Unemployment rose to 7.1% in March, the agency said.")["postings"]
    path = wh.table_dir("postings") / "ingest_date=2025-01-01" / "old.parquet"
    path.parent.mkdir(parents=True)
    pq.write_table(old.cast(SCHEMAS["postings"]), path)
    assert file_stats(path) is None
    con = duckdb.connect()
    _earlier_docs(wh, con, [], {})
    scanned = docs_stats(con)
    stats = IndexStats()
    assert stats(wh) == scanned
    assert stats(wh) == scanned  # second call from the per-file cache
    with Warehouse(tmp_path) as w:
        w.compact()
    assert len(wh.files("postings")) == 2  # one file per partition
    assert stats(wh) == scanned  # the compacted file's footer sums its sources
    compacted = [p for p in wh.files("postings") if p != path]
    assert len(compacted) == 1 and file_stats(compacted[0]) is not None
    terms = pq.read_table(compacted[0]).column("term").to_pylist()
    assert terms != sorted(terms) and terms[:3] == sorted(terms[:3])  # sorted per source: row groups stay narrow


def test_search_ranks_the_same_with_sorted_postings(tmp_path):
    wh = _fill(tmp_path)
    hits = search(wh, "housing budget cut", 5)
    assert hits and hits[0][2] > 0
    texts = {r["claim_id"]: r["text"] for r in pq.read_table(wh.files("claims")[0]).to_pylist()}
    assert any("housing budget" in texts.get(sid, "") for sid, _, _ in hits)


def test_lookup_by_id_returns_what_a_filter_returns(tmp_path):
    wh = _fill(tmp_path)
    con = duckdb.connect()
    every = con.execute(f"SELECT claim_id, text, facts FROM read_parquet('{wh.glob('claims')}')").fetchall()
    assert len(every) >= 4
    wanted = [every[0][0], every[-1][0], "c-not-there"]
    got = rows_by_id(con, wh, "claims", "claim_id", wanted, ["claim_id", "text", "facts", "no_such_column"])
    assert sorted(r["claim_id"] for r in got) == sorted(wanted[:2])
    by_id = {r["claim_id"]: r for r in got}
    for cid, text, facts in (every[0], every[-1]):
        assert by_id[cid]["text"] == text and by_id[cid]["facts"] == facts
        assert by_id[cid]["no_such_column"] is None
    assert rows_by_id(con, wh, "claims", "claim_id", [], ["claim_id"]) == []


def test_lookup_reads_rows_in_later_row_groups_of_a_big_file(tmp_path):
    wh = Warehouse(tmp_path)
    n = 10_000  # several row groups of 4,096 rows
    rows = [{"claim_id": f"c{i:05d}", "article_id": f"a{i // 10}", "text": f"claim number {i}", "start": 0,
             "end": 5, "score": 0.5, "kinds": [], "features": [], "speaker": "", "facts": [], "run_id": "r"}
            for i in range(n)]
    wh.append("claims", pa.Table.from_pylist(rows, schema=SCHEMAS["claims"]), "big", date="2026-01-01")
    assert pq.read_metadata(wh.files("claims")[0]).num_row_groups == 3
    con = duckdb.connect()
    got = rows_by_id(con, wh, "claims", "claim_id", ["c00007", "c04096", "c09999"], ["claim_id", "text"])
    assert {r["claim_id"]: r["text"] for r in got} == {
        "c00007": "claim number 7", "c04096": "claim number 4096", "c09999": "claim number 9999"}


def test_lookup_of_many_ids_scans_once_and_agrees_with_row_group_reads(tmp_path):
    import warehouse.lookup as lookup

    wh = _fill(tmp_path)
    con = duckdb.connect()
    every = [r[0] for r in con.execute(f"SELECT claim_id FROM read_parquet('{wh.glob('claims')}')").fetchall()]
    cols = ["claim_id", "article_id", "text", "facts", "no_such_column"]
    by_groups = rows_by_id(con, wh, "claims", "claim_id", every, cols)
    old, lookup.SCAN_ABOVE = lookup.SCAN_ABOVE, 1
    try:
        by_scan = rows_by_id(con, wh, "claims", "claim_id", every, cols)  # falls back: no file has the column
        by_scan_known = rows_by_id(con, wh, "claims", "claim_id", every, cols[:4])
    finally:
        lookup.SCAN_ABOVE = old
    key = lambda r: r["claim_id"]  # noqa: E731
    assert sorted(by_scan, key=key) == sorted(by_groups, key=key)
    assert sorted(by_scan_known, key=key) == sorted(({c: r[c] for c in cols[:4]} for r in by_groups), key=key)


def test_sides_a_run_holds_equal_the_sides_read_back_from_the_warehouse(tmp_path):
    """`RecentSides` keeps the sides of a run's statements so matching need not read them back;
    the matches must not depend on it, so what it holds is what `fetch_sides` reads."""
    from warehouse.match import RecentSides, fetch_sides, statements_from_tables

    wh = Warehouse(tmp_path)
    batches = []
    with Warehouse(tmp_path) as w:
        for i, (title, text) in enumerate(NEWS):
            tables = _batch(i, title, text)
            w.write_batch(f"k{i}", tables)
            batches.append(tables)
    held = RecentSides()
    for tables in batches:
        held.add(statements_from_tables(tables))
    ids = {st.id for t in batches for st in statements_from_tables(t)}
    assert len(ids) >= 6
    read = fetch_sides(wh, duckdb.connect(), ids)
    assert held.take(ids) == read
    small = RecentSides(limit=2)
    small.add(statements_from_tables(batches[0]))
    assert len(small.take(ids)) == 2  # the oldest went first
