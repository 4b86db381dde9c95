#!/bin/sh
# Compares `vnplan coverage --format text` of two builds, byte for byte (and
# the exit codes): issue 16's text renderer through the public read API
# (src/output/coverage_render.c) against a reference build of main.
#   tests/output/compare_text_renderer.sh VNPLAN_REF VNPLAN_NEW
# e.g. tests/output/compare_text_renderer.sh /work/ref-api3/build/vnplan build/vnplan
#
# Inputs: each of the five samples/*.docx as the upper plan against every
# sample (one lower plan), against two sets of two lower plans and against
# the four others; each set plain and reviewed (--decisions: a verdict with a
# note, a decision on a changed text, a verdict without a note, a decision
# for no task; made from the reference's report of the set); --lang vi and
# en. Each report is also rendered again from its JSON (--from-json), and so
# are the reports of tests/regress/coverage_json/ and those same reports cut
# down to what an older report has (no confidence, reasons, lower-task view,
# unread sections, finding reasons or args) and added to with what the
# samples do not give (cited, demoted and rescued reasons, a null reason,
# warnings of unread plans, a finding's null arg, an unknown reason). Any
# difference fails.
#
# Outside docs/coverage.schema.json the two may differ, by design: the text
# reads what the read API reads, so a count or index of exactly -1 reads as
# absent (0, "L1"), a count that is not an integer (2.5) as its whole part
# where main printed 0, a by_lower entry whose status is not a string as no
# entry, a finding whose upper_task is not a string as a sanity finding; and
# a non-string in a lower task's credited list or a demoted reason's object,
# on which main's renderer crashed, reads as "". The reports above are all
# within the schema.
set -u
[ $# -eq 2 ] || { echo "usage: $0 VNPLAN_REF VNPLAN_NEW" >&2; exit 2; }
A=$1 B=$2
SRC=$(cd "$(dirname "$0")/../.." && pwd)
PY=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vnplan-text-compare.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

runs=0 differ=0
# compare NAME ARGS...: one run of each build; stdout and exit code must agree.
compare() {
    name=$1
    shift
    "$A" "$@" >"$WORK/a.out" 2>"$WORK/a.err"
    echo $? >"$WORK/a.rc"
    "$B" "$@" >"$WORK/b.out" 2>"$WORK/b.err"
    echo $? >"$WORK/b.rc"
    runs=$((runs + 1))
    if ! cmp -s "$WORK/a.out" "$WORK/b.out" || ! cmp -s "$WORK/a.rc" "$WORK/b.rc" ||
       ! cmp -s "$WORK/a.err" "$WORK/b.err"; then
        differ=$((differ + 1))
        echo "DIFFER $name: exit $(cat "$WORK/a.rc") vs $(cat "$WORK/b.rc")," \
             "stdout $(wc -c <"$WORK/a.out") vs $(wc -c <"$WORK/b.out") bytes"
        diff "$WORK/a.out" "$WORK/b.out" | head -6 | sed 's/^/  | /'
    fi
}

# decisions REPORT.json OUT.json: a decisions file for the report's items.
decisions() {
    "$PY" - "$1" "$2" <<'PYEOF'
import hashlib, json, sys
rep = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for it in rep["items"] if it["matches"]] or rep["items"]
sha = lambda it: hashlib.sha256(it["upper_task"]["text"].encode()).hexdigest()
d = []
if len(items) > 0:
    d.append({"upper_task": items[0]["upper_task"]["id"], "action": "status", "status": "missing",
              "who": "Lê Văn Cường", "at": "2026-12-04 09:00", "note": "chưa có sản phẩm", "upper_text_sha256": sha(items[0])})
if len(items) > 1:
    d.append({"upper_task": items[1]["upper_task"]["id"], "action": "confirm", "who": "Lê Văn Cường",
              "at": "2026-12-04 09:05", "upper_text_sha256": "0" * 64})
if len(items) > 2:
    d.append({"upper_task": items[2]["upper_task"]["id"], "action": "status", "status": "covered",
              "who": "Trần Thị B", "at": "2026-12-04 10:00", "upper_text_sha256": sha(items[2])})
d.append({"upper_task": "KHÔNG.CÓ", "action": "status", "status": "partial", "who": "X", "at": "2026-12-04 11:00",
          "upper_text_sha256": "0" * 64})
json.dump({"vnplan_decisions": "1", "decisions": d}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
}

# older REPORT.json OUT.json: the report without what issue 14 and the finding reasons added.
older() {
    "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
rep = json.load(open(sys.argv[1], encoding="utf-8"))
for k in ("lower_tasks", "unread"):
    rep.pop(k, None)
for it in rep.get("items", []) if isinstance(rep.get("items"), list) else []:
    if isinstance(it, dict):
        for k in ("confidence", "to_review", "reasons"):
            it.pop(k, None)
for f in rep.get("findings", []) if isinstance(rep.get("findings"), list) else []:
    if isinstance(f, dict):
        f.pop("reason", None)
        f.pop("args", None)
json.dump(rep, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
}

# richer REPORT.json OUT.json: the report with what the samples' reports do not have.
richer() {
    "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
rep = json.load(open(sys.argv[1], encoding="utf-8"))
items = rep["items"]
extra = [{"code": "cited", "from": 0.31, "document": "93/qd-ubnd", "lower_task": "II.1"},
         {"code": "demoted", "from": 0.52, "neighbour": "II.1.a#2", "object": ["tuyên truyền", "báo chí"]},
         {"code": "demoted", "from": 0.4, "neighbour": "I.1", "object": []},
         {"code": "rescued", "from": 0.2}, None, {"code": "share", "share": 0.25, "threshold": 0.4}]
for k, it in enumerate(items):
    if k % 3 == 0:
        it["to_review"] = True
        it.setdefault("reasons", []).extend(extra[k % len(extra):] + extra[:k % len(extra)])
for k, u in enumerate(rep.get("unread", [])):
    u["warnings"] = [{"code": "w", "message": "m"}] * (k + 1)
    u["sections"].append({"id": "PL", "heading": "PHỤ LỤC"})
rep.setdefault("findings", []).extend([
    {"kind": "deadline", "upper_task": items[0]["upper_task"]["id"] if items else "I", "lower": 0, "text": "trước 30/6",
     "due": None, "issued": None, "status": "late", "message": "late", "reason": "late", "args": [None, "3", "2026-06-30"]},
    {"kind": "not_cited", "lower": 0, "message": "an English message", "reason": "no_such_reason", "args": []},
    {"kind": "other_kind", "lower": 0, "message": "no reason at all"}])
json.dump(rep, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
}

set -- "$SRC"/samples/*.docx
[ $# -eq 5 ] || { echo "expected five samples, found $#" >&2; exit 2; }
samples="$*"
n=0
for upper in $samples; do
    others=""
    for s in $samples; do [ "$s" = "$upper" ] || others="$others $s"; done
    set -- $others
    # one lower plan: every sample (the upper itself among them), then 2, 2 and 4 lowers
    sets=""
    for s in $samples; do sets="$sets|$s"; done
    sets="$sets|$1 $2|$3 $4|$1 $2 $3 $4"
    old_ifs=$IFS
    IFS='|'
    for lowers in ${sets#|}; do
        IFS=$old_ifs
        n=$((n + 1))
        name="$(basename "$upper" .docx) <- $(for l in $lowers; do basename "$l" .docx; done | tr '\n' ' ')"
        # shellcheck disable=SC2086
        "$A" coverage "$upper" $lowers >"$WORK/r$n.json" 2>/dev/null
        decisions "$WORK/r$n.json" "$WORK/d$n.json" || { echo "cannot write decisions for $name" >&2; exit 2; }
        # shellcheck disable=SC2086
        "$A" coverage --decisions "$WORK/d$n.json" "$upper" $lowers >"$WORK/rd$n.json" 2>/dev/null
        for lang in vi en; do
            # shellcheck disable=SC2086
            compare "$name --lang $lang" coverage --format text --lang "$lang" "$upper" $lowers
            # shellcheck disable=SC2086
            compare "$name --decisions --lang $lang" coverage --format text --lang "$lang" \
                --decisions "$WORK/d$n.json" "$upper" $lowers
            compare "$name --from-json --lang $lang" coverage --from-json "$WORK/r$n.json" --format text --lang "$lang"
            compare "$name --decisions --from-json --lang $lang" coverage --from-json "$WORK/rd$n.json" \
                --format text --lang "$lang"
        done
        IFS='|'
    done
    IFS=$old_ifs
done
# the reports of the regress suite, and each report above as an older report would be
for f in "$SRC"/tests/regress/coverage_json/*.json; do
    for lang in vi en; do
        compare "$(basename "$f") --lang $lang" coverage --from-json "$f" --format text --lang "$lang"
    done
done
i=0
for f in "$WORK"/r[0-9]*.json "$WORK"/rd[0-9]*.json; do
    i=$((i + 1))
    older "$f" "$WORK/old$i.json" || { echo "cannot cut $f down" >&2; exit 2; }
    richer "$f" "$WORK/rich$i.json" || { echo "cannot add to $f" >&2; exit 2; }
    for lang in vi en; do
        compare "older $(basename "$f") --lang $lang" coverage --from-json "$WORK/old$i.json" --format text --lang "$lang"
        compare "richer $(basename "$f") --lang $lang" coverage --from-json "$WORK/rich$i.json" --format text --lang "$lang"
    done
done
echo "$runs runs of coverage --format text: $((runs - differ)) identical, $differ differ"
[ "$differ" -eq 0 ]
