#!/usr/bin/env python3
"""Compares `vnplan text` of each sample with LibreOffice's text export of it
(tests/golden/libreoffice/, made once with `soffice --convert-to "txt:Text
(encoded):UTF8"`). LibreOffice writes each table cell on its own line and
vnplan a row per line, so the comparison is on content, not layout:
  - the same words, each as often (a multiset of whitespace-separated words);
  - the same paragraphs that start with a numbering label (I., 1., a), ...),
    which is where automatic numbering shows: the label must be rendered.
Usage: compare_libreoffice.py VNPLAN SAMPLES_DIR LIBREOFFICE_DIR"""
import collections
import os
import re
import subprocess
import sys
import unicodedata

vnplan, samples, lo_dir = sys.argv[1:4]
LABELLED = re.compile(r'^\s*([IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s')


def norm(text):
    return unicodedata.normalize('NFC', text).replace('\u00a0', ' ')


def words(text):
    return collections.Counter(re.findall(r'\S+', text.replace(' | ', ' ')))


def labelled(text):
    return sorted(re.sub(r'\s+', ' ', l).strip() for l in text.split('\n') if LABELLED.match(l))


passed = failed = 0
for name in sorted(os.listdir(lo_dir)):
    if not name.endswith('.txt'):
        continue
    sample = os.path.join(samples, name[:-4] + '.docx')
    ours = norm(subprocess.run([vnplan, 'text', sample], capture_output=True, text=True, check=True).stdout)
    lo = norm(open(os.path.join(lo_dir, name), encoding='utf-8-sig').read())
    problems = []
    missing, extra = words(lo) - words(ours), words(ours) - words(lo)
    if missing or extra:
        problems.append('words only in LibreOffice: %s; only in vnplan: %s'
                        % (' '.join(list(missing.elements())[:10]), ' '.join(list(extra.elements())[:10])))
    if labelled(lo) != labelled(ours):
        a, b = set(labelled(lo)), set(labelled(ours))
        problems.append('labelled paragraphs differ: LibreOffice only %s; vnplan only %s'
                        % (sorted(a - b)[:3], sorted(b - a)[:3]))
    if problems:
        failed += 1
        print('FAIL %s: %s' % (name, '; '.join(problems)))
    else:
        passed += 1
        print('ok %s: %d words, %d labelled paragraphs' % (name, sum(words(lo).values()), len(labelled(lo))))
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed or not passed else 0)
