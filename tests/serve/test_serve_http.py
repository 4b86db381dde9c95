"""HTTP-level tests of vnplan serve: upload, list, coverage, decide, export;
bad uploads and requests each get a clear answer and store nothing."""
import csv as csvmod
import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile

import jsonschema

from serve_client import Server, tmpdir

vnplan, samples = sys.argv[1], sys.argv[2]
UPPER = os.path.join(samples, "ubnd-2026-par-sipas.docx")
LOWER = os.path.join(samples, "sngv-2024-par-sipas-papi.docx")
OTHER = os.path.join(samples, "sngv-2025-khac-phuc.docx")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def cli_json(*args):
    return json.loads(subprocess.run([vnplan] + list(args), check=True, capture_output=True).stdout)


def counts(db):
    c = sqlite3.connect(db)
    r = tuple(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("plans", "runs", "decisions"))
    c.close()
    return r


d = tmpdir()
db = os.path.join(d, "t.sqlite")
s = Server(vnplan, db, "--max-upload", "100000")
try:
    c = sqlite3.connect(db)
    check(c.execute("PRAGMA journal_mode").fetchone()[0] == "wal", "database in WAL mode")
    check(c.execute("PRAGMA user_version").fetchone()[0] == 1, "schema version 1")
    c.close()

    # Upload two plans; the same bytes again are not stored twice.
    ids = {}
    for path in (UPPER, LOWER, OTHER):
        # Named as the CLI is given it, so that reports name the same sources.
        st, _, body = s.upload("/api/plans", path, open(path, "rb").read())
        got = json.loads(body)
        expect = cli_json("extract", path)
        check(st == 201 and got["created"], f"upload {path}: 201 created ({st})")
        check(got["tasks"] == len(expect["tasks"]), f"upload {path}: task count as the CLI's")
        check(got["sha256"] == expect["source"]["sha256"], f"upload {path}: sha256 as the CLI's")
        ids[path] = got["id"]
    st, _, body = s.upload("/api/plans", "again.docx", open(UPPER, "rb").read())
    check(st == 200 and json.loads(body) == {"id": ids[UPPER], "sha256": cli_json("extract", UPPER)["source"]["sha256"],
                                             "created": False, "tasks": 61}, "same plan again: 200, same id")
    st, plans = s.get_json("/api/plans")
    check(st == 200 and [p["id"] for p in plans["plans"]] == [1, 2, 3], "plan list")
    low = cli_json("extract", LOWER)["metadata"]
    check(plans["plans"][1]["issuer"] == low["issuer"] and plans["plans"][1]["title"] == low["title"]
          and plans["plans"][1]["number"] == f"{low['number']}/{low['symbol']}", "list: issuer, number, title")
    st, _, page = s.request("GET", "/")
    check(st == 200 and low["title"].encode() in page, "front page lists the plans")
    st, _, page = s.request("GET", "/plans/2")
    lower_tasks = cli_json("extract", LOWER)["tasks"]
    check(st == 200 and all(f"<tr><td>{t['id']}</td>".encode() in page for t in lower_tasks)
          and page.count(b"<tr><td>") == len(lower_tasks), "plan page has the task table")
    st, h, body = s.request("GET", "/plans/2.json")
    check(st == 200 and json.loads(body)["tasks"] == cli_json("extract", LOWER)["tasks"]
          and "attachment" in h.get("content-disposition", ""), "plan JSON download as the CLI's")

    # Escaping: a plan whose text holds markup.
    txt = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nKẾ HOẠCH\nThử <script>alert(1)</script> & \"x\"\nI. NHIỆM VỤ\n"
           "1. Tổ chức <b>tập huấn</b> cho cán bộ về cải cách hành chính.\n2. Kiểm tra việc thực hiện.\n")
    st, _, body = s.upload("/api/plans", "esc.txt", txt.encode())
    check(st == 201, "text plan uploaded")
    st, _, page = s.request("GET", f"/plans/{json.loads(body)['id']}")
    check(b"<script>alert" not in page and b"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in page
          and b"&lt;b&gt;t\xe1\xba\xadp hu\xe1\xba\xa5n&lt;/b&gt;" in page, "plan page escapes every value")
    before = counts(db)

    # Bad requests: each a clear answer, nothing stored.
    st, _, body = s.upload("/api/plans", "x.docx", b"PK\x03\x04 not really a zip" * 10)
    check(st == 422 and "error" in json.loads(body), f"not a plan: 422 ({st})")
    st, _, body = s.upload("/api/plans", "hello.txt", b"hello world\n")
    check(st == 422 and "nhi\u1ec7m v\u1ee5" in json.loads(body)["error"], f"text without tasks: 422 ({st})")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024) + b"/>")
    check(len(bomb.getvalue()) < 100000, "the zip bomb fits the upload limit")
    st, _, body = s.upload("/api/plans", "bomb.docx", bomb.getvalue())
    check(st == 422 and "ratio" in json.loads(body)["error"], f"zip bomb: 422 naming the ratio ({st} {body[:200]})")
    st, _, body = s.upload("/api/plans", "big.docx", b"x" * 200000)
    check(st == 413 and "100000" in json.loads(body)["error"], f"oversize: 413 ({st})")
    st, _, body = s.upload("/api/plans", "up.docx", open(UPPER, "rb").read(), token=False)
    check(st == 403, f"upload without token: 403 ({st})")
    s.token, good = "0" * 32, s.token
    st, _, body = s.upload("/api/plans", "up.docx", open(OTHER, "rb").read())
    check(st == 403, f"upload with a wrong token: 403 ({st})")
    s.token = good
    st, h, _ = s.request("PUT", "/api/plans", b"x")
    check(st == 405 and "allow" in h, f"PUT: 405 with Allow ({st})")
    st, _, _ = s.request("GET", "/runs")
    check(st == 405, f"GET on a POST address: 405 ({st})")
    st, _, _ = s.request("GET", "/plans/999")
    check(st == 404, "no such plan: 404")
    st, _, page = s.request("GET", "/nowhere")
    check(st == 404 and "Không có trang này".encode() in page, "unknown page: 404 with a page")
    st, _, _ = s.post_form("/api/runs", [("upper", 1)])
    check(st == 400, "run without a lower plan: 400")
    st, _, _ = s.post_form("/api/runs", [("upper", 1), ("lower", 999)])
    check(st == 404, "run with an unknown lower plan: 404")
    st, _, _ = s.post_form("/api/runs", [("upper", 1), ("lower", 2)], token=False)
    check(st == 403, "run without token: 403")
    check(counts(db) == before, "nothing stored by the bad requests")

    # Coverage: the same report as the CLI.
    st, _, body = s.post_form("/api/runs", [("upper", ids[UPPER]), ("lower", ids[LOWER])])
    check(st == 201, f"run created ({st})")
    run = json.loads(body)["id"]
    st, rep = s.get_json(f"/api/runs/{run}")
    cli = cli_json("coverage", UPPER, LOWER)
    check(rep["summary"] == cli["summary"], "run summary as the CLI's")
    check([(i["upper_task"]["id"], i["status"]) for i in rep["items"]] ==
          [(i["upper_task"]["id"], i["status"]) for i in cli["items"]], "run items as the CLI's")
    st, h, html = s.request("GET", f"/runs/{run}/report.html")
    check(st == 200 and h["content-type"].startswith("text/html") and b"<html" in html, "HTML report")
    st, h, csv = s.request("GET", f"/runs/{run}/report.csv")
    check(st == 200 and h["content-type"].startswith("text/csv"), "CSV report")

    # Decisions.
    matched = [i for i in rep["items"] if i["matches"]]
    a, b = matched[0], matched[1]
    st, _, body = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", a["upper_task"]["id"]), ("action", "confirm"),
                              ("lower_task", a["matches"][0]["lower_task"]["id"])])
    check(st == 400 and "tên" in json.loads(body)["error"], "a decision needs a reviewer name")
    st, h, _ = s.post_form("/reviewer", [("name", "Nguyễn Văn An"), ("back", "/runs/1")])
    check(st == 303 and h["location"] == "/runs/1" and "vnplan_name" in s.cookies, "reviewer name cookie")
    for item, action in ((a, "confirm"), (b, "reject")):
        st, _, body = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", item["upper_task"]["id"]),
                                  ("action", action), ("lower_task", item["matches"][0]["lower_task"]["id"]),
                                  ("note", "ghi chú <i>")])
        check(st == 201, f"{action}: 201 ({st} {body[:200]})")
    st, _, _ = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", a["upper_task"]["id"]), ("action", "status"),
                           ("status", "done")])
    check(st == 400, "a wrong status: 400")
    st, _, _ = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", "nope"), ("action", "status"),
                           ("status", "covered")])
    check(st == 400, "an unknown upper task: 400")
    st, _, _ = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", a["upper_task"]["id"]), ("action", "pick"),
                           ("lower_task", "nope")])
    check(st == 400, "an unknown lower task: 400")
    st, exp = s.get_json(f"/api/runs/{run}/decisions.json")
    got = [(x["upper_task"], x["action"], x["who"], x["note"], x["review"]) for x in exp["decisions"]]
    check(got == [(a["upper_task"]["id"], "confirm", "Nguyễn Văn An", "ghi chú <i>", False),
                  (b["upper_task"]["id"], "reject", "Nguyễn Văn An", "ghi chú <i>", False)], f"export: {got}")
    st, _, page = s.request("GET", f"/runs/{run}")
    check(st == 200 and "Nguyễn Văn An".encode() in page and b"ghi ch\xc3\xba &lt;i&gt;" in page,
          "review page shows who and the note, escaped")

    # The reviewed report: the server's and `vnplan coverage --decisions` are the same text.
    st, _, exported = s.request("GET", f"/runs/{run}/decisions.json")
    dec_file = os.path.join(d, "decisions.json")
    open(dec_file, "wb").write(exported)
    st, _, reviewed = s.request("GET", f"/runs/{run}/reviewed.json")
    cli_reviewed = subprocess.run([vnplan, "coverage", "--decisions", dec_file, UPPER, LOWER], check=True,
                                  capture_output=True).stdout
    check(st == 200 and reviewed == cli_reviewed, "reviewed report: server's == CLI --decisions")
    rv = {i["upper_task"]["id"]: i.get("decision") for i in json.loads(reviewed)["items"]}
    check(rv[a["upper_task"]["id"]]["status"] == "covered" and rv[a["upper_task"]["id"]]["who"] == "Nguyễn Văn An"
          and rv[b["upper_task"]["id"]]["action"] == "reject"
          and rv[b["upper_task"]["id"]]["status"] == b["status"]
          and sum(v is not None for v in rv.values()) == 2, "review fields of the two decided items")
    check(json.loads(reviewed)["review_summary"]["reviewed"] == 2, "review_summary counts both")
    schema = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs",
                                          "coverage.schema.json"), encoding="utf-8"))
    try:
        jsonschema.validate(json.loads(reviewed), schema)
    except jsonschema.ValidationError as e:
        check(False, f"the reviewed report follows docs/coverage.schema.json: {e.message}")
    # The human-facing reports are the reviewed one, in every format, and the
    # same bytes as `vnplan coverage --decisions --format ...`.
    for fmt in ("html", "csv"):
        st, _, served = s.request("GET", f"/runs/{run}/report.{fmt}")
        cli = subprocess.run([vnplan, "coverage", "--quiet", "--decisions", dec_file, "--format", fmt, UPPER, LOWER],
                             check=True, capture_output=True).stdout
        check(st == 200 and served == cli, f"reviewed {fmt}: server's == CLI --decisions --format {fmt}")
    st, _, html = s.request("GET", f"/runs/{run}/report.html")
    check("Kết luận rà soát".encode() in html and "Nguyễn Văn An".encode() in html
          and "ghi chú &lt;i&gt;".encode() in html and "ghi chú <i>".encode() not in html
          and 'id="review-summary"'.encode() in html, "reviewed HTML shows verdict, reviewer and the escaped note")
    st, _, csv_body = s.request("GET", f"/runs/{run}/report.csv")
    rows = list(csvmod.reader(io.StringIO(csv_body.decode("utf-8-sig"))))
    head = rows[0]
    check(head[-3:] == ["Kết luận rà soát", "Người rà soát", "Ghi chú rà soát"], f"reviewed CSV head: {head[-3:]}")
    by_id = {row[0]: row for row in rows[1:]}
    ra, rb = by_id[a["upper_task"]["id"]], by_id[b["upper_task"]["id"]]
    check(ra[-3] == "Đã đáp ứng" and ra[-2].startswith("Nguyễn Văn An, 20") and ra[-1] == "ghi chú <i>",
          f"reviewed CSV row of the confirmed task: {ra[-3:]}")
    check(sum(1 for row in rows[1:] if row[-3]) == 2, "only the two decided rows carry a verdict")
    st, h, book = s.request("GET", f"/runs/{run}/report.xlsx")
    z = zipfile.ZipFile(io.BytesIO(book))
    strings = z.read("xl/sharedStrings.xml").decode()
    check(st == 200 and "spreadsheetml" in h["content-type"] and "Kết luận rà soát" in strings
          and "ghi chú &lt;i&gt;" in strings, "reviewed xlsx carries the verdict column and the note")
    st, h, book = s.request("GET", f"/plans/{ids[UPPER]}.xlsx")
    check(st == 200 and "attachment" in h.get("content-disposition", "")
          and "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(book)).namelist(), "plan as xlsx")
    bad = os.path.join(d, "bad.json")
    open(bad, "w").write('{"x": 1}')
    p = subprocess.run([vnplan, "coverage", "--quiet", "--decisions", bad, UPPER, LOWER], capture_output=True, text=True)
    check(p.returncode == 1 and p.stdout == "" and "not a decisions file" in p.stderr and p.stderr.count("\n") == 1,
          f"CLI: a bad decisions file is one line and exit 1 ({p.returncode} {p.stderr})")

    # Re-run: same texts carry over; another lower plan's texts do not.
    st, _, body = s.post_form("/api/runs", [("upper", ids[UPPER]), ("lower", ids[LOWER])])
    check(st == 201 and json.loads(body)["carried"] == 2 and json.loads(body)["to_review"] == 0,
          f"re-run with unchanged texts: both carried ({body})")
    st, _, body = s.post_form("/api/runs", [("upper", ids[UPPER]), ("lower", ids[OTHER])])
    check(st == 201 and json.loads(body)["carried"] == 0 and json.loads(body)["to_review"] == 2,
          f"re-run with another lower plan: both to review ({body})")
    run3 = json.loads(body)["id"]
    st, _, page = s.request("GET", f"/runs/{run3}")
    check("cần xem xét lại".encode() in page, "review page marks them 'cần xem xét lại'")

    # Several lower plans give one report, as the CLI's.
    st, _, body = s.post_form("/api/runs", [("upper", ids[UPPER]), ("lower", ids[LOWER]), ("lower", ids[OTHER])])
    check(st == 201, f"run with two lower plans ({st})")
    st, rep2 = s.get_json(f"/api/runs/{json.loads(body)['id']}")
    cli2 = cli_json("coverage", UPPER, LOWER, OTHER)
    check(len(rep2["lower"]) == 2 and rep2["summary"] == cli2["summary"], "two lower plans: summary as the CLI's")
    check(s.request("GET", f"/runs/{json.loads(body)['id']}")[0] == 200, "two lower plans: review page")

    # A request without a token on the HTML side answers with a page.
    st, h, page = s.post_form("/plans", [("x", "1")], token=False)
    check(st == 403 and h["content-type"].startswith("text/html") and "CSRF".encode() in page, "403 page")
finally:
    rc = s.stop()
check(rc == 0, f"SIGTERM: clean stop, exit 0 ({rc})")
c = sqlite3.connect(db)
check(c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check ok")
c.close()
print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
