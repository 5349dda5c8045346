"""Python's cycle collector during a `track` run.

A full collection walks every object the collector tracks, and one runs each time the tracked
heap has grown by a quarter. Most of a run's heap is there before its first batch: the modules
imported (Prefect, pyarrow, DuckDB, numpy, the extractors) and never garbage. Each full
collection walked them again: into a warehouse of 1M statements, 3.1-3.4 of the flow process's
CPU-seconds per 2,000 articles went to the collector (2.3-2.5 with this), and 0.6 of an
extraction process's 9-10 (0.3 with this).

So what exists when a run starts is moved to the collector's permanent generation
(`gc.freeze`). Not later: a batch in flight is held by Prefect futures that form reference
cycles, and a frozen cycle is never freed (freezing after every batch saved a little more and
grew the flow process by 18 MB per batch). The flow hands the frozen objects back when the run
ends (`thaw`), so a process that goes on collects as usual. factrack's own extraction processes
freeze once, at their first batch, and end with the run; a Dask cluster's workers outlive it
and are never frozen.
"""

from __future__ import annotations

import gc


def freeze_survivors() -> None:
    """Exclude everything alive now from later collections (see the module's docstring)."""
    gc.freeze()


def freeze_once() -> None:
    """`freeze_survivors` unless this process froze before (an extraction worker's first batch)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()


def thaw() -> None:
    """Hand the frozen objects back to the collector (its oldest generation)."""
    gc.unfreeze()
