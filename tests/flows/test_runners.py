"""Extraction on Prefect task runners gives the same rows everywhere, and survives a killed
Dask worker. The rows compared leave out run ids and timestamps only."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import examples_dir, main
from flows.runners import RunnerError, RunnerSpec, build_runner, parse_spec
from tests.newsgen import write_jsonl
from tests.servers import free_port, listening, wait_for
from warehouse import catalog

ROWS = {
    "articles": "select article_id, title, n_chars, n_quotes, n_claims from articles",
    "quotes": "select quote_id, article_id, text, start, \"end\", kind, speaker, speaker_mention, cue from quotes",
    "claims": "select claim_id, article_id, text, start, \"end\", score, speaker, facts::varchar from claims",
    "matches": "select statement_id, earlier_id, relation, score, retrieval, fuzzy, numeric from matches",
    "postings": "select statement_id, term, tf, doc_len from postings",
}


def rows(root) -> dict[str, list[tuple]]:
    return {t: sorted(catalog.query(root, sql)[1], key=repr) for t, sql in ROWS.items()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("in")
    return [str(examples_dir()), str(write_jsonl(d / "gen.jsonl", 240))]


def run_on(spec: RunnerSpec | None, paths: list[str], root: Path) -> dict:
    from flows.track import track

    runner = build_runner(spec) if spec else None
    flow = track.with_options(task_runner=runner) if runner else track
    return flow(paths=paths, warehouse=str(root), batch_size=40, submit=runner is not None, ahead=4)


def test_same_rows_in_one_process_local_processes_and_dask(inputs, tmp_path, prefect_harness, monkeypatch):
    from prefect.settings import PREFECT_API_URL

    # Worker processes inherit the environment, not the harness's in-memory settings: give them
    # its API, and forbid the private server each would otherwise start (and could leave behind).
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    monkeypatch.setenv("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "false")
    one = run_on(None, inputs, tmp_path / "one")
    assert one["status"] == "completed" and one["n_articles"] == 246
    expected = rows(tmp_path / "one")
    assert len(expected["matches"]) > 100 and len(expected["quotes"]) > 1000
    for name, spec in (("pool", RunnerSpec(workers=2)), ("dask", RunnerSpec(dask="local:2"))):
        s = run_on(spec, inputs, tmp_path / name)
        assert s["status"] == "completed" and s["n_articles"] == 246, name
        got = rows(tmp_path / name)
        for table in ROWS:
            assert got[table] == expected[table], f"{name}: {table} differs"


def test_runner_options_are_checked_before_anything_runs(tmp_path, capsys):
    with pytest.raises(RunnerError, match="exclude"):
        parse_spec(2, "local:2")
    with pytest.raises(RunnerError, match="local:N"):
        parse_spec(None, "local:zero")
    port = free_port()  # a port nobody listens on
    wh = tmp_path / "wh"
    code = main(["track", str(examples_dir()), "--warehouse", str(wh), "--dask", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the Dask scheduler" in err and len(err.strip().splitlines()) == 1
    assert not wh.exists()  # warehouse untouched








@pytest.mark.slow
def test_killed_dask_worker_loses_and_duplicates_nothing(tmp_path):
    """A real scheduler and two workers on 127.0.0.1; one worker is SIGKILLed mid-run; the run
    completes and every article is stored exactly once."""
    from flows.server import PrefectServer

    src = write_jsonl(tmp_path / "gen.jsonl", 600, seed=11)
    port = free_port()
    bindir = Path(sys.executable).parent
    # As on a real cluster, client and workers report to one Prefect API; without it each worker
    # would start a server of its own (ephemeral mode off: that fails loudly instead).
    saved = {k: os.environ.pop(k, None) for k in ("PREFECT_API_URL",)}
    server = PrefectServer(tmp_path / "prefect").__enter__()
    server.wait()
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_API_URL": server.url,
           "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "false", "PREFECT_HOME": str(tmp_path / "prefect")}
    procs = [subprocess.Popen([str(bindir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen(
                [str(bindir / "dask"), "worker", f"tcp://127.0.0.1:{port}", "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--host", "127.0.0.1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        from distributed import Client

        wait_for(lambda: listening(port), 60, "the scheduler to listen")
        with Client(f"tcp://127.0.0.1:{port}", timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        wh = tmp_path / "wh"
        run = subprocess.Popen([str(bindir / "factrack"), "track", str(src), "--warehouse", str(wh),
                                "--dask", f"tcp://127.0.0.1:{port}", "--batch-size", "25"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            wait_for(lambda: len(list((wh / "articles").glob("*/*.parquet"))) >= 3 if (wh / "articles").exists() else False,
                      120, "three committed batches")
        except AssertionError:
            run.kill()
            raise AssertionError(f"no three batches in 120 s; the run said: {run.communicate()[1][-3000:]}") from None
        assert run.poll() is None, "the run ended before a worker could be killed"
        procs[1].send_signal(signal.SIGKILL)
        out, err = run.communicate(timeout=240)
        assert run.returncode == 0, err[-3000:]
        _, ((n, distinct),) = catalog.query(wh, "select count(*), count(distinct article_id) from articles")
        assert n == distinct == 600
        _, ((q, dq),) = catalog.query(wh, "select count(*), count(distinct quote_id) from quotes")
        assert q == dq and q > 2000
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=30)
        server.__exit__(None, None, None)
        os.environ.update({k: v for k, v in saved.items() if v is not None})
