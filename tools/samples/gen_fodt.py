#!/usr/bin/env python3
"""Writes the Flat ODT sources of the sample plans (samples/src/NAME.fodt)
from their plain-text markup (samples/src/NAME.txt).

    tools/samples/gen_fodt.py [NAME.txt ...]     (default: every samples/src/*.txt)

The markup files hold the text of each plan exactly as issued, one paragraph
per line; this script only adds the layout an issued plan has (Decree
30/2020/ND-CP): the borderless header table, the type and title block, the
body, the signature table and the appendix table. tools/make-samples turns the
.fodt files into .docx with LibreOffice. Re-running gives identical files.

Markup (a line is one paragraph; blank lines and lines starting with "%%"
are ignored; inside any text **x** is bold and *x* italic):

  @doc-title TEXT            document title in the file's metadata
  @header-layout L           "rows": 2x2 header table (bodies / motto, then
                             number / date); "stack": one row, a paragraph
                             per line; "breaks": one row, one paragraph per
                             cell whose lines are separated by line breaks
  @header-left TEXT          a line of the left header cell (issuing body)
  @header-right TEXT         a line of the right header cell (national name)
  @number TEXT               "Số: .../KH-..." under the issuing body
  @date TEXT                 place and date, italic, under the motto
  @type TEXT                 the document type ("KẾ HOẠCH"), bold, centred
  @title TEXT                a title line (several lines: line breaks)
  TEXT                       a body paragraph (justified, first-line indent)
  ! TEXT                     a bold body paragraph (typed heading)
  =1 TEXT / =2 TEXT          a bold paragraph numbered automatically at
                             level 1 (I., II., ...) / level 2 (1., 2., ...,
                             restarting under each level 1); the label is
                             not part of the text
  +2 TEXT                    like =2 but not bold (a numbered duty)
  @sign-left TEXT            a line of the signature table's left cell
                             ("Nơi nhận:" and the recipients)
  @sign-right [TEXT]         a line of the right cell (authority, position,
                             blank lines, name); empty = blank line
  @appendix landscape|portrait   starts the appendix: a new page, landscape
                             pages from here when asked
  @app-title TEXT            a centred bold appendix title line
  @app-note TEXT             a centred line under the title (use *...*)
  @columns W W ...           appendix table column widths in cm
  @thead C | C | ...         the header row, repeated on every page
  @row C | C | ...           a table row; a row with fewer cells than columns
                             is a group row: bold, its last cell spans the
                             remaining columns. Cell "^": covered by the cell
                             above (vertical merge); cell "<": covered by the
                             cell to its left (horizontal merge)
"""
import glob
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "samples", "src"))

NS = """\
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text\""""

# Decree 30/2020: A4, margins top/bottom 2 cm, left 3 cm, right 2 cm,
# Times New Roman 13-14 pt, first-line indent 1-1.27 cm.
TEXT_WIDTH_PORTRAIT = 16.0

STYLES = """\
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN" style:font-name-complex="Times New Roman" style:font-size-complex="14pt"/>
  </style:default-style>
  <style:default-style style:family="table">
   <style:table-properties table:border-model="collapsing"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Body_20_Text" style:display-name="Body Text" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="6pt" fo:margin-bottom="0cm" fo:line-height="115%" fo:text-align="justify" fo:text-indent="1cm"/>
  </style:style>
  <style:style style:name="Plan_20_Heading" style:display-name="Plan Heading" style:family="paragraph" style:parent-style-name="Body_20_Text" style:class="text">
   <style:paragraph-properties fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Header_20_Cell" style:display-name="Header Cell" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="13pt" style:font-size-complex="13pt"/>
  </style:style>
  <style:style style:name="Document_20_Type" style:display-name="Document Type" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-top="18pt" fo:text-align="center" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Document_20_Title" style:display-name="Document Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="12pt" fo:text-align="center" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Signature_20_Left" style:display-name="Signature Left" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="11pt" style:font-size-complex="11pt"/>
  </style:style>
  <style:style style:name="Signature_20_Right" style:display-name="Signature Right" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Appendix_20_Title" style:display-name="Appendix Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Appendix_20_Note" style:display-name="Appendix Note" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="12pt" fo:text-align="center" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="2pt" fo:margin-bottom="2pt" fo:text-align="start"/>
   <style:text-properties fo:font-size="12pt" style:font-size-complex="12pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Table_20_Group" style:display-name="Table Group" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Table_20_Task" style:display-name="Table Task" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Table_20_Centre" style:display-name="Table Centre" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
 </office:styles>
"""

# Only in documents that use automatic numbering: a typed-number document
# carries no list definitions at all, as a Word file typed by hand would not.
NUMBERED_STYLES = """\
  <style:style style:name="Numbered_20_Heading" style:display-name="Numbered Heading" style:family="paragraph" style:parent-style-name="Plan_20_Heading" style:list-style-name="Plan_20_Headings" style:class="text"/>
  <style:style style:name="Numbered_20_Item" style:display-name="Numbered Item" style:family="paragraph" style:parent-style-name="Body_20_Text" style:list-style-name="Plan_20_Headings" style:class="text"/>
  <text:list-style style:name="Plan_20_Headings" style:display-name="Plan Headings">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
"""

# Margins of the pages; the landscape pages keep the binding margin on the left.
PAGE_LAYOUTS = """\
  <style:page-layout style:name="pm_portrait">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:page-layout style:name="pm_landscape">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  </style:page-layout>
"""
TEXT_WIDTH_LANDSCAPE = 25.7

MASTER = """\
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm_portrait"/>
  <style:master-page style:name="Landscape" style:page-layout-name="pm_landscape"/>
 </office:master-styles>
"""

AUTO_STYLES_FIXED = """\
  <style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-complex="italic"/></style:style>
  <style:style style:name="T_bi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic" style:font-weight-complex="bold" style:font-style-complex="italic"/></style:style>
  <style:style style:name="P_issuer" style:family="paragraph" style:parent-style-name="Header_20_Cell"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="P_date" style:family="paragraph" style:parent-style-name="Header_20_Cell"><style:paragraph-properties fo:margin-top="6pt"/><style:text-properties fo:font-size="14pt" fo:font-style="italic" style:font-size-complex="14pt" style:font-style-complex="italic"/></style:style>
  <style:style style:name="P_number" style:family="paragraph" style:parent-style-name="Header_20_Cell"><style:paragraph-properties fo:margin-top="6pt"/></style:style>
  <style:style style:name="P_motto" style:family="paragraph" style:parent-style-name="Header_20_Cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-complex="14pt" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="P_nation" style:family="paragraph" style:parent-style-name="Header_20_Cell"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-complex="12pt" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="P_sign_name" style:family="paragraph" style:parent-style-name="Signature_20_Right"/>
  <style:style style:name="P_sign_left_head" style:family="paragraph" style:parent-style-name="Signature_20_Left"><style:paragraph-properties fo:margin-top="12pt"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic" style:font-size-complex="12pt"/></style:style>
  <style:style style:name="P_sign_right_first" style:family="paragraph" style:parent-style-name="Signature_20_Right"><style:paragraph-properties fo:margin-top="12pt"/></style:style>
  <style:style style:name="P_app_landscape" style:family="paragraph" style:parent-style-name="Appendix_20_Title" style:master-page-name="Landscape"/>
  <style:style style:name="P_app_newpage" style:family="paragraph" style:parent-style-name="Appendix_20_Title"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="Row_unsplit" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="Cell_none" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
  <style:style style:name="Cell_box" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Cell_box_mid" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
"""


def inline(text):
    """Markup text -> ODF inline content: **bold**, *italic*, XML escaped."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*", text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="T_b">%s</text:span>' % escape(m.group(1)))
        else:
            out.append('<text:span text:style-name="T_i">%s</text:span>' % escape(m.group(2)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def para(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inline(text))


def lines_para(style, lines):
    """One paragraph whose lines are separated by line breaks (w:br)."""
    return '<text:p text:style-name="%s">%s</text:p>' % (
        style, "<text:line-break/>".join(inline(t) for t in lines))


class Doc:
    def __init__(self, name):
        self.name = name
        self.meta = {"doc-title": name, "header-layout": "rows"}
        self.header_left, self.header_right = [], []
        self.titles, self.body = [], []
        self.sign_left, self.sign_right = [], []
        self.auto_styles = []
        self.table_count = 0
        self.list_started = False
        self.sign_done = False
        self.text_width = TEXT_WIDTH_PORTRAIT   # of the pages being written
        # appendix table being built
        self.columns, self.rows, self.thead = None, [], None

    # --- automatic numbering -------------------------------------------
    def numbered(self, level, style, text):
        """A paragraph numbered by the list style: each one is wrapped in its
        own text:list that continues the first, the way LibreOffice itself
        writes lists interrupted by body text."""
        if self.list_started:
            opening = '<text:list text:style-name="Plan_20_Headings" text:continue-list="plan-headings">'
        else:
            opening = '<text:list xml:id="plan-headings" text:style-name="Plan_20_Headings">'
            self.list_started = True
        inner = '<text:list-item>%s</text:list-item>' % para(style, text)
        for _ in range(level - 1):
            inner = '<text:list-item><text:list>%s</text:list></text:list-item>' % inner
        self.body.append(opening + inner + '</text:list>')

    # --- tables ----------------------------------------------------------
    def table_open(self, widths, name):
        self.table_count += 1
        tname = "%s%d" % (name, self.table_count)
        total = sum(widths)
        self.auto_styles.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fcm" table:align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
            '</style:style>' % (tname, total))
        cols = []
        for i, w in enumerate(widths):
            cname = "%s.C%d" % (tname, i + 1)
            self.auto_styles.append(
                '<style:style style:name="%s" style:family="table-column">'
                '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                % (cname, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cname)
        return '<table:table table:name="%s" table:style-name="%s">%s' % (tname, tname, "".join(cols))

    def borderless_table(self, widths, rows, unsplit=False):
        """rows: list of rows, each a list of cell contents (ODF paragraphs).
        unsplit: rows may not break across pages (w:cantSplit)."""
        out = [self.table_open(widths, "Layout")]
        for row in rows:
            out.append('<table:table-row table:style-name="Row_unsplit">' if unsplit
                       else "<table:table-row>")
            for cell in row:
                out.append('<table:table-cell table:style-name="Cell_none" office:value-type="string">%s'
                           '</table:table-cell>' % cell)
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def header_block(self):
        layout = self.meta["header-layout"]
        left, right = self.header_left, self.header_right
        number = self.meta.get("number", "")
        date = self.meta.get("date", "")

        def left_paras(lines):
            # The parent body in plain capitals, the issuing body in bold.
            return [para("Header_20_Cell" if i < len(lines) - 1 else "P_issuer", t)
                    for i, t in enumerate(lines)]

        def right_paras(lines):
            return [para("P_nation" if i == 0 else "P_motto", t) for i, t in enumerate(lines)]

        if layout == "rows":
            rows = [["".join(left_paras(left)), "".join(right_paras(right))],
                    [para("P_number", number), para("P_date", date)]]
        elif layout == "stack":
            rows = [["".join(left_paras(left)) + para("P_number", number),
                     "".join(right_paras(right)) + para("P_date", date)]]
        elif layout == "breaks":
            # Whole cell in one paragraph of line breaks: the body names bold
            # through spans, number and date plain/italic.
            lcell = '<text:p text:style-name="Header_20_Cell">%s<text:line-break/>%s</text:p>' % (
                "<text:line-break/>".join(
                    inline(t if i < len(left) - 1 else "**%s**" % t) for i, t in enumerate(left)),
                inline(number))
            rcell = '<text:p text:style-name="Header_20_Cell">%s<text:line-break/>%s</text:p>' % (
                "<text:line-break/>".join(inline("**%s**" % t) for t in right),
                inline("*%s*" % date))
            rows = [[lcell, rcell]]
        else:
            raise SystemExit("%s: unknown header layout %r" % (self.name, layout))
        return self.borderless_table([6.0, TEXT_WIDTH_PORTRAIT - 6.0], rows)

    def signature_block(self):
        lp = []
        for i, t in enumerate(self.sign_left):
            if i == 0:
                lp.append('<text:p text:style-name="P_sign_left_head">%s</text:p>' % escape(t))
            else:
                lp.append(para("Signature_20_Left", t))
        rp = []
        for i, t in enumerate(self.sign_right):
            rp.append(para("P_sign_right_first" if i == 0 else "Signature_20_Right", t))
        # The recipients and the signer stay on one page, as a signed plan has them.
        return self.borderless_table([7.5, TEXT_WIDTH_PORTRAIT - 7.5], [["".join(lp), "".join(rp)]],
                                     unsplit=True)

    def appendix_table(self):
        ncols = len(self.columns)
        out = [self.table_open(self.columns, "Appendix")]
        out.append("<table:table-header-rows><table:table-row>")
        for c in self.thead:
            out.append('<table:table-cell table:style-name="Cell_box_mid" office:value-type="string">%s'
                       '</table:table-cell>' % para("Table_20_Heading", c))
        out.append("</table:table-row></table:table-header-rows>")
        grid = [list(r) for r in self.rows]
        for ri, cells in enumerate(grid):
            out.append("<table:table-row>")
            if len(cells) < ncols:                      # group row
                cells = cells + ["<"] * (ncols - len(cells))
                group = True
            else:
                group = False
            for ci, c in enumerate(cells):
                if c in ("^", "<"):
                    out.append("<table:covered-table-cell/>")
                    continue
                rspan = 1
                while ri + rspan < len(grid) and ci < len(grid[ri + rspan]) and grid[ri + rspan][ci] == "^":
                    rspan += 1
                cspan = 1
                while ci + cspan < ncols and cells[ci + cspan] == "<":
                    cspan += 1
                attrs = ""
                if rspan > 1:
                    attrs += ' table:number-rows-spanned="%d"' % rspan
                if cspan > 1:
                    attrs += ' table:number-columns-spanned="%d"' % cspan
                if group:
                    # "I" alone in the first column is centred; the group
                    # title (or a row that is one full-width cell) is not.
                    pstyle = "Table_20_Heading" if ci == 0 and cspan == 1 else "Table_20_Group"
                elif ci == 0 or (rspan > 1 or cspan > 1):
                    pstyle = "Table_20_Centre"
                elif ci == 1:
                    pstyle = "Table_20_Task"      # the task text is justified
                else:
                    pstyle = "Table_20_Contents"
                cstyle = "Cell_box_mid" if rspan > 1 else "Cell_box"
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s'
                           '</table:table-cell>' % (cstyle, attrs, para(pstyle, c)))
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def flush_table(self):
        if self.columns is not None and (self.rows or self.thead):
            if sum(self.columns) > self.text_width + 0.01:
                raise SystemExit("%s: appendix columns are %.2f cm wide, the page has %.2f cm"
                                 % (self.name, sum(self.columns), self.text_width))
            for r in self.rows:
                if len(r) > len(self.columns):
                    raise SystemExit("%s: row with %d cells, table has %d columns: %r"
                                     % (self.name, len(r), len(self.columns), r))
            self.body.append(self.appendix_table())
            self.rows, self.thead = [], None

    # --- parsing -----------------------------------------------------------
    def parse(self, path):
        appendix_first = None
        with open(path, encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("%%"):
                    continue
                if line.startswith("@"):
                    key, _, val = line[1:].partition(" ")
                    if key in ("doc-title", "header-layout", "number", "date", "type"):
                        self.meta[key] = val
                    elif key == "header-left":
                        self.header_left.append(val)
                    elif key == "header-right":
                        self.header_right.append(val)
                    elif key == "title":
                        self.titles.append(val)
                    elif key == "sign-left":
                        self.sign_left.append(val)
                    elif key == "sign-right":
                        self.sign_right.append(val)
                    elif key == "appendix":
                        self.flush_body_end()
                        if val == "landscape":
                            appendix_first = "P_app_landscape"
                            self.text_width = TEXT_WIDTH_LANDSCAPE
                        else:
                            appendix_first = "P_app_newpage"
                    elif key == "app-title":
                        style = appendix_first or "Appendix_20_Title"
                        appendix_first = None
                        self.body.append(para(style, val))
                    elif key == "app-note":
                        self.body.append(para("Appendix_20_Note", val))
                    elif key == "columns":
                        self.flush_table()
                        self.columns = [float(w) for w in val.split()]
                    elif key == "thead":
                        self.thead = [c.strip() for c in val.split("|")]
                    elif key == "row":
                        self.rows.append([c.strip() for c in val.split("|")])
                    else:
                        raise SystemExit("%s:%d: unknown directive @%s" % (path, lineno, key))
                    continue
                if line.startswith("=1 "):
                    self.numbered(1, "Numbered_20_Heading", line[3:])
                elif line.startswith("=2 "):
                    self.numbered(2, "Numbered_20_Heading", line[3:])
                elif line.startswith("+2 "):
                    self.numbered(2, "Numbered_20_Item", line[3:])
                elif line.startswith("! "):
                    self.body.append(para("Plan_20_Heading", line[2:]))
                else:
                    self.body.append(para("Body_20_Text", line))
        self.flush_table()
        self.flush_body_end()

    def flush_body_end(self):
        """The signature block closes the body of the plan proper."""
        if not self.sign_done and (self.sign_left or self.sign_right):
            self.body.append(self.signature_block())
            self.sign_done = True

    def render(self):
        head = [self.header_block(),
                para("Document_20_Type", self.meta.get("type", "KẾ HOẠCH")),
                lines_para("Document_20_Title", self.titles)]
        return "".join([
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            "<office:document\n%s>\n" % NS,
            " <office:meta><dc:title>%s</dc:title><dc:language>vi-VN</dc:language></office:meta>\n"
            % escape(self.meta["doc-title"]),
            STYLES if not self.list_started
            else STYLES.replace(" </office:styles>\n", NUMBERED_STYLES + " </office:styles>\n"),
            " <office:automatic-styles>\n", PAGE_LAYOUTS, AUTO_STYLES_FIXED,
            "".join("  %s\n" % s for s in self.auto_styles),
            " </office:automatic-styles>\n",
            MASTER,
            " <office:body>\n  <office:text>\n",
            "".join("   %s\n" % b for b in head + self.body),
            "  </office:text>\n </office:body>\n</office:document>\n",
        ])


def generate(txt):
    name = os.path.splitext(os.path.basename(txt))[0]
    doc = Doc(name)
    doc.parse(txt)
    out = os.path.splitext(txt)[0] + ".fodt"
    data = doc.render()
    old = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            old = f.read()
    if old != data:
        with open(out + ".tmp-gen", "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(out + ".tmp-gen", out)
        print("wrote %s" % os.path.relpath(out))


def main():
    # Without arguments: every markup file (none is fine: a .fodt may also be
    # written by hand, and tools/make-samples converts whatever is there).
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(SRC_DIR, "*.txt")))
    for f in files:
        generate(f)


if __name__ == "__main__":
    main()
