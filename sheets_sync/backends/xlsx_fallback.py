"""The report writer where rvgsrust-xlsxwriter has no wheel (issue 17): XlsxWriter behind the
few calls :mod:`sheets_sync.backends.xlsx_report` makes.

rvgsrust-xlsxwriter (the ``rust_xlsxwriter`` binding, ~4× faster) publishes wheels for Linux
x86_64, Windows x64 and macOS arm64 only, and no source package; ``pyproject.toml`` installs it
on those platforms and XlsxWriter everywhere. On any other machine (a Raspberry Pi, an ARM
server, an Intel Mac) :func:`workbook` gives this module's :class:`Workbook`, which answers the
same calls with XlsxWriter in ``constant_memory`` mode: the same cells, formats, pictures and
dropdowns (tests/unit/test_report_xlsxwriter.py runs with both writers). One difference: a whole
number is stored as ``3`` here and as ``3.0`` by the Rust writer — the same number to Excel,
LibreOffice and python-calamine; openpyxl reads an ``int`` here and a ``float`` there.

Calls answered: ``Workbook(path)``, ``add_worksheet(name, constant_memory=...)`` (XlsxWriter
streams every sheet; rows are written in increasing order per sheet either way),
``add_format()`` with ``set_bold``, ``set_background_color``, ``set_pattern("solid")``,
``set_quote_prefix``, ``set_num_format`` (each returns the format), and on a worksheet
``write``, ``write_row``, ``freeze_panes``, ``add_data_validation`` (a :class:`DataValidation`
list), ``insert_image(row, column, path)``; ``close()``.
"""
from __future__ import annotations

from typing import Any, Sequence


def writer():
    """The module that writes the report: ``rvgsrust_xlsxwriter`` where it is installed,
    else this one (XlsxWriter imported). Both have ``Workbook(path)`` and ``DataValidation()``
    answering the calls of the module doc; the one place the choice is made."""
    try:
        import rvgsrust_xlsxwriter
    except ImportError:
        import sys

        import xlsxwriter  # noqa: F401  (imported here: :class:`Workbook` needs it)
        return sys.modules[__name__]
    return rvgsrust_xlsxwriter


def workbook(path: str):
    """A report workbook at ``path``, of the module :func:`writer` chooses."""
    return writer().Workbook(path)


def data_validation():
    """An empty list validation rule of the module :func:`writer` chooses."""
    return writer().DataValidation()


class DataValidation:
    """A list data validation: the values, blanks allowed or not, the error box shown or not."""

    def __init__(self):
        self.values: list[str] = []
        self.blank, self.error = True, True

    def allow_list_strings(self, values: Sequence[str]) -> None:
        self.values = list(values)

    def ignore_blank(self, flag: bool) -> None:
        self.blank = flag

    def show_error_message(self, flag: bool) -> None:
        self.error = flag


class _Format:
    def __init__(self, fmt):
        self.fmt = fmt

    def set_bold(self) -> "_Format":
        self.fmt.set_bold()
        return self

    def set_background_color(self, color: str) -> "_Format":
        self.fmt.set_bg_color(color)
        return self

    def set_pattern(self, pattern: str) -> "_Format":
        self.fmt.set_pattern({"solid": 1}[pattern])
        return self

    def set_quote_prefix(self) -> "_Format":
        self.fmt.set_quote_prefix()
        return self

    def set_num_format(self, num_format: str) -> "_Format":
        self.fmt.set_num_format(num_format)
        return self


def _unwrap(fmt: _Format | None):
    return fmt.fmt if fmt is not None else None


class _Worksheet:
    def __init__(self, ws):
        self.ws = ws

    def write(self, row: int, column: int, value: Any, fmt: _Format | None = None) -> None:
        self.ws.write(row, column, value, _unwrap(fmt))

    def write_row(self, row: int, column: int, values: Sequence[Any]) -> None:
        self.ws.write_row(row, column, values)

    def freeze_panes(self, row: int, column: int) -> None:
        self.ws.freeze_panes(row, column)

    def add_data_validation(self, first_row: int, first_col: int, last_row: int, last_col: int,
                            rule: DataValidation) -> None:
        self.ws.data_validation(first_row, first_col, last_row, last_col,
                                {"validate": "list", "source": rule.values,
                                 "ignore_blank": rule.blank, "show_error": rule.error})

    def insert_image(self, row: int, column: int, path: str) -> None:
        self.ws.insert_image(row, column, path)


class Workbook:
    """XlsxWriter answering the calls of the module doc."""

    def __init__(self, path: str):
        import xlsxwriter
        self.book = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_numbers": False,
                                               "strings_to_formulas": False, "strings_to_urls": False})

    def add_worksheet(self, name: str, constant_memory: bool = True) -> _Worksheet:
        return _Worksheet(self.book.add_worksheet(name))

    def add_format(self) -> _Format:
        return _Format(self.book.add_format())

    def close(self) -> None:
        self.book.close()
