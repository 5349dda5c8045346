"""Damaged files: verify names each, --repair quarantines, and every command answers a damaged
warehouse with one line (no traceback) pointing at verify."""

import errno
import os
import shutil

import pytest

from flows.cli import examples_dir, main
from flows.track import run_track
from tests.newsgen import write_jsonl
from warehouse import catalog
from warehouse.store import Warehouse, WriteFailed


@pytest.fixture(scope="module")
def clean_wh(tmp_path_factory):
    """A warehouse of two runs (so each table has several files), made once and copied."""
    root = tmp_path_factory.mktemp("clean") / "wh"
    src = write_jsonl(tmp_path_factory.mktemp("in") / "gen.jsonl", 60, seed=3)
    run_track([str(src)], str(root), batch_size=20)
    run_track([str(examples_dir())], str(root))
    return root, src


@pytest.fixture
def wh(clean_wh, tmp_path):
    dst = tmp_path / "wh"
    shutil.copytree(clean_wh[0], dst)
    catalog.refresh(Warehouse(dst))  # views hold absolute paths
    return dst


def damage(wh, how: str):
    quotes = sorted((wh / "quotes").glob("*/batch-*.parquet"))[0]
    if how == "truncated":
        data = quotes.read_bytes()
        quotes.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        quotes.write_bytes(b"")
    elif how == "not parquet":
        (quotes.parent / "notes.parquet").write_text("<html>not a parquet file</html>")
        return quotes.parent / "notes.parquet"
    elif how == "wrong schema":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"quote_id": [1, 2], "article_id": ["a", "b"]}), quotes.parent / "odd.parquet")
        return quotes.parent / "odd.parquet"
    return quotes


def one_line_error(capsys, code: int, name: str) -> str:
    err = capsys.readouterr().err
    assert code == 1, err
    errors = [line for line in err.splitlines() if line.startswith("factrack: error")]
    assert "Traceback" not in err and len(errors) == 1, err
    assert name in err and "factrack verify" in err
    return err


@pytest.mark.parametrize("how", ["truncated", "empty", "not parquet", "wrong schema"])
def test_verify_names_the_damage_and_repair_restores_the_warehouse(wh, clean_wh, how, capsys):
    bad = damage(wh, how)
    assert main(["verify", "--warehouse", str(wh)]) == 1
    out = capsys.readouterr().out
    assert bad.name in out and ("damaged" in out or "schema" in out)
    assert main(["verify", "--repair", "--warehouse", str(wh)]) == 0
    out = capsys.readouterr().out
    assert "quarantined" in out and list((wh / "quarantine").rglob(bad.name))
    assert list((wh / "quarantine").rglob(bad.name + ".why.txt"))
    assert main(["verify", "--warehouse", str(wh)]) == 0
    # the lost batch's articles can be tracked again, and every row is stored once
    s = run_track([str(clean_wh[1]), str(examples_dir())], str(wh))
    assert s.status == "completed"
    if how in ("truncated", "empty"):  # its batch was quarantined: 20 articles come back
        assert s.n_articles == 20
    _, ((a, da),) = catalog.query(wh, "select count(*), count(distinct article_id) from articles")
    assert a == da == 66
    _, ((n, dn, orphans),) = catalog.query(
        wh, "select count(*), count(distinct quote_id), count(*) filter (where article_id not in "
            "(select article_id from articles)) from quotes")
    assert n == dn and orphans == 0


def test_every_command_meets_a_damaged_file_with_one_line(wh, capsys):
    bad = damage(wh, "truncated")
    capsys.readouterr()
    one_line_error(capsys, main(["sql", "select count(*) from quotes", "--warehouse", str(wh)]), bad.name)
    one_line_error(capsys, main(["check", "NATO cut the delegation from 30 to 10", "--warehouse", str(wh)]), bad.name)
    one_line_error(capsys, main(["compact", "--warehouse", str(wh)]), bad.name)
    # track reads ids of articles only: damage the articles file to make it meet one
    arts = sorted((wh / "articles").glob("*/*.parquet"))[0]
    arts.write_bytes(arts.read_bytes()[:100])
    one_line_error(capsys, main(["track", str(examples_dir()), "--warehouse", str(wh), "--workers", "0"]), arts.name)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_full_disk_or_io_error_stops_with_one_line_and_rerun_completes(tmp_path, monkeypatch, code, capsys):
    import pyarrow.parquet as pq

    src = write_jsonl(tmp_path / "gen.jsonl", 90, seed=9)
    root = tmp_path / "wh"
    real = pq.write_table
    calls = {"n": 0}

    def failing(table, where, **kw):
        calls["n"] += 1
        if calls["n"] == 7:  # in the second batch, after part of its files were written
            real(table, where, **kw)
            raise OSError(code, os.strerror(code))
        return real(table, where, **kw)

    monkeypatch.setattr(pq, "write_table", failing)
    with pytest.raises(WriteFailed) as e:
        run_track([str(src)], str(root), batch_size=30)
    assert os.strerror(code) in str(e.value) and str(root) in str(e.value)
    assert not list(root.glob("*/*/.*.tmp"))  # nothing partial is visible
    assert not Warehouse(root).is_locked()
    monkeypatch.setattr(pq, "write_table", real)
    s = run_track([str(src)], str(root), batch_size=30)
    assert s.status == "completed"
    _, ((n, dn),) = catalog.query(root, "select count(*), count(distinct article_id) from articles")
    assert n == dn == 90
    _, ((q, dq),) = catalog.query(root, "select count(*), count(distinct quote_id) from quotes")
    assert q == dq


def test_cli_reports_a_failed_write_in_one_line(tmp_path, monkeypatch, capsys):
    import pyarrow.parquet as pq

    def full(table, where, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full)
    code = main(["factchecks", "import", str(write_jsonl(tmp_path / "fc.jsonl", 3)), "--warehouse", str(tmp_path / "wh")])
    err = capsys.readouterr().err
    assert code == 1 and "No space left on device" in err and len(err.strip().splitlines()) == 1
