"""Builds one held-out plan: an HTML source (source/STEM.html) that LibreOffice converts to
STEM.docx (soffice --headless --convert-to docx), and truth.json written from the same strings.

Written for holdout2 (tune 11-15) by a session that never ran vnplan; extended for holdout3 (tune 16-20,
session data3) with landscape sections (Plan.landscape(): the rest of the document on A4 landscape pages).
Copied for holdout4 (plans 21-25, session data4) and extended with save(..., post=f): f(parts) gets the
LibreOffice-saved .docx as a dict {part name: bytes} and edits it in place (split runs, NFD text, numbering.xml,
...), the .docx is written back WITHOUT another LibreOffice pass (which would undo the mess), and
pdf_ok() checks that LibreOffice still opens it.  Each plan's make.py composes the
document block by block and declares its truth beside the text (p.task(...)), so a truth text
is the very string that was put in the document.  Dates of timeframes are written by hand.
"""
import html, json, os, subprocess, unicodedata

CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 1.5cm 2cm 3cm }
body { font-family: 'Times New Roman'; font-size: 14pt; }
td, th { font-family: 'Times New Roman'; vertical-align: middle; }
"""
# LibreOffice's HTML import ignores margins set through class selectors: every paragraph gets
# its alignment and spacing inline.  c = centred, l = left (both no space after), i = body text
# (justified, first line indented), t = inside a table cell.
PSTYLE = {'c': 'text-align:center; text-indent:0cm; margin-top:0pt; margin-bottom:0pt',
          'l': 'text-align:left; text-indent:0cm; margin-top:0pt; margin-bottom:0pt',
          'r': 'text-align:right; text-indent:0cm; margin-top:0pt; margin-bottom:0pt',
          'i': 'text-align:justify; text-indent:1cm; margin-top:0pt; margin-bottom:6pt',
          'j': 'text-align:justify; text-indent:0cm; margin-top:2pt; margin-bottom:2pt'}


def pp(h, cls='c', style=''):
    """One paragraph with inline style (for building cells)."""
    return '<p style="%s%s">%s</p>' % (PSTYLE[cls], '; ' + style if style else '', h)


def nfc(s):
    return unicodedata.normalize('NFC', s) if isinstance(s, str) else s


def esc(s):
    """Escape text for HTML; a newline becomes a line break (<br>, w:br in the .docx)."""
    return '<br>'.join(html.escape(nfc(x), quote=False) for x in s.split('\n'))


def b(s):
    return '<b>%s</b>' % esc(s)


def i(s):
    return '<i>%s</i>' % esc(s)


def tf(text, start=None, end=None):
    return {'text': nfc(text), 'start': start, 'end': end}


class Plan:
    def __init__(self, folder, stem):
        self.folder, self.stem = folder, stem
        self.parts = []
        self.meta = None
        self.tasks = []
        self.has_landscape = False

    # ----- blocks (arguments are HTML fragments built with esc/b/i) -----
    def raw(self, h):
        self.parts.append(h)

    def p(self, h, cls='i', style=''):
        self.parts.append(pp(h, cls, style))

    def heading(self, text, cls='i'):
        self.p(b(text), cls)

    def page_break(self):
        self.parts.append(pp('', 'l', 'page-break-before: always'))

    def landscape(self):
        """From here to the end the pages are A4 landscape (a new section starting on a new page).
        LibreOffice's HTML import has no page orientation: a marker paragraph is written and save()
        turns it into a section break in the .docx (the portrait section's sectPr in that paragraph,
        the final sectPr landscape), then LibreOffice opens and saves the .docx once more."""
        self.parts.append(pp(LANDSCAPE_MARK, 'l'))
        self.has_landscape = True

    def ol(self, items, type_='1', start=None):
        """Automatic numbering (the label is not in the text): items are HTML fragments."""
        st = ' start="%d"' % start if start else ''
        # start= before type=: LibreOffice drops start= written after type="1"
        self.parts.append('<ol%s type="%s">%s</ol>' % (st, type_, ''.join('<li>%s</li>' % pp(x, 'j', 'margin-bottom:6pt') for x in items)))

    def table(self, head_rows, body_rows, widths, border=True, font=12, px=624):
        """Rows are lists of cells; a cell is an HTML fragment or a dict(h=, rs=, cs=, al=).
        head_rows go in <thead> (repeated on every page by LibreOffice/Word)."""
        def cell(tag, c):
            if isinstance(c, dict):
                a = ''
                if c.get('rs', 1) > 1:
                    a += ' rowspan="%d"' % c['rs']
                if c.get('cs', 1) > 1:
                    a += ' colspan="%d"' % c['cs']
                h = c['h'] if c['h'].startswith('<p') else pp(c['h'], c.get('al', 'l'), 'margin-top:2pt; margin-bottom:2pt')
                return '<%s%s>%s</%s>' % (tag, a, h, tag)
            return '<%s>%s</%s>' % (tag, pp(c, 'c' if tag == 'th' else 'l', 'margin-top:2pt; margin-bottom:2pt'), tag)
        bd = ' border="1" cellspacing="0" cellpadding="4"' if border else ' border="0" cellspacing="0"'
        out = ['<table width="%d"%s style="font-size:%dpt">' % (px, bd, font)]
        out.append(''.join('<col width="%d*">' % w for w in widths))
        if head_rows:
            out.append('<thead>' + ''.join('<tr>%s</tr>' % ''.join(cell('th', c) for c in r) for r in head_rows) + '</thead>')
        out.append('<tbody>' + ''.join('<tr>%s</tr>' % ''.join(cell('td', c) for c in r) for r in body_rows) + '</tbody>')
        out.append('</table>')
        self.parts.append(''.join(out))

    # ----- truth -----
    def task(self, origin, text, lead=(), support=(), timeframe=None, output=None, implementer=None, note=None):
        t = {'origin': origin, 'text': nfc(text), 'lead': [nfc(x) for x in lead],
             'support': [nfc(x) for x in support]}
        if implementer is not None:
            t['implementer'] = [nfc(x) for x in implementer]
        t['timeframe'] = timeframe
        t['output'] = nfc(output)
        if note:
            t['note'] = note
        self.tasks.append(t)
        return t

    def save(self, written_by, post=None):
        src = os.path.join(self.folder, 'source')
        os.makedirs(src, exist_ok=True)
        page = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
                '<body>\n%s\n</body></html>\n' % (html.escape(self.stem), CSS, '\n'.join(self.parts)))
        path = os.path.join(src, self.stem + '.html')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(nfc(page))
        subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', self.folder, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if self.has_landscape:
            _landscape(os.path.join(self.folder, self.stem + '.docx'))
        if post:
            _post(os.path.join(self.folder, self.stem + '.docx'), post)
            assert pdf_ok(os.path.join(self.folder, self.stem + '.docx')), 'LibreOffice cannot open the post-processed docx'
        truth = {'document': self.stem + '.docx', 'written_by': written_by,
                 'metadata': _nfc_all(self.meta), 'tasks': self.tasks}
        with open(os.path.join(self.folder, 'truth.json'), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write('\n')


LANDSCAPE_MARK = 'LANDSCAPE-SECTION-BREAK-HERE'


def _landscape(path):
    import re, shutil, tempfile, zipfile
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        data = {n: z.read(n) for n in names}
    doc = data['word/document.xml'].decode('utf-8')
    k = doc.rfind('<w:sectPr')
    final = re.compile(r'<w:sectPr[ >].*?</w:sectPr>(?=</w:body>)', re.S).match(doc, k)
    portrait = final.group(0)
    m = None
    for m in re.finditer(r'<w:p[ >](?:(?!<w:p[ >]).)*?' + LANDSCAPE_MARK + r'.*?</w:p>', doc, re.S):
        break
    assert m, 'landscape marker not found'
    # w:type nextPage is the default: the appendix starts on a new (landscape) page
    brk = '<w:p><w:pPr>%s</w:pPr></w:p>' % portrait
    doc = doc[:m.start()] + brk + doc[m.end():]
    k = doc.rfind('<w:sectPr')
    final = re.compile(r'<w:sectPr[ >].*?</w:sectPr>(?=</w:body>)', re.S).match(doc, k)
    land = final.group(0)
    sz = re.search(r'<w:pgSz[^>]*/>', land).group(0)
    w = re.search(r'w:w="(\d+)"', sz).group(1)
    h = re.search(r'w:h="(\d+)"', sz).group(1)
    land = land.replace(sz, '<w:pgSz w:w="%s" w:h="%s" w:orient="landscape"/>' % (h, w))
    mar = re.search(r'<w:pgMar[^>]*/>', land)
    if mar:
        land = land.replace(mar.group(0), '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
                                          'w:header="0" w:footer="0" w:gutter="0"/>')
    doc = doc[:final.start()] + land + doc[final.end():]
    data['word/document.xml'] = doc.encode('utf-8')
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'in', os.path.basename(path))
    os.makedirs(os.path.dirname(src))
    with zipfile.ZipFile(src, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, data[n])
    subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def _post(path, f):
    import zipfile
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        data = {n: z.read(n) for n in names}
    f(data)
    # LibreOffice writes a section break's w:sectPr FIRST in w:pPr; the schema wants it after w:rPr (Word is strict)
    import re
    doc = data['word/document.xml'].decode('utf-8')
    doc = re.sub(r'<w:pPr>(<w:sectPr[ >](?:(?!</w:sectPr>).)*</w:sectPr>)((?:(?!</w:pPr>).)*)</w:pPr>',
                 lambda m: '<w:pPr>%s%s</w:pPr>' % (m.group(2), m.group(1)), doc, flags=re.S)
    data['word/document.xml'] = doc.encode('utf-8')
    for n in data:
        if n not in names:
            names.append(n)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, data[n])


def pdf_ok(path):
    """LibreOffice converts the .docx to PDF (in a temporary folder); True when a non-empty PDF came out."""
    import shutil, tempfile
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + '.pdf')
    ok = os.path.exists(out) and os.path.getsize(out) > 1000
    shutil.rmtree(tmp)
    return ok


def _nfc_all(o):
    if isinstance(o, dict):
        return {k: _nfc_all(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_nfc_all(v) for v in o]
    return nfc(o)


WRITTEN_BY = ('Written by hand by the holdout2 data writer (an AI assistant, session data19) in make.py together '
              'with the plan text it composed, without running vnplan or any scorer; checked against the '
              'LibreOffice-saved .docx with tools/check.py (python3-docx).')
# plans 16-20 (holdout3)
WRITTEN_BY_DATA3 = ('Written by hand by the holdout3 data writer (an AI assistant, session data3) in make.py together '
              'with the plan text it composed, without running vnplan or any scorer; checked against the '
              'LibreOffice-saved .docx with tools/check_docx.py (python3-docx).')
# plans 21-25 (holdout4)
WRITTEN_BY_DATA4 = ('Written by hand by the holdout4 data writer (an AI assistant, session data4) in make.py together '
              'with the plan text it composed, without running vnplan or any scorer; checked against the '
              '.docx (LibreOffice-saved, then post-processed) with tools/check_docx.py (python3-docx).')
