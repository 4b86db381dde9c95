/* The renderers' readers of a report's JSON members (output_internal.h),
 * in a file of their own so that every renderer and review_view.c can use
 * them without calling each other. */
#include "extract/plan_internal.h"
#include "output/output_internal.h"

const char *out_str(const json_t *o, const char *key, const char *missing) {
    const char *s = vn_json_str(o, key);
    return s ? s : missing;
}

double out_num(const json_t *o, const char *key) {
    return json_number_value(json_object_get(o, key));
}

long long out_int(const json_t *o, const char *key) {
    return (long long)json_integer_value(json_object_get(o, key));
}
