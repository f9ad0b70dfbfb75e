"""Storage backends: where intake tabs are read and generated tabs are written.

The sync sees only the :class:`Backend` protocol (vdirsyncer's habit: one small storage
interface, an in-memory storage that is real code, one contract suite run against all).

A :class:`Table` is one generated tab: a title and rows of plain cell values
(``str``/``int``/``float``/``bool``/``None``); row 0 is the header.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence, runtime_checkable

from ..model import RawTab, Table

__all__ = ["Backend", "MemoryBackend", "SourceError", "Table", "TabsNotWritten"]


class SourceError(Exception):
    """A source could not be read or written; the message says what to do next."""


class TabsNotWritten(SourceError):
    """``write_tabs`` failed in a way that concerns the generated tabs only (Google: quota, a
    request limit, a tab changed meanwhile): the sync still commits the record and publishes
    the feed, and the next sync writes the tabs (:mod:`sheets_sync.pipeline`)."""


@runtime_checkable
class Backend(Protocol):
    """A spreadsheet that holds intake tabs and receives generated tabs.

    ``read_tabs`` returns every tab (the caller decides which are intake tabs) and raises
    :class:`SourceError`. ``write_tabs`` replaces the given generated tabs as one unit: when
    it raises, the previously written tabs are left as they were. ``requests`` counts API
    requests by kind (``"read"``/``"write"``) for backends that have a quota; it is empty
    for local ones. ``create_template`` makes the intake template (``safety-events init``).
    ``read_generated(title)`` returns the rows (header first, plain cell values) of a
    generated tab as the last ``write_tabs`` left it *and staff then edited it* (the Review
    tab's Decision column), or ``None`` when there is no such tab; raises
    :class:`SourceError`.
    """
    name: str
    requests: Counter

    def read_tabs(self) -> list[RawTab]: ...

    def write_tabs(self, tables: Sequence[Table]) -> None: ...

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None: ...

    def create_template(self, tabs: Sequence[tuple[str, Sequence[str]]],
                        dropdowns: dict[str, Sequence[str]]) -> list[str]: ...


@dataclass
class MemoryBackend:
    """An in-memory spreadsheet: real code used by tests and the state-machine fuzzer.

    ``tabs`` maps tab title → rows (header first). ``written`` holds the generated tabs from
    the last successful ``write_tabs``. ``fail_next_write`` makes the next write raise.
    """
    tabs: dict[str, list[list[Any]]] = field(default_factory=dict)
    written: dict[str, Table] = field(default_factory=dict)
    fail_next_write: bool = False
    name: str = "memory"
    requests: Counter = field(default_factory=Counter)

    def read_tabs(self) -> list[RawTab]:
        out = []
        for title, rows in self.tabs.items():
            header = tuple(rows[0]) if rows else ()
            out.append(RawTab(title, header, tuple(tuple(r) for r in rows[1:])))
        return out

    def write_tabs(self, tables: Sequence[Table]) -> None:
        if self.fail_next_write:
            self.fail_next_write = False
            raise SourceError("injected write failure")
        self.written = {**self.written, **{t.title: t for t in tables}}

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None:
        table = self.written.get(title)
        return [tuple(r) for r in table.rows] if table is not None else None

    def create_template(self, tabs, dropdowns) -> list[str]:
        made = []
        for title, header in tabs:
            if title not in self.tabs:
                self.tabs[title] = [list(header)]
                made.append(title)
        return made
