#!/usr/bin/env python3
"""Plans given as text, one layout problem each (found by people writing test
plans, tests/coverage/eval-*/NOTES.md), with the tasks they must give.

Usage: test_text_plans.py VNPLAN SOURCE_DIR
"""
import json
import subprocess
import sys

vnplan, src = sys.argv[1], sys.argv[2]
failed = 0


def check(cond, what):
    global failed
    if not cond:
        failed += 1
        print("FAIL", what)


def extract(name):
    out = subprocess.run([vnplan, "extract", f"{src}/tests/extract/text-plans/{name}"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


plan = extract("single-dash-areas.txt")
# A title that begins like a preamble, directly under KẾ HOẠCH, with no final stop.
check(plan["metadata"]["title"] == "Thực hiện nâng cao Chỉ số cải cách hành chính năm 2026",
      f"title {plan['metadata']['title']!r}")
tasks = {t["id"]: t for t in plan["tasks"]}
check(list(tasks) == ["II.1#1", "II.1#2", "II.2#1", "II.3#1", "III.1"], f"ids {list(tasks)}")
# An area with one dash item: a list of one, like the areas with two.
t = tasks.get("II.2#1", {})
check(t.get("area") == "Cải cách thủ tục hành chính", f"II.2#1 area {t.get('area')!r}")
check(t.get("text") == "Rà soát các TTHC nội bộ trong hệ thống hành chính nhà nước.", f"II.2#1 text {t.get('text')!r}")
check(tasks.get("II.1#2", {}).get("area") == "Cải cách thể chế", "II.1#2 area")
# An item that is its own heading has no area (it used to be its own text).
t = tasks.get("III.1", {})
check(t.get("area") is None and t.get("text", "").startswith("Văn phòng Sở theo dõi"), f"III.1 {t}")
# A duty sentence without a colon names its body before the verb.
check(t.get("lead") == ["Văn phòng Sở"], f"III.1 lead {t.get('lead')}")

plan = extract("deep-headings.txt")
# Headings nested deeper than 16 levels (dotted labels of 14 dots and more,
# under part, roman and arabic levels) are body text of the innermost
# section, each with a warning naming its label.
s, depth = plan["sections"][0], 1
while s["children"]:
    s, depth = s["children"][-1], depth + 1
check(depth == 16, f"nesting {depth}")
deep = ["1" + ".1" * k + ". Mục con cấp %d" % k for k in range(14, 18)]
check(s["body"] == "\n".join(deep), f"innermost body {s['body']!r}")
check(plan["warnings"] == ["a heading nested deeper than 16 levels kept as body text (label '%s')"
                           % d.split(". ")[0] for d in deep], f"warnings {plan['warnings']}")

print(f"{'FAILED' if failed else 'passed'}: {failed} failures")
sys.exit(1 if failed else 0)
