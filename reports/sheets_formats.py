"""Target-status shading on Google Sheets, as Sheets API v4 conditional-format rules. Pure.

The local report workbook fills the rows a :class:`~sheets_sync.model.Table` lists in
``highlights`` (a month under target, an excluded intake row). On Google Sheets the same rows
are shaded by one ``CUSTOM_FORMULA`` conditional-format rule per tab over every row below the
header (a ``GridRange`` without end indexes is unbounded, Sheets API v4 ``GridRange``), so a
rule made once keeps shading the right rows whatever later syncs write: no per-sync formatting
request, and the Google backend adds a rule only when its tab lacks it.

Each formula carries a marker, ``N("safety-events: <what>")``: ``N`` of a text is 0 (Google
Sheets function ``N``), so the marker does not change the result, but it lets the sync find its
own rules in ``spreadsheets.get`` metadata. A marked rule whose formula is out of date (a column
moved) is deleted and made again; rules without the marker (staff's own) are never touched.

==========================  ==========================================================
tab                         a row is shaded when
==========================  ==========================================================
Metrics - Monthly           ``Met`` is ``no`` (joint events under the monthly target)
Metrics - Quarterly         ``Met`` is ``no`` (fewer all-department events than the target)
Validation                  ``Severity`` is ``error`` (the intake row was excluded)
Snapshots                   joint UIDs were added or dropped, or the event count changed
==========================  ==========================================================
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from sheets_sync.a1 import column_letter
from sheets_sync.model import Table

from .tabs import MONTHLY, QUARTERLY, SNAPSHOTS, VALIDATION

MARKER = "safety-events: "
#: The fill the report workbook gives "bad" rows (#F8D7DA), as a Sheets ``Color``.
BAD = {"red": 0xF8 / 255, "green": 0xD7 / 255, "blue": 0xDA / 255}


@dataclass(frozen=True)
class StatusRule:
    """Shade a row of ``tab`` when any ``(column header, "=" or "<>", value)`` holds."""
    tab: str
    what: str
    any_of: tuple[tuple[str, str, Any], ...]

    @property
    def marker(self) -> str:
        return f'N("{MARKER}{self.what}")'

    def formula(self, header: Sequence[str]) -> str:
        """The custom formula for row 2, relative to the row (``$E2``); ``ValueError`` when
        ``header`` lacks a column. Example: ``=AND($E2="no",N("safety-events: ...")=0)``."""
        terms = [f"${column_letter(list(header).index(col) + 1)}2{op}{_literal(value)}"
                 for col, op, value in self.any_of]
        condition = terms[0] if len(terms) == 1 else f"OR({','.join(terms)})"
        return f"=AND({condition},{self.marker}=0)"


RULES: tuple[StatusRule, ...] = (
    StatusRule(MONTHLY, "month under the joint-event target", (("Met", "=", "no"),)),
    StatusRule(QUARTERLY, "quarter under the all-department target", (("Met", "=", "no"),)),
    StatusRule(VALIDATION, "intake row excluded by an error", (("Severity", "=", "error"),)),
    StatusRule(SNAPSHOTS, "month changed since it was reported",
               (("Joint UIDs Added Since", "<>", ""), ("Joint UIDs Dropped Since", "<>", ""),
                ("Events Difference", "<>", 0))),
)


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return repr(value)


def rule_formula(rule: Mapping[str, Any]) -> str | None:
    """The formula of a ``CUSTOM_FORMULA`` ``ConditionalFormatRule`` JSON, else ``None``."""
    condition = rule.get("booleanRule", {}).get("condition", {})
    if condition.get("type") != "CUSTOM_FORMULA":
        return None
    values = condition.get("values") or [{}]
    return values[0].get("userEnteredValue")


def _add(sheet_id: int, formula: str) -> dict:
    return {"addConditionalFormatRule": {"index": 0, "rule": {
        "ranges": [{"sheetId": sheet_id, "startRowIndex": 1, "startColumnIndex": 0}],
        "booleanRule": {
            "condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": formula}]},
            "format": {"backgroundColor": BAD}}}}}


def status_format_requests(tables: Sequence[Table], sheet_ids: Mapping[str, int],
                           existing: Mapping[str, Sequence[Mapping[str, Any]]] | None = None
                           ) -> list[dict[str, Any]]:
    """``batchUpdate`` sub-requests that make each tab's status rule present exactly once.

    ``tables`` are this sync's generated tabs (their header rows locate the columns);
    ``sheet_ids`` maps table title → ``sheetId`` (ids assigned by ``addSheet`` earlier in the
    same batch included); ``existing`` maps table title → that tab's ``conditionalFormats``
    from ``spreadsheets.get``, in order (list position = rule index). Returns the
    ``deleteConditionalFormatRule`` requests for our out-of-date or duplicated rules (highest
    index first, so earlier deletions do not shift later ones) followed by the
    ``addConditionalFormatRule`` requests for missing ones; ``[]`` when all is in place.
    Tabs missing from ``tables`` or ``sheet_ids`` are skipped. Raises ``ValueError`` when a
    tab lacks a column its rule reads.
    """
    existing = existing or {}
    by_title = {t.title: t for t in tables}
    deletes: list[tuple[int, int]] = []
    adds: list[dict] = []
    for rule in RULES:
        table = by_title.get(rule.tab)
        if table is None or rule.tab not in sheet_ids or not table.rows:
            continue
        sid, want = sheet_ids[rule.tab], rule.formula(table.rows[0])
        ours = [(i, rule_formula(r)) for i, r in enumerate(existing.get(rule.tab, ()))
                if rule.marker in (rule_formula(r) or "")]
        keep = next((i for i, f in ours if f == want), None)
        deletes += [(sid, i) for i, _ in ours if i != keep]
        if keep is None:
            adds.append(_add(sid, want))
    deletes.sort(key=lambda d: (d[0], -d[1]))
    return [{"deleteConditionalFormatRule": {"sheetId": s, "index": i}} for s, i in deletes] + adds
