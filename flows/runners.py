"""Where extraction runs: a Prefect task runner chosen from `--workers` and `--dask`.

Extraction of a batch is a pure function of serialisable inputs, so any Prefect task runner can
take it: `ProcessPoolTaskRunner` for local processes, `prefect_dask.DaskTaskRunner` for a
temporary local Dask cluster (`local:N`) or an existing scheduler (`tcp://host:8786`). With no
workers, extraction runs in the flow process itself. Matching and writing never leave the flow
process: it is the warehouse's single writer.
"""

from __future__ import annotations

import importlib.util
import os
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from flows.lifetime import die_with_parent


class RunnerError(RuntimeError):
    """The requested runner cannot be used (missing extra, unreachable scheduler, bad value)."""


def default_workers() -> int:
    """Extraction processes beside the flow: one core is left to the flow process, which
    matches and writes while the workers extract the next batches."""
    return max(1, (os.cpu_count() or 1) - 1)


@dataclass(frozen=True)
class RunnerSpec:
    workers: int = 0  # local extraction processes; 0 = extract in the flow process
    dask: str | None = None  # "local:N" or a scheduler address

    @property
    def local_cluster(self) -> int | None:
        """N for `local:N`, else None."""
        if self.dask and self.dask.startswith("local:"):
            return int(self.dask.split(":", 1)[1])
        return None

    @property
    def owns_processes(self) -> bool:
        """True when the workers are factrack's own (they must die with it); an existing
        Dask cluster's workers are not."""
        return self.dask is None or self.local_cluster is not None

    @property
    def in_flight(self) -> int:
        """Batches submitted ahead of matching: two per worker keeps every worker busy while the
        flow matches and writes, and bounds memory (16 on a cluster whose size we do not know)."""
        n = self.local_cluster or self.workers
        return 2 * n if n else (16 if self.dask else 2)

    def describe(self) -> str:
        if self.dask:
            n = self.local_cluster
            return f"a temporary Dask cluster of {n} worker(s)" if n else f"the Dask cluster at {self.dask}"
        return f"{self.workers} extraction process(es)" if self.workers else "the flow process"


def parse_spec(workers: int | None, dask: str | None) -> RunnerSpec:
    """Validate the CLI's values; raise RunnerError with a one-line reason."""
    if dask is not None and workers is not None:
        raise RunnerError("--workers and --dask exclude each other (a Dask cluster brings its own workers)")
    if dask is None:
        n = default_workers() if workers is None else workers
        if n < 0:
            raise RunnerError("--workers must be 0 or more")
        return RunnerSpec(workers=n)
    if dask.startswith("local:"):
        try:
            n = int(dask.split(":", 1)[1])
        except ValueError:
            n = 0
        if n < 1:
            raise RunnerError(f"--dask {dask}: expected local:N with N >= 1 workers")
        return RunnerSpec(dask=f"local:{n}")
    address = dask if "://" in dask else f"tcp://{dask}"
    parts = urlsplit(address)
    if not parts.hostname or not parts.port:
        raise RunnerError(f"--dask {dask}: expected a scheduler address such as tcp://host:8786, or local:N")
    return RunnerSpec(dask=address)


def check_dask(spec: RunnerSpec, timeout: float = 5.0) -> None:
    """Before anything is written: the extra is installed and the scheduler answers."""
    if spec.dask is None:
        return
    # Found, not imported: importing Prefect before the CLI has set PREFECT_API_URL would freeze
    # its settings without it, and Prefect would start a second, private server.
    if importlib.util.find_spec("prefect_dask") is None or importlib.util.find_spec("distributed") is None:
        raise RunnerError('--dask needs the dask extra: pip install "factrack[dask]"')
    if spec.local_cluster is None:
        parts = urlsplit(spec.dask)
        try:
            with socket.create_connection((parts.hostname, parts.port), timeout=timeout):
                pass
        except OSError as e:
            raise RunnerError(f"cannot reach the Dask scheduler at {spec.dask}: {e.strerror or e}") from None


def build_runner(spec: RunnerSpec):
    """The Prefect task runner for the spec, or None to extract in the flow process."""
    if spec.dask is not None:
        from prefect_dask import DaskTaskRunner

        n = spec.local_cluster
        if n is None:
            return DaskTaskRunner(address=spec.dask)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                            "dashboard_address": None, "host": "127.0.0.1"},
        )
    if spec.workers == 0:
        return None
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=spec.workers, initializer=die_with_parent, initargs=(os.getpid(),))
