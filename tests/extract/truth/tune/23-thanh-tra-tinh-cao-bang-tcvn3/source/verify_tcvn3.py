#!/usr/bin/python3
"""Second check of plan 23's legacy text, independent of make.py's encoder and of check_docx.py's table: every run
whose font is ".Vn..." is decoded with glibc iconv (TCVN5712-1; its small letters are the TCVN3 ABC bytes),
upper-cased for ".VnTimeH"; every truth task text and unit must then occur in the document text."""
import docx, glob, json, os, re, subprocess, unicodedata
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tr = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
d = docx.Document(os.path.join(HERE, tr['document']))


def dec(t, font):
    if not font or not font.startswith('.Vn'):
        return t
    out = subprocess.run(['iconv', '-f', 'TCVN5712-1', '-t', 'UTF-8'], input=t.encode('latin-1'),
                         capture_output=True, check=True).stdout.decode()
    out = unicodedata.normalize('NFC', out)
    return out.upper() if font.endswith('H') else out


texts = []


def walk(c):
    for p in c.paragraphs:
        texts.append(''.join(dec(r.text, r.font.name) for r in p.runs))
    for t in c.tables:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    walk(cell)


walk(d)
full = re.sub(r'\s+', ' ', ' '.join(texts))
miss = [t['text'][:60] for t in tr['tasks'] if t['text'] not in full]
units = [u for t in tr['tasks'] for u in t['lead'] + t['support'] if u.lower() not in full.lower()]
print('tasks missing:', miss, 'units missing:', units)
raise SystemExit(1 if miss or units else 0)
