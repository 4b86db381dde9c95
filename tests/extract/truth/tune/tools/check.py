"""Check every plan folder: the .docx opens (pandoc and LibreOffice txt export), and every
truth task text (and title/issuer/signer name) appears in the document text."""
import sys, os, re, json, glob, zipfile, subprocess, unicodedata, tempfile

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
    paras = []
    for p in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
        p = re.sub(r'<w:br[^>]*/>|<w:tab/>', ' ', p)
        paras.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    import html
    return norm(' '.join(html.unescape(p) for p in paras))

ok = True
for folder in sorted(glob.glob('/work/data19/*/[0-9][0-9]-*')):
    docx = glob.glob(folder + '/*.docx')
    assert len(docx) == 1, folder
    docx = docx[0]
    truth = json.load(open(folder + '/truth.json', encoding='utf-8'))
    text = docx_text(docx)
    r = subprocess.run(['pandoc', '-t', 'plain', docx], capture_output=True, text=True)
    with tempfile.TemporaryDirectory() as td:
        r2 = subprocess.run(['soffice', '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', td, docx],
                            capture_output=True, text=True)
        txts = glob.glob(td + '/*.txt')
        lo = norm(open(txts[0], encoding='utf-8-sig').read()) if txts else ''
    bad = []
    if r.returncode or not r.stdout.strip():
        bad.append('pandoc failed')
    if not lo:
        bad.append('LibreOffice txt export failed')
    m = truth['metadata']
    for k in ('title', 'issuer'):
        if m.get(k) and norm(m[k]) not in text and not all(w in text for w in m[k].split()):
            bad.append('metadata %s not found' % k)
    if m['signer'].get('name') and m['signer']['name'] not in text:
        bad.append('signer name not found')
    for i, t in enumerate(truth['tasks']):
        if norm(t['text']) not in text:
            bad.append('task %d text not in docx: %s' % (i + 1, t['text'][:60]))
        if norm(t['text']) not in lo:
            bad.append('task %d text not in LO txt export: %s' % (i + 1, t['text'][:60]))
        if t['output'] and norm(t['output']) not in text:
            bad.append('task %d output not found' % (i + 1))
        if t['timeframe'] and norm(t['timeframe']['text']) not in text:
            bad.append('task %d timeframe text not found' % (i + 1))
        if unicodedata.normalize('NFC', t['text']) != t['text']:
            bad.append('task %d not NFC' % (i + 1))
    n_app = sum(t['origin'] == 'appendix' for t in truth['tasks'])
    print('%-55s tasks=%2d (table %2d, body %2d)  %s' % (folder.replace('/work/data19/', ''), len(truth['tasks']), n_app,
          len(truth['tasks']) - n_app, 'OK' if not bad else 'PROBLEMS'))
    for b in bad:
        print('    ' + b); ok = False
sys.exit(0 if ok else 1)
