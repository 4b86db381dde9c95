/*
 * vnplan/text.h - the Vietnamese text stage.
 *
 * Two forms of every string:
 *  - display text: NFC, lookalikes and invisible characters fixed, spaces
 *    collapsed; tone placement kept, or canonicalised on request;
 *  - match key: display text with tones canonicalised, ASCII dashes and
 *    quotes, NFKC, lowercased; and the folded key without diacritics.
 * Legacy 8-bit encodings (TCVN3/ABC, VNI, VIQR) are decoded here too.
 *
 * Functions returning char * return a NUL-terminated string owned by the
 * caller (free with vnplan_free), or NULL when out of memory or when the
 * input pointer is NULL.
 */
#ifndef VNPLAN_TEXT_H
#define VNPLAN_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vnplan_tones {
    VNPLAN_TONES_KEEP = 0,  /* as written */
    VNPLAN_TONES_OLD,       /* hòa, thủy, khỏe */
    VNPLAN_TONES_NEW        /* hoà, thuỷ, khoẻ */
} vnplan_tones;

typedef enum vnplan_encoding {
    VNPLAN_ENC_UTF8 = 0,    /* already Unicode */
    VNPLAN_ENC_TCVN3,       /* TCVN 5712:1993 VN3 / ABC (.VnTime fonts) */
    VNPLAN_ENC_VNI,         /* VNI-Windows (VNI-Times fonts) */
    VNPLAN_ENC_VIQR,        /* RFC 1456 mnemonics; decoded only when asked */
    VNPLAN_ENC_AUTO         /* detect TCVN3 / VNI from the text */
} vnplan_encoding;

/* Display normalisation of UTF-8 `in`. Invalid UTF-8 becomes U+FFFD and
 * is counted in *n_invalid (may be NULL; set to the count). TAB and '\n' are
 * kept; spaces around a '\n' are trimmed. Tones misplaced against the rules
 * ("qúy", "ngòai") are repaired in every style; `tones` only chooses between
 * the two spellings of open oa/oe/uy syllables. See docs/text.md. */
VNPLAN_EXTERN char *vnplan_text_display(const char *in, size_t len, vnplan_tones tones, size_t *out_len,
                          size_t *n_invalid);

/* The encoding a font name implies: ".VnTime" -> TCVN3, ".VnTimeH" ->
 * TCVN3 with *caps_only set, "VNI-Times" -> VNI, anything else -> UTF8.
 * caps_only may be NULL. */
VNPLAN_EXTERN vnplan_encoding vnplan_font_encoding(const char *font_name, bool *caps_only);

/* Decodes text in a legacy encoding. For TCVN3 and VNI the input is the
 * UTF-8 of what a .docx shows (each byte as its Windows-1252 character) or
 * the raw bytes. caps_only upper-cases the result (.VnTimeH fonts). Text
 * holding letters only Unicode has (ơ, ư, đ, ệ, ...) was typed in Unicode
 * and is returned unchanged. The result is Unicode but not yet display
 * text: pass it through vnplan_text_display(). VNPLAN_ENC_UTF8 and
 * VNPLAN_ENC_AUTO copy the input. */
VNPLAN_EXTERN char *vnplan_text_decode(vnplan_encoding enc, bool caps_only, const char *in, size_t len,
                         size_t *out_len);

/* Guesses whether `in` is TCVN3 or VNI text shown as Windows-1252, checking
 * the decoded syllables are valid Vietnamese. Returns VNPLAN_ENC_UTF8
 * when the text should be left alone. */
VNPLAN_EXTERN vnplan_encoding vnplan_text_detect(const char *in, size_t len);

/* A match key: the text in one canonical form for comparison, with a map
 * from each byte of the key back to the byte of the display text it came
 * from, so a match found in the key can be shown in the original. Tones
 * are canonicalised to the old style ("hòa", "thủy"): key("Hoà") ==
 * key("Hòa") == "hòa". key(NFD(x)) == key(x). */
typedef struct vnplan_key {
    char *text;            /* NUL-terminated UTF-8 */
    size_t len;
    size_t *to_display;    /* len + 1 entries: display offset of key byte i (and of the end) */
} vnplan_key;

typedef enum vnplan_key_kind {
    VNPLAN_KEY_MATCH = 0,  /* tones canonical, ASCII dashes/quotes, NFKC, lowercase */
    VNPLAN_KEY_FOLDED      /* the match key without diacritics, đ -> d */
} vnplan_key_kind;

/* Computes the key of display text `in`. Returns VNPLAN_OK or VNPLAN_ENOMEM.
 * The caller frees the key with vnplan_key_free(). */
VNPLAN_EXTERN vnplan_status vnplan_text_key(const char *in, size_t len, vnplan_key_kind kind, vnplan_key *out);
VNPLAN_EXTERN void vnplan_key_free(vnplan_key *key);

/* One token of a key: a syllable ("thủ"), a number ("93", "0,5"), or an
 * administrative abbreviation kept whole ("tthc", "qđ-ubnd", "93/qđ-ubnd"). */
typedef struct vnplan_token {
    size_t start, len;     /* byte range in the key */
} vnplan_token;

/* Splits a key into tokens; *out is owned by the caller (free with vnplan_free), NULL when
 * there are none. Returns the number of tokens, or (size_t)-1 when out of
 * memory. Joining rules (docs/text.md "Tokens"): '.' and ',' join digits
 * ("94,12"); '/' follows a token that starts with a number ("0.5/2",
 * "93/qđ") and '-' continues it ("93/qđ-ubnd"); '/', '-', '&' join two
 * segments that are not Vietnamese syllables ("qđ-ubnd", "tt&dvđn"), so
 * "kinh tế-xã hội" stays four syllables. */
VNPLAN_EXTERN size_t vnplan_text_tokens(const char *key, size_t len, vnplan_token **out);

#ifdef __cplusplus
}
#endif
#endif
