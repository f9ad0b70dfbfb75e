"""Cell values in the fake, how they are entered (RAW / USER_ENTERED) and rendered.

A stored cell is a plain Python value, kept small so 20,000-row tabs stay cheap:
``str`` (text), ``int``/``float`` (number), ``bool``, :class:`DateValue` (a day serial with a
date/time number format) or :class:`Formula` (the formula text; never evaluated). ``None``
is an empty cell.

Rendering follows the API reference (spreadsheets.values ValueRenderOption /
DateTimeRenderOption): ``UNFORMATTED_VALUE`` gives JSON numbers and booleans, dates as day
serials from 1899-12-30 with ``SERIAL_NUMBER`` or display text with ``FORMATTED_STRING``;
``FORMATTED_VALUE`` gives display strings in the spreadsheet's locale (``en_US`` 3/1/2024,
``en_GB`` 01/03/2024); ``FORMULA`` gives formula text.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

EPOCH = date(1899, 12, 30)
#: What a formula cell shows under value renders: the fake does not evaluate formulas.
FORMULA_RESULT = "#FAKE-FORMULA-RESULT"
CELL_TEXT_LIMIT = 50_000

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class Formula(str):
    """A formula cell (text starting with ``=`` entered with USER_ENTERED)."""
    __slots__ = ()

    def __repr__(self) -> str:
        return f"Formula({str.__repr__(self)})"


class DateValue(float):
    """A day serial carrying a ``DATE``/``DATE_TIME``/``TIME`` number format."""
    __slots__ = ("kind",)

    def __new__(cls, serial: float, kind: str = "DATE"):
        obj = super().__new__(cls, serial)
        obj.kind = kind
        return obj

    def __repr__(self) -> str:
        return f"DateValue({float(self)!r}, {self.kind!r})"


class PaddedNumber(int):
    """A whole number under a zero-padding custom number format (``00000``): renders as
    ``00456`` with ``FORMATTED_VALUE`` and as the number ``456`` unformatted."""

    def __new__(cls, value: int, digits: int = 5):
        obj = super().__new__(cls, value)
        obj.digits = digits
        return obj

    def __repr__(self) -> str:
        return f"PaddedNumber({int(self)!r}, {self.digits!r})"


def serial_of(value: date | datetime | time) -> DateValue:
    """A Python date/datetime/time as a day serial from 1899-12-30 (Sheets' epoch)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - datetime.combine(EPOCH, time())
        return DateValue(delta.days + delta.seconds / 86400, "DATE_TIME")
    if isinstance(value, date):
        return DateValue((value - EPOCH).days, "DATE")
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    return DateValue(seconds / 86400, "TIME")


def from_python(value: Any) -> Any:
    """Seed helper: a Python value as the cell a person would have typed/formatted."""
    if type(value) is str:
        return value or None
    if value is None:
        return None
    if isinstance(value, (date, datetime, time)):
        return serial_of(value)
    if isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot store {value!r} in a fake cell")


class InputError(ValueError):
    """A value the API rejects (HTTP 400)."""


def enter(value: Any, option: str, locale: str = "en_US") -> Any:
    """A JSON value written with ``valueInputOption`` → the stored cell.

    ``_SKIP`` for JSON null (the API leaves the cell unchanged); ``None`` for ``""``
    (clears). RAW keeps strings as text; USER_ENTERED parses them as if typed.
    """
    if type(value) is str and option == "RAW" and 0 < len(value) <= CELL_TEXT_LIMIT:
        return value                                  # the common case, first
    if value is None:
        return _SKIP
    if isinstance(value, (dict, list)):
        raise InputError("Invalid values: struct and list values are not cell values")
    if isinstance(value, str) and len(value) > CELL_TEXT_LIMIT:
        raise InputError("Your input contains more than the maximum of 50000 characters "
                         "in a single cell.")
    if value == "" and isinstance(value, str):
        return None
    if option == "RAW" or not isinstance(value, str):
        return value
    return parse_typed(value, locale)


class _Skip:
    def __repr__(self) -> str:
        return "<skip>"


_SKIP = _Skip()
SKIP = _SKIP


def parse_typed(text: str, locale: str = "en_US") -> Any:
    """What Sheets makes of text typed into a cell (the subset the tests need)."""
    if text.startswith("="):
        return Formula(text)
    if text.startswith("'"):
        return text[1:] or None
    if text.upper() in ("TRUE", "FALSE"):
        return text.upper() == "TRUE"
    if _NUMBER.match(text):
        number = float(text)
        return int(number) if number.is_integer() and "e" not in text.lower() else number
    m = _ISO_DATE.match(text)
    if m:
        return serial_of(date(int(m[1]), int(m[2]), int(m[3])))
    m = _US_DATE.match(text)
    if m:
        month, day = (int(m[1]), int(m[2])) if locale == "en_US" else (int(m[2]), int(m[1]))
        return serial_of(date(int(m[3]), month, day))
    return text


def render(cell: Any, value_option: str, datetime_option: str, locale: str) -> Any:
    """A stored cell as the JSON value ``values.get``/``batchGet`` returns ("" if empty)."""
    kind = type(cell)
    if kind is str or (kind is int and value_option != "FORMATTED_VALUE"):
        return cell                                   # the common cases, first
    if cell is None:
        return ""
    if isinstance(cell, Formula):
        return str(cell) if value_option == "FORMULA" else FORMULA_RESULT
    if isinstance(cell, DateValue):
        if value_option == "FORMATTED_VALUE" or datetime_option == "FORMATTED_STRING":
            return format_date(cell, locale)
        return _number(float(cell))
    if isinstance(cell, bool):
        return ("TRUE" if cell else "FALSE") if value_option == "FORMATTED_VALUE" else cell
    if isinstance(cell, PaddedNumber):
        return str(int(cell)).zfill(cell.digits) if value_option == "FORMATTED_VALUE" else int(cell)
    if isinstance(cell, (int, float)):
        if value_option == "FORMATTED_VALUE":
            return _display_number(cell)
        return _number(cell)
    return cell


def _number(value: float) -> int | float:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _display_number(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return format(value, ".10g")
    return str(int(value))


def format_date(cell: DateValue, locale: str) -> str:
    """Display text of a date/time serial in the spreadsheet locale."""
    serial = float(cell)
    moment = datetime.combine(EPOCH, time()) + timedelta(seconds=round(serial * 86400))
    if locale == "en_US":
        day = f"{moment.month}/{moment.day}/{moment.year}"
        clock = moment.strftime("%I:%M:%S %p").lstrip("0")
    else:
        day = f"{moment.day:02d}/{moment.month:02d}/{moment.year}"
        clock = moment.strftime("%H:%M:%S")
    if cell.kind == "TIME":
        return clock
    if cell.kind == "DATE_TIME":
        return f"{day} {moment.strftime('%H:%M:%S')}"
    return day
