/*
 * A growable array of fixed-size items (malloc-backed) for building model
 * arrays whose final size is unknown; vn_vec_freeze() moves the items into
 * an arena once the array is complete.
 */
#ifndef VN_VEC_H
#define VN_VEC_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

typedef struct vn_vec {
    void *items;
    size_t n, cap;
    size_t item_size;
} vn_vec;

void vn_vec_init(vn_vec *v, size_t item_size);
void vn_vec_free(vn_vec *v);
/* Appends a zeroed item and returns it, or NULL when out of memory. The
 * pointer is valid until the next push. */
void *vn_vec_push(vn_vec *v);
/* Item i. */
void *vn_vec_at(const vn_vec *v, size_t i);
/* Copies the items into the arena, frees the vector and returns the copy
 * (NULL for an empty vector, with *n = 0). On allocation failure returns
 * NULL with *n = (size_t)-1. */
void *vn_vec_freeze(vn_vec *v, vn_arena *a, size_t *n);

#endif
