#!/bin/sh
# The CLI on every sample under valgrind: no invalid access, no uninitialised
# value used, no leak (definite or indirect). Skipped visibly without valgrind.
VNPLAN=$1 SAMPLES=$2
if ! command -v valgrind >/dev/null 2>&1; then
    echo "SKIPPED: valgrind is not installed"
    exit 77   # SKIP_RETURN_CODE: ctest reports the test as skipped
fi
passed=0 failed=0
# valgrind cannot follow PCRE2's JIT-compiled code: interpret the patterns.
export VNPLAN_PCRE2_JIT=0
run() {
    if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --show-leak-kinds=definite,indirect "$@" >/dev/null 2>/tmp/vnplan-vg.$$; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL valgrind $*"
        head -30 /tmp/vnplan-vg.$$
    fi
}
for f in "$SAMPLES"/*.docx; do
    for cmd in text dump extract; do
        if [ "$cmd" = extract ] && "$VNPLAN" extract --help 2>/dev/null | grep -q 'Not implemented'; then
            continue
        fi
        run "$VNPLAN" "$cmd" "$f"
    done
done
run "$VNPLAN" normalize "$SAMPLES/README.md"
# coverage of the provincial sample against all the others at once, in every format
for format in json text csv html; do
    run "$VNPLAN" coverage --format "$format" "$SAMPLES/ubnd-2026-par-sipas.docx" "$SAMPLES"/sngv-*.docx \
        "$SAMPLES"/stp-*.docx
done
rm -f /tmp/vnplan-vg.$$
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
