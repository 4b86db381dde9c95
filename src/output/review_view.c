/* The reviewers' decisions as the human-facing reports show them. A report
 * gets them from `vnplan coverage --decisions FILE` or from the server's
 * reviewed report (serve/review_apply.c): each decided item carries a
 * "decision" object (the last decision), the report a "review_summary". A
 * report without them is rendered exactly as before. */
#include <string.h>

#include "output/output_internal.h"

bool out_reviewed(const json_t *report) { return json_is_object(json_object_get(report, "review_summary")); }

const char *out_review_status(const json_t *item, const out_labels *l) {
    const json_t *rev = json_object_get(item, "decision");
    if (!json_is_object(rev))
        return NULL;
    if (json_is_true(json_object_get(rev, "needs_review")))
        return l->needs_review;
    return out_label_status(l, out_str(rev, "status", ""));
}

const char *out_review_class(const json_t *item) {
    const json_t *rev = json_object_get(item, "decision");
    if (!json_is_object(rev))
        return NULL;
    if (json_is_true(json_object_get(rev, "needs_review")))
        return "unknown";
    const char *s = out_str(rev, "status", "");
    return strcmp(s, "covered") && strcmp(s, "partial") && strcmp(s, "missing") ? "unknown" : s;
}

const char *out_review_note(const json_t *item) { return out_str(json_object_get(item, "decision"), "note", ""); }

void out_review_by(vn_buf *b, const json_t *item) {
    const json_t *rev = json_object_get(item, "decision");
    const char *who = out_str(rev, "who", ""), *at = out_str(rev, "at", "");
    vn_buf_puts(b, who);
    if (*who && *at)
        vn_buf_puts(b, ", ");
    vn_buf_puts(b, at);
}

void out_review_summary(vn_buf *b, const json_t *report, const out_labels *l) {
    const json_t *s = json_object_get(report, "review_summary");
    vn_buf_printf(b, l->review_summary, out_int(s, "reviewed"), out_int(s, "needs_review"));
    vn_buf_printf(b, ": %lld %s, %lld %s, %lld %s", out_int(s, "covered"), l->covered_n,
                  out_int(s, "partial"), l->partial_n, out_int(s, "missing"), l->missing_n);
}
