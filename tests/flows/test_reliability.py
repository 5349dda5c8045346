"""Faults a warehouse meets sooner or later, run as a user meets them: the CLI in a subprocess,
killed, interrupted, started twice, pointed at damaged files."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.newsgen import write_jsonl
from tests.servers import wait_for
from warehouse import catalog

BIN = Path(sys.executable).parent
ENV = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
ENV.pop("PREFECT_API_URL", None)  # each CLI run starts (and must stop) its own server
ENV.pop("PREFECT_HOME", None)


def factrack(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "factrack"), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=ENV, **kw)


def procs_of(wh: Path) -> list[int]:
    """Live processes started for this warehouse: every one carries PREFECT_HOME inside it."""
    marker = f"PREFECT_HOME={wh}".encode()
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if marker in (d / "environ").read_bytes() and b"Z" not in (d / "stat").read_bytes().split(b")")[-1][:3]:
                found.append(int(d.name))
        except OSError:
            continue
    return found




def committed(wh: Path) -> int:
    return len(list((wh / "articles").glob("*/*.parquet"))) if (wh / "articles").exists() else 0


def stored_once(wh: Path, n: int) -> None:
    _, ((a, da),) = catalog.query(wh, "select count(*), count(distinct article_id) from articles")
    assert a == da == n
    for table, key in (("quotes", "quote_id"), ("claims", "claim_id"),
                       ("matches", "statement_id || earlier_id")):
        _, ((c, dc),) = catalog.query(wh, f"select count(*), count(distinct {key}) from {table}")
        assert c == dc, table
    assert not list(wh.glob("*/*/.*.tmp"))


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("in") / "gen.jsonl", 1200, seed=5)


@pytest.mark.slow
@pytest.mark.parametrize("runner", [["--workers", "1"], ["--dask", "local:2"]], ids=["processes", "dask"])
def test_sigkill_leaves_no_process_and_committed_batches_are_readable(articles, tmp_path, runner):
    wh = tmp_path / "wh"
    p = factrack("track", str(articles), "--warehouse", str(wh), "--batch-size", "50", *runner)
    wait_for(lambda: committed(wh) >= 2, 120, "two committed batches")
    # readable from the first commit: the catalog shows committed articles mid-run
    _, ((n,),) = catalog.query(wh, "select count(*) from articles")
    assert n >= 50
    assert len(procs_of(wh)) >= 3  # the CLI, its Prefect server, its extraction process(es)
    servers = [p for p in procs_of(wh) if b"uvicorn" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert len(servers) == 1  # one Prefect server: no worker or import started a private one
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    wait_for(lambda: not procs_of(wh), 15, "the Prefect server and workers to end with factrack")
    again = factrack("track", str(articles), "--warehouse", str(wh), "--batch-size", "50")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err[-2000:]
    stored_once(wh, 1200)
    assert not procs_of(wh)


@pytest.mark.slow
@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_and_sigint_stop_cleanly_between_batches(articles, tmp_path, sig, code):
    wh = tmp_path / "wh"
    p = factrack("track", str(articles), "--warehouse", str(wh), "--batch-size", "50")
    wait_for(lambda: committed(wh) >= 1, 120, "a committed batch")
    p.send_signal(sig)
    out, err = p.communicate(timeout=60)
    assert p.returncode == code, err[-2000:]
    assert "Traceback" not in err and "committed" in err
    wait_for(lambda: not procs_of(wh), 15, "child processes to end")
    _, runs = catalog.query(wh, "select status from runs")
    assert runs == [("interrupted",)]
    again = factrack("track", str(articles), "--warehouse", str(wh), "--batch-size", "100")  # lock released
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err[-2000:]
    stored_once(wh, 1200)


@pytest.mark.slow
def test_two_runs_with_wait_both_complete(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", 150, seed=1)
    b = write_jsonl(tmp_path / "b.jsonl", 150, seed=2, start=150)
    wh = tmp_path / "wh"
    runs = [factrack("track", str(x), "--warehouse", str(wh), "--wait", "--workers", "0") for x in (a, b)]
    for r in runs:
        _, err = r.communicate(timeout=300)
        assert r.returncode == 0, err[-2000:]
    stored_once(wh, 300)
    # without --wait a second writer fails at once, with one line and exit code 2
    from warehouse.store import Warehouse

    with Warehouse(wh):
        r = factrack("track", str(a), "--warehouse", str(wh))
        _, err = r.communicate(timeout=60)
    assert r.returncode == 2 and "in use by another factrack run" in err and len(err.strip().splitlines()) == 1
