"""Write pNN/notes.md: the hand-written head in make/src/pNN/notes.md, then the gold entries listed from pNN/gold.json
with their reasons. Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for i in range(1, 11):
    p = f"p{i:02d}"
    head = open(os.path.join(HERE, "src", p, "notes.md"), encoding="utf-8").read().rstrip("\n")
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [head, "", "## Gold (as in gold.json)", "",
           f"- issues: {g['issues']}; answered: " + ", ".join(k for k, v in g["answered"].items() if v)
           + ("; unanswered: " + ", ".join(k for k, v in g["answered"].items() if not v) if not all(g["answered"].values()) else ""),
           "", "**must_flag** (a careful inspector raises it):", ""]
    out += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "**must_not_flag** (a careless tool might raise it; an inspector would not):", ""]
    out += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_not_flag"]]
    out += ["", "**links** (a substring of one measure in the report → the problem it answers; each occurs once):", ""]
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{p}/notes.md")
