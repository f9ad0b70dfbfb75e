"""A loopback fake of the Google Sheets API v4 subset safety-events uses (tests only)."""
from .cells import FORMULA_RESULT, DateValue, Formula
from .server import Fault, FakeSheets, rate_limited, server_error_html
from .transport import LoopbackAdapter, NonLoopbackRequest, make_service_account_key

__all__ = ["FORMULA_RESULT", "DateValue", "Formula", "Fault", "FakeSheets", "rate_limited",
           "server_error_html", "LoopbackAdapter", "NonLoopbackRequest",
           "make_service_account_key"]
