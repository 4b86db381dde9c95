#!/usr/bin/env python3
"""Fails when Vietnamese (any non-ASCII) letters appear in the C code of the
extract and coverage stages outside comments: their vocabulary lives in the
rules file (src/rules/default.rules), where users can change it. Also checks
that every section of the rules contract (src/rules/rules_contract.c) is
described in docs/rules.md."""
import glob
import os
import re
import sys
import unicodedata

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")


def code_without_comments(text):
    """The text with comments blanked, strings and characters kept (line numbers kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


failures = []
files = sorted(glob.glob(os.path.join(root, "src/extract/*.c")) + glob.glob(os.path.join(root, "src/coverage/*.c")))
if len(files) < 10:
    failures.append(f"only {len(files)} C files found under {root}/src/extract and src/coverage")
for path in files:
    code = code_without_comments(open(path, encoding="utf-8").read())
    for lineno, line in enumerate(code.split("\n"), 1):
        letters = [ch for ch in line if ord(ch) > 127 and unicodedata.category(ch).startswith("L")]
        if letters:
            failures.append(f"{os.path.relpath(path, root)}:{lineno}: letters {''.join(letters)!r} in code: "
                            "move the vocabulary to src/rules/default.rules")

contract = open(os.path.join(root, "src/rules/rules_contract.c"), encoding="utf-8").read()
names = re.findall(r'\{VN_SECTION_\w+, "([^"]+)"', contract)
doc = open(os.path.join(root, "docs/rules.md"), encoding="utf-8").read()
if len(names) < 50:
    failures.append(f"only {len(names)} contract entries read from rules_contract.c")
for name in names:
    if f"`{name}`" not in doc:
        failures.append(f"docs/rules.md does not describe the rules section `{name}` the code reads")

for f in failures:
    print(f)
print(f"{len(files)} C files, {len(names)} contract sections checked, {len(failures)} problems")
sys.exit(1 if failures else 0)
