"""Alert sinks: a webhook (one JSON POST per alert) or a JSONL file (one line per alert).

A sink that fails keeps its alerts pending for the next cycle; it never fails the cycle and
never holds it for long: a webhook gets a short timeout and two attempts, and the first alert
it refuses ends that sink's turn. Both sinks carry the alert id, so a receiver can drop the
rare repeat (a crash between sending and recording the delivery); the JSONL sink does so
itself by reading the ids already in its file.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from flows.fetch import USER_AGENT
from warehouse.alerts import Pending

WEBHOOK_TIMEOUT = 5.0
WEBHOOK_ATTEMPTS = 2


@dataclass(frozen=True, slots=True)
class Delivery:
    sink: str
    delivered: tuple[str, ...]  # alert ids that arrived
    error: str = ""  # why the rest did not, one line


def is_webhook(sink: str) -> bool:
    return sink.startswith(("http://", "https://"))


def check_sink(sink: str) -> str | None:
    """Why `sink` cannot work, or None: checked before the first cycle."""
    if is_webhook(sink):
        return None
    p = Path(sink).expanduser()
    if p.suffix.lower() != ".jsonl":
        return f"alert sink {sink!r} is neither an http(s) URL nor a .jsonl file"
    if p.is_dir() or not p.parent.is_dir():
        return f"alert file {sink!r}: its folder does not exist"
    return None


def _post(client: httpx.Client, url: str, body: bytes, alert: str, sleep: Callable[[float], None]) -> str:
    error = ""
    for attempt in range(1, WEBHOOK_ATTEMPTS + 1):
        try:
            r = client.post(url, content=body, headers={
                "Content-Type": "application/json", "Idempotency-Key": alert})
            if r.status_code < 300:
                return ""
            error = f"HTTP {r.status_code} {r.reason_phrase}"
            if r.status_code < 500 and r.status_code != 429:
                return error
        except httpx.HTTPError as e:
            error = "timed out" if isinstance(e, httpx.TimeoutException) else (str(e).splitlines() or [type(e).__name__])[0]
        if attempt < WEBHOOK_ATTEMPTS:
            sleep(0.5)
    return error


def send_webhook(url: str, alerts: list[Pending], sleep: Callable[[float], None] = time.sleep) -> Delivery:
    done: list[str] = []
    with httpx.Client(timeout=WEBHOOK_TIMEOUT, headers={"User-Agent": USER_AGENT}) as client:
        for a in alerts:
            error = _post(client, url, a.payload.encode("utf-8"), a.alert_id, sleep)
            if error:
                return Delivery(url, tuple(done), f"webhook {url}: {error}; {len(alerts) - len(done)} alert(s) kept for the next cycle")
            done.append(a.alert_id)
    return Delivery(url, tuple(done))


def write_jsonl(path: str, alerts: list[Pending]) -> Delivery:
    p = Path(path).expanduser()
    try:
        have: set[str] = set()
        if p.exists():
            with open(p, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    try:
                        have.add(json.loads(line).get("alert_id", ""))
                    except (json.JSONDecodeError, AttributeError):
                        continue
        with open(p, "a", encoding="utf-8") as fh:
            for a in alerts:
                if a.alert_id not in have:
                    fh.write(a.payload + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        return Delivery(path, (), f"alert file {path}: {e.strerror or e}; alerts kept for the next cycle")
    return Delivery(path, tuple(a.alert_id for a in alerts))


def deliver(sink: str, alerts: list[Pending]) -> Delivery:
    if not alerts:
        return Delivery(sink, ())
    return send_webhook(sink, alerts) if is_webhook(sink) else write_jsonl(sink, alerts)
