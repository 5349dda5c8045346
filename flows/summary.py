"""What the CLI prints: the one-screen run summary and SQL result tables."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime

from rich.console import Console
from rich.table import Table


def render(s: dict) -> None:
    con = Console()
    t = Table(title=f"factrack run {s['run_id']} — {s['status']}", show_header=False, title_justify="left")
    t.add_column(style="bold")
    t.add_column(justify="right")
    t.add_row("input files", str(s["n_inputs"]))
    t.add_row("new articles", str(s["n_articles"]))
    t.add_row("already stored (skipped)", str(s["n_skipped"]))
    t.add_row("quotes", str(s["n_quotes"]))
    t.add_row("claims", str(s["n_claims"]))
    rel = ", ".join(f"{k} {v}" for k, v in sorted(s["relations"].items()))
    t.add_row("matches", f"{s['n_matches']}" + (f" ({rel})" if rel else ""))
    t.add_row("rejects", str(s["n_rejects"]))
    n = s["n_articles"] + s["n_skipped"]
    rate = f" ({n / s['seconds']:.0f} articles/s)" if s["seconds"] and n >= 50 else ""
    t.add_row("seconds", f"{s['seconds']:.1f}{rate}")
    con.print(t)
    for path, line, reason in s["rejects"][:10]:
        where = f"{path}:{line}" if line else path
        con.print(f"  [yellow]rejected[/] {where}: {reason}", highlight=False)
    if len(s["rejects"]) > 10:
        con.print(f"  ... and {len(s['rejects']) - 10} more: factrack sql \"select * from rejects\"")
    con.print(f"warehouse: {s['warehouse']}  (query it: factrack sql \"select speaker, text from quotes\" --warehouse {s['warehouse']})", highlight=False)


def _plain(v: object) -> object:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def print_table(cols: list[str], rows: list[tuple], fmt: str, limit: int) -> None:
    if fmt == "json":
        for r in rows:
            print(json.dumps({c: _plain(v) for c, v in zip(cols, r, strict=True)}, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows([[_plain(v) for v in r] for r in rows])
        return
    con = Console()
    t = Table(*cols, show_lines=False)
    for r in rows[:limit]:
        t.add_row(*["" if v is None else str(_plain(v)) for v in r])
    con.print(t)
    more = f" (showing {limit}; use --limit or --format csv)" if len(rows) > limit else ""
    con.print(f"{len(rows)} row(s){more}", highlight=False)
