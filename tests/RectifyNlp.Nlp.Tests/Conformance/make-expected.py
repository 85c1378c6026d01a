#!/usr/bin/env python3
"""Writes expected.txt from lines.txt with the reference jieba: Debian's python3-jieba 0.42.1
(apt-get install python3-jieba; run with /usr/bin/python3). Precise mode, HMM on, default dictionary;
whitespace tokens left out; words joined by single spaces, one output line per input line."""
import pathlib, jieba
assert jieba.__version__ == "0.42.1", jieba.__version__
here = pathlib.Path(__file__).resolve().parent
out = []
for line in (here / "lines.txt").read_text(encoding="utf-8").split("\n")[:-1]:
    out.append(" ".join(w for w in jieba.cut(line, cut_all=False, HMM=True) if not w.isspace()))
(here / "expected.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "lines written by jieba", jieba.__version__)
