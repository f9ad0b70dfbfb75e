"""Charts and conditional formats of the fake: ``addChart``, ``deleteEmbeddedObject`` (a
chart), ``addConditionalFormatRule``, ``deleteConditionalFormatRule`` (Sheets API v4
``spreadsheets.batchUpdate``).

Stored per tab and listed by ``spreadsheets.get`` as ``sheets[].charts`` (``EmbeddedChart``,
with its ``chartId``) and ``sheets[].conditionalFormats`` (in rule-index order). Checked as
the API reference documents them, and only so far:

- every ``GridRange`` names an existing ``sheetId`` and lies inside that tab's grid (missing
  end indexes mean "to the end of the grid"); a range must not end before it starts;
- a chart's source ranges are one column wide or one row high ("ChartSourceRange ranges
  require all rows or all columns to have length of 1", the API's own 400); its
  ``chartId``, when given, is unused; only ``basicChart`` specs and ``overlayPosition``
  placement are supported (a 400 says so for the others);
- a chart's anchor cell must be a cell of the grid. The reference is silent here; the fake
  takes the strict reading, and the backend keeps grids large enough either way;
- a conditional-format rule has ranges on one tab and exactly one of ``booleanRule`` /
  ``gradientRule``; a ``CUSTOM_FORMULA`` condition has exactly one value, a formula starting
  with ``=``; gradient points need a ``type`` (and a ``value`` unless MIN/MAX); ``index``
  is between 0 and the number of rules the tab has.

Not modelled: moving or clipping ranges when rows or columns are inserted or deleted.
Unknown fields and enum values are refused before these handlers run
(:func:`tests.fake_sheets.schema.check_body`).
"""
from __future__ import annotations

import copy
from typing import Any

from .errors import bad


class EmbeddedObjects:
    """Mixed into :class:`~tests.fake_sheets.state.Spreadsheet` (uses ``sheets``,
    ``_sheet`` and ``new_id``)."""

    def _grid_range(self, rng: Any) -> tuple[Any, int, int, int, int]:
        """``GridRange`` JSON → (sheet, row0, row1, col0, col1), ends resolved to the grid."""
        if not isinstance(rng, dict):
            raise bad("a GridRange must be an object")
        sheet = self._sheet(rng.get("sheetId", 0))
        row0, col0 = rng.get("startRowIndex", 0), rng.get("startColumnIndex", 0)
        row1, col1 = rng.get("endRowIndex", sheet.rows), rng.get("endColumnIndex", sheet.cols)
        if min(row0, row1, col0, col1) < 0:
            raise bad("GridRange indexes must be non-negative")
        if row1 > sheet.rows or col1 > sheet.cols or row0 >= sheet.rows or col0 >= sheet.cols:
            raise bad(f"Range ({_describe(sheet.title, rng)}) exceeds grid limits. "
                      f"Max rows: {sheet.rows}, max columns: {sheet.cols}")
        if row0 >= row1 or col0 >= col1:
            raise bad(f"Invalid range ({_describe(sheet.title, rng)}): its start is not "
                      "before its end")
        return sheet, row0, row1, col0, col1

    # -- charts -----------------------------------------------------------------------------
    def _do_addChart(self, body: dict) -> dict:
        chart = copy.deepcopy(body.get("chart") or {})
        basic = chart.get("spec", {}).get("basicChart")
        if basic is None:
            raise bad("the fake supports basicChart specs only")
        if not basic.get("chartType"):
            raise bad("basicChart.chartType is required")
        for i, domain in enumerate(basic.get("domains", [])):
            self._chart_data(domain.get("domain", {}), f"domains[{i}]")
        for i, series in enumerate(basic.get("series", [])):
            self._chart_data(series.get("series", {}), f"series[{i}]")
        overlay = chart.get("position", {}).get("overlayPosition")
        if overlay is None:
            raise bad("the fake supports charts placed by overlayPosition only")
        anchor = overlay.get("anchorCell", {})
        sheet = self._sheet(anchor.get("sheetId", 0))
        row, col = anchor.get("rowIndex", 0), anchor.get("columnIndex", 0)
        if not (0 <= row < sheet.rows and 0 <= col < sheet.cols):
            raise bad(f"The anchor cell (row {row}, column {col}) is outside the grid of "
                      f"{sheet.title!r}. Max rows: {sheet.rows}, max columns: {sheet.cols}")
        used = {c["chartId"] for s in self.sheets for c in s.charts}
        if "chartId" in chart:
            if chart["chartId"] in used:
                raise bad(f"An object with id {chart['chartId']} already exists")
        else:
            chart["chartId"] = self.new_id()
            while chart["chartId"] in used:
                chart["chartId"] = self.new_id()
        sheet.charts.append(chart)
        return {"addChart": {"chart": copy.deepcopy(chart)}}

    def _do_deleteEmbeddedObject(self, body: dict) -> dict:
        object_id = body.get("objectId")
        for sheet in self.sheets:
            for chart in sheet.charts:
                if chart["chartId"] == object_id:
                    sheet.charts.remove(chart)
                    return {}
        raise bad(f"No object with id: {object_id}")

    def _chart_data(self, data: dict, where: str) -> None:
        sources = data.get("sourceRange", {}).get("sources", [])
        if not sources:
            raise bad(f"{where}: a chart's data needs a sourceRange with sources")
        shapes = []
        for rng in sources:
            _, row0, row1, col0, col1 = self._grid_range(rng)
            shapes.append((row1 - row0, col1 - col0))
        if not (all(w == 1 for _, w in shapes) or all(h == 1 for h, _ in shapes)):
            raise bad("ChartSourceRange ranges require all rows or all columns to have "
                      "length of 1")

    # -- conditional formats ----------------------------------------------------------------
    def _do_addConditionalFormatRule(self, body: dict) -> dict:
        rule = copy.deepcopy(body.get("rule") or {})
        ranges = rule.get("ranges") or []
        if not ranges:
            raise bad("A conditional format rule needs at least one range")
        sheets = {self._grid_range(r)[0].sheet_id for r in ranges}
        if len(sheets) != 1:
            raise bad("All ranges of a conditional format rule must be on the same sheet")
        kinds = [k for k in ("booleanRule", "gradientRule") if k in rule]
        if len(kinds) != 1:
            raise bad("Exactly one of booleanRule or gradientRule must be set")
        if kinds == ["booleanRule"]:
            _check_boolean(rule["booleanRule"])
        else:
            _check_gradient(rule["gradientRule"])
        sheet = self._sheet(sheets.pop())
        index = body.get("index", 0)
        if not 0 <= index <= len(sheet.conditional_formats):
            raise bad(f"Invalid index {index}: the sheet has "
                      f"{len(sheet.conditional_formats)} conditional format rules")
        sheet.conditional_formats.insert(index, rule)
        return {}

    def _do_deleteConditionalFormatRule(self, body: dict) -> dict:
        sheet = self._sheet(body.get("sheetId", 0))
        index = body.get("index", 0)
        if not 0 <= index < len(sheet.conditional_formats):
            raise bad(f"No conditional format on sheet {sheet.sheet_id} at index {index}")
        rule = sheet.conditional_formats.pop(index)
        return {"deleteConditionalFormatRule": {"rule": rule}}


def _check_boolean(rule: dict) -> None:
    condition = rule.get("condition") or {}
    if not condition.get("type"):
        raise bad("booleanRule.condition.type is required")
    if condition["type"] == "CUSTOM_FORMULA":
        values = condition.get("values") or []
        formula = values[0].get("userEnteredValue", "") if len(values) == 1 else ""
        if not formula.startswith("="):
            raise bad("CUSTOM_FORMULA needs exactly one value, a formula starting with '='")


def _check_gradient(rule: dict) -> None:
    for name in ("minpoint", "maxpoint"):
        point = rule.get(name)
        if not point or not point.get("type"):
            raise bad(f"gradientRule.{name} with a type is required")
        if point["type"] not in ("MIN", "MAX") and "value" not in point:
            raise bad(f"gradientRule.{name} of type {point['type']} needs a value")


def _describe(title: str, rng: dict) -> str:
    keys = ("startRowIndex", "endRowIndex", "startColumnIndex", "endColumnIndex")
    return f"{title!r} " + ", ".join(f"{k}={rng[k]}" for k in keys if k in rng)
