"""Fetching feeds and pages like a good citizen: a User-Agent that names factrack, timeouts,
retries with backoff on 5xx and network errors, conditional GET, one request at a time per host.

Every fetch returns a `Fetched` (never raises): the body, or `not_modified` after a 304, or a
one-line `error` that the watch flow turns into a reject. Hosts are fetched in parallel, each
host's URLs one after another, so no site ever sees two requests from us at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from flows.version import factrack_version

USER_AGENT = f"factrack/{factrack_version()} (+https://pypi.org/project/factrack/; quote and claim tracking)"
TIMEOUT = 20.0  # seconds for one request
RETRIES = 3  # attempts per URL on 5xx and network errors
BACKOFF = 0.5  # seconds before the 2nd attempt; doubles each time
MAX_RETRY_AFTER = 10.0  # a server's Retry-After is honoured up to this many seconds
MAX_BYTES = 5 * 1024 * 1024  # the same cap as one input file
HOSTS_AT_ONCE = 8


@dataclass(frozen=True, slots=True)
class Request:
    url: str
    etag: str = ""  # validators from the last fetch, for a conditional GET
    last_modified: str = ""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    status: int = 0  # HTTP status of the last attempt (0: no answer)
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    final_url: str = ""  # after redirects
    error: str = ""  # one line; empty when the fetch succeeded
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return min(MAX_RETRY_AFTER, max(0.0, float(value)))
    except ValueError:
        pass
    try:
        return min(MAX_RETRY_AFTER, max(0.0, parsedate_to_datetime(value).timestamp() - time.time()))
    except (TypeError, ValueError):
        return None


def _network_error(e: Exception) -> str:
    if isinstance(e, httpx.TimeoutException):
        return "timed out"
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return f"network error: {text}"


class Fetcher:
    """One HTTP client for a watch cycle (connections are reused per host)."""

    def __init__(self, timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = BACKOFF,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.retries = max(1, retries)
        self.backoff = backoff
        self.sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, req: Request) -> Fetched:
        headers = {}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        error, status = "", 0
        for attempt in range(1, self.retries + 1):
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                with self.client.stream("GET", req.url, headers=headers) as resp:
                    status = resp.status_code
                    if status == 304:
                        return Fetched(req.url, 304, etag=req.etag, last_modified=req.last_modified,
                                       final_url=str(resp.url), attempts=attempt)
                    if status >= 500 or status == 429:
                        error = f"HTTP {status} {resp.reason_phrase} after {attempt} attempt(s)"
                        wait = _retry_after(resp) or wait
                    elif status >= 400:
                        return Fetched(req.url, status, error=f"HTTP {status} {resp.reason_phrase}",
                                       attempts=attempt)
                    else:
                        body = bytearray()
                        for chunk in resp.iter_bytes():
                            body += chunk
                            if len(body) > MAX_BYTES:
                                return Fetched(req.url, status, error=f"response over the {MAX_BYTES // 2**20} MB limit",
                                               attempts=attempt)
                        return Fetched(req.url, status, bytes(body), resp.headers.get("content-type", ""),
                                       resp.headers.get("etag", ""), resp.headers.get("last-modified", ""),
                                       str(resp.url), attempts=attempt)
            except httpx.InvalidURL as e:
                return Fetched(req.url, error=f"invalid URL: {e}", attempts=attempt)
            except httpx.HTTPError as e:
                error, status = f"{_network_error(e)} after {attempt} attempt(s)", 0
            if attempt < self.retries:
                self.sleep(wait)
        return Fetched(req.url, status, error=error, attempts=self.retries)


def host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def fetch_all(fetcher: Fetcher, requests: Iterable[Request]) -> dict[str, Fetched]:
    """Fetch every request: hosts in parallel, each host's URLs in order, one at a time."""
    by_host: dict[str, list[Request]] = {}
    for r in requests:
        by_host.setdefault(host(r.url), []).append(r)
    if not by_host:
        return {}

    def one_host(reqs: list[Request]) -> list[Fetched]:
        return [fetcher.get(r) for r in reqs]

    out: dict[str, Fetched] = {}
    with ThreadPoolExecutor(max_workers=min(HOSTS_AT_ONCE, len(by_host)), thread_name_prefix="fetch") as pool:
        for results in pool.map(one_host, by_host.values()):
            out.update((f.url, f) for f in results)
    return out
