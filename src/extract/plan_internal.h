/* The plan model: the plan's public form is its JSON, so the model is kept
 * as a jansson tree (see docs/plan.schema.json). Other stages (coverage)
 * read it through this header. */
#ifndef VN_PLAN_INTERNAL_H
#define VN_PLAN_INTERNAL_H

#include <jansson.h>

#include "vnplan/plan.h"

struct vnplan_plan {
    json_t *root;
};

/* The string member `key` of object `o`, or NULL when absent or not a string. */
const char *vn_json_str(const json_t *o, const char *key);

#endif
