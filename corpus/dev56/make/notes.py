"""Write p01..p10/notes.md: the hand-written notes in make/notes/pNN.md followed by the gold entries of pNN/gold.json
(must_flag and must_not_flag with their why, and the links), so that the notes and the gold cannot drift apart.
Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for n in range(1, 11):
    name = f"p{n:02d}"
    head = open(os.path.join(HERE, "notes", name + ".md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "## Gold (from gold.json)", "",
           f"- mode `{g['mode']}`, {g['issues']} problems; answered: "
           + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in g["answered"].items()), ""]
    out.append("### must_flag")
    out += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "### must_not_flag"]
    out += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_not_flag"]]
    out += ["", "### links (measure substring → problem)"]
    out += [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
