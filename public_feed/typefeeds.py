"""Which event types get a feed of their own, and where every other spelling goes. Pure.

Event Type is free text in the sheet, and every type with a feed multiplies the published
files (each department and "joint" combination: ``2 × (1 + departments)`` files per type).
So (issue 16):

- every type listed in ``event_types`` has its feeds, empty or not;
- a listed type's **aliases** (``event_type_aliases``: the name before a rename, other
  spellings) are in its feeds, and ``/types/<alias-slug>.ics`` answers with a ``301`` to the
  type's own URL (the published files hold a copy under the alias too, for static hosting);
- types typed in rows but not listed get their own feeds up to ``feed.max_unlisted_types``
  of them, the most used first (ties: by slug); the rest are held by the **Other** feed
  (``/types/other.ics``, the listed type ``Other`` when there is one) and each gets a
  Validation warning (:func:`overflow_issues`). Their old URLs redirect to the Other feed.

So the number of feed files is bounded by ``(listed types + max_unlisted_types + 1) ×
(1 + departments) × 2`` whatever the rows hold.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from sheets_sync.model import CombinedEvent, RowIssue, Severity, legacy_slug, slugify

OTHER = "Other"


@dataclass(frozen=True)
class TypeFeeds:
    """``names``: slug → display name of every type with feeds of its own (listed first,
    then unlisted kept, then Other); ``members``: feed slug → the other type slugs its feeds
    hold; ``renamed``: alias slug → listed type slug (from config); ``overflow``: slug →
    spelling of the unlisted types only the Other feed holds."""
    names: dict[str, str]
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    overflow: dict[str, str] = field(default_factory=dict)

    @property
    def redirects(self) -> dict[str, str]:
        """Every slug that answers with another type's feed: aliases and overflow types."""
        other = slugify(OTHER)
        return {**self.renamed, **{slug: other for slug in self.overflow}}


def type_feeds(listed: Iterable[str], aliases: Mapping[str, Sequence[str]],
               events: Iterable[CombinedEvent], max_unlisted: int | None) -> TypeFeeds:
    """The type feeds for ``events`` (``max_unlisted`` ``None`` = no bound). Deterministic:
    the same inputs give the same feeds."""
    names: dict[str, str] = {}
    for name in listed:
        slug = slugify(name)
        if slug and slug not in names:
            names[slug] = name
    renamed: dict[str, str] = {}
    for slug, name in list(names.items()):          # an accented type's earlier address
        old = legacy_slug(name)
        if old and old not in names:
            renamed.setdefault(old, slug)
    for name, spellings in aliases.items():
        target = slugify(name)
        for spelling in spellings if target in names else ():
            slug = slugify(spelling)
            if slug and slug not in names:
                renamed.setdefault(slug, target)
    used: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for e in events:
        slug = slugify(e.event_type or "")
        if slug and slug not in names and slug not in renamed:
            used[slug] += 1
            spelling[slug] = min(spelling.get(slug, e.event_type), e.event_type)
    ranked = sorted(used, key=lambda s: (-used[s], s))
    bound = len(ranked) if max_unlisted is None else max_unlisted
    kept, rest = ranked[:bound], ranked[bound:]
    names.update((slug, spelling[slug]) for slug in sorted(kept))
    other = slugify(OTHER)
    if max_unlisted is not None:          # always there, so its URL never turns into a 404
        names.setdefault(other, OTHER)
    members: dict[str, set[str]] = {}
    for alias, target in renamed.items():
        members.setdefault(target, set()).add(alias)
    if rest:
        members.setdefault(other, set()).update(rest)
    return TypeFeeds(names, {k: frozenset(v) for k, v in members.items()}, renamed,
                     {slug: spelling[slug] for slug in rest})


def overflow_issues(feeds: TypeFeeds, events: Sequence[CombinedEvent], max_unlisted: int) -> list[RowIssue]:
    """One Validation warning per unlisted type left to the Other feed, at the first row
    (by tab and row) that carries it."""
    first: dict[str, tuple[str, int]] = {}
    for e in events:
        slug = slugify(e.event_type or "")
        if slug in feeds.overflow:
            for r in e.rows:
                at = (r.source.tab, r.source.row)
                first[slug] = min(first.get(slug, at), at)
    return [RowIssue(tab, row, "Event Type", feeds.overflow[slug],
                     f"more than {max_unlisted} event types not listed in config.yaml's event_types "
                     "are in use, so this one has no feed of its own: its events are in the "
                     f"{OTHER} feed (/types/{slugify(OTHER)}.ics)",
                     "pick a type from the Event Type list, or add this one to event_types in "
                     "config.yaml (an old name goes under event_type_aliases)", Severity.WARNING)
            for slug, (tab, row) in sorted(first.items(), key=lambda kv: kv[1])]
