"""Every dashboard page over the demo warehouse (plus a hostile article), through Starlette's
test client: what a reader sees, escaped, read-only."""

import json
import re
import warnings

import pytest

from flows.cli import examples_dir
from flows.track import run_track

warnings.filterwarnings("ignore", message=".*httpx.*")


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    root = tmp_path_factory.mktemp("dash") / "wh"
    hostile = tmp_path_factory.mktemp("in") / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "x1", "outlet": "<script>alert(1)</script>", "title": "\"><img src=x onerror=alert(2)>",
        "text": "\u201cWe will cut the budget from 40 to 10 <script>alert(3)</script>,\u201d "
                "said Mayor Ana <b>Li</b>. The city employs 3,000 people."}) + "\n")
    run_track([str(examples_dir()), str(hostile)], str(root))
    return root


@pytest.fixture(scope="module")
def client(wh):
    from starlette.testclient import TestClient

    from dashboard.app import create_app

    return TestClient(create_app(str(wh)))


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_overview_counts_chart_conflicts_and_runs(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "<svg" in r.text and "<rect" in r.text  # statements per day, drawn
    t = text_of(r.text)
    assert "7 articles" in t and "conflicting" in t and "completed" in t


def test_conflicts_show_the_seed_conflict_with_both_numbers_marked(client):
    r = client.get("/conflicts?relation=conflicting")
    assert r.status_code == 200
    cards = r.text.split('<article class="card conflicting">')[1:]
    marks = [(re.findall(r"<mark>([^<]*)</mark>", c.split("<h4>Earlier</h4>")[0]),
              re.findall(r"<mark>([^<]*)</mark>", c.split("<h4>Earlier</h4>")[1])) for c in cards]
    seed = [c for c, (new, old) in zip(cards, marks, strict=True)
            if any("from 30 to 10" in m for m in new) and any("from 30 to 20" in m for m in old)]
    assert seed, "the delegation cut to 10 against the cut to 20, both numbers marked"
    link = re.search(r'href="/statements/([^"]+)"', seed[0]).group(1)
    page = client.get(f"/statements/{link}")
    assert page.status_code == 200 and "In its paragraph" in page.text and "<mark class=\"it\">" in page.text


def test_conflict_filters_and_paging_are_in_the_url(client):
    assert client.get("/conflicts?speaker=nobody-at-all").text.count('class="card') == 0
    assert client.get("/conflicts?relation=misattributed").text.count('class="card misattributed"') >= 1
    assert client.get("/conflicts?page=0&since=not-a-date").status_code == 200


def test_statement_page_has_facts_and_matches_both_ways(client):
    r = client.get("/search?q=delegation 30 20")
    ids = re.findall(r'href="/statements/([^"]+)"', r.text)
    assert ids
    pages = [client.get(f"/statements/{i}").text for i in ids[:6]]
    assert any("<th>from</th>" in p and ">30<" in p for p in pages)
    assert any("Later statements that match it" in p and 'class="rel' in p for p in pages)
    assert client.get("/statements/no-such-id").status_code == 404


def test_speakers_and_a_speaker_timeline(client):
    r = client.get("/speakers")
    assert "Oana Lungescu" in r.text
    p = client.get("/speakers/Oana Lungescu")
    assert p.status_code == 200 and "<svg" in p.text and "Statements per month" in p.text


def test_check_ranks_earlier_statements_with_relations(client):
    r = client.get("/check", params={"q": "NATO cut the Russian delegation from 30 to 10 in 2018"})
    assert r.status_code == 200 and 'class="rel conflicting"' in r.text
    assert "is not a date" in client.get("/check", params={"q": "x", "date": "soon"}).text


def test_sql_box_reads_and_refuses_writes(client, tmp_path):
    ok = client.get("/sql", params={"q": "select count(*) as n from articles"})
    assert ok.status_code == 200 and "<td>7</td>" in ok.text
    for bad in (f"COPY (select 1) TO '{tmp_path}/x.csv'", "select * from read_text('/etc/passwd')",
                f"ATTACH '{tmp_path}/y.db'", "INSTALL httpfs", "SET threads = 1"):
        r = client.get("/sql", params={"q": bad})
        assert r.status_code == 400 and 'class="error"' in r.text, bad
    assert list(tmp_path.iterdir()) == []
    csv = client.get("/sql.csv", params={"q": "select speaker, count(*) n from quotes group by 1 order by 2 desc"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "speaker,n"
    assert client.get("/sql.csv", params={"q": "COPY (select 1) TO '/tmp/z.csv'"}).status_code == 400


def test_runs_and_rejects(client):
    r = client.get("/runs")
    assert r.status_code == 200 and "completed" in r.text and "Rejects" in r.text


def test_hostile_article_text_is_shown_literally_and_runs_nothing(client):
    pages = [client.get(u).text for u in ("/search?q=budget mayor", "/speakers", "/conflicts", "/")]
    pages += [client.get(f"/statements/{i}").text for i in re.findall(r'href="/statements/([^"]+)"', pages[0])[:3]]
    joined = "".join(pages)
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in joined
    assert "<script" not in joined and "onerror=" not in joined.replace("onerror=alert", "")
    assert "<img" not in joined and "<b>Li</b>" not in joined


def test_missing_warehouse_is_a_page_not_a_traceback(tmp_path):
    from starlette.testclient import TestClient

    from dashboard.app import create_app

    r = TestClient(create_app(str(tmp_path / "none"))).get("/")
    assert r.status_code == 404 and "no warehouse" in r.text
