"""Earlier fact-checks as matchable statements: schema.org ClaimReview JSON(-LD) or JSONL.

`factrack factchecks import FILE` reads them, stores them in the `factchecks` table and indexes
them in `postings`, so `track` and `check` find them like any earlier statement and can show
the verdict. Re-importing the same file adds nothing (ids are hashes of the source id/text).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from claims.ids import digest
from flows.batches import new_reject_rows
from flows.ingest import Rejected, jsonl_objects
from warehouse import catalog
from warehouse.match import factcheck_postings
from warehouse.store import Warehouse, WarehouseLocked


def _name(v: object) -> str:
    if isinstance(v, dict):
        return str(v.get("name") or "")
    if isinstance(v, list) and v:
        return _name(v[0])
    return v if isinstance(v, str) else ""


_OWN_ID = re.compile(r"f[0-9a-f]{16}")


def _appearances(item: dict) -> list[dict]:
    found = item.get("appearance") or []
    found = found if isinstance(found, list) else [found]
    out = []
    for a in found:
        if isinstance(a, str):
            a = {"url": a}
        if not isinstance(a, dict):
            continue
        out.append({"url": str(a.get("url") or ""), "title": str(a.get("headline") or a.get("name") or ""),
                    "date": str(a.get("datePublished") or ""), "speaker": _name(a.get("author")),
                    "outlet": _name(a.get("publisher")), "text": str(a.get("text") or "")})
    return out


def from_claim_review(obj: dict) -> dict | None:
    """One schema.org ClaimReview as a fact-check row (None when it states no claim)."""
    text = obj.get("claimReviewed") or ""
    if not isinstance(text, str) or not text.strip():
        return None
    item = obj.get("itemReviewed") if isinstance(obj.get("itemReviewed"), dict) else {}
    rating = obj.get("reviewRating") if isinstance(obj.get("reviewRating"), dict) else {}
    return {
        "id": obj.get("url") or text, "text": text.strip(), "title": obj.get("name") or obj.get("headline") or "",
        "speaker": _name(item.get("author")), "date": item.get("datePublished") or obj.get("datePublished") or "",
        "rating": rating.get("alternateName") or str(rating.get("ratingValue") or ""),
        "url": obj.get("url") or "", "publisher": _name(obj.get("author")),
        "appearances": _appearances(item),
        # factrack's own id, when the review came from `factrack export claimreview`: a round
        # trip keeps the fact-check's identity, so matches made against it still point at it.
        "factcheck_id": obj["identifier"] if _OWN_ID.fullmatch(str(obj.get("identifier") or "")) else "",
    }


def _claim_reviews(doc: object) -> Iterator[dict]:
    if isinstance(doc, list):
        for d in doc:
            yield from _claim_reviews(d)
    elif isinstance(doc, dict):
        if "@graph" in doc:
            yield from _claim_reviews(doc["@graph"])
        kinds = doc.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "ClaimReview" in kinds:
            yield doc


def read_factchecks(path: Path) -> Iterator[dict | Rejected]:
    src = str(path)
    if path.suffix.lower() == ".jsonl":
        for item in jsonl_objects(path):
            if isinstance(item, Rejected):
                yield item
                continue
            n, obj = item
            if "claimReviewed" in obj:
                row = from_claim_review(obj)
            elif isinstance(obj.get("text"), str) and obj["text"].strip():
                row = {k: str(obj.get(k) or "") for k in ("title", "speaker", "date", "rating", "url", "publisher")}
                row.update(id=obj.get("id") or obj["text"], text=obj["text"].strip())
            else:
                row = None
            yield row if row else Rejected(src, "no claim text ('text' or 'claimReviewed')", n)
        return
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        yield Rejected(src, f"cannot read: {e}")
        return
    except json.JSONDecodeError as e:
        yield Rejected(src, f"malformed JSON: {e.msg} at line {e.lineno}")
        return
    found = False
    for obj in _claim_reviews(doc):
        row = from_claim_review(obj)
        if row:
            found = True
            yield row
    if not found:
        yield Rejected(src, "no schema.org ClaimReview with a claimReviewed text")


def run_import(path: str, warehouse: str, wait: float | None = None) -> int:
    p = Path(path)
    if not p.is_file():
        print(f"factrack: error: no such file: {path}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    run_id = now.strftime("%Y%m%dT%H%M%S") + "-import"
    try:
        with Warehouse(warehouse, wait=wait) as wh:
            known = wh.read_column("factchecks", "factcheck_id")
            rows, rejects = [], []
            for item in read_factchecks(p):
                if isinstance(item, Rejected):
                    rejects.append(item)
                    continue
                fid = item.get("factcheck_id") or "f" + digest("factcheck", item["id"])
                if fid in known:
                    continue
                known.add(fid)
                rows.append({"factcheck_id": fid, **{k: item.get(k, "") for k in
                             ("text", "title", "speaker", "date", "rating", "url", "publisher")},
                             "appearances": item.get("appearances") or [],
                             "source_path": str(p), "imported_at": now, "run_id": run_id})
            if rows:
                key = digest(*sorted(r["factcheck_id"] for r in rows))
                wh.append("postings", factcheck_postings(rows), f"factchecks-{key}")
                wh.append("factchecks", rows, f"factchecks-{key}")
            wh.append("rejects", new_reject_rows(rejects, run_id, now, wh.reject_ids()), f"rejects-{run_id}")
            catalog.refresh(wh)
    except WarehouseLocked as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 2
    for r in rejects:
        where = f"{r.source_path}:{r.source_line}" if r.source_line else r.source_path
        print(f"  rejected {where}: {r.reason}", file=sys.stderr)
    print(f"imported {len(rows)} fact-check(s) into {Path(warehouse).resolve()}; {len(rejects)} rejected")
    return 0
