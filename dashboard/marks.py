"""What a page draws rather than lists: numbers that disagree, marked in their sentences, and
bar charts as inline SVG (no script, nothing loaded from the network)."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

_KEY = ("value", "from", "to", "year", "factor", "change")


def _key(f: dict) -> tuple:
    return tuple(f.get(k) for k in _KEY)


def disagreeing(facts: list[dict] | None, other: list[dict] | None) -> list[str]:
    """Raw spans of `facts` whose numbers the other side does not state."""
    theirs = {_key(f) for f in other or []}
    return [f["raw"] for f in facts or [] if f.get("raw") and _key(f) not in theirs]


def num(v: object) -> str:
    """A fact's number as a reader writes it: 30, not 30.0; nothing for a missing value."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def marked(text: str, raws: list[str]) -> Markup:
    """`text` escaped, with each of `raws` wrapped in <mark> (first occurrence of each)."""
    spans = []
    for raw in raws:
        i = text.find(raw)
        if i >= 0 and not any(s <= i < e or i <= s < i + len(raw) for s, e in spans):
            spans.append((i, i + len(raw)))
    out, pos = [], 0
    for s, e in sorted(spans):
        out += [escape(text[pos:s]), "<mark>", escape(text[s:e]), "</mark>"]
        pos = e
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def bars(points: list[tuple[str, int]], width: int = 720, height: int = 160, label: str = "statements") -> Markup:
    """A bar chart of (label, count) as inline SVG, with a title per bar for hovering."""
    if not points:
        return Markup('<p class="empty">nothing to chart yet</p>')
    top = max(n for _, n in points) or 1
    bw = width / len(points)
    parts = [f'<svg class="chart" viewBox="0 -16 {width} {height + 36}" role="img" '
             f'aria-label="{escape(label)} per period">']
    for i, (day, n) in enumerate(points):
        h = max(1.0, (height - 4) * n / top)
        x = i * bw
        parts.append(f'<rect x="{x + bw * 0.1:.1f}" y="{height - h:.1f}" width="{bw * 0.8:.1f}" height="{h:.1f}">'
                     f"<title>{escape(str(day))}: {n} {escape(label)}</title></rect>")
    parts.append(f'<text x="0" y="{height + 15}">{escape(str(points[0][0]))}</text>')
    if len(points) > 1:
        parts.append(f'<text x="{width}" y="{height + 15}" text-anchor="end">{escape(str(points[-1][0]))}</text>')
    parts.append(f'<text x="4" y="-4">max {top} {escape(label)}</text></svg>')
    return Markup("".join(parts))
