#include "util/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

void vn_strmap_init(vn_strmap *m) {
    m->slots = NULL;
    m->cap = m->n = 0;
}

void vn_strmap_free(vn_strmap *m) {
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    vn_strmap_init(m);
}

static vn_strmap_slot *find(vn_strmap_slot *slots, size_t cap, const char *key) {
    size_t i = (size_t)hash(key) & (cap - 1);
    while (slots[i].key && strcmp(slots[i].key, key) != 0)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

static bool grow(vn_strmap *m) {
    size_t cap = m->cap ? m->cap * 2 : 16;
    vn_strmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            *find(slots, cap, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool vn_strmap_put(vn_strmap *m, const char *key, long value) {
    if ((m->n + 1) * 4 > m->cap * 3 && !grow(m))
        return false;
    vn_strmap_slot *s = find(m->slots, m->cap, key);
    if (!s->key) {
        s->key = strdup(key);
        if (!s->key)
            return false;
        m->n++;
    }
    s->value = value;
    return true;
}

long vn_strmap_get(const vn_strmap *m, const char *key, long missing) {
    if (!m->cap)
        return missing;
    const vn_strmap_slot *s = find(m->slots, m->cap, key);
    return s->key ? s->value : missing;
}
