/* Allocation failures counted per thread (util/alloc_failures.h). In a
 * file of its own that uses nothing else of util, so that every helper can
 * count (tools/check-module-graph: no circle). */
#include <jansson.h>

#include "util/alloc_failures.h"

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

void vn_alloc_failed(void) { failures++; }

unsigned long vn_alloc_failures(void) { return failures; }
