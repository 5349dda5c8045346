"""Plain-Python batch steps the Prefect flow wires together (testable without Prefect).

`extract_rows` is a pure function of serialisable inputs, so a Dask or process task runner can
run it anywhere; reading and writing stay with the flow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import pyarrow as pa

from claims.extract import extract
from claims.ids import article_id, digest
from claims.records import Article
from flows.ingest import Rejected
from warehouse.match import postings_table, statements_from_tables
from warehouse.rows import article_row, claim_row, quote_row


@dataclass(slots=True)
class Batch:
    articles: list[tuple[str, Article]] = field(default_factory=list)  # (article_id, article)
    rejects: list[Rejected] = field(default_factory=list)
    skipped: int = 0  # already in the warehouse or repeated within this run
    bytes_read: int = 0

    @property
    def key(self) -> str:
        return digest(*sorted(aid for aid, _ in self.articles))


def batches(items: Iterable[Article | Rejected], known: set[str], size: int) -> Iterator[Batch]:
    """Group new articles into batches; `known` grows as articles are taken (in-run dedupe)."""
    batch = Batch()
    for item in items:
        if isinstance(item, Rejected):
            batch.rejects.append(item)
            continue
        batch.bytes_read += len(item.text)
        aid = article_id(item.text, item.url or None)
        if aid in known:
            batch.skipped += 1
            continue
        known.add(aid)
        batch.articles.append((aid, item))
        if len(batch.articles) >= size:
            yield batch
            batch = Batch()
    if batch.articles or batch.rejects or batch.skipped:
        yield batch


def extract_rows(articles: list[tuple[str, Article]], run_id: str, now: datetime) -> dict[str, list[dict] | pa.Table]:
    """Extract quotes and claims of a batch, map them to warehouse rows and index them
    (the retrieval postings are pure work too, so they run wherever extraction runs)."""
    out: dict[str, list[dict] | pa.Table] = {"articles": [], "quotes": [], "claims": []}
    for aid, art in articles:
        x = extract(art.text)
        out["articles"].append(article_row(aid, art, x, run_id, now))
        out["quotes"].extend(quote_row(aid, q, run_id, art.text) for q in x.quotes)
        out["claims"].extend(claim_row(aid, c, run_id) for c in x.claims)
    out["postings"] = postings_table(statements_from_tables(out))
    return out


def reject_row(r: Rejected, run_id: str, now: datetime) -> dict:
    return {
        "reject_id": "r" + digest(r.source_path, r.source_line, r.reason),
        "run_id": run_id, "source_path": r.source_path, "source_line": r.source_line,
        "reason": r.reason, "rejected_at": now,
    }


def new_reject_rows(rejects: list[Rejected], run_id: str, now: datetime, known: set[str]) -> list[dict]:
    """Reject rows not stored yet (`known` ids), each once: re-running on the same input adds no
    rejects."""
    rows: dict[str, dict] = {}
    for r in rejects:
        row = reject_row(r, run_id, now)
        if row["reject_id"] not in known:
            rows[row["reject_id"]] = row
    return list(rows.values())
