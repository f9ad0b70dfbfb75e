"""Fixtures for unit tests."""
from __future__ import annotations

import sys

import pytest


@pytest.fixture(params=["rvgsrust-xlsxwriter", "xlsxwriter"])
def report_writer(request, monkeypatch) -> str:
    """Each report-workbook test runs with both writers: rvgsrust-xlsxwriter (installed here)
    and the XlsxWriter fallback used where it has no wheel (its import made to fail, as on such
    a machine: :mod:`sheets_sync.backends.xlsx_fallback`)."""
    if request.param == "xlsxwriter":
        monkeypatch.setitem(sys.modules, "rvgsrust_xlsxwriter", None)   # import raises ImportError
    return request.param
