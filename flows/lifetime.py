"""Processes factrack starts end when factrack ends, and signals stop a run between batches.

A SIGKILLed parent runs no cleanup code, so its children must notice by themselves: on Linux
each child asks the kernel for a signal when its parent dies (`PR_SET_PDEATHSIG`), then checks
that the parent it was started by is still there (it may have died in between). The Prefect
server, the extraction processes and the workers of a temporary Dask cluster all do this.

SIGINT and SIGTERM set a flag instead of raising wherever the main thread happens to be (inside
Prefect's engine, half way through a Parquet write); the flow reads it between batches, stops
with the batches written so far committed, and the CLI exits 130 or 143. A second signal of the
same kind stops at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator

_PR_SET_PDEATHSIG = 1
_STOP = threading.Event()
_SIGNUM: list[int] = []
_HANDLER: list = []  # our handler while graceful_signals() is active


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGTERM) -> None:
    """Ask the kernel to send `sig` to this process when its parent exits (Linux only; a no-op
    elsewhere). `parent_pid`, when known, closes the race of a parent that died already."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if parent_pid is not None and os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)


class Interrupted(Exception):
    """A stop was asked for (SIGINT/SIGTERM); what was written before it stays committed."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"stopped by {signal.Signals(signum).name}")

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def stop_requested() -> int | None:
    """The signal that asked the run to stop, if one did."""
    return _SIGNUM[0] if _STOP.is_set() and _SIGNUM else None


def check_stop() -> None:
    """Raise Interrupted if a stop was asked for: called by the flow between batches."""
    signum = stop_requested()
    if signum is not None:
        raise Interrupted(signum)


@contextlib.contextmanager
def graceful_signals() -> Iterator[None]:
    """Within the block, SIGINT/SIGTERM ask for a stop between batches; a second one of the
    same kind stops at once (KeyboardInterrupt / SystemExit)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_signal(signum: int, _frame: object) -> None:
        if _STOP.is_set():
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            raise SystemExit(128 + signum)
        _SIGNUM[:] = [signum]
        _STOP.set()
        print(f"factrack: {signal.Signals(signum).name} received; stopping after the batch in "
              "progress (again to stop at once)", file=sys.stderr, flush=True)

    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    _HANDLER[:] = [on_signal]
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
        _HANDLER.clear()
        _STOP.clear()
        _SIGNUM.clear()


def handling() -> bool:
    """Whether graceful_signals() is active in this process (the CLI's, around a flow run)."""
    return bool(_HANDLER)


def rearm() -> None:
    """Put our handlers back inside a flow run: Prefect's engine swaps in a SIGTERM handler of
    its own for the run (it raises wherever the main thread is, which would interrupt a DuckDB
    query or a write half way), and restores ours when the run ends."""
    if _HANDLER and threading.current_thread() is threading.main_thread():
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, _HANDLER[0])
