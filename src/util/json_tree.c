#include "util/json_tree.h"

#include "util/ctx.h"

vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out) {
    json_error_t err;
    *out = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    if (*out)
        return VNPLAN_OK;
    /* Out of memory before any text was read leaves the error as jansson
     * initialised it: no message, line -1. */
    if (json_error_code(&err) == json_error_out_of_memory || (!err.text[0] && err.line == -1))
        return vn_fail_nomem(ctx);
    return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "not valid JSON: %s (line %d, column %d)", err.text,
                   err.line, err.column);
}
