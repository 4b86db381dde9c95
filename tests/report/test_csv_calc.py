#!/usr/bin/env python3
"""The coverage CSV as LibreOffice Calc reads it: converted headless with the
import options docs/cli.md gives (comma, double quote, UTF-8), every cell
must come back as the CSV has it — Vietnamese text intact, scores as numbers,
no cell a formula, even one that starts like one.

usage: test_csv_calc.py VNPLAN SOURCE_DIR   (exit 77 without LibreOffice Calc)"""
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

vnplan, src = sys.argv[1], sys.argv[2]
soffice = shutil.which("soffice")
calc = [p for p in ("/usr/lib/libreoffice/program/libsclo.so",) if os.path.exists(p)]
if not soffice or not calc:
    print("LibreOffice Calc is not installed (libreoffice-calc-nogui): skipped")
    sys.exit(77)
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


samples = os.path.join(src, "samples")
tmp = tempfile.mkdtemp()
try:
    upper = os.path.join(samples, "ubnd-2026-par-sipas.docx")
    lowers = [os.path.join(samples, f) for f in ("sngv-2026-chi-so.docx", "stp-hagiang-2026-handmade.docx")]
    path = os.path.join(tmp, "report.csv")
    subprocess.run([vnplan, "coverage", "-q", "--format", "csv", "-o", path, upper, *lowers], check=True)
    # A task text that looks like a formula must stay text.
    plan = os.path.join(tmp, "formula.txt")
    open(plan, "w", encoding="utf-8").write("KẾ HOẠCH\nI. NHIỆM VỤ\n1. =1+1 rà soát thủ tục hành chính.\n")
    path2 = os.path.join(tmp, "formula.csv")
    subprocess.run([vnplan, "coverage", "-q", "--all", "--format", "csv", "-o", path2, plan, plan], check=True)
    for csv_path in (path, path2):
        rows = list(csv.reader(io.StringIO(open(csv_path, encoding="utf-8-sig").read(), newline="")))
        r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", tmp, csv_path],
                           capture_output=True, text=True, timeout=300)
        book = csv_path[:-4] + ".xlsx"
        check(r.returncode == 0 and os.path.exists(book), f"soffice converted {csv_path}: {r.stderr[-300:]}")
        if not os.path.exists(book):
            continue
        z = zipfile.ZipFile(book)
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        shared = [("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        got = {}
        for c in sheet.iter(f"{{{ns['m']}}}c"):
            m = re.fullmatch(r"([A-Z]+)(\d+)", c.get("r"))
            col = 0
            for ch in m.group(1):
                col = col * 26 + ord(ch) - 64
            v = c.find("m:v", ns)
            check(c.find("m:f", ns) is None, f"{c.get('r')} is a formula")
            if v is not None:
                got[(int(m.group(2)) - 1, col - 1)] = (c.get("t", "n"), shared[int(v.text)] if c.get("t") == "s" else v.text)
        for i, row in enumerate(rows):
            for j, want in enumerate(row):
                t, val = got.get((i, j), ("", ""))
                if want == "":
                    check((i, j) not in got, f"{os.path.basename(csv_path)} row {i + 1} col {j + 1}: empty, got {val!r}")
                elif re.fullmatch(r"\d+", want):
                    check(t == "n" and float(val) == float(want), f"row {i + 1} col {j + 1}: number {want}, got {t} {val!r}")
                else:
                    check(t == "s" and val == want, f"row {i + 1} col {j + 1}: {want[:40]!r}, got {t} {val[:40]!r}")
        check(len(rows) > 1 and rows[0][0] == "Mã nhiệm vụ", f"{csv_path}: heads {rows[0][:3]}")
    check(any("'=1+1" in c for row in csv.reader(open(path2, encoding="utf-8-sig")) for c in row),
          "the formula-like task is guarded in the CSV")
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{len(failures)} failures" if failures else "ok")
sys.exit(1 if failures else 0)
