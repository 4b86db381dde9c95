/*
 * vnplan/coverage_model.h - reading a coverage report without JSON: the
 * summary, the lower plans, the items (one per upper task in scope) and
 * their matches, the extra lower tasks and the findings.
 *
 * As vnplan/plan_model.h: handles and strings are borrowed from the report
 * (valid until vnplan_coverage_free); a NULL handle or an index out of range
 * gives NULL, 0 or -1 as documented; a field the report leaves null reads
 * as NULL. The fields are those of docs/coverage.schema.json, named by the
 * same keys ("upper_task.id", "scope.rule", "summary.covered").
 */
#ifndef VNPLAN_COVERAGE_MODEL_H
#define VNPLAN_COVERAGE_MODEL_H

#include <stddef.h>

#include "vnplan/coverage.h"
#include "vnplan/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vnplan_coverage_item vnplan_coverage_item;
typedef struct vnplan_coverage_match vnplan_coverage_match;
typedef struct vnplan_coverage_extra vnplan_coverage_extra;
typedef struct vnplan_finding vnplan_finding;

/* A number of the report's "summary": "in_scope", "covered", "partial",
 * "missing", "extra", "upper_tasks", "coverage" (the share covered, 0..1).
 * -1 when absent. */
VNPLAN_EXTERN double vnplan_coverage_summary(const vnplan_coverage *report, const char *field);

/* A string field of the upper plan ("source.path", "metadata.issuer", ...). */
VNPLAN_EXTERN const char *vnplan_coverage_upper_str(const vnplan_coverage *report, const char *field);

/* The areas of the upper plan (the headings its tasks sit under), in
 * document order: the name ("" for tasks outside any area) and a count
 * ("in_scope", "covered", "partial", "missing"; -1 when absent). */
VNPLAN_EXTERN size_t vnplan_coverage_area_count(const vnplan_coverage *report);
VNPLAN_EXTERN const char *vnplan_coverage_area_name(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN double vnplan_coverage_area_number(const vnplan_coverage *report, size_t i, const char *field);

/* A reviewed report (coverage --decisions, the server's reviewed report):
 * a count of its "review_summary" ("reviewed", "needs_review",
 * "unmatched_decisions", "covered", "partial", "missing"); -1 when absent,
 * so -1 for "reviewed" means the report carries no review. */
VNPLAN_EXTERN double vnplan_coverage_review_summary(const vnplan_coverage *report, const char *field);

/* The lower plans compared, in order: a string field ("unit", "unit_from",
 * "source.path", "metadata.issuer", ...) and a number ("tasks",
 * "summary.covered", ...; -1 when absent). */
VNPLAN_EXTERN size_t vnplan_coverage_lower_count(const vnplan_coverage *report);
VNPLAN_EXTERN const char *vnplan_coverage_lower_str(const vnplan_coverage *report, size_t i, const char *field);
VNPLAN_EXTERN double vnplan_coverage_lower_number(const vnplan_coverage *report, size_t i, const char *field);

/* The items: one per upper task in scope, in the upper plan's order. */
VNPLAN_EXTERN size_t vnplan_coverage_item_count(const vnplan_coverage *report);
VNPLAN_EXTERN const vnplan_coverage_item *vnplan_coverage_item_at(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN const char *vnplan_coverage_item_upper_id(const vnplan_coverage_item *item);
VNPLAN_EXTERN const char *vnplan_coverage_item_upper_text(const vnplan_coverage_item *item);
VNPLAN_EXTERN const char *vnplan_coverage_item_upper_area(const vnplan_coverage_item *item);
/* "covered", "partial" or "missing". */
VNPLAN_EXTERN const char *vnplan_coverage_item_status(const vnplan_coverage_item *item);
/* The best score and the share of the upper task's weight matched (0..1; -1 for NULL). */
VNPLAN_EXTERN double vnplan_coverage_item_score(const vnplan_coverage_item *item);
VNPLAN_EXTERN double vnplan_coverage_item_share(const vnplan_coverage_item *item);
/* Any other string field: "scope.rule", "scope.unit", "scope.role", and
 * in a reviewed report the reviewer's "decision.status", "decision.note",
 * "decision.who", "decision.at". */
VNPLAN_EXTERN const char *vnplan_coverage_item_str(const vnplan_coverage_item *item, const char *field);
/* Any other number field ("confidence"), -1 when absent. */
VNPLAN_EXTERN double vnplan_coverage_item_number(const vnplan_coverage_item *item, const char *field);
/* A boolean field ("to_review", "decision.needs_review"): 1 true, 0 false,
 * -1 absent. */
VNPLAN_EXTERN int vnplan_coverage_item_flag(const vnplan_coverage_item *item, const char *field);
/* The upper task's lead units, as the upper plan names them. */
VNPLAN_EXTERN size_t vnplan_coverage_item_upper_lead_count(const vnplan_coverage_item *item);
VNPLAN_EXTERN const char *vnplan_coverage_item_upper_lead(const vnplan_coverage_item *item, size_t i);
/* With several lower plans: the status ("covered", "partial", "missing")
 * and the score the item has for lower plan k ("by_lower"); NULL and -1
 * when that plan does not have the task in scope, and with one lower plan
 * (whose figures are the item's own). */
VNPLAN_EXTERN const char *vnplan_coverage_item_lower_status(const vnplan_coverage_item *item, size_t k);
VNPLAN_EXTERN double vnplan_coverage_item_lower_score(const vnplan_coverage_item *item, size_t k);

/* Why an item's status is what the score alone would not say
 * ("reasons"), in order: a string field ("code": "share",
 * "near_threshold", "cited", "demoted", "rescued"; "document",
 * "neighbour", "lower_task"), a number ("share", "threshold", "from"; -1
 * when absent) and the terms of a demoted reason's "object". A null reason
 * reads as NULL and -1; a report written before issue 14 has none. */
VNPLAN_EXTERN size_t vnplan_coverage_item_reason_count(const vnplan_coverage_item *item);
VNPLAN_EXTERN const char *vnplan_coverage_item_reason_str(const vnplan_coverage_item *item, size_t k, const char *field);
VNPLAN_EXTERN double vnplan_coverage_item_reason_number(const vnplan_coverage_item *item, size_t k, const char *field);
VNPLAN_EXTERN size_t vnplan_coverage_item_reason_object_count(const vnplan_coverage_item *item, size_t k);
VNPLAN_EXTERN const char *vnplan_coverage_item_reason_object(const vnplan_coverage_item *item, size_t k, size_t j);

/* The best matching lower tasks of an item, best first. */
VNPLAN_EXTERN size_t vnplan_coverage_item_match_count(const vnplan_coverage_item *item);
VNPLAN_EXTERN const vnplan_coverage_match *vnplan_coverage_item_match(const vnplan_coverage_item *item, size_t i);
VNPLAN_EXTERN const char *vnplan_coverage_match_lower_id(const vnplan_coverage_match *m);
VNPLAN_EXTERN const char *vnplan_coverage_match_lower_text(const vnplan_coverage_match *m);
/* Any other string field: "lower_task.source" (the lower plan's path). */
VNPLAN_EXTERN const char *vnplan_coverage_match_str(const vnplan_coverage_match *m, const char *field);
/* The index of the lower plan (as vnplan_coverage_lower_*), -1 for NULL. */
VNPLAN_EXTERN long vnplan_coverage_match_lower(const vnplan_coverage_match *m);
VNPLAN_EXTERN double vnplan_coverage_match_score(const vnplan_coverage_match *m);
/* The shared terms that scored, in order. */
VNPLAN_EXTERN size_t vnplan_coverage_match_term_count(const vnplan_coverage_match *m);
VNPLAN_EXTERN const char *vnplan_coverage_match_term(const vnplan_coverage_match *m, size_t i);

/* Lower tasks that answer no upper task in scope. */
VNPLAN_EXTERN size_t vnplan_coverage_extra_count(const vnplan_coverage *report);
VNPLAN_EXTERN const vnplan_coverage_extra *vnplan_coverage_extra_at(const vnplan_coverage *report, size_t i);
/* "lower_task.id", "lower_task.text", "lower_task.source", "best_upper". */
VNPLAN_EXTERN const char *vnplan_coverage_extra_str(const vnplan_coverage_extra *e, const char *field);
VNPLAN_EXTERN long vnplan_coverage_extra_lower(const vnplan_coverage_extra *e);
VNPLAN_EXTERN double vnplan_coverage_extra_score(const vnplan_coverage_extra *e);

/* The lower-task view ("lower_tasks"): each lower task of each plan, in
 * order: a string field ("id", "best_upper": its best upper task, NULL when
 * none), the index of its lower plan (-1 when absent), the score against
 * its best upper task (-1 when absent) and the upper tasks it is credited
 * for (those whose best match it is, covered or partial). */
VNPLAN_EXTERN size_t vnplan_coverage_lower_task_count(const vnplan_coverage *report);
VNPLAN_EXTERN const char *vnplan_coverage_lower_task_str(const vnplan_coverage *report, size_t i, const char *field);
VNPLAN_EXTERN long vnplan_coverage_lower_task_lower(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN double vnplan_coverage_lower_task_score(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN size_t vnplan_coverage_lower_task_credited_count(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN const char *vnplan_coverage_lower_task_credited(const vnplan_coverage *report, size_t i, size_t k);

/* What the report could not read ("unread"), one entry per plan, the upper
 * first: a string field ("plan": "upper" or "lower"), the index of the
 * lower plan (-1 for the upper), the sections that gave no task (a field
 * of section k: "id", "heading") and how many extraction warnings the plan
 * gave. */
VNPLAN_EXTERN size_t vnplan_coverage_unread_count(const vnplan_coverage *report);
VNPLAN_EXTERN const char *vnplan_coverage_unread_str(const vnplan_coverage *report, size_t i, const char *field);
VNPLAN_EXTERN long vnplan_coverage_unread_lower(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN size_t vnplan_coverage_unread_section_count(const vnplan_coverage *report, size_t i);
VNPLAN_EXTERN const char *vnplan_coverage_unread_section_str(const vnplan_coverage *report, size_t i, size_t k,
                                                            const char *field);
VNPLAN_EXTERN size_t vnplan_coverage_unread_warning_count(const vnplan_coverage *report, size_t i);

/* Findings (a deadline for the lower plan, sanity findings), counted by
 * vnplan_coverage_finding_count (coverage.h). */
VNPLAN_EXTERN const vnplan_finding *vnplan_coverage_finding_at(const vnplan_coverage *report, size_t i);
/* "kind", "upper_task", "text", "due", "issued", "status", "message",
 * "reason" (what the message says, for a report in another language). */
VNPLAN_EXTERN const char *vnplan_coverage_finding_str(const vnplan_finding *f, const char *field);
VNPLAN_EXTERN long vnplan_coverage_finding_lower(const vnplan_finding *f);
/* The values the message quotes ("args"), in its order; an arg that is null
 * (a date not known) reads as NULL. */
VNPLAN_EXTERN size_t vnplan_coverage_finding_arg_count(const vnplan_finding *f);
VNPLAN_EXTERN const char *vnplan_coverage_finding_arg(const vnplan_finding *f, size_t i);

#ifdef __cplusplus
}
#endif
#endif
