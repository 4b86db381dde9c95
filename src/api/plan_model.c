/* The plan read API (vnplan/plan_model.h) over the plan's jansson tree:
 * every handle is the JSON object itself, cast, so reading costs nothing
 * beyond the lookups and no copy is made. The public types never show
 * jansson; a typed model can replace the tree later behind the same API. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "api/json_path.h"
#include "extract/plan_internal.h"
#include "util/ctx.h"
#include "vnplan/plan_model.h"

static const json_t *root_get(const vnplan_plan *plan, const char *key) {
    return plan ? json_object_get(plan->root, key) : NULL;
}

static const char *path_str(const json_t *o, const char *field) { return vn_json_path_str(o, field); }

static const char *array_str(const json_t *a, size_t i) {
    return json_string_value(json_array_get(a, i));
}

const char *vnplan_plan_metadata(const vnplan_plan *plan, const char *field) {
    return path_str(root_get(plan, "metadata"), field);
}

size_t vnplan_plan_metadata_count(const vnplan_plan *plan) { return json_object_size(root_get(plan, "metadata")); }

/* jansson keeps an object's members in insertion order; its iterator is the
 * only way to reach the i-th (metadata has a dozen members). */
const char *vnplan_plan_metadata_key(const vnplan_plan *plan, size_t i) {
    const json_t *meta = root_get(plan, "metadata");
    void *it = json_object_iter((json_t *)meta);
    while (it && i--)
        it = json_object_iter_next((json_t *)meta, it);
    return it ? json_object_iter_key(it) : NULL;
}

char *vnplan_plan_metadata_json(const vnplan_plan *plan, const char *field) {
    const json_t *v = vn_json_path(root_get(plan, "metadata"), field);
    return v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
}

const char *vnplan_plan_source(const vnplan_plan *plan, const char *field) {
    return path_str(root_get(plan, "source"), field);
}

static const json_t *references(const vnplan_plan *plan) {
    return json_object_get(root_get(plan, "metadata"), "references");
}

size_t vnplan_plan_reference_count(const vnplan_plan *plan) { return json_array_size(references(plan)); }

const char *vnplan_plan_reference(const vnplan_plan *plan, size_t i, const char *field) {
    return field ? vn_json_str(json_array_get(references(plan), i), field) : NULL;
}

static const json_t *recipients(const vnplan_plan *plan) {
    return json_object_get(root_get(plan, "metadata"), "recipients");
}

size_t vnplan_plan_recipient_count(const vnplan_plan *plan) { return json_array_size(recipients(plan)); }

const char *vnplan_plan_recipient(const vnplan_plan *plan, size_t i) { return array_str(recipients(plan), i); }

/* --- Sections */

#define SECTION(s) ((const json_t *)(s))

size_t vnplan_plan_section_count(const vnplan_plan *plan) { return json_array_size(root_get(plan, "sections")); }

const vnplan_section *vnplan_plan_section(const vnplan_plan *plan, size_t i) {
    return (const vnplan_section *)json_array_get(root_get(plan, "sections"), i);
}

size_t vnplan_section_child_count(const vnplan_section *s) {
    return json_array_size(json_object_get(SECTION(s), "children"));
}

const vnplan_section *vnplan_section_child(const vnplan_section *s, size_t i) {
    return (const vnplan_section *)json_array_get(json_object_get(SECTION(s), "children"), i);
}

const char *vnplan_section_id(const vnplan_section *s) { return vn_json_str(SECTION(s), "id"); }
const char *vnplan_section_label(const vnplan_section *s) { return vn_json_str(SECTION(s), "label"); }
const char *vnplan_section_heading(const vnplan_section *s) { return vn_json_str(SECTION(s), "heading"); }
const char *vnplan_section_body(const vnplan_section *s) { return vn_json_str(SECTION(s), "body"); }

int vnplan_section_level(const vnplan_section *s) {
    return (int)json_integer_value(json_object_get(SECTION(s), "level"));
}

/* The walk keeps a stack of (children array, next index) frames: frame 0 is
 * the top-level array; entering a section pushes its children. */
typedef struct iter_frame {
    const json_t *array;
    size_t next;
} iter_frame;

struct vnplan_section_iter {
    iter_frame *stack;
    size_t depth, cap;     /* frames in use; depth - 1 is the current section's depth */
    const json_t *current;
    int current_depth;     /* of `current`: 1 for a top-level section, 0 for none */
    bool done;
};

vnplan_status vnplan_section_iter_new(vnplan_ctx *ctx, const vnplan_plan *plan, vnplan_section_iter **out) {
    VN_REQUIRE_ARG(ctx, ctx);
    VN_REQUIRE_ARG(ctx, out);
    *out = NULL;
    VN_REQUIRE_ARG(ctx, plan);
    vnplan_section_iter *it = calloc(1, sizeof *it);
    if (!it || !(it->stack = malloc(8 * sizeof *it->stack))) {
        free(it);
        return vn_fail_nomem(ctx);
    }
    it->cap = 8;
    it->stack[0] = (iter_frame){json_object_get(plan->root, "sections"), 0};
    it->depth = 1;
    *out = it;
    return VNPLAN_OK;
}

vnplan_event vnplan_section_iter_next(vnplan_section_iter *it) {
    if (!it || it->done)
        return VNPLAN_EVENT_DONE;
    iter_frame *top = &it->stack[it->depth - 1];
    if (top->next < json_array_size(top->array)) {
        it->current = json_array_get(top->array, top->next++);
        if (it->depth == it->cap) {
            iter_frame *grown = realloc(it->stack, 2 * it->cap * sizeof *grown);
            if (!grown) { /* out of memory: the walk ends early rather than lie */
                it->done = true;
                it->current = NULL;
                it->current_depth = 0;
                return VNPLAN_EVENT_DONE;
            }
            it->stack = grown;
            it->cap *= 2;
        }
        it->stack[it->depth++] = (iter_frame){json_object_get(it->current, "children"), 0};
        it->current_depth = (int)it->depth - 1;
        return VNPLAN_EVENT_ENTER;
    }
    if (it->depth == 1) {
        it->done = true;
        it->current = NULL;
        it->current_depth = 0;
        return VNPLAN_EVENT_DONE;
    }
    /* The frame of a finished section's children: exit that section, whose
     * object is the element just before its parent frame's `next`. */
    it->depth--;
    iter_frame *parent = &it->stack[it->depth - 1];
    it->current = json_array_get(parent->array, parent->next - 1);
    it->current_depth = (int)it->depth;
    return VNPLAN_EVENT_EXIT;
}

const vnplan_section *vnplan_section_iter_get(const vnplan_section_iter *it) {
    return it ? (const vnplan_section *)it->current : NULL;
}

int vnplan_section_iter_depth(const vnplan_section_iter *it) { return it ? it->current_depth : 0; }

void vnplan_section_iter_free(vnplan_section_iter *it) {
    if (!it)
        return;
    free(it->stack);
    free(it);
}

/* --- Tasks */

#define TASK(t) ((const json_t *)(t))

size_t vnplan_plan_task_count(const vnplan_plan *plan) { return json_array_size(root_get(plan, "tasks")); }

const vnplan_task *vnplan_plan_task(const vnplan_plan *plan, size_t i) {
    return (const vnplan_task *)json_array_get(root_get(plan, "tasks"), i);
}

const vnplan_task *vnplan_plan_task_by_id(const vnplan_plan *plan, const char *id) {
    const json_t *tasks = root_get(plan, "tasks");
    for (size_t i = 0; id && i < json_array_size(tasks); i++) {
        const char *tid = vn_json_str(json_array_get(tasks, i), "id");
        if (tid && !strcmp(tid, id))
            return (const vnplan_task *)json_array_get(tasks, i);
    }
    return NULL;
}

const char *vnplan_task_id(const vnplan_task *t) { return vn_json_str(TASK(t), "id"); }
const char *vnplan_task_origin(const vnplan_task *t) { return vn_json_str(TASK(t), "origin"); }
const char *vnplan_task_area(const vnplan_task *t) { return vn_json_str(TASK(t), "area"); }
const char *vnplan_task_text(const vnplan_task *t) { return vn_json_str(TASK(t), "text"); }
const char *vnplan_task_output(const vnplan_task *t) { return vn_json_str(TASK(t), "output"); }
const char *vnplan_task_criterion(const vnplan_task *t) {
    return vn_json_str(json_object_get(TASK(t), "criteria"), "criterion");
}

/* A number of the task's criteria object, NAN when absent or null. */
static double criteria_number(const vnplan_task *t, const char *key) {
    const json_t *v = json_object_get(json_object_get(TASK(t), "criteria"), key);
    return json_is_number(v) ? json_number_value(v) : NAN;
}

double vnplan_task_criterion_score(const vnplan_task *t) { return criteria_number(t, "score"); }
double vnplan_task_criterion_max(const vnplan_task *t) { return criteria_number(t, "max"); }

size_t vnplan_task_lead_count(const vnplan_task *t) { return json_array_size(json_object_get(TASK(t), "lead")); }
const char *vnplan_task_lead(const vnplan_task *t, size_t i) { return array_str(json_object_get(TASK(t), "lead"), i); }
size_t vnplan_task_support_count(const vnplan_task *t) {
    return json_array_size(json_object_get(TASK(t), "support"));
}
const char *vnplan_task_support(const vnplan_task *t, size_t i) {
    return array_str(json_object_get(TASK(t), "support"), i);
}
size_t vnplan_task_implementer_count(const vnplan_task *t) {
    return json_array_size(json_object_get(TASK(t), "implementer"));
}
const char *vnplan_task_implementer(const vnplan_task *t, size_t i) {
    return array_str(json_object_get(TASK(t), "implementer"), i);
}

const char *vnplan_task_timeframe_kind(const vnplan_task *t) { return path_str(TASK(t), "timeframe.kind"); }
const char *vnplan_task_timeframe_start(const vnplan_task *t) { return path_str(TASK(t), "timeframe.start"); }
const char *vnplan_task_timeframe_end(const vnplan_task *t) { return path_str(TASK(t), "timeframe.end"); }
const char *vnplan_task_timeframe_text(const vnplan_task *t) { return path_str(TASK(t), "timeframe.text"); }

/* --- Units, abbreviations, warnings */

#define UNIT(u) ((const json_t *)(u))

size_t vnplan_plan_unit_count(const vnplan_plan *plan) { return json_array_size(root_get(plan, "units")); }

const vnplan_unit *vnplan_plan_unit(const vnplan_plan *plan, size_t i) {
    return (const vnplan_unit *)json_array_get(root_get(plan, "units"), i);
}

const char *vnplan_unit_name(const vnplan_unit *u) { return vn_json_str(UNIT(u), "name"); }
const char *vnplan_unit_canonical(const vnplan_unit *u) { return vn_json_str(UNIT(u), "canonical"); }
size_t vnplan_unit_lead_count(const vnplan_unit *u) { return json_array_size(json_object_get(UNIT(u), "leads")); }
const char *vnplan_unit_lead(const vnplan_unit *u, size_t i) { return array_str(json_object_get(UNIT(u), "leads"), i); }
size_t vnplan_unit_support_count(const vnplan_unit *u) {
    return json_array_size(json_object_get(UNIT(u), "supports"));
}
const char *vnplan_unit_support(const vnplan_unit *u, size_t i) {
    return array_str(json_object_get(UNIT(u), "supports"), i);
}
size_t vnplan_unit_implement_count(const vnplan_unit *u) {
    return json_array_size(json_object_get(UNIT(u), "implements"));
}
const char *vnplan_unit_implement(const vnplan_unit *u, size_t i) {
    return array_str(json_object_get(UNIT(u), "implements"), i);
}

size_t vnplan_plan_abbreviation_count(const vnplan_plan *plan) {
    return json_array_size(root_get(plan, "abbreviations"));
}
const char *vnplan_plan_abbreviation(const vnplan_plan *plan, size_t i) {
    return vn_json_str(json_array_get(root_get(plan, "abbreviations"), i), "abbreviation");
}
const char *vnplan_plan_abbreviation_expansion(const vnplan_plan *plan, size_t i) {
    return vn_json_str(json_array_get(root_get(plan, "abbreviations"), i), "expansion");
}

size_t vnplan_plan_warning_count(const vnplan_plan *plan) { return json_array_size(root_get(plan, "warnings")); }
const char *vnplan_plan_warning(const vnplan_plan *plan, size_t i) { return array_str(root_get(plan, "warnings"), i); }
