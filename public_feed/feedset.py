"""Which feeds exist, what each contains, and where it is published. Pure.

A feed is a filter: an optional department, an optional event type and "joint events only"
(ics-rules R16). Every combination of configured departments and known event types (the
configured ones plus any type an event carries, matched by slug) is published, empty or
not, so a subscription never turns into a 404 when its last event passes.

==================================  ==========================================  ============================
filter                              canonical URL                               file under ``<out>/``
==================================  ==========================================  ============================
none                                ``/calendar.ics``                           ``public/calendar.ics``
department                          ``/departments/<slug>.ics``                 ``public/departments/<slug>.ics``
event type                          ``/types/<slug>.ics``                       ``public/types/<slug>.ics``
joint only                          ``/joint.ics``                              ``public/joint.ics``
two or three of them                ``/calendar.ics?department=fire&type=...``  ``public/feeds/department-fire.type-cpr-class.joint.ics``
==================================  ==========================================  ============================

A department's other spellings (its config aliases — a renamed department keeps its old name
there) have **alias slugs** (:func:`alias_slugs`): ``/departments/<alias-slug>.ics`` redirects
(301) to the canonical URL, and ``public/departments/<alias-slug>.ics`` is a copy of the
canonical file, so subscribers of an old URL keep their feed on static hosting too. Alias
slugs are not listed in ``feeds.json``.

Every feed is also reachable as ``/calendar.ics`` with the same query parameters
(``department``, ``type``, ``joint=1``); :func:`feed_key` gives the canonical key both
the publisher and the site use.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence
from urllib.parse import urlencode

from sheets_sync.model import CombinedEvent, legacy_slug, slugify


def feed_key(department: str | None, event_type: str | None, joint: bool) -> str:
    """Canonical query string of a filter: ``department=fire&type=cpr-class&joint=1`` ('' = all)."""
    pairs = [(k, v) for k, v in (("department", department), ("type", event_type)) if v]
    if joint:
        pairs.append(("joint", "1"))
    return urlencode(pairs)


def alias_slugs(departments: Iterable[tuple[str, str, Sequence[str]]]) -> dict[str, str]:
    """``[(name, slug, aliases)]`` → ``{alias slug: canonical slug}`` for every slug of the
    name and the aliases that is not some department's own slug (``("Fire", "fire", ["DFD",
    "Fire Dept"])`` → ``{"dfd": "fire", "fire-dept": "fire"}``). A slug two departments share
    is left out (it would be ambiguous)."""
    departments = list(departments)
    own = {slug for _, slug, _ in departments}
    found: dict[str, set[str]] = {}
    for name, slug, aliases in departments:
        for spelling in (name, *aliases):
            for alias in {slugify(spelling), legacy_slug(spelling)}:   # + the pre-accent-folding slug
                if alias and alias not in own:
                    found.setdefault(alias, set()).add(slug)
    return {alias: next(iter(slugs)) for alias, slugs in sorted(found.items()) if len(slugs) == 1}


@dataclass(frozen=True)
class FeedSpec:
    """One feed's filter. ``department``/``event_type`` are display names (``None`` = any)
    with their URL slugs; ``joint`` keeps only events with two or more departments."""
    department: str | None = None
    department_slug: str | None = None
    event_type: str | None = None
    type_slug: str | None = None
    joint: bool = False
    type_members: frozenset[str] = frozenset()   # other type slugs this type's feed holds

    @property
    def key(self) -> str:
        return feed_key(self.department_slug, self.type_slug, self.joint)

    @property
    def dimensions(self) -> int:
        return sum((self.department is not None, self.event_type is not None, self.joint))

    @property
    def file(self) -> str:
        """Path of the published file, relative to the output directory."""
        if self.dimensions == 0:
            return "public/calendar.ics"
        if self.dimensions == 1:
            if self.department:
                return f"public/departments/{self.department_slug}.ics"
            if self.event_type:
                return f"public/types/{self.type_slug}.ics"
            return "public/joint.ics"
        parts = ([f"department-{self.department_slug}"] if self.department else []) + \
                ([f"type-{self.type_slug}"] if self.event_type else []) + (["joint"] if self.joint else [])
        return "public/feeds/" + ".".join(parts) + ".ics"

    @property
    def path(self) -> str:
        """Canonical URL path (with query string for combined filters)."""
        if self.dimensions <= 1:
            return "/" + self.file.removeprefix("public/")
        return f"/calendar.ics?{self.key}"

    def matches(self, event: CombinedEvent) -> bool:
        """True when ``event`` belongs in this feed."""
        if self.department is not None and self.department not in event.departments:
            return False
        if self.type_slug is not None:
            slug = slugify(event.event_type or "")
            if slug != self.type_slug and slug not in self.type_members:
                return False
        return not self.joint or event.is_joint

    def label(self) -> str:
        """Short label: ``Fire · CPR Class · Joint events`` (``All events`` for no filter)."""
        parts = [p for p in (self.department, self.event_type) if p]
        if self.joint:
            parts.append("Joint events")
        return " · ".join(parts) or "All events"

    def name(self, site_title: str) -> str:
        """NAME / X-WR-CALNAME (R7)."""
        return site_title if self.dimensions == 0 else f"{self.label()} — {site_title}"

    def description(self, site_title: str) -> str:
        """DESCRIPTION / X-WR-CALDESC: which events the feed holds, in words."""
        what = f"{self.event_type} events" if self.event_type else "public events"
        text = f"All {what} of {site_title}"
        if self.department:
            text += f" with {self.department}"
        if self.joint:
            text += ", only those run jointly by two or more departments"
        return text + "."


def known_types(configured: Iterable[str], events: Iterable[CombinedEvent]) -> dict[str, str]:
    """Type slug → display name: the configured names first, then any other type an event
    carries (first spelling in sorted order). Spellings with one slug are one type."""
    out: dict[str, str] = {}
    for name in [*configured, *sorted({e.event_type for e in events if e.event_type})]:
        slug = slugify(name)
        if slug and slug not in out:
            out[slug] = name
    return out


def all_specs(departments: Mapping[str, str], types: Mapping[str, str],
              members: Mapping[str, frozenset[str]] | None = None) -> list[FeedSpec]:
    """Every filter combination: ``departments`` name → slug, ``types`` slug → name,
    ``members`` type slug → other type slugs its feeds hold (see :mod:`.typefeeds`).
    Order: all events, departments, types, joint, then the combinations."""
    members = members or {}
    dept_options: list[tuple[str | None, str | None]] = [(None, None), *departments.items()]
    type_options: list[tuple[str | None, str | None]] = [(None, None), *((n, s) for s, n in types.items())]
    specs = [FeedSpec(d, ds, t, ts, j, members.get(ts or "", frozenset())) for j in (False, True)
             for d, ds in dept_options for t, ts in type_options]
    return sorted(specs, key=lambda s: (s.dimensions, not s.department, not s.event_type))


def select(events: Sequence[CombinedEvent], spec: FeedSpec) -> list[CombinedEvent]:
    """The events of one feed, in the order given."""
    return [e for e in events if spec.matches(e)]


def select_all(events: Sequence[CombinedEvent], specs: Sequence[FeedSpec]) -> list[list[CombinedEvent]]:
    """``[select(events, spec) for spec in specs]`` in one pass over ``events`` (issue 17,
    p17j): each event is put into every feed it belongs to — its departments (or any) × the
    type feeds holding its type slug (or any) × joint (or not) — instead of testing every
    event against every feed (168 feeds × 100,000 events were 16.8 million tests, each with
    a slug). Same lists, same order as :func:`select`."""
    chosen: list[list[CombinedEvent]] = [[] for _ in specs]
    where: dict[tuple, list[list[CombinedEvent]]] = {}
    for spec, found in zip(specs, chosen):        # (members count only with a type, as in matches)
        members = spec.type_members if spec.type_slug is not None else frozenset()
        where.setdefault((spec.department, spec.type_slug, members, spec.joint), []).append(found)
    departments = {spec.department for spec in specs if spec.department is not None}
    type_filters = {(spec.type_slug, spec.type_members) for spec in specs if spec.type_slug is not None}
    holders: dict[str, list[tuple]] = {}          # an event's type → the type filters it passes
    for e in events:
        typed = e.event_type or ""
        passes = holders.get(typed)
        if passes is None:
            slug = slugify(typed)
            passes = holders[typed] = [(None, frozenset()),
                                       *sorted((f for f in type_filters if slug == f[0] or slug in f[1]),
                                               key=lambda f: (f[0], sorted(f[1])))]
        joints = (False, True) if e.is_joint else (False,)
        for department in (None, *sorted(departments.intersection(e.departments))):
            for type_slug, members in passes:
                for joint in joints:
                    for found in where.get((department, type_slug, members, joint), ()):
                        found.append(e)
    return chosen
