#!/usr/bin/env python3
"""Precision and recall of `vnplan coverage` on a labelled pair.

usage: eval_coverage.py VNPLAN UPPER SET_DIR [--min X] [--quiet] [-- COVERAGE OPTIONS]

SET_DIR holds lower.txt (a department plan written by hand to answer UPPER)
and truth.tsv (lower_prefix, upper_ids, kind): which upper tasks each lower
task answers, decided when the plan was written. The upper tasks a lower
task answers are the truth's positives; an upper task the report calls
covered or partial is a true positive only when one of its matches is a
lower task that really answers it. An answered upper task the report leaves
out of scope counts as missed. Prints the figures and every miss; exits 1
when precision or recall is below --min (default 0.85).
"""
import argparse
import json
import os
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("vnplan")
ap.add_argument("upper")
ap.add_argument("set_dir")
ap.add_argument("--min", type=float, default=0.85)
ap.add_argument("--quiet", action="store_true")
args, extra = ap.parse_known_args()   # after "--": options for vnplan coverage
args.options = [a for a in extra if a != "--"]

lower_path = os.path.join(args.set_dir, "lower.txt")
truth_rows = []
with open(os.path.join(args.set_dir, "truth.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    assert header[:2] == ["lower_prefix", "upper_ids"], header
    for line in f:
        if not line.strip():
            continue
        prefix, ids, kind = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        truth_rows.append((prefix, [] if ids.strip() == "-" else [i.strip() for i in ids.split(",")], kind))

lower = json.loads(subprocess.run([args.vnplan, "extract", lower_path], check=True, capture_output=True).stdout)
report = json.loads(subprocess.run([args.vnplan, "coverage", *args.options, args.upper, lower_path], check=True,
                                   capture_output=True).stdout)

def norm(s):
    return " ".join(s.split())

# lower task id -> the upper ids it answers
answers = {}
used = set()
for t in lower["tasks"]:
    text = norm(t["text"])
    rows = [r for r in truth_rows if text.startswith(norm(r[0]))]
    if len(rows) != 1:
        sys.exit(f"lower task {t['id']} ({text[:50]}...) matches {len(rows)} truth rows")
    answers[t["id"]] = set(rows[0][1])
    used.add(rows[0][0])
unused = [r[0] for r in truth_rows if r[0] not in used]
if unused:
    sys.exit(f"truth rows with no lower task: {unused}")

upper_ids = {t["id"] for t in json.loads(subprocess.run([args.vnplan, "extract", args.upper], check=True,
                                                         capture_output=True).stdout)["tasks"]}
answered = {}   # upper id -> lower ids answering it
for lid, ups in answers.items():
    for u in ups:
        if u not in upper_ids:
            sys.exit(f"truth names upper task {u}, which the upper plan does not have")
        answered.setdefault(u, set()).add(lid)

items = {it["upper_task"]["id"]: it for it in report["items"]}
tp, fp, fn = [], [], []
for uid, it in items.items():
    predicted = it["status"] in ("covered", "partial")
    truly = uid in answered
    right_match = truly and any(m["lower_task"]["id"] in answered[uid] for m in it["matches"])
    if predicted and truly and right_match:
        tp.append(uid)
    elif predicted:
        fp.append((uid, it, "answered, but not by the lower tasks shown" if truly else "not answered"))
        if truly:
            fn.append((uid, it, "matched the wrong lower tasks"))
    elif truly:
        fn.append((uid, it, f"{it['status']} at {it['score']:.2f}"))
for uid in answered:
    if uid not in items:
        fn.append((uid, None, "out of scope"))

positives = len(answered)
predicted = len(tp) + len([x for x in fp])
precision = len(tp) / predicted if predicted else 1.0
recall = len(tp) / positives if positives else 1.0

none_ids = {lid for lid, ups in answers.items() if not ups}
extra_ids = {x["lower_task"]["id"] for x in report["extra"]}
extra_p = len(none_ids & extra_ids) / len(extra_ids) if extra_ids else 1.0
extra_r = len(none_ids & extra_ids) / len(none_ids) if none_ids else 1.0

name = os.path.basename(os.path.normpath(args.set_dir))
print(f"{name}: {len(items)} upper tasks in scope, {positives} answered by the lower plan; "
      f"predicted {predicted} (covered+partial), {len(tp)} right")
print(f"{name}: precision {precision:.3f}  recall {recall:.3f}  "
      f"(extra: precision {extra_p:.3f}, recall {extra_r:.3f} of {len(none_ids)} tasks that answer nothing)")
if not args.quiet:
    for uid, it, why in fp:
        print(f"  false positive {uid}: {why} (score {it['score']:.2f}, best {it['matches'][0]['lower_task']['id']})")
    for uid, it, why in fn:
        print(f"  missed {uid}: {why}; answered by {sorted(answered[uid])}")
    for lid in sorted(none_ids - extra_ids):
        print(f"  not listed as extra: {lid}")
    for lid in sorted(extra_ids - none_ids):
        print(f"  listed as extra but answers {sorted(answers[lid])}: {lid}")
sys.exit(0 if precision >= args.min and recall >= args.min else 1)
