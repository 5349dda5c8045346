"""User SQL (`factrack sql`) only reads, and only inside the warehouse folder."""

import pytest

from flows.cli import examples_dir, main
from flows.track import run_track


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    root = tmp_path_factory.mktemp("sandbox") / "wh"
    run_track([str(examples_dir())], str(root))
    return root


def refused(capsys, wh, sql: str) -> str:
    code = main(["sql", sql, "--warehouse", str(wh)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("sql", [
    "COPY (SELECT 1) TO '{tmp}/x.csv'",
    "COPY (SELECT * FROM quotes) TO '{wh}/inside.csv'",  # even inside the warehouse folder
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_csv('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "EXPORT DATABASE '{tmp}/dump'",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "CREATE TABLE t AS SELECT 1",
    "SELECT 1; COPY (SELECT 1) TO '{tmp}/y.csv'",
])
def test_writes_and_reads_outside_are_refused_and_create_nothing(wh, tmp_path, capsys, sql):
    before = sorted(p for p in wh.rglob("*") if ".prefect" not in p.parts)
    refused(capsys, wh, sql.format(tmp=tmp_path, wh=wh))
    assert list(tmp_path.iterdir()) == []
    assert sorted(p for p in wh.rglob("*") if ".prefect" not in p.parts) == before


def test_reads_of_the_warehouse_work(wh, capsys):
    assert main(["sql", "select speaker, count(*) n from quotes group by 1 order by n desc limit 3",
                 "--warehouse", str(wh), "--format", "csv"]) == 0
    assert "Oana Lungescu" in capsys.readouterr().out
    assert main(["sql", "describe claims", "--warehouse", str(wh), "--format", "csv"]) == 0
    assert "facts" in capsys.readouterr().out
    files = f"{wh}/articles/*/*.parquet"
    assert main(["sql", f"select count(*) from read_parquet('{files}')", "--warehouse", str(wh), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split()[-1] == "6"


def test_a_query_that_runs_too_long_is_interrupted(wh, capsys):
    code = main(["sql", "select count(*) from range(100000000000) a, range(1000) b", "--warehouse", str(wh),
                 "--timeout", "1"])
    err = capsys.readouterr().err
    assert code == 2 and "interrupted after 1 s" in err


def test_a_copied_warehouse_reads_its_own_files(wh, tmp_path, capsys):
    """The catalog's views hold absolute paths; a copy must not read (or be refused) the original."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(wh, copy, ignore=shutil.ignore_patterns(".prefect"))
    for p in (copy / "quotes").glob("*/*.parquet"):
        p.unlink()  # the copy differs from the original: it has no quotes
    assert main(["sql", "select (select count(*) from quotes), (select count(*) from articles)",
                 "--warehouse", str(copy), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0,6"
