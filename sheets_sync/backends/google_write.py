"""Pure planning of one logical write of the generated tabs within Google's request limits.

Values in (the ``spreadsheets.get`` JSON, the tables), Sheets API v4 request bodies out;
:class:`~.google.GoogleBackend` sends them. Rules (developers.google.com/sheets/api/limits;
``docs/sheets-api.md``):

- **≤ 2 MB per request.** Google refuses a body over 10 MiB (400 "Request payload size
  exceeds the limit") and recommends 2 MB; :func:`plan_sync_write` splits the values into
  ``values:batchUpdate`` requests of at most :data:`REQUEST_BYTES` (bytes of the JSON body as
  ``requests`` serialises it), by tab and row range, in tab order.
- **Atomic for readers: hidden staging tabs, pasted in one batch.** When the values fit in
  one request, that request writes the live tabs (a request is applied whole). When they
  need several, every changed table is written into a hidden staging tab (developer
  metadata :data:`STAGING_KEY`), and one ``spreadsheets.batchUpdate`` (applied whole) then
  pastes each staging tab's values over its live tab (``copyPaste``, ``PASTE_VALUES``: the
  live tab keeps its charts, protection, frozen header and tag) and deletes the staging
  tabs. So no reader ever sees a tab half old, half new, nor some tabs of this run next to
  others of the last; a run that dies before the paste leaves the live tabs as the last good
  run left them and hidden staging tabs that the next write deletes first.
- **Requests:** at most 1 structural batch before the values (create/grow/protect/decorate
  tabs, create staging tabs), ``⌈payload / REQUEST_BYTES⌉`` values requests (rounded up by at
  most one row per request), and 1 structural batch after: when tabs were staged (paste,
  delete the staging tabs, shrink), or, when nothing was structural before, to shrink grids.
  Writes ≤ 2 + ⌈payload / 2 MB⌉; a write that fits one request costs 1 (2 with new tabs).
- **Nothing changed, nothing written.** A hidden state tab (:data:`STATE_TITLE`, developer
  metadata :data:`STATE_KEY`) lists each generated table with the SHA-1 of the values last
  written to it; it is read with the intake tabs (no extra request) and rewritten by the
  request that makes the tabs current (the one values request, or the paste batch), so a
  failed write is never recorded as done. A table whose hash matches is not sent. Rows
  labelled with a timestamp only (:data:`VOLATILE_LABELS`) do not count.
- **Bounded tabs.** :func:`capped` cuts a table to ``max_rows`` data rows plus one row saying
  how many were left out, so a growing tab (Drill-down, Combined Events, Review) never blocks
  the write; :func:`cell_budget_problem` projects the spreadsheet's cells from the metadata
  alone, so a sync that cannot fit is refused before the values are read.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from . import SourceError, Table
from .google_plan import (
    CELL_LIMIT,
    add_sheet,
    column_letter,
    generated_by_tag,
    new_sheet_id,
    padded_values,
    parse_sheets,
    plan_tabs,
    protect_sheet,
    quote_title,
    raw_cell,
    resize_sheet,
)

#: Developer-metadata key of a hidden staging tab; its value is the table title.
STAGING_KEY = "safety-events.staging-tab"
#: Developer-metadata key of the hidden tab holding (table title, SHA-1 of its values) rows.
STATE_KEY = "safety-events.state-tab"
STATE_TITLE = "safety-events state"
STATE_HEADER = ("Generated tab", "SHA-1 of the values last written (do not edit)")
#: Target size of one values request body (bytes). Google: "a maximum payload of 2 MB".
REQUEST_BYTES = 2_000_000
#: JSON around the ``data`` list and around one ValueRange (besides its range text).
_ENVELOPE = 120
_RANGE_OVERHEAD = 80
#: A row whose first cell is one of these holds only the time of the sync: not a change.
VOLATILE_LABELS = frozenset({"Last sync (UTC)"})
#: Tabs that grow with the data, for the cell projection: title → (rows per intake row, columns).
GROWING_TABS = {"Combined Events": (1, 18), "Validation": (1, 7), "Review Duplicates": (1, 18),
                "Metrics - Drill-down": (5, 9)}
#: Cells assumed for the fixed-size generated tabs (metrics, data quality, schedule).
FIXED_TAB_CELLS = 60_000


def content_hash(table: Table) -> str:
    """SHA-1 (hex) of the table's title and cells as RAW JSON, rows whose first cell is in
    :data:`VOLATILE_LABELS` left out. Pure; equal tables give equal hashes across runs."""
    digest = hashlib.sha1(json.dumps(table.title).encode("utf-8"))
    for row in table.rows:
        if row and isinstance(row[0], str) and row[0] in VOLATILE_LABELS:
            continue
        digest.update(json.dumps([raw_cell(v) for v in row], ensure_ascii=False,
                                 default=str).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def capped(table: Table, max_rows: int | None) -> Table:
    """``table`` with at most ``max_rows`` data rows (header kept); when rows are cut, one
    last row says (in column B) how many and where the full list is. ``None``: unchanged."""
    data = len(table.rows) - 1
    if max_rows is None or data <= max_rows:
        return table
    note = (f"… {data - max_rows:,} more rows are not shown: Google Sheets shows the first "
            f"{max_rows:,} (source.max_generated_rows in config.yaml); the full list is in the "
            "combined record and the local report")
    # in column B when there is one: column A of the Review tab is its Decision column
    width = len(table.rows[0]) if table.rows else 1
    row = ("", note) if width >= 2 else (note,)
    return Table(table.title, table.rows[:max_rows + 1] + (row,),
                 tuple(h for h in table.highlights if h[0] <= max_rows), table.images,
                 table.dropdowns)


def _by_key(meta: Mapping[str, Any], key: str) -> dict[int, tuple[str, int]]:
    """sheetId → (metadataValue, metadataId) of the sheet-located metadata ``key``."""
    out: dict[int, tuple[str, int]] = {}
    for sheet in meta.get("sheets", []):
        sid = sheet.get("properties", {}).get("sheetId", 0)
        for md in sheet.get("developerMetadata", []):
            if md.get("metadataKey") == key:
                out[sid] = (md.get("metadataValue", ""), md.get("metadataId", -1))
    return out


def staging_ids(meta: Mapping[str, Any]) -> frozenset[int]:
    """Sheet ids of staging tabs (left by this run's plan or by a run that died)."""
    return frozenset(_by_key(meta, STAGING_KEY))


def state_sheet(meta: Mapping[str, Any]) -> tuple[int, str, int] | None:
    """(sheetId, title, grid rows) of the state tab, ``None`` when there is none."""
    ids = _by_key(meta, STATE_KEY)
    for s in parse_sheets(meta):
        if s.sheet_id in ids:
            return s.sheet_id, s.title, s.rows
    return None


def read_state(rows: Sequence[Sequence[Any]]) -> dict[str, str]:
    """The state tab's values (header first) → table title → SHA-1. Rows that are not a
    (title, 40-hex-digit hash) pair are ignored (so an edited row only costs a rewrite)."""
    out = {}
    for row in list(rows)[1:]:
        if len(row) >= 2 and isinstance(row[0], str) and isinstance(row[1], str) \
                and len(row[1]) == 40:
            out[row[0]] = row[1]
    return out


@dataclass(frozen=True)
class SyncWrite:
    """One logical write: ``before`` (one batchUpdate, may be empty), ``values`` (the
    ``data`` list of each values:batchUpdate, in order), ``after`` (one batchUpdate, may be
    empty). ``staged``: table titles written through a staging tab; ``unchanged``: tables
    not sent because their hash matched; ``payload``: estimated bytes of all values bodies."""
    before: tuple[dict, ...]
    values: tuple[tuple[dict, ...], ...]
    after: tuple[dict, ...]
    staged: tuple[str, ...]
    unchanged: tuple[str, ...]
    payload: int


def _row_range(title: str, row0: int, row1: int, cols: int) -> str:
    """Rows ``row0``..``row1 - 1`` (0-based) of columns A.. ``cols``: ``'T'!A3:H9``."""
    return f"{quote_title(title)}!A{row0 + 1}:{column_letter(max(cols, 1))}{max(row1, row0 + 1)}"


def _pieces(targets, limit: int) -> tuple[list[list[tuple[int, int, int]]], int]:
    """Split every target's rows into requests: → per request, ``(target index, row0, row1)``
    pieces; and the bytes estimated for all of them."""
    requests: list[list[tuple[int, int, int]]] = [[]]
    room, total = limit - _ENVELOPE, 0
    for i, (table, title, rows, cols, values) in enumerate(targets):
        overhead = _RANGE_OVERHEAD + 2 * len(quote_title(_staging_title(table.title))) + 20
        sizes = [len(json.dumps(r)) + 2 for r in values]
        start = 0
        while start < rows:
            if room < overhead + sizes[start] and requests[-1]:
                requests.append([])
                room = limit - _ENVELOPE
            room -= overhead
            total += overhead
            end = start
            while end < rows and (sizes[end] <= room or end == start):
                room -= sizes[end]
                total += sizes[end]
                end += 1
            requests[-1].append((i, start, end))
            start = end
    return [r for r in requests if r], total + _ENVELOPE * len(requests)


def _staging_title(title: str) -> str:
    return f"~{title} (being written)"[:100]


def plan_sync_write(meta: Mapping[str, Any], tables: Sequence[Table],
                    stored: Mapping[str, str] | None = None,
                    limit: int = REQUEST_BYTES) -> SyncWrite:
    """Plan writing ``tables`` (already :func:`capped`) over the spreadsheet ``meta``
    describes (``spreadsheets.get`` JSON). ``stored``: table title → SHA-1 from the state
    tab as read (:func:`read_state`; ``None``: unknown, write every table). Raises
    :class:`SourceError` as :func:`~.google_plan.plan_write`, or when the staging tabs would
    pass the 10,000,000-cell limit. Pure."""
    sheets = parse_sheets(meta)
    ours = generated_by_tag(sheets)
    hashes = {t.title: content_hash(t) for t in tables}
    stored = dict(stored or {})
    unchanged = frozenset(t.title for t in tables if t.title in ours
                          and stored.get(t.title) == hashes[t.title])
    plan = plan_tabs(meta, tables, skip=unchanged)
    targets = [(t, title, rows, cols, padded_values(t, rows, cols))
               for t, title, rows, cols in plan.targets]
    chunks, payload = _pieces(targets, limit)
    # one request is applied whole; over several, every tab goes through staging so that
    # all of them become current together, in the paste batch
    staged = list(range(len(targets))) if len(chunks) > 1 else []

    leftovers = staging_ids(meta)
    used = {s.sheet_id for s in sheets} | set(plan.sheet_ids.values())
    titles = {s.title.lower() for s in sheets if s.sheet_id not in leftovers}
    deletes = [{"deleteSheet": {"sheetId": sid}} for sid in sorted(leftovers)]
    before: list[dict] = []
    stage_of: dict[int, tuple[int, str]] = {}
    for i in staged:
        table, _, rows, cols, _ = targets[i]
        title = _staging_title(table.title)
        while title.lower() in titles:
            title = title[:95] + "~"
        titles.add(title.lower())
        sid = new_sheet_id(title, used)
        stage_of[i] = (sid, title)
        before += [{"addSheet": {"properties": {
                       "sheetId": sid, "title": title, "sheetType": "GRID", "hidden": True,
                       "gridProperties": {"rowCount": rows, "columnCount": cols}}}},
                   {"createDeveloperMetadata": {"developerMetadata": {
                       "metadataKey": STAGING_KEY, "metadataValue": table.title,
                       "location": {"sheetId": sid}, "visibility": "DOCUMENT"}}}]
    staged_cells = sum(targets[i][2] * targets[i][3] for i in staged)
    if plan.cells_after + staged_cells > CELL_LIMIT:
        raise SourceError(
            f"writing the generated tabs needs {plan.cells_after + staged_cells:,} cells while "
            f"they are swapped in, over Google's {CELL_LIMIT:,}-cell limit; lower "
            "source.max_generated_rows in config.yaml or delete empty rows and columns")

    values = []
    for request in chunks:
        data = []
        for i, row0, row1 in request:
            table, live, rows, cols, cells = targets[i]
            title = stage_of[i][1] if i in stage_of else live
            data.append({"range": _row_range(title, row0, row1, cols), "majorDimension": "ROWS",
                         "values": cells[row0:row1]})
        values.append(tuple(data))

    after: list[dict] = []
    for i in staged:
        table, _, rows, cols, _ = targets[i]
        live = plan.sheet_ids[table.title]
        box = {"startRowIndex": 0, "endRowIndex": rows, "startColumnIndex": 0,
               "endColumnIndex": cols}
        after += [{"copyPaste": {"source": {"sheetId": stage_of[i][0], **box},
                                 "destination": {"sheetId": live, **box},
                                 "pasteType": "PASTE_VALUES", "pasteOrientation": "NORMAL"}},
                  {"deleteSheet": {"sheetId": stage_of[i][0]}}]
    after += plan.after

    # the state tab: rewritten by the request that makes the written tabs current
    if targets:
        state = {**stored, **hashes}
        grid = (max(len(state) + 1, 20), 2)
        found = state_sheet(meta)
        if found is None:
            sid = new_sheet_id(STATE_TITLE, used)
            title = STATE_TITLE
            while title.lower() in titles:
                title += "~"
            before += [add_sheet(sid, title, *grid),
                       {"updateSheetProperties": {"properties": {"sheetId": sid, "hidden": True},
                                                  "fields": "hidden"}},
                       {"createDeveloperMetadata": {"developerMetadata": {
                           "metadataKey": STATE_KEY, "metadataValue": "1",
                           "location": {"sheetId": sid}, "visibility": "DOCUMENT"}}},
                       protect_sheet(sid)]
        else:
            sid, title, have = found
            if have < grid[0]:
                before.append(resize_sheet(sid, *grid))
            grid = (max(have, grid[0]), 2)
        rows_ = [list(STATE_HEADER)] + [[k, v] for k, v in sorted(state.items())]
        rows_ += [["", ""]] * (grid[0] - len(rows_))
        if staged:
            after.append({"updateCells": {
                "rows": [{"values": [{"userEnteredValue": {"stringValue": str(c)}} for c in r]}
                         for r in rows_],
                "start": {"sheetId": sid, "rowIndex": 0, "columnIndex": 0},
                "fields": "userEnteredValue"}})
        else:
            values[-1] = values[-1] + ({"range": _row_range(title, 0, grid[0], 2),
                                        "majorDimension": "ROWS", "values": rows_},)
    return SyncWrite(tuple(deletes) + plan.before + tuple(before), tuple(values), tuple(after),
                     tuple(targets[i][0].title for i in staged), tuple(sorted(unchanged)),
                     payload if chunks else 0)


def after_applied(meta: Mapping[str, Any], after: Sequence[dict]) -> bool:
    """Whether the batch ``after`` (from :func:`plan_sync_write`) is already applied in
    ``meta``: every staging tab it deletes is gone (a batch is applied whole). Used to
    replay it safely after an ambiguous failure. Pure."""
    stage = staging_ids(meta)
    deleted = [r["deleteSheet"].get("sheetId") for r in after if "deleteSheet" in r]
    return bool(deleted) and not any(sid in stage for sid in deleted)


def cell_budget_problem(meta: Mapping[str, Any], max_rows: int | None) -> str | None:
    """From the metadata alone: the cells the spreadsheet would hold after the sync (every
    tab the sync did not generate, as its grid is now, empty cells included; the growing
    generated tabs projected from the intake grids' rows, capped at ``max_rows``, twice over
    for their staging copies; :data:`FIXED_TAB_CELLS` for the others). Over Google's
    10,000,000-cell limit → a sentence naming what to do, else ``None``. Pure."""
    sheets = parse_sheets(meta)
    stage = staging_ids(meta)
    state = state_sheet(meta)
    intake = [s for s in sheets if s.tag is None and s.sheet_id not in stage
              and (state is None or s.sheet_id != state[0])]
    held = sum(s.cells for s in intake)
    rows = sum(max(s.rows - 1, 0) for s in intake)
    width = sum(cols for _, cols in GROWING_TABS.values())

    def generated(cap: int | None) -> int:
        total = 0
        for factor, cols in GROWING_TABS.values():
            n = factor * rows if cap is None else min(factor * rows, cap + 1)
            total += 2 * (n + 2) * cols
        return total + FIXED_TAB_CELLS

    need = held + generated(max_rows)
    if need <= CELL_LIMIT:
        return None
    fits = (CELL_LIMIT - held - FIXED_TAB_CELLS) // (2 * width) - 3
    if fits >= 100:
        what = (f"set source.max_generated_rows in config.yaml to {fits:,} or less"
                + (f" (now {max_rows:,})" if max_rows is not None else ""))
    else:
        what = "the intake tabs alone nearly fill the spreadsheet"
    return (f"the spreadsheet would pass Google's {CELL_LIMIT:,}-cell limit: its intake and "
            f"other tabs hold {held:,} cells (empty grid cells count) and the generated tabs "
            f"need about {need - held:,} more; {what}, delete the empty rows and columns at "
            "the bottom and right of the intake tabs, or move past years' rows to an archive "
            "spreadsheet. Nothing was read or written")


def request_count(payload: int, limit: int = REQUEST_BYTES) -> int:
    """⌈payload / limit⌉: the values requests a payload needs."""
    return math.ceil(payload / limit)
