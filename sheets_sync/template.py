"""What the intake template holds (``safety-events init``): derived from the config. Pure."""
from __future__ import annotations

from .config import Config
from .model import CANONICAL_COLUMNS, Status, Visibility


def template_spec(config: Config) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, list[str]]]:
    """``([(tab title, header)], {column: dropdown values})`` — one tab per department."""
    tabs = [(d.name, CANONICAL_COLUMNS) for d in config.departments]
    names = list(config.department_names)
    dropdowns = {
        "Lead Department": names,
        "Partner Departments": names,
        "Event Type": list(config.event_types),
        "Visibility": [v.value for v in Visibility],
        "Status": [s.value for s in Status],
    }
    return tabs, dropdowns
