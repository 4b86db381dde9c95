/* Extracting many files on several threads, results handed out in order. */
#ifndef VN_EXTRACT_POOL_H
#define VN_EXTRACT_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "vnplan/plan.h"

typedef struct extract_result {
    vnplan_status status;
    char *json;            /* malloc'ed, when status is OK ... */
    size_t len;
    FILE *file;            /* ... or, for a large input, a temporary file holding it */
    vnplan_error error;    /* when status is not OK */
    size_t tasks, warnings;   /* when OK: what the plan holds (vnplan_extract_last) */
    bool has_doc_type;
    char doc_type[64];
} extract_result;

typedef struct extract_pool extract_pool;

/* Starts `jobs` worker threads over the files (jobs 1: no thread at all;
 * the work happens in extract_pool_next). The rules are shared read-only. */
extract_pool *extract_pool_start(const vnplan_rules *rules, char **paths, int n, int jobs, bool pretty);
/* Waits for the result of file i (taken in order 0, 1, 2, ...). The caller
 * owns result->json or result->file (extract_result_write writes and frees either). */
void extract_pool_next(extract_pool *pool, int i, extract_result *result);
/* Writes the result's JSON to fp and frees it; false when writing failed. */
bool extract_result_write(extract_result *r, FILE *fp);
/* Stops taking new files (--fail-fast), joins the threads and frees. */
void extract_pool_finish(extract_pool *pool);

#endif
