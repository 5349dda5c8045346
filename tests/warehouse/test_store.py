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


def test_interrupted_compaction_is_finished_on_open(tmp_path, monkeypatch):
    """Where directories cannot be swapped atomically, compaction renames the merged file in and
    then removes the sources; a crash in between is finished when the warehouse is opened."""
    import warehouse.store as store

    monkeypatch.setattr(store, "_exchange", lambda a, b: False)
    with Warehouse(tmp_path) as wh:
        for i in range(3):
            wh.write_batch(f"k{i}", rows(f"a{i}"))
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


def test_readers_never_see_a_partition_half_compacted(tmp_path, monkeypatch):
    """While `compact` merges hundreds of files, a reader's counts never change and no read
    fails: the merged file and its sources are swapped in one step, and a read that listed the
    old files reads again. The steps after the merge are slowed down so that a two-step swap
    (merged file in, then sources out) would be seen."""
    import shutil
    import threading
    import time

    import warehouse.store as store

    def slow(f):
        def later(*a, **k):
            time.sleep(0.5)
            return f(*a, **k)
        return later

    monkeypatch.setattr(store.Warehouse, "_finish_compaction", slow(store.Warehouse._finish_compaction))
    monkeypatch.setattr(store.shutil, "rmtree", slow(shutil.rmtree))

    with Warehouse(tmp_path) as wh:
        for i in range(300):
            wh.write_batch(f"k{i}", rows(f"a{i}", 3))
        catalog.refresh(wh)
    seen, errors, stop = set(), [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                seen.add(catalog.query(tmp_path, "select (select count(*) from articles), "
                                                  "(select count(*) from quotes)")[1][0])
            except Exception as e:  # noqa: BLE001 - the test reports any failure
                errors.append(repr(e))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        with Warehouse(tmp_path) as wh:
            report = wh.compact()
            catalog.refresh(wh)
    finally:
        stop.set()
        reader.join(timeout=60)
    assert report["quotes"] == (300, 1)
    assert errors == []
    assert seen == {(300, 900)}
    assert not (tmp_path / ".compacting").exists()


def test_a_crash_mid_compaction_leaves_the_sources_and_is_cleared_on_open(tmp_path):
    with Warehouse(tmp_path) as wh:
        for i in range(3):
            wh.write_batch(f"k{i}", rows(f"a{i}", 2))
    stage = tmp_path / ".compacting" / "quotes" / "ingest_date=2026-01-01"
    stage.mkdir(parents=True)
    (stage / "part-half.parquet").write_bytes(b"PAR1 half a merged file")
    with Warehouse(tmp_path) as wh:  # opening recovers
        assert not (tmp_path / ".compacting").exists()
        assert len(wh.files("quotes")) == 3
        catalog.refresh(wh)
    assert count(tmp_path, "quotes") == 6
