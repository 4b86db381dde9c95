"""Convert source/lower.html to ../lower.docx with LibreOffice and write ../truth.tsv."""
import os, subprocess, sys, shutil, tempfile, zipfile, re
def docx_text(path):
    # all paragraph texts (body and table cells), joined by newlines, as python-docx reads them
    import docx
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    return "\n".join(p.text for p in _paras(d))
def _paras(d):
    from docx.text.paragraph import Paragraph
    from docx.table import Table
    out = []
    def walk(el):
        for ch in el.iterchildren():
            tag = ch.tag.split('}')[1]
            if tag == 'p': out.append(Paragraph(ch, d))
            elif tag in ('tbl', 'tr', 'tc', 'sdt', 'sdtContent'): walk(ch)
    walk(d.element.body)
    return out
def build(plan, here, title):
    src_html = os.path.join(here, "lower.html")
    plan.write_html(src_html, title)
    pair = os.path.dirname(here)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", tmp, src_html], check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "lower.docx"), os.path.join(pair, "lower.docx"))
    shutil.rmtree(tmp, ignore_errors=True)
    n = plan.write_truth(os.path.join(pair, "truth.tsv"), docx_text(os.path.join(pair, "lower.docx")))
    print(f"{n} lower tasks")
