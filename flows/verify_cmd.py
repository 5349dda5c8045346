"""`factrack verify [--repair]`: one line per problem; exit 1 while problems remain."""

from __future__ import annotations

import sys
from pathlib import Path

from warehouse import catalog
from warehouse.store import Warehouse, WarehouseLocked
from warehouse.verify import repair, verify


def run_verify(warehouse: str, fix: bool, wait: float | None) -> int:
    root = Path(warehouse).expanduser().resolve()
    if not root.is_dir():
        print(f"factrack: error: no warehouse at {root}", file=sys.stderr)
        return 2
    try:
        # The lock keeps writers out while we look; recovery waits until the damage is moved
        # aside (it reads the article ids, which a damaged articles file would stop).
        with Warehouse(root, wait=wait, recover=False) as wh:
            problems = verify(wh)
            for p in problems:
                print(p.line())
            if not fix:
                print(f"{len(problems)} problem(s) in {root}" + (" (verify --repair fixes them)" if problems else ""))
                return 1 if problems else 0
            for line in repair(wh, problems):
                print(line)
            wh.recover()
            catalog.refresh(wh)
            left = verify(wh)
            for p in left:
                print(p.line())
            print(f"repaired {len(problems) - len(left)} problem(s); {len(left)} left in {root}")
            return 1 if left else 0
    except WarehouseLocked as e:
        print(f"factrack: error: {e}", file=sys.stderr)
        return 2
