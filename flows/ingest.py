"""Finding and reading inputs: .txt, .jsonl and .html files or folders of them.

Every input that cannot become an article yields a `Rejected` with a one-line reason instead
of an exception, so one bad file never stops a run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claims.records import Article

SUFFIXES = {".txt", ".jsonl", ".html", ".htm"}
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Rejected:
    source_path: str
    reason: str
    source_line: int | None = None


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Rejected]]:
    """Input files in a stable order, and rejects for paths that are not usable."""
    files: list[Path] = []
    rejects: list[Rejected] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    if f.suffix.lower() in SUFFIXES:
                        files.append(f)
                    # other files inside a folder (README.md, images) are not inputs: skipped
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                files.append(p)
            else:
                rejects.append(Rejected(str(p), f"unsupported file type '{p.suffix or p.name}' (use .txt, .jsonl or .html)"))
        else:
            rejects.append(Rejected(str(p), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, rejects


def _decode(data: bytes, where: str) -> tuple[str | None, str]:
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as e:
        return None, f"not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}{where}"


def read_file(path: Path) -> Iterator[Article | Rejected]:
    """Articles of one file, or rejects saying why not."""
    src = str(path)
    try:
        size = path.stat().st_size
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
            return
        if size > MAX_BYTES:
            yield Rejected(src, f"file is {size / 1e6:.1f} MB, over the 5 MB limit for one article")
            return
        data = path.read_bytes()
    except OSError as e:
        yield Rejected(src, f"cannot read: {e.strerror or e}")
        return
    text, why = _decode(data, "")
    if text is None:
        yield Rejected(src, why)
        return
    if not text.strip():
        yield Rejected(src, "empty file")
        return
    if path.suffix.lower() in {".html", ".htm"}:
        yield from_html(text, src)
        return
    yield Article(text=text, source_path=src, title=_first_line(text))


def _first_line(text: str) -> str:
    """The headline: the first line, or the first segment of scraped text with no line breaks."""
    from claims.segment import segment

    line = text.strip().split("\n", 1)[0].strip()
    if len(line) > 200:
        segs = segment(line)
        if segs:
            line = line[segs[0].start : segs[0].end]
    return line[:200]


def jsonl_objects(path: Path) -> Iterator[tuple[int, dict] | Rejected]:
    """(line number, object) for each JSON object line; a reject for every line that is not one."""
    src = str(path)
    any_line = False
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > MAX_BYTES:
                yield Rejected(src, f"line is {len(raw) / 1e6:.1f} MB, over the 5 MB limit", n)
                continue
            line, why = _decode(raw, f" on line {n}")
            if line is None:
                yield Rejected(src, why, n)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Rejected(src, f"malformed JSON: {e.msg} at column {e.colno}", n)
                continue
            if not isinstance(obj, dict):
                yield Rejected(src, "line is not a JSON object", n)
                continue
            yield n, obj
    if not any_line:
        yield Rejected(src, "empty file")


def _read_jsonl(path: Path) -> Iterator[Article | Rejected]:
    src = str(path)
    for item in jsonl_objects(path):
        if isinstance(item, Rejected):
            yield item
            continue
        n, obj = item
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Rejected(src, "no non-empty 'text' field", n)
            continue
        yield Article(
            text=text, source_path=src, source_line=n,
            url=_s(obj.get("url")), title=_s(obj.get("title")) or _first_line(text),
            outlet=_s(obj.get("outlet")), published_at=_s(obj.get("published_at")),
        )


def _s(v: object) -> str:
    return v.strip() if isinstance(v, str) else ""


def from_html(html: str | bytes, src: str) -> Article | Rejected:
    """An article from an HTML page (text, title, site name, date through trafilatura), or why
    not. Bytes are decoded by trafilatura from the page's own charset declaration."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return Rejected(src, "no article text found in HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if not text.strip():
        return Rejected(src, "no article text found in HTML")
    return Article(
        text=text, source_path=src, url=_s(get("url")), title=_s(get("title")),
        outlet=_s(get("sitename")), published_at=_s(get("date")),
    )


def read_all(files: Iterable[Path]) -> Iterator[Article | Rejected]:
    for f in files:
        yield from read_file(f)
