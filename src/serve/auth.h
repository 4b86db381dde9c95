/* Optional users (--users FILE) checked with HTTP Basic: each line
 * "NAME:pbkdf2-sha256:ITERATIONS:SALT_HEX:HASH_HEX" (libcrypto
 * PKCS5_PBKDF2_HMAC); `vnplan serve --hash-password NAME` prints one from
 * the password read on standard input. */
#ifndef VN_SERVE_AUTH_H
#define VN_SERVE_AUTH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sv_users sv_users;

/* NULL with the reason (naming the line) in err. */
sv_users *sv_users_load(const char *path, char *err, size_t errsize);
void sv_users_free(sv_users *u);
/* The user name an Authorization header value proves (malloc'ed), or NULL. */
char *sv_users_check(sv_users *u, const char *authorization);
/* A users-file line for name and password (malloc'ed), or NULL. */
char *sv_users_line(const char *name, const char *password);

#endif
