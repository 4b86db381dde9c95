/*
 * Constant tables of the text stage, generated into tables.c by
 * tools/gen-text-tables from ../shared/data (run it again when the data
 * changes; the generated file names the sources of its facts).
 */
#ifndef VN_TEXT_TABLES_H
#define VN_TEXT_TABLES_H

#include <stdint.h>

/* TCVN3 byte -> Unicode code point (lowercase letters for the bytes a
 * .VnXxxH font draws as capitals; ASCII below 0x80; VN1's extra capitals;
 * Windows-1252 for bytes TCVN3 leaves free). */
extern const uint16_t vn_tcvn3_table[256];
/* Windows-1252 bytes 0x80-0x9F -> code point (C1 control for the 5 holes). */
extern const uint16_t vn_cp1252_high[32];

/* VNI-Windows: single-byte letters for bytes 0x80-0xFF (0 when the byte is
 * not one), and base letter + diacritic byte (0xC0-0xFF) pairs. */
#define VN_VNI_NBASES 14
extern const uint16_t vn_vni_single[128];
extern const uint8_t vn_vni_bases[VN_VNI_NBASES];
extern const uint16_t vn_vni_pair[VN_VNI_NBASES][64];

/* VIQR mnemonics, longest first. */
#define VN_VIQR_N 134
typedef struct vn_viqr_entry {
    char seq[4];
    uint16_t cp;
} vn_viqr_entry;
extern const vn_viqr_entry vn_viqr_table[VN_VIQR_N];

/* Vietnamese letters: code point -> VN_LETTER(code, tone, upper), 0 when the
 * code point is not a Vietnamese vowel or d-stroke. Codes: a e i o u y for
 * the plain vowels, W a-breve, A a-circumflex, E e-circumflex, O
 * o-circumflex, P o-horn, U u-horn, D d-stroke. Tones: 0 none, 1 grave,
 * 2 acute, 3 hook above, 4 tilde, 5 dot below. */
#define VN_LETTER(code, tone, upper) ((uint16_t)(0x8000u | (unsigned)(code) | ((tone) << 8) | ((upper) << 11)))
#define VN_LETTER_CODE(e) ((char)((e) & 0x7F))
#define VN_LETTER_TONE(e) (((e) >> 8) & 7)
#define VN_LETTER_UPPER(e) (((e) >> 11) & 1)
#define VN_LATIN_FIRST 0x00C0
#define VN_LATIN_LAST 0x01B0
#define VN_EXT_FIRST 0x1EA0
#define VN_EXT_LAST 0x1EF9
extern const uint16_t vn_letter_latin[VN_LATIN_LAST - VN_LATIN_FIRST + 1];
extern const uint16_t vn_letter_ext[VN_EXT_LAST - VN_EXT_FIRST + 1];

/* The 12 vowel codes in table order, and vowel x tone x (lower, upper). */
#define VN_NVOWELS 12
extern const char vn_vowel_codes[VN_NVOWELS + 1];
extern const uint16_t vn_vowel_compose[VN_NVOWELS][6][2];

#endif
