"""The ``Review Duplicates`` tab: staff decide doubtful pairs; decisions persist. Pure.

Round trip, once per sync (composed by :mod:`sheets_sync.pipeline`):

1. the previous sync's Review tab is read back (``Backend.read_generated``) and
   :func:`read_decisions` turns its ``Decision`` column into ``{pair key: "same" |
   "different" | ""}`` (blank on a row that showed a decision = the decision was withdrawn);
2. :func:`apply_decisions` folds that into the decisions stored in the combined record;
3. the merge uses them (:func:`sheets_sync.merge.merge_rows`) — a decision overrides the
   matcher on every later sync;
4. :func:`review_table` writes the tab again: pending pairs first — those whose answer would
   change an all-department or a joint count before the rest, each saying so in
   ``Matcher Says`` next to the fields compared and their match weights — then every decided pair
   (so a decision can be changed), then every link the matcher merged on its own (type
   ``Different events`` to split a wrong merge).

A pair is identified by its ``Pair Key`` (:func:`sheets_sync.merge.pair_key`: tab, title,
date, start time and place of both rows), so sorting a tab, moving rows or editing other
columns never loses a decision; after an edit to one of those five the decision still
follows the row while it is the only row of its tab that agrees on the other fields.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Collection, Mapping, Sequence

from reports.measures import event_uid
from reports.tabs import REVIEW

from .merge import CandidatePair, MergeResult, pair_key
from .model import EventRow, RowIssue, Severity, Table
from .timeutil import clock_text

SAME, DIFFERENT = "Same event", "Different events"
PENDING, DECIDED, MERGED = "Pending review", "Decided by staff", "Merged by matcher"
HEADER = ("Decision", "Status", "Row A", "Row B", "Title A", "Title B", "Start A", "Start B",
          "End A", "End B", "Place A", "Place B", "Departments A", "Departments B", "Score",
          "Matcher Says", "Fields Compared", "Pair Key (do not edit)")
_WORDS = {"same event": "same", "same": "same", "same events": "same", "duplicate": "same",
          "yes": "same", "different events": "different", "different event": "different",
          "different": "different", "not duplicate": "different", "no": "different"}


def _when(value: date | datetime) -> str:
    return clock_text(value) if isinstance(value, datetime) else value.isoformat()


def _side(row: EventRow) -> tuple:
    place = ", ".join(p for p in (row.location, row.address) if p)
    return (str(row.source), row.title, _when(row.start), _when(row.end), place,
            ", ".join(row.departments))


def _line(pair: CandidatePair, status: str, key: str | None = None) -> tuple:
    a, b = sorted((pair.a, pair.b), key=lambda r: (r.source.tab, r.source.row))
    sa, sb = _side(a), _side(b)
    decision = {"same": SAME, "different": DIFFERENT}.get(pair.decision, "")
    v = pair.verdict
    says = f"{v.outcome}: {v.reason}" + (f" — {pair.stake}" if status == PENDING and pair.stake else "")
    return (decision, status, *(x for both in zip(sa, sb) for x in both), v.score,
            says, ", ".join(v.matched), pair.key if key is None else key)


def review_table(merge: MergeResult) -> Table:
    """The Review tab (header :data:`HEADER`); ``Decision`` offers a dropdown of
    ``Same event`` / ``Different events``; pending rows are highlighted."""
    rows: list[tuple] = [HEADER]
    seen: set[str] = set()
    for status, pairs in ((PENDING, merge.review), (DECIDED, merge.decided), (MERGED, merge.merged)):
        # questions whose answer changes an all-department or joint count first, then by date
        # (each pair's key, a JSON of both rows' folded contents, computed once: issue 17)
        keyed = sorted((((p.rank if status == PENDING else 0, _when(p.a.start), p.key), p) for p in pairs),
                       key=lambda kp: kp[0])
        for (*_, key), p in keyed:
            if key not in seen and not (status == MERGED and p.decision):
                seen.add(key)
                rows.append(_line(p, status, key))
    highlights = tuple((n, "bad") for n, r in enumerate(rows) if n and r[1] == PENDING)
    return Table(REVIEW, tuple(rows), highlights, dropdowns=((0, (SAME, DIFFERENT)),))


def _columns(header_row: Sequence[Any]) -> tuple[int, int, int] | None:
    """The indexes of a Review tab's Decision, Status and Pair Key columns, ``None`` if one
    is missing."""
    header = [str(c or "").strip().lower() for c in header_row]
    try:
        return (header.index("decision"), header.index("status"),
                next(i for i, h in enumerate(header) if h.startswith("pair key")))
    except (ValueError, StopIteration):
        return None


def read_decisions(rows: Sequence[Sequence[Any]] | None, tab: str = REVIEW) -> tuple[dict[str, str], list[RowIssue]]:
    """The previous Review tab (header row first, as ``read_generated`` returns it) →
    ``({pair key: "same" | "different" | ""}, issues)``. ``""`` means a decision shown on that
    row was cleared. Unreadable decisions and damaged pair keys become Validation warnings
    naming ``tab``."""
    if not rows:
        return {}, []
    if (columns := _columns(rows[0])) is None:
        header = [str(c or "").strip().lower() for c in rows[0]]
        return {}, [RowIssue(tab, 1, "(header)", ", ".join(header), "the Review tab's header was changed; "
                             "decisions typed there were not read", "restore the Decision, Status and "
                             "Pair Key columns (the next sync rewrites the tab)", Severity.WARNING)]
    col_decision, col_status, col_key = columns
    out: dict[str, str] = {}
    issues: list[RowIssue] = []
    for n, cells in enumerate(rows[1:], start=2):
        def cell(i: int) -> str:
            return str(cells[i]).strip() if i < len(cells) and cells[i] is not None else ""
        text, key = cell(col_decision), cell(col_key)
        decision = _WORDS.get(" ".join(text.lower().split()))
        if text and decision is None:
            issues.append(RowIssue(tab, n, "Decision", text, "not a decision this tool knows",
                                   f"choose {SAME!r} or {DIFFERENT!r}, or leave it blank", Severity.WARNING))
            continue
        if not _valid_key(key):
            if text:
                issues.append(RowIssue(tab, n, "Pair Key", key, "the pair key was changed, so the "
                                       "decision cannot be matched to its rows",
                                       "do not edit the Pair Key column; decide again after the next sync",
                                       Severity.WARNING))
            continue
        if decision:
            out[key] = decision
        elif cell(col_status) == DECIDED:
            out[key] = ""
    return out, issues


def renamed_review_decisions(tabs: Sequence[tuple[str, Sequence[Sequence[Any]]]], typed: Mapping[str, str]
                             ) -> tuple[dict[str, str], list[RowIssue]]:
    """Decisions typed in a Review tab that staff renamed or copied ("Review Duplicates
    (done)"): ``tabs`` are the report's other tabs as ``(title, rows)``, header first; one
    whose header has the Review tab's Decision, Status and Pair Key columns is read like it
    (:func:`read_decisions`), so what staff typed there is not silently ignored while the sync
    writes a fresh Review tab beside it. Returns ``(decisions, issues)``: the decisions on
    pairs the Review tab itself leaves undecided (``typed``: that tab's own
    :func:`read_decisions`, which wins) — a pair two copies decide differently is decided by
    neither (whichever came first in the workbook would have won), with a warning on each —
    and per such tab one Validation warning saying how many of its decisions were read and
    what to do, plus its rows' own warnings. A cleared decision there withdraws nothing (an
    old copy keeps old rows)."""
    copies = [(title, *read_decisions(rows, title)) for title, rows in tabs
              if rows and _columns(rows[0]) is not None]
    issues: list[RowIssue] = [    # a copy that lost a column the decisions are read by
        RowIssue(title, 1, "(header)", title, f"this tab looks like the {REVIEW} tab renamed or copied, but "
                 "its Decision, Status or Pair Key column is gone, so the decisions typed in it were not read",
                 f"type them in the {REVIEW} tab", Severity.WARNING)
        for title, rows in tabs if rows and _columns(rows[0]) is None and _looks_like_review(rows[0])]
    said: dict[str, dict[str, str]] = {}           # pair key → {tab: decision}
    for title, found, _ in copies:
        for k, d in found.items():
            if d and k not in typed:
                said.setdefault(k, {})[title] = d
    torn = {k for k, by_tab in said.items() if len(set(by_tab.values())) > 1}
    out = {k: next(iter(by_tab.values())) for k, by_tab in said.items() if k not in torn}
    for title, found, problems in copies:
        issues.extend(problems)
        read = sum(1 for k in found if said.get(k, {}).get(title) and k not in torn)
        overruled = sum(1 for k, d in found.items() if d and k in typed and typed[k] != d)
        clashing = sorted(k for k in torn if title in said[k])
        for k in clashing:
            others = ", ".join(repr(t) for t in sorted(said[k]) if t != title)
            issues.append(RowIssue(title, 1, "Decision", describe(k),
                                   f"{others} decide{'s' if len(said[k]) == 2 else ''} this pair otherwise, "
                                   "so neither decision was read", f"decide it in the {REVIEW} tab",
                                   Severity.WARNING))
        if read or problems or clashing or overruled:
            differ = (f"; {overruled} differ{'s' if overruled == 1 else ''} from the {REVIEW} tab's, "
                      "which decides" if overruled else "")
            issues.append(RowIssue(
                title, 1, "(tab)", title, f"this tab looks like the {REVIEW} tab renamed or copied: "
                f"{read} decision{'s' if read != 1 else ''} typed in it "
                f"{'were' if read != 1 else 'was'} read (the {REVIEW} tab decides a pair "
                f"decided in both){differ}, and the sync wrote a fresh " + REVIEW + " tab beside it",
                f"type decisions in the {REVIEW} tab; once they show there, delete this tab",
                Severity.WARNING))
    return out, issues


def _looks_like_review(header_row: Sequence[Any]) -> bool:
    """A header with the Review tab's Decision or Pair Key column and both its Row columns."""
    header = {str(c or "").strip().lower() for c in header_row}
    return {"row a", "row b"} <= header and ("decision" in header or any(h.startswith("pair key") for h in header))


def _valid_key(key: str) -> bool:
    try:
        pair = json.loads(key)
    except (ValueError, TypeError):
        return False
    return (isinstance(pair, list) and len(pair) == 2 and
            all(isinstance(k, list) and len(k) == 5 and all(isinstance(x, str) for x in k) for k in pair))


def apply_decisions(stored: Mapping[str, str], sheet: Mapping[str, str]
                    ) -> tuple[dict[str, str], dict[str, str]]:
    """``(decisions to use, changes to store)``: a sheet value replaces the stored one; ``""``
    withdraws it. ``changes`` maps pair key → new decision or ``""`` (delete)."""
    current = dict(stored)
    changes: dict[str, str] = {}
    for key, decision in sheet.items():
        if decision and current.get(key) != decision:
            current[key] = changes[key] = decision
        elif not decision and key in current:
            del current[key]
            changes[key] = ""
    return current, changes


def renamed_decisions(stored: Mapping[str, str], renamed: Mapping[str, str],
                      held: Collection[str] = ()) -> dict[str, str]:
    """Stored decisions whose pair names a tab renamed this sync → the changes that move them
    to its new title: ``{new pair key: decision, old pair key: ""}`` (``""``: forget, as in
    :func:`apply_decisions`). ``renamed``: ``{old title: new title}`` of the tabs the sync
    followed (:func:`sheets_sync.identity.renamed_tabs` and the guard's moves). A tab in
    ``held`` is not read this sync (its events stay under the old title): its decisions stay
    as stored, to apply again when it is renamed back or its new title is confirmed.

    A decision is keyed by its rows' tab titles (:func:`sheets_sync.merge.pair_key`); the
    sync that follows a rename still finds it, but the record then knows the tab only by its
    new title, so a key left under the old one would match no row from the next sync on."""
    moves = {old: new for old, new in renamed.items() if old != new and new not in held}
    changes: dict[str, str] = {}
    for key, decision in stored.items():
        try:
            a, b = json.loads(key)
        except (ValueError, TypeError):
            continue
        if a[0] not in moves and b[0] not in moves:
            continue
        new = pair_key([moves.get(a[0], a[0]), *a[1:]], [moves.get(b[0], b[0]), *b[1:]])
        if new not in stored:
            changes[new] = decision
        changes[key] = ""
    return changes


def followed_decisions(stored: Mapping[str, str], followed: Sequence[tuple[str, str]],
                       changed: Mapping[str, str]) -> dict[str, str]:
    """Decisions the merge applied to an edited row (``MergeResult.followed``: ``(stored key,
    key now)``) → the changes that store each under its rows' key now: ``{key now: decision,
    stored key: ""}``, as :func:`apply_decisions` gives them. A decision staff changed this
    sync under the key now (``changed``, from :func:`apply_decisions`) is left as changed; one
    they typed this sync under the stored key (on the row as it was before an edit made in
    the same sync) is stored under the key now, and one they withdrew stays withdrawn. So
    the next sync finds the decision by its rows' exact keys: a decision follows an edit on
    the sync that sees it, never later (:func:`sheets_sync.merge.merge_rows`' ``last_keys``)."""
    changes: dict[str, str] = {}
    for old, new in followed:
        if old == new or new in changed:
            continue
        if old in changed:
            if changed[old]:    # typed this sync on the row before its edit (the Review tab showed
                changes[new], changes[old] = changed[old], ""     # it so): stored under the edited row
            continue
        if old not in stored:
            continue
        if new not in stored:
            changes[new] = stored[old]
        changes[old] = ""
    return changes


def describe(key: str) -> str:
    """A stored decision's readable detail: ``"Police | title | date time | place ⇄ ..."``."""
    a, b = json.loads(key)
    return " ⇄ ".join(f"{x[0]} | {x[1]} | {x[2]} {x[3]} | {x[4]}".strip() for x in (a, b))


def confidence(merge: MergeResult, events: Sequence[Any], joint_uids: Collection[str]) -> dict[str, Any]:
    """How far the figures rest on merging, for ``Data Quality`` and ``sync --json``.

    ``events``: combined events (removed ones, which have no rows, are skipped); ``joint_uids``:
    the UIDs of the joint events the figures count (the ``joint_uids`` of the metrics' months:
    not cancelled or postponed, by the counting policy; a series' sessions each under
    :func:`reports.measures.session_key`), so the two parts add up to the joint count. A joint event is *joint from columns* when one row alone names two or more departments (its tab, Lead
    and Partner Departments, departments its Title/Description names) or an accepted assistance offer added one, and *joint from
    merging* when only rows of different departments merged together make it joint — the
    events a wrong merge would add or remove.
    """
    live = {e.uid: e for e in events if e.rows}
    joint = [live[u] for u in map(event_uid, joint_uids) if u in live]   # a series: once a session
    from_columns = sum(1 for e in joint if e.partners_from_offers or any(len(r.departments) >= 2 for r in e.rows))
    staff_same = sum(1 for p in merge.decided if p.decision == "same")
    return {
        "rows_merged": sum(len(e.rows) - 1 for e in live.values()),
        "merged_by_matcher": sum(1 for p in merge.merged if not p.decision),
        "merged_by_staff": staff_same,
        "kept_apart_by_staff": len(merge.decided) - staff_same,
        "review_pairs": len(merge.review),
        "joint_from_columns": from_columns,
        "joint_from_merging": len(joint) - from_columns,
        "joint_from_merging_share": round((len(joint) - from_columns) / len(joint), 3) if joint else 0.0,
        "joint_from_columns_share": round(from_columns / len(joint), 3) if joint else 0.0,
    }
