/* Fuzz target: rule matching and extraction on plain-text input, and the
 * plan's JSON, as a tree and written as it is made (the same bytes, or
 * abort). The default rules are loaded once. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnplan/plan.h"

static vnplan_rules *rules;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vnplan_ctx *ctx = vnplan_ctx_new();
    if (!ctx)
        return 0;
    if (!rules) {
        if (vnplan_rules_load_default(ctx, &rules) != VNPLAN_OK)
            abort();
        vnplan_rules_jit(rules);   /* as a batch would */
    }
    vnplan_document *doc = NULL;
    if (vnplan_document_from_text(ctx, (const char *)data, size, &doc) == VNPLAN_OK) {
        vnplan_plan *plan = NULL;
        vnplan_source src = {"fuzz.txt", NULL, "text"};
        if (vnplan_extract(ctx, rules, doc, &src, &plan) == VNPLAN_OK) {
            size_t len;
            char *tree = vnplan_plan_to_json(plan, 0, &len);
            vnplan_plan_free(plan);
            char *stream = NULL;
            size_t stream_len = 0;
            FILE *fp = open_memstream(&stream, &stream_len);
            if (!fp || vnplan_extract_write(ctx, rules, doc, &src, 0, fp) != VNPLAN_OK)
                abort();
            fclose(fp);
            if (!tree || len != stream_len || memcmp(tree, stream, len))
                abort();   /* the streamed plan differs from the tree's */
            free(tree);
            free(stream);
        }
        vnplan_document_free(doc);
    }
    vnplan_ctx_free(ctx);
    return 0;
}
