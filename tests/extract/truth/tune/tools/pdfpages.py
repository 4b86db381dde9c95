#!/usr/bin/python3
"""Text of each page of a LibreOffice-made PDF (no poppler here): Flate streams, ToUnicode CMaps, Tj/TJ hex strings.
Good enough to see on which page a table row starts and ends.  usage: pdfpages.py FILE.pdf  (or FILE.docx: converted
with soffice in a temporary folder first)."""
import os, re, shutil, subprocess, sys, tempfile, zlib


def objects(data):
    """Objects by number, read sequentially; a stream is skipped by its /Length (binary font data may hold
    "endobj")."""
    objs, pos = {}, 0
    head = re.compile(rb'(\d+) 0 obj')
    while True:
        m = head.search(data, pos)
        if not m:
            return objs
        start = m.end()
        s = data.find(b'stream', start)
        e = data.find(b'endobj', start)
        if s != -1 and s < e:
            dict_part = data[start:s]
            ln = re.search(rb'/Length\s+(\d+)(\s+0\s+R)?', dict_part)
            k = s + len(b'stream')
            k += 2 if data[k:k + 2] == b'\r\n' else 1
            if ln and not ln.group(2):
                end = k + int(ln.group(1))
                e = data.find(b'endobj', end)
        objs[int(m.group(1))] = data[start:e]
        pos = e + len(b'endobj')


def stream(body):
    m = re.search(rb'stream\r?\n(.*?)\r?\nendstream', body, re.S)
    if not m:
        return b''
    s = m.group(1)
    return zlib.decompressobj().decompress(s) if b'FlateDecode' in body else s


def cmap(text):
    mp = {}
    for blk in re.findall(rb'beginbfchar(.*?)endbfchar', text, re.S):
        for a, u in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
            mp[a.decode().upper()] = bytes.fromhex(u.decode()).decode('utf-16-be')
    for blk in re.findall(rb'beginbfrange(.*?)endbfrange', text, re.S):
        for a, z, u in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
            w = len(a)
            for k in range(int(a, 16), int(z, 16) + 1):
                mp[('%0*X' % (w, k))] = chr(int(u, 16) + k - int(a, 16))
    width = len(next(iter(mp))) if mp else 2
    return mp, width


def pages(pdf):
    data = open(pdf, 'rb').read()
    objs = objects(data)
    out = []
    for n in sorted(objs):
        body = objs[n]
        if not re.search(rb'/Type\s*/Page[^s]', body):
            continue
        fonts = {}
        res = body
        m = re.search(rb'/Resources\s+(\d+) 0 R', body)
        if m:
            res = objs[int(m.group(1))]
        fm = re.search(rb'/Font\s*(<<.*?>>|\d+ 0 R)', res, re.S)
        if fm:
            fd = fm.group(1)
            if fd.endswith(b'R'):
                fd = objs[int(fd.split()[0])]
            for name, ref in re.findall(rb'/(\w+)\s+(\d+) 0 R', fd):
                tu = re.search(rb'/ToUnicode\s+(\d+) 0 R', objs[int(ref)])
                fonts[name] = cmap(stream(objs[int(tu.group(1))])) if tu else ({}, 2)
        cs = re.search(rb'/Contents\s+(\d+) 0 R', body)
        content = stream(objs[int(cs.group(1))])
        cur, text = ({}, 2), []
        for tok in re.finditer(rb'/(\w+)\s+[\d.]+\s+Tf|(\[.*?\])\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(ET)', content, re.S):
            if tok.group(1):
                cur = fonts.get(tok.group(1), ({}, 2))
                continue
            if tok.group(4):
                text.append(' ')
                continue
            hexes = re.findall(rb'<([0-9A-Fa-f]*)>', tok.group(2)) if tok.group(2) else [tok.group(3)]
            mp, w = cur
            for h in hexes:
                h = h.decode().upper()
                text.append(''.join(mp.get(h[k:k + w], '?') for k in range(0, len(h), w)))
        out.append(re.sub(r'\s+', ' ', ''.join(text)))
    return out


if __name__ == '__main__':
    path = sys.argv[1]
    tmp = None
    if path.endswith('.docx'):
        tmp = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        path = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + '.pdf')
    for k, t in enumerate(pages(path), 1):
        print('--- page %d ---' % k)
        print(t)
    if tmp:
        shutil.rmtree(tmp)
