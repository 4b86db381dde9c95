#!/bin/sh
# Legacy .doc files: without --convert a one-line message says how to
# convert; with --convert (or VNPLAN_CONVERT=soffice) LibreOffice converts
# them in a private temporary directory. Skipped, visibly, without soffice.
VNPLAN=$1 CORPUS=$2
doc=$(ls "$CORPUS"/vn/*.doc 2>/dev/null | head -1)
if [ -z "$doc" ]; then
    echo "SKIPPED: no .doc file in $CORPUS/vn"
    exit 77   # SKIP_RETURN_CODE: ctest reports the test as skipped
fi
passed=0 failed=0
# OLE2 files that are not Word 97-2003 documents are never handed to
# LibreOffice, even with --convert: a password-protected .docx gets the
# "remove the password" message, another Office file its own. A stand-in
# soffice first on PATH records whether it was run.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
printf '#!/bin/sh\ntouch "%s/soffice-ran"\nexit 1\n' "$tmp" >"$tmp/bin/soffice"
chmod +x "$tmp/bin/soffice"
ole2() {   # ole2 FILE NAME...: an OLE2 header and the stream names in UTF-16LE
    out=$1; shift
    python3 -c 'import sys; sys.stdout.buffer.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"".join(n.encode("utf-16-le") + b"\0" * 8 for n in sys.argv[1:]))' "$@" >"$out"
}
ole2 "$tmp/encrypted.docx" EncryptionInfo EncryptedPackage
ole2 "$tmp/book.xls" Workbook
for case in "encrypted.docx:remove the password" "book.xls:an OLE2 compound file"; do
    f=${case%%:*} want=${case#*:}
    err=$(PATH="$tmp/bin:$PATH" "$VNPLAN" text --convert "$tmp/$f" 2>&1 >/dev/null)
    rc=$?
    if [ $rc -eq 1 ] && echo "$err" | grep -q -- "$want" && [ ! -e "$tmp/soffice-ran" ]; then
        passed=$((passed + 1))
    else
        echo "FAIL --convert $f: exit $rc, soffice run: $([ -e "$tmp/soffice-ran" ] && echo yes || echo no): $err"
        failed=$((failed + 1))
    fi
    rm -f "$tmp/soffice-ran"
done
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
# ... and its source.format says it was a .doc.
"$VNPLAN" extract --convert "$doc" 2>/dev/null | grep -q '"format":"doc"' && passed=$((passed + 1)) ||
    { echo "FAIL extract --convert: source.format is not doc"; failed=$((failed + 1)); }
# The environment variable does the same.
VNPLAN_CONVERT=soffice "$VNPLAN" text "$doc" >/dev/null 2>&1 && passed=$((passed + 1)) ||
    { echo "FAIL VNPLAN_CONVERT=soffice"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
