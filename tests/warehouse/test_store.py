import duckdb
import pytest

from warehouse import catalog
from warehouse.store import Warehouse, WarehouseLocked


def rows(aid: str, n_quotes: int = 2):
    art = {"article_id": aid, "text": f"text {aid}", "source_path": "x.txt", "n_chars": 6, "run_id": "r"}
    quotes = [{"quote_id": f"q{aid}{i}", "article_id": aid, "text": "t", "start": 0, "end": 1, "kind": "direct",
               "speaker": "S", "content_start": 0, "content_end": 1, "run_id": "r"} for i in range(n_quotes)]
    return {"articles": [art], "quotes": quotes}


def count(root, table):
    con = catalog.connect(root)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def test_batches_are_idempotent_and_views_typed_when_empty(tmp_path):
    with Warehouse(tmp_path) as wh:
        catalog.refresh(wh)
        assert count(tmp_path, "quotes") == 0  # typed empty view, no files yet
        wh.write_batch("k1", rows("a1"))
        wh.write_batch("k1", rows("a1"))  # a retried batch rewrites the same file
        catalog.refresh(wh)
    assert count(tmp_path, "articles") == 1
    assert count(tmp_path, "quotes") == 2
    assert not list(tmp_path.rglob("*.tmp"))


def test_recover_removes_uncommitted_batch_and_tmp_files(tmp_path):
    with Warehouse(tmp_path) as wh:
        wh.write_batch("k1", rows("a1"))
        wh.write_batch("k2", {"quotes": rows("a2")["quotes"]})  # crashed before its articles file
        (wh.table_dir("quotes") / "ingest_date=2026-01-01").mkdir(parents=True)
        (wh.table_dir("quotes") / "ingest_date=2026-01-01" / ".batch-x.parquet.1234.tmp").write_bytes(b"PAR1 half")
        catalog.refresh(wh)
        assert count(tmp_path, "quotes") == 2  # the view already hides the orphan
    with Warehouse(tmp_path) as wh:  # opening recovers
        assert len(wh.files("quotes")) == 1
        assert not list(tmp_path.rglob("*.tmp"))


def test_compact_keeps_every_row_once(tmp_path):
    with Warehouse(tmp_path) as wh:
        for i in range(5):
            wh.write_batch(f"k{i}", rows(f"a{i}", 3))
        catalog.refresh(wh)
        before = count(tmp_path, "quotes")
        report = wh.compact()
        catalog.refresh(wh)
    assert report["quotes"] == (5, 1)
    assert count(tmp_path, "quotes") == before == 15
    con = catalog.connect(tmp_path)
    assert con.execute("select count(distinct quote_id) from quotes").fetchone()[0] == 15


def test_interrupted_compaction_is_finished_on_open(tmp_path):
    with Warehouse(tmp_path) as wh:
        for i in range(3):
            wh.write_batch(f"k{i}", rows(f"a{i}"))
        import warehouse.store as store

        real = store.Warehouse._finish_compaction
        store.Warehouse._finish_compaction = lambda self, m: []  # crash after the rename
        try:
            wh.compact()
        finally:
            store.Warehouse._finish_compaction = real
        assert len(wh.files("quotes")) == 4  # sources + merged file: duplicates on disk
    with Warehouse(tmp_path) as wh:
        catalog.refresh(wh)
        assert len(wh.files("quotes")) == 1
    assert count(tmp_path, "quotes") == 6


def test_single_writer_lock(tmp_path):
    with Warehouse(tmp_path), pytest.raises(WarehouseLocked):
        Warehouse(tmp_path).__enter__()


def test_readers_are_read_only(tmp_path):
    with Warehouse(tmp_path) as wh:
        wh.write_batch("k1", rows("a1"))
        catalog.refresh(wh)
    con = catalog.connect(tmp_path)
    with pytest.raises(duckdb.Error):
        con.execute("create table t (x int)")
    assert con.execute("select count(*) from quotes").fetchone()[0] == 2


def test_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(catalog.NoWarehouse, match="no warehouse"):
        catalog.connect(tmp_path / "nope")


def test_compaction_streams_files_of_older_schemas_into_one(tmp_path):
    """A partition holding a file written before a column existed compacts into one file of
    the current schema, the missing column null, every row once."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warehouse.schemas import SCHEMAS
    from warehouse.store import Warehouse

    part = tmp_path / "wh" / "runs" / "ingest_date=2026-01-01"
    part.mkdir(parents=True)
    old = SCHEMAS["runs"].remove(SCHEMAS["runs"].get_field_index("version"))
    pq.write_table(pa.Table.from_pylist([{"run_id": "old", "command": "track", "status": "completed"}], schema=old),
                   part / "run-old.parquet")
    with Warehouse(tmp_path / "wh") as wh:
        wh.append("runs", [{"run_id": "new", "command": "track", "status": "completed", "version": "0.1.0"}],
                  "run-new", date="2026-01-01")
        report = wh.compact()
        assert report["runs"] == (2, 1)
        (merged,) = wh.files("runs")
    rows = sorted(pq.read_table(merged).select(["run_id", "version"]).to_pylist(), key=lambda r: r["run_id"])
    assert rows == [{"run_id": "new", "version": "0.1.0"}, {"run_id": "old", "version": None}]
