/* The reviewers' decisions as the human-facing reports show them. A report
 * gets them from `vnplan coverage --decisions FILE` or from the server's
 * reviewed report (serve/review_apply.c): each decided item carries a
 * "decision" object (the last decision), the report a "review_summary". A report without them is
 * rendered exactly as before. */
#include <string.h>

#include "output/output_internal.h"

/* Member `key` of o as a string, or "" (the renderers' out_str lives with
 * them; this file stays below them in the module graph). */
static const char *str_of(const json_t *o, const char *key) {
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static long long int_of(const json_t *o, const char *key) { return json_integer_value(json_object_get(o, key)); }

bool out_reviewed(const json_t *report) { return json_is_object(json_object_get(report, "review_summary")); }

const char *out_review_status(const json_t *item, const out_labels *l) {
    const json_t *rev = json_object_get(item, "decision");
    if (!json_is_object(rev))
        return NULL;
    if (json_is_true(json_object_get(rev, "needs_review")))
        return l->needs_review;
    return out_label_status(l, str_of(rev, "status"));
}

const char *out_review_class(const json_t *item) {
    const json_t *rev = json_object_get(item, "decision");
    if (!json_is_object(rev))
        return NULL;
    if (json_is_true(json_object_get(rev, "needs_review")))
        return "unknown";
    const char *s = str_of(rev, "status");
    return strcmp(s, "covered") && strcmp(s, "partial") && strcmp(s, "missing") ? "unknown" : s;
}

const char *out_review_note(const json_t *item) { return str_of(json_object_get(item, "decision"), "note"); }

void out_review_by(vn_buf *b, const json_t *item) {
    const json_t *rev = json_object_get(item, "decision");
    const char *who = str_of(rev, "who"), *at = str_of(rev, "at");
    vn_buf_puts(b, who);
    if (*who && *at)
        vn_buf_puts(b, ", ");
    vn_buf_puts(b, at);
}

void out_review_summary(vn_buf *b, const json_t *report, const out_labels *l) {
    const json_t *s = json_object_get(report, "review_summary");
    vn_buf_printf(b, l->review_summary, int_of(s, "reviewed"), int_of(s, "needs_review"));
    vn_buf_printf(b, ": %lld %s, %lld %s, %lld %s", int_of(s, "covered"), l->covered_n,
                  int_of(s, "partial"), l->partial_n, int_of(s, "missing"), l->missing_n);
}
