"""Write pNN/notes.md = the hand-written make/src/pNN/notes.md + a listing of that pair's gold entries (from pNN/gold.json,
so the notes never drift from the gold). Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for n in range(1, 11):
    p = f"p{n:02d}"
    head = open(os.path.join(HERE, "src", p, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [head, "\n## Gold entries (from gold.json)\n",
           f"- issues: {g['issues']}; unanswered: {[int(k) for k, v in g['answered'].items() if not v] or 'none'}\n"]
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"\n### {lst} ({len(g[lst])})\n")
        if not g[lst]:
            out.append("- none (good report)\n")
        for f in g[lst]:
            out.append(f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}\n")
    out.append(f"\n### links ({len(g['links'])})\n")
    for l in g["links"]:
        out.append(f"- “{l['measure']}” → #{l['issue']}\n")
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("".join(out))
    print(f"{p}/notes.md")
