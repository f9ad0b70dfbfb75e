"""A1 notation shared by the report tabs, the staff board and the Google backend.

Kept apart from openpyxl on purpose (issue 17, start-up): ``openpyxl.utils`` loads all of
openpyxl and numpy (about 0.17 s of CPU), which a workbook sync read with python-calamine
and written with XlsxWriter never needs otherwise.
"""
from __future__ import annotations


def column_letter(n: int) -> str:
    """1-based column number → A1 letters: 1 → ``A``, 26 → ``Z``, 27 → ``AA``.

    The spreadsheet column naming of ECMA-376 Part 1 §18.3.1.4 / Google Sheets A1 notation
    (bijective base 26). Raises ``ValueError`` for ``n < 1``."""
    if n < 1:
        raise ValueError(f"column numbers start at 1, got {n}")
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
