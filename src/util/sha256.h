/* SHA-256 (FIPS 180-4), for the digest of each input in a plan's source. */
#ifndef VN_SHA256_H
#define VN_SHA256_H

#include <stddef.h>

/* Writes the 64 lowercase hex digits and a NUL into hex[65]; with the x86
 * SHA extensions when the CPU has them. */
void vn_sha256_hex(const void *data, size_t len, char hex[65]);
/* The same with the portable code only (for tests). */
void vn_sha256_hex_generic(const void *data, size_t len, char hex[65]);

#endif
