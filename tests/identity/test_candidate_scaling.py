"""Identity matching's candidate generation (issue 17): linear on a series with one edit, and
the same choices as a straightforward all-pairs computation of the documented rules."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest

from sheets_sync import identity
from sheets_sync.backends import MemoryBackend
from sheets_sync.identity import (CORE, content_key, explicit_keys, match, reconcile,
                                  row_content)
from sheets_sync.pipeline import analyse

H = ["Event ID", "Title", "Start Date", "Start Time", "End Time", "Location", "Description",
     "Visibility"]
T0 = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
GRACE = timedelta(days=3)
DOMAIN = "events.example.gov"


def drafts_of(config, tabs: dict[str, list[list]]):
    backend = MemoryBackend({t: [H, *rows] for t, rows in tabs.items()})
    return analyse(backend.read_tabs(), config).merge.events


def weekly(n: int, title="Open Gym", place="Walltown Park", start="6pm", end="8pm") -> list[list]:
    first = date(2025, 9, 1)
    return [["", title, (first + timedelta(weeks=k)).isoformat(), start, end, place, "Bring water",
             "Public"] for k in range(n)]


def test_one_edit_in_a_long_weekly_series_compares_a_few_pairs_per_row(config, monkeypatch):
    series = weekly(200)
    first = reconcile(drafts_of(config, {"Police": series}), [], T0, DOMAIN, GRACE)
    edited = [list(r) for r in series]
    edited[57][1] = "Open Gym (moved indoors)"
    drafts = drafts_of(config, {"Police": edited})
    rows = sum(len(ev.rows) for ev in drafts)
    calls = []
    compare = identity._compare
    monkeypatch.setattr(identity, "_compare", lambda a, b: calls.append(1) or compare(a, b))
    r = reconcile(drafts, first.entries, T0 + timedelta(hours=1), DOMAIN, GRACE)
    # every occurrence keeps its UID; the edited one is updated
    assert r.counts == dict(created=0, updated=1, unchanged=rows - 1, removed=0, restored=0)
    old = {e.start: e.uid for e in first.events}
    assert all(old[e.start] == e.uid for e in r.events)
    # a few comparisons per row (its same-content pool, one-field pools of what is left),
    # not one per pair of occurrences (rows * rows = 40,000 on main)
    assert len(calls) <= 3 * rows


# -- the same choices as all pairs -------------------------------------------------------------
def all_pairs_match(drafts, record) -> dict[int, str]:
    """The module docstring's rules on every (draft, record event) pair, greedy best first."""
    contents = [[row_content(r) for r in ev.rows] for ev in drafts]
    left_to_rules_3_4 = lead_moved_pairs(contents, record)
    cands = []
    every = [o for e in record for o in e.contents]
    for i, ev in enumerate(drafts):
        # the draft's leading row as the record had it (else edited since, or new)
        lead_known = any(identity._compare(contents[i][0], o)[0] == 0 for o in every) if contents[i] else True
        keys = set(explicit_keys(ev))
        ids = {k for k in keys if k.startswith("id:")}
        row_keys = {content_key(r) for r in ev.rows}
        for j, e in enumerate(record):
            uid = e.uid.lower()
            ekeys = set(e.keys) | {f"id:{uid}", f"id:{uid.split('@', 1)[0]}"}
            eids = {k for k in e.keys if k.startswith("id:")}
            live = e.removed_at is None
            options = []
            if keys & ekeys:                                         # rule 1
                options.append((1, *min(((d, -s, -cl) for d, s, cl in
                                         (identity._compare(c, o) for c in contents[i] for o in e.contents)),
                                        default=(len(CORE), 0, -0.0))))
                options[-1] = (1, False, *options[-1][1:])
            if row_keys & set(e.keys):                               # rule 2, first-release keys
                options.append((2, False, 0, 0, -100.0))
            if not (ids and eids and not ids & eids):
                for c in contents[i]:
                    for o in e.contents:
                        d, s, cl = identity._compare(c, o)
                        filled_equal = any(c[k] and c[k] == o.get(k) for k in CORE)
                        same_place = (c["tab"], c["row"]) == (o.get("tab"), o.get("row"))
                        if d == 0 and (i, j) not in left_to_rules_3_4:   # rule 2, the leading row first
                            through_partner = o is not e.contents[0] or c is not contents[i][0]
                            # (only through a partner's row while the draft's leading row was
                            # edited: after rules 3 and 4)
                            options.append((5 if through_partner and not lead_known else 2,
                                            o is not e.contents[0], 0, -s, -cl))
                        elif d == 1 and live:                        # rule 3
                            options.append((3, False, 1, -s, -cl))
                        elif d == 2 and live and same_place and filled_equal:   # rule 4
                            options.append((4, False, 2, -s, -cl))
            if options:
                cands.append((*min(options), not live, e.created, e.uid, i, j))
    chosen: dict[int, str] = {}
    used: set[int] = set()
    for *_, i, j in sorted(cands):
        if i not in chosen and j not in used:
            chosen[i] = record[j].uid
            used.add(j)
    return chosen


def lead_moved_pairs(contents, record) -> set[tuple[int, int]]:
    """The module docstring's exception to rule 2, on every pair: a live event of two or more
    tabs whose leading row (its first content) is in no draft as it was, but in exactly one
    draft edited (a content no record row has) with its date and times changed and place and
    description not (its title the same or retitled), or with only its place changed in its own
    tab, or typed over in place (same tab, row, place and description): the drafts holding
    only its partners' rows, under other titles, do not continue it by rule 2."""
    known = {tuple(str(c.get(k, "")) for k in CORE) for e in record for c in e.contents}
    core = lambda c: tuple(str(c.get(k, "")) for k in CORE)  # noqa: E731
    out = set()
    for j, e in enumerate(record):
        if e.removed_at is not None or len(e.contents) < 2 or len(set(e.tabs)) < 2:
            continue
        lead = e.contents[0]
        if any(core(c) == core(lead) for cs in contents for c in cs):
            continue

        def edited_lead(c) -> bool:
            if core(c) in known:
                return False
            same = lambda *keys: all(c.get(k) == lead.get(k) for k in keys)  # noqa: E731
            moved = same("place", "description") and (c["title"] == lead["title"] or identity.retitled(
                identity.title_words(lead["title"]), identity.title_words(c["title"])))
            return moved or same("title", "when", "description", "tab") or same("place", "description", "tab", "row")

        hosts = {i for i, cs in enumerate(contents) if any(edited_lead(c) for c in cs)}
        if len(hosts) != 1:
            continue
        partners = {core(c) for c in e.contents[1:]}
        out.update((i, j) for i, cs in enumerate(contents) if i not in hosts
                   and any(core(c) in partners for c in cs) and not any(c["title"] == lead["title"] for c in cs))
    return out


def generated_tabs(rnd: random.Random) -> dict[str, list[list]]:
    """Weekly series (some look-alikes differing in one field), one-off events, Event IDs."""
    tabs: dict[str, list[list]] = {"Police": [], "Fire": []}
    for s in range(rnd.randint(2, 4)):
        title = rnd.choice(["Open Gym", "Coffee with a Cop", "CPR Class"])
        place = rnd.choice(["Walltown Park", "Station 1", "City Hall"])
        start = rnd.choice(["9am", "6pm"])
        rows = weekly(rnd.randint(3, 12), title=title, place=place, start=start,
                      end="11am" if start == "9am" else "8pm")
        rnd.choice(list(tabs.values())).extend(rows)
    for k in range(rnd.randint(3, 8)):
        day = (date(2025, 9, 1) + timedelta(days=rnd.randint(0, 60))).isoformat()
        event_id = f"EV-{k}" if rnd.random() < 0.3 else ""
        rnd.choice(list(tabs.values())).append(
            [event_id, rnd.choice(["Town Hall", "Open House", "Open Gym"]), day, "1pm", "3pm",
             rnd.choice(["Station 1", "Walltown Park", ""]), rnd.choice(["", "Bring water"]), "Public"])
    return tabs


def mutated(rnd: random.Random, tabs: dict[str, list[list]]) -> dict[str, list[list]]:
    """Edits between two syncs: one or two fields of some rows, a series moved an hour, rows
    deleted, added or copied to the other tab, a tab sorted."""
    out = {t: [list(r) for r in rows] for t, rows in tabs.items()}
    for rows in out.values():
        for r in rows:
            x = rnd.random()
            if x < 0.08:
                r[1] += " (new)"
            elif x < 0.14:
                r[5] = rnd.choice(["Station 2", "", "Walltown Park"])
            elif x < 0.20:
                r[3], r[4] = "7pm", "9pm"
            elif x < 0.25:
                r[6] = "Bring a chair"
            elif x < 0.29:
                r[1], r[5] = r[1] + " II", "Library"
        if rows and rnd.random() < 0.3:                        # a series moved an hour
            title = rnd.choice(rows)[1]
            for r in rows:
                if r[1] == title:
                    r[3], r[4] = "10am", "12pm"
        for _ in range(rnd.randint(0, 2)):
            if rows:
                rows.pop(rnd.randrange(len(rows)))
        if rows and rnd.random() < 0.3:
            out["Fire" if rows is out["Police"] else "Police"].append(list(rnd.choice(rows)))
        if rnd.random() < 0.4:
            rows.sort(key=lambda r: (r[1], r[2]), reverse=rnd.random() < 0.5)
    more = generated_tabs(rnd)
    out["Police"].extend(more["Police"][:2])
    return out


@pytest.mark.parametrize("seed", range(12))
def test_matching_is_the_all_pairs_greedy_on_generated_series(config, seed):
    rnd = random.Random(seed)
    tabs = generated_tabs(rnd)
    record, now = [], T0
    for _ in range(4):                                          # record with removed events too
        drafts = drafts_of(config, tabs)
        chosen = {i: e.uid for i, e in match(drafts, record).items()}
        assert chosen == all_pairs_match(drafts, record)
        now += timedelta(hours=1)
        record = reconcile(drafts, record, now, DOMAIN, GRACE).entries
        tabs = mutated(rnd, tabs)
