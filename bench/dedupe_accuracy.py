"""Duplicate detection: accuracy on labelled data and speed at scale. Prints figures.

    PYTHONPATH=. python bench/dedupe_accuracy.py [--shared ../shared] [--rows 100000] [--quick]

For each labelled case (bench/cases.py) the rows are parsed, validated and merged exactly as
``safety-events sync`` does (config.yaml with ``source.calendars: []``), then compared with the
truth pair by pair (record-linkage pairwise measures: a *pair* is two rows of one event):

* precision = merged pairs that are true / merged pairs; recall = true pairs merged / true pairs;
  F1 their harmonic mean. Pairs the matcher sends to the Review tab count as *not merged*; the
  line "if staff confirm review pairs" gives recall after staff answer them correctly.
* for the dev set also: events, joint, public and cancelled counts against expected.json, and the
  error in the monthly and quarterly joint-event counts (the figure managers set targets on).

Speed: ``merge_rows`` on synthetic rows (bench/synthetic.py), timed with ``time.perf_counter``.
Targets (issue #5): dev precision ≥ 0.99, recall ≥ 0.97, monthly joint counts exact in ≥ 95% of
months, 100,000 rows merged in under 10 s.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import cases  # noqa: E402
from bench.synthetic import synthetic_rows  # noqa: E402
from sheets_sync.config import Config, config_from_dict  # noqa: E402
from sheets_sync.merge import merge_rows  # noqa: E402
from sheets_sync.model import Severity  # noqa: E402
from sheets_sync.pipeline import analyse, metrics_for  # noqa: E402


def load_config() -> Config:
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    data["source"]["calendars"] = []
    return config_from_dict(data, base_dir=ROOT)


def pairs_of(groups) -> set[frozenset]:
    return {frozenset((a, b)) for g in groups for a, b in combinations(sorted(g), 2)}


def scores(predicted: set, gold: set) -> tuple[float, float, float, int, int, int]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold) if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, tp, len(predicted) - tp, len(gold) - tp


def run_case(case: cases.Case, config: Config) -> dict:
    t0 = time.perf_counter()
    a = analyse(case.tabs, config)
    seconds = time.perf_counter() - t0
    labelled = set(case.truth)
    groups = [[str(s) for s in e.sources if str(s) in labelled] for e in a.merge.events]
    predicted = pairs_of(groups)
    gold = case.gold_pairs()
    review = {frozenset((str(p.a.source), str(p.b.source))) for p in a.merge.review}
    p, r, f1, tp, fp, fn = scores(predicted, gold)
    confirmed = scores(predicted | (review & gold), gold)[1]
    print(f"\n== {case.name}: {case.note}")
    print(f"   rows {sum(len(t.rows) for t in case.tabs)}, accepted {len(a.rows)}, events {len(a.merge.events)}, "
          f"candidate pairs {a.merge.pairs_compared}, {seconds:.2f} s")
    print(f"   true pairs {len(gold)}, merged pairs {len(predicted)} (true {tp}, false {fp}), missed {fn}")
    print(f"   precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}")
    print(f"   review pairs {len(review)} (of which true {len(review & gold)}); "
          f"recall if staff confirm review pairs {confirmed:.4f}")
    return {"analysis": a, "precision": p, "recall": r, "f1": f1}


def dev_figures(case: cases.Case, result: dict, config: Config) -> None:
    a, expected = result["analysis"], case.expected
    m = metrics_for(a.merge.events, config)
    live = [e for e in a.merge.events if not e.removed]
    got = {"events": len(live), "joint_events": m.joint_events,
           "public_events": sum(1 for e in live if e.is_public),
           "cancelled_events": sum(1 for e in live if e.is_cancelled),
           "rows_rejected": len({(i.tab, i.row) for i in a.issues if i.severity is Severity.ERROR})}
    want = {**{k: expected[k] for k in ("events", "joint_events", "public_events", "cancelled_events")},
            "rows_rejected": expected["invalid_rows"]}
    print("   " + ", ".join(f"{k} {got[k]} (expected {want[k]})" for k in got))
    print("   month     joint expected  joint got  error   events expected  events got")
    exact = 0
    for month, v in expected["months"].items():
        g = m.months.get(month, {"joint_events": 0, "events": 0})
        exact += g["joint_events"] == v["joint_events"]
        print(f"   {month}   {v['joint_events']:14d}  {g['joint_events']:9d}  {g['joint_events'] - v['joint_events']:+5d}"
              f"   {v['events']:15d}  {g['events']:10d}")
    print(f"   monthly joint-event counts exact in {exact} of {len(expected['months'])} months "
          f"({exact / len(expected['months']):.0%})")
    qexact = sum(1 for q, v in expected["fiscal_quarters"].items()
                 if {k: m.quarters.get(q, {}).get(k) for k in v} == v)
    print(f"   fiscal quarters exact (events, joint, all-department) in {qexact} of "
          f"{len(expected['fiscal_quarters'])}")


def speed(n: int, config: Config) -> None:
    rows, truth = synthetic_rows(n)
    t0, c0 = time.perf_counter(), time.process_time()
    result = merge_rows(rows, config)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    predicted = pairs_of([[str(s) for s in e.sources] for e in result.events])
    by_key: dict = {}
    for label, key in truth.items():
        by_key.setdefault(key, []).append(label)
    p, r, f1, *_ = scores(predicted, pairs_of(by_key.values()))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n== speed: merge_rows on {len(rows):,} synthetic rows: {seconds:.2f} s wall, {cpu:.2f} s CPU "
          f"({len(rows) / seconds:,.0f} rows/s; load average {load:.1f} on {os.cpu_count()} CPUs; target < 10 s)")
    print(f"   {result.pairs_compared:,} candidate pairs, {len(result.events):,} events, "
          f"{len(result.review):,} review pairs")
    print(f"   synthetic truth: precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_shared = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
    ap.add_argument("--shared", type=Path, default=default_shared)
    ap.add_argument("--rows", type=int, default=100_000, help="synthetic rows for the speed figure")
    ap.add_argument("--quick", action="store_true", help="dev set only, no real-data cases, no speed")
    args = ap.parse_args()
    config = load_config()
    dev = cases.dedupe_dev(args.shared)
    dev_figures(dev, run_case(dev, config), config)
    if args.quick:
        return
    for build in (cases.pittsburgh, cases.durham, cases.nyc_permits, cases.bloomington):
        run_case(build(args.shared), config)
    speed(args.rows, config)


if __name__ == "__main__":
    main()
