/* Legacy 8-bit Vietnamese encodings: reading the bytes back from their
 * Windows-1252 view, and decoding one word for the detector. */
#ifndef VN_TEXT_LEGACY_H
#define VN_TEXT_LEGACY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vnplan/text.h"

/* One unit of legacy input: a byte (< 0x100) recovered from the UTF-8 of its
 * Windows-1252 character or taken raw from ill-formed UTF-8, or, with
 * VN_UNIT_UNICODE set, a code point no Windows-1252 byte shows, kept as is. */
#define VN_UNIT_UNICODE 0x80000000u
/* Reads the next unit from s[0..len); returns the bytes consumed. */
size_t vn_legacy_unit(const unsigned char *s, size_t len, uint32_t *unit);

/* Decodes units[0..n) in enc (TCVN3 or VNI) into code points; out needs n
 * entries (decoding never lengthens). Returns the number written. */
size_t vn_legacy_decode_units(vnplan_encoding enc, const uint32_t *units, size_t n, uint32_t *out);

/* True for letters that only Unicode text has (ă đ ơ ư ĩ ũ, U+1EA0-U+1EF9,
 * combining tone marks): a run holding one is not legacy-encoded. */
bool vn_is_unicode_only_vietnamese(uint32_t cp);

#endif
