#!/bin/sh
# The CLI conventions every command shares: help, version, exit codes,
# one-line errors naming the file, atomic -o output.
set -u
VNPLAN=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# check NAME EXPECTED_EXIT STDOUT_PATTERN STDERR_PATTERN -- COMMAND...
check() {
    name=$1 want=$2 outpat=$3 errpat=$4
    shift 5
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    ok=1
    [ "$rc" -eq "$want" ] || { echo "FAIL $name: exit $rc, expected $want"; ok=0; }
    if [ -n "$outpat" ] && ! grep -q -- "$outpat" "$tmp/out"; then
        echo "FAIL $name: stdout lacks '$outpat'"; sed 's/^/  | /' "$tmp/out"; ok=0
    fi
    if [ -n "$errpat" ] && ! grep -q -- "$errpat" "$tmp/err"; then
        echo "FAIL $name: stderr lacks '$errpat'"; sed 's/^/  | /' "$tmp/err"; ok=0
    fi
    if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

check version 0 '^vnplan [0-9][0-9.]*$' '' -- "$VNPLAN" --version
check help 0 'Usage: vnplan COMMAND' '' -- "$VNPLAN" --help
check help-lists-commands 0 'extract' '' -- "$VNPLAN" --help
check no-args 2 '' 'Usage: vnplan COMMAND' -- "$VNPLAN"
check unknown-command 2 '' "unknown command 'frobnicate'" -- "$VNPLAN" frobnicate
check unknown-option 2 '' "unknown option '--frob'" -- "$VNPLAN" --frob
check help-unknown 2 '' "unknown command 'nope'" -- "$VNPLAN" help nope
for cmd in extract coverage text dump normalize; do
    check "help-$cmd" 0 "Usage: vnplan $cmd" '' -- "$VNPLAN" help "$cmd"
    check "$cmd--help" 0 "Usage: vnplan $cmd" '' -- "$VNPLAN" "$cmd" --help
done
# The error line for a missing file names the file.
for cmd in extract text dump; do
    if "$VNPLAN" "$cmd" --help | grep -q 'Not implemented'; then continue; fi
    check "$cmd-missing-file" 1 '' "^vnplan: $tmp/missing.docx: cannot open" -- "$VNPLAN" "$cmd" "$tmp/missing.docx"
    [ "$(wc -l <"$tmp/err")" -eq 1 ] || { echo "FAIL $cmd-missing-file: more than one line on stderr"; failed=$((failed + 1)); }
    # A failed run leaves no output file behind, not even a temporary one.
    check "$cmd-no-partial-output" 1 '' 'missing.docx' -- "$VNPLAN" "$cmd" -o "$tmp/out.json" "$tmp/missing.docx"
    if ls "$tmp" | grep -q 'out.json'; then echo "FAIL $cmd: output file left behind"; failed=$((failed + 1)); fi
done

# Limits are options of every command, with a clear message when exceeded.
docx=$(dirname "$0")/../text/legacy-fonts/tcvn3-direct.docx
check limit-unknown 2 '' "unknown limit option '--max-frobs'" -- "$VNPLAN" text --max-frobs=3 "$docx"
check limit-bad-value 2 '' "needs a whole number" -- "$VNPLAN" text --max-xml-depth=deep "$docx"
check limit-exceeded 1 '' "(limit max-xml-depth)" -- "$VNPLAN" text --max-xml-depth 3 "$docx"
check limit-fine 0 'KẾ HOẠCH' '' -- "$VNPLAN" text --max-xml-depth=100 "$docx"
check stdin-docx 0 'KẾ HOẠCH' '' -- sh -c "\"$VNPLAN\" text - < \"$docx\""
check text-o 0 '' '' -- "$VNPLAN" text -o "$tmp/t.txt" "$docx"
grep -q 'KẾ HOẠCH' "$tmp/t.txt" || { echo "FAIL text -o wrote nothing"; failed=$((failed + 1)); }

# -o onto a device writes to it and leaves it a device.
if [ -c /dev/null ]; then
    check text-o-devnull 0 '' '' -- "$VNPLAN" text -o /dev/null "$docx"
    [ -c /dev/null ] || { echo "FAIL -o /dev/null replaced the device"; failed=$((failed + 1)); }
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
