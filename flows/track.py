"""The `track` Prefect flow: inputs -> batches -> extract -> match -> write -> summary.

Extraction is one task per batch of a few hundred articles (never per quote), submitted to the
flow's task runner (local processes, a Dask cluster, or none: then it runs in the flow process).
At most `ahead` batches are in flight, so memory stays flat whatever the input size. Results are
taken back in input order and matched and written by the flow process alone (the warehouse's
single writer), so every runner gives the same rows. The flow holds the warehouse lock for its
whole run, makes the catalog readable as soon as the first batch commits, stops between batches
when asked (SIGINT/SIGTERM), and records itself in `runs` whatever happens.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import chain

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from claims.records import Article
from flows.batches import Batch, batches, extract_rows, new_reject_rows
from flows.heap import freeze_once, freeze_survivors, thaw
from flows.ingest import Rejected, discover, read_all
from flows.lifetime import Interrupted, check_stop, die_with_parent, rearm
from flows.version import factrack_version
from warehouse import catalog
from warehouse.match import RecentSides, index_stats, match_batch, run_index
from warehouse.run_index import RunIndex
from warehouse.store import Warehouse

BATCH_SIZE = 250


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
    stopped_by: int | None = None  # the signal that stopped an interrupted run
    rejects: list[tuple[str, int | None, str]] = field(default_factory=list)
    relations: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)

    def add(self, tables: dict[str, list[dict]]) -> None:
        self.n_articles += len(tables["articles"])
        self.n_quotes += len(tables["quotes"])
        self.n_claims += len(tables["claims"])
        self.n_matches += len(tables.get("matches", []))
        for m in tables.get("matches", []):
            self.relations[m["relation"]] = self.relations.get(m["relation"], 0) + 1


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(articles: list | bytes, run_id: str, now: datetime, parent_pid: int | None = None):
    """Quotes, claims and postings of one batch. A submitted batch travels pickled both ways, as
    one opaque value: no runner walks it looking for futures (prefect-dask does not unwrap
    `quote`), and the standard pickler moves ~100k small row dicts much faster than the
    cloudpickle that task runners use for results. `parent_pid` is the flow's pid when the
    worker is factrack's own process: it then ends with the flow even if the flow is SIGKILLed."""
    if parent_pid is not None and os.getppid() == parent_pid:
        die_with_parent(parent_pid)  # a pool or local-cluster worker, started by the flow process
        freeze_once()  # its imports are never garbage, and it ends with the run (flows.heap)
    if isinstance(articles, bytes):
        rows = extract_rows(pickle.loads(articles), run_id, now)
        return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
    return extract_rows(articles, run_id, now)


@task(name="match-batch", cache_policy=NO_CACHE)
def match_task(root: str, tables: dict[str, list[dict]], run_id: str,
               recent: RecentSides | None = None, index: RunIndex | None = None) -> dict[str, list[dict]]:
    return match_batch(Warehouse(root), tables, run_id, recent=recent, index=index)


@task(name="write-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_task(root: str, key: str, tables: dict[str, list[dict]]) -> None:
    Warehouse(root).write_batch(key, tables)


@task(name="write-rejects", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_rejects_task(root: str, rows: list[dict], run_id: str) -> None:
    Warehouse(root).append("rejects", rows, f"rejects-{run_id}")


Progress = Callable[[Batch], None]


def run_track(
    paths: Sequence[str],
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    command: str = "track",
    progress: Progress | None = None,
    use_tasks: bool = False,
    submit: bool = False,
    ahead: int = 4,
    parent_pid: int | None = None,
    wait: float | None = None,
    items: Iterable[Article | Rejected] = (),
    inputs: Sequence[str] | None = None,
    run_id: str | None = None,
) -> Summary:
    """Body of the flow. With use_tasks=False it runs the same steps as plain functions; with
    submit=True extraction goes to the flow's task runner, `ahead` batches at a time. `items`
    are articles (and rejects) read elsewhere, e.g. fetched by `watch`, tracked before the files
    under `paths`; `inputs` is what the run row lists as its inputs (default: `paths`)."""
    extract_step = extract_task if use_tasks else extract_task.fn
    match_step = match_task if use_tasks else match_task.fn
    write_step = write_task if use_tasks else write_task.fn
    rejects_step = write_rejects_task if use_tasks else write_rejects_task.fn
    # quote(): Prefect would otherwise walk every row of every batch looking for futures.
    wrap = quote if use_tasks else (lambda v: v)
    started, t0 = datetime.now(UTC), time.perf_counter()
    run_id = run_id or started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    items = list(items)
    with Warehouse(warehouse, wait=wait) as wh:
        root = str(wh.root)
        summary = Summary(run_id=run_id, warehouse=root)
        rejects: list[Rejected] = []
        viewed = catalog.viewed_tables(wh)  # tables the catalog already reads from files
        pending: deque[tuple[Batch, object]] = deque()
        recent = RecentSides()  # this run's statements, so matching re-reads few from the warehouse
        index = run_index(wh)  # the rare-term postings, read once a second batch starts, kept up to date
        n_started = 0  # batches with articles started

        def start(batch: Batch) -> None:
            nonlocal n_started
            job = None
            if batch.articles:
                n_started += 1
                if n_started == 2:  # a run of one batch is matched in DuckDB: reading the index costs more
                    index.prefetch(index_stats(wh)[0])  # read while the first batches are extracted
            # The first batch is extracted here while the runner's workers start (a local
            # process imports Prefect and the extractors for seconds first); the rows are the
            # same wherever extraction runs.
            if batch.articles and submit and n_started > 1:
                payload = pickle.dumps(batch.articles, protocol=pickle.HIGHEST_PROTOCOL)
                job = extract_task.submit(payload, run_id, datetime.now(UTC), parent_pid)
            pending.append((batch, job))

        def finish() -> None:
            nonlocal viewed
            batch, job = pending.popleft()
            rejects.extend(batch.rejects)
            summary.n_skipped += batch.skipped
            if batch.articles:
                tables = _extracted(job, batch, run_id) if job is not None else \
                    extract_step(wrap(batch.articles), run_id, datetime.now(UTC))
                tables.update(match_step(root, wrap(tables), run_id, wrap(recent), wrap(index)))
                write_step(root, batch.key, wrap(tables))
                summary.add(tables)
                if {t for t, rows in tables.items() if len(rows)} - viewed:
                    viewed = catalog.viewed_tables(wh, rebuild=True)  # readable from the first commit
            if progress:
                progress(batch)

        freeze_survivors()  # what the run starts with (imported modules above all) is never garbage
        try:
            files, found_rejects = discover(paths)
            summary.n_inputs = len(files) + sum(isinstance(i, Article) for i in items)
            rejects.extend(found_rejects)
            known_rejects = wh.reject_ids()
            for batch in batches(chain(items, read_all(files)), wh.article_ids(), batch_size):
                check_stop()
                start(batch)
                while len(pending) > (ahead if submit else 0):
                    finish()
            while pending:
                check_stop()
                finish()
            now = datetime.now(UTC)
            rejects_step(root, wrap(new_reject_rows(rejects, run_id, now, known_rejects)), run_id)
            summary.n_rejects = len(rejects)
            summary.rejects = [(r.source_path, r.source_line, r.reason) for r in rejects]
            summary.status = "completed"
        except Interrupted as e:  # a stop is not a failure: the run ends here, recorded as such
            summary.status, summary.stopped_by = "interrupted", e.signum
        except BaseException:
            summary.status = "failed"
            raise
        finally:
            for _, job in pending:  # nothing of an unfinished run is waited for
                if job is not None and hasattr(job, "cancel"):
                    job.cancel()
            summary.seconds = round(time.perf_counter() - t0, 3)
            try:
                _record_run(wh, summary, command, paths if inputs is None else inputs, started)
            finally:
                thaw()  # the collector gets back what the run froze
    return summary


def _extracted(job, batch: Batch, run_id: str) -> dict[str, list[dict]]:
    """A submitted batch's rows. If its worker could not deliver them (a pool process killed, a
    cluster gone), the batch is extracted here instead: extraction is pure, so the rows are the
    same, and a bug in it fails here too instead of being hidden."""
    try:
        return pickle.loads(job.result())
    except Exception as e:  # noqa: BLE001 - any runner failure falls back to the same pure step
        warnings.warn(f"factrack: extraction worker failed ({type(e).__name__}: {e}); "
                      "extracting the batch in the flow process", stacklevel=1)
        return extract_rows(batch.articles, run_id, datetime.now(UTC))


def _record_run(wh: Warehouse, s: Summary, command: str, paths: Sequence[str], started: datetime) -> None:
    """The run's row and a fresh catalog. Best effort when the run already failed (a full disk
    fails this too): the run's own error is the one to report."""
    try:
        wh.append("runs", [_run_row(s, command, paths, started)], f"run-{s.run_id}")
        catalog.refresh(wh)
    except OSError as e:
        if s.status == "completed":
            raise
        print(f"factrack: could not record the run: {e}", file=sys.stderr)


def _run_row(s: Summary, command: str, paths: Sequence[str], started: datetime) -> dict:
    return {
        "run_id": s.run_id, "command": command, "started_at": started,
        "finished_at": datetime.now(UTC), "status": s.status, "inputs": [str(p) for p in paths],
        "n_articles": s.n_articles, "n_skipped": s.n_skipped, "n_quotes": s.n_quotes,
        "n_claims": s.n_claims, "n_matches": s.n_matches, "n_rejects": s.n_rejects,
        "seconds": s.seconds, "version": factrack_version(),
    }


def _terminal_progress(paths: Sequence[str]):
    """A progress bar on stderr when it is a terminal (articles and bytes read), else None."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    files, _ = discover(paths)
    total = sum(f.stat().st_size for f in files) or 1
    bar = Progress(TextColumn("[bold]tracking"), BarColumn(), TextColumn("{task.fields[articles]} articles"),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    tid = bar.add_task("track", total=total, articles=0)
    done = [0]

    def update(batch: Batch) -> None:
        done[0] += len(batch.articles) + batch.skipped
        bar.update(tid, advance=batch.bytes_read, articles=done[0])

    return bar, update


@flow(name="track", log_prints=False)
def track(
    paths: list[str],
    warehouse: str,
    batch_size: int = BATCH_SIZE,
    command: str = "track",
    submit: bool = False,
    ahead: int = 4,
    own_workers: bool = True,
    wait: float | None = None,
) -> dict:
    """Track articles into the warehouse and return the run summary. `submit` sends extraction
    to the flow's task runner (set with `track.with_options(task_runner=...)`); `own_workers`
    says the runner's processes are factrack's, so they end with this process."""
    rearm()
    bar, update = _terminal_progress(paths)
    try:
        if bar is not None:
            bar.start()
        return run_track(paths, warehouse, batch_size, command, update, use_tasks=True, submit=submit,
                         ahead=ahead, parent_pid=os.getpid() if own_workers else None, wait=wait).as_dict()
    finally:
        if bar is not None:
            bar.stop()
