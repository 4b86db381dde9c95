/* CSRF tokens: a random value in a SameSite cookie that every POST must
 * repeat in its `csrf` field or X-CSRF-Token header (double submit). */
#include <stdio.h>
#include <string.h>

#include <openssl/rand.h>

#include "serve/serve.h"

bool sv_random_hex(char *out, size_t n_bytes) {
    unsigned char raw[64];
    if (n_bytes > sizeof raw || RAND_bytes(raw, (int)n_bytes) != 1)
        return false;
    for (size_t i = 0; i < n_bytes; i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
    return true;
}

/* Compared in constant time, so the token cannot be guessed byte by byte. */
bool sv_token_equal(const char *a, const char *b) {
    if (!a || !b)
        return false;
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb || la == 0)
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < la; i++)
        diff |= (unsigned char)(a[i] ^ b[i]);
    return diff == 0;
}
