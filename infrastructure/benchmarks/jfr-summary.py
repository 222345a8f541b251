#!/usr/bin/env python3
"""Summarise CPU samples (jdk.ExecutionSample) of a JFR recording taken by JMH's -prof jfr.

Usage: jfr-summary.py profile.jfr [thread-substring]   (default thread: the JMH worker, "jmh-worker")
Prints: top frames (self time), and inclusive time per dev.marketguard class.method
(the time spent in it and everything it calls), as percentages of the worker's samples.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
thread = sys.argv[2] if len(sys.argv) > 2 else "jmh-worker"
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                      capture_output=True, text=True, check=True).stdout
frame_re = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")
samples = []
for block in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', block)
    if not m or thread not in m.group(1):
        continue
    frames = [fm.group(1) for fm in (frame_re.match(l) for l in block.splitlines()) if fm]
    if frames:
        samples.append(frames)
n = len(samples)
print(f"{n} CPU samples on threads matching '{thread}'")
self_counts = collections.Counter(s[0] for s in samples)
print("\nTop frames (self):")
for f, c in self_counts.most_common(25):
    print(f"  {100.0 * c / n:5.1f}%  {f}")
incl = collections.Counter()
for s in samples:
    for f in set(x for x in s if x.startswith("dev.marketguard.") and ".benchmarks." not in x and "_jmhStub" not in x):
        incl[f] += 1
print("\nInclusive time per marketguard method:")
for f, c in incl.most_common(40):
    print(f"  {100.0 * c / n:5.1f}%  {f}")
