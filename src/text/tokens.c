/*
 * Tokens of a key: syllables, numbers and codes (abbreviations, document
 * numbers), with their byte ranges.
 *
 * A segment is a run of letters, digits and marks. It is a NUMBER when all
 * digits, a SYLLABLE when its letters spell a Vietnamese syllable (checked
 * leniently, so folded keys work too), else a CODE ("ubnd", "tthc", "qđ",
 * "covid19"). Segments separated by exactly one joiner are one token when:
 *   '.' ','  joins a NUMBER to a NUMBER                  94,12  1.000.000  0.5
 *   '/'      follows a token that starts with a NUMBER  93/qđ  0.5/2  16/01/2026
 *   '-'      continues such a token once it has a '/'   93/qđ-ubnd  01/đa-ubnd
 *   '/' '-' '&'  joins two segments that are not syllables  qđ-ubnd  tt&dvđn
 * so "kinh tế-xã hội" and "vụ/công chức" still split into syllables.
 */
#include <stdlib.h>

#include "text/syllable.h"
#include "text/utf8.h"
#include "vnplan/text.h"

enum seg_kind { NUMBER, SYLLABLE, CODE };

typedef struct segment {
    size_t start, end;
    enum seg_kind kind;
} segment;

static enum seg_kind classify(const unsigned char *s, size_t start, size_t end) {
    bool digits = true;
    char codes[VN_SYLLABLE_MAX];
    size_t n = 0;
    bool letters = true;
    for (size_t i = start; i < end;) {
        uint32_t cp;
        i += vn_utf8_decode(s + i, end - i, &cp);
        if (cp < '0' || cp > '9')
            digits = false;
        vn_letter l;
        if (letters && n < VN_SYLLABLE_MAX && vn_letter_of(cp, &l))
            codes[n++] = l.code;
        else
            letters = false;
    }
    if (digits)
        return NUMBER;
    vn_syllable syl;
    if (letters && vn_syllable_parse(codes, n, false, &syl))
        return SYLLABLE;
    return CODE;
}

/* The next segment at or after *pos; false at the end. */
static bool next_segment(const unsigned char *s, size_t len, size_t *pos, segment *seg) {
    size_t i = *pos;
    while (i < len) {
        uint32_t cp;
        size_t k = vn_utf8_decode(s + i, len - i, &cp);
        if (cp != VN_INVALID_CP && vn_is_word_char(cp))
            break;
        i += k;
    }
    if (i >= len)
        return false;
    seg->start = i;
    while (i < len) {
        uint32_t cp;
        size_t k = vn_utf8_decode(s + i, len - i, &cp);
        if (cp == VN_INVALID_CP || !vn_is_word_char(cp))
            break;
        i += k;
    }
    seg->end = *pos = i;
    seg->kind = classify(s, seg->start, seg->end);
    return true;
}

static bool joins(char joiner, const segment *first, bool has_slash, const segment *prev,
                  const segment *next) {
    switch (joiner) {
    case '.':
    case ',':
        return prev->kind == NUMBER && next->kind == NUMBER;
    case '/':
        if (first->kind == NUMBER)
            return true;
        /* fall through */
    case '-':
        if (joiner == '-' && first->kind == NUMBER && has_slash)
            return true;
        /* fall through */
    case '&':
        return prev->kind != SYLLABLE && next->kind != SYLLABLE;
    default:
        return false;
    }
}

size_t vnplan_text_tokens(const char *key, size_t len, vnplan_token **out) {
    if (!out)
        return (size_t)-1;
    *out = NULL;
    if (!key && len)
        return (size_t)-1;
    if (!key)
        return 0;
    const unsigned char *s = (const unsigned char *)key;
    vnplan_token *t = NULL;
    size_t n = 0, cap = 0, pos = 0;
    segment seg, next;
    bool have = next_segment(s, len, &pos, &seg);
    while (have) {
        segment first = seg, prev = seg;
        bool has_slash = false;
        size_t end = seg.end;
        for (;;) {
            have = next_segment(s, len, &pos, &next);
            if (!have || next.start != prev.end + 1 ||
                !joins(key[prev.end], &first, has_slash, &prev, &next))
                break;
            has_slash |= key[prev.end] == '/';
            end = next.end;
            prev = next;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            vnplan_token *nt = realloc(t, cap * sizeof *t);
            if (!nt) {
                free(t);
                *out = NULL;
                return (size_t)-1;
            }
            t = nt;
        }
        t[n].start = first.start;
        t[n].len = end - first.start;
        n++;
        seg = next;
    }
    *out = t;
    return n;
}
