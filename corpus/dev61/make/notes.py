"""Compose pNN/notes.md from the hand-written make/src/pNN/notes_head.md and the pair's gold.json (each gold entry with its
why, and the links), so that the notes and the gold cannot drift apart. Run after gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for i in range(1, 11):
    name = f"p{i:02d}"
    head = open(os.path.join(HERE, "src", name, "notes_head.md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "\n## Gold (from gold.json)\n",
           f"- issues: {g['issues']}; unanswered: {[int(k) for k, v in g['answered'].items() if not v] or 'none'}\n"]
    out.append("\n### must_flag\n")
    out += [f"- **{f['kind']}** #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}\n" for f in g["must_flag"]] \
        or ["- none (good report)\n"]
    out.append("\n### must_not_flag\n")
    out += [f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}\n" for f in g["must_not_flag"]]
    out.append("\n### links\n")
    out += [f"- #{l['issue']}: `{l['measure']}`\n" for l in g["links"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("".join(out))
    print(f"{name}/notes.md")
