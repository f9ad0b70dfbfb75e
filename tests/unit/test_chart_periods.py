"""Charts never draw a period that has not ended (or that the record does not cover) as a
failure: checked on the pixels of the rendered PNG and on the periods chart_data assigns."""
from __future__ import annotations

import io
from datetime import date

import numpy as np
from matplotlib.image import imread

from reports.chart_data import ChartData, chart_data
from reports.charts import FUTURE, IN_PROGRESS, UNDER, render_chart
from reports.metrics import compute_metrics
from sheets_sync.model import CombinedEvent, Status, Visibility


def _has(png: bytes, hex_color: str) -> bool:
    rgb = np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    pixels = imread(io.BytesIO(png))[..., :3]
    return bool((np.abs(pixels - rgb).max(axis=-1) < 0.01).sum() > 200)   # a bar, not a text edge


def _chart(periods):
    return ChartData("t", "t", ("2025-07", "2025-08", "2025-09"), {"Joint events": (1, 1, 1), "Target": (2, 2, 2)},
                     "bar+target", "joint events", periods)


def test_only_ended_periods_under_target_are_red():
    mixed = render_chart(_chart(("ended", "current", "future")))
    assert _has(mixed, UNDER) and _has(mixed, IN_PROGRESS) and _has(mixed, FUTURE)
    ahead = render_chart(_chart(("current", "future", "future")))
    assert not _has(ahead, UNDER)
    before = render_chart(_chart(("before", "before", "current")))
    assert not _has(before, UNDER)


def _event(uid: str, day: date, departments: tuple[str, ...]) -> CombinedEvent:
    return CombinedEvent(title=uid, start=day, end=day, all_day=True, departments=departments,
                         lead=departments[0], rows=(), visibility=Visibility.PUBLIC,
                         status=Status.SCHEDULED, uid=uid)


def test_chart_data_marks_ended_current_future_and_before_the_record():
    events = [_event("a", date(2025, 5, 3), ("Police", "Fire")), _event("b", date(2025, 11, 8), ("Police",))]
    m = compute_metrics(events, departments=["Police", "Fire"], core=["Police", "Fire"], fiscal_start_month=7,
                        joint_target=2, all_department_target=1)
    charts = chart_data(m, date(2025, 9, 15), fiscal_start_month=7, joint_target=2, all_department_target=1)
    rolling = dict(zip(charts["joint_rolling_12"].x, charts["joint_rolling_12"].periods))
    # 2024-10 … 2025-04: before the first event (May 2025); May–Aug ended; September current
    assert [rolling[m] for m in ("2024-10", "2025-04", "2025-05", "2025-08", "2025-09")] == [
        "before", "before", "ended", "ended", "current"]
    fiscal = dict(zip(charts["joint_fiscal_year"].x, charts["joint_fiscal_year"].periods))
    assert fiscal["2025-07"] == "ended" and fiscal["2025-09"] == "current"
    assert fiscal["2025-10"] == fiscal["2026-06"] == "future"
    quarters = dict(zip(charts["all_department_quarters"].x, charts["all_department_quarters"].periods))
    assert quarters == {"FY25-Q1": "before", "FY25-Q2": "before", "FY25-Q3": "before", "FY25-Q4": "ended",
                        "FY26-Q1": "current", "FY26-Q2": "future", "FY26-Q3": "future", "FY26-Q4": "future"}
    # the joint share needs 4 events in a month (the policy default): May has 1, so no share
    share = dict(zip(charts["joint_share"].x, charts["joint_share"].series["Joint share"]))
    assert share["2025-05"] is None


def test_the_legend_stays_inside_the_chart_with_every_kind_of_bar():
    """Quarters before the record, under target, met, current and future plus the target line:
    six legend entries used to run off the right edge ("Targe")."""
    from reports.chart_data import ChartData
    from reports.charts import _DRAW, _bar_target, _figure
    chart = ChartData("all_department_quarters", "All-department events per fiscal quarter",
                      ("FY26-Q1", "FY26-Q2", "FY26-Q3", "FY26-Q4", "FY27-Q1", "FY27-Q2", "FY27-Q3", "FY27-Q4"),
                      {"All-department events": (0, 0, 0, 0, 1, 0, 0, 0), "Target": (1,) * 8}, "bar+target",
                      "all-department events",
                      ("before", "before", "ended", "ended", "ended", "current", "future", "future"))
    _, size, margins = _DRAW["bar+target"]
    fig = _figure(*size, margins)
    _bar_target(fig, chart)
    fig.canvas.draw()
    (ax,) = fig.axes
    legend = ax.get_legend()
    assert len(legend.get_texts()) == 6
    box, axes_box = legend.get_window_extent(), ax.get_window_extent()
    assert axes_box.x0 <= box.x0 and box.x1 <= axes_box.x1 and box.y1 <= axes_box.y1
    tallest = max(b.get_window_extent().y1 for b in ax.patches)      # the legend sits above every bar
    assert box.y0 >= tallest
