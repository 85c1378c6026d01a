#!/usr/bin/env python3
"""Writes pairs.jsonl: the problems of the development pair sets, labelled for the accountability model from their gold.

A problem the gold flags no-accountability, or marks must-not-flag because the report did hold someone to account, is
"answerable"; one marked must-not-flag because nobody did wrong (its `why` says so), or not judged at all, is "failing"
(a gold writer judges accountability where it is in question; a problem never judged is an ordinary one). Problems are
the analyser's own (`rectify analyze --json`), taken only from pairs where their count equals the gold's, so problem N is
gold's N. Frozen sets and frozen halves (HELDOUT, MANIFEST) are never read, nor the shared dev-pairs (another team's text).

Usage (from the repository root, after a build): python3 corpus/conduct/derive.py src/RectifyNlp.Cli/bin/Debug/net10.0/rectify
"""
import glob, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "corpus")
# The why of a must-not-flag that says nobody did wrong.
NOBODY = re.compile(r"no (wrongdoing|sanction|misconduct|violation|personal|fault|wrongful|one did wrong)|nobody did|nobody (is |was )?to blame"
                    r"|not (misconduct|a violation|wrongdoing)|work failing|a failing|failing of|ordinary|shortfall|needs? no|无需|不需要|不涉及"
                    r"|not needed|no need|nothing to (sanction|punish)|lapse|systemic|capacity|不是违纪|needs nobody", re.I)


def frozen(folder):
    """Whether a set is frozen, whole or in part: its pairs are then never read."""
    return os.path.exists(os.path.join(folder, "HELDOUT")) or os.path.exists(os.path.join(folder, "MANIFEST"))


def main(rectify):
    rows = []
    sets = sorted(d for d in glob.glob(os.path.join(CORPUS, "dev*")) if os.path.isdir(d) and not frozen(d))
    for folder in sets:
        name = os.path.basename(folder)
        for gold_path in sorted(glob.glob(os.path.join(folder, "*", "gold.json"))):
            pair = os.path.dirname(gold_path)
            gold = json.load(open(gold_path, encoding="utf-8"))
            feedback = [f for f in os.listdir(pair) if f.startswith("feedback.")]
            report = [f for f in os.listdir(pair) if f.startswith("report.")]
            if gold.get("mode") != "pair" or not feedback or not report:
                continue
            run = subprocess.run([rectify, "analyze", "--feedback", os.path.join(pair, feedback[0]), "--report", os.path.join(pair, report[0]), "--json"],
                                 capture_output=True, text=True, cwd=ROOT)
            try:
                issues = [i for i in json.loads(run.stdout)["issues"] if i.get("source") == "feedback"]
            except (ValueError, KeyError):
                continue
            if len(issues) != gold["issues"]:
                continue
            labels = {}
            for entry in gold.get("must_flag", []):
                if entry["kind"] == "no-accountability" and entry.get("issue"):
                    labels[entry["issue"]] = "answerable"
            for entry in gold.get("must_not_flag", []):
                if entry["kind"] == "no-accountability" and entry.get("issue") and entry["issue"] not in labels:
                    labels[entry["issue"]] = "failing" if NOBODY.search(entry.get("why", "")) else "answerable"
            for number, issue in enumerate(issues, 1):
                rows.append({"id": f"{name}-{os.path.basename(pair)}-{number}", "text": issue["text"], "conduct": labels.get(number, "failing"), "set": name})
    with open(os.path.join(CORPUS, "conduct", "pairs.jsonl"), "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "problems written to corpus/conduct/pairs.jsonl")


if __name__ == "__main__":
    main(sys.argv[1])
