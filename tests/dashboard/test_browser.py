"""`factrack dashboard` in a real browser: Debian's Chromium driven by Playwright (pointed at the
system binary; Playwright's own browser download cannot work offline). Outside CI the test
skips when no Chromium is installed; in CI (.ci/run installs it) it must run."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import examples_dir
from flows.track import run_track
from tests.servers import free_port, listening, wait_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Chromium (apt-get install chromium) for the browser tests")
    pytest.skip("no Chromium installed (apt-get install chromium); browser tests skipped", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


_COUNTS: dict[str, int] = {}


def _count_quotes(wh: Path) -> int:
    """The quotes the warehouse holds, read from its Parquet files (not through the dashboard):
    what the SQL page must show, whatever extraction finds in the examples."""
    import duckdb

    return duckdb.sql(f"select count(*) from read_parquet('{wh}/quotes/**/*.parquet')").fetchall()[0][0]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    wh = tmp_path_factory.mktemp("browser") / "wh"
    run_track([str(examples_dir())], str(wh))
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "factrack"), "dashboard", "--warehouse", str(wh),
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _COUNTS["quotes"] = _count_quotes(wh)
    try:
        wait_for(lambda: listening(port) or proc.poll() is not None, 30, "the dashboard to listen")
    except AssertionError:
        proc.kill()
        raise
    assert proc.poll() is None, proc.stderr.read()
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = browser.new_context(accept_downloads=True, viewport={"width": 1200, "height": 900})
        pg = ctx.new_page()
        pg.set_default_timeout(15_000)
        yield pg
        browser.close()


def test_every_page_is_filled(server, page, tmp_path):
    expect = {"/": "Statements per day", "/conflicts": "Conflicts and misattributions", "/speakers": "Oana Lungescu",
              "/speakers/Oana%20Lungescu": "Statements per month", "/check?q=delegation+cut+from+30+to+10": "conflicting",
              "/search?q=delegation": "delegation", "/sql?q=select+count(*)+as+n+from+quotes": f"\n{_COUNTS['quotes']}\n", "/runs": "completed"}
    for url, text in expect.items():
        page.goto(server + url)
        assert text in page.inner_text("main"), url
        name = url.strip("/").split("?")[0].replace("/", "_").replace("%20", "-") or "overview"
        page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    assert len(list(tmp_path.glob("*.png"))) == len(expect)


def test_from_a_conflict_to_its_statement(server, page):
    page.goto(server + "/conflicts?relation=conflicting")
    card = page.locator("article.card.conflicting").first
    assert card.locator("mark").count() >= 2  # the disagreeing numbers, on both sides
    card.get_by_role("link", name="statement").first.click()
    page.wait_for_url("**/statements/**")
    assert "In its paragraph" in page.inner_text("main") and "Earlier statements it matches" in page.inner_text("main")


def test_check_sql_and_csv_download(server, page, tmp_path):
    page.goto(server + "/check")
    page.fill("input[name=q]", "NATO cut the Russian delegation from 30 to 10 in 2018")
    page.click("button")
    page.wait_for_url("**/check?q=*")
    assert "conflicting" in page.inner_text("main")
    page.goto(server + "/sql")
    page.fill("textarea[name=q]", "select speaker, count(*) as n from quotes group by 1 order by 2 desc, 1")
    page.click("button")
    page.wait_for_selector("table.result")
    assert "Oana Lungescu" in page.inner_text("table.result")
    with page.expect_download() as dl:
        page.click("text=download CSV")
    path = tmp_path / "out.csv"
    dl.value.save_as(path)
    assert path.read_text().splitlines()[0] == "speaker,n"
    page.fill("textarea[name=q]", "COPY (select 1) TO '/tmp/factrack-browser-test.csv'")
    page.click("button")
    assert "not allowed" in page.inner_text(".error")
    assert not Path("/tmp/factrack-browser-test.csv").exists()
