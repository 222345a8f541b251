#!/usr/bin/env python3
"""The bars' ratios from a JMH JSON result (run.sh writes them under target/results/).

Usage: jmh-ratios.py result.json
For every benchmark: wall-clock score ± error (99.9% CI), the fastest iteration, and, when the run used
dev.marketguard.benchmarks.CpuTimeProfiler, CPU time per op of the worker thread and of the whole JVM.
Then the bars: engine / Kuromoji (issue 3, <= 1.5) and handler / engine - 1 (issue 4, < 10%),
computed on each of those measures.
"""
import json
import sys

runs = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}


def measures(r):
    p = r["primaryMetric"]
    raw = [x for fork in p["rawData"] for x in fork]
    m = {"wall": (p["score"], p["scoreError"]), "wall-best": (min(raw), float("nan"))}
    for k in ("cpu.worker", "cpu.process"):
        s = r.get("secondaryMetrics", {}).get(k)
        if s:
            m[k] = (s["score"], s["scoreError"])
    return m


for name, r in runs.items():
    parts = "  ".join(f"{k} {v:9.1f}" + ("" if e != e else f" ± {e:7.1f}") for k, (v, e) in measures(r).items())
    print(f"{name:32} {parts}  us/op")


def ratio(a, b, label, fmt):
    if a in runs and b in runs:
        ma, mb = measures(runs[a]), measures(runs[b])
        for k in ma:
            if k in mb:
                print(f"{label} [{k}]: {fmt(ma[k][0] / mb[k][0])}")


ratio("engineScreen", "kuromojiTokenize", "engine / Kuromoji (bar <= 1.5)",
      lambda x: f"{x:.2f}x  {'PASS' if x <= 1.5 else 'FAIL'}")
ratio("handlerRequest", "engineScreen", "handler overhead over engine, end to end (bar < 10%)",
      lambda x: f"{(x - 1) * 100:+.1f}%  {'PASS' if x - 1 < 0.10 else 'FAIL'}")
ratio("handlerOverheadOnly", "engineScreen", "handler overhead, measured directly, over engine (bar < 10%)",
      lambda x: f"{x * 100:.1f}%  {'PASS' if x < 0.10 else 'FAIL'}")
ratio("serviceOverheadOnly", "engineScreen", "service overhead (stores, ledger), measured directly (context)",
      lambda x: f"{x * 100:.1f}%")
ratio("serviceScreen", "engineScreen", "service (stores, ledger) over engine (context)",
      lambda x: f"{(x - 1) * 100:+.1f}%")
