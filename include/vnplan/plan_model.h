/*
 * vnplan/plan_model.h - reading a plan without JSON: metadata, the section
 * tree, tasks and their fields, units, abbreviations and warnings.
 *
 * In the style of cmark's node API and libgit2's accessors. Every handle
 * (vnplan_section, vnplan_task, vnplan_unit) and every string returned is
 * borrowed from the plan: valid until vnplan_plan_free, never freed by the
 * caller. A NULL plan or handle, or an index out of range, gives NULL (or 0
 * for counts); a field the plan does not state (JSON null) gives NULL.
 * Strings are UTF-8. The fields are those of docs/plan.schema.json.
 */
#ifndef VNPLAN_PLAN_MODEL_H
#define VNPLAN_PLAN_MODEL_H

#include <stddef.h>

#include "vnplan/error.h"
#include "vnplan/plan.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vnplan_section vnplan_section;
typedef struct vnplan_task vnplan_task;
typedef struct vnplan_unit vnplan_unit;

/* --- Metadata and source --------------------------------------------- */

/* A string field of the plan's "metadata": "doc_type", "number", "symbol",
 * "issuer", "parent_issuer", "place", "date" (ISO 8601), "title", "results",
 * and the signer's as "signer.authority", "signer.deputy",
 * "signer.position", "signer.name". NULL when not stated or unknown. */
VNPLAN_EXTERN const char *vnplan_plan_metadata(const vnplan_plan *plan, const char *field);
/* Every member of "metadata", in the plan's order (doc_type, number, ...,
 * and the optional issued_with and joint when the plan has them): its key,
 * NULL for i out of range. */
VNPLAN_EXTERN size_t vnplan_plan_metadata_count(const vnplan_plan *plan);
VNPLAN_EXTERN const char *vnplan_plan_metadata_key(const vnplan_plan *plan, size_t i);
/* The value of metadata member `field` (a key, or a dotted path as
 * vnplan_plan_metadata) as compact JSON ("null", "\"Hà Nội\"", an object
 * such as signer or results, an array such as recipients), for members
 * that are not strings. Owned: free with vnplan_free. NULL when the member
 * is absent or out of memory. */
VNPLAN_EXTERN char *vnplan_plan_metadata_json(const vnplan_plan *plan, const char *field);
/* Where the plan came from: "path", "sha256" or "format". */
VNPLAN_EXTERN const char *vnplan_plan_source(const vnplan_plan *plan, const char *field);
/* The documents the plan cites ("references"): field "type", "number", "date". */
VNPLAN_EXTERN size_t vnplan_plan_reference_count(const vnplan_plan *plan);
VNPLAN_EXTERN const char *vnplan_plan_reference(const vnplan_plan *plan, size_t i, const char *field);
/* The recipients ("Nơi nhận"), one line each. */
VNPLAN_EXTERN size_t vnplan_plan_recipient_count(const vnplan_plan *plan);
VNPLAN_EXTERN const char *vnplan_plan_recipient(const vnplan_plan *plan, size_t i);

/* --- Sections ---------------------------------------------------------- */

/* The top-level sections, in order. */
VNPLAN_EXTERN size_t vnplan_plan_section_count(const vnplan_plan *plan);
VNPLAN_EXTERN const vnplan_section *vnplan_plan_section(const vnplan_plan *plan, size_t i);
/* A section's children, in order. */
VNPLAN_EXTERN size_t vnplan_section_child_count(const vnplan_section *s);
VNPLAN_EXTERN const vnplan_section *vnplan_section_child(const vnplan_section *s, size_t i);
VNPLAN_EXTERN const char *vnplan_section_id(const vnplan_section *s);      /* "II.3" */
VNPLAN_EXTERN const char *vnplan_section_label(const vnplan_section *s);   /* "3" */
VNPLAN_EXTERN const char *vnplan_section_heading(const vnplan_section *s);
VNPLAN_EXTERN const char *vnplan_section_body(const vnplan_section *s);    /* "" when none */
VNPLAN_EXTERN int vnplan_section_level(const vnplan_section *s);           /* 1 for top level; 0 for NULL */

/* A walk of the whole section tree in document order, as cmark_iter:
 *   vnplan_section_iter *it; vnplan_section_iter_new(ctx, plan, &it);
 *   while ((ev = vnplan_section_iter_next(it)) != VNPLAN_EVENT_DONE)
 *       ... vnplan_section_iter_get(it) ...
 * ENTER is given before a section's children, EXIT after them (every section
 * gets both, a leaf too). The iterator is owned by the caller. */
typedef enum vnplan_event {
    VNPLAN_EVENT_DONE = 0,
    VNPLAN_EVENT_ENTER,
    VNPLAN_EVENT_EXIT
} vnplan_event;
typedef struct vnplan_section_iter vnplan_section_iter;
VNPLAN_EXTERN vnplan_status vnplan_section_iter_new(vnplan_ctx *ctx, const vnplan_plan *plan,
                                                    vnplan_section_iter **out);
VNPLAN_EXTERN vnplan_event vnplan_section_iter_next(vnplan_section_iter *it);
/* The section of the last event, NULL before the first and after DONE. */
VNPLAN_EXTERN const vnplan_section *vnplan_section_iter_get(const vnplan_section_iter *it);
/* Its depth: 1 for a top-level section. */
VNPLAN_EXTERN int vnplan_section_iter_depth(const vnplan_section_iter *it);
VNPLAN_EXTERN void vnplan_section_iter_free(vnplan_section_iter *it);

/* --- Tasks ------------------------------------------------------------- */

VNPLAN_EXTERN size_t vnplan_plan_task_count(const vnplan_plan *plan);
VNPLAN_EXTERN const vnplan_task *vnplan_plan_task(const vnplan_plan *plan, size_t i);
/* The task whose id is `id`, or NULL. */
VNPLAN_EXTERN const vnplan_task *vnplan_plan_task_by_id(const vnplan_plan *plan, const char *id);
VNPLAN_EXTERN const char *vnplan_task_id(const vnplan_task *t);       /* "III.1#2" */
VNPLAN_EXTERN const char *vnplan_task_origin(const vnplan_task *t);   /* "appendix" (a table row) or "body" */
VNPLAN_EXTERN const char *vnplan_task_area(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_text(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_output(const vnplan_task *t);
/* The index criterion a task names with its score ("tiêu chí 1.5 ... được
 * 0.5/2 điểm"): the criterion ("1.5"), NULL when the task names none; its
 * score and maximum, NAN when not stated. */
VNPLAN_EXTERN const char *vnplan_task_criterion(const vnplan_task *t);
VNPLAN_EXTERN double vnplan_task_criterion_score(const vnplan_task *t);
VNPLAN_EXTERN double vnplan_task_criterion_max(const vnplan_task *t);
/* The lead (chủ trì), supporting (phối hợp) and implementing units, in order. */
VNPLAN_EXTERN size_t vnplan_task_lead_count(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_lead(const vnplan_task *t, size_t i);
VNPLAN_EXTERN size_t vnplan_task_support_count(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_support(const vnplan_task *t, size_t i);
VNPLAN_EXTERN size_t vnplan_task_implementer_count(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_implementer(const vnplan_task *t, size_t i);
/* The timeframe: its kind ("continuous", "year", "quarter", "month",
 * "date", "before", "during" or "unknown"), start and end (ISO 8601 dates,
 * possibly only a year or a month) and the text it was read from. */
VNPLAN_EXTERN const char *vnplan_task_timeframe_kind(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_timeframe_start(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_timeframe_end(const vnplan_task *t);
VNPLAN_EXTERN const char *vnplan_task_timeframe_text(const vnplan_task *t);

/* --- Units, abbreviations, warnings ------------------------------------ */

VNPLAN_EXTERN size_t vnplan_plan_unit_count(const vnplan_plan *plan);
VNPLAN_EXTERN const vnplan_unit *vnplan_plan_unit(const vnplan_plan *plan, size_t i);
VNPLAN_EXTERN const char *vnplan_unit_name(const vnplan_unit *u);       /* as written */
VNPLAN_EXTERN const char *vnplan_unit_canonical(const vnplan_unit *u);  /* the name units are merged by */
/* The ids of the tasks the unit leads, supports, implements. */
VNPLAN_EXTERN size_t vnplan_unit_lead_count(const vnplan_unit *u);
VNPLAN_EXTERN const char *vnplan_unit_lead(const vnplan_unit *u, size_t i);
VNPLAN_EXTERN size_t vnplan_unit_support_count(const vnplan_unit *u);
VNPLAN_EXTERN const char *vnplan_unit_support(const vnplan_unit *u, size_t i);
VNPLAN_EXTERN size_t vnplan_unit_implement_count(const vnplan_unit *u);
VNPLAN_EXTERN const char *vnplan_unit_implement(const vnplan_unit *u, size_t i);

VNPLAN_EXTERN size_t vnplan_plan_abbreviation_count(const vnplan_plan *plan);
VNPLAN_EXTERN const char *vnplan_plan_abbreviation(const vnplan_plan *plan, size_t i);  /* "TTHC" */
VNPLAN_EXTERN const char *vnplan_plan_abbreviation_expansion(const vnplan_plan *plan, size_t i);

VNPLAN_EXTERN size_t vnplan_plan_warning_count(const vnplan_plan *plan);
VNPLAN_EXTERN const char *vnplan_plan_warning(const vnplan_plan *plan, size_t i);

#ifdef __cplusplus
}
#endif
#endif
