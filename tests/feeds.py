"""A local news site for the watch tests: feeds, article pages and a webhook receiver on
127.0.0.1, with the behaviours a real site has (ETag and Last-Modified, 304s, 5xx bursts, slow
pages, broken XML). Routes are set per test; every request is logged so tests can count them."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Mon, 25 Oct 2021 09:00:00 GMT"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    fail_first: int = 0  # answer 500 this many times, then normally
    delay: float = 0.0  # seconds before answering
    validators: bool = True  # send ETag / Last-Modified and honour conditional GET
    hits: int = 0


@dataclass
class Site:
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, str, int]] = field(default_factory=list)  # (method, path, status)
    posts: list[dict] = field(default_factory=list)  # JSON bodies received on /hook
    user_agents: set[str] = field(default_factory=set)
    hook_down: bool = False
    port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def requests(self, method: str = "GET", path: str | None = None) -> list[tuple[str, str, int]]:
        with self.lock:
            return [r for r in self.log if r[0] == method and (path is None or r[1] == path)]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class H(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
            with site.lock:
                site.log.append((self.command, self.path, status))
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): not the server's problem

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            site.user_agents.add(self.headers.get("User-Agent", ""))
            r = site.routes.get(self.path)
            if r is None:
                return self._send(404, b"not found")
            r.hits += 1
            if r.delay:
                time.sleep(r.delay)
            if r.hits <= r.fail_first or r.status >= 500:
                return self._send(r.status if r.status >= 500 else 500, b"server error")
            etag = '"' + hashlib.sha1(r.body).hexdigest()[:16] + '"'
            headers = {"Content-Type": r.content_type}
            if r.validators:
                headers |= {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", {"ETag": etag})
            return self._send(r.status, r.body, headers)

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path != "/hook":
                return self._send(404)
            if site.hook_down:
                return self._send(503, b"down")
            with site.lock:
                site.posts.append(json.loads(body))
            return self._send(204)

    return H


class SiteServer:
    """Context manager: the site served on a free 127.0.0.1 port in a thread."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.httpd.daemon_threads = True
        site.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def rss(site: Site, items: list[tuple[str, str, str]], title: str = "The Brussels Wire") -> bytes:
    """An RSS 2.0 feed of (path, title, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{site.url(p)}</link><guid>{site.url(p)}</guid>"
        f"<pubDate>{d}</pubDate></item>" for p, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{site.url('/')}</link><description>Wire copy</description>{entries}</channel></rss>").encode()


def page(title: str, paragraphs: list[str], outlet: str = "The Brussels Wire", date: str = "2021-10-25") -> bytes:
    """An article page with the furniture a real one has (navigation, a footer, a script)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{date}T08:00:00Z">
<script>window.track = function () {{}};</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer><p>© 2021 {outlet}. All rights reserved. Sign up for our newsletter.</p></footer></body></html>""".encode()
