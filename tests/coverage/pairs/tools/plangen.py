"""Shared helper for the pairs' source/make_lower.py: renders a plan described as data to HTML
(LibreOffice converts it to lower.docx) and writes truth.tsv from the same data, so the labels
are the ones written with each task."""
import html, re

def esc(s): return html.escape(s, quote=False)

CSS = """body{font-family:'Times New Roman';font-size:14pt}
p{margin:0 0 6pt 0;text-align:justify;text-indent:1cm}
p.c{text-align:center;text-indent:0}
td,th{font-size:13pt;vertical-align:top}
"""

class Plan:
    def __init__(s):
        s.parts = []   # html chunks
        s.tasks = []   # (prefix_source_text, keys, kind)
    def raw(s, h): s.parts.append(h)
    def p(s, text, bold=False, italic=False, center=False):
        t = esc(text)
        if bold: t = f"<b>{t}</b>"
        if italic: t = f"<i>{t}</i>"
        s.parts.append(f'<p class="c">{t}</p>' if center else f"<p>{t}</p>")
    def h(s, text): s.p(text, bold=True)
    def task(s, label, text, keys, kind, lead=None):
        """A task paragraph: label ('-', 'a)', '1.') + optional bold lead-in + text."""
        body = esc(text)
        if lead: body = f"<b>{esc(lead)}</b> " + body
        lab = esc(label) + " " if label else ""
        s.parts.append(f"<p>{lab}{body}</p>")
        s.tasks.append(((lead + " " if lead else "") + text, keys, kind))
    def header(s, left, right):
        rows = max(len(left), len(right))
        cells = lambda col: "<br>".join(f"<b>{esc(x)}</b>" if b else esc(x) for x, b in col)
        s.parts.append('<table border="0" width="100%" cellpadding="2"><tr>'
                       f'<td width="40%" align="center">{cells(left)}</td>'
                       f'<td width="60%" align="center">{cells(right)}</td></tr></table>')
    def appendix(s, cols, rows):
        """rows: list of either ('group', text) or (stt, cells..., keys, kind); cells[0] is the task."""
        out = ['<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>']
        out += [f"<th>{esc(c)}</th>" for c in cols] + ["</tr>"]
        for r in rows:
            if r[0] == 'group':
                out.append(f'<tr><td colspan="{len(cols)}"><b>{esc(r[1])}</b></td></tr>')
                continue
            *cells, keys, kind = r
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
            s.tasks.append((cells[1], keys, kind))
        out.append("</table>")
        s.parts.append("".join(out))
    def signature(s, recipients, auth):
        left = "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(esc(r) for r in recipients)
        right = "<br>".join(f"<b>{esc(a)}</b>" for a in auth)
        s.parts.append('<table border="0" width="100%"><tr>'
                       f'<td width="50%" style="font-size:11pt">{left}</td>'
                       f'<td width="50%" align="center">{right}</td></tr></table>')
    def pagebreak(s): s.parts.append('<p style="page-break-before:always"></p>')
    def write_html(s, path, title):
        with open(path, "w", encoding="utf-8") as f:
            f.write(f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>'
                    f"<style>{CSS}</style></head><body>\n" + "\n".join(s.parts) + "\n</body></html>\n")
    def write_truth(s, path, full_text=None):
        rows, seen = [], set()
        for text, keys, kind in s.tasks:
            L = 60
            while True:
                pre = text[:L].rstrip()
                uniq = full_text is None or full_text.count(pre) == 1
                if (uniq and pre not in seen) or L >= 80 or L >= len(text): break
                L += 5
            seen.add(pre)
            rows.append(f"{pre}\t{','.join(keys) if keys else '-'}\t{kind}")
        with open(path, "w", encoding="utf-8") as f:
            f.write("lower_prefix\tupper_keys\tkind\n" + "\n".join(rows) + "\n")
        return len(rows)
