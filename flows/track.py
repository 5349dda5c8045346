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
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows.batches import Batch, batches, extract_rows, reject_row
from flows.ingest import Rejected, discover, read_all
from warehouse import catalog
from warehouse.match import match_batch
from warehouse.store import Warehouse

BATCH_SIZE = 250
# Extraction processes: one beside the flow when there is a second core to run it on.
DEFAULT_WORKERS = 1 if (os.cpu_count() or 1) >= 2 else 0


def _version() -> str:
    try:
        return version("factrack")
    except PackageNotFoundError:
        return "dev"


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


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(articles: list, run_id: str, now: datetime) -> dict[str, list[dict]]:
    global _POOL
    if _POOL is not None:
        try:
            return _POOL.submit(extract_rows, articles, run_id, now).result()
        except BrokenProcessPool:
            # e.g. a calling script without an `if __name__ == "__main__":` guard
            warnings.warn("factrack: extraction process failed to start; extracting in-process", stacklevel=1)
            _POOL = None
    return extract_rows(articles, run_id, now)


class _Done:
    """A finished result with the future interface, for runs without Prefect."""

    def __init__(self, value: dict[str, list[dict]]) -> None:
        self.value = value

    def result(self) -> dict[str, list[dict]]:
        return self.value


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
) -> Summary:
    """Body of the flow; with use_tasks=False it runs the same steps as plain functions."""
    match_step = match_task if use_tasks else match_task.fn
    write_step = write_task if use_tasks else write_task.fn
    rejects_step = write_rejects_task if use_tasks else write_rejects_task.fn
    # quote(): Prefect would otherwise walk every row of every batch looking for futures.
    wrap = quote if use_tasks else (lambda v: v)
    started = datetime.now(UTC)
    t0 = time.perf_counter()
    run_id = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    wh = Warehouse(warehouse)
    summary = Summary(run_id=run_id, warehouse=str(wh.root))
    with wh:
        _start_pool(workers)
        try:
            files, rejects = discover(paths)
            summary.n_inputs = len(files)
            known = wh.article_ids()
            known_rejects = wh.reject_ids()
            all_rejects: list[Rejected] = list(rejects)
            def finish(batch: Batch, future) -> None:
                tables = future.result()
                matched = match_step(str(wh.root), wrap(tables), run_id)
                tables.update(matched)
                write_step(str(wh.root), batch.key, wrap(tables))
                summary.n_articles += len(tables["articles"])
                summary.n_quotes += len(tables["quotes"])
                summary.n_claims += len(tables["claims"])
                summary.n_matches += len(tables.get("matches", []))
                for m in tables.get("matches", []):
                    summary.relations[m["relation"]] = summary.relations.get(m["relation"], 0) + 1

            # One batch in flight: the next batch is extracted while this one is matched.
            pending: tuple[Batch, object] | None = None
            for batch in batches(read_all(files), known, batch_size):
                all_rejects.extend(batch.rejects)
                summary.n_skipped += batch.skipped
                future = None
                if batch.articles:
                    now = datetime.now(UTC)
                    if use_tasks:
                        future = extract_task.submit(wrap(batch.articles), run_id, now)
                    elif _POOL is not None:
                        future = _POOL.submit(extract_rows, batch.articles, run_id, now)
                    else:
                        future = _Done(extract_rows(batch.articles, run_id, now))
                if pending is not None:
                    finish(*pending)
                    if progress:
                        progress(pending[0])
                pending = (batch, future) if future is not None else None
                if future is None and progress:
                    progress(batch)
            if pending is not None:
                finish(*pending)
                if progress:
                    progress(pending[0])
            now = datetime.now(UTC)
            rows = [reject_row(r, run_id, now) for r in all_rejects]
            new_rows = [r for r in rows if r["reject_id"] not in known_rejects]
            new_rows = list({r["reject_id"]: r for r in new_rows}.values())
            rejects_step(str(wh.root), wrap(new_rows), run_id)
            summary.n_rejects = len(all_rejects)
            summary.rejects = [(r.source_path, r.source_line, r.reason) for r in all_rejects]
            summary.status = "completed"
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            _stop_pool()
            summary.seconds = round(time.perf_counter() - t0, 3)
            wh.append("runs", [_run_row(summary, command, paths, started)], f"run-{run_id}")
            catalog.refresh(wh)
    return summary


def _run_row(s: Summary, command: str, paths: Sequence[str], started: datetime) -> dict:
    return {
        "run_id": s.run_id, "command": command, "started_at": started,
        "finished_at": datetime.now(UTC), "status": s.status, "inputs": [str(p) for p in paths],
        "n_articles": s.n_articles, "n_skipped": s.n_skipped, "n_quotes": s.n_quotes,
        "n_claims": s.n_claims, "n_matches": s.n_matches, "n_rejects": s.n_rejects,
        "seconds": s.seconds, "version": _version(),
    }


@flow(name="track", log_prints=False, validate_parameters=False)
def track(
    paths: list[str],
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    command: str = "track",
    progress: Callable[[Batch], None] | None = None,
    workers: int = DEFAULT_WORKERS,
) -> dict:
    """Track articles into the warehouse and return the run summary."""
    return run_track(paths, warehouse, batch_size, command, progress, use_tasks=True, workers=workers).as_dict()
