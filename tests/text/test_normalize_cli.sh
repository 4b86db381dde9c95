#!/bin/sh
# `vnplan normalize`: a no-op on the seed texts (but for the spaces at line
# ends the rules trim), tone styles, keys, legacy input, -o, errors.
#   test_normalize_cli.sh VNPLAN SHARED_DIR
set -u
VNPLAN=$1
SHARED=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }

# expect NAME EXPECTED_STDOUT COMMAND...   (exit 0, exact stdout)
expect() {
    name=$1 want=$2
    shift 2
    got=$("$@" 2>"$tmp/err")
    rc=$?
    if [ $rc -ne 0 ]; then fail "$name: exit $rc"; cat "$tmp/err"; return; fi
    if [ "$got" != "$want" ]; then fail "$name: got [$got], expected [$want]"; return; fi
    ok
}

# --- the seeds -----------------------------------------------------------
for f in "$SHARED"/seeds/*.txt; do
    base=$(basename "$f")
    "$VNPLAN" normalize "$f" >"$tmp/out" 2>"$tmp/err" || fail "$base: exit $?"
    [ -s "$tmp/err" ] && fail "$base: unexpected diagnostics: $(cat "$tmp/err")"
    # The only change allowed: spaces trimmed at line edges and runs collapsed.
    sed -e 's/^ *//' -e 's/ *$//' -e 's/  */ /g' "$f" >"$tmp/want"
    if cmp -s "$tmp/want" "$tmp/out"; then ok; else fail "$base: not a no-op"; diff "$tmp/want" "$tmp/out" | head -5; fi
    case $base in
    000_* | 002_* | 004_*)  # these have no stray spaces: byte-identical
        if cmp -s "$f" "$tmp/out"; then ok; else fail "$base: not byte-identical"; fi ;;
    esac
    "$VNPLAN" normalize "$tmp/out" | cmp -s - "$tmp/out" && ok || fail "$base: not idempotent"
    # Each style is idempotent, and both give the same key.
    "$VNPLAN" normalize --tones old "$f" >"$tmp/old"
    "$VNPLAN" normalize --tones new "$f" >"$tmp/new"
    "$VNPLAN" normalize --tones new "$tmp/old" | cmp -s - "$tmp/new" && ok || fail "$base: old -> new"
    "$VNPLAN" normalize --key "$tmp/old" >"$tmp/kold"
    "$VNPLAN" normalize --key "$tmp/new" | cmp -s - "$tmp/kold" && ok || fail "$base: keys of the styles differ"
done

# --- options ---------------------------------------------------------------
expect stdin 'Ủy ban nhân dân' sh -c "printf '  Ủy  ban\302\240nhân dân  ' | '$VNPLAN' normalize"
expect dash 'Việt Nam' sh -c "printf 'Vie\314\202\314\243t Nam' | '$VNPLAN' normalize -"
expect tones-new 'Uỷ ban, hoà, khoẻ, quý' sh -c "printf 'Ủy ban, hòa, khỏe, qúy' | '$VNPLAN' normalize --tones new"
expect tones-old 'Ủy ban, hòa, khỏe, quý' sh -c "printf 'Uỷ ban, hoà, khoẻ, quý' | '$VNPLAN' normalize --tones=old"
expect key 'ủy ban nhân dân - "x"' sh -c "printf 'UỶ BAN NHÂN DÂN – “x”' | '$VNPLAN' normalize --key"
expect folded 'uy ban nhan dan tinh dak lak' sh -c "printf 'Ủy ban nhân dân tỉnh Đắk Lắk' | '$VNPLAN' normalize --folded"
expect from-tcvn3 'Cộng hoà xã hội chủ nghĩa Việt Nam' sh -c "printf 'C\351ng ho\265 x\267 h\351i ch\361 ngh\334a Vi\326t Nam' | '$VNPLAN' normalize --from tcvn3"
expect from-tcvn3-caps 'ỦY BAN NHÂN DÂN' sh -c "printf '\361y ban nh\251n d\251n' | '$VNPLAN' normalize --from tcvn3 --caps"
expect from-vni 'Ủy ban nhân dân tỉnh' sh -c "printf 'UÛy ban nhaân daân tænh' | '$VNPLAN' normalize --from vni"
expect from-viqr 'Việt Nam' sh -c "printf 'Vie^.t Nam' | '$VNPLAN' normalize --from viqr"
expect from-utf8 'Vieät Nam, Vieät Nam' sh -c "printf 'Vieät Nam, Vieät Nam' | '$VNPLAN' normalize --from utf8"
expect auto-vni 'Việt Nam, Việt Nam' sh -c "printf 'Vieät Nam, Vieät Nam' | '$VNPLAN' normalize --quiet"
expect auto-tcvn3 'Cộng hoà xã hội chủ nghĩa Việt Nam' sh -c "printf 'Céng hoµ x· héi chñ nghÜa ViÖt Nam' | '$VNPLAN' normalize --quiet"
printf 'Céng hoµ x· héi chñ nghÜa ViÖt Nam' | "$VNPLAN" normalize >/dev/null 2>"$tmp/err"
grep -q '^vnplan: warning: <stdin>: text looks TCVN3-encoded' "$tmp/err" && ok || fail "auto: no warning: $(cat "$tmp/err")"
expect auto-english 'The café – “x”' sh -c "printf 'The café – “x”' | '$VNPLAN' normalize"
printf 'a\377b' | "$VNPLAN" normalize >"$tmp/out" 2>"$tmp/err"
[ "$(cat "$tmp/out")" = "a�b" ] && grep -q '1 invalid UTF-8 sequences replaced' "$tmp/err" && ok || fail "invalid utf-8"

# --- files, -o, errors -------------------------------------------------------------
printf 'hòa\n' >"$tmp/a.txt"
printf 'thủy\n' >"$tmp/b.txt"
"$VNPLAN" normalize --tones new -o "$tmp/out.txt" "$tmp/a.txt" "$tmp/b.txt" && ok || fail "-o: exit $?"
[ "$(cat "$tmp/out.txt")" = "$(printf 'hoà\nthuỷ')" ] && ok || fail "-o: content [$(cat "$tmp/out.txt")]"
ls "$tmp" | grep -q 'tmp-' && fail "-o: temporary file left"
"$VNPLAN" normalize -o "$tmp/none.txt" "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] && ok || fail "missing file: exit $rc"
grep -q "^vnplan: $tmp/missing.txt: cannot open" "$tmp/err" && [ "$(wc -l <"$tmp/err")" -eq 1 ] && ok || fail "missing file: message $(cat "$tmp/err")"
[ -e "$tmp/none.txt" ] && fail "missing file: output written"
for bad in "--tones sideways" "--from latin1" "--frob" "--tones" "-o"; do
    # shellcheck disable=SC2086
    "$VNPLAN" normalize $bad </dev/null >/dev/null 2>"$tmp/err"
    rc=$?
    [ $rc -eq 2 ] && grep -q "normalize" "$tmp/err" && ok || fail "usage '$bad': exit $rc"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
