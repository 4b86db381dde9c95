#!/usr/bin/env python3
"""Seed 003 is the appendix task table of the plan behind
samples/sngv-2026-chi-so.docx, as a PDF text extraction flattened it: every
cell broken over lines, cells in reading order, page numbers and a repeated
header between rows. Extracted from text, it must give the same tasks as the
.docx: the same ids, texts, units and timeframes, except where the PDF put a
word of a cell after the next cell (two places, listed below).

usage: test_flat_table.py VNPLAN SOURCE_DIR SHARED_DIR
"""
import glob
import json
import re
import subprocess
import sys

vnplan, src, shared = sys.argv[1:4]
seed = glob.glob(f"{shared}/seeds/003_*.txt")[0]
flat = json.loads(subprocess.run([vnplan, "extract", seed], check=True, capture_output=True).stdout)["tasks"]
docx = [t for t in json.loads(subprocess.run([vnplan, "extract", f"{src}/samples/sngv-2026-chi-so.docx"], check=True,
                                             capture_output=True).stdout)["tasks"] if t["id"].startswith("PL")]
norm = lambda s: " ".join((s or "").split())
# (task, field): the words the PDF moved ("đúng tiến độ." after the output cell; "quan" after the output)
moved = {("III.5", "text"), ("III.5", "output"), ("VI.1", "support"), ("VI.1", "output")}
failures = 0
if len(flat) != 20 or len(docx) != 20:
    print(f"FAIL: {len(flat)} tasks from the text, {len(docx)} from the docx, 20 expected")
    failures += 1
for a, b in zip(flat, docx):
    key = a["id"].split(".", 1)[1]
    if key != b["id"].split(".", 1)[1]:
        print(f"FAIL: id {a['id']} against {b['id']}")
        failures += 1
    for field in ("text", "lead", "support", "output", "area"):
        x, y = a[field], b[field]
        same = (norm(x) == norm(y)) if not isinstance(x, list) else x == y
        if (key, field) in moved:
            same = not same   # the known difference must still be the only one
            if same:
                continue
            print(f"NOTE: {a['id']} {field} now equal to the docx: update the list of moved words")
            failures += 1
        elif not same:
            print(f"FAIL: {a['id']} {field}:\n  text: {x}\n  docx: {y}")
            failures += 1
    # "Trong năm" is the plan's year: the .docx says which (2026), the seed, an appendix without
    # the plan's head, does not
    ta, tb = a["timeframe"], b["timeframe"]
    no_year = not re.search(r"\d{4}", ta["text"] or "") and ta["start"] is ta["end"] is None
    if no_year and {**ta, "start": tb["start"], "end": tb["end"]} == tb:
        continue
    if a["timeframe"] != b["timeframe"]:
        print(f"FAIL: {a['id']} timeframe {a['timeframe']} against {b['timeframe']}")
        failures += 1
print(f"{len(flat)} tasks compared, {failures} failures")
sys.exit(1 if failures else 0)
