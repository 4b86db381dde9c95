#include "util/arena.h"
#include "util/alloc_failures.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct vn_arena_block {
    vn_arena_block *next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char data[];
};

enum { VN_ARENA_BLOCK = 64 * 1024 };

void vn_arena_init(vn_arena *a) {
    a->head = NULL;
    a->total = 0;
}

void vn_arena_free(vn_arena *a) {
    vn_arena_block *b = a->head;
    while (b) {
        vn_arena_block *next = b->next;
        free(b);
        b = next;
    }
    vn_arena_init(a);
}

void vn_arena_reset(vn_arena *a) {
    vn_arena_block *keep = a->head;
    /* Only the head serves small requests; a large head is not worth keeping. */
    if (keep && keep->size != VN_ARENA_BLOCK)
        keep = NULL;
    vn_arena_block *b = keep ? keep->next : a->head;
    while (b) {
        vn_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = keep;
    a->total = 0;
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
}

void *vn_arena_alloc(vn_arena *a, size_t size) {
    const size_t align = alignof(max_align_t);
    if (size > SIZE_MAX - align - sizeof(vn_arena_block)) {
        vn_alloc_failed();
        return NULL;
    }
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    vn_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        /* Large requests get a block of their own, placed behind the
         * current one so the current block keeps serving small ones. */
        size_t bsize = size > VN_ARENA_BLOCK / 4 ? size : VN_ARENA_BLOCK;
        vn_arena_block *nb = malloc(sizeof(vn_arena_block) + bsize);
        if (!nb) {
            vn_alloc_failed();
            return NULL;
        }
        nb->used = 0;
        nb->size = bsize;
        if (b && bsize != VN_ARENA_BLOCK) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->total += size;
    return p;
}

void *vn_arena_calloc(vn_arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = vn_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *vn_arena_strndup(vn_arena *a, const char *s, size_t len) {
    char *p = vn_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *vn_arena_strdup(vn_arena *a, const char *s) { return vn_arena_strndup(a, s, strlen(s)); }

void *vn_arena_memdup(vn_arena *a, const void *src, size_t size) {
    void *p = vn_arena_alloc(a, size);
    if (p && size)
        memcpy(p, src, size);
    return p;
}
