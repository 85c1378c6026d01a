"""Write p01..p10/notes.md from make/src/pNN/notes.src.md, replacing {{GOLD}} with the pair's gold entries read back
from pNN/gold.json (so the notes and the gold cannot drift apart). Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for i in range(1, 11):
    name = f"p{i:02d}"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    lines = [f"- issues: **{g['issues']}**; unanswered: "
             + (", ".join(k for k, v in g["answered"].items() if not v) or "none")]
    lines.append("- **must_flag**:" + ("" if g["must_flag"] else " none (good report)"))
    for f in g["must_flag"]:
        lines.append(f"  - `{f['kind']}` {'(document)' if f['issue'] is None else '#' + str(f['issue'])}: {f['why']}")
    lines.append("- **must_not_flag**:")
    for f in g["must_not_flag"]:
        lines.append(f"  - `{f['kind']}` {'(document)' if f['issue'] is None else '#' + str(f['issue'])}: {f['why']}")
    lines.append("- **links** (exact substrings of the report's visible text):")
    for l in g["links"]:
        lines.append(f"  - #{l['issue']} ← “{l['measure']}”")
    src = open(os.path.join(HERE, "src", name, "notes.src.md"), encoding="utf-8").read()
    assert "{{GOLD}}" in src
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write(src.replace("{{GOLD}}", "\n".join(lines)))
    print(f"{name}/notes.md")
