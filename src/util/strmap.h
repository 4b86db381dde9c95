/* A hash map from strings to integers (open addressing, amortised O(1)),
 * for looking up styles, numbering definitions and relationships by id.
 * The hash is keyed with a random seed per process (keys come from hostile
 * input): the order of the slots differs from run to run, so nothing that
 * is output may depend on it. */
#ifndef VN_STRMAP_H
#define VN_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct vn_strmap_slot {
    char *key;   /* owned copy, NULL for an empty slot */
    long value;
} vn_strmap_slot;

typedef struct vn_strmap {
    vn_strmap_slot *slots;
    size_t cap, n;
} vn_strmap;

void vn_strmap_init(vn_strmap *m);
void vn_strmap_free(vn_strmap *m);
/* Sets key -> value (replacing). Returns false when out of memory. */
bool vn_strmap_put(vn_strmap *m, const char *key, long value);
/* The value of key, or `missing`. */
long vn_strmap_get(const vn_strmap *m, const char *key, long missing);

#endif
