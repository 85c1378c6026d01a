"""Write pNN/notes.md = the hand-written notes in make/src/pNN/notes.md + the gold entries of pNN/gold.json listed with
their why (must_flag, must_not_flag, links). Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for name in sorted(d for d in os.listdir(ROOT) if d.startswith("p") and d[1:].isdigit()):
    head = open(os.path.join(HERE, "src", name, "notes.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "\n## Gold entries (from gold.json)\n",
           f"issues {g['issues']}; unanswered: {[int(k) for k, v in g['answered'].items() if not v] or 'none'}\n",
           "\n### must_flag\n"]
    out += [f"- {f['kind']} #{f['issue']}: {f['why']}\n" if f["issue"] is not None else f"- {f['kind']} (document): {f['why']}\n"
            for f in g["must_flag"]] or ["- none (good report)\n"]
    out += ["\n### must_not_flag\n"]
    out += [f"- {f['kind']} #{f['issue']}: {f['why']}\n" if f["issue"] is not None else f"- {f['kind']} (document): {f['why']}\n"
            for f in g["must_not_flag"]]
    out += ["\n### links (substring of the report → problem)\n"]
    out += [f"- “{l['measure']}” → #{l['issue']}\n" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("".join(out))
    print(f"{name}/notes.md")
