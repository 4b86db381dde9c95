#include "util/json_tree.h"

#include "util/ctx.h"

vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out) {
    json_error_t err;
    unsigned long mark = vn_alloc_failures();
    *out = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    /* jansson's lexer reports its own allocation failures as syntax errors,
     * and some are not reported at all (a tree comes back short): the count
     * of failed allocations tells. */
    if (vn_alloc_failures() != mark || (!*out && json_error_code(&err) == json_error_out_of_memory)) {
        json_decref(*out);
        *out = NULL;
        return vn_fail_nomem(ctx);
    }
    if (*out)
        return VNPLAN_OK;
    return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "not valid JSON: %s (line %d, column %d)", err.text,
                   err.line, err.column);
}
