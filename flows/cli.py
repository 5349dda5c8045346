"""`factrack` command line. Commands that need no Prefect (extract, sql, match) never import it,
so they start in well under a second."""

from __future__ import annotations

import argparse
import gc
import math
import os
import sys
from pathlib import Path

from warehouse.store import DEFAULT_WAREHOUSE


def examples_dir() -> Path | None:
    """The demo's articles, shipped inside the package (`flows.examples`, the checkout's
    top-level examples/ folder); None when this installation lacks them."""
    from importlib.resources import files

    try:
        folder = Path(str(files("flows.examples")))
    except ModuleNotFoundError:
        return None
    return folder if folder.is_dir() else None


def error(msg: str) -> int:
    print(f"factrack: error: {msg}", file=sys.stderr)
    return 2


def prefect_env(warehouse: str) -> None:
    """Quiet, offline Prefect whose state lives in the warehouse unless the user chose a home."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_HOME", str(Path(warehouse).expanduser().resolve() / ".prefect"))
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")


class _KnownErrors:
    """Logging filter: Prefect logs a failed run's exception with its traceback; for errors the
    CLI reports itself in one line (damaged file, failed write, busy warehouse) that is noise."""

    NAMES = ("DamagedFile", "WriteFailed", "WarehouseLocked")

    def filter(self, record) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and type(exc).__name__ in self.NAMES:
            return False
        return not any(n in str(record.msg) for n in self.NAMES)


def quiet_known_errors() -> None:
    import logging

    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).addFilter(_KnownErrors())


def _run_track(paths: list[str], a: argparse.Namespace, command: str) -> int:
    """Validate where extraction runs and the lock before starting anything, then run the flow
    on the chosen task runner, with SIGINT/SIGTERM stopping it between batches."""
    from flows.runners import RunnerError, check_dask, parse_spec
    from warehouse.store import Warehouse

    try:
        spec = parse_spec(a.workers, a.dask)
        check_dask(spec)
    except RunnerError as e:
        return error(str(e))
    wh = Warehouse(a.warehouse)
    if wh.is_locked():  # a probe, to fail (or say we wait) before Prefect starts; the flow locks for real
        if a.wait is None:
            return error(wh.in_use())
        print(f"factrack: waiting for the run that holds {wh.root}...", file=sys.stderr)
    prefect_env(a.warehouse)
    from flows.lifetime import Interrupted, graceful_signals
    from flows.server import PrefectServer, ServerError

    with graceful_signals(), PrefectServer(Path(os.environ["PREFECT_HOME"]).expanduser()) as server:
        # The server boots while the flow module and the runner's libraries import.
        from flows.runners import build_runner
        from flows.summary import render
        from flows.track import track
        from warehouse.store import WarehouseLocked

        quiet_known_errors()
        runner = build_runner(spec)
        print(f"factrack: {command} with extraction on {spec.describe()}; starting Prefect...", file=sys.stderr)
        try:
            server.wait()
        except ServerError as e:
            return error(str(e))
        flow = track.with_options(task_runner=runner) if runner is not None else track
        try:
            summary = flow(paths=paths, warehouse=a.warehouse, batch_size=a.batch_size, command=command,
                           submit=runner is not None, ahead=spec.in_flight, own_workers=spec.owns_processes,
                           wait=a.wait)
        except WarehouseLocked as e:
            return error(str(e))
    if summary["status"] == "interrupted":
        stop = Interrupted(summary["stopped_by"])
        print(f"factrack: {stop} after {summary['n_articles']} new article(s); batches written before it "
              "are committed, and a re-run continues from there", file=sys.stderr)
        return stop.exit_code
    render(summary)
    return 0 if summary["status"] == "completed" else 1


def cmd_demo(a: argparse.Namespace) -> int:
    examples = examples_dir()
    if examples is None:
        return error("the bundled examples (package flows.examples) are missing from this "
                    "installation; reinstall factrack")
    return _run_track([str(examples)], a, "demo")


def cmd_track(a: argparse.Namespace) -> int:
    return _run_track(a.paths, a, "track")


def cmd_extract(a: argparse.Namespace) -> int:
    from flows.extract_cmd import run_extract

    return run_extract(a.input, a.output)


def cmd_sql(a: argparse.Namespace) -> int:
    import duckdb

    from flows.summary import print_table
    from warehouse.catalog import NoWarehouse, QueryRefused, damaged, query

    try:
        cols, rows = query(a.warehouse, a.query, timeout=a.timeout or None)
    except (NoWarehouse, QueryRefused, TimeoutError) as e:
        return error(str(e))
    except duckdb.Error as e:
        if (found := damaged(e)) is not None:
            raise found from None
        return error(str(e).splitlines()[0])
    print_table(cols, rows, a.format, a.limit)
    return 0


def cmd_compact(a: argparse.Namespace) -> int:
    from warehouse import catalog
    from warehouse.store import Warehouse, WarehouseLocked

    if not (Path(a.warehouse) / catalog.CATALOG).exists():
        return error(f"no warehouse at {Path(a.warehouse).resolve()}")
    try:
        with Warehouse(a.warehouse, wait=a.wait) as wh:
            report = wh.compact()
            catalog.refresh(wh)
    except WarehouseLocked as e:
        return error(str(e))
    for table, (before, after) in report.items():
        print(f"{table:10} {before:6} files -> {after}")
    return 0


def cmd_check(a: argparse.Namespace) -> int:
    from flows.check_cmd import run_check

    return run_check(a.text, a.warehouse, a.k, a.date)


def cmd_factchecks_import(a: argparse.Namespace) -> int:
    from flows.factchecks import run_import

    return run_import(a.file, a.warehouse, a.wait)


def cmd_verify(a: argparse.Namespace) -> int:
    from flows.verify_cmd import run_verify

    return run_verify(a.warehouse, a.repair, a.wait)


def cmd_dashboard(a: argparse.Namespace) -> int:
    from warehouse.catalog import CATALOG

    if not (Path(a.warehouse) / CATALOG).exists():
        return error(f"no warehouse at {Path(a.warehouse).resolve()} (run `factrack demo` first)")
    import uvicorn

    from dashboard.app import create_app

    print(f"factrack dashboard: http://{a.host}:{a.port}/ (read-only view of {Path(a.warehouse).resolve()}; "
          "Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(create_app(a.warehouse), host=a.host, port=a.port, log_level="warning")
    return 0


def cmd_watch(a: argparse.Namespace) -> int:
    from flows.watch_cmd import run_watch

    return run_watch(a)


def cmd_export(a: argparse.Namespace) -> int:
    from flows.export_cmd import run_export

    return run_export(a.warehouse, a.output, a.since)


def cmd_match(a: argparse.Namespace) -> int:
    from flows.match_cmd import run_match

    return run_match(a.corpus, a.queries, a.k, a.output)


def build_parser() -> argparse.ArgumentParser:
    from flows.version import factrack_version

    p = argparse.ArgumentParser(prog="factrack", description="Track who said what, which facts, and what was said before.")
    p.add_argument("--version", action="version", version=f"factrack {factrack_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def wh(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, metavar="DIR",
                        help=f"warehouse directory (default: ./{DEFAULT_WAREHOUSE})")

    def wait(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--wait", nargs="?", type=float, const=math.inf, default=None, metavar="SECONDS",
                        help="queue behind a running writer instead of failing (for SECONDS, or as long as it takes)")

    def runner(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--workers", type=int, default=None, metavar="N",
                        help="local extraction processes (default: cores - 1; 0 = in the flow process)")
        sp.add_argument("--dask", default=None, metavar="ADDRESS|local:N",
                        help='extract on a running Dask scheduler (tcp://host:8786) or a temporary local '
                             'cluster of N workers; needs pip install "factrack[dask]"')

    d = sub.add_parser("demo", help="track the bundled example articles and print a summary")
    wh(d)
    runner(d)
    wait(d)
    d.add_argument("--batch-size", type=int, default=250, help=argparse.SUPPRESS)
    d.set_defaults(func=cmd_demo)

    t = sub.add_parser("track", help="run the track flow on .txt/.jsonl/.html files or folders")
    t.add_argument("paths", nargs="+", metavar="PATH")
    wh(t)
    runner(t)
    wait(t)
    t.add_argument("--batch-size", type=int, default=250, help="articles per extraction task (default 250)")
    t.set_defaults(func=cmd_track)

    e = sub.add_parser("extract", help="extract quotes and claims from JSONL, no warehouse, no Prefect")
    e.add_argument("input", metavar="IN.jsonl", help='one {"id", "text"} object per line ("-" for stdin)')
    e.add_argument("-o", "--output", default="-", metavar="OUT.jsonl", help="output file (default: stdout)")
    e.set_defaults(func=cmd_extract)

    m = sub.add_parser("match", help="rank a corpus of statements for each query (JSONL in, JSONL out)")
    m.add_argument("--corpus", required=True, metavar="C.jsonl",
                   help='{"id", "text", optional "title", "speaker", "date"} per line')
    m.add_argument("--queries", required=True, metavar="Q.jsonl",
                   help='{"id", "text", optional "date"} per line; a date prefers statements made shortly before')
    m.add_argument("-k", type=int, default=5, help="matches per query (default 5)")
    m.add_argument("-o", "--output", default="-", metavar="OUT.jsonl")
    m.set_defaults(func=cmd_match)

    c = sub.add_parser("check", help="earlier statements in the warehouse for one claim, with relation")
    c.add_argument("text", metavar="TEXT")
    wh(c)
    c.add_argument("-k", type=int, default=5, help="how many (default 5)")
    c.add_argument("--date", help="the day TEXT was said (e.g. 2017-08-22): statements made shortly "
                   "before it rank higher")
    c.set_defaults(func=cmd_check)

    f = sub.add_parser("factchecks", help="manage earlier fact-checks that statements are matched against")
    fsub = f.add_subparsers(dest="action", required=True, metavar="ACTION")
    fi = fsub.add_parser("import", help="import schema.org ClaimReview JSON(-LD) or JSONL fact-checks")
    fi.add_argument("file", metavar="FILE", help=".json/.jsonld (ClaimReview) or .jsonl (id, text, title, speaker, date, rating, url)")
    wh(fi)
    wait(fi)
    fi.set_defaults(func=cmd_factchecks_import)

    s = sub.add_parser("sql", help="run SQL on the warehouse views (read-only)")
    s.add_argument("query", metavar="SQL")
    wh(s)
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.add_argument("--limit", type=int, default=100, help="rows shown in table format (default 100)")
    s.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                   help="interrupt the query after this long (default 120; 0: never)")
    s.set_defaults(func=cmd_sql)

    k = sub.add_parser("compact", help="merge small Parquet files, keeping every row once")
    wh(k)
    wait(k)
    k.set_defaults(func=cmd_compact)

    db = sub.add_parser("dashboard", help="serve the read-only web view of the warehouse")
    wh(db)
    db.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1: this machine only)")
    db.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    db.set_defaults(func=cmd_dashboard)

    w = sub.add_parser("watch", help="keep tracking feeds, pages and inbox folders; alert on what matters")
    w.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="an RSS/Atom feed or page URL, an inbox folder, or a file listing sources "
                        "(one per line, or a factrack.toml with a [watch] table)")
    wh(w)
    w.add_argument("--every", default=None, metavar="INTERVAL",
                   help="time between cycles: 90s, 15m, 1h (default 15m)")
    w.add_argument("--once", action="store_true", help="run one cycle and exit (for cron and scripts)")
    w.add_argument("--alert", action="append", default=[], metavar="URL|FILE.jsonl",
                   help="send alerts to a webhook (JSON POST) or append them to a JSONL file; repeatable")
    w.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS",
                   help="per HTTP request (default 20); a failing URL is tried 3 times with backoff")
    w.add_argument("--wait", nargs="?", type=float, const=math.inf, default=math.inf, metavar="SECONDS",
                   help="how long a cycle queues behind another writer (default: as long as it takes)")
    w.set_defaults(func=cmd_watch)

    x = sub.add_parser("export", help="export what the warehouse knows in a standard format")
    xsub = x.add_subparsers(dest="format", required=True, metavar="FORMAT")
    xc = xsub.add_parser("claimreview", help="schema.org ClaimReview JSON-LD for new appearances of fact-checked claims")
    wh(xc)
    xc.add_argument("--since", default=None, metavar="DAY",
                    help="only appearances in articles tracked on or after DAY (YYYY-MM-DD)")
    xc.add_argument("-o", "--output", default="-", metavar="FILE.jsonld", help="output file (default: stdout)")
    xc.set_defaults(func=cmd_export)

    v = sub.add_parser("verify", help="check every warehouse file; --repair quarantines damaged ones")
    wh(v)
    v.add_argument("--repair", action="store_true",
                   help="move damaged files to quarantine/ and drop their batches from the views")
    wait(v)
    v.set_defaults(func=cmd_verify)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from warehouse.store import DamagedFile, WriteFailed

    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("factrack: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (DamagedFile, WriteFailed) as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 1
    except Exception as e:
        if "duckdb" in type(e).__module__:  # _duckdb in DuckDB 1.1+
            from warehouse.catalog import damaged

            found = damaged(e)
            if found is not None:
                print(f"factrack: error: {found}", file=sys.stderr)
                return 1
        raise


def run() -> None:
    """The `factrack` command: `main`, then exit without Python's last walks of the heap.
    Finalisation runs full cycle collections over everything still alive: after `track` of
    2,000 articles into 1M statements that is about a second (430k tracked objects), in which
    the summary has been printed and nothing is left to do. Frozen objects are skipped by those
    collections (`gc.freeze`); the operating system takes the memory back at once. Exit hooks
    still run, and nothing factrack writes waits on the collector (files are closed and renamed
    into place before a command returns)."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
