/*
 * Vietnamese letters and syllables: which code points are Vietnamese
 * letters (vowel quality, tone, case), how a written syllable splits into
 * onset, vowel nucleus and final consonant, and on which vowel its tone mark
 * belongs. Rules, not word lists: see docs/text.md "Tone placement".
 */
#ifndef VN_TEXT_SYLLABLE_H
#define VN_TEXT_SYLLABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vnplan/text.h"

/* The longest Vietnamese syllable ("nghiêng") has 7 letters. */
#define VN_SYLLABLE_MAX 8

/* A letter as the syllable rules see it. code: a-z for ASCII letters
 * (lowercase), or W A E O P U for the vowels a-breve, a-circumflex,
 * e-circumflex, o-circumflex, o-horn, u-horn, and D for d-stroke. */
typedef struct vn_letter {
    char code;
    unsigned char tone;   /* 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot */
    bool upper;
} vn_letter;

/* Fills *out and returns true when cp is an ASCII letter or a Vietnamese
 * letter (any vowel with or without marks, d-stroke). */
bool vn_letter_of(uint32_t cp, vn_letter *out);
/* The code point of a letter with the given tone and case. */
uint32_t vn_letter_cp(char code, int tone, bool upper);
/* The ASCII base letter of a code ('W' -> 'a', 'D' -> 'd', ...). */
char vn_letter_base(char code);
static inline bool vn_code_is_vowel(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'W': case 'A': case 'E': case 'O': case 'P': case 'U':
        return true;
    default:
        return false;
    }
}

/* A syllable split: codes[0..onset) onset, [onset, onset+nucleus) vowels,
 * the rest the final consonant. */
typedef struct vn_syllable {
    size_t onset, nucleus, coda;
} vn_syllable;

/* Splits codes[0..n) (lowercase codes, no tones) into a syllable. strict
 * requires the vowel cluster to be one Vietnamese spelling allows (and to
 * agree with the presence of a final consonant); lenient accepts any 1-3
 * vowels, for keys folded without diacritics. Returns false when the word
 * is not a Vietnamese syllable. */
bool vn_syllable_parse(const char *codes, size_t n, bool strict, vn_syllable *out);

/* The index in the word of the vowel that carries the tone. `current` is
 * where the tone is now (used by VNPLAN_TONES_KEEP for the syllables whose
 * spelling differs between the two styles). */
size_t vn_syllable_tone_index(const char *codes, const vn_syllable *syl, size_t current,
                              vnplan_tones style);

/* Moves the tone mark of the word cps[0..n) (all letters) to the vowel the
 * rules give, in place. Words that are not one syllable with exactly one tone
 * mark are left alone. Returns true when the word changed. */
bool vn_word_fix_tones(uint32_t *cps, size_t n, vnplan_tones style);

/* The same when the caller has the letters of the word already. */
bool vn_word_fix_tones_letters(uint32_t *cps, const vn_letter *letters, size_t n,
                               vnplan_tones style);

/* True when cps[0..n) is a Vietnamese syllable (letters only, at most one
 * tone mark, strict spelling). */
bool vn_word_is_syllable(const uint32_t *cps, size_t n);

/* True for code points that belong to words (letters, digits, marks), as
 * opposed to spaces, punctuation and symbols. Cheap; not a full Unicode
 * classification outside Latin. */
bool vn_is_word_char(uint32_t cp);

#endif
