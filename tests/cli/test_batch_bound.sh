#!/bin/sh
# A batch works at most a few files ahead of the one it writes: while the
# first input is slow (a FIFO nobody writes yet), `extract --jobs 2` reads at
# most 2 x 2 - 1 = 3 of the later ones, instead of every one of them, and
# `coverage` at most 4 lower plans ahead. Then everything comes out in order.
#   test_batch_bound.sh VNPLAN SAMPLES_DIR
set -u
VNPLAN=$1
SAMPLE=$2/sngv-2026-chi-so.docx
UPPER=$2/ubnd-2026-par-sipas.docx
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
passed=0
failed=0
N=12

# run_bounded NAME MAX_AHEAD COMMAND_PREFIX...: the inputs are FIFOs
# $tmp/NAME/f0..f(N-1); a writer per FIFO records when its input was read.
run_bounded() {
    name=$1 max=$2
    shift 2
    d=$tmp/$name
    mkdir "$d"
    files=""
    for i in $(seq 0 $((N - 1))); do
        mkfifo "$d/f$i.docx"
        files="$files $d/f$i.docx"
    done
    "$@" $files >"$d/out" 2>"$d/err" &
    cmd=$!
    for i in $(seq 1 $((N - 1))); do
        (cat "$SAMPLE" >"$d/f$i.docx" && touch "$d/read$i") &
    done
    sleep 2
    early=$(ls "$d" | grep -c '^read')
    cat "$SAMPLE" >"$d/f0.docx"
    wait $cmd
    rc=$?
    if [ "$early" -le "$max" ]; then passed=$((passed + 1)); else
        echo "FAIL $name: $early later inputs read while the first was pending (at most $max)"
        failed=$((failed + 1))
    fi
    if [ $rc -eq 0 ]; then passed=$((passed + 1)); else
        echo "FAIL $name: exit $rc"; sed 's/^/  | /' "$d/err"; failed=$((failed + 1))
    fi
}

run_bounded extract 3 "$VNPLAN" extract --jsonl --jobs 2
lines=$(grep -c '"vnplan":"1"' "$tmp/extract/out")
[ "$lines" -eq $N ] && passed=$((passed + 1)) || { echo "FAIL extract: $lines plans, expected $N"; failed=$((failed + 1)); }
run_bounded coverage 4 "$VNPLAN" coverage "$UPPER"
grep -q '"vnplan_coverage":"1"' "$tmp/coverage/out" && passed=$((passed + 1)) ||
    { echo "FAIL coverage: no report"; failed=$((failed + 1)); }

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
