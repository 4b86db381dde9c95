/* The words of the human-facing reports (text, CSV, HTML, xlsx), one table
 * per language (labels_vi.c, labels_en.c). JSON keeps its machine names. */
#ifndef VN_OUTPUT_LABELS_H
#define VN_OUTPUT_LABELS_H

#include <jansson.h>

#include "util/buf.h"

typedef struct out_labels {
    const char *lang;                         /* "vi", "en": the HTML lang attribute */
    const char *title;                        /* the report's heading */
    const char *upper_plan, *lower_plan;      /* "Upper plan:" before a plan's file */
    const char *unit, *unit_from_metadata, *unit_from_option, *unit_from_unknown, *unknown_unit;
    const char *tasks, *extra;                /* counts: "%lld tasks" -> label after the number */
    const char *covered, *partial, *missing;  /* the three statuses */
    const char *status_unknown;
    const char *in_scope_n, *covered_n, *partial_n, *missing_n;  /* after a number in a sentence */
    const char *covered_short, *partial_short, *missing_short;  /* in the cells of a matrix */
    const char *summary_of;                   /* "%lld of %lld upper tasks in scope" (two numbers) */
    const char *extra_lower_tasks;            /* after the count of extra tasks */
    const char *by_area, *area, *no_area, *in_scope;
    const char *tasks_heading;
    const char *upper_id, *upper_task, *status, *score, *scope, *scope_unit, *text, *best_match, *matches;
    const char *matches_in_lower;             /* heading of the matches column */
    const char *no_match;                     /* an upper task no lower task shares terms with */
    const char *shared_terms;
    const char *match_id, *match_score, *match_source, *match_text;
    const char *scope_lead, *scope_support, *scope_abbreviation, *scope_collective, *scope_unassigned, *scope_all;
    const char *extra_heading, *findings_heading;
    const char *finding_deadline, *deadline_met, *deadline_late, *deadline_unknown;
    /* the sanity findings about a pair of plans, by kind */
    const char *finding_no_tasks, *finding_swapped, *finding_other_province, *finding_issued_before,
        *finding_not_cited;
    const char *matrix_heading, *matrix_total, *matrix_note;
    const char *legend, *legend_covered, *legend_partial, *legend_missing, *legend_none;
    const char *filter_search, *filter_all, *filter_status, *filter_area, *filter_unit, *filter_plan;
    const char *shown;                        /* "rows shown" after a count */
    const char *sheet_summary, *sheet_items, *sheet_matrix;   /* at most 31 characters */
    const char *sheet_tasks, *sheet_sections, *sheet_metadata;
    const char *tasks_count, *extra_count, *answered_of_scope;
    const char *task_id, *lead, *support, *timeframe, *start, *end, *output, *origin;
    const char *section_id, *label, *level, *heading, *body, *field, *value;
    const char *footer_written, *footer_options, *footer_thresholds;
    /* reviewers' decisions (coverage --decisions, the server's reviewed report) */
    const char *review_status, *reviewer, *review_note, *needs_review;
    const char *review_summary;               /* "%lld reviewed, %lld to review again; after review" (two numbers), then the counts */
    /* a finding's message by its reason; {1}, {2}, {3} are its args in order */
    const char *reason_no_tasks, *reason_issuer_is_parent, *reason_upper_cites_lower, *reason_two_provinces,
        *reason_issued_before, *reason_not_cited, *reason_working_days, *reason_upper_date_partial,
        *reason_invalid_date, *reason_lower_date_partial, *reason_met, *reason_late;
    const char *no_value;                     /* an arg that is null: a date not known */
    /* issue 14: how sure, why, the lower-task view, what could not be read */
    const char *review_heading, *confidence, *review, *review_yes;
    const char *reason_share, *reason_cited, *reason_demoted, *reason_rescued, *reason_near;   /* printf formats */
    const char *lower_view_heading, *credited_for, *credited_none;
    const char *unread_heading, *unread_upper, *unread_lower, *unread_warnings;
} out_labels;

extern const out_labels out_labels_vi, out_labels_en;

/* The label of a status / scope rule / deadline status named as in the JSON;
 * an unknown name is given back as it is. */
const char *out_label_status(const out_labels *l, const char *status);
const char *out_label_status_short(const out_labels *l, const char *status);
const char *out_label_scope(const out_labels *l, const char *rule);
const char *out_label_unit_from(const out_labels *l, const char *from);
const char *out_label_deadline(const out_labels *l, const char *status);
const char *out_label_finding(const out_labels *l, const char *kind);
/* The message of a finding in the labels' language, from its reason and
 * args (the report's English message when the reason is not known: a
 * report written before reasons existed). */
void out_finding_message(vn_buf *b, const out_labels *l, const json_t *finding);
/* The same over the finding's values (the text renderer, through the read
 * API): its reason and message (NULL when absent) and its args {1}..{9},
 * NULL for an arg that is null or absent. */
#define OUT_FINDING_ARGS 9
void out_finding_words(vn_buf *b, const out_labels *l, const char *reason, const char *message,
                       const char *const args[OUT_FINDING_ARGS]);

#endif
