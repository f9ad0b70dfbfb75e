"""Draw :class:`~reports.chart_data.ChartData` as PNG bytes with matplotlib (Agg, lazy import).

Only drawing happens here: every number comes from :func:`reports.chart_data.chart_data`.
Bars of *ended* periods under their target are drawn in red so months and quarters that miss
stand out; the current period under target is drawn as "in progress" (blue), future
periods as "scheduled so far" (grey, hatched) and periods before the record's first event as
"–" — never as failures. The target is a dashed line. The PNGs carry no timestamp (``Software`` metadata dropped), so the
same figures give the same bytes on the same matplotlib version.

matplotlib is imported inside :func:`render_chart` (the Figure API with the Agg canvas,
never ``pyplot``: no global state, safe in a scheduler thread), so importing this module is
cheap.
"""
from __future__ import annotations

from typing import Mapping

from .chart_data import ChartData

UNDER = "#c0392b"     # red: under target
MET = "#2e7d32"       # green: target met
PLAIN = "#1f5f99"
SECOND = "#8fb8de"
TARGET = "#333333"
IN_PROGRESS = "#5b9bd5"   # blue: current period, not there yet
FUTURE = "#bdbdbd"        # grey: future period, events scheduled so far
NO_DATA = "#eeeeee"       # before the record's first event: no data, not a miss


def _figure(width: float, height: float, margins: dict):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height), dpi=100)   # fixed margins: no layout engine (fast)
    fig.subplots_adjust(**margins)
    FigureCanvasAgg(fig)
    return fig


def _bar_target(fig, chart: ChartData) -> None:
    ax = fig.add_subplot()
    (label, values), (target_label, target) = list(chart.series.items())[:2]
    x = range(len(chart.x))
    periods = chart.periods or ("ended",) * len(chart.x)
    colors = [MET if v >= t else {"ended": UNDER, "current": IN_PROGRESS, "before": NO_DATA}.get(p, FUTURE)
              for v, t, p in zip(values, target, periods)]
    bars = ax.bar(x, values, color=colors, hatch=None)
    for bar, p in zip(bars, periods):
        if p == "future":
            bar.set_hatch("//")
            bar.set_edgecolor("white")
    for text, color in zip(ax.bar_label(bars, labels=["–" if c == NO_DATA else v for c, v in zip(colors, values)],
                                        fontsize=8), colors):
        text.set_color(color if color not in (FUTURE, NO_DATA) else "#757575")   # a zero under target shows
        text.set_fontweight("bold" if color == UNDER else "normal")
    line, = ax.step([i - 0.5 for i in x] + [len(chart.x) - 0.5], [*target, *target[-1:]],
                    where="post", linestyle="--", color=TARGET)
    from matplotlib.patches import Patch
    legend = [(Patch(color=c), text) for c, text in ((MET, "target met"), (UNDER, "under target"))
              if c in colors]
    if NO_DATA in colors:
        legend.append((Patch(color=NO_DATA), "– before the record"))
    if IN_PROGRESS in colors:
        legend.append((Patch(color=IN_PROGRESS), "in progress"))
    if "future" in periods:
        legend.append((Patch(facecolor=FUTURE, hatch="//", edgecolor="white"), "scheduled so far"))
    legend.append((line, target_label))
    # one row while it fits the axes' width; more entries (before the record, under target, met,
    # in progress, scheduled, target) wrap onto two rows with room for them above the bars
    ncol = len(legend) if len(legend) <= 4 else (len(legend) + 1) // 2
    ax.legend(*zip(*legend), fontsize=8, loc="upper left", ncol=ncol)
    ax.set_xticks(list(x), chart.x, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel(chart.y_label)
    ax.set_ylim(0, max([*values, *target, 1]) * (1.35 if ncol == len(legend) else 1.7) + 0.3)
    ax.yaxis.get_major_locator().set_params(integer=True)


def _barh(fig, chart: ChartData) -> None:
    """One horizontal bar per category and series (one or two series), each labelled."""
    ax = fig.add_subplot()
    series = list(chart.series.items())[:2]
    height = 0.8 / len(series)
    y = list(range(len(chart.x)))
    for k, ((label, values), color) in enumerate(zip(series, (PLAIN, SECOND))):
        offset = (k - (len(series) - 1) / 2) * height
        ax.barh([i + offset for i in y], values, height=height, color=color, label=label)
        for i, v in enumerate(values):
            ax.annotate(str(v), (v, i + offset), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=8)
    ax.set_yticks(y, chart.x, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max([v for _, values in series for v in values] + [1]) * 1.15)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(chart.y_label, fontsize=8)
    if len(series) > 1:
        ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.4, -0.08), ncol=2, frameon=False)


def _heatmap(fig, chart: ChartData) -> None:
    ax = fig.add_subplot()
    names = list(chart.x)
    matrix = [list(chart.series[a]) for a in names]
    top = max([v for row in matrix for v in row] + [1])
    image = ax.imshow(matrix, cmap="Blues", vmin=0, vmax=top)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if i != j:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                        color="white" if v > top * 0.6 else "black")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    fig.colorbar(image, ax=ax, label="shared events", shrink=0.85)


def _line(fig, chart: ChartData) -> None:
    ax = fig.add_subplot()
    share = [v * 100 if v is not None else float("nan") for v in chart.series["Joint share"]]
    x = range(len(chart.x))
    ax.plot(list(x), share, marker="o", color=PLAIN, label="Joint events as % of events")
    events = chart.series.get("Events", (None,) * len(share))
    top = min(100, max([v for v in share if v == v] + [20]) * 1.3)
    for i, v in enumerate(share):
        if v == v:  # not NaN
            ax.annotate(f"{v:.0f}%", (i, v), xytext=(0, 5), textcoords="offset points", ha="center", fontsize=8)
        elif events[i] is not None:   # too few events for a share: say so instead of a 0% or 100%
            ax.text(i, top * 0.03, f"{events[i]} event{'s' if events[i] != 1 else ''}", rotation=90,
                    ha="center", va="bottom", fontsize=7, color="#9e9e9e")
    ax.set_xticks(list(x), chart.x, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("% of events that are joint")
    ax.set_ylim(0, top)
    ax.legend(fontsize=8, loc="upper left")


_BARS = dict(left=0.08, right=0.98, bottom=0.2, top=0.88)
_DRAW = {"bar+target": (_bar_target, (8, 3.6), _BARS), "line": (_line, (8, 3.6), _BARS),
         "barh": (_barh, (8, 3.8), dict(left=0.25, right=0.97, bottom=0.16, top=0.88)),
         "barh-pair": (_barh, (8, 3.8), dict(left=0.25, right=0.97, bottom=0.2, top=0.88)),
         "heatmap": (_heatmap, (7, 5.2), dict(left=0.26, right=0.98, bottom=0.28, top=0.92))}


def render_chart(chart: ChartData) -> bytes:
    """One chart as PNG bytes. Raises ``KeyError`` for an unknown ``chart.kind``."""
    from io import BytesIO
    draw, size, margins = _DRAW[chart.kind]
    fig = _figure(*size, margins)
    draw(fig, chart)
    fig.suptitle(chart.title, fontsize=11)
    out = BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def render_charts(charts: Mapping[str, ChartData]) -> dict[str, bytes]:
    """``{name: ChartData}`` → ``{name: PNG bytes}``."""
    return {name: render_chart(chart) for name, chart in charts.items()}


def chart_key(chart: ChartData) -> str:
    """A hex SHA-256 of everything that decides the picture: the chart's numbers and labels,
    this module's source and the matplotlib version. Equal keys → equal PNG bytes."""
    import hashlib
    import json
    from importlib.metadata import version
    from pathlib import Path
    digest = hashlib.sha256(json.dumps(chart.as_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    digest.update(Path(__file__).read_bytes())
    digest.update(version("matplotlib").encode())
    return digest.hexdigest()
