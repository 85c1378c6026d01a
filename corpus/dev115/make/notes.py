"""Write p01..p10/notes.md: the hand-written part (make/notes/pNN.md: forms, problems, traps, may-report points) followed
by tables rendered from check.py's THEME declaration and from the pair's gold.json (where the owner, the time limit and
the rule of each problem are written; the measures linked to each problem; every gold entry with its why).
Run after make/gold.py: python3 make/notes.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
src = open(os.path.join(ROOT, "check.py"), encoding="utf-8").read()
ns = {}
exec(src[:src.index("root = sys.argv")], ns)
THEME = ns["THEME"]


def cell(x):
    place, anchor = x
    return place if place is None or anchor is None else f"{place}: “{anchor.replace(chr(10), ' / ').replace(chr(9), ' · ')}”"


for name in sorted(THEME):
    head = open(os.path.join(HERE, "notes", name + ".md"), encoding="utf-8").read().rstrip() + "\n"
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [head, "", "## Where the owner, the time limit and the rule are written (declared in check.py THEME)", "",
           "| # | owner | time limit | rule |", "|---|---|---|---|"]
    for k, t in sorted(THEME[name].items()):
        out.append(f"| {k} | {cell(t['owner'])} | {cell(t['time'])} | {cell(t['rule'])} |")
    out += ["", "Places: item = in the item itself; group / first-person / schedule / closing / ledger / table / section / annex /",
            "relative / done / dept = given elsewhere or in an unusual form (counted, so must_not_flag); None / collective / vague /",
            "promised = missing (must_flag); n/a = no lasting rule needed; - = no judgement (the answer is already flagged).", "",
            "## Measures answering each problem (gold links)", ""]
    for k in range(1, g["issues"] + 1):
        ms = [l["measure"] for l in g["links"] if l["issue"] == k]
        out.append(f"- {k}: " + ("; ".join(f"“{m}”" for m in ms) if ms else "**none — unanswered**"))
    for lst in ("must_flag", "must_not_flag"):
        out += ["", f"## {lst} ({len(g[lst])})", "", "| kind | problem | why |", "|---|---|---|"]
        for f in g[lst]:
            out.append(f"| {f['kind']} | {f['issue'] if f['issue'] is not None else '—'} | {f['why'].replace('|', '/')} |")
    with open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{name}/notes.md")
