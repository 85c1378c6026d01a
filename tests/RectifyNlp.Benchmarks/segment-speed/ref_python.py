#!/usr/bin/env python3
"""python3-jieba 0.42.1, precise mode with HMM: segments each line of argv[1] into argv[2] and reports
load and cut times on stderr in the same form as `rectify segment --timing`."""
import sys, time
t0 = time.perf_counter()
import jieba
jieba.setLogLevel(60)
jieba.initialize()
t1 = time.perf_counter()
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
t2 = time.perf_counter()
out = [" ".join(w for w in jieba.cut(line, cut_all=False, HMM=True) if not w.isspace()) for line in lines]
t3 = time.perf_counter()
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
mb = sum(len(l.encode("utf-8")) for l in lines) / 1e6
print(f"engine=python3-jieba load={(t1 - t0) * 1000:.0f} ms cut={(t3 - t2) * 1000:.0f} ms input={mb:.2f} MB speed={mb / (t3 - t2):.1f} MB/s", file=sys.stderr)
