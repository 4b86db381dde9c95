import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fodt import Doc, timeframe, plain

NAT = [[('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b')], [('Độc lập - Tự do - Hạnh phúc', 'b')], ['']]


def nat(place_date, motto='Độc lập - Tự do - Hạnh phúc', name='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'):
    return [[(name, 'b')], [(motto, 'bu')], [''], [(place_date, 'i')]]


def heading(d, text, before=6):
    d.p((text, 'b'), before=before, keep=True)


def para(d, text, **kw):
    d.p(text, **kw)


DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
