/* Users and HTTP Basic (auth.h). Checked hashes are cached by the SHA-256
 * of the header, so PBKDF2 runs once per user and password, not per request. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "serve/auth.h"
#include "util/digest.h"

enum { ITERATIONS = 200000, SALT = 16, HASH = 32, MAX_USERS = 1000, CACHE = 64 };

typedef struct user {
    char name[101];
    unsigned iterations;
    unsigned char salt[SALT], hash[HASH];
} user;

struct sv_users {
    user *list;
    size_t n;
    pthread_mutex_t lock;
    struct { char key[65]; char name[101]; } cache[CACHE];
    size_t next;
};

static bool unhex(const char *s, size_t len, unsigned char *out, size_t n) {
    if (len != 2 * n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        if (sscanf(s + 2 * i, "%2x", &v) != 1)
            return false;
        out[i] = (unsigned char)v;
    }
    return true;
}

static bool parse_line(char *line, user *u) {
    char *f[5], *save = NULL;
    int n = 0;
    for (char *p = strtok_r(line, ":", &save); p && n < 5; p = strtok_r(NULL, ":", &save))
        f[n++] = p;
    if (n != 5 || strtok_r(NULL, ":", &save) || strlen(f[0]) == 0 || strlen(f[0]) > 100 ||
        strcmp(f[1], "pbkdf2-sha256") != 0)
        return false;
    char *end;
    unsigned long it = strtoul(f[2], &end, 10);
    if (*end || it < 1000 || it > 10000000)
        return false;
    snprintf(u->name, sizeof u->name, "%s", f[0]);
    u->iterations = (unsigned)it;
    return unhex(f[3], strlen(f[3]), u->salt, SALT) && unhex(f[4], strlen(f[4]), u->hash, HASH);
}

sv_users *sv_users_load(const char *path, char *err, size_t errsize) {
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errsize, "cannot open the users file");
        return NULL;
    }
    sv_users *u = calloc(1, sizeof *u);
    char line[1024];
    long no = 0;
    while (u && fgets(line, sizeof line, fp)) {
        no++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        user *grown = u->n < MAX_USERS ? realloc(u->list, (u->n + 1) * sizeof *grown) : NULL;
        if (!grown || !parse_line(line, &grown[u->n])) {
            if (grown)
                u->list = grown;
            snprintf(err, errsize, "line %ld is not NAME:pbkdf2-sha256:ITERATIONS:SALT_HEX:HASH_HEX", no);
            fclose(fp);
            sv_users_free(u);
            return NULL;
        }
        u->list = grown;
        u->n++;
    }
    fclose(fp);
    if (!u || u->n == 0) {
        snprintf(err, errsize, "no users in the file");
        sv_users_free(u);
        return NULL;
    }
    pthread_mutex_init(&u->lock, NULL);
    return u;
}

void sv_users_free(sv_users *u) {
    if (!u)
        return;
    free(u->list);
    free(u);
}

static bool pbkdf2(const char *password, const unsigned char *salt, unsigned it, unsigned char out[HASH]) {
    return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, SALT, (int)it, EVP_sha256(), HASH, out) == 1;
}

char *sv_users_check(sv_users *u, const char *auth) {
    if (!auth || strncmp(auth, "Basic ", 6) != 0)
        return NULL;
    const char *b64 = auth + 6;
    size_t len = strlen(b64);
    if (len == 0 || len > 600 || len % 4)
        return NULL;
    char key[65];
    vn_sha256_hex(auth, strlen(auth), key);
    pthread_mutex_lock(&u->lock);
    for (size_t i = 0; i < CACHE; i++)
        if (u->cache[i].name[0] && strcmp(u->cache[i].key, key) == 0) {
            char *name = strdup(u->cache[i].name);
            pthread_mutex_unlock(&u->lock);
            return name;
        }
    pthread_mutex_unlock(&u->lock);
    unsigned char raw[460];
    int n = EVP_DecodeBlock(raw, (const unsigned char *)b64, (int)len);
    if (n < 0)
        return NULL;
    while (n > 0 && len > 0 && b64[len - 1] == '=') {  /* padding decodes to zero bytes */
        n--;
        len--;
    }
    raw[n] = '\0';
    char *colon = memchr(raw, ':', (size_t)n);
    if (!colon || strlen((char *)raw) != (size_t)n)
        return NULL;
    *colon = '\0';
    const char *name = (const char *)raw, *password = colon + 1;
    for (size_t i = 0; i < u->n; i++) {
        if (strcmp(u->list[i].name, name) != 0)
            continue;
        unsigned char h[HASH];
        if (!pbkdf2(password, u->list[i].salt, u->list[i].iterations, h) || CRYPTO_memcmp(h, u->list[i].hash, HASH))
            return NULL;
        pthread_mutex_lock(&u->lock);
        snprintf(u->cache[u->next].key, sizeof u->cache[u->next].key, "%s", key);
        /* name equals list[i].name, so it fits. */
        memcpy(u->cache[u->next].name, u->list[i].name, sizeof u->cache[u->next].name);
        u->next = (u->next + 1) % CACHE;
        pthread_mutex_unlock(&u->lock);
        return strdup(name);
    }
    /* An unknown name costs the same hashing as a wrong password, so the
     * answer's time does not tell which names exist. */
    static const unsigned char dummy_salt[SALT];
    unsigned char h[HASH];
    pbkdf2(password, dummy_salt, ITERATIONS, h);
    return NULL;
}

char *sv_users_line(const char *name, const char *password) {
    unsigned char salt[SALT], h[HASH];
    if (!*name || strlen(name) > 100 || strchr(name, ':') || RAND_bytes(salt, SALT) != 1 ||
        !pbkdf2(password, salt, ITERATIONS, h))
        return NULL;
    char *line = malloc(256);
    if (!line)
        return NULL;
    int o = snprintf(line, 256, "%s:pbkdf2-sha256:%d:", name, ITERATIONS);
    for (int i = 0; i < SALT; i++)
        o += snprintf(line + o, 256 - (size_t)o, "%02x", salt[i]);
    line[o++] = ':';
    for (int i = 0; i < HASH; i++)
        o += snprintf(line + o, 256 - (size_t)o, "%02x", h[i]);
    return line;
}
