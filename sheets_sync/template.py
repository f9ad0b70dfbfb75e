"""What the intake template holds (``safety-events init``): derived from the config. Pure.

The template has one tab per department, an ``Assistance Offers`` tab (its headers are the
ones :func:`sheets_sync.offers.is_offers_header` recognises; ``Offer Status`` is an accepted
spelling of ``Status`` that keeps its dropdown apart from the intake ``Status``), and, in a
local workbook, a hidden ``Lists`` helper tab holding the dropdown values. The helper tab
is recognised by :func:`is_helper_tab` so later syncs neither read nor report it.
"""
from __future__ import annotations

from typing import Any, Sequence

from .config import Config
from .model import CANONICAL_COLUMNS, Status, Visibility
from .offers import OFFER_COLUMNS, OFFER_STATUSES, OFFERS_TAB

HELPER_TAB = "Lists"
OFFER_TEMPLATE_COLUMNS = (*OFFER_COLUMNS[:3], "Offer Status")

#: Every column a template dropdown may be named after (the helper tab's header cells).
_HELPER_COLUMNS = {"lead department", "partner departments", "event type", "visibility", "status",
                   "offering department", "offer status"}


def template_spec(config: Config) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, list[str]]]:
    """``([(tab title, header)], {column: dropdown values})`` — a tab per department, then
    the Assistance Offers tab."""
    tabs = [(d.name, CANONICAL_COLUMNS) for d in config.departments]
    tabs.append((OFFERS_TAB, OFFER_TEMPLATE_COLUMNS))
    names = list(config.department_names)
    dropdowns = {
        "Lead Department": names,
        "Partner Departments": names,
        "Event Type": list(config.event_types),
        "Visibility": [v.value for v in Visibility],
        "Status": [s.value for s in Status],
        "Offering Department": names,
        "Offer Status": list(OFFER_STATUSES),
    }
    return tabs, dropdowns


def is_helper_tab(title: str, header: Sequence[Any]) -> bool:
    """True for the template's own ``Lists`` tab: that title, and a header row made only of
    dropdown column names (so a department that names a real tab ``Lists`` is still read)."""
    cells = [str(c).strip().lower() for c in header if c not in (None, "")]
    return title.strip().lower() == HELPER_TAB.lower() and bool(cells) and set(cells) <= _HELPER_COLUMNS
