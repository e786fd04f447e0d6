"""Timeline charts: per story, each quantity's reported figures over time, drawn headless.

x is the published date, y the value: a dot for an exact figure, a vertical bar for a
range, a bar with an arrow for an open bound ("more than 500", "fewer than 20"). Colour
is the source; a dashed arrow joins the two reports of each flagged change, labelled
with its kind. matplotlib's object API (no pyplot, no GUI backend), so it renders in
any thread of a headless worker. SVG text stays text (``svg.fonttype: none``): small,
searchable, and every mark carries a ``gid`` (``cw-point``, ``cw-range``, ``cw-change``)
that tests and scripts can count.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Literal

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from extractors.errors import ClaimwatchError
from warehouse.timelines import Report, Timeline, elide

Format = Literal["svg", "png"]
FORMATS: tuple[Format, ...] = ("svg", "png")
#: Panels per story chart: a story with more flagged quantities shows the ones with most flags.
MAX_PANELS = 8
#: How far an open bound's bar reaches past its one known end, as a share of that end.
OPEN_REACH = 0.2


class ChartFormatError(ClaimwatchError):
    """The output format is not one the charts render (svg or png)."""


def chart_format(path: str) -> Format:
    ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if ext not in FORMATS:
        raise ChartFormatError(f"cannot write {path!r}: the chart is written as .svg or .png")
    return ext  # type: ignore[return-value]


def _span(r: Report) -> tuple[float, float, str] | None:
    """(bottom, top, marker at the open end or '') of a report's bar; None for an exact figure."""
    if r.exact:
        return None
    if r.low is not None and r.high is not None:
        return (min(r.low, r.high), max(r.low, r.high), "")
    if r.low is not None:  # "more than N": open above
        return (r.low, r.low * (1 + OPEN_REACH) or 1.0, "^")
    if r.high is not None:  # "fewer than N": open below
        return (r.high * (1 - OPEN_REACH), r.high, "v")
    return None


def _value(r: Report) -> float | None:
    """Where a change arrow meets a report: the figure, or its known bound."""
    if r.low is not None and r.high is not None:
        return (r.low + r.high) / 2
    return r.low if r.low is not None else r.high


def _positions(reports: Sequence[Report]) -> tuple[dict[tuple[str, str], datetime], tuple[datetime, datetime] | None]:
    """x of each dated report, its day spread a little when several share it (so each source shows),
    and the x range to show: the days with a margin of a sixth of the span, at least a third of a day."""
    days = sorted({r.published for r in reports if r.published is not None})
    if not days:
        return {}, None
    span = max(2, (days[-1] - days[0]).days)
    step = timedelta(days=span * 0.02)
    out: dict[tuple[str, str], datetime] = {}
    for day in days:
        same = [r for r in reports if r.published == day]
        for i, r in enumerate(same):
            out[(r.doc, r.text)] = datetime.combine(day, time(0)) + step * (i - (len(same) - 1) / 2)
    pad = timedelta(days=span / 6)
    return out, (datetime.combine(days[0], time(0)) - pad, datetime.combine(days[-1], time(0)) + pad)


def _number(v: float, _: object = None) -> str:
    """Axis ticks people read: 25M and 1.2B, 20,000 rather than 2e+04."""
    for size, suffix in ((1e9, "B"), (1e6, "M")):
        if abs(v) >= size:
            return f"{v / size:,.4g}{suffix}"
    return f"{v:,.6g}"


def _draw(ax, t: Timeline, colours: dict[str, str]) -> int:  # type: ignore[no-untyped-def]
    undated = 0
    xs, xlim = _positions(t.reports)
    labels: dict[tuple[datetime, float], list[str]] = {}
    for r in t.reports:
        y = _value(r)
        x = xs.get((r.doc, r.text))
        if x is None or y is None:
            undated += 1
            continue
        colour = colours[r.source]
        span = _span(r)
        if span is None:
            ax.plot([x], [y], "o", color=colour, markersize=7, gid="cw-point")
        else:
            lo, hi, marker = span
            ax.vlines(x, lo, hi, colors=colour, linewidth=4, alpha=0.75, gid="cw-range")
            if marker:
                ax.plot([x], [hi if marker == "^" else lo], marker, color=colour, markersize=8)
        if elide(r.text, 24) not in labels.setdefault((x, y), []):  # one label where reports coincide
            labels[(x, y)].append(elide(r.text, 24))
    for (x, y), texts in labels.items():
        ax.annotate(" / ".join(texts), (x, y), xytext=(7, 4), textcoords="offset points", fontsize=8, color="#333333")
    labelled: set[tuple[datetime, float]] = set()
    for c in t.changes:
        ya, yb = _value(c.a), _value(c.b)
        xa, xb = xs.get((c.a.doc, c.a.text)), xs.get((c.b.doc, c.b.text))
        if xa is None or xb is None or ya is None or yb is None:
            continue
        arrow = ax.annotate(
            "",
            xy=(xb, yb),
            xytext=(xa, ya),
            arrowprops={
                "arrowstyle": "->",
                "linestyle": "--",
                "color": "#b22222",
                "lw": 1.2,
                "shrinkA": 5,
                "shrinkB": 5,
            },
        )
        if arrow.arrow_patch is not None:
            arrow.arrow_patch.set_gid("cw-change")
        if (xb, yb) not in labelled:  # one label per later report, however many pairs end there
            labelled.add((xb, yb))
            ax.annotate(
                c.kind,
                (xb, yb),
                xytext=(7, -12),
                textcoords="offset points",
                fontsize=8,
                color="#b22222",
                fontweight="bold",
            )
    conf = f", confidence {t.confidence:.2f}" if t.confidence is not None else ""
    ax.set_title(f"{elide(t.quantity, 90)}  ({', '.join(t.kinds)}{conf})", fontsize=9, loc="left")
    dates = [r.published for r in t.reports if r.published is not None]
    if dates and (max(dates) - min(dates)).days <= 10:  # whole days, not hours, on a short timeline
        ax.xaxis.set_major_locator(mdates.DayLocator())
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.yaxis.set_major_formatter(FuncFormatter(_number))
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
    ax.margins(y=0.25)
    if xlim:
        ax.set_xlim(*xlim)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    return undated


def figure(story: str, items: Sequence[Timeline]) -> Figure:
    """One story's chart: a panel per quantity (up to MAX_PANELS, most flagged first)."""
    if not items:
        raise ValueError("a chart needs at least one timeline")
    shown = sorted(items, key=lambda t: -len(t.changes))[:MAX_PANELS]
    shown.sort(key=lambda t: t.quantity)
    sources = sorted({r.source for t in shown for r in t.reports})
    palette = matplotlib.colormaps["tab10"].colors  # type: ignore[attr-defined]
    colours = {s: matplotlib.colors.to_hex(palette[i % len(palette)]) for i, s in enumerate(sources)}
    fig = Figure(figsize=(9.5, 1.0 + 2.3 * len(shown)), layout="constrained")
    axes = fig.subplots(len(shown), 1, squeeze=False)[:, 0]
    undated = sum(_draw(ax, t, colours) for ax, t in zip(axes, shown, strict=True))
    more = f"; {len(items) - len(shown)} more quantities not drawn" if len(items) > len(shown) else ""
    gone = f"; {undated} undated reports not drawn" if undated else ""
    fig.suptitle(f"{elide(story, 70)}: reported figures over time{more}{gone}", fontsize=11, x=0.01, ha="left")
    handles = [Line2D([], [], marker="o", linestyle="", color=colours[s], label=elide(s, 30)) for s in sources[:12]]
    handles += [
        Line2D([], [], color="#777777", linewidth=4, alpha=0.75, label="range or bound"),
        Line2D([], [], color="#b22222", linestyle="--", label="flagged change"),
    ]
    fig.legend(handles=handles, loc="outside lower center", ncols=min(4, len(handles)), fontsize=8, frameon=False)
    return fig


def render(story: str, items: Sequence[Timeline], fmt: Format = "svg") -> bytes:
    fig = figure(story, items)
    buf = io.BytesIO()
    if fmt == "svg":
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "claimwatch"}):
            FigureCanvasSVG(fig).print_svg(buf)
    elif fmt == "png":
        fig.set_dpi(110)
        FigureCanvasAgg(fig).print_png(buf)
    else:
        raise ChartFormatError(f"unknown chart format {fmt!r}: svg or png")
    return buf.getvalue()


def data_uri(svg: bytes) -> str:
    """The chart as a ``data:`` URL: an ``<img>`` in the Prefect UI's markdown draws it (inline
    SVG would lose its style attributes to the UI's HTML sanitizer)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
