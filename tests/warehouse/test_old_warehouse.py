"""A warehouse written by the previous release (commit b8f83ca, the demo examples) is read,
queried, verified and appended to. Its catalog holds the absolute paths of where it was made."""

import shutil
from pathlib import Path

from flows.cli import main
from flows.track import run_track
from tests.newsgen import write_jsonl
from warehouse import catalog

FIXTURE = Path(__file__).parent.parent / "fixtures" / "warehouse-b8f83ca"


def test_previous_release_warehouse_is_read_verified_and_appended_to(tmp_path, capsys):
    wh = tmp_path / "wh"
    shutil.copytree(FIXTURE, wh)
    _, ((n,),) = catalog.query(wh, "select count(*) from articles")
    assert n == 6
    _, rows = catalog.query(wh, "select speaker from quotes where kind = 'direct'")
    assert ("Oana Lungescu",) in rows
    assert main(["verify", "--warehouse", str(wh)]) == 0
    capsys.readouterr()
    s = run_track([str(write_jsonl(tmp_path / "new.jsonl", 20, seed=12))], str(wh))
    assert s.status == "completed" and s.n_articles == 20
    _, ((a, da, q, dq),) = catalog.query(
        wh, "select (select count(*) from articles), (select count(distinct article_id) from articles), "
            "(select count(*) from quotes), (select count(distinct quote_id) from quotes)")
    assert a == da == 26 and q == dq
    assert main(["compact", "--warehouse", str(wh)]) == 0
    _, ((a2,),) = catalog.query(wh, "select count(*) from articles")
    assert a2 == 26
