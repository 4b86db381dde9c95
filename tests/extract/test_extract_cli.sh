#!/bin/sh
# vnplan extract from the command line: batches with bad files, --jsonl,
# atomic -o, rules files that add a column synonym and a heading pattern,
# and a bad rules file.
VNPLAN=$1 SRC=$2 SHARED=$3
PY=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
sample=$SRC/samples/sngv-2026-chi-so.docx
printf 'not a plan' > "$tmp/bad.docx"

# A batch keeps going past a bad file: a record each, exit 1.
"$VNPLAN" extract --jsonl --quiet "$sample" "$tmp/bad.docx" "$sample" >"$tmp/out.jsonl" 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] && ok || bad "batch exit $rc"
[ "$(wc -l <"$tmp/out.jsonl")" -eq 3 ] && ok || bad "batch: $(wc -l <"$tmp/out.jsonl") lines, expected 3"
sed -n 2p "$tmp/out.jsonl" | grep -q '"error": {"code": "format"' && ok || bad "batch: no error record: $(sed -n 2p "$tmp/out.jsonl" | head -c 200)"
grep -q "bad.docx: plain text, not a .docx" "$tmp/err" && ok || bad "batch: stderr $(cat "$tmp/err")"
"$PY" -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$tmp/out.jsonl" && ok || bad "jsonl not JSON"
# --jobs: the same output, in the same order, on several threads.
"$VNPLAN" extract --jsonl --quiet --jobs 1 "$SRC"/samples/*.docx "$tmp/bad.docx" "$sample" >"$tmp/j1" 2>/dev/null
"$VNPLAN" extract --jsonl --quiet --jobs 3 "$SRC"/samples/*.docx "$tmp/bad.docx" "$sample" >"$tmp/j3" 2>/dev/null
cmp -s "$tmp/j1" "$tmp/j3" && [ "$(wc -l <"$tmp/j3")" -eq 7 ] && ok || bad "--jobs changed the output"
"$VNPLAN" extract --jobs 0 "$sample" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--jobs 0 accepted"
# --fail-fast stops at the first failure.
"$VNPLAN" extract --jsonl --fail-fast --quiet "$tmp/bad.docx" "$sample" >"$tmp/ff.jsonl" 2>/dev/null
[ "$(wc -l <"$tmp/ff.jsonl")" -eq 1 ] && ok || bad "fail-fast wrote $(wc -l <"$tmp/ff.jsonl") lines"
# Several files without --jsonl: a JSON array.
"$VNPLAN" extract "$sample" "$sample" | "$PY" -c "import json,sys; a=json.load(sys.stdin); assert len(a)==2" && ok || bad "array"
# One bad file alone: no output file at all.
"$VNPLAN" extract -o "$tmp/one.json" "$tmp/bad.docx" 2>/dev/null
[ $? -eq 1 ] && [ ! -e "$tmp/one.json" ] && ok || bad "single bad file left output"
ls "$tmp" | grep -q 'tmp-' && bad "temporary file left" || ok
"$VNPLAN" extract --pretty -o "$tmp/good.json" "$sample" && "$PY" -c "import json; json.load(open('$tmp/good.json'))" && ok || bad "-o"

# A column synonym added by a rules file: "Việc cần làm" names the task column.
"$PY" - "$tmp/custom.docx" <<'PYEOF'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def p(t): return '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % t
def tc(t): return '<w:tc>%s</w:tc>' % p(t)
rows = [['STT', 'Việc cần làm', 'Đơn vị chủ trì', 'Thời hạn'], ['I', 'NHÓM MỘT', '', ''],
        ['1', 'Rà soát thủ tục', 'Văn phòng Sở', 'Quý I/2026']]
tbl = '<w:tbl>' + ''.join('<w:tr>%s</w:tr>' % ''.join(tc(c) for c in r) for r in rows) + '</w:tbl>'
doc = '<?xml version="1.0"?><w:document %s><w:body>%s%s%s</w:body></w:document>' % (W, p('KẾ HOẠCH'), p('Thử'), tbl)
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', doc)
PYEOF
count() { "$PY" -c "import json,sys; print(len(json.load(sys.stdin)['tasks']))"; }
[ "$("$VNPLAN" extract "$tmp/custom.docx" | count)" = 0 ] && ok || bad "synonym: tasks without the rule"
printf '[list column.task append]\nviệc cần làm\n' > "$tmp/synonym.rules"
"$VNPLAN" extract --rules "$tmp/synonym.rules" "$tmp/custom.docx" >"$tmp/syn.json"
"$PY" -c "
import json; t=json.load(open('$tmp/syn.json'))['tasks']
assert len(t)==1 and t[0]['text']=='Rà soát thủ tục' and t[0]['lead']==['Văn phòng Sở'] and t[0]['timeframe']['kind']=='quarter', t" && ok || bad "synonym rule"

# A heading pattern added by a rules file: "Chương I." as a part.
printf 'KẾ HOẠCH\nThử\nChương I. CHUNG\n1. Mục một\n' > "$tmp/chuong.txt"
printf '[rule heading.part]\nyields = section level 0\npattern = ^\\s*(?<label>(?:Phần|Chương)\\s+[IVXLC]+)\\s*[.:]?\\s*(?<heading>.*)$\n' > "$tmp/heading.rules"
"$VNPLAN" extract --rules "$tmp/heading.rules" "$tmp/chuong.txt" | "$PY" -c "
import json,sys; s=json.load(sys.stdin)['sections']
assert s[0]['id']=='Chương I' and s[0]['level']==0 and s[0]['children'][0]['id']=='Chương I.1', s" && ok || bad "heading rule"

# A bad pattern: file, line, rule and PCRE2's message with the offset.
printf '# test\n[rule broken]\npattern = (unclosed\n' > "$tmp/broken.rules"
"$VNPLAN" extract --rules "$tmp/broken.rules" "$sample" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] && grep -q "broken.rules:3: rule 'broken': bad pattern at offset 9: missing closing parenthesis" "$tmp/err" && ok ||
    bad "bad rules: exit $rc: $(cat "$tmp/err")"

# Seeds given as text extract (the PDF ones are reflowed).
if [ -d "$SHARED/seeds" ]; then
    "$VNPLAN" extract "$SHARED"/seeds/001_*.txt | "$PY" -c "
import json,sys; p=json.load(sys.stdin)
t=[x for x in p['tasks'] if x['criteria']]
assert t and t[0]['criteria']['criterion']=='1.5' and t[0]['criteria']['score']==0.5 and t[0]['criteria']['max']==2, t[:1]
assert any(s['id']=='II' for s in p['sections'])" && ok || bad "seed 001 as text"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
