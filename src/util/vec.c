#include "util/vec.h"
#include "util/alloc_failures.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void vn_vec_init(vn_vec *v, size_t item_size) {
    v->items = NULL;
    v->n = v->cap = 0;
    v->item_size = item_size;
}

void vn_vec_free(vn_vec *v) {
    free(v->items);
    v->items = NULL;
    v->n = v->cap = 0;
}

void *vn_vec_push(vn_vec *v) {
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void *p = cap <= SIZE_MAX / v->item_size ? realloc(v->items, cap * v->item_size) : NULL;
        if (!p) {
            vn_alloc_failed();
            return NULL;
        }
        v->items = p;
        v->cap = cap;
    }
    void *item = (char *)v->items + v->n * v->item_size;
    memset(item, 0, v->item_size);
    v->n++;
    return item;
}

void *vn_vec_at(const vn_vec *v, size_t i) { return (char *)v->items + i * v->item_size; }

void *vn_vec_freeze(vn_vec *v, vn_arena *a, size_t *n) {
    *n = v->n;
    if (v->n == 0) {
        vn_vec_free(v);
        return NULL;
    }
    void *copy = vn_arena_memdup(a, v->items, v->n * v->item_size);
    if (!copy)
        *n = (size_t)-1;
    vn_vec_free(v);
    return copy;
}
