"""`factrack watch`: one cycle (`--once`), or the watch flow served by Prefect on a schedule.

Served, each cycle is a flow run of the `factrack-watch` deployment, started by Prefect's runner
in a process of its own, at most one at a time; Prefect's UI shows them when PREFECT_API_URL
points at a `prefect server start`. Ctrl-C (or SIGTERM from systemd) stops the runner; a cycle
in progress stops between batches with what it wrote committed, and the schedule is paused.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path

from flows.cli import error, prefect_env, quiet_known_errors

DEFAULT_EVERY = "15m"


def _every_text(seconds: float) -> str:
    for unit, n in (("h", 3600), ("m", 60)):
        if seconds >= n and seconds % n == 0:
            return f"{seconds / n:g}{unit}"
    return f"{seconds:g}s"


def run_watch(a: argparse.Namespace) -> int:
    from flows.alerts import check_sink
    from flows.sources import SourceError, expand, parse_every

    try:
        sources = expand(a.sources)
        every = parse_every(a.every or sources.every or DEFAULT_EVERY)
    except SourceError as e:
        return error(str(e))
    if not sources:
        return error("nothing to watch: give a feed or page URL, a folder, or a source list")
    sinks = list(dict.fromkeys([*a.alert, *sources.alerts]))
    for s in sinks:
        if (why := check_sink(s)) is not None:
            return error(why)
    if a.timeout <= 0:
        return error("--timeout must be more than 0 seconds")
    prefect_env(a.warehouse)
    from flows.server import PrefectServer, ServerError

    params = {"urls": list(sources.urls), "folders": list(sources.folders),
              "warehouse": str(Path(a.warehouse).resolve()), "alerts": sinks, "timeout": a.timeout}
    if a.once:
        return _once(params, a.warehouse)
    # A served flow run polls for its scheduled runs; poll at least as often as runs are due.
    os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", str(max(1, min(10, int(every)))))
    with PrefectServer(Path(os.environ["PREFECT_HOME"]).expanduser(), services=True) as server:
        from flows.watch import watch_cycle

        quiet_known_errors()
        try:
            server.wait()
        except ServerError as e:
            return error(str(e))
        print(f"factrack: watching {len(sources.urls)} URL(s) and {len(sources.folders)} folder(s) every "
              f"{_every_text(every)} into {params['warehouse']}; alerts to {', '.join(sinks) or 'nowhere'}; "
              "Ctrl-C to stop", file=sys.stderr, flush=True)
        # SIGINT as Python's KeyboardInterrupt, whatever was inherited: a shell starts a
        # background job with SIGINT ignored, and `track` stops on it there too.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            watch_cycle.serve(name="factrack-watch", interval=timedelta(seconds=every), parameters=params,
                              limit=1, print_starting_message=False, pause_on_shutdown=True)
        except KeyboardInterrupt:
            pass
    print("factrack: watch stopped", file=sys.stderr)
    return 0


def _once(params: dict, warehouse: str) -> int:
    from flows.lifetime import Interrupted, graceful_signals
    from flows.server import PrefectServer, ServerError

    with graceful_signals(), PrefectServer(Path(os.environ["PREFECT_HOME"]).expanduser()) as server:
        from flows.watch import watch_cycle
        from warehouse.store import WarehouseLocked

        quiet_known_errors()
        try:
            server.wait()
        except ServerError as e:
            return error(str(e))
        try:
            report = watch_cycle(**params)
        except WarehouseLocked as e:
            return error(str(e))
    if report["status"] == "interrupted":
        stop = Interrupted(report["stopped_by"])
        print(f"factrack: {stop}; what was written before it is committed", file=sys.stderr)
        return stop.exit_code
    return 0 if report["status"] == "completed" else 1
