#!/usr/bin/env python3
"""The paraphrase lexicon (src/rules/paraphrases.lexicon, docs/rules.md): every line has a
canonical expression, variants and a provenance; no variant is dead (holds an abbreviation of the
rules' [map abbreviations], which coverage expands first), none is listed twice, none is another
line's canonical expression (no chains); and it is large enough to be the issue's lexicon.
usage: test_lexicon.py SOURCE_DIR"""
import re
import sys
import unicodedata

src = sys.argv[1]


def fold(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return " ".join(re.findall(r"[\w&]+", "".join(c for c in s if unicodedata.category(c) != "Mn")))


abbr, section = set(), None
for line in open(f"{src}/src/rules/default.rules", encoding="utf-8"):
    line = line.strip()
    if line.startswith("["):
        section = line
    elif section == "[map abbreviations]" and "=" in line and not line.startswith("#"):
        abbr.add(fold(line.split("=")[0]))

problems, canon, variants, lines = [], {}, {}, 0
for n, line in enumerate(open(f"{src}/src/rules/paraphrases.lexicon", encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    lines += 1
    m = re.match(r"^([^=;|]+)=([^;]+);\s*(\S.*)$", line)
    if not m:
        problems.append(f"line {n}: not 'canonical = variant | ... ; provenance'")
        continue
    c = fold(m.group(1))
    if c in canon or c in variants:
        problems.append(f"line {n}: canonical '{m.group(1).strip()}' already listed")
    canon[c] = n
    for v in m.group(2).split("|"):
        f = fold(v)
        if not f:
            problems.append(f"line {n}: an empty variant")
        elif any(w in abbr for w in f.split()) or any(a in f and " " in a for a in abbr):
            problems.append(f"line {n}: variant '{v.strip()}' holds an abbreviation coverage expands first")
        elif f in variants or f in canon:
            problems.append(f"line {n}: variant '{v.strip()}' listed twice or a canonical expression")
        variants[f] = n
if lines < 100 or len(variants) < 300:
    problems.append(f"only {lines} lines and {len(variants)} variants")
for p in problems:
    print("FAIL:", p)
print(f"{lines} lines, {len(variants)} variants, {len(problems)} problems")
sys.exit(1 if problems else 0)
