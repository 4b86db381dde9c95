#!/bin/sh
# The hostile-input suite (issue 7): generates every case with
# tools/make-hostile, runs `vnplan text` on each under a memory limit and
# checks the exit code and the one-line message given in cases.tsv.
#   run_hostile.sh VNPLAN SOURCE_DIR WORK_DIR [MEMORY_KIB]
set -u
VNPLAN=$1 SRC=$2 WORK=$3 MEM=${4:-1048576}
cases=$SRC/tests/hostile/cases.tsv
rm -rf "$WORK" && mkdir -p "$WORK/in"
"${PYTHON:-python3}" "$SRC/tools/make-hostile" "$WORK/in" || { echo "cannot generate the cases"; exit 1; }
passed=0 failed=0
while IFS='	' read -r name want pattern; do
    case $name in ''|'#'*) continue ;; esac
    f=$WORK/in/$name
    # A child shell so the limits apply to vnplan only; 60 s of CPU is a hang.
    # MEM 0: no address-space limit (AddressSanitizer reserves terabytes of it).
    (if [ "$MEM" -gt 0 ]; then ulimit -v "$MEM"; fi; ulimit -t 60; exec "$VNPLAN" text "$f") >"$WORK/out" 2>"$WORK/err"
    rc=$?
    ok=1
    [ "$rc" -eq "$want" ] || { echo "FAIL $name: exit $rc, expected $want"; ok=0; }
    lines=$(wc -l <"$WORK/err")
    if [ "$want" -eq 0 ]; then
        [ -s "$WORK/out" ] || { echo "FAIL $name: no text printed"; ok=0; }
    else
        [ "$lines" -eq 1 ] || { echo "FAIL $name: $lines lines on stderr, expected 1"; ok=0; }
        [ -s "$WORK/out" ] && { echo "FAIL $name: output despite the error"; ok=0; }
    fi
    if [ -n "$pattern" ] && ! grep -q -F -e "$pattern" "$WORK/err"; then
        echo "FAIL $name: stderr lacks /$pattern/"; ok=0
    fi
    grep -q -e "$f" "$WORK/err" || [ "$want" -eq 0 ] || { echo "FAIL $name: message does not name the file"; ok=0; }
    [ $ok -eq 1 ] || sed 's/^/  | /' "$WORK/err" | head -5
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done <"$cases"
# Nothing may be written outside the work directory by a traversal name.
[ -e /tmp/vnplan-evil.txt ] && { echo "FAIL traversal: /tmp/vnplan-evil.txt was written"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
