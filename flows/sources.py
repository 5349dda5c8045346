"""What `watch` watches: the SOURCE arguments expanded into URLs and inbox folders.

A SOURCE is an http(s) URL (a feed or a page: which one is decided by what the server sends), a
folder (an inbox other tools drop .txt/.jsonl/.html files into), or a file that lists sources:
a plain list (one URL or folder per line, `#` comments) or a `factrack.toml` whose `[watch]`
table may also set `every` and `alert`. Relative folders in a list are relative to the list.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class SourceError(ValueError):
    """A SOURCE argument or list entry that cannot be watched."""


@dataclass(frozen=True)
class Sources:
    urls: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()
    every: str = ""  # from a factrack.toml, when it sets one
    alerts: tuple[str, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.urls or self.folders)


_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.IGNORECASE)
_UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """'15m', '90s', '1h', '1d' or plain seconds -> seconds."""
    m = _EVERY.match(str(text))
    if not m or float(m.group(1)) <= 0:
        raise SourceError(f"--every {text!r}: use a number with s, m, h or d (e.g. 15m)")
    return float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _add(entry: str, base: Path | None, urls: list[str], folders: list[str], where: str,
         every: list[str], alerts: list[str], depth: int) -> None:
    entry = entry.strip()
    if _is_url(entry):
        urls.append(entry)
        return
    if re.match(r"^[a-z][a-z0-9+.-]*://", entry, re.IGNORECASE):
        raise SourceError(f"{where}{entry!r}: only http:// and https:// URLs can be watched")
    p = Path(entry).expanduser()
    if base is not None and not p.is_absolute():
        p = base / p
    if p.is_dir():
        folders.append(str(p))
    elif p.is_file():
        if depth > 2:
            raise SourceError(f"{where}{entry!r}: source lists nested too deep")
        _read_list(p, urls, folders, every, alerts, depth + 1)
    else:
        raise SourceError(f"{where}{entry!r}: no such URL, folder or source list")


def _read_list(path: Path, urls: list[str], folders: list[str], every: list[str], alerts: list[str],
               depth: int) -> None:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SourceError(f"cannot read source list {path}: {e.strerror or e}") from None
    if b"\x00" in raw[:4096]:
        raise SourceError(f"{path} is a binary file, not a source list")
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() == ".toml":
        try:
            conf = tomllib.loads(text).get("watch", {})
        except tomllib.TOMLDecodeError as e:
            raise SourceError(f"{path}: {e}") from None
        entries = conf.get("sources", [])
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise SourceError(f"{path}: [watch] sources must be a list of strings")
        if "every" in conf:
            every.append(str(conf["every"]))
        extra = conf.get("alert", [])
        alerts.extend([extra] if isinstance(extra, str) else [str(a) for a in extra])
        for e in entries:
            _add(e, path.parent, urls, folders, f"{path}: ", every, alerts, depth)
        return
    entries = [_entry(ln) for ln in text.splitlines()]
    if path.suffix.lower() in {".txt", ".jsonl", ".html", ".htm"} and any(
            len(e.split()) > 2 or e.startswith(("{", "<")) for e in entries[:10]):
        raise SourceError(f"{path} looks like an article, not a list of sources; put it in a folder "
                          "and watch the folder, or run `factrack track` on it")
    for n, line in enumerate(entries, start=1):
        if line:
            _add(line, path.parent, urls, folders, f"{path}:{n}: ", every, alerts, depth)


def _entry(line: str) -> str:
    """A list line without its comment: '' for blank and comment lines."""
    line = line.strip()
    return "" if line.startswith("#") else line.split(" #", 1)[0].strip()


def expand(args: list[str]) -> Sources:
    urls: list[str] = []
    folders: list[str] = []
    every: list[str] = []
    alerts: list[str] = []
    for a in args:
        _add(a, None, urls, folders, "", every, alerts, 0)
    return Sources(tuple(dict.fromkeys(urls)), tuple(dict.fromkeys(folders)),
                   every[-1] if every else "", tuple(dict.fromkeys(alerts)))
