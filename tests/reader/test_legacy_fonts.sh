#!/bin/sh
# `vnplan text` on the small .docx files whose runs use legacy fonts (made
# by tools/make-legacy-font-docx) gives the Unicode text in each .expected.
VNPLAN=$1 DIR=$2
passed=0 failed=0
for f in "$DIR"/*.docx; do
    if "$VNPLAN" text "$f" | cmp -s - "${f%.docx}.expected"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $f"
        "$VNPLAN" text "$f" | diff "${f%.docx}.expected" - | head -5
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
