/*
 * Display normalisation: what every later stage and the JSON output see.
 *
 * Three passes over the appended region, the last two only when needed:
 *  1. clean: validate UTF-8 (U+FFFD for ill-formed sequences), delete
 *     invisible characters, map lookalikes and Unicode spaces, collapse
 *     spaces and trim them at line ends. Printable ASCII runs are copied
 *     as they are; other characters are classified by code point range, and
 *     the pass notes whether any of them could be changed by NFC.
 *  2. NFC with utf8proc, only when pass 1 saw such a character (combining
 *     marks, decomposable characters outside the Latin ranges, ...).
 *  3. tone marks: each word with a tone mark is checked against the
 *     placement rules (syllable.c) and rewritten only when it differs.
 * On clean NFC Vietnamese text pass 1 is a copy and pass 3 a scan.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/syllable.h"
#include "text/text_internal.h"
#include "text/utf8.h"

enum char_action { KEEP, SPACE, DELETE, NEWLINE, MAP };

/* What pass 1 does with a non-ASCII code point. */
static enum char_action classify(uint32_t cp, uint32_t *mapped, bool *need_nfc) {
    if (cp < 0x300) {
        if (cp < 0xA0)
            return cp == 0x85 ? NEWLINE : DELETE;          /* C1 controls; NEL */
        switch (cp) {
        case 0xA0: return SPACE;                           /* no-break space */
        case 0xAD: return DELETE;                          /* soft hyphen */
        case 0xD0: *mapped = 0x110; return MAP;            /* Ð (eth) typed for Đ */
        case 0xF0: *mapped = 0x111; return MAP;            /* ð typed for đ */
        default: return KEEP;
        }
    }
    if (cp >= 0x1E00 && cp <= 0x1EFF)                       /* Vietnamese precomposed */
        return KEEP;
    if (cp >= 0x2000 && cp <= 0x206F) {
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            return SPACE;
        if (cp <= 0x200F || (cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060)
            return DELETE;     /* zero-width, LRM/RLM, bidi controls, word joiner */
        if (cp == 0x2028 || cp == 0x2029)
            return NEWLINE;
        return KEEP;
    }
    switch (cp) {
    case 0xFEFF: case 0x180E: case 0x061C: return DELETE;  /* BOM/ZWNBSP, MVS, ALM */
    case 0x3000: case 0x1680: return SPACE;
    case VN_REPLACEMENT: return KEEP;
    default: break;
    }
    if (cp >= 0x300 && cp <= 0x36F) {
        *need_nfc = true;
        return KEEP;
    }
    if (!*need_nfc) {
        const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
        if (p->combining_class || (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) ||
            (cp >= 0x0900 && cp < 0x1E00) || (cp >= 0xAC00 && cp <= 0xD7A3))
            *need_nfc = true;  /* may compose, decompose or reorder */
    }
    return KEEP;
}

/* Pass 1, appending to out. Output never exceeds the input except by U+FFFD
 * replacements, so room is made up front and again at each replacement. */
static void clean_append(vn_buf *out, const unsigned char *s, size_t len, bool *need_nfc,
                         size_t *n_invalid) {
    if (!vn_buf_grow(out, len + 4))
        return;
    char *w = out->data + out->len;
    const unsigned char *end = s + len;
    bool line_start = true, pending_space = false;
    while (s < end) {
        unsigned char c = *s;
        if (c > 0x20 && c < 0x7F) {
            /* Runs are short (words), so a byte loop beats memcpy calls. */
            if (pending_space)
                *w++ = ' ';
            do
                *w++ = (char)*s++;
            while (s < end && *s > 0x20 && *s < 0x7F);
            line_start = pending_space = false;
            continue;
        }
        enum char_action act;
        uint32_t cp = c, mapped = 0;
        size_t k = 1;
        if (c < 0x80) {
            if (c == ' ')
                act = SPACE;
            else if (c == '\t')
                act = KEEP;
            else if (c == '\n' || c == 0x0B || c == 0x0C)
                act = NEWLINE;               /* VT and FF are line and page breaks */
            else if (c == '\r')
                act = (s + 1 < end && s[1] == '\n') ? DELETE : NEWLINE;
            else
                act = DELETE;                /* other C0 controls, DEL */
        } else {
            k = vn_utf8_decode(s, (size_t)(end - s), &cp);
            if (cp == VN_INVALID_CP) {
                if (n_invalid)
                    ++*n_invalid;
                cp = mapped = VN_REPLACEMENT;
                act = MAP;
                out->len = (size_t)(w - out->data);
                if (!vn_buf_grow(out, (size_t)(end - s) + 4))
                    return;
                w = out->data + out->len;
            } else {
                act = classify(cp, &mapped, need_nfc);
            }
        }
        switch (act) {
        case SPACE:
            if (!line_start)
                pending_space = true;
            break;
        case DELETE:
            break;
        case NEWLINE:
            *w++ = '\n';
            line_start = true;
            pending_space = false;
            break;
        case KEEP:
        case MAP:
            if (pending_space)
                *w++ = ' ';
            if (act == KEEP) {
                memcpy(w, s, k);
                w += k;
            } else {
                w += vn_utf8_encode(mapped, w);
            }
            line_start = pending_space = false;
            break;
        }
        s += k;
    }
    out->len = (size_t)(w - out->data);
    out->data[out->len] = '\0';
}

/* Pass 2: NFC of out[start..]. */
static void nfc_region(vn_buf *out, size_t start) {
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)out->data + start,
                                      (utf8proc_ssize_t)(out->len - start), &dst,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0) {
        /* The region is valid UTF-8, so only an allocation can fail. */
        out->failed = true;
        return;
    }
    vn_buf_truncate(out, start);
    vn_buf_append(out, dst, (size_t)n);
    free(dst);
}

/* Pass 3: tone placement of each word of out[start..]. Words are rebuilt
 * into a second buffer only from the first one that changes. */
typedef struct tone_pass {
    const unsigned char *s;
    vnplan_tones style;
    vn_buf rebuilt;
    size_t copied;                     /* s[0..copied) is in rebuilt */
    bool changed;
    size_t wstart, wn;
    bool in_word, eligible, toned;
    uint32_t word[VN_SYLLABLE_MAX];
    vn_letter letters[VN_SYLLABLE_MAX];
} tone_pass;

static inline void word_char(tone_pass *t, size_t at, uint32_t cp, bool is_letter,
                             const vn_letter *l) {
    if (!t->in_word) {
        t->in_word = t->eligible = true;
        t->toned = false;
        t->wstart = at;
        t->wn = 0;
    }
    if (t->eligible && is_letter && t->wn < VN_SYLLABLE_MAX) {
        t->word[t->wn] = cp;
        t->letters[t->wn++] = *l;
        t->toned |= l->tone != 0;
    } else {
        t->eligible = false;
    }
}

static void word_end(tone_pass *t, size_t at) {
    t->in_word = false;
    if (t->eligible && t->toned &&
        vn_word_fix_tones_letters(t->word, t->letters, t->wn, t->style)) {
        vn_buf_append(&t->rebuilt, t->s + t->copied, t->wstart - t->copied);
        for (size_t j = 0; j < t->wn; j++)
            vn_buf_put_utf8(&t->rebuilt, t->word[j]);
        t->copied = at;
        t->changed = true;
    }
}

static void tones_region(vn_buf *out, size_t start, vnplan_tones style) {
    tone_pass t;
    t.s = (const unsigned char *)out->data + start;
    t.style = style;
    vn_buf_init(&t.rebuilt);
    t.copied = t.wstart = t.wn = 0;
    t.in_word = t.eligible = t.toned = t.changed = false;
    const unsigned char *s = t.s;
    size_t n = out->len - start;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c < 0x80) {
            unsigned char lc = c | 0x20;
            if (lc >= 'a' && lc <= 'z') {
                vn_letter l = {(char)lc, 0, c != lc};
                word_char(&t, i, c, true, &l);
            } else if (c >= '0' && c <= '9') {
                word_char(&t, i, c, false, NULL);
            } else if (t.in_word) {
                word_end(&t, i);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = vn_utf8_decode(s + i, n - i, &cp);
        vn_letter l;
        if (vn_letter_of(cp, &l))
            word_char(&t, i, cp, true, &l);
        else if (vn_is_word_char(cp))
            word_char(&t, i, cp, false, NULL);
        else if (t.in_word)
            word_end(&t, i);
        i += k;
    }
    if (t.in_word)
        word_end(&t, n);
    if (!t.changed)
        return;
    vn_buf_append(&t.rebuilt, s + t.copied, n - t.copied);
    if (t.rebuilt.failed) {
        out->failed = true;
    } else {
        vn_buf_truncate(out, start);
        vn_buf_append(out, t.rebuilt.data, t.rebuilt.len);
    }
    vn_buf_free(&t.rebuilt);
}

void vn_text_display_append(vn_buf *out, const char *in, size_t len, vnplan_tones tones,
                            size_t *n_invalid) {
    if (out->failed)
        return;
    size_t start = out->len;
    bool need_nfc = false;
    clean_append(out, (const unsigned char *)in, len, &need_nfc, n_invalid);
    if (out->failed)
        return;
    if (need_nfc)
        nfc_region(out, start);
    if (!out->failed)
        tones_region(out, start, tones);
}

char *vnplan_text_display(const char *in, size_t len, vnplan_tones tones, size_t *out_len,
                          size_t *n_invalid) {
    if (!in && len)
        return NULL;
    if (!in)
        in = "";
    vn_buf b = VN_BUF_INIT;
    if (n_invalid)
        *n_invalid = 0;
    vn_text_display_append(&b, in, len, tones, n_invalid);
    if (!b.failed && !b.data)
        vn_buf_puts(&b, "");
    return vn_buf_detach(&b, out_len);
}
