"""The `watch` flow: one cycle fetches what is new in feeds, pages and inbox folders, runs the
`track` steps on it, and sends the alerts it raised.

A cycle: conditional GET of every feed and page source (an unchanged feed costs one 304) ->
feed items whose URL is not stored yet, plus pages that failed in an earlier cycle (at most
`PAGE_ATTEMPTS` cycles) -> page fetches, one at a time per host, text through trafilatura ->
`run_track` on those articles and the inbox folders -> the fetch state (validators, text keys,
failures) -> alerts for the matches this cycle made, delivered to every sink.

Everything a restart needs is in the warehouse (`fetches`, `articles`, `alerts`,
`deliveries`), so a restarted watch fetches nothing twice and alerts nothing twice. `factrack
watch --once` calls the flow once; without it the CLI serves the flow on a schedule (Prefect
`serve`), and each cycle runs as a flow run of its own.
"""

from __future__ import annotations

import contextlib
import math
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from claims.ids import article_id, digest, normalise_for_id
from claims.records import Article
from flows.alerts import deliver
from flows.fetch import Fetched, Fetcher, Request, fetch_all
from flows.ingest import Rejected, from_html
from flows.lifetime import graceful_signals, handling, rearm
from flows.track import run_track
from warehouse import catalog
from warehouse.alerts import Pending, known_alerts, new_alerts, pending
from warehouse.store import Warehouse

PAGE_ATTEMPTS = 3  # cycles in which a failing page is tried before it is given up


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str = ""
    published: str = ""
    outlet: str = ""  # the feed's title, used when the page names no site


@dataclass
class CycleReport:
    run_id: str = ""
    status: str = "completed"
    sources: int = 0
    feeds: int = 0
    unchanged: int = 0  # sources answered 304
    pages: int = 0  # page requests made
    duplicates: int = 0
    articles: int = 0
    quotes: int = 0
    claims: int = 0
    matches: int = 0
    rejects: int = 0
    alerts: int = 0
    sent: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # sinks that failed, one line each
    seconds: float = 0.0
    stopped_by: int | None = None

    def line(self) -> str:
        sent = ", ".join(f"{n} to {s}" for s, n in self.sent.items()) or "none sent"
        return (f"watch {self.run_id}: {self.sources} source(s), {self.unchanged} unchanged, "
                f"{self.pages} page(s) fetched, {self.articles} new article(s) ({self.quotes} quotes, "
                f"{self.claims} claims, {self.matches} matches), {self.rejects} reject(s), "
                f"{self.alerts} new alert(s) ({sent}), {self.seconds:.1f} s")


@dataclass
class State:
    """What earlier cycles left in the warehouse."""

    validators: dict[str, tuple[str, str]] = field(default_factory=dict)  # url -> (etag, last_modified)
    kinds: dict[str, str] = field(default_factory=dict)  # source url -> feed | page
    failures: dict[str, int] = field(default_factory=dict)  # page url -> failed cycles
    failed_items: dict[str, FeedItem] = field(default_factory=dict)  # to retry on a 304
    text_keys: set[str] = field(default_factory=set)
    stored_urls: set[str] = field(default_factory=set)


def read_state(wh: Warehouse) -> State:
    s = State()
    rows = []
    for t in wh.iter_batches("fetches"):
        rows.extend(t.to_pylist())
    rows.sort(key=lambda r: r["fetched_at"])
    for r in rows:
        url = r["url"]
        if r["status"] in ("fetched", "not_modified") and r["kind"] in ("feed", "source-page"):
            s.validators[url] = (r["etag"] or "", r["last_modified"] or "")
        if r["kind"] in ("feed", "source-page") and r["status"] != "failed":
            s.kinds[url] = "feed" if r["kind"] == "feed" else "page"
        if r["text_key"]:
            s.text_keys.add(r["text_key"])
        if r["kind"] == "page":
            if r["status"] == "failed":
                s.failures[url] = s.failures.get(url, 0) + 1
                s.failed_items[url] = FeedItem(url)
            else:
                s.failed_items.pop(url, None)
    s.stored_urls = wh.read_column("articles", "url")
    return s


def looks_like_feed(f: Fetched) -> bool:
    ctype = f.content_type.lower()
    if any(k in ctype for k in ("rss", "atom", "/xml", "+xml")):
        return True
    head = f.body[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def parse_feed(f: Fetched) -> tuple[list[FeedItem], str]:
    """Items of a feed (those with a link), or an error line for a malformed or empty feed."""
    import feedparser

    doc = feedparser.parse(f.body, response_headers={"content-location": f.final_url or f.url,
                                                     "content-type": f.content_type})
    title = str(doc.feed.get("title", "") or "")
    items = []
    for e in doc.entries:
        link = str(e.get("link", "") or "").strip()
        if not link.startswith(("http://", "https://")):
            continue
        published = ""
        when = e.get("published_parsed") or e.get("updated_parsed")
        if when:
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", when)
        items.append(FeedItem(link, str(e.get("title", "") or ""), published, title))
    if doc.bozo and not items:
        why = str(doc.get("bozo_exception", "") or "not a feed").splitlines()[0]
        return [], f"malformed feed: {why}"
    return items, ""


def page_article(f: Fetched, item: FeedItem) -> Article | Rejected:
    """A fetched page as an article (the item's URL is its identity), or why not."""
    if b"\x00" in f.body[:8192]:
        return Rejected(item.url, "binary response, not an HTML page")
    art = from_html(f.body, item.url)
    if isinstance(art, Rejected):
        return art
    return replace(art, url=item.url, title=art.title or item.title, outlet=art.outlet or item.outlet,
                   published_at=art.published_at or item.published)


def _fetch_row(url: str, kind: str, f: Fetched | None, status: str, run_id: str, now: datetime,
               text_key: str = "", aid: str = "", reason: str = "") -> dict:
    return {"url": url, "kind": kind, "status": status, "http_status": f.status if f else None,
            "etag": f.etag if f else "", "last_modified": f.last_modified if f else "",
            "text_key": text_key, "article_id": aid, "reason": reason, "fetched_at": now, "run_id": run_id}


@task(name="fetch-sources", cache_policy=NO_CACHE)
def fetch_sources(fetcher: Fetcher, urls: list[str], state: State) -> dict[str, Fetched]:
    return fetch_all(fetcher, [Request(u, *state.validators.get(u, ("", ""))) for u in urls])


@task(name="fetch-pages", cache_policy=NO_CACHE)
def fetch_pages(fetcher: Fetcher, items: list[FeedItem]) -> dict[str, Fetched]:
    return fetch_all(fetcher, [Request(i.url) for i in items])


def gather(urls: Iterable[str], state: State, fetcher: Fetcher, run_id: str, now: datetime,
           use_tasks: bool = True) -> tuple[list[Article | Rejected], list[dict], CycleReport]:
    """Fetch the URL sources and the new pages they list: articles and rejects for `track`, and
    the `fetches` rows to record once the articles are committed."""
    report = CycleReport()
    rows: list[dict] = []
    out: list[Article | Rejected] = []
    get_sources = fetch_sources if use_tasks else fetch_sources.fn
    get_pages = fetch_pages if use_tasks else fetch_pages.fn
    urls = list(urls)
    answers = get_sources(fetcher, urls, state)
    wanted: dict[str, FeedItem] = {}
    for url in urls:
        f = answers[url]
        kind = state.kinds.get(url)
        known_as = "feed" if kind == "feed" else "source-page"  # what earlier cycles found it to be
        if not f.ok:
            out.append(Rejected(url, f.error))
            rows.append(_fetch_row(url, known_as, f, "failed", run_id, now, reason=f.error))
            continue
        if f.not_modified:
            report.unchanged += 1
            rows.append(_fetch_row(url, known_as, f, "not_modified", run_id, now))
            continue
        if kind == "feed" or (kind is None and looks_like_feed(f)):
            report.feeds += 1
            items, error = parse_feed(f)
            if error:
                out.append(Rejected(url, error))
                rows.append(_fetch_row(url, "feed", f, "failed", run_id, now, reason=error))
                continue
            rows.append(_fetch_row(url, "feed", f, "fetched", run_id, now))
            for it in items:
                if it.url not in state.stored_urls and it.url not in wanted and state.failures.get(it.url, 0) < PAGE_ATTEMPTS:
                    wanted[it.url] = it
            continue
        art = page_article(f, FeedItem(url))  # the source is a page itself
        key = _new_text(art, state)
        if key is None and isinstance(art, Article):
            report.duplicates += 1
        elif art is not None:
            out.append(art)
        rows.append(_fetch_row(url, "source-page", f, "fetched", run_id, now, key or "",
                               reason=art.reason if isinstance(art, Rejected) else ""))
    for url, it in state.failed_items.items():  # pages that failed before, even under a 304 feed
        if url not in wanted and url not in state.stored_urls and state.failures.get(url, 0) < PAGE_ATTEMPTS:
            wanted[url] = it
    pages = get_pages(fetcher, list(wanted.values())) if wanted else {}
    report.pages = len(pages)
    for url, it in wanted.items():
        f = pages[url]
        if not f.ok:
            out.append(Rejected(url, f.error))
            rows.append(_fetch_row(url, "page", f, "failed", run_id, now, reason=f.error))
            continue
        art = page_article(f, it)
        if isinstance(art, Rejected):  # fetched, but no article in it: not worth fetching again
            out.append(art)
            rows.append(_fetch_row(url, "page", f, "fetched", run_id, now, reason=art.reason))
            continue
        key = _new_text(art, state)
        if key is None:
            report.duplicates += 1
            rows.append(_fetch_row(url, "page", f, "duplicate", run_id, now,
                                   reason="same text as a page stored before"))
            continue
        out.append(art)
        rows.append(_fetch_row(url, "page", f, "fetched", run_id, now, key, article_id(art.text, art.url)))
    return out, rows, report


def _new_text(art: Article | Rejected, state: State) -> str | None:
    """The text key of a fetched article, or None when the same text came in before under
    another URL (a reprint, a tracking-parameter variant): it is then not tracked again."""
    if isinstance(art, Rejected):
        return ""
    key = "t" + digest("text", normalise_for_id(art.text))
    if key in state.text_keys:
        return None
    state.text_keys.add(key)
    return key


def record(root: str, fetch_rows: list[dict], sinks: list[str], run_id: str, wait: float | None,
           report: CycleReport) -> dict[str, list[Pending]]:
    """Under one hold of the writer's lock: the cycle's fetch state, then alerts for the new
    matches; returns the alerts each sink is still owed. The fetch state lands after the
    articles it describes (run_track committed them): a crash in between costs one full feed
    download next cycle, never a lost page (stored URLs are skipped anyway)."""
    with Warehouse(root, wait=wait) as wh:
        wh.append("fetches", fetch_rows, f"fetches-{run_id}")
        con = catalog.connect(wh.root)
        try:
            rows = new_alerts(con, wh, known_alerts(wh), sinks, run_id, datetime.now(UTC))
        finally:
            con.close()
        wh.append("alerts", rows, f"alerts-{run_id}")
        report.alerts = len(rows)
        if fetch_rows or rows:
            catalog.refresh(wh)
        return pending(wh, sinks)


def send_alerts(root: str, due: dict[str, list[Pending]], run_id: str, wait: float | None,
                report: CycleReport) -> None:
    """Deliver what each sink is owed, without the lock (a slow webhook must not hold up other
    writers), then record the deliveries."""
    done = []
    for sink, alerts in due.items():
        d = deliver(sink, alerts)
        report.sent[sink] = len(d.delivered)
        if d.error:
            report.problems.append(d.error)
        done += [{"alert_id": a, "sink": sink, "delivered_at": datetime.now(UTC), "run_id": run_id}
                 for a in d.delivered]
    if done:
        with Warehouse(root, wait=wait) as wh:
            wh.append("deliveries", done, f"deliveries-{run_id}")
            catalog.refresh(wh)


def run_cycle(urls: list[str], folders: list[str], warehouse: str, alerts: list[str] | None = None,
              timeout: float = 20.0, wait: float | None = math.inf, use_tasks: bool = True,
              fetcher: Fetcher | None = None) -> CycleReport:
    """One watch cycle (the body of the flow, callable without Prefect)."""
    t0 = time.perf_counter()
    now = datetime.now(UTC)
    run_id = now.strftime("%Y%m%dT%H%M%S") + "-" + digest(now.isoformat(), *urls, *folders, size=6)
    wh = Warehouse(warehouse)
    state = read_state(wh)
    with fetcher or Fetcher(timeout=timeout) as f:
        items, fetch_rows, report = gather(urls, state, f, run_id, now, use_tasks)
    report.sources = len(urls) + len(folders)
    summary = run_track(folders, warehouse, command="watch", use_tasks=use_tasks, wait=wait, items=items,
                        inputs=[*urls, *folders], run_id=run_id)
    report.run_id, report.status, report.stopped_by = summary.run_id, summary.status, summary.stopped_by
    report.articles, report.quotes, report.claims = summary.n_articles, summary.n_quotes, summary.n_claims
    report.matches, report.rejects = summary.n_matches, summary.n_rejects
    if summary.status == "completed":
        due = record(str(wh.root), fetch_rows, list(alerts or []), run_id, wait, report)
        send_alerts(str(wh.root), due, run_id, wait, report)
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


@contextlib.contextmanager
def _signals_once():
    """Graceful SIGINT/SIGTERM for the cycle: the CLI's own when it runs the flow in-process
    (--once), our own in a served run's process, which Prefect starts without them."""
    if handling():
        rearm()
        yield
    else:
        with graceful_signals():
            yield


@flow(name="watch", log_prints=False)
def watch_cycle(urls: list[str], folders: list[str], warehouse: str, alerts: list[str] | None = None,
                timeout: float = 20.0) -> dict:
    """One watch cycle; returns its report. Served on a schedule by `factrack watch`."""
    with _signals_once():
        report = run_cycle(urls, folders, warehouse, alerts, timeout)
    print(report.line(), file=sys.stderr, flush=True)
    for p in report.problems:
        print(f"factrack: warning: {p}", file=sys.stderr, flush=True)
    return report.__dict__
