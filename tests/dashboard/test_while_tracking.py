"""The dashboard keeps answering while `track` writes: no error, counts never go down, and every
statement a page links to opens (its article is committed; half a batch is never shown)."""

import re
import threading
import time
import warnings

from flows.cli import examples_dir
from flows.track import run_track
from tests.newsgen import write_jsonl

warnings.filterwarnings("ignore", message=".*httpx.*")


def test_pages_stay_consistent_while_track_writes(tmp_path):
    from starlette.testclient import TestClient

    from dashboard.app import create_app

    wh = tmp_path / "wh"
    run_track([str(examples_dir())], str(wh))  # a warehouse to look at from the start
    src = write_jsonl(tmp_path / "more.jsonl", 600, seed=31)
    client = TestClient(create_app(str(wh)))
    seen: list[int] = []
    problems: list[str] = []
    done = threading.Event()

    def browse() -> None:
        deadline = time.monotonic() + 120
        while not done.is_set() and time.monotonic() < deadline:
            r = client.get("/")
            if r.status_code != 200:
                problems.append(f"/ answered {r.status_code}")
                continue
            seen.append(int(re.search(r'<span class="n">(\d+)</span><span class="k">articles', r.text).group(1)))
            s = client.get("/search", params={"q": "budget cut reporters"})
            for sid in re.findall(r'href="/statements/([^"]+)"', s.text)[:2]:
                if client.get(f"/statements/{sid}").status_code != 200:
                    problems.append(f"/statements/{sid} did not open")

    reader = threading.Thread(target=browse)
    reader.start()
    try:
        summary = run_track([str(src)], str(wh), batch_size=20)
    finally:
        done.set()
        reader.join(timeout=150)
    assert summary.status == "completed" and summary.n_articles == 600
    assert not problems, problems[:5]
    assert seen == sorted(seen), "article counts went down"
    assert len(set(seen)) >= 2, "the reader never saw a batch land mid-run"
    assert seen[0] >= 6 and seen[-1] <= 606
