"""Write p01..p10/notes.md: the hand-written make/src/<pair>/notes.md followed by the gold entries of <pair>/gold.json
(each must_flag / must_not_flag with its why, and the links). Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for i in range(1, 11):
    name = f"p{i:02d}"
    head = open(os.path.join(HERE, "src", name, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "", f"### Gold entries (generated from gold.json: {g['issues']} problems; unanswered: "
           + (", ".join(k for k, v in g["answered"].items() if not v) or "none") + ")", ""]
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"**{lst}**" + (" — none (good report)" if not g[lst] else ""))
        for f in g[lst]:
            out.append(f"- `{f['kind']}` {'(document)' if f['issue'] is None else '#' + str(f['issue'])}: {f['why']}")
        out.append("")
    out.append("**links** (substring of a measure in the report → problem)")
    for l in g["links"]:
        out.append(f"- “{l['measure']}” → #{l['issue']}")
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
