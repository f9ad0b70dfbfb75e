"""The intake template (``safety-events init``) for a local workbook.

One tab per department with the canonical headers, a frozen header row, column widths
that fit the headers, an input message on the required columns (``Title``, ``Start Date``)
and dropdown data validation for the columns listed in ``dropdowns``. Existing tabs are
never touched. The dropdown values live in a hidden ``Lists`` tab
(:data:`sheets_sync.template.HELPER_TAB`), which the sync recognises and skips.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

#: Input help shown when a required cell is selected (Excel's and LibreOffice's input message).
INPUT_HELP = {
    "Title": ("Required", "The event's name as residents should see it."),
    "Start Date": ("Required", "A date: 8/5/2025, 2025-08-05 or Aug 5, 2025."),
}


def _refresh_list_ranges(wb, dropdowns: dict[str, Sequence[str]]) -> None:
    """Existing tabs' dropdowns over the helper tab: their ranges follow the refreshed values."""
    import re

    from openpyxl.utils import get_column_letter

    from ..template import HELPER_TAB
    sizes = {get_column_letter(i): len(v) for i, v in enumerate(dropdowns.values(), start=1)}
    for ws in wb.worksheets:
        for dv in ws.data_validations.dataValidation:
            found = re.fullmatch(rf"={HELPER_TAB}!\$([A-Z]+)\$2:\$\1\$\d+", dv.formula1 or "")
            if found and found.group(1) in sizes:
                letter = found.group(1)
                dv.formula1 = f"={HELPER_TAB}!${letter}$2:${letter}${sizes[letter] + 1}"


def write_workbook_template(path: Path, tabs: Sequence[tuple[str, Sequence[str]]],
                            dropdowns: dict[str, Sequence[str]]) -> list[str]:
    """Create ``path`` (or add missing tabs to it). Returns the titles of tabs created."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..template import HELPER_TAB, is_helper_tab
    from .workbook import _atomic_save

    if path.exists():
        wb = openpyxl.load_workbook(path)
    else:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
    # the hidden helper holds this config's dropdown values: created when missing, refreshed when
    # ours (a department added since), never taken from a tab of the city's called Lists
    if HELPER_TAB not in wb.sheetnames:
        wb.create_sheet(HELPER_TAB).sheet_state = "hidden"
    lists = wb[HELPER_TAB]
    ours = lists.max_row == 1 and lists["A1"].value is None or \
        is_helper_tab(HELPER_TAB, [c.value for c in lists[1]])
    if ours:
        lists.delete_rows(1, lists.max_row)
        for col, (name, values) in enumerate(dropdowns.items(), start=1):
            lists.cell(row=1, column=col, value=name)
            for r, v in enumerate(values, start=2):
                lists.cell(row=r, column=col, value=v)
        _refresh_list_ranges(wb, dropdowns)
    list_cols = {name: i for i, name in enumerate(dropdowns, start=1)} if ours else {}
    made = []
    for title, header in tabs:
        if title in wb.sheetnames:
            continue
        ws = wb.create_sheet(title)
        ws.append(list(header))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for index, column in enumerate(header, start=1):
            ws.column_dimensions[get_column_letter(index)].width = max(12, min(40, len(column) + 4))
            if column in INPUT_HELP:
                letter = get_column_letter(index)
                title_text, prompt = INPUT_HELP[column]
                help_dv = DataValidation(allow_blank=True, showInputMessage=True,
                                         promptTitle=title_text, prompt=prompt)
                help_dv.add(f"{letter}2:{letter}1000")
                ws.add_data_validation(help_dv)
        for index, column in enumerate(header, start=1):
            if column not in dropdowns or column not in list_cols:
                continue
            letter = get_column_letter(list_cols[column])
            count = len(dropdowns[column])
            dv = DataValidation(type="list", formula1=f"={HELPER_TAB}!${letter}$2:${letter}${count + 1}",
                                allow_blank=True)
            if column == "Partner Departments":
                dv.showErrorMessage = False  # several departments may be typed, comma-separated
            dv.add(f"{get_column_letter(index)}2:{get_column_letter(index)}1000")
            ws.add_data_validation(dv)
        made.append(title)
    if HELPER_TAB in wb.sheetnames and wb[HELPER_TAB].sheet_state == "hidden":
        wb.move_sheet(HELPER_TAB, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(HELPER_TAB))
        visible = [i for i, ws in enumerate(wb.worksheets) if ws.sheet_state == "visible"]
        if visible and wb.active is not None and wb.active.sheet_state != "visible":
            wb.active = visible[0]
    _atomic_save(wb, path)
    return made
