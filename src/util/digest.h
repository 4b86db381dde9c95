/* The SHA-256 of each input in a plan's source, by OpenSSL's libcrypto. */
#ifndef VN_DIGEST_H
#define VN_DIGEST_H

#include <stdbool.h>
#include <stddef.h>

/* Writes the 64 lowercase hex digits and a NUL into hex[65]; false (and an
 * empty hex) only when libcrypto cannot allocate its context. */
bool vn_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
