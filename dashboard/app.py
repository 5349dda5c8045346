"""`factrack dashboard`: Starlette routes rendering Jinja2 templates over `dashboard.queries`.

Starlette and Jinja2 come with Prefect already (its API server is FastAPI), so the dashboard
adds no dependency. Every URL is stable and carries its filters in the query string, so a desk
can paste links into chat. Pages are drawn on the server, charts as SVG: no page loads anything
from the network and none runs a script."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import duckdb
import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from claims.dates import parse_date
from dashboard import marks, queries
from warehouse import catalog
from warehouse.match import check, search
from warehouse.statements import sides
from warehouse.store import DamagedFile, Warehouse

SQL_ROWS = 500  # rows a /sql page shows
CSV_ROWS = 100_000  # rows a /sql.csv download holds
SQL_TIMEOUT = 10.0  # seconds before a typed query is interrupted

_env = jinja2.Environment(loader=jinja2.PackageLoader("dashboard", "templates"), autoescape=True)
_env.globals.update(marked=marks.marked, disagreeing=marks.disagreeing, bars=marks.bars)
_env.filters["num"] = marks.num


def _day(value: str | None) -> date | None:
    return parse_date(value) if value else None


def create_app(warehouse: str) -> Starlette:
    root = Path(warehouse).expanduser().resolve()
    wh = Warehouse(root)  # paths only: a reader never takes the writer's lock

    def page(name: str, request: Request, status: int = 200, **ctx) -> HTMLResponse:
        html = _env.get_template(name).render(request=request, warehouse=str(root), **ctx)
        return HTMLResponse(html, status_code=status)

    def reading(render):
        """Open a read-only connection per request; name a missing or damaged warehouse in a
        page instead of a traceback."""
        async def endpoint(request: Request) -> Response:
            try:
                con = catalog.connect(root)
            except catalog.NoWarehouse as e:
                return page("error.html", request, 404, message=str(e))
            try:
                return catalog.retrying(lambda: render(request, con))
            except DamagedFile as e:
                return page("error.html", request, 500, message=str(e))
            except duckdb.Error as e:
                found = catalog.damaged(e)
                return page("error.html", request, 500, message=str(found or str(e).splitlines()[0]))
            finally:
                con.close()
        return endpoint

    def overview(request: Request, con) -> Response:
        o = queries.overview(con, wh)
        return page("overview.html", request, o=o, chart=[(str(r["day"]), r["n"]) for r in o["per_day"]])

    def conflicts(request: Request, con) -> Response:
        q = request.query_params
        try:
            n = int(q.get("page", "1"))
        except ValueError:
            n = 1
        f = queries.Filters(relation=q.get("relation", ""), speaker=q.get("speaker", ""), outlet=q.get("outlet", ""),
                            since=_day(q.get("since")), until=_day(q.get("until")), page=max(n, 1))
        found, total = queries.conflicts(con, wh, f)
        return page("conflicts.html", request, found=found, total=total, f=f, page_size=queries.PAGE)

    def statement(request: Request, con) -> Response:
        st = queries.statement(con, wh, request.path_params["sid"])
        if st is None:
            return page("error.html", request, 404, message=f"no committed statement {request.path_params['sid']}")
        return page("statement.html", request, st=st, context=_context(st))

    def speakers(request: Request, con) -> Response:
        return page("speakers.html", request, speakers=queries.speakers(con))

    def speaker(request: Request, con) -> Response:
        s = queries.speaker(con, wh, request.path_params["name"])
        return page("speaker.html", request, s=s, chart=[(r["day"], r["n"]) for r in s["per_month"]])

    def check_page(request: Request, con) -> Response:
        text, day = request.query_params.get("q", ""), request.query_params.get("date", "")
        when = _day(day)
        found = check(wh, text, 10, when) if text.strip() else []
        known = sides(con, wh, [r["id"] for r in found])
        results = [{**r, **known[r["id"]]} for r in found if r["id"] in known]
        return page("check.html", request, q=text, date=day, bad_date=bool(day and when is None), results=results)

    def search_page(request: Request, con) -> Response:
        text = request.query_params.get("q", "")
        hits = search(wh, text, 50)
        known = sides(con, wh, [sid for sid, _, _ in hits])
        results = [{**known[sid], "bm25": score} for sid, _, score in hits if sid in known]
        return page("search.html", request, q=text, results=results)

    def run_sql(text: str, max_rows: int) -> tuple[list[str], list[tuple], str]:
        """A typed query through the same sandbox as `factrack sql`: (columns, rows, error)."""
        try:
            return (*catalog.query(root, text, timeout=SQL_TIMEOUT, max_rows=max_rows), "")
        except (catalog.NoWarehouse, catalog.QueryRefused, TimeoutError) as e:
            return [], [], str(e)
        except duckdb.Error as e:
            return [], [], str(e).splitlines()[0]

    def sql_page(request: Request, con) -> Response:
        text = request.query_params.get("q", "")
        cols, rows, error = run_sql(text, SQL_ROWS + 1) if text.strip() else ([], [], "")
        return page("sql.html", request, 400 if error else 200, q=text, cols=cols, rows=rows[:SQL_ROWS],
                    more=len(rows) > SQL_ROWS, error=error, limit=SQL_ROWS)

    async def sql_csv(request: Request) -> Response:
        cols, rows, error = run_sql(request.query_params.get("q", ""), CSV_ROWS)
        if error:
            return Response(error + "\n", status_code=400, media_type="text/plain")
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        w.writerows(rows)
        return Response(buf.getvalue(), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="factrack.csv"'})

    def runs(request: Request, con) -> Response:
        return page("runs.html", request, r=queries.runs(con))

    return Starlette(routes=[
        Route("/", reading(overview)),
        Route("/conflicts", reading(conflicts)),
        Route("/statements/{sid}", reading(statement)),
        Route("/speakers", reading(speakers)),
        Route("/speakers/{name:path}", reading(speaker)),
        Route("/check", reading(check_page)),
        Route("/search", reading(search_page)),
        Route("/sql", reading(sql_page)),
        Route("/sql.csv", sql_csv),
        Route("/runs", reading(runs)),
        Mount("/static", StaticFiles(packages=[("dashboard", "static")]), name="static"),
    ])


def _context(st: dict) -> dict:
    """The paragraph around a statement, split into before / the statement / after."""
    text, start, end = st.get("article_text") or "", st.get("start"), st.get("end")
    if start is None or end is None or not text:
        return {"before": "", "it": st.get("text", ""), "after": ""}
    p0 = text.rfind("\n\n", 0, start)
    p1 = text.find("\n\n", end)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = len(text) if p1 < 0 else p1
    return {"before": text[p0:start], "it": text[start:end], "after": text[end:p1]}
