/* Shared pieces of the report renderers. */
#ifndef VN_OUTPUT_INTERNAL_H
#define VN_OUTPUT_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>

#include "output/labels.h"
#include "util/buf.h"
#include "vnplan/coverage.h"
#include "vnplan/coverage_model.h"

/* Member `key` of object o as a string / number / integer, or the default. */
const char *out_str(const json_t *o, const char *key, const char *missing);
double out_num(const json_t *o, const char *key);
long long out_int(const json_t *o, const char *key);

/* s, or `missing` when the read API gave NULL (an absent field). */
static inline const char *or_else(const char *s, const char *missing) { return s ? s : missing; }

/* One RFC 4180 CSV field and its "," or CRLF; guarded against formulas. */
void out_csv_field(vn_buf *b, const char *s, bool last);

/* The entry of item's by_lower for lower plan k, NULL when the plan does
 * not have the task in scope (or the report has one lower plan). */
const json_t *out_by_lower(const json_t *item, size_t k);

/* The matrix total of one area for lower plan k: *in_scope, the upper tasks
 * of `area` the plan has in scope, and *answered, those not missing. */
void out_area_answered(const json_t *items, const char *area, size_t k, long long *in_scope, long long *answered);

/* Reviewers' decisions (review_view.c). out_reviewed: the report carries
 * them (a "review_summary"). out_review_status: the words of an item's
 * reviewed status ("needs review again" when the task changed since), NULL
 * for an item nobody decided; out_review_class its CSS/format class
 * (covered, partial, missing, unknown). out_review_by: "who, when" of the
 * last decision, out_review_note its note. out_review_summary: the one-line count of decisions. */
bool out_reviewed(const json_t *report);
const char *out_review_status(const json_t *item, const out_labels *l);
const char *out_review_class(const json_t *item);
void out_review_by(vn_buf *b, const json_t *item);
const char *out_review_note(const json_t *item);   /* "" when none */
void out_review_summary(vn_buf *b, const json_t *report, const out_labels *l);
/* The same over the decision's values, for a renderer that reads the report
 * through the read API (the text, CSV and xlsx): decided, the item has a decision;
 * NULL strings read as "". */
const char *out_review_words(const out_labels *l, bool decided, bool needs_review, const char *status);
/* An item's decision through the read API: *decided, *needs_review and the
 * reviewer's status (NULL when none). */
const char *out_item_decision(const vnplan_coverage_item *item, bool *decided, bool *needs_review);
const char *out_review_class_of(bool decided, bool needs_review, const char *status);
void out_review_who_at(vn_buf *b, const char *who, const char *at);
void out_review_counts(vn_buf *b, const out_labels *l, long long reviewed, long long needs_review, long long covered,
                       long long partial, long long missing);

/* The labels the render flags ask for (VNPLAN_COVERAGE_ENGLISH). */
const out_labels *out_labels_for(unsigned flags);

/* The report as CSV (coverage_csv.c, through the read API). */
void out_render_csv(const vnplan_coverage *report, const out_labels *l, vn_buf *b);

/* The report as one self-contained HTML page. */
void out_render_html(const json_t *report, const out_labels *l, unsigned flags, vn_buf *b);

#endif
