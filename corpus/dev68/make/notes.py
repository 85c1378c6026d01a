"""Write p01..p10/notes.md from make/notes_src.py (hand-written forms, problems, counting, traps, may-report points) and
the gold entries in pNN/gold.json (so the notes list every gold entry with its why). Run after make/gold.py."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from notes_src import N

for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    pid = "d68-" + name[1:]
    out = [f"# {name} ({pid}) — {n['unit']}", "", "## Forms", n["forms"], "",
           f"## Problems in order ({g['issues']})", n["problems"], "", "## How counted", n["counting"], "",
           "## Gold: must_flag"]
    out += [f"- {f['kind']} #{f['issue']}: {f['why']}" if f["issue"] else f"- {f['kind']}: {f['why']}" for f in g["must_flag"]] \
        or ["- none (good report)"]
    out += ["", "## Gold: must_not_flag"]
    out += [f"- {f['kind']} #{f['issue']}: {f['why']}" if f["issue"] else f"- {f['kind']}: {f['why']}" for f in g["must_not_flag"]]
    un = [k for k, v in g["answered"].items() if not v]
    out += ["", "## Gold: answered", "All answered." if not un else "Unanswered: " + ", ".join("#" + k for k in un) + "; all others answered.",
            "", "## Gold: links (exact substrings of the report's visible text)"]
    out += [f"- #{l['issue']}: “{l['measure']}”" for l in g["links"]]
    out += ["", "## Traps", n["traps"], "", "## May report (debatable; not gold)", n["may"], ""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{name}/notes.md")
