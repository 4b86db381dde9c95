/* Placeholder for the text stage until issue 4 lands: identity transforms.
 * Replaced file by file by the real implementation. */
#include <stdlib.h>
#include <string.h>

#include "text/text_internal.h"

void vn_text_display_append(vn_buf *out, const char *in, size_t len, vnplan_tones tones,
                            size_t *n_invalid) {
    (void)tones;
    (void)n_invalid;
    vn_buf_append(out, in, len);
}

void vn_text_decode_append(vn_buf *out, vnplan_encoding enc, bool caps_only, const char *in,
                           size_t len) {
    (void)enc;
    (void)caps_only;
    vn_buf_append(out, in, len);
}

char *vnplan_text_display(const char *in, size_t len, vnplan_tones tones, size_t *out_len,
                          size_t *n_invalid) {
    vn_buf b = VN_BUF_INIT;
    vn_text_display_append(&b, in, len, tones, n_invalid);
    return vn_buf_detach(&b, out_len);
}

vnplan_encoding vnplan_font_encoding(const char *font_name, bool *caps_only) {
    (void)font_name;
    if (caps_only)
        *caps_only = false;
    return VNPLAN_ENC_UTF8;
}

char *vnplan_text_decode(vnplan_encoding enc, bool caps_only, const char *in, size_t len,
                         size_t *out_len) {
    vn_buf b = VN_BUF_INIT;
    vn_text_decode_append(&b, enc, caps_only, in, len);
    return vn_buf_detach(&b, out_len);
}

vnplan_encoding vnplan_text_detect(const char *in, size_t len) {
    (void)in;
    (void)len;
    return VNPLAN_ENC_UTF8;
}
