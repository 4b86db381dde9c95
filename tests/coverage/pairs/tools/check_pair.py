#!/usr/bin/env python3
"""Checks a pair without vnplan: every upper_prefix occurs exactly once in the upper .docx text and
every lower_prefix exactly once in lower.docx (paragraphs and table cells, read with python-docx),
prefixes are 40-80 characters, keys exist and kinds are known.
Usage: check_pair.py PAIR_DIR [CORPUS_DIR]"""
import os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import docx_text
KINDS = {"verbatim", "paraphrase", "narrowed", "several", "distractor", "own"}
def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
def main():
    pair = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(pair, "../../../../../shared/corpus")
    upper = open(os.path.join(pair, "upper"), encoding="utf-8").read().strip()
    utext = docx_text(os.path.join(corpus, upper))
    ltext = docx_text(os.path.join(pair, "lower.docx"))
    bad = 0
    ut = rows(os.path.join(pair, "upper_tasks.tsv"))
    keys = set()
    for r in ut:
        p = r["upper_prefix"]; keys.add(r["key"])
        n = utext.count(p)
        if n != 1 or not 40 <= len(p) <= 80:
            bad += 1; print(f"upper {r['key']}: occurs {n}x, {len(p)} chars: {p!r}")
    if len(keys) != len(ut): bad += 1; print("duplicate upper keys")
    lt = rows(os.path.join(pair, "truth.tsv"))
    answered = set()
    for r in lt:
        p = r["lower_prefix"]; n = ltext.count(p)
        if n != 1 or not 40 <= len(p) <= 80:
            bad += 1; print(f"lower: occurs {n}x, {len(p)} chars: {p!r}")
        ks = [] if r["upper_keys"] == "-" else r["upper_keys"].split(",")
        for k in ks:
            if k not in keys: bad += 1; print(f"lower: unknown key {k}: {p!r}")
        answered |= set(ks)
        if r["kind"] not in KINDS: bad += 1; print(f"lower: unknown kind {r['kind']}")
        if (r["kind"] in ("distractor", "own")) != (not ks):
            bad += 1; print(f"lower: kind {r['kind']} with keys {ks}: {p!r}")
    print(f"{pair}: {len(ut)} upper tasks, {len(lt)} lower tasks, {len(answered)} upper tasks answered, "
          f"{bad} problems")
    return 1 if bad else 0
sys.exit(main())
