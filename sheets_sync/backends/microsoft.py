"""Microsoft 365 backend: the intake workbook in a SharePoint library or OneDrive (Graph).

The intake ``.xlsx`` is read through Microsoft Graph's file download and parsed by the one
``.xlsx`` code path, :class:`~sheets_sync.backends.workbook.WorkbookBackend`. The generated
tabs go to a separate *report workbook* uploaded into the same folder; the intake file staff
co-author is never written by a sync (only ``safety-events init`` creates or extends it).

Requests per sync (Graph v1.0, ``/drives/{drive-id}/items/{item-id}`` addressing once the
item is known; the site/drive/path or sharing link is resolved on the first run and kept):

- read: the intake item's metadata; its content only when its ``eTag`` differs from the
  copy downloaded last time (``GET …/content``: 302 to a pre-authenticated URL); the report
  item's metadata (``…/items/{folder-id}:/{report name}``), its content only when changed
  (staff may type Review decisions in it).
- write: one ``PUT …/content`` of the report, with ``If-Match: <eTag>`` when it exists and
  ``?@microsoft.graph.conflictBehavior=fail`` when it does not, so two syncs never overwrite
  each other's report (HTTP 412 / 409 → :class:`SourceError`, nothing overwritten). A retried
  upload whose first attempt was applied but unanswered conflicts with itself; it is recognised
  by comparing the file's bytes with what was sent. No upload at all when the report is as this
  backend last uploaded it and every tab is unchanged (rows in ``Table.stamps`` aside).

Local copies and the remembered eTags live in ``cache_dir`` (``output.dir/microsoft365``).
A failed read or upload leaves both the remote report and the local copies as they were.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Collection, Mapping, Sequence
from urllib.parse import quote

from ..model import RawTab
from . import SourceError, Table, TabsNotWritten
from .google import RetryPolicy
from .microsoft_graph import Credential, GraphClient, GraphError, load_credential, share_id
from .workbook import ReadLimits, WorkbookBackend

SITES_SELECTED_HELP = ("see the README section 'Use with Microsoft 365': an administrator grants the "
                       "app Sites.Selected and then a role on the one site")


class MicrosoftBackend:
    """Intake tabs from a workbook in SharePoint/OneDrive; generated tabs to a report next to it.

    ``settings`` is the ``source.microsoft`` config (:class:`sheets_sync.config.Microsoft365`).
    ``credential`` returns the app's :class:`Credential` (called on the first request).
    ``transport`` is a ``requests`` adapter mounted for http and https (tests: loopback fake).
    ``requests`` counts Graph requests by kind (``read``/``write``); ``transfers`` counts
    file bodies moved (``download``/``upload``).
    """
    name = "microsoft"

    def __init__(self, settings, cache_dir: Path | str, *, credential: Callable[[], Credential],
                 limits: ReadLimits | None = None, transport: Any = None, timeout: float = 60.0,
                 retry: RetryPolicy = RetryPolicy()):
        self.settings = settings
        self.cache_dir = Path(cache_dir)
        self.limits = limits or ReadLimits()
        self.requests: Counter = Counter(read=0, write=0)
        self.transfers: Counter = Counter(download=0, upload=0)
        self.warnings: list[str] = []
        self._credential, self._transport = credential, transport
        self.timeout, self.retry = timeout, retry
        self._graph: GraphClient | None = None
        self._state: dict | None = None
        self._report: dict | None = None
        self._report_checked = False
        self._drive: str | None = None

    # -- where things are ------------------------------------------------------------------
    @property
    def intake_copy(self) -> Path:
        return self.cache_dir / "intake.xlsx"

    @property
    def report_copy(self) -> Path:
        return self.cache_dir / "report.xlsx"

    @property
    def written_to(self) -> str:
        return f"{self.settings.report_name} next to the intake workbook in Microsoft 365"

    def _where(self) -> str:
        ms = self.settings
        if ms.sharing_link:
            return f"the workbook shared as {ms.sharing_link}"
        library = f"library {ms.drive!r}" if ms.drive else "the default library"
        return f"{ms.path!r} in {library} of site {ms.site}"

    # -- the Backend protocol --------------------------------------------------------------
    def read_tabs(self) -> list[RawTab]:
        """Every tab of the intake workbook (downloaded only when its eTag changed), as the
        workbook backend reads a local file. Raises :class:`SourceError`."""
        with self._graph_errors("reading the intake workbook", self._where()):
            item = self._intake_item()
            self._download_if_changed(item, self.intake_copy, "intake_etag")
        self._sync_report()
        try:
            return WorkbookBackend(self.intake_copy, limits=self.limits).read_tabs()
        except SourceError as exc:
            raise SourceError(f"the intake workbook {item.get('name')} ({self._where()}), as "
                              f"downloaded: {exc}") from None

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None:
        """Rows of ``title`` in the report workbook as staff left it, ``None`` when there is no
        report or no such tab. Raises :class:`SourceError`."""
        if not self._report_checked:
            self._sync_report()
        if self._report is None:
            return None
        return WorkbookBackend(self.intake_copy, self.report_copy).read_generated(title)

    def added_tabs(self, generated: Collection[str]) -> list[tuple[str, list[tuple[Any, ...]]]]:
        """The report workbook's tabs other than the ``generated`` ones, as staff left them
        (:meth:`.workbook.WorkbookBackend.added_tabs`); ``[]`` without a report."""
        if not self._report_checked:
            self._sync_report()
        if self._report is None:
            return []
        return WorkbookBackend(self.intake_copy, self.report_copy).added_tabs(generated)

    def write_tabs(self, tables: Sequence[Table]) -> None:
        """Replace ``tables`` in the report workbook and upload it with a conflict check; other
        tabs of the report are kept. Uploads nothing when the remote report is as last uploaded
        and no table changed. Raises :class:`SourceError`; the remote report is then as before."""
        tables = list(tables)
        if not tables:
            return
        if not self._report_checked:
            self._sync_report()
        state = self._load_state()
        hashes = {t.title: _table_hash(t) for t in tables}
        ours = self._report is not None and self._report.get("eTag") == state.get("report_etag")
        known = state.get("report_tables", {}) if ours else {}
        if ours and self.report_copy.exists() and all(known.get(k) == v for k, v in hashes.items()):
            return
        work = self.cache_dir / ".work-report.xlsx"
        work.unlink(missing_ok=True)
        try:
            if self._report is not None and self.report_copy.exists():
                shutil.copyfile(self.report_copy, work)
            WorkbookBackend(self.intake_copy, work).write_tabs(tables)
            name = self.settings.report_name
            with self._graph_errors(f"uploading the report workbook {name}",
                                    f"the folder of {self._where()}", write=True):
                item = self._upload(work, self._report, state["drive_id"], state["parent_id"], name)
            os.replace(work, self.report_copy)
        finally:
            work.unlink(missing_ok=True)
        self._report = item
        state.update(report_id=item["id"], report_etag=item["eTag"],
                     report_tables={**known, **hashes})
        self._save_state()

    def outputs_token(self, tables: Sequence[Table]) -> dict | None:
        """What the last ``write_tabs`` (uploaded or left alone) leaves, for
        :meth:`outputs_intact` (:mod:`sheets_sync.steady`): the remote report's eTag."""
        if self._report is None or not self.report_copy.exists():
            return None
        return {"etag": self._report.get("eTag")}

    def outputs_intact(self, token: dict | None) -> bool:
        """After :meth:`read_tabs`: True when the remote report still has the eTag of
        ``token`` (nobody saved it since) and its local copy is there."""
        return bool(token) and token == self.outputs_token(())

    def create_template(self, tabs: Sequence[tuple[str, Sequence[str]]],
                        dropdowns: dict[str, Sequence[str]]) -> list[str]:
        """Create the intake workbook in the library (or add the missing tabs to it), uploaded
        with the same conflict check as the report. Returns the titles of tabs created. Raises
        :class:`SourceError`."""
        from .template import write_workbook_template
        work = self.cache_dir / ".work-intake.xlsx"
        with self._graph_errors("creating the intake template", self._where(), write=True):
            item = self._intake_item(missing_ok=not self.settings.sharing_link)
            work.unlink(missing_ok=True)
            try:
                if item is not None:
                    self._download_if_changed(item, self.intake_copy, "intake_etag")
                    shutil.copyfile(self.intake_copy, work)
                made = write_workbook_template(work, tabs, dropdowns)
                if made:
                    state = self._load_state()
                    if item is None:
                        drive = self._drive_id()
                        name = self.settings.path.strip("/")
                        item = self._upload(work, None, drive, None, name)
                    else:
                        item = self._upload(work, item, state["drive_id"], state["parent_id"], item["name"])
                    os.replace(work, self.intake_copy)
                    self._remember_intake(item)
                    self._load_state()["intake_etag"] = item["eTag"]
                    self._save_state()
            finally:
                work.unlink(missing_ok=True)
        return made

    def check_access(self) -> list[tuple[bool, str]]:
        """``(ok, message)`` for each thing a sync needs, stopping at the first failure:
        a credential, a token from the tenant, the intake item, the report's folder. Downloads
        and uploads nothing (write access shows on the first sync)."""
        checks: list[tuple[bool, str]] = []
        ms = self.settings
        try:
            credential = self._credential()
            checks.append((True, f"credential for app {ms.client_id} found in {credential.origin}"))
            self._client().token()
            checks.append((True, f"signed in to tenant {ms.tenant} as app {ms.client_id}"))
            with self._graph_errors("checking access", self._where()):
                item = self._intake_item()
            checks.append((True, f"intake workbook {item.get('name')} readable ({item.get('size', 0):,} "
                                 f"bytes, modified {item.get('lastModifiedDateTime', '?')}): "
                                 f"{item.get('webUrl', self._where())}"))
            with self._graph_errors("checking access", f"the folder of {self._where()}"):
                report = self._report_item()
            checks.append((True, f"report workbook {ms.report_name} exists next to it; each sync "
                                 "replaces it with a conflict check" if report else
                                 f"report workbook {ms.report_name} will be created next to it on "
                                 "the first sync (needs the write role on the site)"))
        except SourceError as exc:
            checks.append((False, str(exc)))
        return checks

    # -- Graph steps -------------------------------------------------------------------------
    def _client(self) -> GraphClient:
        if self._graph is None:
            import requests
            session = requests.Session()
            if self._transport is not None:
                session.mount("https://", self._transport)
                session.mount("http://", self._transport)
            ms = self.settings
            self._graph = GraphClient(tenant=ms.tenant, client_id=ms.client_id,
                                      credential=self._credential, graph_url=ms.graph_url,
                                      authority_host=ms.authority_host, session=session,
                                      timeout=self.timeout, retry=self.retry, counts=self.requests)
        return self._graph

    def _get(self, path: str) -> dict:
        return self._client().send("GET", path, kind="read").json()

    def _intake_item(self, missing_ok: bool = False) -> dict | None:
        """The intake driveItem's metadata: by the remembered id (1 request), else resolved
        from the config (and re-resolved when the remembered id is gone)."""
        state = self._load_state()
        item = None
        if state.get("item_id"):
            try:
                item = self._get(f"/drives/{state['drive_id']}/items/{state['item_id']}")
            except GraphError as exc:
                if exc.status != 404:
                    raise
        if item is None:
            try:
                item = self._resolve()
            except GraphError as exc:
                if exc.status == 404 and missing_ok:
                    return None
                raise
        if "file" not in item:
            raise SourceError(f"{self._where()} is a folder, not a workbook; point "
                              "source.microsoft.path at the .xlsx file")
        self._remember_intake(item)
        return item

    def _resolve(self) -> dict:
        ms = self.settings
        if ms.sharing_link:
            return self._get(f"/shares/{share_id(ms.sharing_link)}/driveItem")
        return self._get(f"/drives/{self._drive_id()}/root:/{quote(ms.path.strip('/'))}")

    def _drive_id(self) -> str:
        state = self._load_state()
        if state.get("drive_id"):
            return state["drive_id"]
        if self._drive is None:
            self._drive = self._find_drive()
        return self._drive

    def _find_drive(self) -> str:
        ms = self.settings
        site = self._get(f"/sites/{quote(ms.site.strip(), safe=':/,')}")["id"]
        if not ms.drive:
            return self._get(f"/sites/{site}/drive")["id"]
        drives = self._get(f"/sites/{site}/drives").get("value", [])
        for drive in drives:
            if ms.drive in (drive.get("id"), drive.get("name")) or \
                    ms.drive.strip().lower() == str(drive.get("name", "")).lower():
                return drive["id"]
        names = ", ".join(repr(d.get("name")) for d in drives) or "none"
        raise SourceError(f"site {ms.site} has no document library {ms.drive!r} (it has {names}); "
                          "check source.microsoft.drive")

    def _remember_intake(self, item: dict) -> None:
        parent = item.get("parentReference", {})
        self._load_state().update(drive_id=parent.get("driveId"), item_id=item["id"],
                                  parent_id=parent.get("id"))

    def _report_item(self) -> dict | None:
        state = self._load_state()
        try:
            return self._get(f"/drives/{state['drive_id']}/items/{state['parent_id']}:/"
                             f"{quote(self.settings.report_name)}")
        except GraphError as exc:
            if exc.status == 404:
                return None
            raise

    def _sync_report(self) -> None:
        """Fetch the report's metadata, and its content when it changed since last time."""
        with self._graph_errors("reading the report workbook", f"the folder of {self._where()}"):
            if not self._load_state().get("item_id"):
                self._intake_item()
            self._report = self._report_item()
            if self._report is None:
                self.report_copy.unlink(missing_ok=True)
                self._load_state().pop("report_etag", None)
            else:
                self._download_if_changed(self._report, self.report_copy, "report_etag")
        self._report_checked = True
        self._save_state()

    def _download_if_changed(self, item: dict, dest: Path, key: str) -> None:
        state = self._load_state()
        if dest.exists() and state.get(key) == item.get("eTag"):
            return
        limit = self.limits.max_member_mb
        if item.get("size", 0) > limit * 1024 * 1024:
            raise SourceError(f"{item.get('name')} ({self._where()}) is {item['size'] / 2**20:,.0f} MB, "
                              f"more than source.max_member_mb ({limit}); nothing was downloaded or "
                              "synced: remove the extra content or raise the limit in config.yaml")
        drive = item.get("parentReference", {}).get("driveId") or state["drive_id"]
        response = self._client().send("GET", f"/drives/{drive}/items/{item['id']}/content", kind="read",
                                       ok=frozenset({200}))
        self.transfers["download"] += 1
        _write_atomic(dest, response.content)
        state[key] = item.get("eTag")
        self._save_state()

    def _upload(self, path: Path, existing: dict | None, drive: str, parent: str | None, name: str) -> dict:
        """PUT the file: replacing ``existing`` only if its eTag still matches (If-Match), or
        creating ``name`` in ``parent`` (root when None) only if nothing is there yet."""
        data = path.read_bytes()
        if existing is not None:
            url, headers = f"/drives/{drive}/items/{existing['id']}/content", {"If-Match": existing["eTag"]}
        else:
            where = f"items/{parent}:/{quote(name)}" if parent else f"root:/{quote(name)}"
            url = f"/drives/{drive}/{where}:/content?@microsoft.graph.conflictBehavior=fail"
            headers = {}
        headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        client = self._client()
        try:
            item = client.send("PUT", url, kind="write", headers=headers, data=data).json()
        except GraphError as exc:
            # a replayed PUT whose first attempt was applied (answer lost) conflicts with itself
            mine = self._own_upload(existing, drive, parent, name, data) \
                if exc.status in (409, 412) and client.replayed else None
            if mine is None:
                raise
            item = mine
        self.transfers["upload"] += 1
        return item

    def _own_upload(self, existing: dict | None, drive: str, parent: str | None, name: str,
                    data: bytes) -> dict | None:
        """The item as it is now, if its content is exactly ``data`` (our lost-answer upload)."""
        where = f"items/{existing['id']}" if existing is not None else \
            (f"items/{parent}:/{quote(name)}" if parent else f"root:/{quote(name)}")
        item = self._get(f"/drives/{drive}/{where}")
        if item.get("size") != len(data):
            return None
        content = self._client().send("GET", f"/drives/{drive}/items/{item['id']}/content", kind="read",
                                      ok=frozenset({200})).content
        return item if content == data else None

    # -- state -------------------------------------------------------------------------------
    def _location_key(self) -> str:
        ms = self.settings
        return json.dumps([ms.tenant, ms.site, ms.drive, ms.path, ms.sharing_link, ms.report_name])

    def _load_state(self) -> dict:
        if self._state is None:
            try:
                state = json.loads((self.cache_dir / "state.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                state = {}
            if not isinstance(state, dict) or state.get("location") != self._location_key():
                state = {"location": self._location_key()}
            self._state = state
        return self._state

    def _save_state(self) -> None:
        _write_atomic(self.cache_dir / "state.json",
                      json.dumps(self._load_state(), indent=1, sort_keys=True).encode())

    # -- errors ------------------------------------------------------------------------------
    @contextmanager
    def _graph_errors(self, action: str, target: str, write: bool = False):
        """Turn Graph and network failures into a :class:`SourceError` a city admin can act on."""
        import requests
        ms = self.settings
        try:
            yield
        except GraphError as exc:
            status = exc.status
            if status == 401:
                raise SourceError(
                    f"Microsoft Graph rejected app {ms.client_id}'s token (HTTP 401 {exc.code}) while "
                    f"{action}: in Entra ID give the app the Microsoft Graph application permission "
                    f"Sites.Selected and grant admin consent for tenant {ms.tenant}") from None
            if status == 403:
                role = "write" if write else "read (write for the sync to upload its report)"
                raise SourceError(
                    f"app {ms.client_id} may not {'write to' if write else 'read'} {target} "
                    f"(HTTP 403 {exc.code}) while {action}: grant it the {role} role on site "
                    f"{ms.site or 'holding the shared workbook'} through Sites.Selected; "
                    + SITES_SELECTED_HELP) from None
            if status == 404:
                raise SourceError(
                    f"not found (HTTP 404) while {action}: {target}; check source.microsoft.site, "
                    "drive and path in config.yaml (path is inside the library, e.g. "
                    "Intake/Safety Events.xlsx) or the sharing link") from None
            if status in (409, 412):
                raise SourceError(
                    f"{ms.report_name if 'report' in action else 'the workbook'} changed in "
                    f"Microsoft 365 after this sync read it (HTTP {status} {exc.code}) while {action}: "
                    "another sync or a person saved it first, and nothing was overwritten; run the "
                    "sync again") from None
            if status == 423:
                report = "report" in action
                locked = (f"{ms.report_name if report else 'the intake workbook'} is locked in Microsoft "
                          f"365 (HTTP 423 {exc.code}) while {action}: someone has it checked out or open "
                          "in a program that locks it; check it in or close it")
                if report:      # only the generated tabs wait: the record and the feed move on
                    raise TabsNotWritten(f"{locked}; the next sync uploads the report") from None
                raise SourceError(f"{locked}, then run the command again") from None
            if status == 429 or status >= 500:
                wait = f" (it asked to wait {exc.retry_after:g} s)" if exc.retry_after else ""
                raise SourceError(
                    f"Microsoft Graph is {'throttling this app' if status == 429 else 'unavailable'} "
                    f"(HTTP {status}){wait} while {action}, after {self.retry.attempts} attempts; "
                    "the last good outputs are kept: run the sync again later") from None
            raise SourceError(f"Microsoft Graph refused {action} (HTTP {status} {exc.code}: "
                              f"{exc.message})") from None
        except requests.Timeout:
            raise SourceError(f"Microsoft Graph did not answer within {self.timeout:g} s while "
                              f"{action}; check the network and run the sync again") from None
        except requests.ConnectionError as exc:
            raise SourceError(f"could not reach Microsoft Graph while {action} ({exc}); check the "
                              "network connection or proxy and run the sync again") from None


def make_microsoft_backend(config, env: Mapping[str, str] | None = None, **options: Any) -> MicrosoftBackend:
    """The backend for a ``Config`` whose ``source.kind`` is ``microsoft``.

    The credential is looked for on the first request (``certificate_file``, else
    ``client_secret_file``, else ``$client_secret_env``; files resolved against the config's
    folder). ``options`` go to :class:`MicrosoftBackend` (``transport``, ``timeout``, ``retry``).
    """
    ms = config.source.microsoft
    if ms is None:
        raise SourceError("source.microsoft is not set in config.yaml (tenant, client_id, site, path)")
    env = os.environ if env is None else env

    def credential() -> Credential:
        return load_credential(
            certificate_file=config.path(ms.certificate_file) if ms.certificate_file else None,
            secret_file=config.path(ms.client_secret_file) if ms.client_secret_file else None,
            secret_env=ms.client_secret_env, env=env)

    options.setdefault("limits", ReadLimits.from_source(config.source))
    return MicrosoftBackend(ms, config.out_dir / "microsoft365", credential=credential, **options)


def _table_hash(table: Table) -> str:
    """A stable digest of everything ``write_tabs`` puts in a tab (values, marks, pictures),
    leaving out the rows that only stamp the sync's time (``Table.stamps``)."""
    h = hashlib.sha1()
    stamps = set(getattr(table, "stamps", ()))
    rows = [list(r) for i, r in enumerate(table.rows) if i not in stamps]
    h.update(json.dumps([table.title, rows], default=str).encode())
    for attr in ("highlights", "dropdowns"):
        h.update(json.dumps(getattr(table, attr, ()), default=str).encode())
    for anchor, png in getattr(table, "images", ()):
        h.update(anchor.encode() + hashlib.sha1(png).digest())
    return h.hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


__all__ = ["MicrosoftBackend", "make_microsoft_backend"]
