"""Build the dev34 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Every file is plain text with LF line endings; the encodings are in PLAN (p06/report.txt is GB18030).
Run: python3 make/build.py"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PLAN = {f"p0{i}/{n}.txt": ("utf-8", "lf") for i in range(1, 7) for n in ("feedback", "report")}
PLAN["p06/report.txt"] = ("gb18030", "lf")

for rel, (enc, eol) in PLAN.items():
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read().replace("\r\n", "\n")
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
        f.write(text.encode(enc))
    print(f"{rel}: {enc}, {eol}")
