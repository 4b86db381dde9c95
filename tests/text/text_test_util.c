#include "text_test_util.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *tt_display(const char *s, vnplan_tones tones) {
    size_t n;
    char *d = vnplan_text_display(s, strlen(s), tones, &n, NULL);
    ck_assert_ptr_nonnull(d);
    return d;
}

char *tt_key(const char *s, vnplan_key_kind kind) {
    vnplan_key k;
    ck_assert_int_eq(vnplan_text_key(s, strlen(s), kind, &k), VNPLAN_OK);
    free(k.to_display);
    return k.text;
}

char *tt_decode(vnplan_encoding enc, bool caps, const char *s) {
    size_t n;
    char *d = vnplan_text_decode(enc, caps, s, strlen(s), &n);
    ck_assert_ptr_nonnull(d);
    return d;
}

char *tt_read(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *d = malloc(cap + 1);
    size_t k;
    while (d && (k = fread(d + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            cap *= 2;
            char *nd = realloc(d, cap + 1);
            if (!nd)
                free(d);
            d = nd;
        }
    }
    fclose(f);
    if (d)
        d[n] = '\0';
    if (len)
        *len = n;
    return d;
}

const char *tt_shared(const char *rel) {
    static char path[4096];
    const char *dir = getenv("VNPLAN_SHARED_DIR");
    ck_assert_msg(dir != NULL, "VNPLAN_SHARED_DIR is not set");
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    return path;
}

static const char *const seeds[] = {"000_bb248476218ca2e2.txt", "001_f3accc6a769a6063.txt",
                                    "002_0eef0bc4feebea79.txt", "003_c01297ddf7e7b627.txt",
                                    "004_c648f6571c7a7901.txt"};

int tt_seed_count(void) { return (int)(sizeof seeds / sizeof seeds[0]); }

char *tt_seed(int i, size_t *len, const char **name) {
    char rel[256];
    snprintf(rel, sizeof rel, "seeds/%s", seeds[i]);
    char *d = tt_read(tt_shared(rel), len);
    ck_assert_msg(d != NULL, "cannot read seed %s", seeds[i]);
    if (name)
        *name = seeds[i];
    return d;
}

char *tt_filter(const char *cmd, const char *in, size_t len, size_t *out_len) {
    char tmpl[] = "/tmp/vnplan-text-test-XXXXXX";
    int fd = mkstemp(tmpl);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, in, len), (ssize_t)len);
    close(fd);
    char full[8192];
    snprintf(full, sizeof full, "%s < '%s'", cmd, tmpl);
    FILE *p = popen(full, "r");
    char *out = NULL;
    size_t n = 0, cap = 0, k;
    char chunk[4096];
    while (p && (k = fread(chunk, 1, sizeof chunk, p)) > 0) {
        if (n + k + 1 > cap) {
            cap = (n + k + 1) * 2;
            out = realloc(out, cap);
            ck_assert_ptr_nonnull(out);
        }
        memcpy(out + n, chunk, k);
        n += k;
    }
    int rc = p ? pclose(p) : -1;
    unlink(tmpl);
    if (rc != 0) {
        free(out);
        return NULL;
    }
    if (!out)
        out = calloc(1, 1);
    else
        out[n] = '\0';
    if (out_len)
        *out_len = n;
    return out;
}
