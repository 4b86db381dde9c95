#!/bin/sh
# Legacy .doc files: without --convert a one-line message says how to
# convert; with --convert (or VNPLAN_CONVERT=soffice) LibreOffice converts
# them in a private temporary directory. Skipped, visibly, without soffice.
VNPLAN=$1 CORPUS=$2
doc=$(ls "$CORPUS"/vn/*.doc 2>/dev/null | head -1)
if [ -z "$doc" ]; then
    echo "SKIPPED: no .doc file in $CORPUS/vn"
    exit 0
fi
passed=0 failed=0
err=$("$VNPLAN" text "$doc" 2>&1 >/dev/null)
rc=$?
if [ $rc -eq 1 ] && echo "$err" | grep -q -- '--convert'; then passed=$((passed + 1)); else
    echo "FAIL without --convert: exit $rc: $err"; failed=$((failed + 1)); fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "SKIPPED: soffice is not installed (Debian package libreoffice-writer-nogui): conversion not tested"
    echo "$passed passed, $failed failed"
    [ $failed -eq 0 ]
    exit
fi
for f in "$CORPUS"/vn/*.doc; do
    out=$(TMPDIR=${TMPDIR:-/tmp} "$VNPLAN" text --convert "$f" 2>/dev/null)
    if [ $? -eq 0 ] && [ "$(echo "$out" | grep -c .)" -gt 10 ]; then passed=$((passed + 1)); else
        echo "FAIL --convert $f"; failed=$((failed + 1)); fi
done
# extract converts too, and its digest is of the .doc as given.
sum=$(sha256sum "$doc" | cut -c1-64)
"$VNPLAN" extract --convert "$doc" 2>/dev/null | grep -q "\"sha256\":\"$sum\"" && passed=$((passed + 1)) ||
    { echo "FAIL extract --convert"; failed=$((failed + 1)); }
# The environment variable does the same.
VNPLAN_CONVERT=soffice "$VNPLAN" text "$doc" >/dev/null 2>&1 && passed=$((passed + 1)) ||
    { echo "FAIL VNPLAN_CONVERT=soffice"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
