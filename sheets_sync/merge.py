"""Record linkage: rows that describe the same event → one combined event. Pure.

Steps (the usual record-linkage vocabulary):

1. **Blocking** — only rows that start on the same local date are compared (plus rows that
   share an explicit ``Event ID``), so the number of candidate pairs grows with the busiest
   day, never with all pairs.
2. **Scoring** a candidate pair (:func:`score_pair`): start-time closeness, title similarity
   (rapidfuzz ``token_set_ratio`` after expanding the configured abbreviations), and
   location/address similarity (normalised street suffixes, case, punctuation, unit numbers).
3. **Deciding**: ``merge``, ``apart`` or ``review`` (doubtful pairs for the Review tab). A
   stored review decision overrides the matcher.
4. **Clustering** merged pairs with union-find into combined events.

Merged-field rules: departments = union of every row's tab department, lead and partners;
attendance = the largest report (a crowd is not counted twice); conflicting start times or
locations → a warning; the earliest row (``order`` key: record creation, then tab order and
row number) supplies title, time, place and text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from .config import Config
from .model import (CombinedEvent, EventRow, MergeEvidence, RowIssue, Severity, SourceRef, Status,
                    Visibility)

_SUFFIXES = {"street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "drive": "dr",
             "lane": "ln", "court": "ct", "place": "pl", "parkway": "pkwy", "highway": "hwy",
             "north": "n", "south": "s", "east": "e", "west": "w", "saint": "st", "center": "ctr",
             "centre": "ctr", "sts": "st", "terrace": "ter", "circle": "cir", "square": "sq"}
_UNIT = re.compile(r"\b(?:unit|apt|suite|ste|room|rm|#)\s*[\w-]+", re.I)


def normalise_place(text: str) -> str:
    """``"2416 Sarah St., Unit 516"`` → ``"2416 sarah st"``: case, punctuation, suffixes, units."""
    t = _UNIT.sub(" ", text.lower())
    t = re.sub(r"[^\w\s]", " ", t)
    words = [_SUFFIXES.get(w, w) for w in t.split()]
    return " ".join(words)


def normalise_title(text: str, abbreviations: Mapping[str, str]) -> str:
    """Lower-case, punctuation-free title with configured abbreviations expanded."""
    t = re.sub(r"[^\w\s]", " ", text.lower())
    words = []
    for w in t.split():
        expansion = abbreviations.get(w)
        words.extend(expansion.lower().split() if expansion else [w])
    return " ".join(words)


@dataclass(frozen=True)
class PairScore:
    """A candidate pair's verdict: ``outcome`` is ``merge``, ``apart`` or ``review``."""
    outcome: str
    score: float
    matched: tuple[str, ...]
    reason: str = ""


def _minutes_apart(a: EventRow, b: EventRow) -> float | None:
    if a.all_day or b.all_day:
        return None
    return abs((a.start - b.start).total_seconds()) / 60


def score_pair(a: EventRow, b: EventRow, config: Config) -> PairScore:
    """Score two rows that passed blocking. Pure; see the module docstring for the rules."""
    m = config.matching
    abbreviations = {k.lower(): v for k, v in m.abbreviations.items()}
    if a.event_id and a.event_id == b.event_id and (
            a.source.tab == b.source.tab or fuzz.token_set_ratio(
                normalise_title(a.title, abbreviations), normalise_title(b.title, abbreviations)) >= 80):
        return PairScore("merge", 1.0, ("event id",), "same Event ID")
    if a.external_uid and a.external_uid == b.external_uid:
        return PairScore("merge", 1.0, ("calendar uid",), "same calendar UID")
    if a.all_day != b.all_day:
        return PairScore("apart", 0.0, (), "one is all-day, the other timed")
    minutes = _minutes_apart(a, b)
    if minutes is not None and minutes > m.time_tolerance_minutes:
        return PairScore("apart", 0.0, (), f"start times {minutes:.0f} min apart")
    ta, tb = normalise_title(a.title, abbreviations), normalise_title(b.title, abbreviations)
    title = fuzz.token_set_ratio(ta, tb)
    pa = normalise_place(" ".join(x for x in (a.location, a.address) if x))
    pb = normalise_place(" ".join(x for x in (b.location, b.address) if x))
    place = fuzz.token_set_ratio(pa, pb) if pa and pb else None
    matched = []
    if title >= m.title_threshold:
        matched.append(f"title {title:.0f}")
    if minutes is not None:
        matched.append(f"start {minutes:.0f} min apart")
    else:
        matched.append("same day (all-day)")
    if place is not None and place >= 80:
        matched.append(f"place {place:.0f}")
    score = (title / 100) * 0.6 + (0.4 * (place / 100) if place is not None else 0.2)
    if place is not None and place < 60:
        return PairScore("apart", score, tuple(matched), "different places")
    if title < 60:
        return PairScore("apart", score, tuple(matched), "different titles")
    if title >= m.title_threshold and (place is None or place >= 80):
        if place is None and title < 97:
            return PairScore("review", score, tuple(matched), "similar titles, place missing")
        return PairScore("merge", score, tuple(matched), "same day, time, title and place")
    return PairScore("review", score, tuple(matched), "partly similar")


def blocks(rows: Sequence[EventRow]) -> Iterable[list[int]]:
    """Blocking: indices of rows grouped by local start date, and by explicit Event ID."""
    by_key: dict[object, list[int]] = {}
    for i, r in enumerate(rows):
        by_key.setdefault(("date", r.start.isoformat()[:10]), []).append(i)
        if r.event_id:
            by_key.setdefault(("id", r.event_id), []).append(i)
        if r.external_uid:
            by_key.setdefault(("uid", r.external_uid), []).append(i)
    return (ids for ids in by_key.values() if len(ids) > 1)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


@dataclass(frozen=True)
class MergeResult:
    events: tuple[CombinedEvent, ...]
    review: tuple[tuple[EventRow, EventRow, PairScore], ...]
    issues: tuple[RowIssue, ...]
    pairs_compared: int


def row_key(row: EventRow) -> tuple:
    """Content key of a row that survives sorting and row moves (for review decisions)."""
    return (row.source.tab, row.title.strip().lower(), row.start.isoformat(),
            normalise_place(row.location or row.address))


def merge_rows(rows: Sequence[EventRow], config: Config, *,
               decisions: Mapping[frozenset, str] | None = None,
               order: Callable[[EventRow], tuple] | None = None) -> MergeResult:
    """Cluster rows into combined events.

    ``decisions`` maps ``frozenset({row_key(a), row_key(b)})`` → ``"same"``/``"different"``
    (from the Review tab, stored in the record) and overrides the matcher. ``order`` ranks rows
    for "earliest-created wins" (default: tab, then row number). Output is deterministic and
    independent of input order.
    """
    decisions = decisions or {}
    order = order or (lambda r: (r.source.tab, r.source.row))
    rows = sorted(rows, key=lambda r: (order(r), r.source.tab, r.source.row))
    uf = _UnionFind(len(rows))
    evidence: dict[int, list[MergeEvidence]] = {}
    review = []
    compared = 0
    seen: set[tuple[int, int]] = set()
    for block in blocks(rows):
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                i, j = block[x], block[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                compared += 1
                a, b = rows[i], rows[j]
                decided = decisions.get(frozenset({row_key(a), row_key(b)}))
                if decided == "same":
                    verdict = PairScore("merge", 1.0, ("review decision",), "staff decision")
                elif decided == "different":
                    continue
                else:
                    verdict = score_pair(a, b, config)
                if verdict.outcome == "merge":
                    uf.union(i, j)
                    evidence.setdefault(i, []).append(MergeEvidence(
                        a.source, b.source, round(verdict.score, 3), verdict.matched,
                        "review" if decided else ("event id" if "event id" in verdict.matched else "matcher")))
                elif verdict.outcome == "review":
                    review.append((a, b, verdict))
    clusters: dict[int, list[int]] = {}
    for i in range(len(rows)):
        clusters.setdefault(uf.find(i), []).append(i)
    issues: list[RowIssue] = []
    events = []
    for root, members in sorted(clusters.items()):
        group = [rows[i] for i in members]
        ev = [e for i in members for e in evidence.get(i, [])]
        events.append(combine(group, tuple(ev), issues))
    events.sort(key=lambda e: (e.start.isoformat(), e.title, str(e.sources[0])))
    return MergeResult(tuple(events), tuple(review), tuple(issues), compared)


def combine(group: Sequence[EventRow], evidence: tuple[MergeEvidence, ...],
            issues: list[RowIssue], attendance_margin: float = 0.25) -> CombinedEvent:
    """Merged-field rules for one cluster (``group[0]`` is the earliest row and wins)."""
    first = group[0]
    departments: list[str] = []
    for r in group:
        for d in r.departments:
            if d not in departments:
                departments.append(d)
    lead = first.lead or next((r.lead for r in group if r.lead), None)
    if lead and lead in departments:
        departments.remove(lead)
        departments.insert(0, lead)
    for r in group[1:]:
        if r.start != first.start:
            issues.append(RowIssue(r.source.tab, r.source.row, "Start Time", str(r.start)[11:16],
                                   f"merged with {first.source} which starts at {str(first.start)[11:16]}",
                                   f"agree on one time; {first.source} is used", Severity.WARNING))
        if r.location and first.location and normalise_place(r.location) != normalise_place(first.location):
            issues.append(RowIssue(r.source.tab, r.source.row, "Location", r.location,
                                   f"merged with {first.source} at {first.location!r}",
                                   f"agree on one place; {first.source} is used", Severity.WARNING))
    reports = [r.actual_attendance for r in group if r.actual_attendance is not None]
    attendance = max(reports) if reports else None
    if len(reports) > 1 and min(reports) < attendance * (1 - attendance_margin):
        issues.append(RowIssue(first.source.tab, first.source.row, "Actual Attendance",
                               ", ".join(str(n) for n in reports),
                               "merged rows report very different attendance; the largest is used",
                               "agree on one count", Severity.WARNING))
    # Visibility: public only when every row says public (a doubt never publishes).
    visibility = (Visibility.PUBLIC if all(r.visibility is Visibility.PUBLIC for r in group)
                  else Visibility.INTERNAL)
    statuses = {r.status for r in group}
    status = first.status if len(statuses) == 1 else (
        Status.SCHEDULED if Status.SCHEDULED in statuses else first.status)

    def pick(attr: str) -> str:
        return next((getattr(r, attr) for r in group if getattr(r, attr)), "")

    from_column = any(r.partners for r in group)
    return CombinedEvent(
        title=first.title, start=first.start, end=max(r.end for r in group if r.all_day == first.all_day),
        all_day=first.all_day, departments=tuple(departments), lead=lead, rows=tuple(group),
        visibility=visibility, status=status, location=pick("location"), address=pick("address"),
        event_type=pick("event_type"), description=pick("description"), audience=pick("audience"),
        language=pick("language"), accessibility=pick("accessibility"),
        registration_url=pick("registration_url"), assistance_wanted=pick("assistance_wanted"),
        attendance=attendance, rrule=pick("rrule"),
        exdates=next((r.exdates for r in group if r.rrule), ()), title_es=pick("title_es"),
        description_es=pick("description_es"), evidence=evidence,
        partner_departments_from_column=from_column,
    )


def with_identity(event: CombinedEvent, **changes) -> CombinedEvent:
    return replace(event, **changes)
