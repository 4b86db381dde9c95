/* Machine names of the JSON report to the words of a language. */
#include <string.h>

#include "output/labels.h"

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
