/* Fuzz target: the DOCX reader from memory, both renderers, and extraction
 * streamed against extraction from the whole document. */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    if (!ctx)
        return 0;
    /* Small limits keep each run fast; the limits themselves are under test too. */
    vnplan_limit(ctx, VNPLAN_LIMIT_TOTAL_UNCOMPRESSED, 64LL << 20);
    vnplan_limit(ctx, VNPLAN_LIMIT_PART_BYTES, 32LL << 20);
    vnplan_document *doc = NULL;
    if (vnplan_document_open_memory(ctx, data, size, "fuzz.docx", &doc) == VNPLAN_OK) {
        fuzz_check_stream(ctx, data, size, doc);
        size_t len;
        free(vnplan_document_to_text(doc, &len));
        free(vnplan_document_to_json(doc, false, &len));
        vnplan_document_free(doc);
    } else if (vnplan_ctx_error(ctx)->message[0] == '\0') {
        abort(); /* every failure carries a message */
    } else {
        fuzz_check_stream(ctx, data, size, NULL);
    }
    vnplan_ctx_free(ctx);
    return 0;
}
