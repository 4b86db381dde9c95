/* The reviewers' decisions as the human-facing reports show them. A report
 * gets them from `vnplan coverage --decisions FILE` or from the server's
 * reviewed report (serve/review_apply.c): each decided item carries a
 * "decision" object (the last decision), the report a "review_summary". A
 * report without them is rendered exactly as before. */
#include <string.h>

#include "output/output_internal.h"

bool out_reviewed(const json_t *report) { return json_is_object(json_object_get(report, "review_summary")); }

/* ---- over the decision's values (any renderer, whatever it reads) */

const char *out_review_words(const out_labels *l, bool decided, bool needs_review, const char *status) {
    if (!decided)
        return NULL;
    return needs_review ? l->needs_review : out_label_status(l, status ? status : "");
}

const char *out_review_class_of(bool decided, bool needs_review, const char *status) {
    if (!decided)
        return NULL;
    if (needs_review || !status)
        return "unknown";
    return strcmp(status, "covered") && strcmp(status, "partial") && strcmp(status, "missing") ? "unknown" : status;
}

void out_review_who_at(vn_buf *b, const char *who, const char *at) {
    who = who ? who : "";
    at = at ? at : "";
    vn_buf_puts(b, who);
    if (*who && *at)
        vn_buf_puts(b, ", ");
    vn_buf_puts(b, at);
}

void out_review_counts(vn_buf *b, const out_labels *l, long long reviewed, long long needs_review, long long covered,
                       long long partial, long long missing) {
    vn_buf_printf(b, l->review_summary, reviewed, needs_review);
    vn_buf_printf(b, ": %lld %s, %lld %s, %lld %s", covered, l->covered_n, partial, l->partial_n, missing,
                  l->missing_n);
}

const char *out_item_decision(const vnplan_coverage_item *item, bool *decided, bool *needs_review) {
    int flag = vnplan_coverage_item_flag(item, "decision.needs_review");
    const char *status = vnplan_coverage_item_str(item, "decision.status");
    *decided = flag >= 0 || status;
    *needs_review = flag == 1;
    return status;
}

/* ---- over the report's JSON */

static const json_t *decision(const json_t *item, bool *decided, bool *needs_review) {
    const json_t *rev = json_object_get(item, "decision");
    *decided = json_is_object(rev);
    *needs_review = json_is_true(json_object_get(rev, "needs_review"));
    return rev;
}

const char *out_review_status(const json_t *item, const out_labels *l) {
    bool decided, needs;
    const json_t *rev = decision(item, &decided, &needs);
    return out_review_words(l, decided, needs, out_str(rev, "status", ""));
}

const char *out_review_class(const json_t *item) {
    bool decided, needs;
    const json_t *rev = decision(item, &decided, &needs);
    return out_review_class_of(decided, needs, out_str(rev, "status", ""));
}

const char *out_review_note(const json_t *item) { return out_str(json_object_get(item, "decision"), "note", ""); }

void out_review_by(vn_buf *b, const json_t *item) {
    const json_t *rev = json_object_get(item, "decision");
    out_review_who_at(b, out_str(rev, "who", ""), out_str(rev, "at", ""));
}

void out_review_summary(vn_buf *b, const json_t *report, const out_labels *l) {
    const json_t *s = json_object_get(report, "review_summary");
    out_review_counts(b, l, out_int(s, "reviewed"), out_int(s, "needs_review"), out_int(s, "covered"),
                      out_int(s, "partial"), out_int(s, "missing"));
}
