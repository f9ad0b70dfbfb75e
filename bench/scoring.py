"""Truth-side scoring for the duplicate-detection bench. Pure: labels and counts in, figures out.

Nothing here asks the product what is true. The truth is a mapping ``{label: event_key}``
(``label`` = the product's source label ``"Tab!row"`` / ``"file.ics!row"``; rows with one key are
one real-world event) and, for a labelled set, its ``expected.json``. The product's answer is
given as plain values: the groups of labels it put in one combined event, the label pairs it
left pending for review, and the counts it would report (``sync --json`` shape).

Record-linkage pairwise measures: a *pair* is two labels of one event. precision = merged pairs
that are true / merged pairs; recall = true pairs merged / true pairs. Pairs pending review count
as *not merged* (the same convention as ``dedupe-dev2/score.py``).
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterable, Mapping


def pairs_of(groups: Iterable[Iterable[str]]) -> set[frozenset]:
    """Groups of labels → every unordered pair of two labels within one group."""
    return {frozenset(p) for g in groups for p in combinations(sorted(set(g)), 2)}


def gold_pairs(truth: Mapping[str, str]) -> set[frozenset]:
    """``{label: event_key}`` → the true pairs (two labels with one key)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for label, key in truth.items():
        by_key[key].append(label)
    return pairs_of(by_key.values())


def pair_figures(groups: Iterable[Iterable[str]], review: set[frozenset], truth: Mapping[str, str]) -> dict:
    """Pairwise figures of one run.

    ``groups``: labels of each combined event (unlabelled labels are ignored); ``review``: label
    pairs pending review. Returns counts (``true_pairs``, ``merged_pairs``, ``false_merged``,
    ``missed``, ``review_pending``, ``review_true``) and ratios 0–1 (``precision``, ``recall``,
    ``f1``, ``recall_if_review_confirmed``), plus the sets ``predicted`` and ``gold``.
    """
    predicted = pairs_of([lab for lab in g if lab in truth] for g in groups)
    gold = gold_pairs(truth)
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold) if gold else 1.0
    confirmed = len((predicted | review) & gold) / len(gold) if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "true_pairs": len(gold), "merged_pairs": len(predicted), "false_merged": len(predicted) - tp,
            "missed": len(gold) - tp, "review_pending": len(review), "review_true": len(review & gold),
            "recall_if_review_confirmed": confirmed, "predicted": predicted, "gold": gold}


def count_figures(got: Mapping, expected: Mapping) -> dict:
    """The sync's counts against a labelled set's ``expected.json``.

    ``got`` has ``sync --json``'s shape: ``events``, ``joint_events``, ``all_department_events``,
    ``months`` ``{"YYYY-MM": {"joint_events"}}`` and ``fiscal_quarters``
    ``{"FYnn-Qn": {"events", "joint_events", "all_department_events"}}``. The joint truth is the
    sum over ``expected["months"]`` (cancelled events left out, as the metric does), not
    ``expected["joint_events"]`` (cancelled included). Returns counts, ``joint_error`` (a share,
    signed) and ``months_exact``/``quarters_*_exact`` as ``[exact, of]``.
    """
    months, quarters = expected["months"], expected["fiscal_quarters"]
    got_q = got["fiscal_quarters"]
    joint_true = sum(v["joint_events"] for v in months.values())
    months_exact = sum(got["months"].get(m, {}).get("joint_events", 0) == v["joint_events"]
                       for m, v in months.items())
    extra = sorted(m for m, v in got["months"].items() if m not in months and v.get("joint_events"))
    alldept = sum(got_q.get(q, {}).get("all_department_events", 0) == v["all_department_events"]
                  for q, v in quarters.items())
    full = sum({k: got_q.get(q, {}).get(k, 0) for k in v} == v for q, v in quarters.items())
    return {"events": got["events"], "events_true": expected["events"],
            "joint": got["joint_events"], "joint_true": joint_true,
            "joint_error": (got["joint_events"] - joint_true) / joint_true if joint_true else 0.0,
            "all_department": got["all_department_events"],
            "all_department_true": sum(v["all_department_events"] for v in quarters.values()),
            "months_exact": [months_exact, len(months)], "extra_months_with_joint": extra,
            "quarters_alldept_exact": [alldept, len(quarters)], "quarters_full_exact": [full, len(quarters)]}


def family_figures(families: Mapping[str, Mapping], truth: Mapping[str, str], predicted: set[frozenset],
                   review: set[frozenset]) -> dict[str, dict]:
    """Per family of a labelled set (``expected["families"]``: ``{name: {"event_keys": [...]}}``):
    its true pairs split into ``merged``, ``review`` (pending, not merged) and ``missed`` (not
    merged, review included, as ``score.py`` counts), and ``false_merged`` = falsely merged pairs
    with at least one label of the family. All values are pair counts."""
    gold = gold_pairs(truth)
    false = predicted - gold
    out = {}
    for name, fam in families.items():
        keys = set(fam["event_keys"])
        labels = {lab for lab, k in truth.items() if k in keys}
        fg = {p for p in gold if p <= labels}
        merged = len(fg & predicted)
        out[name] = {"events": len(keys), "pairs": len(fg), "merged": merged,
                     "review": len((fg & review) - predicted), "missed": len(fg) - merged,
                     "false_merged": sum(1 for p in false if p & labels)}
    return out
