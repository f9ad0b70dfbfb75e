"""The fake's spreadsheets: tabs, grids, cells, developer metadata, protections, validation.

Every change is copy-on-write: a request works on :meth:`Spreadsheet.clone` (tab objects
copied, cell rows shared until touched) and the result replaces the old state only when the
whole request succeeded. That gives the documented atomicity of
``spreadsheets.batchUpdate`` ("if any request is not valid, the entire request fails and
nothing is applied") cheaply, even for 20,000-row tabs. Errors raise :class:`ApiError`.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Iterable

from . import a1, cells
from .errors import ApiError, bad
from .objects import EmbeddedObjects

CELL_LIMIT = 10_000_000


@dataclass
class Sheet:
    sheet_id: int
    title: str
    rows: int = 1000
    cols: int = 26
    frozen_rows: int = 0
    hidden: bool = False
    cells: list[list[Any]] = field(default_factory=list)   # sparse: short rows, short grid
    protected: list[dict] = field(default_factory=list)
    validations: list[dict] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)                # EmbeddedChart JSON
    conditional_formats: list[dict] = field(default_factory=list)   # in rule-index order

    def clone(self) -> "Sheet":
        twin = copy.copy(self)
        twin.cells = self.cells            # shared; writers replace rows (copy-on-write)
        twin.protected = copy.deepcopy(self.protected)
        twin.validations = list(self.validations)
        twin.charts = copy.deepcopy(self.charts)
        twin.conditional_formats = copy.deepcopy(self.conditional_formats)
        return twin

    def cell(self, row: int, col: int) -> Any:
        if row < len(self.cells) and col < len(self.cells[row]):
            return self.cells[row][col]
        return None

    def trimmed(self) -> list[list[Any]]:
        """Stored values with trailing empty cells and rows dropped."""
        return _trim([list(r) for r in self.cells])


def _trim(rows: list[list[Any]]) -> list[list[Any]]:
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


@dataclass
class Spreadsheet(EmbeddedObjects):
    key: str
    title: str = "Untitled spreadsheet"
    locale: str = "en_US"
    time_zone: str = "America/New_York"
    sheets: list[Sheet] = field(default_factory=list)
    metadata: list[dict] = field(default_factory=list)       # developer metadata
    permissions: dict[str, str] = field(default_factory=dict)  # email -> reader|writer
    next_id: int = 1

    def clone(self) -> "Spreadsheet":
        twin = copy.copy(self)
        twin.sheets = [s.clone() for s in self.sheets]
        twin.metadata = copy.deepcopy(self.metadata)
        twin.permissions = dict(self.permissions)
        return twin

    # -- lookups ----------------------------------------------------------------------------
    def sheet_by_title(self, title: str) -> Sheet | None:
        folded = title.lower()
        return next((s for s in self.sheets if s.title.lower() == folded), None)

    def sheet_by_id(self, sheet_id: int) -> Sheet | None:
        return next((s for s in self.sheets if s.sheet_id == sheet_id), None)

    def cell_count(self) -> int:
        return sum(s.rows * s.cols for s in self.sheets)

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    # -- metadata JSON (spreadsheets.get) ---------------------------------------------------
    def to_json(self) -> dict:
        sheets = []
        for index, s in enumerate(self.sheets):
            grid: dict[str, Any] = {"rowCount": s.rows, "columnCount": s.cols}
            if s.frozen_rows:
                grid["frozenRowCount"] = s.frozen_rows
            props: dict[str, Any] = {"sheetId": s.sheet_id, "title": s.title, "index": index,
                                     "sheetType": "GRID", "gridProperties": grid}
            if s.hidden:
                props["hidden"] = True
            entry: dict[str, Any] = {"properties": props}
            if s.protected:
                entry["protectedRanges"] = copy.deepcopy(s.protected)
            if s.charts:
                entry["charts"] = copy.deepcopy(s.charts)
            if s.conditional_formats:
                entry["conditionalFormats"] = copy.deepcopy(s.conditional_formats)
            located = [m for m in self.metadata if m["location"].get("sheetId") == s.sheet_id]
            if located:
                entry["developerMetadata"] = copy.deepcopy(located)
            sheets.append(entry)
        out: dict[str, Any] = {
            "spreadsheetId": self.key,
            "properties": {"title": self.title, "locale": self.locale,
                           "timeZone": self.time_zone, "autoRecalc": "ON_CHANGE"},
            "sheets": sheets,
            "spreadsheetUrl": f"https://docs.google.com/spreadsheets/d/{self.key}/edit"}
        top = [m for m in self.metadata if m["location"].get("spreadsheet")]
        if top:
            out["developerMetadata"] = copy.deepcopy(top)
        return out

    # -- ranges -----------------------------------------------------------------------------
    def resolve(self, text: str, anchor: bool = False
                ) -> tuple[Sheet, int, int | None, int, int | None]:
        """A1 text → (sheet, row0, row1, col0, col1); 400 "Unable to parse range" if bad.
        With ``anchor`` (writes), a single cell ``A1`` is open-ended: the values decide."""
        try:
            ref = a1.parse(text)
        except a1.RangeError:
            raise bad(f"Unable to parse range: {text}") from None
        if ref.sheet is None:
            if not self.sheets:
                raise bad(f"Unable to parse range: {text}")
            sheet = self.sheets[0]
        else:
            sheet = self.sheet_by_title(ref.sheet)
            if sheet is None:
                raise bad(f"Unable to parse range: {text}")
        if anchor and ref.single_cell:
            return sheet, ref.row0, None, ref.col0, None
        return sheet, ref.row0, ref.row1, ref.col0, ref.col1

    def _check_grid(self, sheet: Sheet, text: str, row_end: int, col_end: int) -> None:
        if row_end > sheet.rows or col_end > sheet.cols:
            raise bad(f"Range ({text}) exceeds grid limits. Max rows: {sheet.rows}, "
                      f"max columns: {sheet.cols}")

    def read(self, text: str, value_option: str, datetime_option: str) -> dict:
        """One ``ValueRange`` as ``values.batchGet`` returns it (trimmed, typed)."""
        sheet, row0, row1, col0, col1 = self.resolve(text)
        end_row = sheet.rows if row1 is None else row1
        end_col = sheet.cols if col1 is None else col1
        self._check_grid(sheet, text, end_row, end_col)
        out_rows = []
        render, locale = cells.render, self.locale
        for r in range(row0, min(end_row, len(sheet.cells))):
            out_rows.append([v if type(v) is str else render(v, value_option, datetime_option,
                                                             locale)
                             for v in sheet.cells[r][col0:end_col]])
        for row in out_rows:
            while row and row[-1] == "":
                row.pop()
        while out_rows and not out_rows[-1]:
            out_rows.pop()
        body: dict[str, Any] = {"range": a1.format_range(sheet.title, row0, end_row, col0, end_col),
                                "majorDimension": "ROWS"}
        if out_rows:
            body["values"] = out_rows
        return body

    def write(self, text: str, values: list[list[Any]], option: str) -> dict:
        """Apply one ``ValueRange`` write in place (call on a clone). Returns its response."""
        sheet, row0, row1, col0, col1 = self.resolve(text, anchor=True)
        if not isinstance(values, list) or not all(isinstance(r, list) for r in values):
            raise bad("Invalid value at 'data[0].values': expected a list of rows")
        height = len(values)
        width = max((len(r) for r in values), default=0)
        if row1 is not None and row0 + height > row1:
            raise bad(f"Requested writing within range [{text}], but tried writing to row "
                      f"[{row0 + height}]")
        if col1 is not None and col0 + width > col1:
            raise bad(f"Requested writing within range [{text}], but tried writing to column "
                      f"[{a1.col_letters(col0 + width)}]")
        self._check_grid(sheet, text, row0 + height, col0 + width)
        grid = list(sheet.cells)
        while len(grid) < row0 + height:
            grid.append([])
        enter, skip, locale = cells.enter, cells.SKIP, self.locale
        raw, limit = option == "RAW", cells.CELL_TEXT_LIMIT
        for dr, row in enumerate(values):
            if not row:
                continue
            target = list(grid[row0 + dr])
            if len(target) < col0 + len(row):
                target.extend([None] * (col0 + len(row) - len(target)))
            entered = [v if type(v) is str and v and raw and len(v) <= limit
                       else enter(v, option, locale) for v in row]
            if any(e is skip for e in entered):
                for dc, e in enumerate(entered):
                    if e is not skip:
                        target[col0 + dc] = e
            else:
                target[col0:col0 + len(entered)] = entered
            grid[row0 + dr] = target
        sheet.cells = grid
        return {"spreadsheetId": self.key,
                "updatedRange": a1.format_range(sheet.title, row0, row0 + max(height, 1),
                                                col0, col0 + max(width, 1)),
                "updatedRows": height, "updatedColumns": width,
                "updatedCells": sum(len(r) for r in values)}

    # -- spreadsheets.batchUpdate -----------------------------------------------------------
    def apply(self, requests: Iterable[dict]) -> list[dict]:
        """Apply sub-requests in order, in place (call on a clone). Returns the replies."""
        replies = []
        for i, request in enumerate(requests):
            if not isinstance(request, dict) or len(request) != 1:
                raise bad(f"Invalid requests[{i}]: exactly one kind of request must be set")
            (kind, body), = request.items()
            handler = getattr(self, f"_do_{kind}", None)
            if handler is None:
                raise bad(f'Invalid JSON payload received. Unknown name "{kind}" at '
                          f"'requests[{i}]': Cannot find field.")
            try:
                replies.append(handler(body))
            except ApiError as exc:
                raise bad(f"Invalid requests[{i}].{kind}: {exc.message}") from None
            if self.cell_count() > CELL_LIMIT:
                raise bad(f"Invalid requests[{i}].{kind}: This action would increase the number "
                          f"of cells in the workbook above the limit of {CELL_LIMIT} cells.")
        return replies

    def _sheet(self, sheet_id: Any) -> Sheet:
        sheet = self.sheet_by_id(sheet_id if sheet_id is not None else 0)
        if sheet is None:
            raise bad(f"No grid with id: {sheet_id}")
        return sheet

    def _do_addSheet(self, body: dict) -> dict:
        props = body.get("properties", {})
        if props.get("sheetType", "GRID") != "GRID":
            raise bad("the fake only supports GRID sheets")
        title = props.get("title") or f"Sheet{len(self.sheets) + 1}"
        if self.sheet_by_title(title) is not None:
            raise bad(f'A sheet with the name "{title}" already exists. '
                      "Please enter another name.")
        sid = props.get("sheetId")
        if sid is None:
            sid = self.new_id()
            while self.sheet_by_id(sid) is not None:
                sid = self.new_id()
        elif self.sheet_by_id(sid) is not None:
            raise bad(f"A sheet with the id {sid} already exists.")
        grid = props.get("gridProperties", {})
        sheet = Sheet(sid, title, grid.get("rowCount", 1000), grid.get("columnCount", 26),
                      grid.get("frozenRowCount", 0), bool(props.get("hidden")))
        _check_dims(sheet)
        index = props.get("index", len(self.sheets))
        self.sheets.insert(min(index, len(self.sheets)), sheet)
        return {"addSheet": {"properties": self.to_json()["sheets"][self.sheets.index(sheet)]
                             ["properties"]}}

    def _do_deleteSheet(self, body: dict) -> dict:
        sheet = self._sheet(body.get("sheetId"))
        if len(self.sheets) == 1:
            raise bad("You can't remove all the sheets in a document.")
        self.sheets.remove(sheet)
        self.metadata = [m for m in self.metadata
                         if m["location"].get("sheetId") != sheet.sheet_id]
        return {}

    def _do_updateSheetProperties(self, body: dict) -> dict:
        props, fields = body.get("properties", {}), body.get("fields")
        if not fields:
            raise bad("'fields' is required but not specified")
        sheet = self._sheet(props.get("sheetId"))
        grid = props.get("gridProperties", {})
        wanted = {f.strip() for f in fields.split(",")}
        star = "*" in wanted
        if star or "title" in wanted:
            title = props.get("title", "")
            other = self.sheet_by_title(title)
            if not title or (other is not None and other is not sheet):
                raise bad(f'A sheet with the name "{title}" already exists. '
                          "Please enter another name.")
            sheet.title = title
        if star or "hidden" in wanted:
            sheet.hidden = bool(props.get("hidden"))
        for name, attr in (("rowCount", "rows"), ("columnCount", "cols"),
                           ("frozenRowCount", "frozen_rows")):
            if star or f"gridProperties.{name}" in wanted or "gridProperties" in wanted:
                setattr(sheet, attr, grid.get(name, 0))
        _check_dims(sheet)
        sheet.cells = [r[:sheet.cols] if len(r) > sheet.cols else r
                       for r in sheet.cells[:sheet.rows]]
        return {}

    def _do_createDeveloperMetadata(self, body: dict) -> dict:
        md = copy.deepcopy(body.get("developerMetadata", {}))
        if not md.get("metadataKey") or "visibility" not in md:
            raise bad("metadataKey and visibility are required")
        loc = md.get("location", {})
        if "sheetId" in loc:
            self._sheet(loc["sheetId"])
            md["location"] = {"locationType": "SHEET", "sheetId": loc["sheetId"]}
        elif loc.get("spreadsheet"):
            md["location"] = {"locationType": "SPREADSHEET", "spreadsheet": True}
        else:
            raise bad("the fake supports sheet and spreadsheet metadata locations only")
        md["metadataId"] = self.new_id()
        self.metadata.append(md)
        return {"createDeveloperMetadata": {"developerMetadata": copy.deepcopy(md)}}

    def _do_deleteDeveloperMetadata(self, body: dict) -> dict:
        """Delete by ``dataFilter.developerMetadataLookup.metadataId`` (the fake's subset)."""
        lookup = body.get("dataFilter", {}).get("developerMetadataLookup", {})
        if "metadataId" not in lookup:
            raise bad("the fake deletes developer metadata by metadataId only")
        found = [m for m in self.metadata if m.get("metadataId") == lookup["metadataId"]]
        self.metadata = [m for m in self.metadata if m not in found]
        return {"deleteDeveloperMetadata": {"deletedDeveloperMetadata": copy.deepcopy(found)}}

    def _do_copyPaste(self, body: dict) -> dict:
        """Copy ``source`` to ``destination``'s top-left (PASTE_NORMAL/PASTE_VALUES: values
        only in the fake). Blank source cells clear the destination; a destination that would
        pass the grid is 400 "Range exceeds grid limits"."""
        if body.get("pasteType", "PASTE_NORMAL") not in ("PASTE_NORMAL", "PASTE_VALUES"):
            raise bad("the fake supports PASTE_NORMAL and PASTE_VALUES only")
        src, dst = body.get("source", {}), body.get("destination", {})
        source, target = self._sheet(src.get("sheetId", 0)), self._sheet(dst.get("sheetId", 0))
        r0, c0 = src.get("startRowIndex", 0), src.get("startColumnIndex", 0)
        r1, c1 = src.get("endRowIndex", source.rows), src.get("endColumnIndex", source.cols)
        if r1 > source.rows or c1 > source.cols or r0 >= r1 or c0 >= c1:
            raise bad("Range exceeds grid limits.")
        d0, e0 = dst.get("startRowIndex", 0), dst.get("startColumnIndex", 0)
        if d0 + (r1 - r0) > target.rows or e0 + (c1 - c0) > target.cols:
            raise bad("Range exceeds grid limits.")
        block = [[source.cell(r, c) for c in range(c0, c1)] for r in range(r0, r1)]
        grid = list(target.cells)
        while len(grid) < d0 + len(block):
            grid.append([])
        for dr, values in enumerate(block):
            row = list(grid[d0 + dr])
            if len(row) < e0 + len(values):
                row.extend([None] * (e0 + len(values) - len(row)))
            row[e0:e0 + len(values)] = values
            grid[d0 + dr] = row
        target.cells = grid
        return {}

    def _do_addProtectedRange(self, body: dict) -> dict:
        pr = copy.deepcopy(body.get("protectedRange", {}))
        rng = pr.get("range", {})
        sheet = self._sheet(rng.get("sheetId", 0))
        if pr.get("warningOnly") and pr.get("editors"):
            raise bad("Cannot specify editors for a warning-only protected range.")
        pr["protectedRangeId"] = self.new_id()
        pr["range"] = {"sheetId": sheet.sheet_id, **{k: v for k, v in rng.items()
                                                     if k != "sheetId"}}
        pr.setdefault("requestingUserCanEdit", True)
        sheet.protected.append(pr)
        return {"addProtectedRange": {"protectedRange": copy.deepcopy(pr)}}

    def _do_setDataValidation(self, body: dict) -> dict:
        rng = body.get("range", {})
        sheet = self._sheet(rng.get("sheetId", 0))
        if rng.get("endRowIndex", 0) > sheet.rows or rng.get("endColumnIndex", 0) > sheet.cols:
            raise bad("Range exceeds grid limits.")
        rule = body.get("rule")
        if rule is not None:
            cond = rule.get("condition", {})
            if cond.get("type") == "ONE_OF_LIST" and not cond.get("values"):
                raise bad("ONE_OF_LIST needs at least one value")
        sheet.validations = [v for v in sheet.validations if v["range"] != rng]
        if rule is not None:
            sheet.validations.append({"range": dict(rng), "rule": copy.deepcopy(rule)})
        return {}

    def _do_updateCells(self, body: dict) -> dict:
        start = body.get("start")
        if start is None or not body.get("fields"):
            raise bad("updateCells needs start and fields (the fake does not take range)")
        sheet = self._sheet(start.get("sheetId", 0))
        row0, col0 = start.get("rowIndex", 0), start.get("columnIndex", 0)
        rows = body.get("rows", [])
        width = max((len(r.get("values", [])) for r in rows), default=0)
        if row0 + len(rows) > sheet.rows or col0 + width > sheet.cols:
            raise bad("Range exceeds grid limits.")
        grid = list(sheet.cells)
        while len(grid) < row0 + len(rows):
            grid.append([])
        for dr, row in enumerate(rows):
            target = list(grid[row0 + dr])
            values = row.get("values", [])
            target.extend([None] * max(0, col0 + len(values) - len(target)))
            for dc, cell in enumerate(values):
                target[col0 + dc] = _extended_value(cell.get("userEnteredValue"))
            grid[row0 + dr] = target
        sheet.cells = grid
        return {}


def _extended_value(value: dict | None) -> Any:
    """``ExtendedValue`` JSON → stored cell (stringValue is never parsed)."""
    if not value:
        return None
    if "stringValue" in value:
        return value["stringValue"] or None
    if "numberValue" in value:
        return value["numberValue"]
    if "boolValue" in value:
        return bool(value["boolValue"])
    if "formulaValue" in value:
        return cells.Formula(value["formulaValue"])
    raise bad(f"unsupported ExtendedValue {value}")


def _check_dims(sheet: Sheet) -> None:
    if sheet.rows < 1 or sheet.cols < 1:
        raise bad("a sheet needs at least one row and one column")
    if sheet.frozen_rows and sheet.frozen_rows >= sheet.rows:
        raise bad("You can't freeze all visible rows on the sheet.")
