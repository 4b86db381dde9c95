/*
 * A bump allocator: many small allocations with one owner, freed together.
 * The document and plan models keep their strings and arrays in an arena,
 * so a model is freed in one call and no node needs its own free.
 */
#ifndef VN_ARENA_H
#define VN_ARENA_H

#include <stddef.h>

typedef struct vn_arena_block vn_arena_block;

typedef struct vn_arena {
    vn_arena_block *head;
    size_t total;       /* bytes handed out, for limits and statistics */
} vn_arena;

void vn_arena_init(vn_arena *a);
void vn_arena_free(vn_arena *a);
/* Releases everything handed out, keeping one standard block for reuse:
 * for an arena that is filled and emptied over and over (the streaming
 * reader's block arena), so that each round does not go back to malloc. */
void vn_arena_reset(vn_arena *a);
/* size bytes aligned for any object, or NULL when out of memory. */
void *vn_arena_alloc(vn_arena *a, size_t size);
void *vn_arena_calloc(vn_arena *a, size_t n, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *vn_arena_strndup(vn_arena *a, const char *s, size_t len);
char *vn_arena_strdup(vn_arena *a, const char *s);
void *vn_arena_memdup(vn_arena *a, const void *p, size_t size);

#endif
