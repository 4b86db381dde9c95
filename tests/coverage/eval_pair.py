#!/usr/bin/env python3
"""Precision and recall of `vnplan coverage` on a labelled pair (tests/coverage/pairs/*).

usage: eval_pair.py VNPLAN PAIR_DIR [--min X] [--quiet] [-- COVERAGE OPTIONS]

A pair directory holds
  upper            one line: the upper .docx, relative to the repository or to ../shared/corpus
  upper_tasks.tsv  key, upper_prefix: the upper plan's tasks as a READER cuts them (not vnplan's ids)
  lower.docx       the lower plan (or lower.txt)
  truth.tsv        lower_prefix, upper_keys ("-" for none), kind: what each lower task answers

Matching texts: both sides are compared NFC, whitespace collapsed, list labels ("a)", "-", "1.")
dropped at the start. A vnplan task carries every reader key whose prefix occurs in its text, or
whose prefix begins with its whole text (a vnplan task cut shorter than the reader's prefix):
- a vnplan task holding two reader tasks carries both keys;
- a reader task vnplan cuts in two is carried by the part that holds its prefix; the other part
  carries no key ("unlabelled"), so a claim on it is a wrong claim.
The same holds for lower tasks and truth rows; a lower task with no truth row answers nothing.

Recall is counted per reader key answered by the lower plan (truth): found when some vnplan task
carrying it is covered or partial and its best match is a lower task that answers that key; an
answered key whose vnplan tasks are all out of scope is missed.
Precision is counted per claim, every covered or partial vnplan task: right when its best match
(the lower task the report credits) answers one of its keys; an answered task credited to a lower
task that does not answer it is a wrong claim, like an unanswered task marked covered.
Prints the figures and every miss; exits 1 when precision or recall is below --min (0.85).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ap = argparse.ArgumentParser()
ap.add_argument("vnplan")
ap.add_argument("pair_dir")
ap.add_argument("--min", type=float, default=0.85)
ap.add_argument("--quiet", action="store_true")
args, extra = ap.parse_known_args()   # after "--": options for vnplan coverage
args.options = [a for a in extra if a != "--"]

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, "..", ".."))


def read_tsv(name, first):
    rows = []
    with open(os.path.join(args.pair_dir, name), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[0] != first:
            sys.exit(f"{name}: header {header}, expected {first} first")
        for line in f:
            if line.strip():
                rows.append((line.rstrip("\n").split("\t") + ["", ""])[:3])
    return rows


LABEL = re.compile(r"^(?:[-–—+•*]|\(?[0-9]+(?:\.[0-9]+)*[.)]|\(?[a-zđ][.)]|[IVXLC]+\.)\s+")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    s = " ".join(s.split())
    while True:
        t = LABEL.sub("", s, count=1)
        if t == s:
            return s
        s = t


LEAD_IN = re.compile(r"^[^:]{2,60}:\s+")


def keys_of(text, prefixes):
    """The keys whose prefix the text holds; a prefix that begins with a lead-in ("Công an xã: Là
    cơ quan ...") also matches without it, as vnplan takes the unit out of the task's text."""
    t = norm(text)
    out = set()
    for k, p in prefixes:
        if not p:
            continue
        rest = LEAD_IN.sub("", p, count=1)
        if p in t or (len(t) >= 20 and p.startswith(t)) or (rest != p and len(rest) >= 20 and rest in t):
            out.add(k)
    return out


def resolve_upper():
    with open(os.path.join(args.pair_dir, "upper"), encoding="utf-8") as f:
        rel = f.read().strip()
    for base in (repo, os.path.join(repo, "..", "shared", "corpus"), os.path.join(repo, "..", "shared")):
        p = os.path.normpath(os.path.join(base, rel))
        if os.path.exists(p):
            return p
    sys.exit(f"{args.pair_dir}/upper: {rel} not found in the repository or ../shared/corpus")


def run(*cmd):
    r = subprocess.run([args.vnplan, *cmd], capture_output=True)
    if r.returncode != 0:
        sys.exit(f"vnplan {' '.join(cmd)} failed: {r.stderr.decode(errors='replace').strip()}")
    return json.loads(r.stdout)


upper_path = resolve_upper()
lower_path = next((os.path.join(args.pair_dir, n) for n in ("lower.docx", "lower.txt")
                   if os.path.exists(os.path.join(args.pair_dir, n))), None)
if not lower_path:
    sys.exit(f"{args.pair_dir}: no lower.docx or lower.txt")

upper_keys = [(k, norm(p)) for k, p, _ in read_tsv("upper_tasks.tsv", "key")]
truth = read_tsv("truth.tsv", "lower_prefix")
truth_prefixes = [(i, norm(r[0])) for i, r in enumerate(truth)]
truth_answers = [set() if r[1].strip() in ("-", "") else {x.strip() for x in r[1].split(",")} for r in truth]
known = {k for k, _ in upper_keys}
for r, a in zip(truth, truth_answers):
    if a - known:
        sys.exit(f"truth row '{r[0]}' names keys not in upper_tasks.tsv: {sorted(a - known)}")

upper = run("extract", upper_path)
lower = run("extract", lower_path)
report = run("coverage", "--quiet", *args.options, upper_path, lower_path)

# upper: vnplan id -> reader keys
u_keys = {t["id"]: keys_of(t["text"], upper_keys) for t in upper["tasks"]}
carried = set().union(*u_keys.values()) if u_keys else set()
# lower: vnplan id -> upper keys it answers (union over the truth rows it holds)
l_answers, l_rows = {}, set()
for t in lower["tasks"]:
    rows = keys_of(t["text"], truth_prefixes)
    l_rows |= rows
    l_answers[t["id"]] = set().union(*(truth_answers[i] for i in rows)) if rows else set()

answered = {}   # reader key -> lower ids answering it
for lid, ks in l_answers.items():
    for k in ks:
        answered.setdefault(k, set()).add(lid)
truth_keys = set().union(*truth_answers) if truth_answers else set()

items = {it["upper_task"]["id"]: it for it in report["items"]}
claims_right, claims_wrong, found = [], [], set()
for uid, it in items.items():
    if it["status"] not in ("covered", "partial") or not it["matches"]:
        continue
    best = it["matches"][0]["lower_task"]["id"]
    right = l_answers.get(best, set()) & u_keys.get(uid, set())
    (claims_right if right else claims_wrong).append((uid, it, best))
    found |= right

positives = set(answered)
tp = positives & found
claims = len(claims_right) + len(claims_wrong)
precision = len(claims_right) / claims if claims else 1.0
recall = len(tp) / len(positives) if positives else 1.0

name = os.path.basename(os.path.normpath(args.pair_dir))
print(f"{name}: {len(upper['tasks'])} upper tasks ({len(upper_keys)} reader tasks), {len(items)} in scope; "
      f"{len(positives)} reader tasks answered; {claims} claims, {len(claims_right)} right; {len(tp)} found")
print(f"{name}: precision {precision:.3f}  recall {recall:.3f}")
if not args.quiet:
    for k in sorted(known - carried, key=lambda k: int(k[1:]) if k[1:].isdigit() else 0):
        print(f"  reader task {k} carried by no vnplan task" + (" (answered!)" if k in positives else ""))
    for uid, ks in u_keys.items():
        if not ks:
            print(f"  vnplan upper task {uid} carries no reader key" + (" (in scope)" if uid in items else ""))
    for i, r in enumerate(truth):
        if i not in l_rows:
            print(f"  truth row not found in any lower task: {r[0]}")
    for uid, it, best in claims_wrong:
        why = "answered, but not by " + best if u_keys.get(uid, set()) & truth_keys else "not answered"
        print(f"  wrong claim {uid} {sorted(u_keys.get(uid, []))}: {why} ({it['status']} {it['score']:.2f})")
    by_key = {}
    for uid, ks in u_keys.items():
        for k in ks:
            by_key.setdefault(k, []).append(uid)
    for k in sorted(positives - tp, key=lambda k: int(k[1:]) if k[1:].isdigit() else 0):
        state = []
        for uid in by_key.get(k, []):
            it = items.get(uid)
            state.append(f"{uid}: out of scope" if not it else
                         f"{uid}: {it['status']} {it['score']:.2f} best "
                         f"{it['matches'][0]['lower_task']['id'] if it['matches'] else '-'}")
        print(f"  missed {k} (answered by {sorted(answered[k])}): {'; '.join(state) or 'no vnplan task'}")
sys.exit(0 if precision >= args.min and recall >= args.min else 1)
