/*
 * vnplan/coverage.h - does a subordinate plan answer the tasks of the plan
 * above it?
 *
 * The upper plan is indexed once (vnplan_coverage_index_new); each lower
 * plan is then compared against the index, so one upper plan against many
 * lower plans costs one indexing plus a comparison per lower plan. The
 * report's JSON form ("vnplan_coverage": "1") is the public interface; its
 * schema is docs/coverage.schema.json and docs/coverage.md explains the
 * scoring.
 */
#ifndef VNPLAN_COVERAGE_H
#define VNPLAN_COVERAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "vnplan/error.h"
#include "vnplan/plan.h"
#include "vnplan/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The layout of vnplan_coverage_options this header describes. A field is
 * only ever added at the end, with a new version; the library reads the
 * fields the caller's version has and takes the defaults for the others. */
#define VNPLAN_COVERAGE_OPTIONS_VERSION 1

typedef struct vnplan_coverage_options {
    unsigned version;      /* VNPLAN_COVERAGE_OPTIONS_VERSION, set by the init functions */
    const char *unit;      /* the lower plans' issuer; NULL: each plan's own metadata */
    bool all;              /* every upper task is in scope, whoever it is assigned to */
    double covered;        /* a best score at least this is `covered` (default 0.40) ... */
    double covered_share;  /* ... when the matching lower tasks also hold this share of the
                              upper task's weight (default 0.40); else `partial` */
    double partial;        /* at least this is `partial` (default 0.22); below: `missing`;
                              a lower task whose best score is below it is `extra` */
    double area_bonus;     /* a score is raised by up to this fraction when the two tasks sit
                              in the same area (default 0.25) */
    double bigram_weight;  /* weight of a two-syllable term against a syllable (default 1.5) */
    unsigned top;          /* matches kept per upper task (default 3, at most 10) */
} vnplan_coverage_options;

/* The defaults as a static initialiser:
 * vnplan_coverage_options o = VNPLAN_COVERAGE_OPTIONS_INIT; */
#define VNPLAN_COVERAGE_OPTIONS_INIT \
    {VNPLAN_COVERAGE_OPTIONS_VERSION, NULL, false, 0.40, 0.40, 0.22, 0.25, 1.5, 3}

/* Fills `o` with the documented defaults and this header's version
 * (does nothing when `o` is NULL). */
VNPLAN_EXTERN void vnplan_coverage_options_init(vnplan_coverage_options *o);

/* The same for a caller built with another version of this header, as
 * libgit2's git_*_options_init do: fills only the fields of `version`.
 * VNPLAN_EINVAL when `o` is NULL or `version` is 0 or newer than the
 * library's. */
VNPLAN_EXTERN vnplan_status vnplan_coverage_options_init_version(vnplan_coverage_options *o,
                                                                unsigned version);

typedef struct vnplan_coverage_index vnplan_coverage_index;
typedef struct vnplan_coverage vnplan_coverage;

/* Indexes the tasks of `upper` (which must outlive the index) with the
 * stopwords and abbreviations of `rules` (which must outlive it too). */
VNPLAN_EXTERN vnplan_status vnplan_coverage_index_new(vnplan_ctx *ctx, const vnplan_rules *rules,
                                        const vnplan_plan *upper, vnplan_coverage_index **out);
VNPLAN_EXTERN void vnplan_coverage_index_free(vnplan_coverage_index *idx);

/* Compares the `n` lower plans with the indexed upper plan; *out owns the
 * report (free with vnplan_coverage_free). The plans may be freed
 * afterwards. */
VNPLAN_EXTERN vnplan_status vnplan_coverage_compare(vnplan_ctx *ctx, const vnplan_coverage_index *idx,
                                      const vnplan_plan *const *lower, size_t n,
                                      const vnplan_coverage_options *options,
                                      vnplan_coverage **out);
VNPLAN_EXTERN void vnplan_coverage_free(vnplan_coverage *report);

/* The same one lower plan at a time, so that lower plans can be read,
 * added and freed in turn (thousands of them need not be in memory at
 * once). vnplan_coverage_finish gives the report and frees the run, in
 * every case; vnplan_coverage_run_free abandons a run. */
typedef struct vnplan_coverage_run vnplan_coverage_run;
VNPLAN_EXTERN vnplan_status vnplan_coverage_start(vnplan_ctx *ctx, const vnplan_coverage_index *idx,
                                    const vnplan_coverage_options *options, vnplan_coverage_run **out);
VNPLAN_EXTERN vnplan_status vnplan_coverage_add(vnplan_ctx *ctx, vnplan_coverage_run *run, const vnplan_plan *lower);
VNPLAN_EXTERN vnplan_status vnplan_coverage_finish(vnplan_ctx *ctx, vnplan_coverage_run *run, vnplan_coverage **out);
VNPLAN_EXTERN void vnplan_coverage_run_free(vnplan_coverage_run *run);

/* The number of the report's findings (docs/coverage.schema.json,
 * "findings"; 0 for NULL); read each with vnplan_coverage_finding_at
 * (vnplan/coverage_model.h). */
VNPLAN_EXTERN size_t vnplan_coverage_finding_count(const vnplan_coverage *report);

typedef enum vnplan_coverage_format {
    VNPLAN_COVERAGE_JSON = 0,  /* docs/coverage.schema.json */
    VNPLAN_COVERAGE_TEXT,      /* an aligned table for a terminal */
    VNPLAN_COVERAGE_CSV,       /* one row per upper task in scope (RFC 4180, UTF-8 with BOM) */
    VNPLAN_COVERAGE_HTML       /* one self-contained page */
} vnplan_coverage_format;

/* Render flag: English labels in text, CSV and HTML (Vietnamese is the
 * default); JSON always keeps its machine names. */
#define VNPLAN_COVERAGE_ENGLISH (1u << 8)

/* The report in `format` (flags: VNPLAN_JSON_PRETTY for JSON,
 * VNPLAN_COVERAGE_ENGLISH for the others); owned by the caller: free with
 * vnplan_free. NULL when out of memory or when `report` is NULL. */
VNPLAN_EXTERN char *vnplan_coverage_render(const vnplan_coverage *report, vnplan_coverage_format format,
                             unsigned flags, size_t *len);

/* Reads a report written as JSON (for rendering it again in another
 * format). Fails with VNPLAN_EFORMAT when `json` is not a coverage report. */
VNPLAN_EXTERN vnplan_status vnplan_coverage_from_json(vnplan_ctx *ctx, const char *json, size_t len,
                                        vnplan_coverage **out);

#ifdef __cplusplus
}
#endif
#endif
