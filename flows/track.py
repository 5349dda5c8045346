"""The `track` Prefect flow: inputs -> batches -> extract -> match -> write -> summary.

Extraction runs as one task per batch of a few hundred articles (never per quote), writes as
retried I/O tasks. The flow holds the warehouse lock for its whole run, and records itself in
`runs` whatever happens.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import types
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows.batches import Batch, batches, extract_rows, new_reject_rows
from flows.ingest import Rejected, discover, read_all
from flows.version import factrack_version
from warehouse import catalog
from warehouse.match import match_batch
from warehouse.store import Warehouse

BATCH_SIZE = 250
# Extraction processes: one beside the flow when there is a second core to run it on.
DEFAULT_WORKERS = 1 if (os.cpu_count() or 1) >= 2 else 0


@dataclass
class Summary:
    run_id: str
    warehouse: str
    status: str = "running"
    n_inputs: int = 0
    n_articles: int = 0
    n_skipped: int = 0
    n_quotes: int = 0
    n_claims: int = 0
    n_matches: int = 0
    n_rejects: int = 0
    seconds: float = 0.0
    rejects: list[tuple[str, int | None, str]] = field(default_factory=list)
    relations: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


_POOL: ProcessPoolExecutor | None = None


def _start_pool(workers: int) -> None:
    """Extraction processes beside the flow, so extraction of the next batch runs on another
    core while this one is matched and written. A forkserver keeps them clean of the flow's
    threads and starts them with `claims` already imported."""
    global _POOL
    if workers > 0 and _POOL is None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["flows.batches"])
        _POOL = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        # Start the workers now, with the caller's __main__ hidden: multiprocessing would
        # otherwise re-run a calling script that lacks an `if __name__ == "__main__":` guard,
        # and the workers need nothing from it.
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            for f in [_POOL.submit(os.getpid) for _ in range(workers)]:
                f.result()
        finally:
            sys.modules["__main__"] = main


def _stop_pool() -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(cancel_futures=True)
        _POOL = None


class Prepared:
    """The part of a run that needs no Prefect: the warehouse lock, discovery, and extraction of
    the first batches already started. The CLI prepares it before calling the flow, so Prefect's
    server start-up (seconds) overlaps real work instead of delaying it."""

    AHEAD = 4  # batches extracted ahead of matching: bounded memory, busy extraction process

    def __init__(self, paths: Sequence[str], warehouse: str, batch_size: int = BATCH_SIZE, workers: int = 0) -> None:
        self.started = datetime.now(UTC)
        self.t0 = time.perf_counter()
        self.run_id = self.started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.paths = [str(p) for p in paths]
        self.wh = Warehouse(warehouse)
        self.wh.__enter__()
        try:
            _start_pool(workers)
            self.files, rejects = discover(paths)
            self.rejects: list[Rejected] = list(rejects)
            self.known_rejects = self.wh.reject_ids()
            self._batches = batches(read_all(self.files), self.wh.article_ids(), batch_size)
            self._ahead: deque[tuple[Batch, Future | None]] = deque()
            self._fill()
        except BaseException:
            self.close()
            raise

    def _fill(self) -> None:
        while len(self._ahead) < self.AHEAD:
            batch = next(self._batches, None)
            if batch is None:
                return
            job = None
            if batch.articles and _POOL is not None:
                job = _POOL.submit(extract_rows, batch.articles, self.run_id, datetime.now(UTC))
            self._ahead.append((batch, job))

    def next(self) -> tuple[Batch, Future | None] | None:
        if not self._ahead:
            return None
        item = self._ahead.popleft()
        self._fill()
        return item

    def close(self) -> None:
        _stop_pool()
        self.wh.__exit__(None, None, None)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(batch: Batch, job: Future | None, run_id: str) -> dict[str, list[dict]]:
    """The batch's rows: from the extraction process when one took it, else extracted here."""
    if job is not None:
        try:
            return job.result()
        except BrokenProcessPool:
            warnings.warn("factrack: extraction process died; extracting in-process", stacklevel=1)
            _stop_pool()
    return extract_rows(batch.articles, run_id, datetime.now(UTC))


@task(name="match-batch", cache_policy=NO_CACHE)
def match_task(root: str, tables: dict[str, list[dict]], run_id: str) -> dict[str, list[dict]]:
    return match_batch(Warehouse(root), tables, run_id)


@task(name="write-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_task(root: str, key: str, tables: dict[str, list[dict]]) -> None:
    Warehouse(root).write_batch(key, tables)


@task(name="write-rejects", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_rejects_task(root: str, rows: list[dict], run_id: str) -> None:
    Warehouse(root).append("rejects", rows, f"rejects-{run_id}")


def run_track(
    paths: Sequence[str],
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    command: str = "track",
    progress: Callable[[Batch], None] | None = None,
    use_tasks: bool = False,
    workers: int = 0,
    prepared: Prepared | None = None,
) -> Summary:
    """Body of the flow; with use_tasks=False it runs the same steps as plain functions."""
    extract_step = extract_task if use_tasks else extract_task.fn
    match_step = match_task if use_tasks else match_task.fn
    write_step = write_task if use_tasks else write_task.fn
    rejects_step = write_rejects_task if use_tasks else write_rejects_task.fn
    # quote(): Prefect would otherwise walk every row of every batch looking for futures.
    wrap = quote if use_tasks else (lambda v: v)
    run = prepared or Prepared(paths, warehouse, batch_size, workers)
    wh, run_id = run.wh, run.run_id
    summary = Summary(run_id=run_id, warehouse=str(wh.root), n_inputs=len(run.files))
    try:
        while (item := run.next()) is not None:
            batch, job = item
            run.rejects.extend(batch.rejects)
            summary.n_skipped += batch.skipped
            if batch.articles:
                tables = extract_step(wrap(batch), wrap(job), run_id)
                tables.update(match_step(str(wh.root), wrap(tables), run_id))
                write_step(str(wh.root), batch.key, wrap(tables))
                summary.n_articles += len(tables["articles"])
                summary.n_quotes += len(tables["quotes"])
                summary.n_claims += len(tables["claims"])
                summary.n_matches += len(tables.get("matches", []))
                for m in tables.get("matches", []):
                    summary.relations[m["relation"]] = summary.relations.get(m["relation"], 0) + 1
            if progress:
                progress(batch)
        now = datetime.now(UTC)
        rejects_step(str(wh.root), wrap(new_reject_rows(run.rejects, run_id, now, run.known_rejects)), run_id)
        summary.n_rejects = len(run.rejects)
        summary.rejects = [(r.source_path, r.source_line, r.reason) for r in run.rejects]
        summary.status = "completed"
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        summary.seconds = round(time.perf_counter() - run.t0, 3)
        try:
            wh.append("runs", [_run_row(summary, command, run.paths, run.started)], f"run-{run_id}")
            catalog.refresh(wh)
        finally:
            run.close()
    return summary


def _run_row(s: Summary, command: str, paths: Sequence[str], started: datetime) -> dict:
    return {
        "run_id": s.run_id, "command": command, "started_at": started,
        "finished_at": datetime.now(UTC), "status": s.status, "inputs": [str(p) for p in paths],
        "n_articles": s.n_articles, "n_skipped": s.n_skipped, "n_quotes": s.n_quotes,
        "n_claims": s.n_claims, "n_matches": s.n_matches, "n_rejects": s.n_rejects,
        "seconds": s.seconds, "version": factrack_version(),
    }


# Objects the CLI hands to the flow in-process. They are not flow parameters: Prefect records
# parameters with the run (serialising them), and a prepared run holds a lock and live iterators.
_HANDOFF: dict[str, tuple[Prepared | None, Callable[[Batch], None] | None]] = {}


def hand_over(warehouse: str, prepared: Prepared | None, progress: Callable[[Batch], None] | None) -> None:
    _HANDOFF[str(Warehouse(warehouse).root)] = (prepared, progress)


@flow(name="track", log_prints=False)
def track(
    paths: list[str],
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    command: str = "track",
    workers: int = DEFAULT_WORKERS,
) -> dict:
    """Track articles into the warehouse and return the run summary."""
    prepared, progress = _HANDOFF.pop(str(Warehouse(warehouse).root), (None, None))
    return run_track(paths, warehouse, batch_size, command, progress, use_tasks=True,
                     workers=workers, prepared=prepared).as_dict()
