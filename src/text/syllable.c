/* Vietnamese letters, syllable structure and tone placement. */
#include "text/syllable.h"

#include <string.h>

#include "text/tables.h"

bool vn_letter_of(uint32_t cp, vn_letter *out) {
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') {
            *out = (vn_letter){(char)cp, 0, false};
            return true;
        }
        if (cp >= 'A' && cp <= 'Z') {
            *out = (vn_letter){(char)(cp - 'A' + 'a'), 0, true};
            return true;
        }
        return false;
    }
    uint16_t e = 0;
    if (cp >= VN_LATIN_FIRST && cp <= VN_LATIN_LAST)
        e = vn_letter_latin[cp - VN_LATIN_FIRST];
    else if (cp >= VN_EXT_FIRST && cp <= VN_EXT_LAST)
        e = vn_letter_ext[cp - VN_EXT_FIRST];
    if (!e)
        return false;
    *out = (vn_letter){VN_LETTER_CODE(e), (unsigned char)VN_LETTER_TONE(e), VN_LETTER_UPPER(e) != 0};
    return true;
}

uint32_t vn_letter_cp(char code, int tone, bool upper) {
    const char *v = strchr(vn_vowel_codes, code);
    if (code && v)
        return vn_vowel_compose[v - vn_vowel_codes][tone][upper ? 1 : 0];
    if (code == 'D')
        return upper ? 0x110 : 0x111;
    return upper ? (uint32_t)(code - 'a' + 'A') : (uint32_t)code;
}

char vn_letter_base(char code) {
    switch (code) {
    case 'W': case 'A': return 'a';
    case 'E': return 'e';
    case 'O': case 'P': return 'o';
    case 'U': return 'u';
    case 'D': return 'd';
    default: return code;
    }
}

static bool is_marked(char c) {
    return c == 'W' || c == 'A' || c == 'E' || c == 'O' || c == 'P' || c == 'U';
}

/* The vowel clusters Vietnamese spelling allows, after the onset (qu-, gi-
 * take their u / i). 'N': needs a final consonant (tiên, muốn, hoặc),
 * 'O': open only (the second vowel is a glide: hai, mùa, ngoài),
 * 'E': either. */
static const struct {
    char v[4];
    char kind;
} nuclei[] = {
    {"a", 'E'},   {"W", 'N'},   {"A", 'N'},   {"e", 'E'},   {"E", 'E'},   {"i", 'E'},
    {"o", 'E'},   {"O", 'E'},   {"P", 'E'},   {"u", 'E'},   {"U", 'E'},   {"y", 'E'},
    {"ai", 'O'},  {"ao", 'O'},  {"au", 'O'},  {"ay", 'O'},  {"Au", 'O'},  {"Ay", 'O'},
    {"eo", 'O'},  {"Eu", 'O'},  {"ia", 'O'},  {"iu", 'O'},  {"iE", 'N'},  {"oa", 'E'},
    {"oW", 'N'},  {"oe", 'E'},  {"oi", 'O'},  {"Oi", 'O'},  {"Pi", 'O'},  {"oo", 'N'},
    {"ua", 'O'},  {"uA", 'N'},  {"uE", 'E'},  {"ui", 'O'},  {"uO", 'N'},  {"uP", 'O'},
    {"uy", 'E'},  {"Ua", 'O'},  {"Ui", 'O'},  {"Uu", 'O'},  {"UP", 'N'},  {"yE", 'N'},
    {"iEu", 'O'}, {"yEu", 'O'}, {"oai", 'O'}, {"oay", 'O'}, {"oeo", 'O'}, {"uAy", 'O'},
    {"uOi", 'O'}, {"UPi", 'O'}, {"UPu", 'O'}, {"uya", 'O'}, {"uyE", 'N'}, {"uyu", 'O'},
};

static char nucleus_kind(const char *v, size_t n) {
    char key[4] = {0, 0, 0, 0};
    memcpy(key, v, n);
    for (size_t i = 0; i < sizeof nuclei / sizeof nuclei[0]; i++)
        if (memcmp(nuclei[i].v, key, 4) == 0)
            return nuclei[i].kind;
    return 0;
}

/* The onset's length: consonant letters before the vowels, with qu- and gi-
 * owning their u / i when another vowel follows (quý, già; but gì, gìn). */
static size_t parse_onset(const char *s, size_t n, bool *ok) {
    *ok = true;
    if (n == 0 || vn_code_is_vowel(s[0]))
        return 0;
    char c1 = n > 1 ? s[1] : 0;
    switch (s[0]) {
    case 'n':
        if (c1 == 'g')
            return n > 2 && s[2] == 'h' ? 3 : 2;
        return c1 == 'h' ? 2 : 1;
    case 'g':
        if (c1 == 'h')
            return 2;
        return c1 == 'i' && n > 2 && vn_code_is_vowel(s[2]) ? 2 : 1;
    case 'k': case 'c': case 'p':
        return c1 == 'h' ? 2 : 1;
    case 't':
        return c1 == 'h' || c1 == 'r' ? 2 : 1;
    case 'q':
        if (c1 == 'u' && n > 2 && vn_code_is_vowel(s[2]))
            return 2;
        *ok = false;
        return 0;
    case 'b': case 'd': case 'D': case 'h': case 'l': case 'm': case 'r': case 's': case 'v':
    case 'x':
        return 1;
    default:
        *ok = false;   /* f, j, w, z and the like */
        return 0;
    }
}

static bool valid_coda(const char *s, size_t n) {
    switch (n) {
    case 0:
        return true;
    case 1:
        return s[0] == 'c' || s[0] == 'm' || s[0] == 'n' || s[0] == 'p' || s[0] == 't';
    case 2:
        return (s[0] == 'c' && s[1] == 'h') || (s[0] == 'n' && (s[1] == 'g' || s[1] == 'h'));
    default:
        return false;
    }
}

bool vn_syllable_parse(const char *codes, size_t n, bool strict, vn_syllable *out) {
    bool ok;
    size_t on = parse_onset(codes, n, &ok);
    if (!ok)
        return false;
    size_t v = on;
    while (v < n && vn_code_is_vowel(codes[v]))
        v++;
    size_t nn = v - on;
    if (nn == 0 || nn > 3 || !valid_coda(codes + v, n - v))
        return false;
    if (strict) {
        char kind = nucleus_kind(codes + on, nn);
        if (!kind || (kind == 'N' && v == n) || (kind == 'O' && v < n))
            return false;
    }
    out->onset = on;
    out->nucleus = nn;
    out->coda = n - v;
    return true;
}

size_t vn_syllable_tone_index(const char *codes, const vn_syllable *syl, size_t current,
                              vnplan_tones style) {
    const char *v = codes + syl->onset;
    size_t n = syl->nucleus;
    if (n == 1)
        return syl->onset;
    /* ê ơ â ă ô ư always carry the tone; of two (ươ) the second. */
    for (size_t i = n; i-- > 0;)
        if (is_marked(v[i]))
            return syl->onset + i;
    if (syl->coda > 0)          /* hoàn, huỳnh, xoòng: the last vowel */
        return syl->onset + n - 1;
    if (n == 3)                 /* ngoài, khuỷu, ngoẹo: the middle vowel */
        return syl->onset + 1;
    /* Open oa, oe, uy: the two styles differ (hòa/hoà, khỏe/khoẻ, thủy/thuỷ). */
    if ((v[0] == 'o' && (v[1] == 'a' || v[1] == 'e')) || (v[0] == 'u' && v[1] == 'y')) {
        if (style == VNPLAN_TONES_NEW)
            return syl->onset + 1;
        if (style == VNPLAN_TONES_KEEP && (current == syl->onset || current == syl->onset + 1))
            return current;
        return syl->onset;
    }
    return syl->onset;          /* hai, mùa, kìa: the first vowel */
}

/* Reads the letters of a word: codes, case and the one tone. Returns false
 * for words that are not all letters or are too long. */
static bool word_letters(const uint32_t *cps, size_t n, char *codes, bool *upper, size_t *tone_at,
                         int *tone, int *n_tones) {
    if (n == 0 || n > VN_SYLLABLE_MAX)
        return false;
    *n_tones = 0;
    for (size_t i = 0; i < n; i++) {
        vn_letter l;
        if (!vn_letter_of(cps[i], &l))
            return false;
        codes[i] = l.code;
        upper[i] = l.upper;
        if (l.tone) {
            ++*n_tones;
            *tone_at = i;
            *tone = l.tone;
        }
    }
    return true;
}

bool vn_word_fix_tones_letters(uint32_t *cps, const vn_letter *letters, size_t n,
                               vnplan_tones style) {
    if (n == 0 || n > VN_SYLLABLE_MAX)
        return false;
    char codes[VN_SYLLABLE_MAX];
    size_t at = 0, n_tones = 0, n_vowels = 0;
    for (size_t i = 0; i < n; i++) {
        codes[i] = letters[i].code;
        n_vowels += vn_code_is_vowel(codes[i]);
        if (letters[i].tone) {
            n_tones++;
            at = i;
        }
    }
    if (n_tones != 1)
        return false;
    /* Most words need no parse: a tone on the last marked vowel (việc,
     * người) or on the only vowel (chính) is where every rule puts it. */
    bool marked_after = false;
    for (size_t i = at + 1; i < n; i++)
        marked_after |= is_marked(codes[i]);
    if (n_vowels == 1 || (is_marked(codes[at]) && !marked_after))
        return false;
    vn_syllable syl;
    if (!vn_syllable_parse(codes, n, true, &syl))
        return false;
    size_t target = vn_syllable_tone_index(codes, &syl, at, style);
    if (target == at)
        return false;
    cps[at] = vn_letter_cp(codes[at], 0, letters[at].upper);
    cps[target] = vn_letter_cp(codes[target], letters[at].tone, letters[target].upper);
    return true;
}

bool vn_word_fix_tones(uint32_t *cps, size_t n, vnplan_tones style) {
    vn_letter letters[VN_SYLLABLE_MAX];
    if (n == 0 || n > VN_SYLLABLE_MAX)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!vn_letter_of(cps[i], &letters[i]))
            return false;
    return vn_word_fix_tones_letters(cps, letters, n, style);
}

bool vn_word_is_syllable(const uint32_t *cps, size_t n) {
    char codes[VN_SYLLABLE_MAX];
    bool upper[VN_SYLLABLE_MAX];
    size_t at = 0;
    int tone = 0, n_tones;
    vn_syllable syl;
    return word_letters(cps, n, codes, upper, &at, &tone, &n_tones) && n_tones <= 1 &&
           vn_syllable_parse(codes, n, true, &syl);
}

bool vn_is_word_char(uint32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
        return false;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
        (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
        (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0xFFF0 && cp <= 0xFFFF))
        return false;
    return true;
}
