/*
 * Recognising TCVN3 or VNI text shown as Windows-1252 ("Céng hoµ",
 * "Vieät Nam") in text that claims to be Unicode.
 *
 * Evidence is taken from the words that mix ASCII letters with bytes
 * 0x80-0xFF: each is decoded under both encodings and checked with the
 * syllable rules. An encoding is accepted when at least 2 such words decode
 * to valid Vietnamese syllables, they make 70% of those words, the text as
 * it stands does not already read as Vietnamese (at most half of those
 * words are valid syllables as they are), and the other encoding does
 * worse. Text holding letters only Unicode has (ơ, ư, đ, ệ, ...) is Unicode.
 */
#include "text/legacy.h"
#include "text/syllable.h"
#include "text/tables.h"

#define WORD_MAX 16
#define EVIDENCE_ENOUGH 4000  /* words; a longer text is decided on its start */

typedef struct score {
    size_t words, valid_tcvn3, valid_vni, valid_as_is;
} score;

static void score_word(const uint32_t *units, size_t n, score *sc) {
    bool ascii_letter = false, high = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t u = units[i];
        if (u & VN_UNIT_UNICODE)
            return;     /* a character no legacy byte shows: not evidence */
        if (u >= 0x80)
            high = true;
        else if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z')
            ascii_letter = true;
    }
    if (!high || !ascii_letter)
        return;
    sc->words++;
    uint32_t cps[WORD_MAX];
    size_t m = vn_legacy_decode_units(VNPLAN_ENC_TCVN3, units, n, cps);
    sc->valid_tcvn3 += vn_word_is_syllable(cps, m);
    m = vn_legacy_decode_units(VNPLAN_ENC_VNI, units, n, cps);
    sc->valid_vni += vn_word_is_syllable(cps, m);
    for (size_t i = 0; i < n; i++)
        cps[i] = (units[i] >= 0x80 && units[i] < 0xA0) ? vn_cp1252_high[units[i] - 0x80] : units[i];
    sc->valid_as_is += vn_word_is_syllable(cps, n);
}

static bool is_word_unit(uint32_t u) {
    if (u & VN_UNIT_UNICODE)
        return vn_is_word_char(u & ~VN_UNIT_UNICODE);
    if (u >= 0x80)
        return u != 0xA0;   /* legacy letters live all over 0x80-0xFF */
    return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

vnplan_encoding vnplan_text_detect(const char *in, size_t len) {
    if (!in)
        return VNPLAN_ENC_UTF8;
    const unsigned char *s = (const unsigned char *)in;
    score sc = {0, 0, 0, 0};
    uint32_t word[WORD_MAX];
    size_t wn = 0;
    bool too_long = false;
    for (size_t i = 0; i <= len && sc.words < EVIDENCE_ENOUGH;) {
        uint32_t u = ' ';
        size_t k = 1;
        if (i < len) {
            k = vn_legacy_unit(s + i, len - i, &u);
            if ((u & VN_UNIT_UNICODE) && vn_is_unicode_only_vietnamese(u & ~VN_UNIT_UNICODE))
                return VNPLAN_ENC_UTF8;
        }
        if (i < len && is_word_unit(u)) {
            if (wn < WORD_MAX)
                word[wn++] = u;
            else
                too_long = true;
        } else if (wn > 0) {
            if (!too_long)
                score_word(word, wn, &sc);
            wn = 0;
            too_long = false;
        }
        i += k;
    }
    size_t best = sc.valid_tcvn3 > sc.valid_vni ? sc.valid_tcvn3 : sc.valid_vni;
    if (best < 2 || best * 10 < sc.words * 7 || sc.valid_as_is * 2 > sc.words ||
        sc.valid_tcvn3 == sc.valid_vni)
        return VNPLAN_ENC_UTF8;
    return sc.valid_tcvn3 > sc.valid_vni ? VNPLAN_ENC_TCVN3 : VNPLAN_ENC_VNI;
}
