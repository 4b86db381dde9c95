#!/bin/sh
# Output files of every command (docs/cli.md, "Output"): write errors fail
# with exit status 4 and one line naming the output; nothing is left behind
# by a failed or killed run; symbolic links are written through; the output
# may not be one of the inputs.
#   test_cli_output.sh VNPLAN SAMPLES_DIR
set -u
VNPLAN=$1
SAMPLES=$2
UPPER=$SAMPLES/ubnd-2026-par-sipas.docx
LOWER=$SAMPLES/sngv-2026-chi-so.docx
tmp=$(mktemp -d)
small=""
cleanup() {
    [ -n "$small" ] && umount "$small" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# expect_one_line NAME WANT_EXIT PATTERN -- COMMAND...: the exit status and
# exactly one line on stderr, which matches PATTERN.
expect_one_line() {
    name=$1 want=$2 pat=$3
    shift 4
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    lines=$(wc -l <"$tmp/err")
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit $rc, expected $want"; sed 's/^/  | /' "$tmp/err"
    elif [ "$lines" -ne 1 ] || ! grep -q -- "$pat" "$tmp/err"; then
        fail "$name: expected one line matching '$pat' on stderr, got $lines:"; sed 's/^/  | /' "$tmp/err"
    else
        ok
    fi
}

# Write errors: /dev/full takes nothing. Every command, its own way of writing.
expect_one_line text-full 4 '/dev/full: write error: No space left' -- "$VNPLAN" text -o /dev/full "$UPPER"
expect_one_line dump-full 4 '/dev/full: write error' -- "$VNPLAN" dump -o /dev/full "$UPPER"
expect_one_line extract-full 4 '/dev/full: write error' -- "$VNPLAN" extract -o /dev/full "$UPPER"
expect_one_line extract-pretty-full 4 '/dev/full: write error' -- "$VNPLAN" extract --pretty -o /dev/full "$UPPER"
expect_one_line extract-batch-full 4 '/dev/full: write error' -- "$VNPLAN" extract --jsonl -o /dev/full "$UPPER" "$LOWER"
expect_one_line coverage-html-full 4 '/dev/full: write error' -- \
    "$VNPLAN" coverage --quiet --format html -o /dev/full "$UPPER" "$LOWER"
expect_one_line coverage-json-full 4 '/dev/full: write error' -- "$VNPLAN" coverage --quiet -o /dev/full "$UPPER" "$LOWER"
printf 'Ủy ban nhân dân tỉnh\n' >"$tmp/in.txt"
expect_one_line normalize-full 4 '/dev/full: write error' -- "$VNPLAN" normalize -o /dev/full "$tmp/in.txt"
# Standard output that is /dev/full is a write error too.
expect_one_line stdout-full 4 '<stdout>: write error' -- sh -c "'$VNPLAN' text '$UPPER' >/dev/full"

# A directory that does not exist.
expect_one_line no-directory 4 "$tmp/nodir/x.json: cannot create output: No such file" -- \
    "$VNPLAN" extract -o "$tmp/nodir/x.json" "$UPPER"
expect_one_line output-is-directory 4 "cannot write output: it is a directory" -- \
    "$VNPLAN" extract -o "$tmp" "$UPPER"

# The output may not be one of the inputs (the input would be destroyed).
cp "$UPPER" "$tmp/plan.docx"
for cmd in text extract dump; do
    "$VNPLAN" $cmd -o "$tmp/plan.docx" "$tmp/plan.docx" >/dev/null 2>"$tmp/err"
    rc=$?
    if [ $rc -eq 2 ] && grep -q "output '$tmp/plan.docx' is one of the inputs" "$tmp/err"; then ok; else
        fail "$cmd-output-is-input: exit $rc"; sed 's/^/  | /' "$tmp/err"; fi
done
"$VNPLAN" coverage -o "$tmp/plan.docx" "$UPPER" "$tmp/plan.docx" >/dev/null 2>&1
[ $? -eq 2 ] && ok || fail "coverage-output-is-input: expected exit 2"
"$VNPLAN" normalize "$tmp/in.txt" -o "$tmp/in.txt" >/dev/null 2>&1
[ $? -eq 2 ] && ok || fail "normalize-output-is-input: expected exit 2"
cmp -s "$UPPER" "$tmp/plan.docx" && ok || fail "output-is-input: the input was changed"
grep -q 'Ủy ban' "$tmp/in.txt" && ok || fail "normalize-output-is-input: the input was changed"

# Symbolic links are written through, not replaced: existing, dangling,
# relative to the link's directory.
mkdir "$tmp/links" "$tmp/links/sub"
ln -s real.json "$tmp/links/dangling.json"
"$VNPLAN" extract -o "$tmp/links/dangling.json" "$UPPER" 2>"$tmp/err"
if [ -L "$tmp/links/dangling.json" ] && [ -s "$tmp/links/real.json" ]; then ok; else fail "dangling link replaced or not followed"; fi
"$VNPLAN" text -o "$tmp/links/dangling.json" "$LOWER" 2>"$tmp/err"
if [ -L "$tmp/links/dangling.json" ] && grep -q 'SỞ NGOẠI VỤ' "$tmp/links/real.json"; then ok; else fail "existing link replaced or not followed"; fi
ln -s ../real.json "$tmp/links/sub/rel.json"
"$VNPLAN" normalize -o "$tmp/links/sub/rel.json" "$tmp/in.txt" 2>"$tmp/err"
if [ -L "$tmp/links/sub/rel.json" ] && grep -q 'Ủy ban' "$tmp/links/real.json"; then ok; else fail "relative link not followed"; fi
# /dev/stdout is written through, to a pipe and to a redirected file.
"$VNPLAN" extract -o /dev/stdout "$UPPER" 2>"$tmp/err" | head -c 13 >"$tmp/piped"
grep -q '{"vnplan":"1"' "$tmp/piped" && ok || { fail "-o /dev/stdout into a pipe"; cat "$tmp/err"; }
"$VNPLAN" extract -o /dev/stdout "$UPPER" >"$tmp/redirected" 2>"$tmp/err"
grep -q '"vnplan":"1"' "$tmp/redirected" && ok || { fail "-o /dev/stdout into a file"; cat "$tmp/err"; }

# A failed run keeps the previous output as it was and leaves no temporary file.
echo previous >"$tmp/keep.json"
printf 'not a zip' >"$tmp/bad.docx"
"$VNPLAN" extract -o "$tmp/keep.json" "$tmp/bad.docx" 2>/dev/null
[ "$(cat "$tmp/keep.json")" = previous ] && ok || fail "a failed run changed the previous output"
ls "$tmp" | grep -q 'tmp-' && fail "a failed run left a temporary file: $(ls "$tmp")" || ok

# A run killed with SIGKILL while it writes leaves no temporary file. The
# input is large enough that the run is still writing after 0.3 s.
awk 'BEGIN { for (i = 0; i < 400000; i++) print "Ủy ban nhân dân tỉnh Lạng Sơn ban hành kế hoạch số " i }' \
    >"$tmp/long.txt"
mkdir "$tmp/killed"
"$VNPLAN" normalize --key -o "$tmp/killed/out.txt" "$tmp/long.txt" &
pid=$!
sleep 0.3
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
if [ -z "$(ls "$tmp/killed")" ]; then ok; else fail "SIGKILL left: $(ls "$tmp/killed")"; fi

# A full disk (a small tmpfs, when this machine lets us mount one).
mkdir "$tmp/small"
if mount -t tmpfs -o size=32k tmpfs "$tmp/small" 2>/dev/null; then
    small="$tmp/small"
    expect_one_line disk-full 4 "$tmp/small/x.json: write error: No space left" -- \
        "$VNPLAN" extract -o "$tmp/small/x.json" "$UPPER"
    if [ -z "$(ls "$tmp/small")" ]; then ok; else fail "a full disk left: $(ls "$tmp/small")"; fi
else
    echo "note: no tmpfs could be mounted; the full-disk case is covered by /dev/full only"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
