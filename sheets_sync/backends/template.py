"""The intake template (``safety-events init``) for a local workbook.

One tab per department with the canonical headers, a frozen header row, and dropdown
data validation for the columns listed in ``dropdowns``. Existing tabs are never touched.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence


def write_workbook_template(path: Path, tabs: Sequence[tuple[str, Sequence[str]]],
                            dropdowns: dict[str, Sequence[str]]) -> list[str]:
    """Create ``path`` (or add missing tabs to it). Returns the titles of tabs created."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .workbook import _atomic_save

    if path.exists():
        wb = openpyxl.load_workbook(path)
    else:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        lists = wb.create_sheet("Lists")
        for col, (name, values) in enumerate(dropdowns.items(), start=1):
            lists.cell(row=1, column=col, value=name)
            for r, v in enumerate(values, start=2):
                lists.cell(row=r, column=col, value=v)
        lists.sheet_state = "hidden"
    list_cols = {name: i for i, name in enumerate(dropdowns, start=1)}
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
            if column not in dropdowns or column not in list_cols:
                continue
            letter = get_column_letter(list_cols[column])
            count = len(dropdowns[column])
            dv = DataValidation(type="list", formula1=f"=Lists!${letter}$2:${letter}${count + 1}",
                                allow_blank=True)
            if column == "Partner Departments":
                dv.showErrorMessage = False  # several departments may be typed, comma-separated
            dv.add(f"{get_column_letter(index)}2:{get_column_letter(index)}1000")
            ws.add_data_validation(dv)
        made.append(title)
    _atomic_save(wb, path)
    return made
