"""Write p01..p10/notes.md: the hand-written part in make/src/pNN/notes.md (forms, damage, problems, traps, may report)
followed by the gold entries rendered from pNN/gold.json (so notes and gold never disagree). Run after make/gold.py:
python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for n in range(1, 11):
    name = f"p{n:02d}"
    head = open(os.path.join(HERE, "src", name, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "## Gold entries (from gold.json)", f"- mode `{g['mode']}`, {g['issues']} problems; unanswered: "
           + (", ".join(k for k, v in g["answered"].items() if not v) or "none"), "", "### must_flag"]
    out += [f"- `{f['kind']}` {'#' + str(f['issue']) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_flag"]] \
        or ["- none (good report)"]
    out += ["", "### must_not_flag"]
    out += [f"- `{f['kind']}` {'#' + str(f['issue']) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out += ["", "### links (quoted from the damaged report as it stands)"]
    out += [f"- #{l['issue']}: “{l['measure']}”" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
