/*
 * vnplan/plan.h - plan extraction: from a document model to a plan
 * (metadata, sections, tasks, units, abbreviations), and the plan as JSON.
 *
 * The JSON form ("vnplan": "1") is the public interface of the plan; its
 * schema is docs/plan.schema.json.
 */
#ifndef VNPLAN_PLAN_H
#define VNPLAN_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "vnplan/document.h"
#include "vnplan/error.h"
#include "vnplan/rules.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct vnplan_plan vnplan_plan;

/* Where a document came from, recorded in the plan's "source". */
typedef struct vnplan_source {
    const char *path;      /* as given by the user, or NULL */
    const char *sha256;    /* hex digest of the input bytes, or NULL */
    const char *format;    /* "docx", "text", ... or NULL for the document's own */
} vnplan_source;

/* Recognises the plan in `doc` with `rules`. On success *out owns the plan
 * (free with vnplan_plan_free). The document may be freed afterwards. */
VNPLAN_EXTERN vnplan_status vnplan_extract(vnplan_ctx *ctx, const vnplan_rules *rules, const vnplan_document *doc,
                             const vnplan_source *source, vnplan_plan **out);

/* Reads `path` ("-" for stdin): a .docx package, or UTF-8 plain text
 * (hard-wrapped lines reflowed into paragraphs); computes its sha256 and
 * extracts the plan. */
VNPLAN_EXTERN vnplan_status vnplan_extract_file(vnplan_ctx *ctx, const vnplan_rules *rules, const char *path,
                                  vnplan_plan **out);

/* Reads a plan that `vnplan extract` wrote as JSON. Fails with
 * VNPLAN_EFORMAT (naming what is wrong) when `json` is not a plan: not
 * JSON, another "vnplan" version, or tasks without an id or a text. */
VNPLAN_EXTERN vnplan_status vnplan_plan_from_json(vnplan_ctx *ctx, const char *json, size_t len,
                                    vnplan_plan **out);

VNPLAN_EXTERN void vnplan_plan_free(vnplan_plan *plan);

enum {
    VNPLAN_JSON_PRETTY = 1 << 0   /* indent the output */
};

/* The plan as a JSON object (UTF-8, no trailing newline); owned by the
 * caller: free with vnplan_free. NULL when out of memory or when `plan` is
 * NULL. */
VNPLAN_EXTERN char *vnplan_plan_to_json(const vnplan_plan *plan, unsigned flags, size_t *len);

/* Writes the same JSON to `fp` as it goes, without holding the whole text
 * in memory (a plan of 100,000 paragraphs is tens of megabytes of JSON).
 * Returns false when writing failed. */
VNPLAN_EXTERN bool vnplan_plan_write(const vnplan_plan *plan, unsigned flags, FILE *fp);

/* Extracts the plan of `doc` and writes its JSON to `fp`: the same bytes as
 * vnplan_extract followed by vnplan_plan_write, without building the plan:
 * sections and tasks are written as they are recognised, into memory and,
 * past 1 MiB, into temporary files ($TMPDIR, unlinked at once), copied to `fp` at the
 * end. Nothing is written to `fp` when the extraction fails; VNPLAN_EIO when
 * writing failed. */
VNPLAN_EXTERN vnplan_status vnplan_extract_write(vnplan_ctx *ctx, const vnplan_rules *rules, const vnplan_document *doc,
                                   const vnplan_source *source, unsigned flags, FILE *fp);

/* The same for a .docx package in data[0..len) (`name` for messages),
 * read as it is extracted: neither the document nor the plan is ever held
 * whole, so memory stays bounded whatever the document's size (a few
 * chunks of 256 table rows, the innermost open sections' text, the units'
 * task ids). The input is checked exactly as vnplan_document_open_memory
 * checks it. */
VNPLAN_EXTERN vnplan_status vnplan_extract_docx_write(vnplan_ctx *ctx, const vnplan_rules *rules, const void *data, size_t len,
                                        const char *name, const vnplan_source *source, unsigned flags,
                                        FILE *fp);

/* What the last successful vnplan_extract_write or vnplan_extract_docx_write
 * on ctx wrote, as sqlite3_changes() tells what the last statement did, so
 * that a caller of the streamed writers can report on the plan without
 * parsing its JSON: the number of tasks and warnings, and metadata.doc_type
 * (NULL when the title block names no type; the text stays valid until the
 * next extraction on ctx, cut to 63 bytes). All zero and NULL before the
 * first extraction and after a failed one. */
typedef struct vnplan_extract_counts {
    size_t tasks;
    size_t warnings;
    const char *doc_type;
} vnplan_extract_counts;
VNPLAN_EXTERN vnplan_status vnplan_extract_last(vnplan_ctx *ctx, vnplan_extract_counts *out);

#ifdef __cplusplus
}
#endif
#endif
