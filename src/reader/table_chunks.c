#include "reader/table_chunks.h"

#include <stdlib.h>

struct vn_chunk {
    vn_arena arena;
    size_t refs;       /* owner slots and later chunks' continuing cells pointing here, plus pins */
    vn_vec deps;       /* vn_chunk *: earlier chunks its continuing cells point into */
};

void vn_chunks_init(vn_chunks *c) {
    c->cur = NULL;
    vn_vec_init(&c->live, sizeof(vn_chunk *));
    vn_vec_init(&c->owner, sizeof(vn_chunk *));
}

static void chunk_free(vn_chunk *k) {
    vn_vec_free(&k->deps);
    vn_arena_free(&k->arena);
    free(k);
}

/* Frees chunk k when nothing can reach it any more, and with it its hold
 * on the earlier chunks it points into. */
static void drop_if_dead(vn_chunks *c, vn_chunk *k) {
    if (k == c->cur || k->refs)
        return;
    for (size_t i = 0; i < c->live.n; i++) {
        vn_chunk **at = vn_vec_at(&c->live, i);
        if (*at == k) {
            *at = *(vn_chunk **)vn_vec_at(&c->live, c->live.n - 1);
            c->live.n--;
            break;
        }
    }
    for (size_t i = 0; i < k->deps.n; i++) {
        vn_chunk *d = *(vn_chunk **)vn_vec_at(&k->deps, i);
        d->refs--;
        drop_if_dead(c, d);
    }
    chunk_free(k);
}

vn_arena *vn_chunks_next(vn_chunks *c) {
    vn_chunk *k = calloc(1, sizeof *k);
    vn_chunk **slot = k ? vn_vec_push(&c->live) : NULL;
    if (!slot) {
        free(k);
        return NULL;
    }
    vn_arena_init(&k->arena);
    vn_vec_init(&k->deps, sizeof(vn_chunk *));
    *slot = k;
    vn_chunk *old = c->cur;
    c->cur = k;
    if (old) {
        /* The old chunk was delivered: its continuing cells are not read
         * any more, so its hold on earlier chunks ends now, not when it is
         * freed (a merge across every chunk boundary would otherwise keep
         * every chunk of the table alive, one holding the next). */
        for (size_t i = 0; i < old->deps.n; i++) {
            vn_chunk *d = *(vn_chunk **)vn_vec_at(&old->deps, i);
            d->refs--;
            drop_if_dead(c, d);
        }
        old->deps.n = 0;
        drop_if_dead(c, old);
    }
    return &k->arena;
}

bool vn_chunks_point(vn_chunks *c, size_t col, bool in_cur) {
    while (c->owner.n <= col)
        if (!vn_vec_push(&c->owner))   /* zeroed: no chunk */
            return false;
    vn_chunk **at = vn_vec_at(&c->owner, col);
    vn_chunk *old = *at, *now = in_cur ? c->cur : NULL;
    if (old == now)
        return true;
    *at = now;
    if (now)
        now->refs++;
    if (old) {
        old->refs--;
        drop_if_dead(c, old);
    }
    return true;
}

bool vn_chunks_continue(vn_chunks *c, size_t col) {
    vn_chunk *owner = col < c->owner.n ? *(vn_chunk **)vn_vec_at(&c->owner, col) : NULL;
    if (!owner || owner == c->cur)
        return true;
    vn_vec *deps = &c->cur->deps;
    for (size_t i = 0; i < deps->n; i++)
        if (*(vn_chunk **)vn_vec_at(deps, i) == owner)
            return true;
    vn_chunk **slot = vn_vec_push(deps);
    if (!slot)
        return false;
    *slot = owner;
    owner->refs++;
    return true;
}

void vn_chunks_pin(vn_chunks *c) {
    if (c->cur)
        c->cur->refs++;
}

void vn_chunks_free(vn_chunks *c) {
    for (size_t i = 0; i < c->live.n; i++) {
        chunk_free(*(vn_chunk **)vn_vec_at(&c->live, i));
    }
    vn_vec_free(&c->live);
    vn_vec_free(&c->owner);
    vn_chunks_init(c);
}
