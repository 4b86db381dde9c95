/*
 * A spool: bytes appended now and copied out later, held in memory up to a
 * threshold and in an anonymous temporary file (vn_temp_file) past it. Extract's
 * streaming output keeps the sections and tasks of a plan in spools while it
 * reads, because the metadata that precedes them in the JSON is complete
 * only at the end of the document (the signer signs last).
 */
#ifndef VN_SPOOL_H
#define VN_SPOOL_H

#include <stdbool.h>
#include <stdio.h>

#include "util/buf.h"

enum { VN_SPOOL_MEMORY = 1 << 20 };   /* bytes held in memory before a spool spills */

typedef struct vn_spool {
    vn_buf mem;
    FILE *file;           /* NULL until the spool spills */
    size_t size;          /* bytes appended in all */
    bool failed;          /* out of memory, or the temporary file could not be written */
    bool memory_fallback; /* set by the owner: when no temporary file can be made, hold
                             everything in memory instead of failing */
    bool memory_only;     /* that happened */
} vn_spool;

void vn_spool_init(vn_spool *s);
void vn_spool_free(vn_spool *s);
/* Takes what b holds and clears b. */
void vn_spool_take(vn_spool *s, vn_buf *b);
/* Copies the spool from byte `from` on to fp. False when reading or writing failed. */
bool vn_spool_copy(vn_spool *s, size_t from, FILE *fp);

#endif
