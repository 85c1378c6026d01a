"""Write p01..p10/notes.md: the hand-written notes in make/src/<pair>/notes.md (forms, problems, where answered, traps,
may-report points) followed by every gold entry with its why, read from <pair>/gold.json so the two never drift.
Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for n in range(1, 11):
    name = f"p{n:02d}"
    head = open(os.path.join(HERE, "src", name, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "## Gold (from gold.json)", f"- issues: {g['issues']}; unanswered: "
           + (", ".join(k for k, v in g["answered"].items() if not v) or "none"), "", "### must_flag"]
    out += [f"- {f['kind']} {'#' + str(f['issue']) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "### must_not_flag"]
    out += [f"- {f['kind']} {'#' + str(f['issue']) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out += ["", "### links (exact substrings of the report's visible text → problem)"]
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
