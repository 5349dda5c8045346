"""End-to-end: the Prefect flow on the bundled examples and on bad inputs."""

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing

import pytest

from flows.cli import examples_dir, main
from flows.track import run_track
from tests.flows.test_ingest import bad_folder
from warehouse import catalog

TABLES = ("articles", "quotes", "claims", "matches", "postings", "rejects")


def counts(root) -> dict:
    con = catalog.connect(root)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_wh(tmp_path_factory, prefect_harness):
    from flows.track import track

    root = tmp_path_factory.mktemp("wh")
    first = track(paths=[str(examples_dir())], warehouse=str(root), command="demo")
    return root, first


def test_flow_tracks_examples_with_seed_speakers(demo_wh):
    root, summary = demo_wh
    assert summary["status"] == "completed" and summary["n_articles"] == 6
    _, rows = catalog.query(root, "select speaker, kind, text from quotes")
    speakers = {r[0] for r in rows if r[1] == "direct"}
    assert {"Sergei Lavrov", "Oana Lungescu"} <= speakers
    # the briefing transcript: claims are said by the speaker of their turn
    _, rows = catalog.query(root, "select c.speaker from claims c join articles a using (article_id) "
                                  "where a.source_path like '%transcript%' and c.text like 'NATO reduced%'")
    assert rows == [("Oana Lungescu",)]


def test_demo_matches_include_consistent_and_conflicting(demo_wh):
    root, summary = demo_wh
    assert summary["relations"].get("consistent", 0) >= 1
    assert summary["relations"].get("conflicting", 0) >= 1


def test_second_run_adds_nothing(demo_wh, prefect_harness):
    from flows.track import track

    root, _ = demo_wh
    before = counts(root)
    again = track(paths=[str(examples_dir())], warehouse=str(root), command="demo")
    assert again["n_articles"] == 0 and again["n_skipped"] == 6
    assert counts(root) == before


def test_bad_inputs_are_rejected_and_run_goes_on(tmp_path, seed_text):
    d = bad_folder(tmp_path, seed_text)
    s = run_track([str(d)], str(tmp_path / "wh"))
    assert s.status == "completed" and s.n_articles == 3
    _, rows = catalog.query(tmp_path / "wh", "select source_path, source_line, reason from rejects order by source_path")
    assert len(rows) == 4
    # re-running records no reject twice and stores nothing twice
    run_track([str(d)], str(tmp_path / "wh"))
    assert counts(tmp_path / "wh")["rejects"] == 4 and counts(tmp_path / "wh")["articles"] == 3


def test_the_run_freezes_what_it_starts_with_and_hands_it_back(tmp_path, seed_text, monkeypatch):
    """What exists when a run starts is moved out of the collector's way (flows.heap); when the
    run ends it is handed back, so a process that goes on collects its cycles as usual."""
    import gc

    import flows.track as ft

    src = tmp_path / "src.jsonl"
    with open(src, "w") as fh:
        for i in range(6):
            fh.write(json.dumps({"id": i, "text": f"Article {i}. " + seed_text}) + "\n")
    frozen = []
    real = ft.freeze_survivors
    monkeypatch.setattr(ft, "freeze_survivors", lambda: (real(), frozen.append(gc.get_freeze_count())))
    assert gc.get_freeze_count() == 0
    s = run_track([str(src)], str(tmp_path / "wh"), batch_size=2)
    assert s.n_articles == 6 and len(frozen) == 1 and frozen[0] > 1000
    assert gc.get_freeze_count() == 0


KILLER = textwrap.dedent("""
    import os, signal, sys
    import warehouse.store as store
    real = store._atomic_write
    def dying(table, path, *args, **kwargs):
        if "articles" in str(path) and os.environ["KILL_AT"] in path.name + ":" + str(path):
            # crash mid-write: half a temporary file, never renamed
            tmp = path.parent / ("." + path.name + ".dead.tmp")
            tmp.write_bytes(b"PAR1" + b"x" * 100)
            os.kill(os.getpid(), signal.SIGKILL)
        real(table, path, *args, **kwargs)
    store._atomic_write = dying
    from flows.track import run_track
    run_track([sys.argv[1]], sys.argv[2], batch_size=2)
""")


def test_sigkill_mid_write_leaves_nothing_visible_and_rerun_completes(tmp_path, seed_text):
    src = tmp_path / "src.jsonl"
    with open(src, "w") as fh:
        for i in range(6):
            fh.write(json.dumps({"id": i, "text": f"Article {i}. " + seed_text}) + "\n")
    wh = tmp_path / "wh"
    clean = tmp_path / "clean"
    run_track([str(src)], str(clean), batch_size=2)
    expected = counts(clean)

    # Let the first batch commit, then die while writing the second batch's articles file.
    env = {**os.environ, "KILL_AT": "batch-"}
    script = KILLER.replace('os.environ["KILL_AT"] in path.name + ":" + str(path)',
                            'len(list(path.parent.glob("batch-*.parquet"))) >= 1')
    p = subprocess.run([sys.executable, "-c", script, str(src), str(wh)], env=env, capture_output=True, timeout=120)
    assert p.returncode == -9, p.stderr.decode()[-2000:]
    assert list(wh.rglob("*.tmp")), "the crash should have left a temporary file"

    # DuckDB over the raw globs sees only complete files, and no batch without its articles.
    import duckdb
    n_files = duckdb.connect().execute(f"select count(distinct filename) from read_parquet('{wh}/quotes/*/*.parquet', filename=true)").fetchone()[0]
    assert n_files == 2  # batch 1 committed, batch 2 quotes orphaned on disk
    from warehouse.store import Warehouse
    with Warehouse(wh) as w:  # what every reader of the catalog sees after the writer's refresh
        catalog.refresh(w)
    partial = counts(wh)
    assert partial["articles"] == 2 and partial["quotes"] * 3 == expected["quotes"]

    run_track([str(src)], str(wh), batch_size=2)
    assert counts(wh) == expected
    _, dup = catalog.query(wh, "select count(*) - count(distinct quote_id) from quotes")
    assert dup[0][0] == 0
    assert not list(wh.rglob("*.tmp"))


def test_cli_extract_contract(tmp_path, seed_text, capsys):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "seed", "text": seed_text}) + "\n" + "not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(inp), "-o", str(out)]) == 0
    (doc,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert set(doc) == {"id", "quotes", "claims"}
    q = doc["quotes"][0]
    assert set(q) == {"text", "start", "end", "kind", "speaker", "speaker_mention", "cue"}
    assert all(seed_text[x["start"] : x["end"]] == x["text"] for x in doc["quotes"] + doc["claims"])
    c = next(c for c in doc["claims"] if "from 30 to 20" in c["text"])
    assert set(c) == {"text", "start", "end", "score", "facts"}
    assert {"value", "unit", "from", "to", "change", "factor", "year"} == set(c["facts"][0])
    assert "skipped" in capsys.readouterr().err


def test_cli_match_contract(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(x) for x in [
        {"id": "c1", "text": "NATO reduced the Russian delegation from 30 to 20 in 2018"},
        {"id": "c2", "text": "The mayor opened a new bridge"}]) + "\n")
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"id": "q1", "text": "delegation cut from 30 to 10 in 2018"}) + "\n")
    assert main(["match", "--corpus", str(corpus), "--queries", str(queries), "-k", "5"]) == 0
    (res,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert res["id"] == "q1" and res["matches"][0]["id"] == "c1"
    assert res["matches"][0]["relation"] == "conflicting"
    assert set(res["matches"][0]) == {"id", "score", "relation"}


def test_cli_match_query_dates(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(x) for x in [
        {"id": "old", "text": "Unemployment is at its lowest rate in 17 years.", "date": "stated on May 2, 2012 in a speech:"},
        {"id": "recent", "text": "Unemployment is at the lowest rate in 17 years.", "date": "August 15, 2017"},
        {"id": "odd", "text": "Unemployment fell again.", "date": "last spring"}]) + "\n")
    queries = tmp_path / "q.jsonl"
    queries.write_text("\n".join(json.dumps(x) for x in [
        {"id": "dated", "text": "we now have the lowest unemployment rate in 17 years", "date": "2017-08-22"},
        {"id": "bad", "text": "we now have the lowest unemployment rate in 17 years", "date": "soon"}]) + "\n")
    assert main(["match", "--corpus", str(corpus), "--queries", str(queries), "-k", "2"]) == 0
    out = capsys.readouterr()
    dated, bad = [json.loads(line) for line in out.out.splitlines()]
    assert [m["id"] for m in dated["matches"]] == ["recent", "old"]
    assert dated["matches"][0]["score"] - dated["matches"][1]["score"] > 0.2  # the words alone are nearly tied
    assert len(bad["matches"]) == 2
    assert "query bad: date 'soon' not understood" in out.err
    assert "1 corpus date(s) not understood" in out.err


def test_cli_sql_errors_are_one_line(tmp_path, capsys):
    assert main(["sql", "select 1", "--warehouse", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_numbers_of_quotes_from_earlier_runs_are_compared(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("“We cut the Russian delegation from 30 to 20 in 2018,” NATO spokesperson Oana Lungescu said on Monday.")
    b = tmp_path / "b.txt"
    b.write_text("NATO cut the Russian delegation from 30 to 10 in 2018, officials in Brussels said on Tuesday.")
    run_track([str(a)], str(tmp_path / "wh"))
    run_track([str(b)], str(tmp_path / "wh"))
    _, rows = catalog.query(tmp_path / "wh", "select relation from matches where earlier_id like 'q%'")
    assert rows and {r[0] for r in rows} == {"conflicting"}, rows


def test_cli_track_as_a_user_runs_it(tmp_path, seed_text):
    """`factrack track` in a subprocess: its own Prefect server, bad inputs rejected, exit 0."""
    d = bad_folder(tmp_path, seed_text)
    wh = tmp_path / "wh"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    exe = os.path.join(os.path.dirname(sys.executable), "factrack")
    p = subprocess.run([exe, "track", str(d), "--warehouse", str(wh)], capture_output=True, text=True,
                       env=env, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout
    c = counts(wh)
    assert c["articles"] == 3 and c["rejects"] == 4
    assert (tmp_path / "prefect-home" / "prefect.db").exists()  # PREFECT_HOME respected
    # factrack's own server skips Prefect's block registration (seconds of CPU per start)
    with closing(sqlite3.connect(tmp_path / "prefect-home" / "prefect.db")) as db:
        assert db.execute("select count(*) from block_type").fetchone() == (0,)
    # the freshly migrated Prefect database is kept for the next new warehouse
    assert list((tmp_path / "cache" / "factrack").glob("prefect-*.db"))
