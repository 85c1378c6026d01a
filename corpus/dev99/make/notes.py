"""Write p01..p10/notes.md: the hand-written notes in make/src/notes/pNN.md, followed by a full listing of the pair's
gold.json entries with their why (so notes and gold cannot drift apart). Run after make/gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in range(1, 11):
    name = f"p{n:02d}"
    head = open(os.path.join(ROOT, "make", "src", "notes", name + ".md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "\n## Gold entries (as in gold.json)\n",
           f"- issues: {g['issues']}; answered: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in g["answered"].items())]
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"\n### {lst} ({len(g[lst])})")
        for f in g[lst]:
            out.append(f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}")
    out.append(f"\n### links ({len(g['links'])})")
    for l in g["links"]:
        out.append(f"- #{l['issue']} ← “{l['measure']}”")
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
