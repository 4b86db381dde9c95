"""Helpers shared by the holdout5 plans (26-30): header table, title, grounds, signature table, PDF check."""
import os
from htmlplan import esc, b, i, pp, pdf_ok


def header(P, left_lines, number_line, motto_rule, place_date, left_bold_from=1, width=(40, 60)):
    """left_lines: the issuer block, lines before left_bold_from plain, the rest bold."""
    left = ''.join(pp(b(x) if k >= left_bold_from else esc(x)) for k, x in enumerate(left_lines))
    left += pp(esc('–––––––')) + pp(esc(number_line))
    right = (pp(b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) + pp(b('Độc lập - Tự do - Hạnh phúc'))
             + pp(esc(motto_rule)) + pp(i(place_date)))
    P.table([], [[{'h': left}, {'h': right}]], list(width), border=False, font=13)


def title(P, lines, kind='KẾ HOẠCH'):
    P.p(b(kind), 'c', 'margin-top: 18pt')
    for x in lines:
        P.p(b(x), 'c')
    P.p(esc('–––––––––'), 'c', 'margin-bottom: 12pt')


def paras(P, texts):
    for s in texts:
        P.p(esc(s))


def signature(P, recipients, sig_lines, name):
    """sig_lines: bold lines above the blank space; name: the printed name line."""
    left = (pp('<b><i>Nơi nhận:</i></b>', 'l') + ''.join(pp(esc(x), 'l', 'font-size:11pt') for x in recipients))
    right = ''.join(pp(b(x)) for x in sig_lines) + pp('') * 4 + pp(b(name))
    P.table([], [[{'h': left}, {'h': right, 'al': 'c'}]], [50, 50], border=False)


def check_pdf(P):
    path = os.path.join(P.folder, P.stem + '.docx')
    assert pdf_ok(path), 'LibreOffice cannot open ' + path
    print('pdf ok:', os.path.basename(path))
