/* Machine names of the JSON report to the words of a language. */
#include <string.h>

#include <jansson.h>

#include "output/labels.h"
#include "util/buf.h"

const char *out_label_status(const out_labels *l, const char *s) {
    return !strcmp(s, "covered") ? l->covered : !strcmp(s, "partial") ? l->partial : !strcmp(s, "missing") ? l->missing : s;
}

const char *out_label_scope(const out_labels *l, const char *r) {
    return !strcmp(r, "lead")           ? l->scope_lead
           : !strcmp(r, "support")      ? l->scope_support
           : !strcmp(r, "abbreviation") ? l->scope_abbreviation
           : !strcmp(r, "collective")   ? l->scope_collective
           : !strcmp(r, "unassigned")   ? l->scope_unassigned
           : !strcmp(r, "all")          ? l->scope_all
                                        : r;
}

const char *out_label_unit_from(const out_labels *l, const char *f) {
    return !strcmp(f, "metadata") ? l->unit_from_metadata
           : !strcmp(f, "option") ? l->unit_from_option
           : !strcmp(f, "unknown") ? l->unit_from_unknown
                                   : f;
}

const char *out_label_deadline(const out_labels *l, const char *s) {
    return !strcmp(s, "met") ? l->deadline_met : !strcmp(s, "late") ? l->deadline_late : !strcmp(s, "unknown") ? l->deadline_unknown : s;
}

const char *out_label_status_short(const out_labels *l, const char *s) {
    return !strcmp(s, "covered") ? l->covered_short : !strcmp(s, "partial") ? l->partial_short : !strcmp(s, "missing") ? l->missing_short : s;
}

const char *out_label_finding(const out_labels *l, const char *k) {
    return !strcmp(k, "deadline")         ? l->finding_deadline
           : !strcmp(k, "no_tasks")       ? l->finding_no_tasks
           : !strcmp(k, "swapped")        ? l->finding_swapped
           : !strcmp(k, "other_province") ? l->finding_other_province
           : !strcmp(k, "issued_before")  ? l->finding_issued_before
           : !strcmp(k, "not_cited")      ? l->finding_not_cited
                                          : k;
}

static const char *reason_text(const out_labels *l, const char *r) {
    return !strcmp(r, "no_tasks")             ? l->reason_no_tasks
           : !strcmp(r, "issuer_is_parent")   ? l->reason_issuer_is_parent
           : !strcmp(r, "upper_cites_lower")  ? l->reason_upper_cites_lower
           : !strcmp(r, "two_provinces")      ? l->reason_two_provinces
           : !strcmp(r, "issued_before")      ? l->reason_issued_before
           : !strcmp(r, "not_cited")          ? l->reason_not_cited
           : !strcmp(r, "working_days")       ? l->reason_working_days
           : !strcmp(r, "upper_date_partial") ? l->reason_upper_date_partial
           : !strcmp(r, "invalid_date")       ? l->reason_invalid_date
           : !strcmp(r, "lower_date_partial") ? l->reason_lower_date_partial
           : !strcmp(r, "met")                ? l->reason_met
           : !strcmp(r, "late")               ? l->reason_late
                                              : NULL;
}

void out_finding_words(vn_buf *b, const out_labels *l, const char *reason, const char *message,
                       const char *const args[OUT_FINDING_ARGS]) {
    const char *fmt = reason ? reason_text(l, reason) : NULL;
    if (!fmt) {
        vn_buf_puts(b, message ? message : "");
        return;
    }
    for (const char *p = fmt; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            const char *a = args[p[1] - '1'];
            vn_buf_puts(b, a ? a : l->no_value);
            p += 2;
        } else {
            vn_buf_putc(b, *p);
        }
    }
}

void out_finding_message(vn_buf *b, const out_labels *l, const json_t *f) {
    const char *args[OUT_FINDING_ARGS];
    for (size_t k = 0; k < OUT_FINDING_ARGS; k++)
        args[k] = json_string_value(json_array_get(json_object_get(f, "args"), k));
    out_finding_words(b, l, json_string_value(json_object_get(f, "reason")),
                      json_string_value(json_object_get(f, "message")), args);
}
