#!/usr/bin/env python3
"""The reports read back as a spreadsheet or a browser would: the provincial
sample against the four department samples and itself (five lower plans).
xlsx packages are parsed (zipfile + XML): sheet names, cell values and
types (a text is a shared string, a score a number), frozen header and
autofilter. Usage: test_report_cli.py VNPLAN SOURCE_DIR"""
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

vnplan, src = sys.argv[1], sys.argv[2]
samples = os.path.join(src, "samples")
upper = os.path.join(samples, "ubnd-2026-par-sipas.docx")
lowers = sorted(os.path.join(samples, f) for f in os.listdir(samples)
                if f.endswith(".docx") and f != "ubnd-2026-par-sipas.docx") + [upper]
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
failures = []
VI = {"covered": "Đã đáp ứng", "partial": "Đáp ứng một phần", "missing": "Chưa đáp ứng"}


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL", what)


def run(*args, stdin=None):
    return subprocess.run([vnplan, *args], capture_output=True, input=stdin)


def cell_ref(ref):
    """(row, column), from 0, of a reference like "B12"."""
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters):]) - 1, n - 1


def read_xlsx(data):
    """{sheet name: {"cells": {(row, col): (type, value)}, "xml": root}}"""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    sheets = {}
    for s in wb.find("m:sheets", NS):
        path = "xl/" + target[s.get("{%s}id" % NS["r"])]
        root = ET.fromstring(z.read(path))
        cells = {}
        for c in root.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            if v is None:
                continue
            t = c.get("t", "n")
            val = shared[int(v.text)] if t == "s" else float(v.text) if t == "n" else v.text
            cells[cell_ref(c.get("r"))] = (t, val)
        sheets[s.get("name")] = {"cells": cells, "xml": root}
    return sheets


tmp = tempfile.mkdtemp()
rep_path = os.path.join(tmp, "report.json")
r = run("coverage", "-o", rep_path, upper, *lowers)
check(r.returncode == 0, f"coverage of five lower plans: {r.stderr.decode()[:200]}")
rep = json.load(open(rep_path, encoding="utf-8"))
items, lower = rep["items"], rep["lower"]
check(len(lower) == 5 and len(items) > 20, "five lower plans, items")

# ---- xlsx of the coverage report ------------------------------------------------------------
r = run("coverage", "--from-json", rep_path, "--format", "xlsx")
check(r.returncode == 0 and r.stdout[:2] == b"PK", f"xlsx on standard output ({r.stderr.decode()[:200]})")
book = read_xlsx(r.stdout)
check(list(book) == ["Tổng hợp", "Nhiệm vụ của tỉnh", "Đối chiếu theo đơn vị"], f"sheet names {list(book)}")
it_cells = book["Nhiệm vụ của tỉnh"]["cells"]
check(it_cells.get((0, 0)) == ("s", "Mã nhiệm vụ") and it_cells.get((0, 4)) == ("s", "Điểm"), "items heads")
for i, it in enumerate(items):
    row = i + 1
    check(it_cells.get((row, 0)) == ("s", it["upper_task"]["id"]), f"items row {row}: id")
    check(it_cells.get((row, 2)) == ("s", it["upper_task"]["text"]), f"items row {row}: text as a string")
    check(it_cells.get((row, 3)) == ("s", VI[it["status"]]), f"items row {row}: status")
    t, v = it_cells.get((row, 4), (None, None))
    check(t == "n" and abs(v - it["score"]) < 1e-9, f"items row {row}: score a number ({t}, {v})")
    if it["matches"]:
        m = it["matches"][0]
        check(it_cells.get((row, 7), ("", ""))[1].startswith(f"L{m['lower'] + 1} "), f"items row {row}: match's plan")
    # issue 14's confidence (a number) and review flag, after the match's columns
    t, v = it_cells.get((row, 12), (None, None))
    check(t == "n" and abs(v - it["confidence"]) < 1e-9, f"items row {row}: confidence a number ({t}, {v})")
    check(it_cells.get((row, 13)) == (("s", "Có") if it["to_review"] else None), f"items row {row}: review flag")
check(it_cells.get((0, 12)) == ("s", "Độ tin cậy") and it_cells.get((0, 13)) == ("s", "Cần xem lại"),
      f"items heads of confidence and review {it_cells.get((0, 12))} {it_cells.get((0, 13))}")
check(any(it["to_review"] for it in items) and not all(it["to_review"] for it in items), "some items to review, not all")
check(len({c for (rr, c) in it_cells if rr == len(items) + 1}) == 0, "no row after the items")
sheet = book["Nhiệm vụ của tỉnh"]["xml"]
pane = sheet.find(".//m:pane", NS)
check(pane is not None and pane.get("ySplit") == "1" and pane.get("state") == "frozen", "items: header frozen")
af = sheet.find("m:autoFilter", NS)
check(af is not None and af.get("ref") == f"A1:N{len(items) + 1}", f"items: autofilter {af.get('ref') if af is not None else None}")
# status cells are coloured: the three statuses have three different styles
styles = {}
for c in sheet.iter("{%s}c" % NS["m"]):
    row, col = cell_ref(c.get("r"))
    if col == 3 and row > 0:
        styles.setdefault(items[row - 1]["status"], set()).add(c.get("s"))
check(all(len(v) == 1 for v in styles.values()) and len({next(iter(v)) for v in styles.values()}) == len(styles),
      f"one style per status {styles}")
# matrix: a row per item, status + score per plan (empty when out of scope), totals per plan
mx = book["Đối chiếu theo đơn vị"]["cells"]
for k, p in enumerate(lower):
    check(mx.get((0, 4 + 2 * k), ("", ""))[1].startswith(f"L{k + 1} {p['unit']}"), f"matrix head of plan {k + 1}")
# the lead column: each task's lead units, as the upper plan names them; some tasks have one
check(mx.get((0, 2)) == ("s", "Đơn vị chủ trì"), f"matrix lead column head {mx.get((0, 2))}")
for i, it in enumerate(items):
    want = "; ".join(it["upper_task"]["lead"])
    check(mx.get((i + 1, 2), ("s", ""))[1] == want, f"matrix lead of {it['upper_task']['id']}: {mx.get((i + 1, 2))} != {want!r}")
check(any(it["upper_task"]["lead"] for it in items), "some upper task has a lead")
for i, it in enumerate(items):
    by = {b["lower"]: b for b in it.get("by_lower", [])}
    for k in range(len(lower)):
        st, sc = mx.get((i + 1, 4 + 2 * k)), mx.get((i + 1, 5 + 2 * k))
        if k in by:
            check(st == ("s", VI[by[k]["status"]]) and sc is not None and sc[0] == "n"
                  and abs(sc[1] - by[k]["score"]) < 1e-9, f"matrix {it['upper_task']['id']} plan {k + 1}: {st} {sc}")
        else:
            check(st is None and sc is None, f"matrix {it['upper_task']['id']} plan {k + 1}: empty")
last = max(rr for (rr, c) in mx)
for k, p in enumerate(lower):
    s = p["summary"]
    check(mx.get((last, 4 + 2 * k)) == ("n", float(s["covered"] + s["partial"])) and
          mx.get((last, 5 + 2 * k)) == ("n", float(s["in_scope"])), f"matrix total of plan {k + 1}")
summ = book["Tổng hợp"]["cells"]
areas = [v for (rr, c), (t, v) in summ.items() if c == 0 and t == "s"]
check(all((a["area"] or "(chưa xác định lĩnh vực)") in areas for a in rep["areas"]), "summary: every area")
# English, and -o written atomically (a file that starts as a zip package)
out = os.path.join(tmp, "r.xlsx")
r = run("coverage", "--from-json", rep_path, "--format", "xlsx", "--lang", "en", "-o", out)
check(r.returncode == 0 and list(read_xlsx(open(out, "rb").read())) == ["Summary", "Upper tasks", "Matrix"],
      "English sheet names, -o")
check(not [f for f in os.listdir(tmp) if ".tmp" in f], "no temporary file left")
# a formula-looking text is a string in the workbook, never a formula
hostile = dict(rep)
hostile["items"] = [dict(items[0], upper_task=dict(items[0]["upper_task"], text="=HYPERLINK(\"http://x\")"))] + items[1:]
r = run("coverage", "--from-json", "-", "--format", "xlsx", stdin=json.dumps(hostile).encode())
hb = read_xlsx(r.stdout)
check(hb["Nhiệm vụ của tỉnh"]["cells"].get((1, 2)) == ("s", "=HYPERLINK(\"http://x\")") and
      b"<f>" not in zipfile.ZipFile(io.BytesIO(r.stdout)).read("xl/worksheets/sheet2.xml"), "formula text stays text")
r = run("coverage", "--from-json", "-", "--format", "csv", stdin=json.dumps(hostile).encode())
check("\"'=HYPERLINK(\"\"http://x\"\")\"" in r.stdout.decode("utf-8-sig"), "CSV guards a formula")

# ---- the matrix in CSV, text and HTML --------------------------------------------------------
r = run("coverage", "--from-json", rep_path, "--format", "csv")
rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8-sig"), newline="")))
head = rows[0]
for k, p in enumerate(lower):
    check(f"L{k + 1} {p['unit']}: Mức độ" in head, f"CSV matrix head of plan {k + 1}")
for i, it in enumerate(items):
    by = {b["lower"]: b for b in it.get("by_lower", [])}
    for k in range(len(lower)):
        c = head.index(f"L{k + 1} {lower[k]['unit']}: Mức độ")
        # a score in per cent, halves rounded up as the CSV writer does (not Python's round to even)
        want = (VI[by[k]["status"]], str(int(by[k]["score"] * 100 + 0.5))) if k in by else ("", "")
        check((rows[i + 1][c], rows[i + 1][c + 1]) == want, f"CSV matrix {it['upper_task']['id']} plan {k + 1}")
check(all(re.fullmatch(r"\d+", row[3]) for row in rows[1:]), "CSV scores are integers")
r = run("coverage", "--from-json", rep_path, "--format", "text")
text = r.stdout.decode()
check("Bảng đối chiếu nhiệm vụ của tỉnh với kế hoạch cấp dưới" in text and
      all(f"L{k + 1} = {p['unit']}" in text for k, p in enumerate(lower)), "text matrix and its plans")
r = run("coverage", "--from-json", rep_path, "--format", "html")
html = r.stdout.decode()
check(html.count("<table class=\"matrix\">") == 1, "HTML matrix")
# each HTML matrix row: the id (the task's text on hover), its area and its lead units
import html as htmlmod
mrows = re.findall(r'<tr><td class="id"><a href="#u-[^"]*" title="([^"]*)">([^<]*)</a></td>'
                   r'<td class="t area">[^<]*</td><td class="t lead">([^<]*)</td>', html)
check(len(mrows) == len(items), f"HTML matrix: a row per item ({len(mrows)})")
for (title, tid, lead), it in zip(mrows, items):
    check(htmlmod.unescape(tid) == it["upper_task"]["id"] and htmlmod.unescape(title) == it["upper_task"]["text"]
          and htmlmod.unescape(lead) == "; ".join(it["upper_task"]["lead"]), f"HTML matrix row of {tid}")
n_matches = sum(len(it["matches"]) for it in items)
check(len(re.findall(r'<div class="match"><span class="plan">L\d+</span>', html)) == n_matches,
      "every HTML match names its plan")
# --from-json renders what the plans render
for fmt in ("text", "csv"):
    direct = run("coverage", "--format", fmt, upper, *lowers).stdout
    again = run("coverage", "--from-json", rep_path, "--format", fmt).stdout
    check(direct == again, f"--from-json {fmt} is the same report")
# bad --from-json: one line, exit 1, no output file
plan_json = os.path.join(tmp, "plan.json")
open(plan_json, "wb").write(run("extract", upper).stdout)
out = os.path.join(tmp, "none.html")
r = run("coverage", "--from-json", plan_json, "--format", "html", "-o", out)
err = r.stderr.decode()
check(r.returncode == 1 and err.count("\n") == 1 and "plan.json" in err and not os.path.exists(out),
      f"a plan is not a report: {r.returncode} {err!r}")
r = run("coverage", "--from-json", rep_path, upper)
check(r.returncode == 2, "--from-json with plans is a usage error")
r = run("coverage", "--lang", "fr", upper, lowers[0])
check(r.returncode == 2 and r.stderr.decode().count("\n") <= 2, "--lang fr is a usage error")

# ---- findings in the report's language: the English labels give back the
# library's message word for word, the Vietnamese ones none of it
hg = os.path.join(samples, "stp-hagiang-2026-handmade.docx")
rep_hg = json.loads(run("coverage", upper, hg).stdout)
check(len(rep_hg["findings"]) >= 3 and all(f.get("reason") for f in rep_hg["findings"]), "findings carry a reason")
en_text = run("coverage", "--lang", "en", "--format", "text", upper, hg).stdout.decode()
vi_text = run("coverage", "--format", "text", upper, hg).stdout.decode()
vi_html = run("coverage", "--format", "html", upper, hg).stdout.decode()
for f in rep_hg["findings"]:
    check(f["message"] in en_text, f"English text has the message {f['message']!r}")
    check(f["message"] not in vi_text and f["message"] not in vi_html, f"Vietnamese reports translate {f['message']!r}")
check("hai kế hoạch của hai tỉnh khác nhau (LẠNG SƠN, HÀ GIANG)" in vi_text and
      "hai kế hoạch của hai tỉnh khác nhau (LẠNG SƠN, HÀ GIANG)" in vi_html, "the two provinces, in Vietnamese")

# ---- a reviewed report (--decisions): the verdicts beside the computed statuses ------------------
one = json.loads(run("coverage", upper, lowers[0]).stdout)
decided = [it for it in one["items"] if it["matches"]][:2]
a, b = decided
dec_path = os.path.join(tmp, "decisions.json")
json.dump({"vnplan_decisions": "1", "decisions": [
    {"upper_task": a["upper_task"]["id"], "action": "status", "status": "missing", "who": "Lê Văn Cường",
     "at": "2026-12-04 09:00", "note": "chưa có sản phẩm",
     "upper_text_sha256": hashlib.sha256(a["upper_task"]["text"].encode()).hexdigest()},
    {"upper_task": b["upper_task"]["id"], "action": "confirm", "who": "Lê Văn Cường", "at": "2026-12-04 09:05",
     "upper_text_sha256": "0" * 64}]}, open(dec_path, "w", encoding="utf-8"), ensure_ascii=False)
text = run("coverage", "--decisions", dec_path, upper, lowers[0], "--format", "text").stdout.decode()
lines = text.split("\n")
ia = next(i for i, ln in enumerate(lines) if ln.startswith(a["upper_task"]["id"] + " "))
ib = next(i for i, ln in enumerate(lines) if ln.startswith(b["upper_task"]["id"] + " "))
check(lines[ia + 1] == " " * 14 + "Kết luận rà soát: Chưa đáp ứng (Lê Văn Cường, 2026-12-04 09:00): chưa có sản phẩm",
      f"text: the verdict under the item: {lines[ia + 1]!r}")
check(lines[ib + 1] == " " * 14 + "Kết luận rà soát: cần xem xét lại (Lê Văn Cường, 2026-12-04 09:05)",
      f"text: a decision on another text is to review again: {lines[ib + 1]!r}")
check(sum("Kết luận rà soát:" in ln for ln in lines) == 2, "text: only the decided items carry a verdict")
s1 = one["summary"]
want = (f"Đã rà soát 1 nhiệm vụ, 1 nhiệm vụ cần xem xét lại; sau rà soát: "
        f"{s1['covered'] - (a['status'] == 'covered')} đã đáp ứng, {s1['partial'] - (a['status'] == 'partial')} đáp ứng một phần, "
        f"{s1['missing'] + (a['status'] != 'missing')} chưa đáp ứng")
check(want in lines, f"text: the review summary line {want!r}")
plain = run("coverage", upper, lowers[0], "--format", "text").stdout.decode()
check("Kết luận rà soát" not in plain and "sau rà soát:" not in plain, "a report without decisions has no review line")
en = run("coverage", "--lang", "en", "--decisions", dec_path, upper, lowers[0], "--format", "text").stdout.decode()
check("Reviewer's status: missing (Lê Văn Cường, 2026-12-04 09:00): chưa có sản phẩm" in en, "English review line")
# the HTML's status filter: a verdict that differs from the computed status
dec2 = json.load(open(dec_path, encoding="utf-8"))
verdict = "covered" if a["status"] != "covered" else "missing"
dec2["decisions"][0]["status"] = verdict
dec2_path = os.path.join(tmp, "decisions2.json")
json.dump(dec2, open(dec2_path, "w", encoding="utf-8"), ensure_ascii=False)
rev_html = run("coverage", "--decisions", dec2_path, upper, lowers[0], "--format", "html").stdout.decode()
def row_status(page, task_id):
    m = re.search(r'<tr class="item s-\w+" id="u-' + re.escape(task_id) + r'" data-order="\d+" data-status="(\w+)"', page)
    return m.group(1) if m else None
check(row_status(rev_html, a["upper_task"]["id"]) == verdict,
      f"HTML: the status filter of a decided item is the reviewer's verdict ({row_status(rev_html, a['upper_task']['id'])})")
check(row_status(rev_html, b["upper_task"]["id"]) == b["status"],
      "HTML: an item to review again is filtered by its computed status")
book = read_xlsx(run("coverage", "--decisions", dec_path, upper, lowers[0], "--format", "xlsx").stdout)
ic = book["Nhiệm vụ của tỉnh"]["cells"]
check([ic.get((0, c)) for c in (14, 15, 16)] == [("s", "Kết luận rà soát"), ("s", "Người rà soát"),
                                                  ("s", "Ghi chú rà soát")], "xlsx: the review columns")
row_a = 1 + next(i for i, it in enumerate(one["items"]) if it is a)
check([ic.get((row_a, c)) for c in (14, 15, 16)] == [("s", "Chưa đáp ứng"), ("s", "Lê Văn Cường, 2026-12-04 09:00"),
                                                     ("s", "chưa có sản phẩm")], f"xlsx: the verdict of {a['upper_task']['id']}")

# ---- extract: CSV and xlsx task tables -------------------------------------------------------
plan = json.loads(run("extract", lowers[-2]).stdout)
r = run("extract", "--format", "csv", lowers[-2])
rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8-sig"), newline="")))
check(rows[0] == ["Mã nhiệm vụ", "Lĩnh vực", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
                  "Từ ngày", "Đến ngày", "Sản phẩm", "Vị trí trong văn bản"], f"extract CSV heads {rows[0]}")
check(len(rows) == 1 + len(plan["tasks"]), "extract CSV: a row per task")
for row, t in zip(rows[1:], plan["tasks"]):
    check(row[0] == t["id"] and row[3] == "; ".join(t["lead"]) and row[6] == (t["timeframe"]["start"] or ""),
          f"extract CSV row {t['id']}")
r = run("extract", "--format", "xlsx", "--lang", "en", lowers[-2])
book = read_xlsx(r.stdout)
check(list(book) == ["Tasks", "Sections", "Metadata"], f"extract sheets {list(book)}")
tc = book["Tasks"]["cells"]
for i, t in enumerate(plan["tasks"]):
    check(tc.get((i + 1, 0)) == ("s", t["id"]) and tc.get((i + 1, 2)) == ("s", t["text"]), f"extract xlsx task {t['id']}")
md = {v[1]: book["Metadata"]["cells"].get((rr, 1), ("", ""))[1]
      for (rr, c), v in book["Metadata"]["cells"].items() if c == 0 and rr > 0}
check(md.get("issuer") == plan["metadata"]["issuer"], "extract xlsx metadata issuer")
def count_sections(ss):
    return sum(1 + count_sections(s.get("children", [])) for s in ss)
check(max(rr for (rr, c) in book["Sections"]["cells"]) == count_sections(plan["sections"]), "a row per section")
r = run("extract", "--format", "csv", lowers[0], lowers[1])
check(r.returncode == 2, "extract --format csv takes one file")

print(f"{len(failures)} failures" if failures else "ok")
sys.exit(1 if failures else 0)
