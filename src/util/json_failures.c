/* jansson's allocation failures counted per thread (util/json_tree.h). In
 * a file of its own, beside nothing else of util, so that ctx.c (which
 * installs the counter) and json_tree.c (which reports through ctx.c) do not
 * depend on each other (tools/check-module-graph). */
#include <jansson.h>

#include "util/json_tree.h"

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
