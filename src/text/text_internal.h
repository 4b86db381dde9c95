/*
 * Internal entry points of the text stage, appending into a vn_buf so the
 * reader and the extractor avoid an allocation per call.
 */
#ifndef VN_TEXT_INTERNAL_H
#define VN_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "vnplan/text.h"

/* Appends the display form of in[0..len) to out; adds the number of
 * invalid UTF-8 sequences replaced to *n_invalid (may be NULL). */
void vn_text_display_append(vn_buf *out, const char *in, size_t len, vnplan_tones tones,
                            size_t *n_invalid);

/* Appends the Unicode decoding of a legacy-encoded run. */
void vn_text_decode_append(vn_buf *out, vnplan_encoding enc, bool caps_only, const char *in,
                           size_t len);

#endif
