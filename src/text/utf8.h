/* UTF-8 decoding with validation, shared by the text stage. */
#ifndef VN_TEXT_UTF8_H
#define VN_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define VN_REPLACEMENT 0xFFFDu

/* Decodes one code point from s[0..len) (len >= 1). Returns the number of
 * bytes consumed. An ill-formed sequence yields *cp = VN_INVALID_CP and
 * consumes its maximal subpart (at least one byte), as Unicode recommends
 * for U+FFFD substitution. */
#define VN_INVALID_CP 0xFFFFFFFFu
size_t vn_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* vn_utf8_encode, the encoder, is util's (util/buf.h), for util's
 * buffers use it too. */
#include "util/buf.h"

#endif
