"""Write p01..p10/notes.md: the hand-written notes in make/src/<pair>/notes.md followed by a listing of the pair's gold
entries (kind, problem, why) taken from <pair>/gold.json, so that notes and gold cannot drift apart.
Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

for i in range(1, 11):
    name = f"p{i:02d}"
    head = open(os.path.join(HERE, "src", name, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "\n## Gold entries (from gold.json)\n",
           f"- issues: {g['issues']}; answered: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in g["answered"].items())]
    out.append("\n### must_flag\n")
    out += [f"- `{f['kind']}` {('#' + str(f['issue'])) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out.append("\n### must_not_flag\n")
    out += [f"- `{f['kind']}` {('#' + str(f['issue'])) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out.append("\n### links (measure substring → problem)\n")
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
