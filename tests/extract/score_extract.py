#!/usr/bin/env python3
"""Field scores of `vnplan extract` against truth written by reading the documents.

usage: score_extract.py VNPLAN --set NAME=DIR [--set NAME=DIR ...] [--shared SHARED_DIR]
                        [--floors FLOORS.json] [--min X] [--quiet]

A set is a folder of truth files in the format of tests/extract/truth/README.md, either
  DIR/*.truth.json     corpus truth: "document" is relative to SHARED_DIR/corpus/ (the .docx stay there)
  DIR/*/truth.json     a plan with its truth: the .docx named by "document" (else the only .docx) beside it
so a new folder of plans (the held-out ones) is scored with one command:
  score_extract.py build/vnplan --set holdout5=tests/extract/truth/holdout5 --min 0.95

What is scored, per document and summed per set:
  recall       truth tasks of origin "appendix" (rows of task tables, in an appendix or in the body)
               found among the extracted tasks of origin "appendix". Texts are compared folded
               (NFC, no diacritics, đ -> d, lower case, every run of non-letters/digits one space).
               Similarity: 1 when equal; else the Dice coefficient of the two word multisets, raised
               to 0.9 when one text starts with the other and the shorter has 40 characters or more.
               Pairs of similarity >= 0.8 are matched one to one, best first.
  lead, support, implementer
               on matched tasks: the units as sets of folded names, equal (order and case aside).
               A truth task without "implementer" means [].
  time         on matched tasks: timeframe start and end equal (a null timeframe counts as no dates).
  output       on matched tasks: folded output equal (null only equals null).
  body_recall  the same recall for truth tasks of origin "body" (not under --min: how body
               paragraphs are cut into tasks is not this scorer's subject; floors.json floors
               the tune plans' total, so a lost body rule shows).
  body.lead, body.support
               on matched body tasks: the units, as for lead and support (reported; floored only
               by floors.json).
  meta.FIELD   per document: doc_type, number, symbol, issuer, parent_issuer, place, date, signer.*;
               where the truth has them: signer.rank, issued_with (its number), joint (each other
               body's issuer, parent_issuer, number, symbol and signer, in order)
               equal after NFC and collapsing spaces; title compared folded.

Floors (FLOORS.json: {"SET": {"FIELD": minimum}}) and --min (every task field of every set) make
the run fail when a total falls below them. Exit status: 0 all floors met, 1 a floor missed,
2 bad usage or a document that could not be extracted.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

TASK_FIELDS = ["recall", "lead", "support", "implementer", "time", "output"]
META_FIELDS = ["doc_type", "number", "symbol", "issuer", "parent_issuer", "place", "date", "title",
               "signer.authority", "signer.deputy", "signer.position", "signer.name",
               "signer.rank", "issued_with", "joint"]
# scored only where the truth has them (a truth written before they were modelled does not)
OPTIONAL_META = {"signer.rank", "issued_with", "joint"}


def fold(s):
    """The folded form texts and units are compared in."""
    if s is None:
        return None
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").replace("Ð", "D").lower()
    return " ".join(re.findall(r"[^\W_]+", s))


def norm(s):
    """NFC, spaces collapsed (metadata values are compared exactly otherwise)."""
    if s is None:
        return None
    return " ".join(unicodedata.normalize("NFC", s).split())


def similarity(a, b):
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    dice = 2 * common / (len(wa) + len(wb))
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) >= 40 and longer.startswith(shorter):
        dice = max(dice, 0.9)
    return dice


def match(truth_tasks, got_tasks):
    """Pairs (truth index, extracted index), one to one, best similarity first."""
    ft = [fold(t.get("text", "")) for t in truth_tasks]
    fg = [fold(t.get("text", "")) for t in got_tasks]
    pairs = []
    for i, a in enumerate(ft):
        for j, b in enumerate(fg):
            s = similarity(a, b)
            if s >= 0.8:
                pairs.append((-s, i, j))
    pairs.sort()
    used_t, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_t and j not in used_g:
            used_t.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def unit_set(units):
    return {fold(u) for u in units or [] if fold(u)}


def dates(tf):
    return (tf.get("start"), tf.get("end")) if tf else (None, None)


def field_agrees(field, t, g):
    if field in ("lead", "support", "implementer"):
        return unit_set(t.get(field)) == unit_set(g.get(field))
    if field == "time":
        return dates(t.get("timeframe")) == dates(g.get("timeframe"))
    if field == "output":
        return fold(t.get("output")) == fold(g.get("output"))
    raise ValueError(field)


def signer_key(sg):
    return None if not sg else tuple(norm(sg.get(k)) for k in ("authority", "deputy", "position", "name"))


def meta_value(md, field):
    if field.startswith("signer."):
        return (md.get("signer") or {}).get(field.split(".", 1)[1])
    if field == "issued_with":
        return (md.get("issued_with") or {}).get("number")
    if field == "joint":
        # each other body as (issuer, parent, number, symbol, signer), as a string to compare
        return json.dumps([[norm(b.get(k)) for k in ("issuer", "parent_issuer", "number", "symbol")] +
                           [signer_key(b.get("signer"))] for b in md.get("joint") or []], ensure_ascii=False)
    return md.get(field)


def in_truth(md_t, field):
    if field in OPTIONAL_META:
        if field.startswith("signer."):
            return field.split(".", 1)[1] in (md_t.get("signer") or {})
        return field in md_t
    return field.split(".")[0] in md_t


def documents(folder, shared):
    """(label, docx path, truth) of every truth file of a set folder."""
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.truth.json"))):
        truth = json.load(open(path, encoding="utf-8"))
        out.append((os.path.basename(path), os.path.join(shared, "corpus", truth["document"]), truth))
    for path in sorted(glob.glob(os.path.join(folder, "*", "truth.json"))):
        truth = json.load(open(path, encoding="utf-8"))
        d = os.path.dirname(path)
        docx = os.path.join(d, os.path.basename(truth.get("document") or ""))
        if not os.path.isfile(docx):
            found = glob.glob(os.path.join(d, "*.docx"))
            docx = found[0] if len(found) == 1 else docx
        out.append((os.path.basename(d), docx, truth))
    return out


def score_document(vnplan, docx, truth):
    """Counts {field: [agree, total]} of one document, and its mismatches for the report."""
    r = subprocess.run([vnplan, "extract", docx], capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"{docx}: vnplan extract failed: {r.stderr.decode(errors='replace').strip()}")
    plan = json.loads(r.stdout)
    counts, misses = {}, []

    def add(field, ok, what=None):
        c = counts.setdefault(field, [0, 0])
        c[0] += bool(ok)
        c[1] += 1
        if not ok and what:
            misses.append(f"{field}: {what}")

    for origin, recall in (("appendix", "recall"), ("body", "body_recall")):
        tt = [t for t in truth.get("tasks", []) if t.get("origin", "appendix") == origin]
        gt = [t for t in plan["tasks"] if t["origin"] == origin]
        pairs = match(tt, gt)
        found = {i for i, _ in pairs}
        for i, t in enumerate(tt):
            add(recall, i in found, f"not found: {t['text'][:70]!r}")
        if origin != "appendix":
            # body tasks: their units, reported (body.lead, body.support), floored only by floors.json
            for i, j in pairs:
                t, g = tt[i], gt[j]
                for field in ("lead", "support"):
                    add("body." + field, field_agrees(field, t, g), f"{g['id']}: {field} {g.get(field)!r}, truth {t.get(field)!r}")
            continue
        for i, j in pairs:
            t, g = tt[i], gt[j]
            for field in TASK_FIELDS[1:]:
                want = t.get("timeframe") if field == "time" else t.get(field, [] if field == "implementer" else None)
                have = g.get("timeframe") if field == "time" else g.get(field)
                add(field, field_agrees(field, t, g), f"{g['id']}: {have!r}, truth {want!r}")
    md_t, md_g = truth.get("metadata") or {}, plan["metadata"]
    for field in META_FIELDS:
        if not in_truth(md_t, field):
            continue
        want = meta_value(md_t, field)
        have = meta_value(md_g, field)
        same = fold(want) == fold(have) if field == "title" else norm(want) == norm(have)
        add("meta." + field, same, f"{have!r}, truth {want!r}")
    return counts, misses


def ratio(c):
    return c[0] / c[1] if c[1] else None


def fmt(c):
    r = ratio(c) if c else None
    return "   -  " if r is None else f"{r:6.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("vnplan")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=DIR", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    ap.add_argument("--floors")
    ap.add_argument("--min", type=float)
    ap.add_argument("--quiet", action="store_true", help="no per-document mismatches")
    args = ap.parse_args()
    floors = json.load(open(args.floors)) if args.floors else {}
    failed = False
    for spec in args.set:
        name, _, folder = spec.partition("=")
        docs = documents(folder, args.shared)
        if not docs:
            print(f"score_extract: {folder}: no truth files", file=sys.stderr)
            return 2
        totals = {}
        cols = TASK_FIELDS + ["body_recall"]
        print(f"== {name} ({folder}): {len(docs)} documents")
        print(f"{'document':44} {'tasks':>5} " + " ".join(f"{c[:6]:>6}" for c in cols) + "   meta")
        for label, docx, truth in docs:
            try:
                counts, misses = score_document(args.vnplan, docx, truth)
            except (RuntimeError, json.JSONDecodeError, OSError) as e:
                print(f"score_extract: {e}", file=sys.stderr)
                return 2
            for f, c in counts.items():
                t = totals.setdefault(f, [0, 0])
                t[0] += c[0]
                t[1] += c[1]
            meta = [0, 0]
            for f, c in counts.items():
                if f.startswith("meta."):
                    meta[0] += c[0]
                    meta[1] += c[1]
            n = counts.get("recall", [0, 0])[1]
            print(f"{label[:44]:44} {n:5} " + " ".join(fmt(counts.get(c)) for c in cols) + f" {fmt(meta)}")
            if not args.quiet:
                for m in misses:
                    print(f"    {m}")
        print(f"{'TOTAL':44} {totals.get('recall', [0, 0])[1]:5} " + " ".join(fmt(totals.get(c)) for c in cols))
        for f in sorted(k for k in totals if k.startswith(("meta.", "body."))):
            print(f"  {f:22} {fmt(totals[f])}  ({totals[f][0]}/{totals[f][1]})")
        want = dict(floors.get(name, {}))
        if args.min is not None:
            for f in TASK_FIELDS:
                want.setdefault(f, args.min)
        for f, floor in sorted(want.items()):
            r = ratio(totals.get(f, [0, 0]))
            if r is None:
                continue
            if r + 1e-9 < floor:
                print(f"FAIL {name}: {f} {r:.3f} below the floor {floor}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
