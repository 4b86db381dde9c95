#!/bin/sh
# Reads every file of the shared corpus: each is either read (exit 0) or
# rejected with exit 1 and exactly one line naming it; never a crash (exit
# >= 3 or a signal), never a hang.
VNPLAN=$1 CORPUS=$2
if [ ! -d "$CORPUS" ]; then
    echo "SKIPPED: no corpus at $CORPUS"
    exit 77   # SKIP_RETURN_CODE: ctest reports the test as skipped
fi
passed=0 failed=0 read=0 rejected=0
for f in $(find "$CORPUS" -type f \( -name '*.docx' -o -name '*.doc' \) | sort); do
    timeout 60 "$VNPLAN" text --quiet "$f" >/dev/null 2>/tmp/vnplan-corpus-err.$$
    rc=$?
    lines=$(wc -l </tmp/vnplan-corpus-err.$$)
    if [ $rc -eq 0 ]; then
        read=$((read + 1)) passed=$((passed + 1))
    elif [ $rc -eq 1 ] && [ "$lines" -eq 1 ] && grep -q -F "$f" /tmp/vnplan-corpus-err.$$; then
        rejected=$((rejected + 1)) passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $f: exit $rc"
        head -3 /tmp/vnplan-corpus-err.$$
    fi
done
rm -f /tmp/vnplan-corpus-err.$$
echo "corpus: $read read, $rejected rejected with a reason"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
