/* The renderers' shared readings of a report (output_internal.h): a lower
 * plan's entry of an item, an area's matrix total, the labels of the render
 * flags. In a file of their own so that the text/CSV renderers
 * (coverage_render.c) and the HTML page (coverage_html.c) both use them
 * without calling each other. */
#include <string.h>

#include "output/output_internal.h"

const json_t *out_by_lower(const json_t *item, size_t k) {
    size_t i;
    const json_t *c;
    json_array_foreach(json_object_get(item, "by_lower"), i, c) {
        if (json_is_integer(json_object_get(c, "lower")) && (size_t)out_int(c, "lower") == k)
            return c;
    }
    return NULL;
}

void out_area_answered(const json_t *items, const char *area, size_t k, long long *in_scope, long long *answered) {
    size_t j;
    const json_t *it;
    *in_scope = *answered = 0;
    json_array_foreach(items, j, it) {
        const json_t *c = out_by_lower(it, k);
        if (!c || strcmp(out_str(json_object_get(it, "upper_task"), "area", ""), area))
            continue;
        (*in_scope)++;
        *answered += strcmp(out_str(c, "status", ""), "missing") != 0;
    }
}

const out_labels *out_labels_for(unsigned flags) {
    return flags & VNPLAN_COVERAGE_ENGLISH ? &out_labels_en : &out_labels_vi;
}
