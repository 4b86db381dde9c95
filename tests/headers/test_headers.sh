#!/bin/sh
# Every public header compiles alone, as C11 and as C++ (warnings as errors),
# and a C++ program calling a function of each header links against the
# library: a header without extern "C" would give a mangled name that does
# not link.
#   test_headers.sh INCLUDE_DIR LIBRARY CC CXX
set -u
INC=$1 LIB=$2 CC=$3 CXX=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
for h in "$INC"/vnplan/*.h; do
    name=vnplan/$(basename "$h")
    # (the typedef: a header of macros only, export.h, is no empty translation unit)
    printf '#include "%s"\n#include "%s"\ntypedef int one_unused;\n' "$name" "$name" >"$tmp/one.c"
    if "$CC" -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I"$INC" "$tmp/one.c" 2>"$tmp/err"; then
        passed=$((passed + 1)); else echo "FAIL C11: $name"; cat "$tmp/err"; failed=$((failed + 1)); fi
    cp "$tmp/one.c" "$tmp/one.cpp"
    if "$CXX" -std=c++11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I"$INC" "$tmp/one.cpp" 2>"$tmp/err"; then
        passed=$((passed + 1)); else echo "FAIL C++: $name"; cat "$tmp/err"; failed=$((failed + 1)); fi
done
# One call per header, from C++, linked.
cat >"$tmp/calls.cpp" <<'CPP'
#include "vnplan/vnplan.h"
#include <cstdio>
#include <cstring>
#include <cstdlib>
int main() {
    vnplan_ctx *ctx = vnplan_ctx_new();                       // error.h
    vnplan_rules *rules = 0;
    if (vnplan_rules_load_default(ctx, &rules) != VNPLAN_OK)  // rules.h
        return 1;
    vnplan_document *doc = 0;
    const char text[] = "KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát thủ tục hành chính.\n";
    if (vnplan_document_from_text(ctx, text, sizeof text - 1, &doc) != VNPLAN_OK)   // document.h
        return 1;
    vnplan_plan *plan = 0;
    if (vnplan_extract(ctx, rules, doc, 0, &plan) != VNPLAN_OK)                      // plan.h
        return 1;
    vnplan_coverage_options o;
    vnplan_coverage_options_init(&o);                          // coverage.h
    size_t n = 0, inv = 0;
    char *d = vnplan_text_display("hoà", std::strlen("hoà"), VNPLAN_TONES_OLD, &n, &inv);   // text.h
    std::printf("%s %s %u\n", vnplan_version(), d, o.top);   // version.h
    std::free(d);
    vnplan_plan_free(plan);
    vnplan_document_free(doc);
    vnplan_rules_free(rules);
    vnplan_ctx_free(ctx);
    return 0;
}
CPP
if "$CXX" -std=c++11 -Wall -Wextra -Werror -I"$INC" "$tmp/calls.cpp" "$LIB" -o "$tmp/calls" 2>"$tmp/err" &&
   LD_LIBRARY_PATH=$(dirname "$LIB") "$tmp/calls" >"$tmp/out" 2>&1 && grep -q ' hòa 3$' "$tmp/out"; then
    passed=$((passed + 1))
else
    echo "FAIL C++ program linked with $LIB:"; cat "$tmp/err" "$tmp/out" 2>/dev/null | head -20; failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
