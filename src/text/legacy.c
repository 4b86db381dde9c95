/*
 * Decoding TCVN3 (ABC), VNI-Windows and VIQR to Unicode, and recognising
 * legacy fonts by name. Tables in tables.c (tools/gen-text-tables).
 *
 * A .docx stores each byte of a legacy-font run as the Windows-1252
 * character of that byte ("Céng hoµ" for TCVN3 "Cộng hoà"); plain files hold
 * the raw bytes. Both are accepted, even mixed: a well-formed UTF-8 sequence
 * of a Windows-1252 character gives back its byte, an ill-formed byte is
 * taken raw.
 */
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "text/legacy.h"
#include "text/tables.h"
#include "text/text_internal.h"
#include "text/utf8.h"

bool vn_is_unicode_only_vietnamese(uint32_t cp) {
    switch (cp) {
    case 0x102: case 0x103: case 0x110: case 0x111: case 0x128: case 0x129:
    case 0x168: case 0x169: case 0x1A0: case 0x1A1: case 0x1AF: case 0x1B0:
    case 0x300: case 0x301: case 0x303: case 0x309: case 0x323:
        return true;
    default:
        return cp >= 0x1EA0 && cp <= 0x1EF9;
    }
}

size_t vn_legacy_unit(const unsigned char *s, size_t len, uint32_t *unit) {
    if (s[0] < 0x80) {
        *unit = s[0];
        return 1;
    }
    uint32_t cp;
    size_t k = vn_utf8_decode(s, len, &cp);
    if (cp == VN_INVALID_CP) {
        *unit = s[0];
        return 1;
    }
    if (cp <= 0xFF) {
        *unit = cp;             /* Latin-1 and C1 controls are their bytes */
        return k;
    }
    for (unsigned b = 0; b < 32; b++)
        if (vn_cp1252_high[b] == cp) {
            *unit = 0x80 + b;
            return k;
        }
    *unit = cp | VN_UNIT_UNICODE;
    return k;
}

static uint32_t cp1252_of(uint32_t b) {
    return (b >= 0x80 && b < 0xA0) ? vn_cp1252_high[b - 0x80] : b;
}

static int vni_base_index(uint32_t b) {
    for (int i = 0; i < VN_VNI_NBASES; i++)
        if (vn_vni_bases[i] == b)
            return i;
    return -1;
}

size_t vn_legacy_decode_units(vnplan_encoding enc, const uint32_t *units, size_t n, uint32_t *out) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t u = units[i];
        if (u & VN_UNIT_UNICODE) {
            out[w++] = u & ~VN_UNIT_UNICODE;
            continue;
        }
        if (enc == VNPLAN_ENC_TCVN3) {
            out[w++] = vn_tcvn3_table[u];
            continue;
        }
        /* VNI: a base letter and the diacritic byte after it make one letter. */
        int base = vni_base_index(u);
        if (base >= 0 && i + 1 < n && units[i + 1] >= 0xC0 && units[i + 1] <= 0xFF) {
            uint16_t cp = vn_vni_pair[base][units[i + 1] - 0xC0];
            if (cp) {
                out[w++] = cp;
                i++;
                continue;
            }
        }
        if (u >= 0x80 && vn_vni_single[u - 0x80])
            out[w++] = vn_vni_single[u - 0x80];
        else
            out[w++] = cp1252_of(u);
    }
    return w;
}

static void put_cp(vn_buf *out, uint32_t cp, bool caps_only) {
    if (caps_only)
        cp = (uint32_t)utf8proc_toupper((utf8proc_int32_t)cp);
    vn_buf_put_utf8(out, cp);
}

/* VIQR (RFC 1456): a vowel followed by ^ ( + for its shape and ' ` ? ~ .
 * for its tone, DD/dd for Đ/đ; a backslash makes the next mark literal. */
static void viqr_decode(vn_buf *out, const char *in, size_t len, bool caps_only) {
    size_t i = 0;
    while (i < len) {
        if (in[i] == '\\' && i + 1 < len && strchr("^(+'`?~.\\", in[i + 1]) && in[i + 1]) {
            vn_buf_putc(out, in[i + 1]);
            i += 2;
            continue;
        }
        const vn_viqr_entry *hit = NULL;
        /* Every mnemonic starts with a vowel or D/d: skip the table otherwise. */
        bool may_start = in[i] && strchr("aeiouyAEIOUYDd", in[i]) != NULL;
        for (size_t t = 0; may_start && t < VN_VIQR_N && !hit; t++) {
            size_t k = strlen(vn_viqr_table[t].seq);
            if (k <= len - i && memcmp(in + i, vn_viqr_table[t].seq, k) == 0)
                hit = &vn_viqr_table[t];
        }
        if (hit) {
            put_cp(out, hit->cp, caps_only);
            i += strlen(hit->seq);
            continue;
        }
        uint32_t cp;
        size_t k = vn_utf8_decode((const unsigned char *)in + i, len - i, &cp);
        if (cp == VN_INVALID_CP)
            cp = VN_REPLACEMENT;   /* display normalisation counts these anyway */
        put_cp(out, cp, caps_only);
        i += k;
    }
}

void vn_text_decode_append(vn_buf *out, vnplan_encoding enc, bool caps_only, const char *in,
                           size_t len) {
    const unsigned char *s = (const unsigned char *)in;
    if (enc == VNPLAN_ENC_VIQR) {
        viqr_decode(out, in, len, caps_only);
        return;
    }
    if (enc != VNPLAN_ENC_TCVN3 && enc != VNPLAN_ENC_VNI) {
        vn_buf_append(out, in, len);
        return;
    }
    /* A run holding letters only Unicode has was typed in Unicode (its font
     * was set to a legacy one afterwards): leave it alone. */
    for (size_t i = 0; i < len;) {
        uint32_t u;
        i += vn_legacy_unit(s + i, len - i, &u);
        if ((u & VN_UNIT_UNICODE) && vn_is_unicode_only_vietnamese(u & ~VN_UNIT_UNICODE)) {
            vn_buf_append(out, in, len);
            return;
        }
    }
    /* Decode in slices so that a long run needs no large scratch array. */
    enum { SLICE = 256 };
    uint32_t units[SLICE], cps[SLICE];
    size_t i = 0;
    while (i < len) {
        size_t n = 0, last = i;
        while (i < len && n < SLICE) {
            last = i;
            i += vn_legacy_unit(s + i, len - i, &units[n++]);
        }
        /* Never split a VNI base letter from the diacritic byte after it:
         * leave the base for the next slice. */
        if (i < len && n == SLICE && enc == VNPLAN_ENC_VNI && vni_base_index(units[n - 1]) >= 0) {
            i = last;
            n--;
        }
        size_t m = vn_legacy_decode_units(enc, units, n, cps);
        for (size_t j = 0; j < m; j++)
            put_cp(out, cps[j], caps_only);
    }
}

char *vnplan_text_decode(vnplan_encoding enc, bool caps_only, const char *in, size_t len,
                         size_t *out_len) {
    if (!in && len)
        return NULL;
    if (!in)
        in = "";
    vn_buf b = VN_BUF_INIT;
    vn_text_decode_append(&b, enc, caps_only, in, len);
    return vn_buf_detach(&b, out_len);
}

vnplan_encoding vnplan_font_encoding(const char *font_name, bool *caps_only) {
    if (caps_only)
        *caps_only = false;
    if (!font_name)
        return VNPLAN_ENC_UTF8;
    while (*font_name == ' ')
        font_name++;
    size_t n = strlen(font_name);
    while (n > 0 && font_name[n - 1] == ' ')
        n--;
    /* ABC fonts: .VnTime, .VnArial, ...; the capitals-only family adds H to
     * the family name: .VnTimeH, .VnArialH, .VnAvantH. */
    if (n > 3 && strncasecmp(font_name, ".vn", 3) == 0) {
        if (caps_only)
            *caps_only = n > 4 && font_name[n - 1] == 'H';
        return VNPLAN_ENC_TCVN3;
    }
    /* VNI fonts: VNI-Times, VNI-Helve, VNI-Aptima, ... */
    if (n > 4 && strncasecmp(font_name, "vni", 3) == 0 && (font_name[3] == '-' || font_name[3] == ' '))
        return VNPLAN_ENC_VNI;
    return VNPLAN_ENC_UTF8;
}
