#include "text/utf8.h"

size_t vn_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v;
    unsigned char lo = 0x80, hi = 0xBF;  /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;           /* no overlong forms */
        else if (c == 0xED)
            hi = 0x9F;           /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;           /* nothing above U+10FFFF */
    } else {
        *cp = VN_INVALID_CP;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= len) {
            *cp = VN_INVALID_CP;
            return i;
        }
        unsigned char b = s[i];
        if (b < lo || b > hi) {
            *cp = VN_INVALID_CP;
            return i;
        }
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need + 1;
}
