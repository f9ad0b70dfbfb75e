"""Google Sheets backend (gspread 6 + google-auth), within the Sheets API per-user quota
and Google's request and spreadsheet limits.

One sync costs at most **2 read requests** (spreadsheet metadata, reused whatever the sync's
duration, + one ``values:batchGet`` for every intake tab, the Review tab staff decide in and
the hidden state tab) — plus one read, only when an ID column (``Event ID`` or its aliases)
holds numbers: that column is read again as ``FORMATTED_VALUE`` so ``00456`` under a
``00000`` number format stays the text staff see (a number shown as itself, ``7``, stays the
number) — and **2 + ⌈payload / 2 MB⌉ write requests**: one
``spreadsheets:batchUpdate`` only when a generated tab must be created, resized, protected or
staged, the ``values:batchUpdate`` requests of at most 2 MB each carrying the generated tabs
whose values changed, and one batch after (paste staged tabs, shrink grids). A write that
fits in one request costs 1 (2 when tabs are new); a sync where nothing changed costs none
(:mod:`sheets_sync.backends.google_write` has the rules). Native charts and the
target-status conditional formats ride in the structural batch, once (later syncs find
them in the metadata and add none). Reads use
``UNFORMATTED_VALUE``/``SERIAL_NUMBER`` (dates arrive as day serials from 1899-12-30);
writes use ``RAW`` (text stays text, ``=`` never becomes a formula). See
``docs/sheets-api.md`` and :mod:`sheets_sync.backends.google_plan` for the rules.

Retries: bounded exponential backoff with jitter (tenacity) on HTTP 408, 429, 5xx,
connection errors and timeouts, decided on the HTTP status code; every request has a
timeout. A ``write_tabs`` that still fails raises :class:`TabsNotWritten` and leaves every
tab's values as the last good run left them (new tabs may exist empty; grids only grow
before the values write); the sync still publishes the feed.

gspread, google-auth and requests are imported only when this module is used.
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from ..model import RawTab
from . import SourceError, Table, TabsNotWritten
from .google_plan import (METADATA_FIELDS, METADATA_MASK, masked, SCOPES, SheetInfo, a1_range, generated_by_tag,
                          parse_sheets, plan_template, quote_title)
from .google_write import (REQUEST_BYTES, SyncWrite, after_applied, capped, cell_budget_problem,
                           content_hash, plan_sync_write, read_state, staging_ids, state_sheet)

log = logging.getLogger(__name__)

#: Headers of columns holding IDs staff type (intake tabs, the Assistance Offers tab).
ID_HEADERS = ("Event ID", "Event UID or Event ID", "Event ID or Event UID", "Event UID")

CREDENTIALS_HELP = (
    "create a service account in Google Cloud (IAM & Admin > Service accounts), add a JSON key, "
    "save it outside the project folder and run  export GOOGLE_APPLICATION_CREDENTIALS="
    "/path/to/key.json  (or set source.credentials_file in config.yaml to that path)")
_TRANSIENT_STATUS = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff with jitter: ``attempts`` tries in total, waits of
    ``initial`` × 2ⁿ seconds (capped at ``maximum``) plus up to ``jitter`` seconds.
    The default waits 1+2+4+8+16+32 s (≈ 63 s plus jitter) at worst: long enough for the
    per-minute quota bucket to refill, bounded so a dead API fails the run."""
    attempts: int = 7
    initial: float = 1.0
    maximum: float = 32.0
    jitter: float = 1.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)


def load_credentials(credentials_file: Path | str | None = None, env: dict | None = None):
    """Service-account credentials for the spreadsheets scope only.

    The key path is ``credentials_file`` when given, else ``$GOOGLE_APPLICATION_CREDENTIALS``.
    Raises :class:`SourceError` saying how to set the variable when there is no usable key.
    """
    from google.oauth2 import service_account
    env = os.environ if env is None else env
    path = credentials_file or env.get("GOOGLE_APPLICATION_CREDENTIALS")
    if not path:
        raise SourceError("no Google service-account key is configured: " + CREDENTIALS_HELP)
    path = Path(path).expanduser()
    if not path.is_file():
        raise SourceError(f"the Google service-account key file {path} does not exist: "
                          + CREDENTIALS_HELP)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path} is not a readable JSON key file ({exc}): "
                          + CREDENTIALS_HELP) from None
    if not isinstance(info, dict) or info.get("type") != "service_account":
        kind = info.get("type") if isinstance(info, dict) else type(info).__name__
        raise SourceError(f"{path} is not a service-account key (type {kind!r}); "
                          + CREDENTIALS_HELP)
    try:
        return service_account.Credentials.from_service_account_info(info, scopes=list(SCOPES))
    except (ValueError, KeyError) as exc:
        raise SourceError(f"{path} is an incomplete service-account key ({exc}); "
                          "download a new JSON key for the service account") from None


class GoogleBackend:
    """Intake tabs read from, and generated tabs written to, one Google spreadsheet.

    ``spreadsheet_key`` is the id between ``/d/`` and ``/edit`` in the sheet's URL.
    ``credentials`` (google-auth) wins over ``credentials_file`` (else the environment).
    ``transport`` is a ``requests`` transport adapter mounted for ``https://`` and
    ``http://`` on both the API and the token sessions (tests point it at a loopback fake).
    ``timeout`` is the per-request timeout in seconds. ``requests`` counts HTTP attempts
    by kind (``"read"``/``"write"``, both present from the start), retries included.
    ``metadata_max_age`` (s): ``write_tabs`` reuses the metadata ``read_tabs`` fetched if it
    is younger than this (``None``, the default: whatever its age, so a sync costs one
    metadata read however long it runs; a tab staff renamed or deleted meanwhile makes the
    write fail whole, with a message, and the next sync sees it).
    ``max_rows``: data rows a generated tab keeps (``source.max_generated_rows``; ``None``:
    all). ``request_bytes``: the size a values request stays under.
    ``warnings`` collects problems that did not fail a write (a grid left larger).
    ``read_back`` names the generated tabs staff edit (the Review tab's Decision column, the
    Snapshots tab's Signed Off By):
    ``read_tabs`` fetches them in its one ``values:batchGet`` for ``read_generated``.
    """
    name = "google"
    read_back: tuple[str, ...] = ("Review Duplicates", "Snapshots")   # Snapshots: typed sign-offs

    def __init__(self, spreadsheet_key: str, *, credentials_file: Path | str | None = None,
                 credentials: Any = None, transport: Any = None, timeout: float = 60.0,
                 retry: RetryPolicy = RetryPolicy(), metadata_max_age: float | None = None,
                 id_headers: Sequence[str] = ID_HEADERS, max_rows: int | None = 50_000,
                 request_bytes: int = REQUEST_BYTES):
        self.spreadsheet_key = spreadsheet_key
        self.id_headers = {_header_key(h) for h in id_headers}
        self.credentials_file = credentials_file
        self.timeout = timeout
        self.retry = retry
        self.metadata_max_age = metadata_max_age
        self.max_rows = max_rows
        self.request_bytes = request_bytes
        self.last_write: dict[str, Any] = {}
        self.requests: Counter = Counter(read=0, write=0)
        self.warnings: list[str] = []
        self._credentials = credentials
        self._transport = transport
        self._http = None
        self._meta: dict | None = None
        self._meta_at = 0.0
        self._generated: dict[str, list[tuple[Any, ...]] | None] | None = None
        self._hashes: dict[str, str] | None = None     # from the state tab, by read_tabs

    # -- the Backend protocol ---------------------------------------------------------------
    def read_tabs(self) -> list[RawTab]:
        """Every tab the sync did not generate, as header + typed rows (2 read requests).

        Right after the metadata read, before any values are read, the spreadsheet's cells
        after this sync are projected (:func:`~.google_write.cell_budget_problem`): over
        Google's 10,000,000-cell limit, :class:`SourceError` says what to do.

        Cells: ``str``, ``int``/``float`` (dates and times as day serials from 1899-12-30),
        ``bool``, ``None`` for blank; rows keep interior blank rows (``()``) so ``rows[i]``
        is sheet row ``i + 2``; trailing blanks are trimmed (callers pad short rows).
        Raises :class:`SourceError`.
        """
        meta = self._fetch_metadata()
        problem = cell_budget_problem(meta, self.max_rows)
        if problem:
            raise SourceError(problem)
        sheets = parse_sheets(meta)
        state = state_sheet(meta)
        hidden = staging_ids(meta) | ({state[0]} if state else set())
        intake = [s for s in sheets if s.tag is None and s.sheet_type == "GRID"
                  and s.sheet_id not in hidden]
        ours = generated_by_tag(sheets)
        back = [ours[t] for t in self.read_back if t in ours]
        self._generated = {t: None for t in self.read_back}
        self._hashes = {}
        if not intake and not back and not state:
            return []
        ranges = [quote_title(s.title) for s in (*intake, *back)]
        ranges += [quote_title(state[1])] if state else []
        params = {"valueRenderOption": "UNFORMATTED_VALUE",
                  "dateTimeRenderOption": "SERIAL_NUMBER", "majorDimension": "ROWS"}
        result = self._call("reading the intake tabs", lambda attempt: self._request(
            "read", "values_batch_get", self.spreadsheet_key, list(ranges), dict(params)))
        value_ranges = result.get("valueRanges", [])
        if len(value_ranges) != len(ranges):
            raise SourceError(f"Google Sheets returned {len(value_ranges)} ranges for "
                              f"{len(ranges)} tabs; run the sync again")
        for sheet, vr in zip(back, value_ranges[len(intake):]):
            self._generated[sheet.tag] = [_row(r) for r in vr.get("values", [])]
        if state:
            self._hashes = read_state(value_ranges[-1].get("values", []))
        tabs = []
        for sheet, vr in zip(intake, value_ranges):
            values = vr.get("values", [])
            header = _row(values[0]) if values else ()
            tabs.append(RawTab(sheet.title, header, tuple(_row(r) for r in values[1:])))
        return self._ids_as_shown(tabs)

    def _ids_as_shown(self, tabs: list[RawTab]) -> list[RawTab]:
        """Replace numbers in ID columns by their ``FORMATTED_VALUE`` text (``456`` shown as
        ``00456`` → ``"00456"``), with one more ``values:batchGet`` of just those columns —
        made only when some ID column holds a number (docs/sheets-api.md: leading zeros lost,
        gspread #231/#568/#581)."""
        wanted = [(t, i) for t, i in id_columns(tabs, self.id_headers)
                  if any(_numeric(r[i]) for r in tabs[t].rows if i < len(r))]
        if not wanted:
            return tabs
        from gspread.utils import rowcol_to_a1
        letters = [rowcol_to_a1(1, i + 1).removesuffix("1") for _, i in wanted]
        ranges = [f"{quote_title(tabs[t].title)}!{c}:{c}" for (t, _), c in zip(wanted, letters)]
        params = {"valueRenderOption": "FORMATTED_VALUE", "majorDimension": "ROWS"}
        result = self._call("reading the ID columns as shown", lambda attempt: self._request(
            "read", "values_batch_get", self.spreadsheet_key, list(ranges), dict(params)))
        shown = [[r[0] if r else None for r in vr.get("values", [])]
                 for vr in result.get("valueRanges", [])]
        out = list(tabs)
        for (t, i), column in zip(wanted, shown):
            rows = []
            for n, row in enumerate(out[t].rows):
                text = column[n + 1] if n + 1 < len(column) else None
                if i < len(row) and _numeric(row[i]) and (padded := shown_id(row[i], text)):
                    row = (*row[:i], padded, *row[i + 1:])
                rows.append(row)
            out[t] = RawTab(out[t].title, out[t].header, tuple(rows))
        return out

    def sheet_ids(self) -> dict[str, int]:
        """Tab title → ``sheetId`` (the ``#gid=`` of a link to the tab) from the metadata the
        last :meth:`read_tabs` fetched (``{}`` before any read; no request is made)."""
        return {s.title: s.sheet_id for s in parse_sheets(self._meta or {})}

    def write_tabs(self, tables: Sequence[Table]) -> None:
        """Replace the given generated tabs as one logical write
        (:func:`~.google_write.plan_sync_write`): each table cut to ``max_rows`` data rows,
        tables whose values did not change since the last write left alone (a sync where
        nothing changed sends nothing), the rest sent in values requests of at most
        ``request_bytes`` each; at most 1 structural batch before and 1 after, so writes
        ≤ 2 + ⌈payload / 2 MB⌉. Values needing several requests go through hidden staging
        tabs pasted over the live ones in the one batch after, so readers see every tab of
        the last run or every tab of this one, never a mix.
        Missing tabs, charts and status shading are created in the batch before.
        ``last_write`` then holds what was sent. Raises :class:`TabsNotWritten` (a
        :class:`SourceError`); the live tabs' values are then as the last good run left them
        (only a failed shrink, after the values, is a warning in ``warnings``).
        """
        tables = [capped(t, self.max_rows) for t in tables]
        if not tables:
            return
        try:
            self._write(tables)
        except TabsNotWritten:
            raise
        except SourceError as exc:
            raise TabsNotWritten(str(exc)) from exc

    def _write(self, tables: list[Table]) -> None:
        sent: dict[str, SyncWrite] = {}

        def prepare(meta: dict) -> tuple[dict, ...]:
            sent["plan"] = plan_sync_write(meta, tables, self._hashes, self.request_bytes)
            return sent["plan"].before

        prepare(self._metadata_for_write())
        plan = sent["plan"]
        if plan.before:
            self._structure("creating and resizing the generated tabs", prepare)
            plan = sent["plan"]
        for n, data in enumerate(plan.values, start=1):
            body = {"valueInputOption": "RAW", "data": list(data),
                    "includeValuesInResponse": False}
            what = (f"writing the generated tabs (request {n} of {len(plan.values)})"
                    if len(plan.values) > 1 else "writing the generated tabs")
            self._call(what, lambda attempt, body=body: self._request(
                "write", "values_batch_update", self.spreadsheet_key, body))
        if plan.staged:         # the paste makes the staged tabs current: it must succeed
            # (after an ambiguous failure the metadata is re-read: staging tabs gone = applied)
            self._structure("putting the written tabs in place",
                            lambda m: () if after_applied(m, plan.after) else plan.after)
        elif plan.after and not plan.before:
            try:
                self._structure("shrinking the generated tabs to fit", lambda m: plan.after)
            except SourceError as exc:  # the values are written; only the grid stays larger
                self.warnings.append(str(exc))
                log.warning("generated tabs written, but not shrunk: %s", exc)
        if plan.values:
            self._hashes = None         # re-read before trusting them again
        self.last_write = {"values_requests": len(plan.values), "payload_bytes": plan.payload,
                           "staged": list(plan.staged), "unchanged": list(plan.unchanged)}

    def outputs_token(self, tables: Sequence[Table]) -> dict:
        """What a successful ``write_tabs(tables)`` leaves, for :meth:`outputs_intact`
        (:mod:`sheets_sync.steady`): each table's content hash as the state tab holds it, and
        a digest of the spreadsheet's metadata as last fetched or as the last structural
        batch returned it (tabs, charts, formats, protections)."""
        return {"tabs": {t.title: content_hash(capped(t, self.max_rows)) for t in tables},
                "meta": _digest(self._meta)}

    def outputs_intact(self, token: dict | None) -> bool:
        """After :meth:`read_tabs`: True when the metadata is as ``token`` saw it and the
        state tab holds every table's hash — so :meth:`write_tabs` would send nothing.
        No request is made."""
        if not token or self._meta is None or self._hashes is None:
            return False
        ours = generated_by_tag(parse_sheets(self._meta))
        return token.get("meta") == _digest(self._meta) and all(
            title in ours and self._hashes.get(title) == h for title, h in token.get("tabs", {}).items())

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None:
        """Rows (header first) of the generated tab ``title`` as staff left it, ``None`` if
        there is none. Tabs in ``read_back`` come from the last ``read_tabs`` (no request);
        others cost one metadata and one values read. Raises :class:`SourceError`."""
        if self._generated is not None and title in self._generated:
            return self._generated[title]
        sheet = generated_by_tag(parse_sheets(self._metadata_for_write())).get(title)
        if sheet is None:
            return None
        params = {"valueRenderOption": "UNFORMATTED_VALUE",
                  "dateTimeRenderOption": "SERIAL_NUMBER", "majorDimension": "ROWS"}
        result = self._call(f"reading the {title!r} tab", lambda attempt: self._request(
            "read", "values_batch_get", self.spreadsheet_key, [quote_title(sheet.title)], dict(params)))
        ranges = result.get("valueRanges", [])
        return [_row(r) for r in ranges[0].get("values", [])] if ranges else []

    def create_template(self, tabs: Sequence[tuple[str, Sequence[str]]],
                        dropdowns: dict[str, Sequence[str]]) -> list[str]:
        """Create the missing intake tabs (1 read + at most 1 ``spreadsheets:batchUpdate``).

        Each new tab gets its header row, a frozen row 1 and ONE_OF_LIST dropdowns for the
        columns in ``dropdowns`` (not strict for ``Partner Departments``). The header is
        written in the same atomic batchUpdate, so a failure leaves no header-less tab.
        Existing tabs are untouched. Returns the titles created. Raises :class:`SourceError`.
        """
        meta = self._fetch_metadata()
        _, made = plan_template(parse_sheets(meta), tabs, dropdowns)
        if made:
            self._structure("creating the intake template",
                            lambda m: plan_template(parse_sheets(m), tabs, dropdowns)[0])
        return made

    def check_access(self) -> list[tuple[bool, str]]:
        """What ``safety-events doctor`` reports about this source, as ``(ok, message)``
        pairs, never raising: the service-account key loads, and the spreadsheet opens and
        its metadata reads (1 read request, retried like any other). Write access is not
        probed (that would need a write); a sheet shared read-only fails at the sync's first
        write with the same "share ... as editor" advice."""
        try:
            self._client()
        except SourceError as exc:
            return [(False, str(exc))]
        except ImportError as exc:
            return [(False, f"the Google libraries are not installed ({exc}); install the project "
                            "with its google extra: pip install -c constraints.txt '.[google]'")]
        found = [(True, f"the service-account key for {self._email()} loads")]
        try:
            meta = self._fetch_metadata()
        except SourceError as exc:
            return [*found, (False, str(exc))]
        sheets = parse_sheets(meta)
        intake = [s for s in sheets if s.tag is None and s.sheet_type == "GRID"]
        found.append((True, f"spreadsheet {self.spreadsheet_key} opens as {self._email()}: "
                            f"{len(intake)} intake tabs, {len(sheets) - len(intake)} others; it must "
                            f"be shared with {self._email()} as Editor for the sync to write"))
        return found

    # -- requests ---------------------------------------------------------------------------
    def _client(self):
        if self._http is None:
            import gspread
            import requests
            from google.auth.transport.requests import AuthorizedSession, Request
            creds = self._credentials or load_credentials(self.credentials_file)
            self._credentials = creds
            token_session = requests.Session()
            session = AuthorizedSession(creds, auth_request=Request(token_session),
                                        refresh_timeout=self.timeout)
            if self._transport is not None:
                for s in (session, token_session):
                    s.mount("https://", self._transport)
                    s.mount("http://", self._transport)
            client = gspread.Client(auth=creds, session=session)
            client.set_timeout(self.timeout)
            self._http = client.http_client
        return self._http

    def _request(self, kind: str, method: str, *args):
        http = self._client()
        self.requests[kind] += 1
        return getattr(http, method)(*args)

    def _fetch_metadata(self) -> dict:
        """Spreadsheet metadata (``open_by_key``): 1 read request, cached for the write."""
        meta = self._call("opening the spreadsheet", lambda attempt: self._get_metadata())
        self._remember(meta)
        return meta

    def _get_metadata(self) -> dict:
        """One ``spreadsheets.get`` request for the fields the planners read."""
        return self._request("read", "fetch_sheet_metadata", self.spreadsheet_key,
                             {"includeGridData": "false", "fields": METADATA_FIELDS})

    def _metadata_for_write(self) -> dict:
        fresh = (self.metadata_max_age is None
                 or time.monotonic() - self._meta_at < self.metadata_max_age)
        return self._meta if (self._meta is not None and fresh) else self._fetch_metadata()

    def _remember(self, meta: dict) -> None:
        self._meta, self._meta_at = meta, time.monotonic()

    def _structure(self, action: str, plan: Callable[[dict], Sequence[dict]]) -> None:
        """Send ``plan(metadata)`` as one atomic spreadsheets:batchUpdate, with retries.

        After an ambiguous failure (connection lost, timeout, 5xx: the batch may have been
        applied) the next attempt re-reads the metadata and re-plans, so a replayed
        ``addSheet`` cannot fail on its own duplicate title.
        """
        state = {"replan": False}

        def attempt(n: int):
            meta = self._meta or {}
            if state["replan"]:
                meta = self._get_metadata()
                self._remember(meta)
            requests_ = list(plan(meta))
            if not requests_:
                return None
            body = {"requests": requests_, "includeSpreadsheetInResponse": True,
                    "responseIncludeGridData": False}
            try:
                reply = self._request("write", "batch_update", self.spreadsheet_key, body)
            except Exception as exc:
                state["replan"] = _ambiguous(exc)
                raise
            state["replan"] = False
            if "updatedSpreadsheet" in reply:
                self._remember(reply["updatedSpreadsheet"])
            else:
                self._meta = None
            return reply

        if self._meta is None:
            self._fetch_metadata()
        self._call(action, attempt)

    def _call(self, action: str, fn: Callable[[int], Any]) -> Any:
        """Run ``fn(attempt_number)`` with bounded retries; translate failures to SourceError."""
        from tenacity import Retrying, retry_if_exception, stop_after_attempt
        from tenacity import wait_exponential, wait_random
        p = self.retry
        retrying = Retrying(
            stop=stop_after_attempt(max(p.attempts, 1)),
            wait=wait_exponential(multiplier=p.initial, max=p.maximum) + wait_random(0, p.jitter),
            retry=retry_if_exception(_transient), sleep=p.sleep, reraise=True)
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    return fn(attempts)
        except SourceError:
            raise
        except Exception as exc:
            explained = self._explain(exc, action, attempts)
            if explained is exc:
                raise
            raise explained from exc

    # -- errors -----------------------------------------------------------------------------
    def _explain(self, exc: Exception, action: str, attempts: int) -> Exception:
        """One sentence a city admin can act on, for each way a request can fail."""
        import requests
        from google.auth import exceptions as gauth
        from gspread.exceptions import APIError
        key = self.spreadsheet_key
        tries = f" after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, APIError):
            status = exc.response.status_code
            message = _api_message(exc)
            if status == 403:
                return SourceError(
                    f"the service account {self._email()} may not open spreadsheet {key} "
                    f"(HTTP 403): share the sheet with {self._email()} as editor (Share button "
                    "in Google Sheets)")
            if status == 404:
                return SourceError(
                    f"no spreadsheet with key {key!r} (HTTP 404): check source.spreadsheet_key "
                    "in config.yaml; it is the long id between /d/ and /edit in the sheet's URL")
            if status == 429:
                return SourceError(
                    f"Google Sheets quota exceeded while {action} (HTTP 429){tries}: the quota "
                    "refills within a minute; run the sync again later and do not run several "
                    "syncs at once")
            if status == 401:
                return SourceError(
                    f"Google rejected the service account's credentials (HTTP 401) while "
                    f"{action}: {message}; create a new key and point "
                    "GOOGLE_APPLICATION_CREDENTIALS at it")
            if status >= 500 or status == 408:
                return SourceError(
                    f"Google Sheets failed while {action} (HTTP {status}){tries}; this is on "
                    "Google's side: run the sync again in a few minutes")
            return SourceError(f"Google Sheets refused {action} (HTTP {status}: {message})")
        if isinstance(exc, requests.Timeout):
            return SourceError(f"Google Sheets did not answer within {self.timeout:g} s while "
                               f"{action}{tries}; check the network and run the sync again")
        if isinstance(exc, (requests.ConnectionError, gauth.TransportError)):
            return SourceError(f"could not reach Google while {action}{tries} ({exc}); check "
                               "the network connection or proxy and run the sync again")
        if isinstance(exc, gauth.RefreshError):
            return SourceError(
                f"Google refused the service-account key for {self._email()} ({exc}); the key "
                "may be deleted or disabled: create a new JSON key and point "
                "GOOGLE_APPLICATION_CREDENTIALS at it")
        return exc

    def _email(self) -> str:
        return getattr(self._credentials, "service_account_email", None) or "the service account"


def make_google_backend(config, **options: Any) -> GoogleBackend:
    """The backend for a ``Config`` whose ``source.kind`` is ``google``.

    Uses ``source.spreadsheet_key`` and, when set, ``source.credentials_file`` (resolved
    against the config's folder); otherwise ``$GOOGLE_APPLICATION_CREDENTIALS``. Nothing is
    read until the first request, so a missing key surfaces as :class:`SourceError` from
    ``read_tabs``/``write_tabs``/``create_template``. ``options`` go to
    :class:`GoogleBackend` (``timeout``, ``retry``, ``transport`` for tests).
    """
    src = config.source
    if not src.spreadsheet_key:
        raise SourceError("source.spreadsheet_key is not set in config.yaml; copy the id "
                          "between /d/ and /edit from the spreadsheet's URL")
    creds = config.path(src.credentials_file) if src.credentials_file else None
    options.setdefault("credentials_file", creds)
    options.setdefault("id_headers", (*ID_HEADERS, *src.column_aliases.get("Event ID", ())))
    options.setdefault("max_rows", getattr(src, "max_generated_rows", 50_000))
    return GoogleBackend(src.spreadsheet_key, **options)


# -- helpers --------------------------------------------------------------------------------



def _digest(meta: dict | None) -> str:
    """SHA-256 of the metadata the planners read (:data:`METADATA_MASK`), whether ``meta``
    came from a masked ``spreadsheets.get`` or whole from a structural batch's
    ``updatedSpreadsheet``: after a sync that created or resized tabs the next one can be
    skipped when nothing changed (:mod:`sheets_sync.steady`)."""
    import hashlib
    shown = masked(meta, METADATA_MASK) if meta is not None else None
    return hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode()).hexdigest()


def _header_key(text: Any) -> str:
    return "".join(ch for ch in str(text or "").lower() if ch.isalnum())


def shown_id(number: int | float, shown: Any) -> str | None:
    """The ``FORMATTED_VALUE`` text of an ID cell holding ``number`` when it is that number
    zero-padded, after an optional literal prefix, or after a prefix with a letter (``00456``,
    ``ID-0456``, ``ID-456``: formats ``00000``, ``"ID-"0000``, ``"ID-"0``), else ``None`` — the rule the .xlsx reader applies to number
    formats (:func:`sheets_sync.backends.workbook._shown`). Other formats (``12,345``,
    ``456.00``, ``1.23E+13``) leave the number as it is, so an ID reads the same on both
    backends."""
    text = shown.strip() if isinstance(shown, str) else ""
    plain = _plain(number)
    if not text or text == plain or not plain.isdigit():
        return None
    m = re.fullmatch(r"([^0-9]*?)(0*)" + plain, text)
    return text if m and (m.group(2) or re.search(r"[^\W\d_]", m.group(1))) else None


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _plain(number: int | float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def id_columns(tabs: Sequence[RawTab], id_headers: set[str]) -> list[tuple[int, int]]:
    """``[(tab index, column index)]`` of every header cell naming an ID column (compared
    without case, spaces or punctuation)."""
    return [(t, i) for t, tab in enumerate(tabs) for i, h in enumerate(tab.header)
            if _header_key(h) in id_headers]


def _row(values: Sequence[Any]) -> tuple[Any, ...]:
    return tuple([None if v == "" else v for v in values]) if "" in values else tuple(values)


def _status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def _transient(exc: BaseException) -> bool:
    """Retry on HTTP 408/429/5xx (by status code, not gspread's parsed ``code``),
    connection errors and timeouts (requests or the token request)."""
    import requests
    from google.auth import exceptions as gauth
    from gspread.exceptions import APIError
    if isinstance(exc, APIError):
        status = _status(exc) or 0
        return status in _TRANSIENT_STATUS or status >= 500
    if isinstance(exc, gauth.RefreshError):
        return False
    return isinstance(exc, (requests.ConnectionError, requests.Timeout, gauth.TransportError))


def _ambiguous(exc: BaseException) -> bool:
    """A failure after which the request may have been applied (so a replay may clash)."""
    if not _transient(exc):
        return False
    status = _status(exc)
    return status is None or status >= 500


def _api_message(exc) -> str:
    message = exc.error.get("message", "") if isinstance(exc.error, dict) else str(exc.error)
    if getattr(exc, "code", None) == -1:        # non-JSON body, e.g. an HTML error page
        return exc.response.reason or "non-JSON error page"
    return str(message)[:300]


__all__ = ["GoogleBackend", "RetryPolicy", "TabsNotWritten", "load_credentials", "make_google_backend",
           "a1_range", "generated_by_tag", "SheetInfo"]
