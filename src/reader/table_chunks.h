/*
 * The chunks of a top-level table read in streaming mode (block_stream.h).
 * Each chunk of rows lives in an arena of its own. A chunk is freed once it
 * was delivered and no vertical merge can still reach into it, which takes
 * two kinds of references, both counted on the chunk pointed into:
 *  - the reader's last_restart slots (one per grid column: the restart cell
 *    that a continuing cell of a later row will point to), mirrored here by
 *    the chunk that holds each slot's cell;
 *  - the continuing cells of a later chunk that point to a restart cell of
 *    an earlier one: that later chunk holds the earlier one until it has
 *    been delivered (not until it is freed: with a merge across every
 *    boundary each chunk would hold the one before, and all would live),
 *    since it is delivered (and read) after the slot may
 *    have moved on to a new restart cell.
 * Memory stays bounded by the current chunk plus, at most, about one chunk
 * per grid column whose merge is still open.
 */
#ifndef VN_TABLE_CHUNKS_H
#define VN_TABLE_CHUNKS_H

#include <stdbool.h>

#include "util/arena.h"
#include "util/vec.h"

typedef struct vn_chunk vn_chunk;

typedef struct vn_chunks {
    vn_chunk *cur;     /* the chunk being filled, NULL before the first */
    vn_vec live;       /* vn_chunk *: every chunk not yet freed (cur included) */
    vn_vec owner;      /* vn_chunk * per grid column: where last_restart[col] points, or NULL */
} vn_chunks;

void vn_chunks_init(vn_chunks *c);
/* Starts a new chunk and returns its arena; the previous one (delivered by
 * now) is freed unless a slot still points into it or it was pinned.
 * Returns NULL when out of memory (the current chunk is unchanged). */
vn_arena *vn_chunks_next(vn_chunks *c);
/* Slot `col` now points to a cell of the current chunk (in_cur) or to no
 * cell. Returns false when out of memory. */
bool vn_chunks_point(vn_chunks *c, size_t col, bool in_cur);
/* A cell of the current chunk continues the cell slot `col` points to: its
 * chunk is kept as long as the current one. Returns false when out of
 * memory. */
bool vn_chunks_continue(vn_chunks *c, size_t col);
/* Keeps the current chunk until vn_chunks_free (for blocks held back until
 * the table ends). */
void vn_chunks_pin(vn_chunks *c);
/* Frees every chunk; `c` is empty (initialised) afterwards. */
void vn_chunks_free(vn_chunks *c);

#endif
