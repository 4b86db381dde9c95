#!/bin/sh
# CLI habits users of pandoc, jq and csvkit expect: standard input when no
# FILE is given and it is not a terminal, the short options -q and -j N,
# `vnplan help COMMAND`, the summary line that ends a batch.
#   test_cli_habits.sh VNPLAN SAMPLES_DIR
set -u
VNPLAN=$1 SAMPLES=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
doc=$SAMPLES/sngv-2024-par-sipas-papi.docx

# No FILE, standard input redirected: the same as '-'.
"$VNPLAN" extract - <"$doc" >"$tmp/dash.json" 2>"$tmp/err" || fail "extract - exited $?: $(cat "$tmp/err")"
"$VNPLAN" extract <"$doc" >"$tmp/none.json" 2>"$tmp/err" || fail "extract (no FILE) exited $?: $(cat "$tmp/err")"
cmp -s "$tmp/dash.json" "$tmp/none.json" || fail "extract with no FILE differs from extract -"
grep -q '"symbol": *"KH-SNgV"' "$tmp/none.json" || fail "extract from stdin: not the sample's plan"
printf 'KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n' | "$VNPLAN" text >"$tmp/text" 2>&1 ||
    fail "text from a pipe exited $?: $(cat "$tmp/text")"
grep -q "Rà soát thủ tục hành chính" "$tmp/text" || fail "text from a pipe: $(cat "$tmp/text")"

# -q is --quiet, -j N is --jobs N.
"$VNPLAN" extract -q -j 2 "$doc" "$doc" >"$tmp/two.json" 2>"$tmp/err" || fail "extract -q -j 2 exited $?"
[ -s "$tmp/err" ] && fail "extract -q wrote to stderr: $(cat "$tmp/err")"
[ "$(grep -o '"vnplan":"1"' "$tmp/two.json" | wc -l)" = 2 ] || fail "extract -j 2 of two files: not two plans"
"$VNPLAN" extract -j 0 "$doc" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc = 2 ] || fail "extract -j 0 exited $rc, not 2"
grep -q -- "--jobs needs a number from 1 to 256, not '0'" "$tmp/err" || fail "extract -j 0: $(cat "$tmp/err")"
"$VNPLAN" extract "$doc" -j >/dev/null 2>"$tmp/err"; rc=$?
[ $rc = 2 ] || fail "extract -j (no number) exited $rc, not 2"
grep -q "option '-j' needs a number" "$tmp/err" || fail "extract -j: $(cat "$tmp/err")"
"$VNPLAN" text -q "$doc" >/dev/null || fail "text -q"
"$VNPLAN" coverage -q "$doc" "$doc" >/dev/null || fail "coverage -q"

# A document that is not a plan is written (exit 0) and said so in one
# line; -q silences it. A batch names each .doc and gives the hint once.
printf 'Kính gửi các đồng chí.\nXin cảm ơn.\n' >"$tmp/letter.txt"
"$VNPLAN" extract "$tmp/letter.txt" >"$tmp/letter.json" 2>"$tmp/err" || fail "extract of a letter exited $?"
[ "$(cat "$tmp/err")" = "vnplan: $tmp/letter.txt: no task found, so not read as a plan (no document type in a title block)" ] ||
    fail "a letter: $(cat "$tmp/err")"
grep -q '"doc_type":null' "$tmp/letter.json" || fail "a letter: doc_type is not null"
printf 'BÁO CÁO\nKết quả công tác năm 2025\nNăm 2025, đơn vị đã hoàn thành các chỉ tiêu.\n' >"$tmp/report.txt"
"$VNPLAN" extract "$tmp/report.txt" >/dev/null 2>"$tmp/err" || fail "extract of a report exited $?"
grep -q "report.txt: no task found, so not read as a plan (document type: BÁO CÁO)$" "$tmp/err" ||
    fail "a report: $(cat "$tmp/err")"
"$VNPLAN" extract -q "$tmp/letter.txt" >/dev/null 2>"$tmp/err" && [ ! -s "$tmp/err" ] || fail "extract -q of a letter: $(cat "$tmp/err")"
"$VNPLAN" extract "$doc" >/dev/null 2>"$tmp/err" && [ ! -s "$tmp/err" ] || fail "a plan without warnings: $(cat "$tmp/err")"
${PYTHON:-python3} "$SAMPLES/../tools/make-hostile" "$tmp/h" >/dev/null || fail "make-hostile"
cp "$tmp/h/legacy.doc" "$tmp/a.doc" && cp "$tmp/h/legacy.doc" "$tmp/b.doc"
"$VNPLAN" extract "$tmp/a.doc" "$doc" "$tmp/b.doc" >"$tmp/batch.json" 2>"$tmp/err"; rc=$?
[ $rc = 1 ] || fail "a batch with two .doc exited $rc, not 1"
[ "$(grep -c 'legacy Word 97-2003 .doc file, not .docx$' "$tmp/err")" = 2 ] || fail "each .doc named: $(cat "$tmp/err")"
[ "$(grep -c 'soffice --headless' "$tmp/err")" = 1 ] || fail "the .doc hint is given once: $(cat "$tmp/err")"
tail -n 1 "$tmp/err" | grep -q "^vnplan: 2 legacy .doc files not read: run vnplan with --convert" || fail "the hint line: $(cat "$tmp/err")"
"$VNPLAN" extract "$tmp/a.doc" >/dev/null 2>"$tmp/err"
[ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "a.doc: legacy Word 97-2003 .doc file, not .docx: run vnplan with --convert" "$tmp/err" ||
    fail "one .doc alone: the hint on its line: $(cat "$tmp/err")"

# A batch ends with one summary line on a terminal (script(1) gives one),
# none with -q or when stderr is not a terminal (logs and pipes get the
# per-file lines only).
printf 'not a plan' >"$tmp/bad.docx"
if command -v script >/dev/null; then
    script -qec "'$VNPLAN' extract '$doc' '$tmp/bad.docx' '$doc' >/dev/null" /dev/null </dev/null | tr -d '\r' >"$tmp/tty"
    grep -Eq '^vnplan: extract: 2 done, 1 failed, [0-9]+\.[0-9] s$' "$tmp/tty" || fail "batch summary line: $(cat "$tmp/tty")"
    script -qec "'$VNPLAN' extract -q '$doc' '$tmp/bad.docx' >/dev/null" /dev/null </dev/null | tr -d '\r' >"$tmp/tty"
    grep -q "done," "$tmp/tty" && fail "extract -q printed the summary"
fi
"$VNPLAN" extract "$doc" "$tmp/bad.docx" >/dev/null 2>"$tmp/err"
grep -q "done," "$tmp/err" && fail "summary line on a stderr that is not a terminal"

# vnplan help COMMAND is COMMAND --help.
"$VNPLAN" help extract >"$tmp/h1" && "$VNPLAN" extract --help >"$tmp/h2" || fail "help extract"
cmp -s "$tmp/h1" "$tmp/h2" || fail "vnplan help extract differs from vnplan extract --help"
grep -q -- "-j, --jobs N" "$tmp/h1" || fail "extract --help does not show -j"

[ $failed = 0 ] && echo "cli habits: ok"
exit $failed
