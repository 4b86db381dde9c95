/*
 * vnplan/error.h - status codes, the error record and the context object.
 *
 * Every library function that can fail and is given a vnplan_ctx returns a
 * vnplan_status (0 is success, negative values are failures) and records
 * the details in that ctx, as libgit2 and SQLite do. The library never
 * prints and never exits. A context is not shared between threads: give
 * each thread its own, and files can be processed in parallel.
 *
 * The functions without a ctx follow one of these conventions instead
 * (each header says which), and record nothing:
 *   - an owned result, NULL when out of memory (or for a NULL object):
 *     vnplan_document_to_text, vnplan_document_to_json,
 *     vnplan_plan_to_json, vnplan_coverage_render, vnplan_text_display,
 *     vnplan_text_decode; and vnplan_ctx_new, which has no ctx yet;
 *   - a vnplan_status only: vnplan_text_key (VNPLAN_ENOMEM, VNPLAN_EINVAL),
 *     vnplan_coverage_options_init_version (VNPLAN_EINVAL);
 *   - a count, (size_t)-1 when out of memory: vnplan_text_tokens;
 *   - false when writing to the FILE failed: vnplan_plan_write (errno
 *     says why);
 *   - -1 for a NULL ctx or an unknown limit: vnplan_limit.
 * The read accessors (plan_model.h, coverage_model.h, vnplan_rules_list,
 * ...) cannot fail: they give NULL, 0 or -1 for what is not there.
 *
 * Out of memory is VNPLAN_ENOMEM (or the NULL above) wherever it happens,
 * inside jansson too, with nothing half-made handed out and nothing leaked:
 * the test util.alloc_failure (-DVNPLAN_FAULT_INJECTION=ON) fails each
 * allocation in turn to prove it; docs/architecture.md lists where that is
 * still open.
 */
#ifndef VNPLAN_ERROR_H
#define VNPLAN_ERROR_H

#include "vnplan/export.h"
#include "vnplan/memory.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum vnplan_status {
    VNPLAN_OK = 0,
    VNPLAN_ENOMEM = -1,      /* an allocation failed */
    VNPLAN_EIO = -2,         /* a file could not be opened, read or written */
    VNPLAN_EFORMAT = -3,     /* the input is corrupt or not of the expected format */
    VNPLAN_ELIMIT = -4,      /* the input exceeds one of the limits (see vnplan_limit) */
    VNPLAN_EUNSUPPORTED = -5,/* a recognised format vnplan does not read (.doc, PDF, RTF, ...) */
    VNPLAN_ERULES = -6,      /* a rules file is invalid */
    VNPLAN_EINVAL = -7,      /* a caller passed an invalid argument */
    VNPLAN_EINTERNAL = -8    /* a bug: an invariant did not hold */
} vnplan_status;

/* What a failure is, beyond its status, for a caller that acts on it
 * rather than show the message (whose wording may change). */
typedef enum vnplan_error_kind {
    VNPLAN_KIND_NONE = 0,     /* nothing more than the status */
    VNPLAN_KIND_LEGACY_DOC    /* VNPLAN_EUNSUPPORTED for a legacy Word 97-2003 .doc file:
                                 convert it to .docx (LibreOffice, or the CLI's --convert) */
} vnplan_error_kind;

/* The details of the last failure recorded in a context. */
typedef struct vnplan_error {
    vnplan_status code;
    char message[512];   /* one line, no trailing newline, never empty on failure */
    char part[160];      /* the package part or file concerned ("word/document.xml"), or "" */
    long line;           /* line in that part or file, 0 when unknown */
    vnplan_error_kind kind; /* VNPLAN_KIND_NONE unless the failure is one of the kinds above */
} vnplan_error;

/* Named limits, settable per context like sqlite3_limit(). */
typedef enum vnplan_limit_id {
    VNPLAN_LIMIT_INPUT_BYTES = 0,     /* size of one input file */
    VNPLAN_LIMIT_TOTAL_UNCOMPRESSED,  /* sum of the uncompressed parts read from one package */
    VNPLAN_LIMIT_PART_BYTES,          /* uncompressed size of one package part */
    VNPLAN_LIMIT_COMPRESSION_RATIO,   /* uncompressed / compressed size of one zip entry */
    VNPLAN_LIMIT_ZIP_ENTRIES,         /* number of entries in the zip directory */
    VNPLAN_LIMIT_XML_DEPTH,           /* element nesting depth of one XML part */
    VNPLAN_LIMIT_PARAGRAPH_BYTES,     /* text length of one paragraph (one XML token: 4x) */
    VNPLAN_LIMIT_TABLE_CELLS,         /* rows x columns of one table */
    VNPLAN_LIMIT_GRID_SPAN,           /* a cell's gridSpan */
    VNPLAN_LIMIT_NUMBERING_LEVELS,    /* levels in one numbering definition */
    VNPLAN_LIMIT_COVERAGE_PAIRS,      /* upper tasks x tasks of one lower plan, scored by coverage */
    VNPLAN_LIMIT__COUNT
} vnplan_limit_id;

typedef struct vnplan_ctx vnplan_ctx;

/* A new context with the default limits, or NULL when out of memory.
 * The caller owns it and frees it with vnplan_ctx_free(). */
VNPLAN_EXTERN vnplan_ctx *vnplan_ctx_new(void);
VNPLAN_EXTERN void vnplan_ctx_free(vnplan_ctx *ctx);

/* The last error recorded in ctx. Its code is VNPLAN_OK when none. */
VNPLAN_EXTERN const vnplan_error *vnplan_ctx_error(const vnplan_ctx *ctx);
VNPLAN_EXTERN void vnplan_ctx_clear_error(vnplan_ctx *ctx);

/* Returns the current value of limit `id`; when new_value >= 0 it also sets it.
 * Returns -1 when ctx is NULL.
 * Returns -1 for an unknown id. */
VNPLAN_EXTERN long long vnplan_limit(vnplan_ctx *ctx, vnplan_limit_id id, long long new_value);
/* The option name of a limit ("max-part-bytes"), for CLI flags and messages. */
VNPLAN_EXTERN const char *vnplan_limit_name(vnplan_limit_id id);
/* The default value of a limit. */
VNPLAN_EXTERN long long vnplan_limit_default(vnplan_limit_id id);

/* A short English name of a status ("out of memory"). Never NULL. */
VNPLAN_EXTERN const char *vnplan_status_str(vnplan_status status);

#ifdef __cplusplus
}
#endif
#endif
