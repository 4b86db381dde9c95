#!/usr/bin/python3
"""Check plans written with htmlplan.py (tune 11-20): every truth text (task text, output, timeframe text, title, issuer,
signer name) occurs in the text of its .docx as python3-docx reads it (body paragraphs and the
paragraphs of every table cell, nested tables included; spaces collapsed, NBSP as a space).

usage: /usr/bin/python3 tools/check_docx.py [PLAN_DIR...]   (default: every tune plan made with htmlplan.py, 11-25)

Written for holdout2, copied and extended for holdout4 (session data4), now in tune/.  A truth text that is not in the python3-docx text is looked for again in a
second reading where every run whose font is a TCVN3 (ABC) font (".Vn..." names) is decoded with
/work/shared/data/encodings/tcvn3_abc_to_unicode.tsv (upper-cased when the font name ends in "H", as
.VnTimeH draws capitals); such texts are reported as "found only after TCVN3 decoding" (plan 23 stores its
Phụ lục that way on purpose), not as problems.
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


TSV = '/work/shared/data/encodings/tcvn3_abc_to_unicode.tsv'
TCVN3 = {}
for line in open(TSV, encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    byte, cp = line.split('\t')[:2]
    ch = chr(int(cp[2:], 16))
    b_ = chr(int(byte, 16))
    if b_ not in TCVN3 or ch.islower():     # a byte with two rows: the lowercase letter (normal .Vn font)
        TCVN3[b_] = ch


def decode_run(text, font):
    if not font or not font.startswith('.Vn'):
        return text
    out = ''.join(TCVN3.get(c, c) for c in text)
    return out.upper() if font.endswith('H') else out


def legacy_paragraphs(container):
    for p in container.paragraphs:
        yield ''.join(decode_run(r.text, r.font.name) for r in p.runs)
    for t in container.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                yield from legacy_paragraphs(c)


def check(folder):
    truth = json.load(open(os.path.join(folder, 'truth.json'), encoding='utf-8'))
    path = os.path.join(folder, truth['document'])
    paras = [norm(x) for x in paragraphs(docx.Document(path))]
    text = ' '.join(paras)
    legacy = ' '.join(norm(x) for x in legacy_paragraphs(docx.Document(path)))
    bad = []
    decoded = []

    def need(what, s):
        if s is None:
            return
        if unicodedata.normalize('NFC', s) != s:
            bad.append('%s not NFC' % what)
        if norm(s) not in text:
            if norm(s) in legacy:
                decoded.append(what)
            else:
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
                if norm(u).lower() in legacy.lower() and norm(u).lower() not in text.lower():
                    decoded.append('task %d %s unit' % (n, role))
                elif norm(u).lower() not in text.lower():
                    bad.append('task %d %s unit not in the docx: %r' % (n, role, u))
    texts = [t['text'] for t in truth['tasks']]
    if len(set(texts)) != len(texts):
        bad.append('duplicate task texts')
    na = sum(t['origin'] == 'appendix' for t in truth['tasks'])
    print('%-50s tasks %2d (table %2d, body %2d)  %s' % (os.path.basename(folder), len(texts), na, len(texts) - na,
                                                          'OK' if not bad else 'PROBLEMS'))
    for x in bad:
        print('   ', x)
    if decoded:
        print('    found only after TCVN3 decoding: %d (%s ...)' % (len(decoded), ', '.join(decoded[:4])))
    return not bad


here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dirs = sys.argv[1:] or sorted(d for d in glob.glob(os.path.join(here, '[0-9][0-9]-*')) if os.path.isdir(os.path.join(d, 'source')) and os.path.exists(os.path.join(d, 'source', 'make.py')) and 'htmlplan' in open(os.path.join(d, 'source', 'make.py')).read())
sys.exit(0 if all([check(d) for d in dirs]) else 1)
