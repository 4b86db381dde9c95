#!/usr/bin/python3
"""Check plans written with htmlplan.py (tune 11-20): every truth text (task text, output, timeframe text, title, issuer,
signer name) occurs in the text of its .docx as python3-docx reads it (body paragraphs and the
paragraphs of every table cell, nested tables included; spaces collapsed, NBSP as a space).

usage: /usr/bin/python3 tools/check_docx.py [PLAN_DIR...]   (default: tune 11-15)
"""
import glob, json, os, re, sys, unicodedata
import docx


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def paragraphs(container):
    for p in container.paragraphs:
        yield p.text
    for t in container.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:       # a merged cell is returned once per grid column
                    continue
                seen.add(id(c._tc))
                yield from paragraphs(c)


def check(folder):
    truth = json.load(open(os.path.join(folder, 'truth.json'), encoding='utf-8'))
    path = os.path.join(folder, truth['document'])
    paras = [norm(x) for x in paragraphs(docx.Document(path))]
    text = ' '.join(paras)
    bad = []

    def need(what, s):
        if s is None:
            return
        if unicodedata.normalize('NFC', s) != s:
            bad.append('%s not NFC' % what)
        if norm(s) not in text:
            bad.append('%s not in the docx: %r' % (what, s[:70]))
    m = truth['metadata']
    for k in ('title', 'issuer', 'parent_issuer'):
        need('metadata.' + k, m.get(k))
    need('signer.name', m['signer'].get('name'))
    for k in ('authority', 'deputy', 'position'):
        need('signer.' + k, m['signer'].get(k))
    for n, t in enumerate(truth['tasks'], 1):
        need('task %d text' % n, t['text'])
        need('task %d output' % n, t['output'])
        if t['timeframe']:
            need('task %d timeframe' % n, t['timeframe']['text'])
        for role in ('lead', 'support', 'implementer'):
            for u in t.get(role, []):
                if norm(u).lower() not in text.lower():
                    bad.append('task %d %s unit not in the docx: %r' % (n, role, u))
    texts = [t['text'] for t in truth['tasks']]
    if len(set(texts)) != len(texts):
        bad.append('duplicate task texts')
    na = sum(t['origin'] == 'appendix' for t in truth['tasks'])
    print('%-50s tasks %2d (table %2d, body %2d)  %s' % (os.path.basename(folder), len(texts), na, len(texts) - na,
                                                          'OK' if not bad else 'PROBLEMS'))
    for x in bad:
        print('   ', x)
    return not bad


here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dirs = sys.argv[1:] or sorted(d for d in glob.glob(os.path.join(here, '[0-9][0-9]-*')) if os.path.isdir(os.path.join(d, 'source')) and os.path.exists(os.path.join(d, 'source', 'make.py')) and 'htmlplan' in open(os.path.join(d, 'source', 'make.py')).read())
sys.exit(0 if all([check(d) for d in dirs]) else 1)
