"""`factrack watch` against a local news site: feeds, conditional GET, retries, rejects, alerts
(JSONL and webhook), the ClaimReview round trip, and the served schedule stopped by SIGINT.
Everything is offline: the site and the webhook listen on 127.0.0.1 in the test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.factchecks import run_import
from flows.fetch import Fetcher
from flows.track import run_track
from flows.watch import run_cycle
from tests.conftest import FIXTURES
from tests.feeds import Route, Site, SiteServer, page, rss
from tests.servers import wait_for
from warehouse.catalog import query

BIN = Path(sys.executable).parent
FACTCHECK = {"id": "wire-check-41", "text": "NATO reduced the Russian delegation from 30 to 20 in 2018.",
             "speaker": "NATO", "date": "2021-10-08", "rating": "True",
             "url": "https://factcheck.example/nato-30-20", "publisher": "Example Check"}


def news(site: Site) -> None:
    """Three wire stories about the seed article: one repeats its fact-checked number, one
    changes it (30 to 10), one credits Lungescu's words to Lavrov."""
    site.routes["/world/nato-delegation-explained"] = Route(page("NATO’s cut to Russia’s mission, explained", [
        "BRUSSELS — NATO reduced the maximum size of the Russian delegation from 30 to 20 in 2018, "
        "after the poisoning of Sergei Skripal in Britain.",
        "The alliance said its Russia policy remained consistent and that it was open to dialogue."]))
    site.routes["/world/russia-closes-mission"] = Route(page("Russia closes its NATO mission", [
        "MOSCOW — Russia will close its mission to NATO, the Foreign Ministry said on Monday.",
        "NATO cut the maximum size of the Russian delegation from 30 to 10 in 2018, diplomats said.",
        "Officials said contacts had been limited for years."]))
    site.routes["/world/lavrov-responds"] = Route(page("Lavrov responds to NATO", [
        "Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday.",
        "“We regret these steps,” Lavrov said.",
        "He said the alliance had already been notified."]))
    site.routes["/feed.xml"] = Route(rss(site, [
        ("/world/nato-delegation-explained", "Explained", "Mon, 25 Oct 2021 08:00:00 GMT"),
        ("/world/russia-closes-mission", "Closes", "Mon, 25 Oct 2021 09:00:00 GMT"),
        ("/world/lavrov-responds", "Lavrov", "Mon, 25 Oct 2021 10:00:00 GMT")]),
        content_type="application/rss+xml; charset=utf-8")


@pytest.fixture()
def seeded(tmp_path) -> Path:
    """A warehouse holding the seed article and one imported fact-check."""
    wh = tmp_path / "wh"
    run_track([str(FIXTURES / "nato-russia-mission.txt")], str(wh))
    fc = tmp_path / "checks.jsonl"
    fc.write_text(json.dumps(FACTCHECK) + "\n", encoding="utf-8")
    assert run_import(str(fc), str(wh)) == 0
    return wh


def factrack(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.run([str(BIN / "factrack"), *args], capture_output=True, text=True, timeout=timeout, env=env)


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def count(wh: Path, sql: str) -> int:
    return query(wh, sql)[1][0][0]


@pytest.mark.slow
def test_watch_once_twice_stores_alerts_then_costs_one_304(seeded, tmp_path):
    alerts = tmp_path / "alerts.jsonl"
    with SiteServer(Site()) as site:
        news(site)
        feed = site.url("/feed.xml")
        first = factrack("watch", feed, "--once", "--alert", str(alerts), "--warehouse", str(seeded))
        assert first.returncode == 0, first.stderr
        assert "3 new article(s)" in first.stderr and "Traceback" not in first.stderr
        got = lines(alerts)
        kinds = {a["kind"] for a in got}
        assert kinds == {"factcheck", "conflict", "misattribution"}, got
        fc = next(a for a in got if a["kind"] == "factcheck")
        assert fc["factcheck"] == {"rating": "True", "url": FACTCHECK["url"], "publisher": "Example Check"}
        assert fc["statement"]["url"] == site.url("/world/nato-delegation-explained")
        assert fc["statement"]["date"] == "2021-10-25" and fc["statement"]["outlet"] == "The Brussels Wire"
        conflict = next(a for a in got if a["kind"] == "conflict")
        assert {n.get("to") for n in conflict["numbers"]["statement"]} == {10.0}
        assert 20.0 in {n.get("to") for n in conflict["numbers"]["earlier"]}
        mis = next(a for a in got if a["kind"] == "misattribution")
        assert (mis["statement"]["speaker"], mis["earlier"]["speaker"]) == ("Sergei Lavrov", "Oana Lungescu")
        assert all(a["statement"]["text"] and a["earlier"]["text"] and a["relation"] for a in got)
        assert len({a["alert_id"] for a in got}) == len(got)
        pages_before = len(site.requests("GET")) - 1
        assert pages_before == 3 and all("factrack/" in ua for ua in site.user_agents)
        articles = count(seeded, "SELECT count(*) FROM articles")

        second = factrack("watch", feed, "--once", "--alert", str(alerts), "--warehouse", str(seeded))
        assert second.returncode == 0, second.stderr
        assert site.requests("GET", "/feed.xml")[-1][2] == 304
        assert len(site.requests("GET")) == 5  # one feed request more, no page
        assert count(seeded, "SELECT count(*) FROM articles") == articles
        assert lines(alerts) == got  # nothing sent twice
        assert "0 new alert(s)" in second.stderr


def test_failures_are_retried_then_rejected_and_the_cycle_completes(seeded):
    with SiteServer(Site()) as site:
        news(site)
        site.routes["/flaky.xml"] = Route(site.routes["/feed.xml"].body, "application/rss+xml", fail_first=2)
        site.routes["/down.xml"] = Route(status=503)
        site.routes["/broken.xml"] = Route(b'<?xml version="1.0"?><rss><channel><title>Wire</title><item><link>',
                                           "application/rss+xml")
        site.routes["/slow-index.xml"] = Route(rss(site, [("/slow", "Slow", "Mon, 25 Oct 2021 11:00:00 GMT")]),
                                               "application/rss+xml")
        site.routes["/slow"] = Route(page("Slow page", ["It never arrives."]), delay=2.5)
        urls = [site.url(p) for p in ("/flaky.xml", "/down.xml", "/broken.xml", "/slow-index.xml")]
        with Fetcher(timeout=1.0, backoff=0.05) as f:
            report = run_cycle(urls, [], str(seeded), use_tasks=False, fetcher=f)
        assert report.status == "completed" and report.articles == 3
        assert site.routes["/flaky.xml"].hits == 3  # 500, 500, 200
        assert site.routes["/down.xml"].hits == 3
        assert site.routes["/slow"].hits == 3
        _, rejects = query(seeded, "SELECT source_path, reason FROM rejects ORDER BY source_path")
        why = dict(rejects)
        assert why[site.url("/down.xml")] == "HTTP 503 Service Unavailable after 3 attempt(s)"
        assert why[site.url("/broken.xml")].startswith("malformed feed:")
        assert why[site.url("/slow")] == "timed out after 3 attempt(s)"
        assert all("\n" not in r for r in why.values())

        # The next cycle tries the failed page again (not the stored ones); a restart knows it.
        site.routes["/slow"].delay = 0
        with Fetcher(timeout=1.0, backoff=0.05) as f:
            again = run_cycle(urls, [], str(seeded), use_tasks=False, fetcher=f)
        assert again.articles == 1 and site.routes["/slow"].hits == 4
        assert site.routes["/world/lavrov-responds"].hits == 1
        n = count(seeded, "SELECT count(*) FROM articles")
        assert n == count(seeded, "SELECT count(DISTINCT article_id) FROM articles") == 5


def test_webhook_gets_one_post_per_alert_and_a_down_hook_keeps_them(seeded, tmp_path):
    with SiteServer(Site()) as site:
        news(site)
        hook = site.url("/hook")
        site.hook_down = True
        report = run_cycle([site.url("/feed.xml")], [], str(seeded), [hook], use_tasks=False)
        # The 30-to-10 story conflicts with three sources (the seed, the 30-to-20 story of the
        # same feed, the fact-check): three alerts, one per source.
        assert report.status == "completed" and report.alerts == 5
        assert report.sent == {hook: 0} and "503" in report.problems[0] and "kept for the next cycle" in report.problems[0]
        assert site.posts == []

        site.hook_down = False
        later = run_cycle([site.url("/feed.xml")], [], str(seeded), [hook], use_tasks=False)
        assert later.alerts == 0 and later.sent == {hook: 5} and not later.problems
        assert sorted(p["kind"] for p in site.posts) == ["conflict"] * 3 + ["factcheck", "misattribution"]
        assert len({(p["statement"]["url"], p["earlier"]["url"], p["earlier"]["id"]) for p in site.posts}) == 5
        for p in site.posts:
            for side in ("statement", "earlier"):
                assert {"text", "speaker", "date", "url", "numbers"} <= set(p[side])
            assert p["relation"] and "numbers" in p
        final = run_cycle([site.url("/feed.xml")], [], str(seeded), [hook], use_tasks=False)
        assert final.sent == {hook: 0} and len(site.posts) == 5  # never twice


def test_inbox_folder_and_source_list(seeded, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "briefing.txt").write_text(
        "NATO briefing\n“We regret these steps,” spokesperson Oana Lungescu said on Monday.\n", encoding="utf-8")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x01binary")
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    with SiteServer(Site()) as site:
        news(site)
        listing = tmp_path / "sources.txt"
        listing.write_text(f"# the desk's sources\n{site.url('/feed.xml')}\ninbox/   # dropped files\n", encoding="utf-8")
        from flows.sources import expand

        src = expand([str(listing)])
        assert src.urls == (site.url("/feed.xml"),) and src.folders == (str(inbox),)
        report = run_cycle(list(src.urls), list(src.folders), str(seeded), use_tasks=False)
        assert report.articles == 4 and report.rejects == 1  # the empty file; other types are skipped
        again = run_cycle(list(src.urls), list(src.folders), str(seeded), use_tasks=False)
        assert again.articles == 0 and again.pages == 0


def test_claimreview_export_round_trips_through_import(seeded, tmp_path):
    with SiteServer(Site()) as site:
        news(site)
        run_cycle([site.url("/feed.xml")], [], str(seeded), use_tasks=False)
    out = tmp_path / "reviews.jsonld"
    r = factrack("export", "claimreview", "--warehouse", str(seeded), "-o", str(out))
    assert r.returncode == 0, r.stderr
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert len(docs) == 1
    doc = docs[0]
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == FACTCHECK["text"] and doc["reviewRating"]["alternateName"] == "True"
    assert doc["itemReviewed"]["@type"] == "Claim" and doc["itemReviewed"]["author"]["name"] == "NATO"
    seen = doc["itemReviewed"]["appearance"]
    assert [a["url"] for a in seen] == [f"http://127.0.0.1:{site.port}/world/nato-delegation-explained"]
    assert seen[0]["datePublished"] == "2021-10-25" and "30 to 20" in seen[0]["text"]

    fresh = tmp_path / "partner"
    r = factrack("factchecks", "import", str(out), "--warehouse", str(fresh))
    assert r.returncode == 0, r.stderr
    cols = "factcheck_id, text, title, speaker, date, rating, url, publisher"
    assert query(fresh, f"SELECT {cols} FROM factchecks")[1] == query(seeded, f"SELECT {cols} FROM factchecks")[1]
    _, rows = query(fresh, "SELECT a.url, a.title, a.date, a.outlet, a.text FROM factchecks, unnest(appearances) t(a)")
    assert rows == [(seen[0]["url"], seen[0]["headline"], "2021-10-25", "The Brussels Wire", seen[0]["text"])]
    assert factrack("export", "claimreview", "--warehouse", str(seeded), "--since", "2999-01-01").stdout.strip() == "[]"
    bad = factrack("export", "claimreview", "--warehouse", str(seeded), "--since", "last week")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_bad_sources_and_sinks_are_one_line_errors(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("NATO expelled eight Russian diplomats, officials said on Wednesday.\n", encoding="utf-8")
    for args, needle in [(["ftp://example.org/feed"], "only http:// and https://"),
                         ([str(tmp_path / "missing")], "no such URL, folder or source list"),
                         ([str(article)], "looks like an article"),
                         ([str(tmp_path), "--every", "soon"], "--every 'soon'"),
                         ([str(tmp_path), "--alert", "alerts.csv"], "neither an http(s) URL nor a .jsonl file")]:
        r = factrack("watch", *args, "--once", "--warehouse", str(tmp_path / "wh"))
        assert r.returncode == 2 and needle in r.stderr and r.stderr.count("\n") == 1, (args, r.stderr)
    assert not (tmp_path / "wh").exists()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.slow
def test_served_watch_runs_cycles_and_stops_on_sigint(seeded, tmp_path):
    """Without --once: Prefect serves the flow every second; Ctrl-C (SIGINT to the process group,
    as a terminal sends it) stops it without a traceback. It starts with SIGINT ignored, as a
    shell starts a background job (and as this suite inherits it when run in one): the served
    runner then sat idle through every SIGINT and this test timed out."""
    with SiteServer(Site()) as site:
        news(site)
        env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_HOME")}
        p = subprocess.Popen([str(BIN / "factrack"), "watch", site.url("/feed.xml"), "--every", "1s",
                              "--warehouse", str(seeded), "--alert", str(tmp_path / "a.jsonl")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             start_new_session=True, preexec_fn=_ignore_sigint)
        try:
            wait_for(lambda: count(seeded, "SELECT count(*) FROM runs WHERE command = 'watch'") >= 2, 90,
                     "two served watch cycles", every=0.5)
            time.sleep(0.5)
            os.killpg(p.pid, signal.SIGINT)
            out, err = p.communicate(timeout=60)
        finally:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        assert p.returncode == 0, err
        assert "Traceback" not in err and "watch stopped" in err, err
        assert err.count("3 new article(s)") == 1
        assert site.requests("GET", "/feed.xml")[-1][2] in (200, 304)
    statuses = query(seeded, "SELECT DISTINCT status FROM runs WHERE command = 'watch'")[1]
    assert {s for (s,) in statuses} <= {"completed", "interrupted"}


def test_factrack_toml_sets_sources_schedule_and_alerts(tmp_path):
    from flows.sources import SourceError, expand, parse_every

    (tmp_path / "inbox").mkdir()
    conf = tmp_path / "factrack.toml"
    conf.write_text('[watch]\nsources = ["https://wire.example/rss.xml", "inbox"]\nevery = "1h"\n'
                    'alert = "alerts.jsonl"\n', encoding="utf-8")
    src = expand([str(conf), "https://wire.example/rss.xml"])
    assert src.urls == ("https://wire.example/rss.xml",) and src.folders == (str(tmp_path / "inbox"),)
    assert parse_every(src.every) == 3600 and src.alerts == ("alerts.jsonl",)
    assert [parse_every(x) for x in ("90s", "15m", "2", "1.5h", "1d")] == [90, 900, 2, 5400, 86400]
    conf.write_text('[watch]\nsources = "inbox"\n', encoding="utf-8")
    with pytest.raises(SourceError, match="must be a list"):
        expand([str(conf)])
    conf.write_text('[watch\n', encoding="utf-8")
    with pytest.raises(SourceError, match="factrack.toml"):
        expand([str(conf)])
