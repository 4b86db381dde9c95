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

/* Stub key: ASCII lowercase only, identity offsets. */
vnplan_status vnplan_text_key(const char *in, size_t len, vnplan_key_kind kind, vnplan_key *out) {
    (void)kind;
    out->text = malloc(len + 1);
    out->to_display = malloc((len + 1) * sizeof *out->to_display);
    if (!out->text || !out->to_display) {
        free(out->text);
        free(out->to_display);
        return VNPLAN_ENOMEM;
    }
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        out->text[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        out->to_display[i] = i;
    }
    out->text[len] = '\0';
    out->to_display[len] = len;
    out->len = len;
    return VNPLAN_OK;
}

void vnplan_key_free(vnplan_key *key) {
    free(key->text);
    free(key->to_display);
    key->text = NULL;
    key->to_display = NULL;
    key->len = 0;
}

/* Stub tokenizer: splits on ASCII space and punctuation. */
size_t vnplan_text_tokens(const char *key, size_t len, vnplan_token **out) {
    size_t n = 0, cap = 0;
    vnplan_token *t = NULL;
    size_t i = 0;
    while (i < len) {
        while (i < len && strchr(" \t\n,.;:()\"'", key[i]))
            i++;
        size_t start = i;
        while (i < len && !strchr(" \t\n,.;:()\"'", key[i]))
            i++;
        if (i > start) {
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                vnplan_token *nt = realloc(t, cap * sizeof *t);
                if (!nt) {
                    free(t);
                    return (size_t)-1;
                }
                t = nt;
            }
            t[n].start = start;
            t[n].len = i - start;
            n++;
        }
    }
    *out = t;
    return n;
}
