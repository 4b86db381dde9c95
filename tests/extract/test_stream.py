#!/usr/bin/env python3
"""A plan extracted as it is read (the streaming reader and writer, which
`vnplan extract` uses) and the plan built as a tree (vnplan_extract, which
coverage uses) must give the same bytes (the stream_tree program), and the
CLI must write the same plan alone, in a --jsonl batch and in a --pretty
array, on every
sample, the Vietnamese corpus, the seeds, and generated plans that stress
what streaming changes: a table read in chunks of 256 rows (a vertical merge
and a continuation row across a chunk boundary), a task table inside the
body (its tasks come after every body task), the signature table between
body and appendix, spools that spill to temporary files. With --rss, also
the memory bound of issue 8 on a large generated plan: peak RSS below four
times the file plus 32 MiB (not under AddressSanitizer).

Usage: test_stream.py VNPLAN STREAM_TREE SOURCE_DIR SHARED_DIR [--rss]
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

vnplan, stream_tree, src, shared = (sys.argv[1:5] + [""] * 4)[:4]
check_rss = "--rss" in sys.argv[5:]
failed = 0


def check(cond, what):
    global failed
    if not cond:
        failed += 1
        print("FAIL", what)


def run(*args, env=None):
    r = subprocess.run([vnplan, *args], capture_output=True, env=env)
    return r.returncode, r.stdout, r.stderr


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text, bold=False, align=None):
    ppr = '<w:pPr><w:jc w:val="%s"/></w:pPr>' % align if align else ''
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text))


def cell(text, extra=''):
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (extra, ''.join(p(t) for t in text.split('\n')))


def table(rows, cols):
    grid = '<w:tblGrid>%s</w:tblGrid>' % ('<w:gridCol w:w="1500"/>' * cols)
    return '<w:tbl>%s%s</w:tbl>' % (grid, ''.join('<w:tr>%s</w:tr>' % ''.join(r) for r in rows))


def write_docx(path, body):
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '</w:body></w:document>' % (W, body))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)


HEAD = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']


def chunked_plan(path):
    """Header table, body with a task table inside, signature table, an
    appendix table of 700 rows."""
    parts = [table([[cell('UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc')],
                    [cell('Số: 12/KH-SNV'), cell('Lạng Sơn, ngày 10 tháng 3 năm 2026')]], 2),
             p('KẾ HOẠCH', True, 'center'), p('Cải cách hành chính năm 2026 (CCHC)', True, 'center'),
             p('I. MỤC ĐÍCH, YÊU CẦU', True), p('Nâng cao chất lượng cải cách hành chính (CCHC) của Sở.'),
             p('II. NHIỆM VỤ TRỌNG TÂM', True)]
    for j in range(1, 4):
        parts.append(p('%d. Nhiệm vụ số %d về cải cách thể chế' % (j, j), True))
        parts.append(p('a) Rà soát văn bản quy phạm pháp luật nhóm %d.' % j))
        parts.append(p('- Đơn vị chủ trì: Văn phòng Sở;'))
        parts.append(p('b) Công khai thủ tục hành chính nhóm %d.' % j))
        parts.append(p('- Đơn vị chủ trì: Phòng Cải cách hành chính; Đơn vị phối hợp: Thanh tra Sở.'))
        if j == 2:
            parts.append(table([[cell(h) for h in HEAD]] +
                               [[cell(str(k)), cell('Nhiệm vụ trong bảng của phần thân %d' % k),
                                 cell('Văn phòng Sở'), cell(''), cell('Quý II/2026')] for k in range(1, 4)], 5))
    parts += [p('III. TỔ CHỨC THỰC HIỆN', True), p('1. Văn phòng Sở: theo dõi, đôn đốc, tổng hợp.'),
              table([[cell('Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.'), cell('GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn A')]], 2),
              p('Phụ lục I', True), p('DANH MỤC NHIỆM VỤ', True)]
    rows = [[cell(h) for h in HEAD]]
    units = ['Văn phòng Sở', 'Phòng Công chức', 'Thanh tra Sở']
    stt = 0
    for r in range(1, 700):
        if r % 100 == 1:
            rows.append([cell('I' * (1 + r // 300) if r < 300 else 'V'), cell('NHÓM %d' % (r // 100), '<w:gridSpan w:val="4"/>')])
            stt = 0
            continue
        if r == 512:
            # The first row of the third chunk continues the task above it.
            rows.append([cell(''), cell('phần tiếp theo của nhiệm vụ'), cell(''), cell(''), cell('')])
            continue
        stt += 1
        # Lead cells merged down over pairs of rows: rows 255 and 256 across the first boundary.
        merge = '<w:vMerge w:val="restart"/>' if r % 2 else '<w:vMerge/>'
        rows.append([cell(str(stt)), cell('Nhiệm vụ phụ lục %d' % r), cell(units[r % 3] if r % 2 else '', merge),
                     cell(units[(r + 1) % 3]), cell('Tháng %d/2026' % (1 + r % 12))])
    parts.append(table(rows, 5))
    write_docx(path, ''.join(parts))


def crossing_plan(path, n_rows):
    """A long appendix table whose lead cells are merged in pairs of rows
    that straddle every boundary of 256-row chunks (rows 255 and 256, ...)."""
    rows = [[cell(h) for h in HEAD]]
    for r in range(1, n_rows):
        merge = '<w:vMerge w:val="restart"/>' if r % 2 else '<w:vMerge/>'
        rows.append([cell(str(r)), cell('Nhiệm vụ phụ lục số %d về cải cách hành chính' % r),
                     cell('Văn phòng Sở' if r % 2 else '', merge), cell('Thanh tra Sở'), cell('Quý II/2026')])
    write_docx(path, p('KẾ HOẠCH', True, 'center') + p('Phụ lục I', True) + table(rows, 5))


if len(sys.argv) == 4 and sys.argv[1] == "--make-crossing":
    crossing_plan(sys.argv[2], int(sys.argv[3]))
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="vnplan-stream-")
env = dict(os.environ, TMPDIR=tmp)
# First, while this process is small (a forked child's peak RSS counts what
# it inherited before exec): a plan of 344 KiB, larger than a batch keeps in
# memory (its JSON goes to a temporary file until written).
big = os.path.join(tmp, "big.docx")
subprocess.run([sys.executable, f"{src}/tools/make-large-plan", big, "60000", "12000"], check=True)
big_json = os.path.join(tmp, "big.json")
proc = subprocess.Popen([vnplan, "extract", "-o", big_json, big], env=env)
_, status, usage = os.wait4(proc.pid, 0)   # this child's own peak, not the generator's
check(os.waitstatus_to_exitcode(status) == 0, f"large plan: exit {status}")
if check_rss:
    peak = usage.ru_maxrss * 1024
    bound = 4 * os.path.getsize(big) + 32 * 1024 * 1024
    check(peak < bound, f"large plan: peak RSS {peak / 2**20:.1f} MiB, bound {bound / 2**20:.1f} MiB")
    print(f"large plan: peak RSS {peak / 2**20:.1f} MiB (bound {bound / 2**20:.1f} MiB)")
# Merges across every chunk boundary must not keep every chunk alive.
cross = os.path.join(tmp, "crossing.docx")
subprocess.run([sys.executable, __file__, "--make-crossing", cross, "40000"], check=True)
for command in (["extract"], ["text"]):
    proc = subprocess.Popen([vnplan, *command, "-o", os.path.join(tmp, "crossing.out"), cross], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    check(os.waitstatus_to_exitcode(status) == 0, f"crossing merges, {command[0]}: exit {status}")
    if check_rss:
        peak = usage.ru_maxrss * 1024
        bound = 4 * os.path.getsize(cross) + 32 * 1024 * 1024
        check(peak < bound, f"crossing merges, {command[0]}: peak RSS {peak / 2**20:.1f} MiB, bound {bound / 2**20:.1f} MiB")
with open(big_json, "rb") as f:
    alone = f.read()
rc, batch, err = run("extract", "--jsonl", "--jobs", "2", big, f"{src}/samples/sngv-2024-par-sipas-papi.docx", big, env=env)
lines = batch.split(b"\n")
check(rc == 0 and len(lines) == 4 and lines[0] + b"\n" == alone and lines[2] + b"\n" == alone,
      f"large plan in a batch differs from the plan alone (exit {rc}, {err[:200]!r})")
# A batch worker that cannot make the temporary file for a large plan: an error
# record in its place, the other plans kept, exit 1.
rc, batch, err = run("extract", "--jsonl", "--jobs", "1", big, f"{src}/samples/sngv-2024-par-sipas-papi.docx",
                     env=dict(os.environ, TMPDIR=os.path.join(tmp, "missing")))
lines = batch.split(b"\n")
check(rc == 1 and len(lines) == 3 and json.loads(lines[0])["error"]["code"] == "io" and
      json.loads(lines[1])["vnplan"] == "1" and err.count(b"\n") == 1 and b"big.docx: could not make a temporary file" in err,
      f"batch with an unwritable TMPDIR: exit {rc}, {lines[0][:200]!r}, {err!r}")
os.remove(big)
os.remove(big_json)
del alone, batch, lines
plan = json.loads(run("extract", cross)[1])
check(len(plan["tasks"]) == 39999 and all(t["lead"] == ["Văn phòng Sở"] for t in plan["tasks"]),
      f"crossing merges: {len(plan['tasks'])} tasks, leads {set(tuple(t['lead']) for t in plan['tasks'])}")
os.remove(cross)
os.remove(os.path.join(tmp, "crossing.out"))
del plan

inputs = sorted(glob.glob(f"{src}/samples/*.docx") + glob.glob(f"{shared}/corpus/vn/*.docx") +
                glob.glob(f"{shared}/seeds/*.txt"))
chunked = os.path.join(tmp, "chunked.docx")
chunked_plan(chunked)
large = os.path.join(tmp, "large.docx")
# About 9 MB of JSON: the sections and tasks spools spill to temporary files.
subprocess.run([sys.executable, f"{src}/tools/make-large-plan", large, "20000", "3000"], check=True)
inputs += [chunked, large]
check(len(inputs) > 20, f"only {len(inputs)} inputs")
r = subprocess.run([stream_tree, *inputs], capture_output=True, text=True, env=env)
check(r.returncode == 0, "stream and tree differ:\n" + r.stdout[-3000:] + r.stderr[-1000:])

for f in inputs:
    name = os.path.basename(f)
    rc, stream, err = run("extract", f, env=env)
    rc2, tree, _ = run("extract", "--jsonl", "--jobs", "1", f)
    check(rc == 0 and rc2 == 0, f"{name}: exit {rc}/{rc2} {err[:200]!r}")
    check(stream == tree, f"{name}: the plan alone differs from the plan in a --jsonl batch")
    rc, stream, _ = run("extract", "--pretty", f, env=env)
    rc2, both, _ = run("extract", "--pretty", "--jobs", "1", f, f)
    # Two copies in an array: "[\n" PLAN ",\n" PLAN "\n]\n".
    plan = stream.rstrip(b"\n")
    check(both == b"[\n" + plan + b",\n" + plan + b"\n]\n", f"{name}: the plan alone differs from the plan in a --pretty array")
check(sorted(os.listdir(tmp)) == ["chunked.docx", "large.docx"],
      f"temporary files left in TMPDIR: {os.listdir(tmp)}")

# A temporary directory that cannot be written: the file fails with a line, no output is left.
out = os.path.join(tmp, "out.json")
rc, _, err = run("extract", "-o", out, large, env=dict(os.environ, TMPDIR=os.path.join(tmp, "missing")))
check(rc == 1 and b"could not write the temporary file of a large plan" in err and not os.path.exists(out),
      f"unwritable TMPDIR: exit {rc}, {err!r}")

# What the chunked plan must give (read against the generator above).
plan = json.loads(run("extract", chunked)[1])
ids = [t["id"] for t in plan["tasks"]]
check(plan["metadata"]["number"] == "12" and plan["metadata"]["symbol"] == "KH-SNV", f"number {plan['metadata']}")
check(plan["metadata"]["title"] == "Cải cách hành chính năm 2026 (CCHC)", f"title {plan['metadata']['title']!r}")
check(plan["metadata"]["signer"]["name"] == "Nguyễn Văn A", f"signer {plan['metadata']['signer']}")
check(plan["metadata"]["recipients"] == ["UBND tỉnh", "Lưu: VT"], f"recipients {plan['metadata']['recipients']}")
body = [t for t in plan["tasks"] if t["origin"] == "body"]
appendix = [t for t in plan["tasks"] if t["origin"] == "appendix"]
check(plan["tasks"] == body + appendix, "body tasks do not all come before the appendix tasks")
check(len(body) == 7 and body[0]["id"] == "II.1.a" and body[0]["lead"] == ["Văn phòng Sở"], f"body tasks {[t['id'] for t in body]}")
check(body[3]["support"] == ["Thanh tra Sở"], f"II.2.b support {body[3]['support']}")
# The body's own table gives the first appendix-origin tasks, before Phụ lục I's.
check([t["text"] for t in appendix[:3]] == ["Nhiệm vụ trong bảng của phần thân %d" % k for k in (1, 2, 3)],
      f"first appendix tasks {[t['text'] for t in appendix[:3]]}")
by_text = {t["text"]: t for t in appendix}
cont = [t for t in appendix if t["text"].endswith("phần tiếp theo của nhiệm vụ")]
check(len(cont) == 1 and cont[0]["text"] == "Nhiệm vụ phụ lục 511 phần tiếp theo của nhiệm vụ",
      f"continuation across the chunk boundary {[t['text'] for t in cont]}")
t = by_text.get("Nhiệm vụ phụ lục 255", {})
check(t.get("lead") == ["Văn phòng Sở"], f"row 255's lead {t.get('lead')}")
t = by_text.get("Nhiệm vụ phụ lục 256", {})
check(t.get("lead") == ["Văn phòng Sở"], f"row 256's lead, merged from the row above across chunks {t.get('lead')}")
t = by_text.get("Nhiệm vụ phụ lục 257", {})
check(t.get("lead") == ["Thanh tra Sở"], f"row 257's lead {t.get('lead')}")
check(len(appendix) == 3 + 699 - 7 - 1, f"{len(appendix)} appendix tasks")
units = {u["name"]: u for u in plan["units"]}
check(units.get("Văn phòng Sở", {}).get("leads", [None])[0] == "II.1.a", "units: body task ids first")

for f in glob.glob(os.path.join(tmp, "*")):
    os.remove(f)
os.rmdir(tmp)
print(f"{len(inputs)} inputs; {'FAILED' if failed else 'ok'}")
sys.exit(1 if failed else 0)
