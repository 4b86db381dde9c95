/* Shared by the package fuzz targets: the plan extracted as it is read
 * (vnplan_extract_docx_write) must be the plan built as a tree from the
 * whole document (vnplan_extract), byte for byte, and the two must fail
 * alike; anything else aborts. */
#ifndef VN_FUZZ_STREAM_H
#define VN_FUZZ_STREAM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vnplan/vnplan.h"

static const vnplan_rules *fuzz_rules(void) {
    static vnplan_rules *rules;
    static vnplan_ctx *ctx;
    if (!rules && (!(ctx = vnplan_ctx_new()) || vnplan_rules_load_default(ctx, &rules)))
        abort();
    return rules;
}

/* doc: the whole document read from the same bytes, or NULL when that failed. */
static void fuzz_check_stream(vnplan_ctx *ctx, const void *data, size_t size, const vnplan_document *doc) {
    const vnplan_rules *rules = fuzz_rules();
    vnplan_source src = {"fuzz.docx", NULL, NULL};
    char *tree = NULL;
    size_t tree_len = 0;
    if (doc) {
        vnplan_plan *plan = NULL;
        if (vnplan_extract(ctx, rules, doc, &src, &plan) == VNPLAN_OK)
            tree = vnplan_plan_to_json(plan, 0, &tree_len);
        vnplan_plan_free(plan);
    }
    char *stream = NULL;
    size_t stream_len = 0;
    FILE *fp = open_memstream(&stream, &stream_len);
    if (!fp)
        abort();
    vnplan_status st = vnplan_extract_docx_write(ctx, rules, data, size, "fuzz.docx", &src, 0, fp);
    fclose(fp);
    if ((st == VNPLAN_OK) != (tree != NULL))
        abort();   /* one path failed, the other did not */
    if (tree && (tree_len != stream_len || memcmp(tree, stream, tree_len)))
        abort();   /* the streamed plan differs from the tree's */
    if (st != VNPLAN_OK && vnplan_ctx_error(ctx)->message[0] == '\0')
        abort();
    free(tree);
    free(stream);
}

#endif
