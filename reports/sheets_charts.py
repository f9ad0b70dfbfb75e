"""Native Google Sheets charts on the metric tabs, as Sheets API v4 ``batchUpdate`` requests. Pure.

Each chart reads the columns of the tab it sits on (found by header name in the tab's
:class:`~sheets_sync.model.Table`), with ranges left open at the bottom (a ``GridRange``
without ``endRowIndex`` is unbounded, Sheets API v4 ``GridRange``), so a chart made once
keeps covering every row later syncs write. The charts are therefore *created once*: the
Google backend passes the titles it already has (:func:`existing_chart_keys` reads them from
``spreadsheets.get`` metadata) and adds only the missing requests to the one
``spreadsheets.batchUpdate`` it sends anyway, costing no extra write request.

=====================  ==========================================================  =========
tab                    chart                                                       key
=====================  ==========================================================  =========
Metrics - Monthly      joint events per month (columns) against the target (line)  title
Metrics - Monthly      events and joint events per month (the joint share)         title
Metrics - Quarterly    all-department events per quarter against the target        title
Metrics - Departments  events led and joint events taken part in                   title
Metrics - Collaboration  heat map: a gradient conditional format on the matrix      ``heatmap:<tab>``
=====================  ==========================================================  =========

Sheets has no heat-map chart type; the usual native heat map is a ``gradientRule``
conditional format over the matrix cells (``addConditionalFormatRule``).
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from sheets_sync.model import Table

MONTHLY, QUARTERLY = "Metrics - Monthly", "Metrics - Quarterly"
DEPARTMENTS, COLLABORATION = "Metrics - Departments", "Metrics - Collaboration"

#: (tab, chart title, chart type, domain column, [(series column, series type)], anchor column, anchor row)
CHARTS: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...], str, int], ...] = (
    (MONTHLY, "Joint events per month against the target", "COMBO", "Month",
     (("Joint Events", "COLUMN"), ("Target", "LINE")), "Joint Event UIDs", 1),
    (MONTHLY, "Events and joint events per month (share that is joint)", "COLUMN", "Month",
     (("Events", "COLUMN"), ("Joint Events", "COLUMN")), "Joint Event UIDs", 21),
    (QUARTERLY, "All-department events per fiscal quarter against the target", "COMBO",
     "Fiscal Quarter", (("All-Department Events", "COLUMN"), ("Target", "LINE")),
     "All-Department Event UIDs", 1),
    (DEPARTMENTS, "Events led and joint events taken part in, per department", "BAR", "Department",
     (("Events Led", "BAR"), ("Joint Events Taken Part In", "BAR")), "Partners (shared events)", 1),
)
BLUE = {"red": 0.12, "green": 0.37, "blue": 0.6}
WHITE = {"red": 1.0, "green": 1.0, "blue": 1.0}


def heatmap_key(tab: str) -> str:
    return f"heatmap:{tab}"


def _column(table: Table, header: str) -> int:
    """0-based index of ``header`` in the table's header row; ``ValueError`` if absent."""
    return list(table.rows[0]).index(header)


def _open_column(sheet_id: int, column: int) -> dict:
    """One whole column from row 1 down, unbounded at the bottom (header included)."""
    return {"sheetId": sheet_id, "startRowIndex": 0, "startColumnIndex": column,
            "endColumnIndex": column + 1}


def _chart(sheet_id: int, table: Table, title: str, chart_type: str, domain: str,
           series: Sequence[tuple[str, str]], anchor_after: str, anchor_row: int) -> dict:
    horizontal = chart_type == "BAR"
    return {"addChart": {"chart": {
        "spec": {
            "title": title,
            "basicChart": {
                "chartType": chart_type,
                "legendPosition": "BOTTOM_LEGEND",
                "headerCount": 1,
                "axis": [{"position": "LEFT_AXIS" if horizontal else "BOTTOM_AXIS", "title": domain},
                         {"position": "BOTTOM_AXIS" if horizontal else "LEFT_AXIS", "title": "Events"}],
                "domains": [{"domain": {"sourceRange": {"sources": [
                    _open_column(sheet_id, _column(table, domain))]}}}],
                "series": [{"series": {"sourceRange": {"sources": [
                                _open_column(sheet_id, _column(table, name))]}},
                            "targetAxis": "BOTTOM_AXIS" if horizontal else "LEFT_AXIS",
                            "type": kind,
                            **({"lineStyle": {"type": "MEDIUM_DASHED", "width": 2}} if kind == "LINE" else {})}
                           for name, kind in series],
            },
        },
        "position": {"overlayPosition": {
            "anchorCell": {"sheetId": sheet_id, "rowIndex": anchor_row,
                           "columnIndex": _column(table, anchor_after) + 1},
            "widthPixels": 720, "heightPixels": 360}},
    }}}


def _heatmap(sheet_id: int) -> dict:
    """Gradient (white → blue) over every cell right of column A and below row 1."""
    return {"addConditionalFormatRule": {"index": 0, "rule": {
        "ranges": [{"sheetId": sheet_id, "startRowIndex": 1, "startColumnIndex": 1}],
        "gradientRule": {"minpoint": {"color": WHITE, "type": "NUMBER", "value": "0"},
                         "maxpoint": {"color": BLUE, "type": "MAX"}}}}}


def chart_requests(tables: Sequence[Table], sheet_ids: Mapping[str, int],
                   existing: Iterable[str] = ()) -> list[dict[str, Any]]:
    """``batchUpdate`` sub-requests for the native charts the spreadsheet does not have yet.

    ``tables`` are the generated tabs of this sync (their header rows give the columns);
    ``sheet_ids`` maps tab title → ``sheetId`` (after any ``addSheet`` in the same batch,
    so the caller passes the ids it assigned); ``existing`` are keys from
    :func:`existing_chart_keys`. Tabs missing from ``tables`` or ``sheet_ids`` are skipped.
    Raises ``ValueError`` when a tab lacks a column a chart reads.
    """
    done = set(existing)
    by_title = {t.title: t for t in tables}
    out = []
    for tab, title, kind, domain, series, anchor_after, anchor_row in CHARTS:
        if title in done or tab not in by_title or tab not in sheet_ids:
            continue
        out.append(_chart(sheet_ids[tab], by_title[tab], title, kind, domain, series, anchor_after,
                          anchor_row))
    if COLLABORATION in by_title and COLLABORATION in sheet_ids and heatmap_key(COLLABORATION) not in done:
        out.append(_heatmap(sheet_ids[COLLABORATION]))
    return out


def existing_chart_keys(metadata: Mapping[str, Any]) -> set[str]:
    """Keys of charts already made, from ``spreadsheets.get`` metadata.

    Ask for ``fields=sheets(properties(sheetId,title),charts(spec(title)),conditionalFormats)``.
    A chart is known by its title; the heat map by a gradient rule on the Collaboration tab.
    """
    keys: set[str] = set()
    for sheet in metadata.get("sheets", []):
        for chart in sheet.get("charts", []):
            title = chart.get("spec", {}).get("title")
            if title:
                keys.add(title)
        tab = sheet.get("properties", {}).get("title")
        if any("gradientRule" in rule for rule in sheet.get("conditionalFormats", [])):
            keys.add(heatmap_key(tab))
    return keys
