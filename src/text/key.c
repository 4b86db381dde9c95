/*
 * Match keys: display text in one canonical form for comparison.
 *
 * Each grapheme base with its combining marks is mapped on its own (so NFD
 * input gives the key of its NFC form): NFKC, Unicode lowercase, dashes and
 * quotes to ASCII. Then tone marks are put in the old style (hòa, thủy) by
 * the syllable rules, so both spellings give one key. The folded key then
 * drops every diacritic and writes đ as d. Every key byte remembers the
 * display byte its character came from.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/syllable.h"
#include "text/utf8.h"
#include "vnplan/text.h"
#include "util/alloc_failures.h"

typedef struct cp_vec {
    uint32_t *cp;
    size_t *off;   /* display offset of each code point */
    size_t n, cap;
    bool failed;
} cp_vec;

static void push(cp_vec *v, uint32_t cp, size_t off) {
    if (v->failed)
        return;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        uint32_t *c = realloc(v->cp, cap * sizeof *c);
        if (c)
            v->cp = c;
        size_t *o = c ? realloc(v->off, cap * sizeof *o) : NULL;
        if (!c || !o) {
            v->failed = true;
            return;
        }
        v->off = o;
        v->cap = cap;
    }
    v->cp[v->n] = cp;
    v->off[v->n++] = off;
}

/* ASCII for dashes and quotes, one space for the spaces, nothing for the
 * invisible characters; 0 means delete. */
static uint32_t key_char(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x2039: case 0x203A: case 0x02BC: case 0x00B4:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x2036: case 0x301D: case 0x301E: case 0x301F:
        return '"';
    case 0x00D0: case 0x00F0:
        return 0x111;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return ' ';
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0xFEFF: case 0x061C: case 0x180E:
        return 0;
    default:
        if (cp >= 0x2000 && cp <= 0x200A)
            return ' ';
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2061 && cp <= 0x206F))
            return 0;
        return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
    }
}

static bool is_combining(uint32_t cp) {
    return cp >= 0x300 && utf8proc_get_property((utf8proc_int32_t)cp)->combining_class != 0;
}

/* A base character with its combining marks, s[0..k): NFKC, then each
 * resulting character through key_char. */
static void map_cluster(cp_vec *v, const unsigned char *s, size_t k, size_t off) {
    uint32_t pre = 0;
    if (s[0] >= 0x80)
        vn_utf8_decode(s, k, &pre);
    if (pre == 0xB4) {             /* NFKC would give a space and a combining acute */
        push(v, '\'', off);
        return;
    }
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t n = utf8proc_map(s, (utf8proc_ssize_t)k, &dst,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (n == UTF8PROC_ERROR_NOMEM) {
        v->failed = true;
        return;
    }
    if (n < 0) {                   /* ill-formed UTF-8 in the input */
        push(v, VN_REPLACEMENT, off);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < n;) {
        uint32_t cp;
        i += (utf8proc_ssize_t)vn_utf8_decode(dst + i, (size_t)(n - i), &cp);
        uint32_t m = key_char(cp);
        if (m)
            push(v, m, off);
    }
    free(dst);
}

static void map_text(cp_vec *v, const unsigned char *s, size_t len) {
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = s[i] < 0x80 ? (cp = s[i], 1) : vn_utf8_decode(s + i, len - i, &cp);
        size_t end = i + k;
        while (end < len && s[end] >= 0x80) {
            uint32_t next;
            size_t nk = vn_utf8_decode(s + end, len - end, &next);
            if (next == VN_INVALID_CP || !is_combining(next))
                break;
            end += nk;
        }
        vn_letter l;
        if (end == i + k && cp != VN_INVALID_CP && (cp < 0x80 || vn_letter_of(cp, &l))) {
            /* Fast path: ASCII and Vietnamese letters need no utf8proc. */
            uint32_t m = cp < 0x80 ? key_char(cp) : vn_letter_cp(l.code, l.tone, false);
            if (m)
                push(v, m, i);
        } else if (cp == VN_INVALID_CP && end == i + k) {
            push(v, VN_REPLACEMENT, i);
        } else {
            map_cluster(v, s + i, end - i, i);
        }
        i = end;
    }
}

/* Old-style tone placement for every word, so hoà and hòa share a key. */
static void canonical_tones(cp_vec *v) {
    size_t i = 0;
    while (i < v->n) {
        if (!vn_is_word_char(v->cp[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < v->n && vn_is_word_char(v->cp[i]))
            i++;
        if (i - start <= VN_SYLLABLE_MAX)
            vn_word_fix_tones(v->cp + start, i - start, VNPLAN_TONES_OLD);
    }
}

/* The folded form of v into f: Vietnamese letters to their ASCII base,
 * other characters decomposed without their marks. */
static void fold(const cp_vec *v, cp_vec *f) {
    for (size_t i = 0; i < v->n; i++) {
        uint32_t cp = v->cp[i];
        vn_letter l;
        if (cp < 0x80) {
            push(f, cp, v->off[i]);
        } else if (vn_letter_of(cp, &l)) {
            push(f, (uint32_t)vn_letter_base(l.code), v->off[i]);
        } else {
            utf8proc_int32_t buf[8];
            int last = 0;
            utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 8,
                                                         UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
                                                         &last);
            if (n < 0 || n > 8) {
                push(f, cp, v->off[i]);
                continue;
            }
            for (utf8proc_ssize_t j = 0; j < n; j++)
                push(f, (uint32_t)buf[j], v->off[i]);
        }
    }
}

vnplan_status vnplan_text_key(const char *in, size_t len, vnplan_key_kind kind, vnplan_key *out) {
    if (!out || (!in && len))
        return VNPLAN_EINVAL;
    if (!in)
        in = "";
    out->text = NULL;
    out->to_display = NULL;
    out->len = 0;
    cp_vec v = {NULL, NULL, 0, 0, false};
    map_text(&v, (const unsigned char *)in, len);
    canonical_tones(&v);
    if (kind == VNPLAN_KEY_FOLDED) {
        cp_vec f = {NULL, NULL, 0, 0, v.failed};
        fold(&v, &f);
        free(v.cp);
        free(v.off);
        v = f;
    }
    size_t bytes = 0;
    for (size_t i = 0; i < v.n; i++)
        bytes += v.cp[i] < 0x80 ? 1 : v.cp[i] < 0x800 ? 2 : v.cp[i] < 0x10000 ? 3 : 4;
    if (!v.failed) {
        out->text = malloc(bytes + 1);
        out->to_display = malloc((bytes + 1) * sizeof *out->to_display);
    }
    if (v.failed || !out->text || !out->to_display) {
        free(v.cp);
        free(v.off);
        vnplan_key_free(out);
        vn_alloc_failed();   /* seen by the public function even where a caller reads "no key" */
        return VNPLAN_ENOMEM;
    }
    size_t w = 0;
    for (size_t i = 0; i < v.n; i++) {
        size_t k = vn_utf8_encode(v.cp[i], out->text + w);
        for (size_t j = 0; j < k; j++)
            out->to_display[w + j] = v.off[i];
        w += k;
    }
    out->text[w] = '\0';
    out->to_display[w] = len;
    out->len = w;
    free(v.cp);
    free(v.off);
    return VNPLAN_OK;
}

void vnplan_key_free(vnplan_key *key) {
    if (!key)
        return;
    free(key->text);
    free(key->to_display);
    key->text = NULL;
    key->to_display = NULL;
    key->len = 0;
}
