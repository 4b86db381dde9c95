"""Generated .docx inputs for the growth test: one lookup table or nesting
path of the reader per case, scaled by `units`. Parts are stored, not
deflated, so the output bound (a small multiple of the input) is meaningful."""
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
W = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
CT_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.document.main+xml"/>')


def rel(i, typ, target, mode=""):
    return f'<Relationship Id="rId{i}" Type="{R_NS}/{typ}" Target="{target}"{mode}/>'


# A title block and a task section before the generated body, so that
# extract reads the body as a plan (its paragraphs are tasks).
HEAD = ('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Triển khai nhiệm vụ năm 2026</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>I. NHIỆM VỤ</w:t></w:r></w:p>')


def write(path, body, doc_rels="", parts=None, overrides=""):
    parts = parts or {}
    body = HEAD + body
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", CT_HEAD + overrides + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}">'
                   f'<Relationship Id="r1" Type="{R_NS}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   f'<?xml version="1.0"?><Relationships xmlns="{PKG_RELS}">{doc_rels}</Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
                   '</w:body></w:document>')
        for name, data in parts.items():
            z.writestr(name, data)


def para(text, ppr=""):
    """A paragraph that reads as a task under the head's section."""
    return f"<w:p>{ppr}<w:r><w:t>- Rà soát {text}</w:t></w:r></w:p>"


def relationships(path, units):
    """Many relationships to parts that are not there, against many zip
    entries, each referenced from the body (an image, a hyperlink)."""
    n = 3000 * units
    rels = "".join(rel(i, "image", f"media/missing{i}.png") for i in range(n))
    body = "".join(f'<w:p><w:r><w:t>ảnh {i}</w:t></w:r><w:hyperlink r:id="rId{i}"><w:r><w:t>x</w:t></w:r>'
                   '</w:hyperlink></w:p>' for i in range(n))
    parts = {f"customXml/item{i}.xml": "<a/>" for i in range(n // 4)}
    write(path, body, rels, parts)


def styles(path, units):
    """Many paragraph styles, each based on the one before, every paragraph
    in the last: resolving a style must not walk the whole chain each time."""
    n = 1500 * units
    st = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Style {i}"/>'
                 + (f'<w:basedOn w:val="S{i - 1}"/>' if i else "") + "</w:style>" for i in range(n))
    body = "".join(para(f"Đoạn {i}", f'<w:pPr><w:pStyle w:val="S{n - 1 - i % 7}"/></w:pPr>') for i in range(n))
    write(path, body, rel(1, "styles", "styles.xml"),
          {"word/styles.xml": f'<?xml version="1.0"?><w:styles {W}>{st}</w:styles>'},
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>')


def numbering(path, units):
    """Many numbering definitions, a paragraph numbered by each."""
    n = 1500 * units
    ab = "".join(f'<w:abstractNum w:abstractNumId="{i}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' for i in range(n))
    nums = "".join(f'<w:num w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>' for i in range(n))
    body = "".join(para(f"Mục {i}", f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{n - i}"/></w:numPr>'
                        '</w:pPr>') for i in range(n))
    write(path, body, rel(1, "numbering", "numbering.xml"),
          {"word/numbering.xml": f'<?xml version="1.0"?><w:numbering {W}>{ab}{nums}</w:numbering>'},
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.numbering+xml"/>')


def bookmarks_fields(path, units):
    """Many bookmarks, and fields that refer to them (REF), each in its
    paragraph: bookmark and field lookups by hash, not by scan."""
    n = 2000 * units
    body = "".join(f'<w:p><w:bookmarkStart w:id="{i}" w:name="bm{i}"/><w:r><w:t>mục {i}</w:t></w:r>'
                   f'<w:bookmarkEnd w:id="{i}"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                   f'<w:r><w:instrText> REF bm{n - 1 - i} \\h </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>xem</w:t></w:r>'
                   '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' for i in range(n))
    write(path, body)


def nested_table(path, units):
    """A long table inside a one-cell table: the streaming bound must hold
    for the nested rows too."""
    n = 1500 * units
    rows = "".join(f"<w:tr><w:tc>{para(f'Nhiệm vụ {i}')}</w:tc><w:tc>{para('Sở Nội vụ')}</w:tc></w:tr>"
                   for i in range(n))
    inner = f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>"
    body = f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>{inner}{para('')}</w:tc></w:tr></w:tbl>"
    write(path, body)


def long_row(path, units):
    """One table row of many cells."""
    n = 3000 * units
    cells = "".join(f"<w:tc>{para(str(i))}</w:tc>" for i in range(n))
    body = f"<w:tbl><w:tblGrid>{'<w:gridCol/>' * n}</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>"
    write(path, body)


def footnotes(path, units):
    """Many footnotes, each referenced from its paragraph."""
    n = 2000 * units
    notes = "".join(f'<w:footnote w:id="{i + 1}">{para(f"Chú thích {i}")}</w:footnote>' for i in range(n))
    body = "".join(f'<w:p><w:r><w:t>Câu {i}</w:t></w:r><w:r><w:footnoteReference w:id="{i + 1}"/></w:r></w:p>'
                   for i in range(n))
    write(path, body, rel(1, "footnotes", "footnotes.xml"),
          {"word/footnotes.xml": f'<?xml version="1.0"?><w:footnotes {W}>{notes}</w:footnotes>'},
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.footnotes+xml"/>')


MAKERS = {"relationships": relationships, "styles": styles, "numbering": numbering,
          "bookmarks-fields": bookmarks_fields, "nested-table": nested_table, "long-row": long_row,
          "footnotes": footnotes}
