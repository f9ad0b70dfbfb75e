"""Draw :class:`~reports.chart_data.ChartData` as PNG bytes with matplotlib (Agg, lazy import).

Only drawing happens here: every number comes from :func:`reports.chart_data.chart_data`.
Bars under their target are drawn in red so months and quarters that miss stand out; the
target is a dashed line. The PNGs carry no timestamp (``Software`` metadata dropped), so the
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
    colors = [MET if v >= t else UNDER for v, t in zip(values, target)]
    bars = ax.bar(x, values, color=colors)
    for text, color in zip(ax.bar_label(bars, fontsize=8), colors):
        text.set_color(color)                 # a zero under target still shows, in red
        text.set_fontweight("bold" if color == UNDER else "normal")
    line, = ax.step([i - 0.5 for i in x] + [len(chart.x) - 0.5], [*target, *target[-1:]],
                    where="post", linestyle="--", color=TARGET)
    from matplotlib.patches import Patch
    ax.legend([Patch(color=MET), Patch(color=UNDER), line],
              ["target met", "under target", target_label], fontsize=8, loc="upper left", ncol=3)
    ax.set_xticks(list(x), chart.x, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel(chart.y_label)
    ax.set_ylim(0, max([*values, *target, 1]) * 1.35 + 0.3)
    ax.yaxis.get_major_locator().set_params(integer=True)


def _barh_pair(fig, chart: ChartData) -> None:
    ax = fig.add_subplot()
    (a_label, a), (b_label, b) = list(chart.series.items())[:2]
    y = list(range(len(chart.x)))
    ax.barh([i - 0.2 for i in y], a, height=0.4, color=PLAIN, label=a_label)
    ax.barh([i + 0.2 for i in y], b, height=0.4, color=SECOND, label=b_label)
    for i, (va, vb) in enumerate(zip(a, b)):
        ax.annotate(str(va), (va, i - 0.2), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
        ax.annotate(str(vb), (vb, i + 0.2), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(y, chart.x, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max([*a, *b, 1]) * 1.15)
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
    for i, v in enumerate(share):
        if v == v:  # not NaN
            ax.annotate(f"{v:.0f}%", (i, v), xytext=(0, 5), textcoords="offset points", ha="center", fontsize=8)
    ax.set_xticks(list(x), chart.x, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("% of events that are joint")
    ax.set_ylim(0, min(100, max([v for v in share if v == v] + [20]) * 1.3))
    ax.legend(fontsize=8, loc="upper left")


_BARS = dict(left=0.08, right=0.98, bottom=0.2, top=0.88)
_DRAW = {"bar+target": (_bar_target, (8, 3.6), _BARS), "line": (_line, (8, 3.6), _BARS),
         "barh-pair": (_barh_pair, (8, 3.8), dict(left=0.25, right=0.97, bottom=0.2, top=0.88)),
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
