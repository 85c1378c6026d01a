"""Write pNN/notes.md from the hand-written make/notes/pNN.md plus a listing of every gold entry (kind, problem, why)
and every link of pNN/gold.json, so that the notes and the gold cannot drift apart. Run after make/gold.py:
python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for n in range(1, 11):
    p = f"p{n:02d}"
    hand = open(os.path.join(HERE, "notes", p + ".md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [hand, "\n## Every gold entry (generated from gold.json)\n",
           f"{g['issues']} problems; answered: " + ", ".join(f"#{k} {'yes' if v else 'NO'}" for k, v in g["answered"].items()) + "\n"]
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"\n**{lst}** ({len(g[lst])})\n")
        out += [f"- {f['kind']} {'(document)' if f['issue'] is None else '#' + str(f['issue'])}: {f['why']}" for f in g[lst]] or ["- none"]
    out.append(f"\n**links** ({len(g['links'])}) — measure snippet → problem\n")
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{p}/notes.md")
