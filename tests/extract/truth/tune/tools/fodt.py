"""Tiny Flat-ODT writer used to build the d19 evaluation plans.

A plan script builds a Doc, adds blocks, calls doc.save(folder, stem) which writes
stem.fodt and converts it with LibreOffice (soffice --headless --convert-to docx),
and writes truth.json from the metadata/tasks the script declares.

Runs: a paragraph is a list of runs; a run is a str or (str, flags) with flags a
string of letters b (bold) i (italic) u (underline).  "\n" inside a run becomes a
line break (text:line-break -> w:br in the .docx).
"""
import json, os, re, subprocess, unicodedata, calendar
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def nfc(s):
    return unicodedata.normalize('NFC', s) if isinstance(s, str) else s


class Doc:
    def __init__(self, size=14, margins=(2, 2, 3, 1.5)):
        self.size = size
        self.margins = margins
        self.pstyles = {}   # key -> name
        self.tstyles = {}
        self.cstyles = {}
        self.lists = []     # (name, fmt, suffix, prefix)
        self.tables = 0
        self.body = []
        self.meta = None
        self.tasks = []

    # ---------- styles ----------
    def _pst(self, align='justify', size=None, indent=0.0, first=1.0, before=0, after=6,
             brk=False, land=False, port=False, keep=False):
        key = (align, size or self.size, indent, first, before, after, brk, land, port, keep)
        if key not in self.pstyles:
            self.pstyles[key] = 'P%d' % (len(self.pstyles) + 1)
        return self.pstyles[key]

    def _tst(self, flags, size=None):
        key = (''.join(sorted(flags)), size)
        if key not in self.tstyles:
            self.tstyles[key] = 'T%d' % (len(self.tstyles) + 1)
        return self.tstyles[key]

    def _runs(self, runs, size=None):
        if isinstance(runs, (str, tuple)):
            runs = [runs]
        out = []
        for r in runs:
            if isinstance(r, str):
                t, fl = r, ''
            else:
                t, fl = r
            t = nfc(t)
            parts = t.split('\n')
            x = []
            for i, p in enumerate(parts):
                if i:
                    x.append('<text:line-break/>')
                x.append(self._sp(escape(p)))
            body = ''.join(x)
            if fl or size:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (self._tst(fl, size), body))
            else:
                out.append(body)
        return ''.join(out)

    @staticmethod
    def _sp(s):
        # keep runs of spaces (blank number/day fields) as text:s
        return re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)

    # ---------- blocks ----------
    def p(self, runs, align='justify', size=None, indent=0.0, first=1.0, before=0, after=6,
          brk=False, land=False, port=False, keep=False):
        st = self._pst(align, size, indent, first, before, after, brk, land, port, keep)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (st, self._runs(runs)))

    def blank(self, size=None):
        self.p('', size=size, after=0)

    def title(self, doc_type, lines, sub=None):
        self.p((doc_type, 'b'), align='center', first=0, before=12, after=0, size=14)
        for i, l in enumerate(lines):
            self.p((l, 'b'), align='center', first=0, after=0, size=14)
        if sub:
            self.p((sub, 'i'), align='center', first=0, after=0, size=14)
        self.p('________', align='center', first=0, after=12, size=10)

    def autolist(self, items, fmt='1', suffix='.', prefix='', bold=False, indent=0.0, first=1.0, cont=None):
        """LibreOffice list numbering: labels are NOT in the text.  cont = name returned by an
        earlier autolist call whose numbering this list continues."""
        st = self._pst('justify', None, 0.0, 0.0, 0, 6)
        if cont:
            name = cont
            self._lid += 1
            out = ['<text:list xml:id="list%d" text:continue-list="%s" text:style-name="%s">' % (self._lid, self._lastid[cont], name)]
        else:
            name = 'L%d' % (len(self.lists) + 1)
            self.lists.append((name, fmt, suffix, prefix, indent, first))
            self._lid = getattr(self, '_lid', 0) + 1
            out = ['<text:list xml:id="list%d" text:style-name="%s">' % (self._lid, name)]
        self._lastid = getattr(self, '_lastid', {})
        self._lastid[name] = 'list%d' % self._lid
        for it in items:
            r = self._runs(it if not bold else [(it, 'b')] if isinstance(it, str) else it)
            out.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>' % (st, r))
        out.append('</text:list>')
        self.body.append(''.join(out))
        return name

    def cstyle(self, border=True, valign='middle'):
        key = (border, valign)
        if key not in self.cstyles:
            self.cstyles[key] = 'C%d' % (len(self.cstyles) + 1)
        return self.cstyles[key]

    def table(self, widths, rows, header_rows=0, border=True, size=12, valign='middle',
              cell_align=None, bold_rows=(), center_rows=(), row_flags=None):
        """rows: grid of cells; cell = runs (str/tuple/list) or dict(runs=..., align=, paras=[runs...]);
        None = covered by the cell above (vertical merge); '<' = covered by the cell to the left."""
        self.tables += 1
        tn = 'Tab%d' % self.tables
        ncol = len(widths)
        cs = self.cstyle(border, valign)
        out = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for i, w in enumerate(widths):
            out.append('<table:table-column table:style-name="%s.%s"/>' % (tn, chr(65 + i)))
        self._tabcols = getattr(self, '_tabcols', [])
        self._tabcols.append((tn, widths))

        def span_down(r, c):
            n = 1
            while r + n < len(rows) and rows[r + n][c] is None:
                n += 1
            return n

        def span_right(r, c):
            n = 1
            while c + n < ncol and rows[r][c + n] == '<':
                n += 1
            return n
        in_head = False
        for r, row in enumerate(rows):
            assert len(row) == ncol, (r, row)
            if r == 0 and header_rows:
                out.append('<table:table-header-rows>')
                in_head = True
            out.append('<table:table-row>')
            for c, cell in enumerate(row):
                if cell is None or cell == '<':
                    out.append('<table:covered-table-cell/>')
                    continue
                attrs = ''
                sd, sr = span_down(r, c), span_right(r, c)
                if sd > 1:
                    attrs += ' table:number-rows-spanned="%d"' % sd
                if sr > 1:
                    attrs += ' table:number-columns-spanned="%d"' % sr
                if isinstance(cell, dict):
                    paras = cell.get('paras') or [cell.get('runs', '')]
                    al = cell.get('align')
                else:
                    paras = [cell]
                    al = None
                if al is None:
                    if r < header_rows or r in center_rows:
                        al = 'center'
                    elif cell_align:
                        al = cell_align[c]
                    else:
                        al = 'left'
                bold = r < header_rows or r in bold_rows
                st = self._pst(al, size, 0.0, 0.0, 2, 2)
                ps = []
                for pr in paras:
                    if bold:
                        pr = _boldify(pr)
                    ps.append('<text:p text:style-name="%s">%s</text:p>' % (st, self._runs(pr, size)))
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>'
                           % (cs, attrs, ''.join(ps)))
            out.append('</table:table-row>')
            if in_head and r == header_rows - 1:
                out.append('</table:table-header-rows>')
                in_head = False
        out.append('</table:table>')
        self.body.append(''.join(out))

    # ---------- standard parts ----------
    def header(self, left, right, widths=(6.3, 10.2)):
        """left/right: lists of paragraphs (runs) for the two borderless header cells."""
        self.table(list(widths), [[{'paras': left, 'align': 'center'}, {'paras': right, 'align': 'center'}]],
                   border=False, size=12.5, valign='top')

    def signature(self, recipients, sign_lines, name, widths=(8.0, 8.5), nn_label='Nơi nhận:'):
        left = [[(nn_label, 'bi')]] + [[r] for r in recipients]
        right = [[(l, 'b')] for l in sign_lines] + [''] * 4 + [[(name, 'b')]]
        self.blank()
        self.table(list(widths), [[{'paras': left, 'align': 'left'}, {'paras': right, 'align': 'center'}]],
                   border=False, size=12, valign='top')

    # ---------- output ----------
    def xml(self):
        a = []
        a.append('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
                 'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="%scm" fo:margin-bottom="%scm" '
                 'fo:margin-left="%scm" fo:margin-right="%scm"/></style:page-layout>' % self.margins)
        a.append('<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" '
                 'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" '
                 'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>')
        for key, name in self.pstyles.items():
            align, size, indent, first, before, after, brk, land, port, keep = key
            mp = ' style:master-page-name="Landscape"' if land else (' style:master-page-name="Standard"' if port else '')
            al = {'justify': 'justify', 'center': 'center', 'left': 'start', 'right': 'end'}[align]
            a.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard"%s>'
                     '<style:paragraph-properties fo:text-align="%s" fo:margin-left="%scm" fo:text-indent="%scm" '
                     'fo:margin-top="%spt" fo:margin-bottom="%spt"%s%s/>'
                     '<style:text-properties fo:font-size="%spt"/></style:style>'
                     % (name, mp, al, indent, first, before, after,
                        ' fo:break-before="page"' if (brk and not (land or port)) else '',
                        ' fo:keep-with-next="always"' if keep else '', size))
        for key, name in self.tstyles.items():
            fl, size = key
            props = ''
            if 'b' in fl:
                props += ' fo:font-weight="bold"'
            if 'i' in fl:
                props += ' fo:font-style="italic"'
            if 'u' in fl:
                props += ' style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'
            if size:
                props += ' fo:font-size="%spt"' % size
            a.append('<style:style style:name="%s" style:family="text"><style:text-properties%s/></style:style>' % (name, props))
        for (border, valign), name in self.cstyles.items():
            b = 'fo:border="0.5pt solid #000000"' if border else 'fo:border="none"'
            a.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                     'style:vertical-align="%s" fo:padding="0.08cm" %s/></style:style>' % (name, valign, b))
        for tn, widths in getattr(self, '_tabcols', []):
            a.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%scm" '
                     'table:align="center"/></style:style>' % (tn, sum(widths)))
            for i, w in enumerate(widths):
                a.append('<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties '
                         'style:column-width="%scm"/></style:style>' % (tn, chr(65 + i), w))
        for name, fmt, suffix, prefix, indent, first in self.lists:
            a.append('<text:list-style style:name="%s"><text:list-level-style-number text:level="1" '
                     'style:num-prefix="%s" style:num-suffix="%s" style:num-format="%s">'
                     '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                     '<style:list-level-label-alignment text:label-followed-by="space" '
                     'fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties>'
                     '</text:list-level-style-number></text:list-style>' % (name, prefix, suffix, fmt))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text">'
                '<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="\'Times New Roman\'" '
                'style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
                'fo:line-height="115%%"/><style:text-properties style:font-name="Times New Roman" fo:font-size="%spt" '
                'fo:language="vi" fo:country="VN"/></style:default-style>'
                '<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles>'
                '<office:automatic-styles>%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
                '<style:master-page style:name="Landscape" style:page-layout-name="pm2"/></office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>\n'
                % (NS, self.size, ''.join(a), ''.join(self.body)))

    def save(self, folder, stem, document_name=None, written_by=None):
        os.makedirs(folder, exist_ok=True)
        fodt = os.path.join(folder, stem + '.fodt')
        with open(fodt, 'w', encoding='utf-8') as f:
            f.write(self.xml())
        subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', folder, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        truth = {
            'document': document_name or stem + '.docx',
            'written_by': written_by or 'Written by the d19 data writer (an AI assistant) by hand, in make.py, together with '
                                        'the plan text it composed; checked against the LibreOffice-saved .docx.',
            'metadata': _nfc_all(self.meta),
            'tasks': [_nfc_all(t) for t in self.tasks],
        }
        with open(os.path.join(folder, 'truth.json'), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write('\n')

    # ---------- truth helpers ----------
    def task(self, origin, text, lead=(), support=(), time=None, output=None, year=None, implementer=None,
             note=None, tf=None):
        t = {'origin': origin, 'text': plain(text), 'lead': list(lead), 'support': list(support)}
        if implementer is not None:
            t['implementer'] = list(implementer)
        if tf is not None:
            t['timeframe'] = tf
        else:
            t['timeframe'] = timeframe(time, year) if time else None
        t['output'] = output
        if note:
            t['note'] = note
        self.tasks.append(t)
        return t


def _boldify(pr):
    if isinstance(pr, str):
        return [(pr, 'b')] if pr else pr
    if isinstance(pr, tuple):
        return [(pr[0], pr[1] + 'b')]
    return [(x, 'b') if isinstance(x, str) else (x[0], x[1] + 'b') for x in pr]


def plain(runs):
    if isinstance(runs, str):
        return runs
    if isinstance(runs, tuple):
        return runs[0]
    return ''.join(r if isinstance(r, str) else r[0] for r in runs)


def _nfc_all(o):
    if isinstance(o, dict):
        return {k: _nfc_all(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_nfc_all(v) for v in o]
    return nfc(o)


ROM = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}


def _last(y, m):
    return '%04d-%02d-%02d' % (y, m, calendar.monthrange(y, m)[1])


def timeframe(text, year):
    """Dates for the timeframe phrases the plans use; year = plan year for texts without one."""
    t = text.strip()
    s = e = None
    low = t.lower()
    m = re.search(r'qu[ýíi]\s+(I|II|III|IV)\s*(?:/|năm\s+)(\d{4})', t, re.I)
    m2 = re.search(r'tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{4})', t, re.I)
    m3 = re.search(r'tháng\s+(\d{1,2})\s*(?:/|năm\s+)(\d{4})', t, re.I)
    md = re.search(r'(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', t)
    if re.match(r'^(thường xuyên|định kỳ|hằng|hàng|khi có|theo )', low):
        pass
    elif low.startswith('trước') or low.startswith('chậm nhất') or low.startswith('hoàn thành trước'):
        if m:
            q = ROM[m.group(1).upper()]; y = int(m.group(2))
            # "trước quý III/2026": by the end of the quarter before it
            e = _last(y, 3 * q - 3) if q > 1 else '%04d-12-31' % (y - 1)
        elif md:
            y = int(md.group(3)) if md.group(3) else year
            e = '%04d-%02d-%02d' % (y, int(md.group(2)), int(md.group(1)))
        elif m3:
            y = int(m3.group(2)); mo = int(m3.group(1))
            e = _last(y, mo - 1) if mo > 1 else '%04d-12-31' % (y - 1)
    elif re.match(r'^từ ngày', low):
        ds = re.findall(r'(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', t)
        (d1, m1, y1), (d2, mm2, y2) = ds[0], ds[1]
        y2 = int(y2) if y2 else year
        y1 = int(y1) if y1 else y2
        s = '%04d-%02d-%02d' % (y1, int(m1), int(d1)); e = '%04d-%02d-%02d' % (y2, int(mm2), int(d2))
    elif m:
        q = ROM[m.group(1).upper()]; y = int(m.group(2))
        s = '%04d-%02d-01' % (y, 3 * q - 2); e = _last(y, 3 * q)
    elif m2:
        y = int(m2.group(3)); s = '%04d-%02d-01' % (y, int(m2.group(1))); e = _last(y, int(m2.group(2)))
    elif m3:
        y = int(m3.group(2)); mo = int(m3.group(1)); s = '%04d-%02d-01' % (y, mo); e = _last(y, mo)
    elif re.match(r'^6 tháng đầu năm', low):
        y = int(re.search(r'(\d{4})', t).group(1)) if re.search(r'\d{4}', t) else year
        s = '%04d-01-01' % y; e = '%04d-06-30' % y
    elif re.match(r'^6 tháng cuối năm', low):
        y = int(re.search(r'(\d{4})', t).group(1)) if re.search(r'\d{4}', t) else year
        s = '%04d-07-01' % y; e = '%04d-12-31' % y
    elif re.match(r'^(năm|trong năm)\s*(\d{4})?$', low):
        y = int(re.search(r'(\d{4})', t).group(1)) if re.search(r'\d{4}', t) else year
        s = '%04d-01-01' % y; e = '%04d-12-31' % y
    elif re.match(r'^ngày\s+\d', low) or re.match(r'^\d{1,2}/\d{1,2}', t):
        y = int(md.group(3)) if md.group(3) else year
        s = e = '%04d-%02d-%02d' % (y, int(md.group(2)), int(md.group(1)))
    else:
        raise ValueError('timeframe not understood: %r' % t)
    return {'text': t, 'start': s, 'end': e}
