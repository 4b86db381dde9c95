#!/bin/sh
# The shared library's dynamic symbols are the public API: every defined
# symbol is named vnplan_*, and every function a public header declares
# VNPLAN_EXTERN is among them (an export macro missing from a declaration,
# or a definition missing, fails here rather than at a user's link).
#   test_exported_symbols.sh LIBRARY INCLUDE_DIR
set -u
LIB=$1 INC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm -D --defined-only "$LIB" | awk '{print $NF}' | sort -u >"$tmp/exported" || { echo "nm failed on $LIB"; exit 1; }
status=0
others=$(grep -v '^vnplan_' "$tmp/exported")
if [ -n "$others" ]; then
    echo "$LIB exports names outside the API:"; echo "$others" | head -40
    status=1
fi
sed -n 's/^VNPLAN_EXTERN [^(]*[ *]\(vnplan_[a-z0-9_]*\)(.*/\1/p' "$INC"/vnplan/*.h | sort -u >"$tmp/declared"
if [ ! -s "$tmp/declared" ]; then echo "no VNPLAN_EXTERN declarations found under $INC"; exit 1; fi
missing=$(comm -23 "$tmp/declared" "$tmp/exported")
if [ -n "$missing" ]; then echo "declared but not exported:"; echo "$missing"; status=1; fi
undeclared=$(comm -13 "$tmp/declared" "$tmp/exported")
if [ -n "$undeclared" ]; then echo "exported but not declared VNPLAN_EXTERN:"; echo "$undeclared"; status=1; fi
[ $status -eq 0 ] && echo "$(wc -l <"$tmp/exported") symbols, all public"
exit $status
