#include "util/strmap.h"
#include "util/alloc_failures.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Keys come from hostile input (style ids, relationship ids, words), so the
 * hash is keyed with a random seed per process: SipHash-1-3, which nobody can
 * aim collisions at without the key (FNV-1a, used before, can be flooded
 * with keys of one slot, making every lookup a scan). */
static uint64_t sip_key[2];
static pthread_once_t sip_once = PTHREAD_ONCE_INIT;

static void sip_seed(void) {
    uint64_t k[2] = {0, 0};
    FILE *fp = fopen("/dev/urandom", "rb");
    bool got = fp && fread(k, sizeof k, 1, fp) == 1;
    if (fp)
        fclose(fp);
    if (!got) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        k[0] = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ULL ^ (uint64_t)getpid();
        k[1] = (uint64_t)ts.tv_sec * 0xC2B2AE3D27D4EB4FULL ^ (uint64_t)(uintptr_t)&k;
    }
    sip_key[0] = k[0];
    sip_key[1] = k[1];
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);                                 \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                                                     \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                                                     \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);                                 \
    } while (0)

static uint64_t hash(const char *s) {
    pthread_once(&sip_once, sip_seed);
    size_t len = strlen(s);
    uint64_t v0 = 0x736f6d6570736575ULL ^ sip_key[0], v1 = 0x646f72616e646f6dULL ^ sip_key[1];
    uint64_t v2 = 0x6c7967656e657261ULL ^ sip_key[0], v3 = 0x7465646279746573ULL ^ sip_key[1];
    const unsigned char *p = (const unsigned char *)s;
    size_t full = len & ~(size_t)7;
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m = 0;
        for (int b = 0; b < 8; b++)
            m |= (uint64_t)p[i + (size_t)b] << (8 * b);
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t m = (uint64_t)len << 56;
    for (size_t b = 0; b < (len & 7); b++)
        m |= (uint64_t)p[full + b] << (8 * b);
    v3 ^= m;
    SIPROUND;
    v0 ^= m;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
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
    if ((m->n + 1) * 4 > m->cap * 3 && !grow(m)) {
        vn_alloc_failed();
        return false;
    }
    vn_strmap_slot *s = find(m->slots, m->cap, key);
    if (!s->key) {
        s->key = strdup(key);
        if (!s->key) {
            vn_alloc_failed();
            return false;
        }
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
