#include "util/json_tree.h"

#include "util/ctx.h"

static json_malloc_t next_malloc;
static json_free_t next_free;
static _Thread_local unsigned long failures;

static void *counting_malloc(size_t n) {
    void *p = next_malloc(n);
    if (!p)
        failures++;
    return p;
}

static void counting_free(void *p) { next_free(p); }

void vn_json_count_failures(void) {
    json_malloc_t m;
    json_free_t f;
    json_get_alloc_funcs(&m, &f);
    if (m == counting_malloc)
        return;
    next_malloc = m;
    next_free = f;
    json_set_alloc_funcs(counting_malloc, counting_free);
}

unsigned long vn_json_failures(void) { return failures; }

vnplan_status vn_json_parse(vnplan_ctx *ctx, const char *json, size_t len, json_t **out) {
    json_error_t err;
    unsigned long mark = failures;
    *out = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    /* jansson's lexer reports its own allocation failures as syntax errors,
     * and some are not reported at all (a tree comes back short): the count
     * of failed allocations tells. */
    if (failures != mark || (!*out && json_error_code(&err) == json_error_out_of_memory)) {
        json_decref(*out);
        *out = NULL;
        return vn_fail_nomem(ctx);
    }
    if (*out)
        return VNPLAN_OK;
    return vn_fail(ctx, VNPLAN_EFORMAT, NULL, "not valid JSON: %s (line %d, column %d)", err.text,
                   err.line, err.column);
}
