/* Fuzz target: the text stage on arbitrary bytes (display form in every
 * tone style, keys, tokens, legacy decoding and detection). */
#include <stdint.h>
#include <stdlib.h>

#include "vnplan/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *in = (const char *)data;
    for (int tones = VNPLAN_TONES_KEEP; tones <= VNPLAN_TONES_NEW; tones++) {
        size_t len = 0, invalid = 0;
        char *display = vnplan_text_display(in, size, (vnplan_tones)tones, &len, &invalid);
        if (!display)
            continue;
        for (int kind = VNPLAN_KEY_MATCH; kind <= VNPLAN_KEY_FOLDED; kind++) {
            vnplan_key key;
            if (vnplan_text_key(display, len, (vnplan_key_kind)kind, &key) != VNPLAN_OK)
                continue;
            if (key.to_display[key.len] > len)
                abort();
            vnplan_token *tokens = NULL;
            size_t n = vnplan_text_tokens(key.text, key.len, &tokens);
            for (size_t i = 0; n != (size_t)-1 && i < n; i++)
                if (tokens[i].start + tokens[i].len > key.len)
                    abort();
            free(tokens);
            vnplan_key_free(&key);
        }
        free(display);
    }
    vnplan_text_detect(in, size);
    for (int enc = VNPLAN_ENC_TCVN3; enc <= VNPLAN_ENC_VIQR; enc++) {
        size_t len = 0;
        free(vnplan_text_decode((vnplan_encoding)enc, size & 1, in, size, &len));
    }
    return 0;
}
