#!/usr/bin/env python3
"""vnplan coverage from the command line: the report of the provincial sample
against every department sample validates against docs/coverage.schema.json;
a plan given as extract's JSON gives the same report as the document; CSV and
text agree with the JSON; bad input and bad usage fail with one line and the
documented exit code, leaving no output file.

usage: test_coverage_cli.py VNPLAN SOURCE_DIR
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

vnplan, src = sys.argv[1], sys.argv[2]
samples = os.path.join(src, "samples")
upper = os.path.join(samples, "ubnd-2026-par-sipas.docx")
departments = sorted(os.path.join(samples, f) for f in os.listdir(samples)
                     if f.endswith(".docx") and f != "ubnd-2026-par-sipas.docx")
schema = json.load(open(os.path.join(src, "docs", "coverage.schema.json"), encoding="utf-8"))
failures = []


def run(*args, stdin=None):
    return subprocess.run([vnplan, "coverage", *args], capture_output=True, input=stdin)


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL", what)


def report(*args):
    r = run(*args)
    check(r.returncode == 0, f"coverage {' '.join(args)} exits 0 (got {r.returncode}: {r.stderr.decode()[:200]})")
    return json.loads(r.stdout) if r.returncode == 0 else None


# Every department sample: a valid report with items, and the per-plan
# summary adding up.
check(len(departments) >= 4, "four department samples")
for lower in departments:
    rep = report(upper, lower)
    if not rep:
        continue
    try:
        jsonschema.validate(rep, schema)
    except jsonschema.ValidationError as e:
        check(False, f"{lower}: schema: {e.message} at {list(e.absolute_path)}")
    s = rep["summary"]
    check(s["in_scope"] == len(rep["items"]) == s["covered"] + s["partial"] + s["missing"],
          f"{lower}: summary counts add up")
    check(sum(a["in_scope"] for a in rep["areas"]) == s["in_scope"], f"{lower}: areas add up")
    for it in rep["items"]:
        scores = [m["score"] for m in it["matches"]]
        check(scores == sorted(scores, reverse=True) and len(scores) <= 3, f"{lower}: matches best first, top 3")
        check(not scores or it["score"] == scores[0], f"{lower}: item score is its best match")
        for m in it["matches"]:
            for side, text in (("upper", it["upper_task"]["text"]), ("lower", m["lower_task"]["text"])):
                b = text.encode()
                for s0, e0 in m["spans"][side]:
                    check(0 <= s0 < e0 <= len(b), f"{lower}: span in range")
                    b[s0:e0].decode()   # on character boundaries, or this raises

# Several lower plans in one call, one of them given as extract's JSON: the
# same report as with the documents.
with tempfile.TemporaryDirectory() as tmp:
    as_json = os.path.join(tmp, "lower.json")
    subprocess.run([vnplan, "extract", departments[0], "-o", as_json], check=True)
    a = report(upper, departments[0], departments[1])
    b = report(upper, as_json, departments[1])
    if a and b:
        check(a["items"] == b["items"] and a["summary"] == b["summary"], "JSON input gives the same report")
        check(len(a["lower"]) == 2 and all("by_lower" in it for it in a["items"]), "two lower plans: by_lower")
        jsonschema.validate(a, schema)
    # the same plan on standard input
    r = run(upper, "-", stdin=open(as_json, "rb").read())
    check(r.returncode == 0 and json.loads(r.stdout)["items"] == report(upper, departments[0])["items"],
          "a plan as JSON on standard input")

    # CSV: a header and one row per item; text: the summary line
    rep = report(upper, departments[-1])
    r = run("--format", "csv", "--lang", "en", upper, departments[-1])
    rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8-sig"), newline="")))
    check(rows[0][:3] == ["Upper id", "Area", "Status"] and len(rows) == 1 + len(rep["items"]), "CSV rows")
    check([row[0] for row in rows[1:]] == [it["upper_task"]["id"] for it in rep["items"]], "CSV ids in order")
    check([row[2] for row in rows[1:]] == [it["status"] for it in rep["items"]], "CSV statuses")
    r = run("--format", "csv", upper, departments[-1])
    rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8-sig"), newline="")))
    vi = {"covered": "Đã đáp ứng", "partial": "Đáp ứng một phần", "missing": "Chưa đáp ứng"}
    check(rows[0][:3] == ["Mã nhiệm vụ", "Lĩnh vực", "Mức độ"], "CSV heads in Vietnamese by default")
    check([row[2] for row in rows[1:]] == [vi[it["status"]] for it in rep["items"]], "CSV statuses in Vietnamese")
    r = run("--format", "text", "--lang", "en", upper, departments[-1])
    s = rep["summary"]
    check(f"{s['in_scope']} of {s['upper_tasks']} upper tasks in scope: {s['covered']} covered".encode() in r.stdout,
          "text summary line")

    # -o writes the file; a failure leaves none
    out = os.path.join(tmp, "report.html")
    r = run("--format", "html", "-o", out, upper, departments[0])
    check(r.returncode == 0 and open(out, encoding="utf-8").read().startswith("<!DOCTYPE html>"), "-o html")
    missing = os.path.join(tmp, "no-such.docx")
    out2 = os.path.join(tmp, "none.json")
    r = run("-o", out2, upper, missing)
    err = r.stderr.decode()
    check(r.returncode == 1 and err.count("\n") == 1 and "no-such.docx" in err, f"missing file: one line, exit 1 ({err!r})")
    check(not os.path.exists(out2), "no output file after a failure")
    # a bad plan after good ones (read on the second thread): the same, and the good ones are freed
    r = run("-o", out2, upper, departments[0], departments[1], missing, departments[2])
    err = r.stderr.decode()
    check(r.returncode == 1 and err.count("\n") == 1 and "no-such.docx" in err, f"bad plan in a batch ({err!r})")
    check(not os.path.exists(out2), "no output file after a failure in a batch")
    report_json = os.path.join(tmp, "r.json")
    open(report_json, "w").write(json.dumps(rep))
    r = run(upper, report_json)
    check(r.returncode == 1 and "r.json" in r.stderr.decode() and "coverage report, not a plan" in r.stderr.decode(),
          "a report given as a plan")
    bad = os.path.join(tmp, "bad.json")
    open(bad, "w").write("{\"vnplan\": \"1\", \"tasks\": ")
    r = run(upper, bad)
    check(r.returncode == 1 and "bad.json" in r.stderr.decode() and "not valid JSON" in r.stderr.decode(), "broken JSON")

    # hostile JSON: nesting far beyond any plan, a huge string, a plan with no tasks
    deep = os.path.join(tmp, "deep.json")
    open(deep, "w").write('{"vnplan": "1", "metadata": ' + "[" * 200000 + "]" * 200000 + "}")
    r = run(upper, deep)
    check(r.returncode == 1 and r.stderr.count(b"\n") == 1 and b"deep.json" in r.stderr, f"deep nesting: {r.stderr[:200]!r}")
    empty = os.path.join(tmp, "empty-plan.json")
    open(empty, "w").write('{"vnplan": "1", "metadata": {}, "tasks": []}')
    r = run(upper, empty)
    check(r.returncode == 0 and json.loads(r.stdout)["summary"]["covered"] == 0, "a plan with no tasks: all missing")
    r = run("--max-input-bytes", "1000", upper, departments[0])
    check(r.returncode == 1 and b"limit" in r.stderr, f"input limit applies to coverage ({r.stderr[:200]!r})")

# usage errors: exit 2 with one line
for args in (["--help"], [upper], ["--format", "pdf", upper, upper], ["--covered", "2", upper, upper],
             ["--partial", "0.6", "--covered", "0.3", upper, upper], ["--top", "0", upper, upper],
             ["--bogus", upper, upper], [upper, "-", "-"]):
    r = run(*args)
    if args == ["--help"]:
        check(r.returncode == 0 and b"Usage: vnplan coverage" in r.stdout, "--help")
    else:
        check(r.returncode == 2 and r.stdout == b"" and r.stderr.count(b"\n") <= 2, f"usage error {args}")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
