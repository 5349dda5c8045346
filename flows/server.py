"""A local Prefect API server started first thing, so it boots while factrack works.

Without `PREFECT_API_URL`, Prefect starts the same server (`prefect.server.api.server:
create_app` under uvicorn) lazily, on the first flow call, and the client imports the server
package to do so: several seconds in which nothing else happens. Starting it ourselves before
the heavy imports lets discovery and extraction overlap its boot. A user who points
`PREFECT_API_URL` at their own server or Prefect Cloud gets that instead, untouched.

A new PREFECT_HOME also costs Prefect's database migrations (~6 s here). The freshly migrated,
still empty database of the first warehouse on a machine is kept as a template under the user
cache directory (one per Prefect version) and copied into later warehouses' PREFECT_HOME.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import importlib.util
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from flows.lifetime import die_with_parent

STARTUP_TIMEOUT = 90.0
# factrack stores no Prefect blocks. By default the server registers every installed block type
# at each start, importing every Prefect collection first (prefect-dask imports distributed):
# 1.5-2 of its 6-8 CPU-seconds of start-up here, on a machine whose two cores the run needs.
QUIET_START = {"PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
               "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}


class ServerError(RuntimeError):
    """The local Prefect server did not come up."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _template() -> Path | None:
    """Where the migrated empty Prefect database is kept; None when there is no user cache."""
    try:
        version = importlib.metadata.version("prefect")
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except (importlib.metadata.PackageNotFoundError, RuntimeError, KeyError):
        return None
    return cache / "factrack" / f"prefect-{version}.db"


class PrefectServer:
    """Context manager: a Prefect API server for this process, unless one is configured."""

    def __init__(self, prefect_home: Path, services: bool = False) -> None:
        """`services`: run the server's background services too (the scheduler that creates
        a served flow's scheduled runs); a plain run needs none, and starts faster without."""
        self.home = prefect_home
        self.services = services
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self._fresh_db = False

    def __enter__(self) -> PrefectServer:
        if os.environ.get("PREFECT_API_URL"):
            return self  # the user's own server or Prefect Cloud
        self.home.mkdir(parents=True, exist_ok=True)
        db = self.home / "prefect.db"
        template = _template()
        if not db.exists() and template is not None and template.exists():
            with contextlib.suppress(OSError):
                shutil.copyfile(template, db)
        self._fresh_db = not db.exists()
        port = _free_port()
        spec = importlib.util.find_spec("prefect")
        app_dir = str(Path(spec.origin).parent.parent) if spec and spec.origin else "."
        env = {**os.environ, "PREFECT_HOME": str(self.home), "PREFECT_UI_ENABLED": "0",
               "PREFECT__SERVER_FINAL": "1", **QUIET_START}
        if not self.services:
            env["PREFECT__SERVER_EPHEMERAL"] = "1"
        log = open(self.home / "server.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            preexec_fn=functools.partial(die_with_parent, os.getpid()),  # never outlives factrack
            # Its own process group: a terminal's Ctrl-C goes to factrack's group, and the server
            # must outlive the flow runs that are still stopping (factrack ends it afterwards).
            start_new_session=True,
        )
        log.close()
        self.url = f"http://127.0.0.1:{port}/api"
        os.environ["PREFECT_API_URL"] = self.url
        return self

    def wait(self) -> None:
        """Block until the server answers (call just before the first flow)."""
        if self.proc is None:
            return
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerError(f"the Prefect server exited (code {self.proc.returncode}); see {self.home / 'server.log'}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
        else:
            raise ServerError(f"the Prefect server did not start in {STARTUP_TIMEOUT:.0f} s; see {self.home / 'server.log'}")
        if self._fresh_db:
            self._save_template()

    def _save_template(self) -> None:
        """Keep the just-migrated, still empty database for the next new warehouse."""
        template = _template()
        if template is None or template.exists():
            return
        with contextlib.suppress(OSError, sqlite3.Error):
            template.parent.mkdir(parents=True, exist_ok=True)
            tmp = template.with_suffix(f".{os.getpid()}.tmp")
            src = sqlite3.connect(self.home / "prefect.db")
            dst = sqlite3.connect(tmp)
            with dst:
                src.backup(dst)
            src.close()
            dst.close()
            os.replace(tmp, template)

    def __exit__(self, *exc: object) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if os.environ.get("PREFECT_API_URL") == self.url:
            del os.environ["PREFECT_API_URL"]
        self.proc = None
