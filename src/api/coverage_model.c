/* The coverage report read API (vnplan/coverage_model.h) over the report's
 * jansson tree; handles are the JSON objects, cast, as in plan_model.c. */
#include "api/json_path.h"
#include "coverage/coverage_internal.h"
#include "vnplan/coverage_model.h"

#define J(h) ((const json_t *)(h))

static const json_t *root_get(const vnplan_coverage *report, const char *key) {
    return report ? json_object_get(report->root, key) : NULL;
}

static long index_or(const json_t *o, const char *key) {
    const json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

double vnplan_coverage_summary(const vnplan_coverage *report, const char *field) {
    return vn_json_path_number(root_get(report, "summary"), field, -1);
}

const char *vnplan_coverage_upper_str(const vnplan_coverage *report, const char *field) {
    return vn_json_path_str(root_get(report, "upper"), field);
}

size_t vnplan_coverage_area_count(const vnplan_coverage *report) { return json_array_size(root_get(report, "areas")); }
const char *vnplan_coverage_area_name(const vnplan_coverage *report, size_t i) {
    return vn_json_path_str(json_array_get(root_get(report, "areas"), i), "area");
}
double vnplan_coverage_area_number(const vnplan_coverage *report, size_t i, const char *field) {
    return vn_json_path_number(json_array_get(root_get(report, "areas"), i), field, -1);
}

double vnplan_coverage_review_summary(const vnplan_coverage *report, const char *field) {
    return vn_json_path_number(root_get(report, "review_summary"), field, -1);
}

size_t vnplan_coverage_lower_count(const vnplan_coverage *report) { return json_array_size(root_get(report, "lower")); }

const char *vnplan_coverage_lower_str(const vnplan_coverage *report, size_t i, const char *field) {
    return vn_json_path_str(json_array_get(root_get(report, "lower"), i), field);
}

double vnplan_coverage_lower_number(const vnplan_coverage *report, size_t i, const char *field) {
    return vn_json_path_number(json_array_get(root_get(report, "lower"), i), field, -1);
}

size_t vnplan_coverage_item_count(const vnplan_coverage *report) { return json_array_size(root_get(report, "items")); }

const vnplan_coverage_item *vnplan_coverage_item_at(const vnplan_coverage *report, size_t i) {
    return (const vnplan_coverage_item *)json_array_get(root_get(report, "items"), i);
}

const char *vnplan_coverage_item_upper_id(const vnplan_coverage_item *item) {
    return vn_json_path_str(J(item), "upper_task.id");
}
const char *vnplan_coverage_item_upper_text(const vnplan_coverage_item *item) {
    return vn_json_path_str(J(item), "upper_task.text");
}
const char *vnplan_coverage_item_upper_area(const vnplan_coverage_item *item) {
    return vn_json_path_str(J(item), "upper_task.area");
}
const char *vnplan_coverage_item_status(const vnplan_coverage_item *item) { return vn_json_path_str(J(item), "status"); }
double vnplan_coverage_item_score(const vnplan_coverage_item *item) { return vn_json_path_number(J(item), "score", -1); }
double vnplan_coverage_item_share(const vnplan_coverage_item *item) { return vn_json_path_number(J(item), "share", -1); }
const char *vnplan_coverage_item_str(const vnplan_coverage_item *item, const char *field) {
    return vn_json_path_str(J(item), field);
}

double vnplan_coverage_item_number(const vnplan_coverage_item *item, const char *field) {
    return vn_json_path_number(J(item), field, -1);
}
int vnplan_coverage_item_flag(const vnplan_coverage_item *item, const char *field) {
    const json_t *v = vn_json_path(J(item), field);
    return json_is_boolean(v) ? json_is_true(v) : -1;
}
size_t vnplan_coverage_item_upper_lead_count(const vnplan_coverage_item *item) {
    return json_array_size(vn_json_path(J(item), "upper_task.lead"));
}
const char *vnplan_coverage_item_upper_lead(const vnplan_coverage_item *item, size_t i) {
    return json_string_value(json_array_get(vn_json_path(J(item), "upper_task.lead"), i));
}

/* The entry of the item's by_lower for lower plan k, or NULL. */
static const json_t *by_lower(const vnplan_coverage_item *item, size_t k) {
    const json_t *list = json_object_get(J(item), "by_lower");
    for (size_t i = 0; i < json_array_size(list); i++) {
        const json_t *c = json_array_get(list, i);
        if (index_or(c, "lower") == (long)k)
            return c;
    }
    return NULL;
}
const char *vnplan_coverage_item_lower_status(const vnplan_coverage_item *item, size_t k) {
    return vn_json_path_str(by_lower(item, k), "status");
}
double vnplan_coverage_item_lower_score(const vnplan_coverage_item *item, size_t k) {
    return vn_json_path_number(by_lower(item, k), "score", -1);
}

static const json_t *reason(const vnplan_coverage_item *item, size_t k) {
    return json_array_get(json_object_get(J(item), "reasons"), k);
}
size_t vnplan_coverage_item_reason_count(const vnplan_coverage_item *item) {
    return json_array_size(json_object_get(J(item), "reasons"));
}
const char *vnplan_coverage_item_reason_str(const vnplan_coverage_item *item, size_t k, const char *field) {
    return vn_json_path_str(reason(item, k), field);
}
double vnplan_coverage_item_reason_number(const vnplan_coverage_item *item, size_t k, const char *field) {
    return vn_json_path_number(reason(item, k), field, -1);
}
size_t vnplan_coverage_item_reason_object_count(const vnplan_coverage_item *item, size_t k) {
    return json_array_size(json_object_get(reason(item, k), "object"));
}
const char *vnplan_coverage_item_reason_object(const vnplan_coverage_item *item, size_t k, size_t j) {
    return json_string_value(json_array_get(json_object_get(reason(item, k), "object"), j));
}

size_t vnplan_coverage_item_match_count(const vnplan_coverage_item *item) {
    return json_array_size(json_object_get(J(item), "matches"));
}
const vnplan_coverage_match *vnplan_coverage_item_match(const vnplan_coverage_item *item, size_t i) {
    return (const vnplan_coverage_match *)json_array_get(json_object_get(J(item), "matches"), i);
}
const char *vnplan_coverage_match_lower_id(const vnplan_coverage_match *m) {
    return vn_json_path_str(J(m), "lower_task.id");
}
const char *vnplan_coverage_match_lower_text(const vnplan_coverage_match *m) {
    return vn_json_path_str(J(m), "lower_task.text");
}
const char *vnplan_coverage_match_str(const vnplan_coverage_match *m, const char *field) {
    return vn_json_path_str(J(m), field);
}
long vnplan_coverage_match_lower(const vnplan_coverage_match *m) { return index_or(J(m), "lower"); }
double vnplan_coverage_match_score(const vnplan_coverage_match *m) { return vn_json_path_number(J(m), "score", -1); }
size_t vnplan_coverage_match_term_count(const vnplan_coverage_match *m) {
    return json_array_size(json_object_get(J(m), "terms"));
}
const char *vnplan_coverage_match_term(const vnplan_coverage_match *m, size_t i) {
    return json_string_value(json_array_get(json_object_get(J(m), "terms"), i));
}

size_t vnplan_coverage_extra_count(const vnplan_coverage *report) { return json_array_size(root_get(report, "extra")); }
const vnplan_coverage_extra *vnplan_coverage_extra_at(const vnplan_coverage *report, size_t i) {
    return (const vnplan_coverage_extra *)json_array_get(root_get(report, "extra"), i);
}
const char *vnplan_coverage_extra_str(const vnplan_coverage_extra *e, const char *field) {
    return vn_json_path_str(J(e), field);
}
long vnplan_coverage_extra_lower(const vnplan_coverage_extra *e) { return index_or(J(e), "lower"); }
double vnplan_coverage_extra_score(const vnplan_coverage_extra *e) { return vn_json_path_number(J(e), "score", -1); }

static const json_t *lower_task(const vnplan_coverage *report, size_t i) {
    return json_array_get(root_get(report, "lower_tasks"), i);
}
size_t vnplan_coverage_lower_task_count(const vnplan_coverage *report) {
    return json_array_size(root_get(report, "lower_tasks"));
}
const char *vnplan_coverage_lower_task_str(const vnplan_coverage *report, size_t i, const char *field) {
    return vn_json_path_str(lower_task(report, i), field);
}
long vnplan_coverage_lower_task_lower(const vnplan_coverage *report, size_t i) {
    return index_or(lower_task(report, i), "lower");
}
double vnplan_coverage_lower_task_score(const vnplan_coverage *report, size_t i) {
    return vn_json_path_number(lower_task(report, i), "score", -1);
}
size_t vnplan_coverage_lower_task_credited_count(const vnplan_coverage *report, size_t i) {
    return json_array_size(json_object_get(lower_task(report, i), "credited"));
}
const char *vnplan_coverage_lower_task_credited(const vnplan_coverage *report, size_t i, size_t k) {
    return json_string_value(json_array_get(json_object_get(lower_task(report, i), "credited"), k));
}

static const json_t *unread(const vnplan_coverage *report, size_t i) {
    return json_array_get(root_get(report, "unread"), i);
}
size_t vnplan_coverage_unread_count(const vnplan_coverage *report) { return json_array_size(root_get(report, "unread")); }
const char *vnplan_coverage_unread_str(const vnplan_coverage *report, size_t i, const char *field) {
    return vn_json_path_str(unread(report, i), field);
}
long vnplan_coverage_unread_lower(const vnplan_coverage *report, size_t i) { return index_or(unread(report, i), "lower"); }
size_t vnplan_coverage_unread_section_count(const vnplan_coverage *report, size_t i) {
    return json_array_size(json_object_get(unread(report, i), "sections"));
}
const char *vnplan_coverage_unread_section_str(const vnplan_coverage *report, size_t i, size_t k, const char *field) {
    return vn_json_path_str(json_array_get(json_object_get(unread(report, i), "sections"), k), field);
}
size_t vnplan_coverage_unread_warning_count(const vnplan_coverage *report, size_t i) {
    return json_array_size(json_object_get(unread(report, i), "warnings"));
}

const vnplan_finding *vnplan_coverage_finding_at(const vnplan_coverage *report, size_t i) {
    return (const vnplan_finding *)json_array_get(root_get(report, "findings"), i);
}
const char *vnplan_coverage_finding_str(const vnplan_finding *f, const char *field) {
    return vn_json_path_str(J(f), field);
}
long vnplan_coverage_finding_lower(const vnplan_finding *f) { return index_or(J(f), "lower"); }
size_t vnplan_coverage_finding_arg_count(const vnplan_finding *f) {
    return json_array_size(json_object_get(J(f), "args"));
}
const char *vnplan_coverage_finding_arg(const vnplan_finding *f, size_t i) {
    return json_string_value(json_array_get(json_object_get(J(f), "args"), i));
}
